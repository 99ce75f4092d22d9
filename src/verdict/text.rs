//! Matching words the way editors mean them: case, typographic quotes and dashes, runs of
//! spaces and simple inflection ("talk" finds "talks") do not matter.

use crate::span::Span;

/// A text folded for matching, with the original byte offset of every folded byte.
pub struct Folded {
    pub text: String,
    origin: Vec<usize>,
}

impl Folded {
    /// Folds `text[span]`: lowercase, ’‘ → ', “” → ", every dash → -, whitespace runs → one space.
    pub fn new(text: &str, span: Span) -> Folded {
        let mut out = String::with_capacity(span.len());
        let mut origin = Vec::with_capacity(span.len() + 1);
        let mut last_space = false;
        for (i, c) in span.of(text).char_indices() {
            let at = span.start + i;
            let folded = fold_char(c);
            if folded == ' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            for lower in folded.to_lowercase() {
                let mut buf = [0; 4];
                for _ in lower.encode_utf8(&mut buf).bytes() {
                    origin.push(at);
                }
                out.push(lower);
            }
        }
        origin.push(span.end);
        Folded { text: out, origin }
    }

    /// The original span of folded bytes `start..end`.
    pub fn original(&self, start: usize, end: usize) -> Span {
        let end_at = if end == 0 {
            self.origin[0]
        } else {
            next_char_origin(&self.origin, end)
        };
        Span::new(self.origin[start], end_at)
    }

    /// Every occurrence of `needle` (already folded) as whole words, as original spans.
    pub fn find_words(&self, needle: &str) -> Vec<Span> {
        if needle.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(pos) = self.text[from..].find(needle) {
            let start = from + pos;
            let end = start + needle.len();
            let before_ok = self.text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                || !needle.starts_with(char::is_alphanumeric);
            let after_ok = self.text[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
                || !needle.ends_with(char::is_alphanumeric);
            if before_ok && after_ok {
                found.push(self.original(start, end));
            }
            from = start + needle.chars().next().map_or(1, char::len_utf8);
        }
        found
    }
}

/// The original offset just past the folded byte `end - 1`'s character.
fn next_char_origin(origin: &[usize], end: usize) -> usize {
    let last = origin[end - 1];
    origin[end..]
        .iter()
        .copied()
        .find(|&o| o != last)
        .unwrap_or(*origin.last().unwrap_or(&last))
}

fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// `text` folded as a phrase to search for.
pub fn fold(text: &str) -> String {
    Folded::new(text, Span::new(0, text.len()))
        .text
        .trim()
        .to_owned()
}

/// The words of a text (letters and digits runs, with inner apostrophes and hyphens), folded.
pub fn words(text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(fold_char(c), '\'' | '-')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((Span::new(s, i), fold(&text[s..i])));
        }
    }
    if let Some(s) = start {
        out.push((Span::new(s, text.len()), fold(&text[s..])));
    }
    out
}

/// A word without a plain English inflection: "talks", "talked", "talking" → "talk".
pub fn stem(word: &str) -> &str {
    let word = word.strip_suffix("'s").unwrap_or(word);
    for suffix in ["ing", "ies", "ied", "es", "ed", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.chars().count() >= 3
        {
            return stem;
        }
    }
    word
}

/// Where the `about` phrase occurs among `sentence_words` (as consecutive words), if it does.
pub fn find_about(phrase_words: &[String], sentence_words: &[(Span, String)]) -> Vec<Span> {
    if phrase_words.is_empty() || phrase_words.len() > sentence_words.len() {
        return Vec::new();
    }
    (0..=sentence_words.len() - phrase_words.len())
        .filter(|&i| {
            phrase_words
                .iter()
                .zip(&sentence_words[i..])
                .all(|(p, (_, w))| p == w || stem(p) == stem(w))
        })
        .map(|i| {
            sentence_words[i]
                .0
                .cover(sentence_words[i + phrase_words.len() - 1].0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_original_offsets() {
        let text = "Kim’s  “Top   priority”";
        let folded = Folded::new(text, Span::new(0, text.len()));
        assert_eq!(folded.text, "kim's \"top priority\"");
        let found = folded.find_words("top priority");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].of(text), "Top   priority");
    }

    #[test]
    fn whole_words_only() {
        let text = "Aist-2D and Aist-2";
        let folded = Folded::new(text, Span::new(0, text.len()));
        let found = folded.find_words("aist-2");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, text.rfind("Aist").unwrap());
    }

    #[test]
    fn about_ignores_inflection() {
        let sentence = words("They held talks that involved broader delegations.");
        assert_eq!(find_about(&["talk".to_owned()], &sentence).len(), 1);
        assert_eq!(find_about(&["delegation".to_owned()], &sentence).len(), 1);
        assert!(find_about(&["tal".to_owned()], &sentence).is_empty());
    }
}
