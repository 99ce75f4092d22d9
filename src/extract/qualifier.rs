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

use super::{Qualifier, Scan};

/// Phrases before a value, longest first, so "no more than" wins over "more than".
const BEFORE: &[(&[&str], Qualifier)] = &[
    (&["more", "or", "less"], Qualifier::Approx),
    (&["no", "more", "than"], Qualifier::Le),
    (&["not", "more", "than"], Qualifier::Le),
    (&["no", "less", "than"], Qualifier::Ge),
    (&["no", "fewer", "than"], Qualifier::Ge),
    (&["in", "excess", "of"], Qualifier::Gt),
    (&["more", "than"], Qualifier::Gt),
    (&["greater", "than"], Qualifier::Gt),
    (&["upwards", "of"], Qualifier::Gt),
    (&["at", "least"], Qualifier::Ge),
    (&["less", "than"], Qualifier::Lt),
    (&["fewer", "than"], Qualifier::Lt),
    (&["at", "most"], Qualifier::Le),
    (&["up", "to"], Qualifier::Le),
    (&["an", "estimated"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["over"], Qualifier::Gt),
    (&["above"], Qualifier::Gt),
    (&["under"], Qualifier::Lt),
    (&["below"], Qualifier::Lt),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["ca"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
];

/// Phrases after a value: "5 or more".
const AFTER: &[(&[&str], Qualifier)] = &[
    (&["or", "more"], Qualifier::Ge),
    (&["or", "over"], Qualifier::Ge),
    (&["or", "less"], Qualifier::Le),
    (&["or", "fewer"], Qualifier::Le),
    (&["or", "so"], Qualifier::Approx),
];

/// The qualifier ending right before token `first` and the index of its first token.
pub(crate) fn before(scan: &Scan, first: usize) -> Option<(Qualifier, usize)> {
    // Every phrase ends on the word right before the value: compare that word first, so the
    // ordinary word there (most often not a qualifier) costs one pass of short compares.
    let last = scan.lower(first.checked_sub(1)?);
    // The words phrases end on, as a `match` (one length switch, a compare or two): most
    // values follow an ordinary word, turned away here before the table is read.
    if !matches!(
        last,
        "less"
            | "than"
            | "of"
            | "least"
            | "most"
            | "to"
            | "estimated"
            | "over"
            | "above"
            | "under"
            | "below"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "roughly"
            | "approximately"
            | "approx"
            | "circa"
            | "ca"
    ) {
        return None;
    }
    BEFORE.iter().find_map(|&(words, qualifier)| {
        let (&final_word, earlier) = words.split_last()?;
        if final_word != last {
            return None;
        }
        let start = first.checked_sub(words.len())?;
        let matches = earlier
            .iter()
            .enumerate()
            .all(|(k, &w)| scan.lower(start + k) == w);
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
            .all(|(k, &w)| scan.lower(end + k) == w);
        matches.then_some((qualifier, stop))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Context;

    /// The filter on the last word lets every phrase of the table through.
    #[test]
    fn every_phrase_is_read() {
        let cx = Context::default();
        for &(words, qualifier) in BEFORE {
            let text = format!("{} 5", words.join(" "));
            let scan = Scan::new(&text, &cx);
            let found = before(&scan, words.len());
            assert_eq!(found, Some((qualifier, 0)), "{text}");
        }
    }
}
