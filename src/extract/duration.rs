//! Durations: a count of time units, with the qualifier before it.
//!
//! A duration is what the text measures, so "a day after crossing" is the duration `P1D`: the
//! day it points at hangs on an event in the story, not on the reference date. Offsets that
//! hang on the reference ("two days ago", "in three weeks" said of the future) are dates or
//! times, and win over the bare duration by covering more words.
//!
//! # Grammar
//!
//! - number and unit: five hours, 2 weeks, 90 min, 1.5 hrs, 3 quarters, a month, a fortnight
//! - hyphenated, as an adjective: a two-hour meeting
//! - halves and quarters: half an hour, half day, 1/2 hour, 1/2h, a quarter of an hour,
//!   three-quarters of an hour, 5 and a half minutes, one and a quarter hour,
//!   one and three quarters of hours, an hour and a half, a month and a half
//! - several parts, largest first: 2 hours and 30 minutes, 2 years, 3 months,
//!   1 year 2 days 3 hours and 4 seconds
//! - minutes or seconds left bare after the larger unit: 1 hour thirty, 2 hours and 10
//! - counting words between number and unit: 2 more minutes, two additional minutes, 2 extra
//!   minutes, 10 straight days, 3 consecutive years
//! - minute and second marks touching digits: 2', 1" (not an apostrophe: Radio 4's)
//! - qualifiers (see `qualifier`): more than five hours, about 3 weeks, 2 days or more
//!
//! Not durations: the "per" of a rate (15,000 barrels a day, 6 pct a year, twice a year), an
//! ordinal or a fraction before what it counts (a second term, a quarter percentage point, a
//! quarter-final), one unit set against the next (a year-on-year rise), and an age (a
//! 31-year-old; 21-year-olds).

use super::calendar::{
    digit_len, digits, facts, is_any, is_punct, is_word, lower, number_at, quantity_at,
    touches_prev, unit_at,
};
use super::number::NumberMatch;
use super::vocab::{DIGITS, NUMBER, R_AMOUNT, UNIT};
use super::{Data, Duration, Scan, Tok, Unit, Value, qualifier};
use crate::span::Span;

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    let units = super::date::present(scan) & UNIT != 0;
    let mut i = 0;
    for &start in super::date::index(scan).starts() {
        if (start as usize) < i {
            continue;
        }
        i = start as usize;
        // Every duration opens on an amount (see `amount`) and needs a unit of time.
        if facts(scan, i) & (R_AMOUNT | NUMBER | DIGITS) == 0 {
            i += 1;
            continue;
        }
        if !may_start(scan, i, units) {
            // Kept as "no duration here", for the date rules that ask next (`may_start_known`).
            scan.date_rules
                .borrow_mut()
                .keep_duration(i, scan.tokens.len(), None);
            i += 1;
            continue;
        }
        let Some((duration, end)) = parse_at(scan, i) else {
            i += 1;
            continue;
        };
        if reads_otherwise(scan, i, &duration, end) {
            i += 1;
            continue;
        }
        let (qualifier, first, end) = qualify(scan, i, end);
        out.push(Value {
            span: span_of(scan, first, end),
            qualifier,
            data: Data::Duration(duration),
        });
        i = end;
    }
}

