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

/// Cuts `text` into tokens. Texts longer than `u32::MAX` bytes are cut at that length;
/// callers bound input size well below it.
pub fn lex(text: &str) -> Vec<Token> {
    let text = &text[..floor_char_boundary(text, u32::MAX as usize)];
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            Tok::Digits
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(text, i)) {
            i = word_end(text, i);
            Tok::Word
        } else {
            // OK because `i` is on a char boundary: every branch advances by whole chars.
            let c = text[i..].chars().next().unwrap();
            i += c.len_utf8();
            if c.is_whitespace() {
                space_before = true;
                continue;
            }
            Tok::Punct
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: i as u32,
            space_before,
        });
        space_before = false;
    }
    tokens
}

fn starts_letter(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphabetic)
}

/// The end of the word starting at `i`: letters, and apostrophes between letters.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let Some(c) = text[i..].chars().next() else {
            return i;
        };
        if c.is_ascii() && !c.is_ascii_alphabetic() && c != '\'' {
            return i;
        }
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
