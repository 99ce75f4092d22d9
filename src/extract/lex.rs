//! The lexer every finder shares: words, digit runs and single punctuation marks.
//!
//! Words are runs of letters (any script) with inner apostrophes ("Russia's",
//! "o'clock"); digits are runs of ASCII digits; everything else that is not
//! whitespace is one punctuation token per character. Hyphens, dots and commas are
//! tokens of their own, so finders decide what "2.1a", "1,500" or "one-on-one"
//! mean by looking at neighbours and at `space_before`.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Word,
    Digits,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    pub start: u32,
    pub end: u32,
    /// Whether whitespace separates this token from the one before it (true for the first).
    pub space_before: bool,
}

impl Token {
    pub fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn text(self, text: &str) -> &str {
        &text[self.start as usize..self.end as usize]
    }

    pub fn is_word(self) -> bool {
        self.kind == Tok::Word
    }

    pub fn is_digits(self) -> bool {
        self.kind == Tok::Digits
    }

    /// Whether this is the punctuation mark `c`.
    pub fn is_punct(self, text: &str, c: char) -> bool {
        self.kind == Tok::Punct && self.text(text).starts_with(c)
    }

    /// Whether this token directly follows `prev` with no whitespace between.
    pub fn touches(self, prev: Token) -> bool {
        prev.end == self.start
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// What a byte starts, for the lexer's dispatch: one table load instead of a chain of tests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Letter,
    /// Any other ASCII byte: a punctuation mark of its own.
    Mark,
    /// The first byte of a multi-byte character (or a continuation byte, never met at a
    /// token start because every branch advances by whole characters).
    NonAscii,
}

const CLASS: [Class; 256] = {
    let mut table = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else {
            Class::Mark
        };
        b += 1;
    }
    table
};

/// Cuts `text` into tokens. Texts longer than `u32::MAX` bytes are cut at that length;
/// callers bound input size well below it.
pub fn lex(text: &str) -> Vec<Token> {
    let text = &text[..floor_char_boundary(text, u32::MAX as usize)];
    let bytes = text.as_bytes();
    // News text averages about six bytes a token; a little over-allocation beats regrowing.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        let kind = match CLASS[usize::from(b)] {
            Class::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            Class::Digit => {
                i = run_end(bytes, i + 1, Class::Digit);
                Tok::Digits
            }
            Class::Letter => {
                i = word_end(text, run_end(bytes, i + 1, Class::Letter));
                Tok::Word
            }
            Class::Mark => {
                i += 1;
                Tok::Punct
            }
            Class::NonAscii => {
                // OK because `i` is on a char boundary: every branch advances by whole chars.
                let c = text[i..].chars().next().unwrap();
                i += c.len_utf8();
                if c.is_alphabetic() {
                    i = word_end(text, i);
                    Tok::Word
                } else if c.is_whitespace() {
                    space_before = true;
                    continue;
                } else {
                    Tok::Punct
                }
            }
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: i as u32,
            space_before,
        });
        // Most tokens end at one space: take it here rather than through the dispatch.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
    tokens
}

/// The end of the run of bytes of `class` starting at `i`.
fn run_end(bytes: &[u8], mut i: usize, class: Class) -> usize {
    while bytes
        .get(i)
        .is_some_and(|&b| CLASS[usize::from(b)] == class)
    {
        i += 1;
    }
    i
}

fn starts_letter(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
        Some(_) => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphabetic),
        None => false,
    }
}

/// The end of the word whose letters run up to `i`: further letters, and apostrophes
/// between letters.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i = run_end(bytes, i, Class::Letter);
        let Some(&b) = bytes.get(i) else {
            return i;
        };
        if b < 0x80 {
            // Most words end at ASCII space or punctuation: decide without decoding.
            if b == b'\'' && starts_letter(text, i + 1) {
                i += 1;
                continue;
            }
            return i;
        }
        // OK because `i` is on a char boundary: runs and chars advance by whole chars.
        let c = text[i..].chars().next().unwrap();
        if c.is_alphabetic() || (is_apostrophe(c) && starts_letter(text, i + c.len_utf8())) {
            i += c.len_utf8();
        } else {
            return i;
        }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        lex(text)
            .iter()
            .map(|t| {
                let sep = if t.space_before { " " } else { "|" };
                let tag = match t.kind {
                    Tok::Word => "w",
                    Tok::Digits => "d",
                    Tok::Punct => "p",
                };
                format!("{sep}{tag}:{}", t.text(text))
            })
            .collect::<String>()
    }

    #[test]
    fn cuts_words_digits_and_marks() {
        assert_eq!(show("Soyuz-2.1a"), " w:Soyuz|p:-|d:2|p:.|d:1|w:a");
        assert_eq!(show("Russia's “role”"), " w:Russia's p:“|w:role|p:”");
        assert_eq!(show("1,500 km"), " d:1|p:,|d:500 w:km");
        assert_eq!(show("the leaders' talks"), " w:the w:leaders|p:' w:talks");
        assert_eq!(show("Île-de-France"), " w:Île|p:-|w:de|p:-|w:France");
    }
}