/// Whether the one unit at tokens `i..end` ("a day", "one second") is no length of time but
/// English reads it otherwise: an ordinal or a fraction before what it counts ("a second
/// term", "a quarter percentage point", "a second-half try"), a unit set against the next
/// ("a year-on-year rise"), or the "per" of a rate ("15,000 barrels a day", "6 pct a year",
/// "twice a year"). A rate's "a year earlier" is still a length, the offset it names. Only
/// [`find`] asks: "a second ago" is still a date's offset.
fn reads_otherwise(scan: &Scan, i: usize, duration: &Duration, end: usize) -> bool {
    if end != i + 2 || duration.parts.len() != 1 {
        return false;
    }
    let article = is_any(scan, i, &["a", "an"]);
    // "a year-on-year rise", "a day-to-day basis": one unit against the next, not a length.
    if is_punct(scan, end, '-')
        && touches_prev(scan, end)
        && is_any(scan, end + 1, &["on", "to", "by", "over"])
    {
        return true;
    }
    // "a fraction of a second" measures; "a second term" counts.
    let measures = i > 0 && is_word(scan, i - 1, "of");
    let ordinal_or_fraction =
        (article || is_word(scan, i, "one")) && is_any(scan, i + 1, &["second", "quarter"]);
    if ordinal_or_fraction && !measures && modifies_next(scan, end) {
        return true;
    }
    // A lone "a second" is a length only where the words around it ask for one ("for a
    // second", "wait a second", "a second later"); else it stands for a second thing ("As
    // Orient chased a second,", "a second for the same condom").
    let asks_for_length = (i > 0 && is_any(scan, i - 1, LENGTH_CUES))
        || is_any(scan, end, OFFSET_WORDS)
        || is_any(scan, end, &["or", "longer"]);
    if article && is_word(scan, i + 1, "second") && !measures && !asks_for_length {
        return true;
    }
    article && !measures && follows_a_count(scan, i) && !is_any(scan, end, OFFSET_WORDS)
}

/// Words before a lone "a second" that make it a length of time.
const LENGTH_CUES: &[&str] = &[
    "for", "in", "within", "wait", "just", "than", "only", "nearly", "almost", "about", "every",
    "each", "per", "split",
];

/// Words after "a day", "a year" that make it an offset from an event, not a rate's "per".
const OFFSET_WORDS: &[&str] = &[
    "ago",
    "earlier",
    "later",
    "before",
    "after",
    "since",
    "previously",
    "back",
];

/// Whether the word at `j` is what a "second" or "quarter" just before it qualifies: a
/// compound's hyphen ("second-half"), or a word that is no function word ("a second term",
/// "a second UN resolution"). "for a second, he", "a second or two", "a second ago" stay
/// durations.
fn modifies_next(scan: &Scan, j: usize) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "ago", "later", "earlier", "before", "after", "longer", "more", "or", "and", "but", "to",
        "of", "in", "at", "for", "on", "by", "with", "from", "into", "when", "while", "than",
        "too", "then", "as", "so", "if", "is", "was", "are", "were", "be", "has", "had", "have",
        "will", "would", "could", "can", "may", "might", "it", "he", "she", "they", "we", "you",
        "i", "that", "this", "the", "a", "an", "there", "which", "who",
    ];
    if is_punct(scan, j, '-') && touches_prev(scan, j) {
        return true;
    }
    let Some(token) = scan.tokens.get(j) else {
        return false;
    };
    (token.is_word() && !is_any(scan, j, FUNCTION_WORDS)) || token.is_digits()
}

/// Whether a count stands just before the "a" at `i`: "twice", "three times", or a number
/// at most three words back ("15,000 barrels", "two to five Taiwanese cents", "6 pct",
/// "5%"). A word that takes "a day" as its object is no count: "6 Music for a week",
/// "in 2003 after nearly a decade".
fn follows_a_count(scan: &Scan, i: usize) -> bool {
    const TAKES_AN_OBJECT: &[&str] = &[
        "for", "in", "within", "over", "after", "before", "about", "around", "nearly", "almost",
        "under", "during", "than", "by", "at", "on", "from", "into", "of", "to", "just", "only",
        "least", "up", "per", "every", "against", "with", "versus", "vs", "like",
    ];
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    if is_any(scan, before, &["once", "twice", "thrice", "times"]) {
        return true;
    }
    if is_any(scan, before, TAKES_AN_OBJECT) {
        return false;
    }
    for k in (i.saturating_sub(4)..i).rev() {
        if facts(scan, k) & (NUMBER | DIGITS) != 0 {
            return true;
        }
        let token = scan.tokens[k];
        if !(token.is_word() || is_punct(scan, k, '%')) {
            return false;
        }
    }
    false
}

/// Whether a duration may start at token `i`, given whether the text holds a unit of time
/// (`units`): every duration needs one close after its amount ([`unit_near`]) but a mark, and
/// a minute or second mark ("2'", `1"`, see [`marks`]) touches digits.
pub(super) fn may_start(scan: &Scan, i: usize, units: bool) -> bool {
    units && unit_near(scan, i, || number_at(scan, i))
        || digit_len(scan, i) > 0 && touches_prev(scan, i + 1) && mark_unit(scan, i + 1).is_some()
}

