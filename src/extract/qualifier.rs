//! Qualifiers: the words before a value that bound it.
//!
//! # Grammar
//!
//! - `gt`: more than 5, over 5, above 5, upwards of 5, in excess of 5, greater than 5
//! - `ge`: at least 5, no less than 5, no fewer than 5, 5 or more
//! - `lt`: less than 5, fewer than 5, under 5, below 5
//! - `le`: at most 5, up to 5, no more than 5, not more than 5, 5 or less
//! - `approx`: about 5, around 5, nearly 5, almost 5, some 5, roughly 5, approximately 5,
//!   an estimated 5, close to 5, circa 5, more or less 5
//!
//! # Cost
//!
//! Every finder asks at every value it finds, so the phrases are kept by the word they end on
//! (`ending_on`, one `match`), and the word before a value is first turned away by its shape
//! (`LAST_SHAPES`: length, first and last letter, read off the lowercased bytes): the ordinary
//! word most values follow ("in", "the", "from") costs a table load, and a phrase's other
//! words are compared only where its last word matched. The shape test is inlined where a
//! value is found and the rest is out of line: as one call, saving and restoring registers
//! for the rest cost more than the test that turns most values away.

use super::calendar::is_word;
use super::{Qualifier, Scan};

/// Writes [`ending_on`], a `match` on the last word of the phrases before a value, and
/// `LAST_WORDS`, every word an arm names (its shapes filter the match), from one table: the
/// two cannot drift.
macro_rules! phrases_before {
    ($($($last:literal)|+ => $phrases:expr,)*) => {
        /// Phrases before a value, by the word they end on (the word right before the value):
        /// each phrase as its earlier words, longest first, so "no more than" wins over "more
        /// than". One `match` on the last word (a length switch and a compare or two) turns
        /// away the ordinary word most values follow, and leaves at most a few phrases to
        /// compare.
        fn ending_on(last: &str) -> &'static [(&'static [&'static str], Qualifier)] {
            use Qualifier::{Approx, Ge, Gt, Le, Lt};
            match last {
                $($($last)|+ => $phrases,)*
                _ => &[],
            }
        }

        /// Every word a phrase before a value ends on ([`ending_on`]).
        const LAST_WORDS: &[&str] = &[$($($last),+),*];
    };
}

phrases_before! {
    "than" => &[
        (&["no", "more"], Le),
        (&["not", "more"], Le),
        (&["no", "less"], Ge),
        (&["no", "fewer"], Ge),
        (&["more"], Gt),
        (&["greater"], Gt),
        (&["less"], Lt),
        (&["fewer"], Lt),
    ],
    "less" => &[(&["more", "or"], Approx)],
    "of" => &[(&["in", "excess"], Gt), (&["upwards"], Gt)],
    "least" => &[(&["at"], Ge)],
    "most" => &[(&["at"], Le)],
    "to" => &[(&["up"], Le), (&["close"], Approx)],
    "estimated" => &[(&["an"], Approx), (&[], Approx)],
    "over" | "above" => &[(&[], Gt)],
    "under" | "below" => &[(&[], Lt)],
    "about" | "around" | "nearly" | "almost" | "some" | "roughly" | "approximately" | "approx"
        | "circa" | "ca" => &[(&[], Approx)],
}

/// Phrases after a value: "5 or more".
const AFTER: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::Ge),
    (&["or", "over"], Qualifier::Ge),
    (&["or", "less"], Qualifier::Le),
    (&["or", "fewer"], Qualifier::Le),
    (&["or", "so"], Qualifier::Approx),
];

/// The shapes of the words of [`LAST_WORDS`]: per length (up to [`LONGEST_LAST`]) and first
/// letter, a bit per last letter. Most words before a value ("in", "on", "the", "from") have
/// a shape none of them has.
const LAST_SHAPES: [[u32; 26]; LONGEST_LAST + 1] = {
    let mut shapes = [[0; 26]; LONGEST_LAST + 1];
    let mut k = 0;
    while k < LAST_WORDS.len() {
        let w = LAST_WORDS[k].as_bytes();
        shapes[w.len()][(w[0] - b'a') as usize] |= 1 << (w[w.len() - 1] - b'a');
        k += 1;
    }
    shapes
};

/// The length of the longest of [`LAST_WORDS`].
const LONGEST_LAST: usize = super::vocab::longest(LAST_WORDS);

/// The qualifier ending right before token `first` and the index of its first token.
#[inline]
pub(crate) fn before(scan: &Scan, first: usize) -> Option<(Qualifier, usize)> {
    let token = scan.tokens.get(first.checked_sub(1)?)?;
    // The phrases' words are short words of ASCII letters, each a plain token
    // (`Token::plain`): a mark, digits or a longer word is turned away before its lowercased
    // form is read.
    let len = (token.end - token.start) as usize;
    if !token.plain || len > LONGEST_LAST {
        return None;
    }
    // The shape off the lowercased bytes: a plain token's lowercased form is its own bytes
    // of `scan.lowered`.
    let lowered = scan.lowered.as_bytes();
    let letter = |at: usize| lowered.get(at).map(|b| b.wrapping_sub(b'a'));
    let (Some(a), Some(z)) = (
        letter(token.start as usize),
        letter(len + token.start as usize - 1),
    ) else {
        return None;
    };
    if a >= 26 || z >= 26 || LAST_SHAPES[len][usize::from(a)] & (1 << z) == 0 {
        return None;
    }
    phrase_before(scan, first)
}

/// [`before`] past the shape of the word before token `first`: out of line, so that the
/// filter, inlined where a value is found, saves most calls.
#[inline(never)]
fn phrase_before(scan: &Scan, first: usize) -> Option<(Qualifier, usize)> {
    let last = scan.lower(first - 1);
    ending_on(last).iter().find_map(|&(earlier, qualifier)| {
        let start = first.checked_sub(earlier.len() + 1)?;
        let matches = earlier
            .iter()
            .enumerate()
            .all(|(k, &w)| is_word(scan, start + k, w));
        matches.then_some((qualifier, start))
    })
}

/// The qualifier starting right after token `last` (exclusive end) and its end token.
#[inline]
pub(crate) fn after(scan: &Scan, end: usize) -> Option<(Qualifier, usize)> {
    // Every phrase opens with "or": a token of two bytes, told before its lowercased form is
    // read (most numbers are followed by a longer word or a mark).
    if scan.tokens.get(end).is_none_or(|t| t.end - t.start != 2) || scan.lower(end) != "or" {
        return None;
    }
    AFTER.iter().find_map(|&(words, qualifier)| {
        let stop = end + words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, &w)| is_word(scan, end + k, w));
        matches.then_some((qualifier, stop))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Alone, Context};

    /// Every phrase of the table is read before a value.
    #[test]
    fn every_phrase_is_read() {
        let cx = Context::default();
        for &last in LAST_WORDS {
            for &(earlier, qualifier) in ending_on(last) {
                let text = format!("{} {last} 5", earlier.join(" "));
                let text = text.trim_start();
                let mut alone = Alone::new(text);
                let scan = Scan::new(&mut alone, &cx);
                let found = before(&scan, earlier.len() + 1);
                assert_eq!(found, Some((qualifier, 0)), "{text}");
            }
        }
    }
}