/// The unit a minute or second mark at token `j` stands for: `'` or `′` a minute, `"` or `″`
/// a second.
fn mark_unit(scan: &Scan, j: usize) -> Option<Unit> {
    if is_punct(scan, j, '\'') || is_punct(scan, j, '′') {
        Some(Unit::Minute)
    } else if is_punct(scan, j, '"') || is_punct(scan, j, '″') {
        Some(Unit::Second)
    } else {
        None
    }
}

/// [`may_start`], or whether a duration starts at `i` where that is known already (see
/// [`parse_at`]): `find` runs before the date rules and keeps "no duration" where `may_start`
/// said so. Where the answer is known to be "none", a caller that would go on to
/// [`parse_at`] would find none there either, so "false" changes nothing for it.
pub(super) fn may_start_known(scan: &Scan, i: usize, units: bool) -> bool {
    let known = scan.date_rules.borrow().duration_known(i);
    known.unwrap_or_else(|| may_start(scan, i, units))
}

/// Whether a unit of time stands close enough after token `i` for a first [`part`] starting
/// there to reach it: [`amount`] ends at most three tokens on ("half - an"), or where the
/// number at `i` ends, or on the unit itself ("5 and a half minutes"; "and three quarters":
/// "quarters" is a unit), and `part` looks at most two tokens past the amount's end ("a
/// two-hour", "2 more minutes"). `number` gives the number at `i`, if any.
pub(super) fn unit_near<'s>(
    scan: &Scan,
    i: usize,
    number: impl FnOnce() -> Option<&'s NumberMatch>,
) -> bool {
    // The amount ends at `i + 1` or later: the six tokens after `i` are looked at first,
    // and the number (a search for most callers) only where they hold no unit.
    if (i + 1..i + 7).any(|k| facts(scan, k) & UNIT != 0) {
        return true;
    }
    let end = number().map_or(i + 1, |n| n.end);
    (i + 7..end + 6).any(|k| facts(scan, k) & UNIT != 0)
}

/// The qualifier around tokens `first..end` and the widened token range.
pub(super) fn qualify(
    scan: &Scan,
    first: usize,
    end: usize,
) -> (Option<super::Qualifier>, usize, usize) {
    if let Some((q, start)) = qualifier::before(scan, first) {
        return (Some(q), start, end);
    }
    if let Some((q, stop)) = qualifier::after(scan, end) {
        return (Some(q), first, stop);
    }
    (None, first, end)
}

/// The byte span of tokens `first..end`.
pub(super) fn span_of(scan: &Scan, first: usize, end: usize) -> Span {
    Span::new(
        scan.tokens[first].start as usize,
        scan.tokens[end - 1].end as usize,
    )
}

/// A duration starting at token `i`: its parts and end token.
///
/// `duration`, `date::shifted` and `date::offsets` all ask at the same tokens, so where the
/// duration ends (or that there is none) is kept in the scan (`date::Memo`): most are `None`,
/// and the date rules need the duration itself only where an anchor or shift word follows it,
/// so it is read again there rather than copied into the memo at every duration.
pub(super) fn parse_at(scan: &Scan, i: usize) -> Option<(Duration, usize)> {
    if scan.date_rules.borrow().duration_known(i) == Some(false) {
        return None;
    }
    let found = read_at(scan, i);
    scan.date_rules.borrow_mut().keep_duration(
        i,
        scan.tokens.len(),
        found.as_ref().map(|&(_, end)| end),
    );
    found
}

/// [`parse_at`] itself.
fn read_at(scan: &Scan, i: usize) -> Option<(Duration, usize)> {
    let (mut parts, mut end) = part(scan, i)?;
    loop {
        let smallest = parts.last().map(|&(_, u)| u)?;
        let mut j = end;
        if is_punct(scan, j, ',') {
            j += 1;
        }
        if is_word(scan, j, "and") {
            j += 1;
        }
        // "1 hour thirty", "2 hours and 10": a bare count of the next smaller unit.
        if let Some((n, stop)) = bare_remainder(scan, j, smallest) {
            parts.push(n);
            end = stop;
            break;
        }
        match part(scan, j) {
            Some((more, stop)) if more.first().is_some_and(|&(_, u)| u < smallest) => {
                parts.extend(more);
                end = stop;
            }
            _ => break,
        }
    }
    // "2 years and 3 months" is 27 months, as Duckling counts it: with months present, years
    // are folded into them so the length is calendar months, not 365-day years.
    if parts.iter().any(|&(_, u)| u == Unit::Month) {
        for part in &mut parts {
            if part.1 == Unit::Year {
                *part = (part.0 * 12.0, Unit::Month);
            }
        }
        let months: f64 = parts
            .iter()
            .filter(|p| p.1 == Unit::Month)
            .map(|p| p.0)
            .sum();
        parts.retain(|p| p.1 != Unit::Month);
        parts.push((months, Unit::Month));
        parts.sort_by_key(|p| std::cmp::Reverse(p.1));
    }
    Some((Duration { parts }, end))
}

/// "thirty" after "1 hour": minutes after hours, seconds after minutes, when nothing follows
/// the number that could make it a count of something else.
fn bare_remainder(scan: &Scan, j: usize, after: Unit) -> Option<((f64, Unit), usize)> {
    let unit = match after {
        Unit::Hour => Unit::Minute,
        Unit::Minute => Unit::Second,
        _ => return None,
    };
    let n = number_at(scan, j)?;
    let ends_clause = scan
        .tokens
        .get(n.end)
        .is_none_or(|t| t.kind == super::Tok::Punct && !t.is_punct(scan.text, '-'));
    let whole = n.value.fract() == 0.0 && (1.0..60.0).contains(&n.value);
    (ends_clause && whole).then_some(((n.value, unit), n.end))
}

/// One "N unit" part, possibly with a half or quarters attached: parts and end token.
fn part(scan: &Scan, i: usize) -> Option<(Vec<(f64, Unit)>, usize)> {
    let (amount, mut j) = amount(scan, i)?;
    // Every unit below stands within two tokens of the amount's end (after a hyphen, after
    // "more", or as the "quarter" of "a quarter of an hour"), and a minute or second mark
    // right after digits: most amounts ("15 people", "a man") stop here.
    let near = facts(scan, j) | facts(scan, j + 1) | facts(scan, j + 2);
    let mark_next = j == i + 1 && scan.tokens.get(j).is_some_and(|t| t.kind == Tok::Punct);
    if near & UNIT == 0 && !mark_next {
        return None;
    }
    // "a two-hour meeting": the unit hyphenated to the number.
    if is_punct(scan, j, '-') && touches_prev(scan, j) && touches_prev(scan, j + 1) {
        j += 1;
    }
    // "2 more minutes", "10 straight days" (the unit, one load, is tested first)
    if unit_at(scan, j + 1).is_some()
        && is_any(
            scan,
            j,
            &[
                "more",
                "additional",
                "extra",
                "less",
                "fewer",
                "full",
                "whole",
                "straight",
                "consecutive",
                "long",
            ],
        )
    {
        j += 1;
    }
    // "a quarter of an hour", "three-quarters of an hour"
    let mut scale = 1.0;
    if facts(scan, j) & UNIT != 0
        && is_any(scan, j, &["quarter", "quarters"])
        && is_word(scan, j + 1, "of")
    {
        let k = skip_article(scan, j + 2);
        if unit_at(scan, k).is_some_and(|(_, u, _)| u != Unit::Quarter) {
            scale = 0.25;
            j = k;
        }
    }
    let (size, unit, mut end) = match unit_at(scan, j) {
        Some(found) => found,
        None => marks(scan, i, j)?,
    };
    // "a 31-year-old", "21-year-olds" are ages; "three quarters of the shares" a fraction.
    if is_punct(scan, end, '-') && is_any(scan, end + 1, &["old", "olds"])
        || unit == Unit::Quarter && is_word(scan, end, "of")
    {
        return None;
    }
    let mut n = amount * scale * size;
    // "an hour and a half", "one month and half"
    if is_word(scan, end, "and")
        && let Some(stop) = half_after_and(scan, end + 1)
    {
        n += 0.5 * size;
        end = stop;
    }
    Some((vec![(n, unit)], end))
}

/// `2'` and `1"`: minute and second marks touching a digit count (and not feet and inches, as
/// in `6'2"`, on either mark, nor an apostrophe, as in `Radio 4's`).
fn marks(scan: &Scan, i: usize, j: usize) -> Option<(f64, Unit, usize)> {
    if j != i + 1 || digit_len(scan, i) == 0 || !touches_prev(scan, j) {
        return None;
    }
    let unit = mark_unit(scan, j)?;
    // Feet before inches (`6'2"`), or an apostrophe before a letter: `Radio 4's`, `the 90's`.
    let followed_by_digits_or_word = scan
        .tokens
        .get(j + 1)
        .is_some_and(|t| (t.is_digits() || t.is_word()) && !t.space_before);
    // The inches of `6'2"`: the count itself follows a foot mark on digits.
    let after_feet = i >= 2
        && touches_prev(scan, i)
        && (is_punct(scan, i - 1, '\'') || is_punct(scan, i - 1, '′'))
        && digit_len(scan, i - 2) > 0;
    (!followed_by_digits_or_word && !after_feet).then_some((1.0, unit, j + 1))
}

/// "a half" / "half" / "an half" after "and": the end token.
fn half_after_and(scan: &Scan, j: usize) -> Option<usize> {
    let k = skip_article(scan, j);
    is_word(scan, k, "half").then_some(k + 1)
}

fn skip_article(scan: &Scan, j: usize) -> usize {
    if is_any(scan, j, &["a", "an"]) {
        j + 1
    } else {
        j
    }
}

/// The amount before a unit: a number, "a"/"an", "half \[a\]", "1/2", and the "and a half" or
/// "and three quarters" that may follow a whole number.
fn amount(scan: &Scan, i: usize) -> Option<(f64, usize)> {
    // Every amount starts on a number, digits or one of the amount words ("a", "half").
    let f = facts(scan, i);
    if f & (R_AMOUNT | NUMBER | DIGITS) == 0 {
        return None;
    }
    // "half" and "three" are amount words.
    if f & R_AMOUNT != 0 {
        match lower(scan, i).as_str() {
            "half" => {
                let mut j = i + 1;
                if is_punct(scan, j, '-') && touches_prev(scan, j) {
                    j += 1;
                }
                return Some((0.5, skip_article(scan, j)));
            }
            "three"
                if is_punct(scan, i + 1, '-') && is_any(scan, i + 2, &["quarter", "quarters"]) =>
            {
                // "three-quarters of an hour": the quarters and "of" are read in `part`.
                return Some((3.0, i + 2));
            }
            _ => {}
        }
    }
    // "1/2 hour", "3/4h"
    if f & DIGITS != 0
        && is_punct(scan, i + 1, '/')
        && touches_prev(scan, i + 1)
        && let (Some(a), Some(b)) = (digits(scan, i, 2), digits(scan, i + 2, 2))
        && b > 0
        && a < b
        && touches_prev(scan, i + 2)
    {
        return Some((a as f64 / b as f64, i + 3));
    }
    let (n, j) = quantity_at(scan, i)?;
    // "a" before a bare word that is not a unit is an article, not one of anything.
    if is_word(scan, j, "and") {
        // "5 and a half minutes"
        if let Some(stop) = half_after_and(scan, j + 1)
            && unit_at(scan, stop).is_some()
        {
            return Some((n + 0.5, stop));
        }
        // "one and three quarters of hour", "two and quarter hour"
        let mut k = j + 1;
        let mut quarters = 1.0;
        if let Some((q, stop)) = quantity_at(scan, k) {
            quarters = q;
            k = stop;
        }
        if is_any(scan, k, &["quarter", "quarters"]) && quarters < 4.0 {
            let mut m = k + 1;
            if is_word(scan, m, "of") {
                m = skip_article(scan, m + 1);
            }
            if unit_at(scan, m).is_some_and(|(_, u, _)| u != Unit::Quarter) {
                return Some((n + quarters / 4.0, m));
            }
        }
    }
    Some((n, j))
}
