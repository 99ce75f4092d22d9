//! The vocabulary the temporal finders share: month, weekday, unit and zone words, small
//! ordinal words, numbers at a token, and the tense of the words around a value.
//!
//! Nothing here finds values by itself; `duration`, `date`, `time` and `range` build their
//! grammars from these pieces.
//!
//! Per token, [`temporal_starts`] keeps the facts of [`super::vocab`] (what the word is, which
//! rules can start on it, digits, a number) in `Scan::temporal_starts`, once per text: the
//! finders visit only the tokens where a date, time or duration may start (`starts_at`:
//! digits, a number, or a word the grammars start with; a function word such as "the", "in"
//! or "at" only before one, and a relative or ordinal word ("this", "first") only before what
//! its rules need next), listed once per text by `date::index`, and helpers such as
//! [`unit_at`] or [`month_at`] answer "no" from one load before comparing any string.

use jiff::civil::{self, Weekday};

use super::number::NumberMatch;
use super::vocab::{
    ABOUT, AFTER_THE, DIGITS, MARK, MONTH, NUMBER, ORDINAL, PART, R_AMOUNT, R_APPROX, R_DATE,
    R_DAY_FIRST, R_DAY_OF_MONTH, R_DECADE, R_GRAIN, R_HOLIDAY, R_IN, R_NTH, R_QUARTER,
    R_RELATIVE_DAY, R_TIME, R_UPCOMING, R_YEAR, START, UNIT, WEEKDAY,
};
use super::{Scan, Unit};

/// A word token lowercased, so vocabulary lookups are a `match` on `&str` with no
/// allocation. Curly apostrophes become ASCII ones; longer or non-ASCII words are empty.
/// A view into [`Scan::lowered`]: every word is lowercased once per text, not per lookup.
#[derive(Clone, Copy)]
pub(super) struct Lower<'a>(&'a str);

impl<'a> Lower<'a> {
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

/// Token `i` lowercased, or "" when it is out of range, not a word, or not a short ASCII word.
#[inline]
pub(super) fn lower<'s>(scan: &'s Scan, i: usize) -> Lower<'s> {
    Lower(scan.lower(i))
}

/// The facts of token `i` ([`temporal_starts`]): its vocabulary and rule start flags
/// ([`super::vocab`]), [`DIGITS`], [`NUMBER`], [`START`]; 0 past the end.
#[inline]
pub(super) fn facts(scan: &Scan, i: usize) -> u32 {
    scan.temporal_starts.get(i).copied().unwrap_or(0)
}

/// Completes the facts of every token of a paragraph, `facts`, in place: the vocabulary flags
/// of [`super::vocab`] (its slice of `vocab::Words::facts`), to which the numbers already
/// found are added.
pub(super) fn temporal_starts(facts: &mut [u32], tokens: &[super::Token], numbers: &[NumberMatch]) {
    // `facts` holds START on every token that opens temporal content by itself; a number
    // spelled in words does too ("two days"; a signed one, "-83 days", starts at its digits).
    for n in numbers {
        if let Some(f) = facts.get_mut(n.first) {
            let word = tokens[n.first].kind == super::Tok::Word;
            *f |= if word { NUMBER | START } else { NUMBER };
        }
    }
}

/// Whether a date, time or duration may start at a token with facts `f` (completed by
/// [`temporal_starts`]), followed by tokens with facts `rest`: where it opens temporal content
/// or leads into it, and some rule can start on it. The definition `date::Index::read`
/// applies, and is held to by a test: the opening tests there are vector masks over four
/// tokens at once, then [`needs_next`].
#[cfg(test)]
pub(super) fn starts_at(f: u32, rest: &[u32]) -> bool {
    use super::vocab::{BRIDGE, LEAD};
    let content = |f: u32| f & START != 0;
    // A function word leads into content one or two tokens on ("in the evening", "at about
    // 3pm", "the 1980s", "a 2007 decree", "a day"), and only there.
    let opens = if f & LEAD != 0 {
        let next = rest.first().copied().unwrap_or(0);
        content(next) || next & BRIDGE != 0 && content(rest.get(1).copied().unwrap_or(0))
    } else {
        content(f)
    };
    // Some rule must be able to start here: a digit run, a number, `'`, `@`, or a word
    // with a rule start flag, and for the commonest function words, what their rules
    // need next.
    opens && f & (R_DATE | R_TIME | NUMBER | DIGITS | MARK) != 0 && needs_next(f, rest)
}

/// Whether what follows a word with flags `f` (`rest`, the facts after it) lets some rule
/// start on it. Only the commonest words that start rules only before given content are
/// asked; their rules (read off `date`, `time` and `duration`) need:
/// - "the": "the 15th", "the first", "the '80s", "the 1980s", "the day after", "the following
///   week", "the week of", "the last friday of", "the noon", "the weekend", "the summer of
///   2012" (a weekend or a season word, [`SEASON`]);
/// - "in": "in 2012", "in about an hour", "in the evening", and after an amount that is no
///   number ("a", "half"), a unit at most six tokens past it, as `duration::unit_near` asks
///   ("in a week", "in half an hour");
/// - "on": "on the 15th", "on the first", and before a day alone "of" and a unit after it ("on
///   15th day of next month");
/// - "early", "late", "mid": a part of the day next, a year or a month at most two tokens on
///   ("early morning", "early 2012", "mid-July"), or nothing for "mid" (a named hour's word);
/// - a word that starts a time and no date rule but the year's ("at", "for", "by",
///   "tonight"): digits, a number or a named hour at most nine tokens on, as `time::clock_near`
///   asks (a year needs digits next);
/// - "this": a unit, a part of the day, digits or an ordinal next ("this week", "this
///   morning", "this 2007 decree", "this first half"), a weekday, a month or a holiday at most
///   two tokens on ("this past Monday", "this July", "this Christmas"), an ordinal or digits
///   at most three ("this year's third quarter"), a weekend or a season at most two ("this
///   weekend", "this past summer"); the other relative words ("next", "last") the same but a
///   part of the day, or a weekday or a unit at most five tokens on ("last friday of"); a
///   weekend or a season word, a year at most two tokens on ("summer 2012", "summer of
///   2012");
/// - "week" and "day": a function word next ("week of", "day after tomorrow");
/// - an ordinal word ("first", "second"; not one that is a number too): a month, a weekday or
///   a unit of time at most seven tokens on ("the first of March", "first monday of", "the
///   first day of next month", "first quarter"), or an amount at most three ("first half").
#[inline]
pub(super) fn needs_next(f: u32, rest: &[u32]) -> bool {
    let next = rest.first().copied().unwrap_or(0);
    let after = rest.get(1).copied().unwrap_or(0);
    let day = ORDINAL | DIGITS;
    if f & R_DECADE != 0 {
        // "the"
        next & (AFTER_THE | day | MARK) != 0 || is_season(next)
    } else if f & R_IN != 0 {
        // "in"; the flags of "the" stand for the word.
        next & (NUMBER | DIGITS | ABOUT) != 0
            || next & R_AMOUNT != 0 && needs_ahead(f, rest)
            || next & R_DECADE != 0 && after & PART != 0
    } else if f & R_DAY_OF_MONTH != 0 && f & ORDINAL == 0 {
        // "on"
        next & R_DECADE != 0 && after & day != 0 || next & day != 0 && needs_ahead(f, rest)
    } else if f & (R_GRAIN | ORDINAL | R_TIME | UNIT) != 0 {
        // A relative word, an ordinal one, a time's or a unit; the flags of "the" are taken
        // above.
        needs_ahead(f, rest)
    } else {
        true
    }
}

/// [`needs_next`] for the words whose rules look further ahead: "in" before an amount, a
/// relative word ("this", "next"), an ordinal word that is no number, a word that starts a
/// time and no date rule but the year's or an approximation's, "on" before a day, "week" and
/// "day". Out of line: the commoner words and digits need none of it.
#[inline(never)]
fn needs_ahead(f: u32, rest: &[u32]) -> bool {
    // The union of the facts of the `n` tokens after the word.
    let ahead = |n: usize| rest.iter().take(n).fold(0, |all, &f| all | f);
    let day = ORDINAL | DIGITS;
    if f & R_IN != 0 {
        // "in a week": the unit after "a".
        rest.iter().skip(1).take(6).any(|&f| f & UNIT != 0)
    } else if f & R_DAY_OF_MONTH != 0 && f & ORDINAL == 0 {
        // "on 15th day of next month": "of" (a word with R_YEAR) and a unit after the day.
        ahead(6) & R_YEAR != 0 && ahead(9) & UNIT != 0
    } else if f & (R_DATE | R_TIME | NUMBER | DIGITS | MARK) & !R_YEAR == R_TIME {
        // The word itself may be the named hour ("noon").
        (f | ahead(9)) & (DIGITS | NUMBER | AFTER_THE) != 0
    } else if f & (R_DATE | R_TIME | NUMBER | DIGITS | MARK) == R_TIME | R_APPROX {
        // "early", "late", "mid": a part of the day next ("early morning"), a year or a month
        // at most two tokens on ("early 2012", "mid-July"), or the word a named hour ("mid").
        f & AFTER_THE != 0 || ahead(1) & PART != 0 || ahead(2) & (DIGITS | MONTH) != 0
    } else if f & (R_GRAIN | R_YEAR) == R_GRAIN | R_YEAR {
        // "this"
        ahead(1) & (UNIT | PART | day) != 0
            || ahead(2) & (WEEKDAY | MONTH | R_HOLIDAY) != 0
            || ahead(3) & day != 0
            || rest.iter().take(2).any(|&f| is_season(f))
    } else if f & R_GRAIN != 0 && f & (R_UPCOMING | R_TIME | R_AMOUNT | NUMBER) == 0 {
        // "next", "last", "past": as "this" without its time and year but a weekend or a
        // season next, and "last" counts a weekday or unit at most five tokens on ("last
        // friday of"); a weekend or a season word itself has a year after it ("summer 2012",
        // "summer of 2012").
        if is_season(f) {
            return ahead(2) & DIGITS != 0;
        }
        ahead(1) & (UNIT | day) != 0
            || ahead(2) & (WEEKDAY | MONTH | R_HOLIDAY) != 0
            || ahead(3) & day != 0
            || ahead(5) & (WEEKDAY | UNIT) != 0
            || rest.iter().take(2).any(|&f| is_season(f))
    } else if f & UNIT != 0
        && f & (R_DATE | R_TIME | NUMBER | MARK) & !(R_NTH | R_RELATIVE_DAY) == 0
    {
        // "week of" (`date::nth_of`), "day after" or "day before" (`date::relative_day`), all
        // function words that carry R_YEAR.
        ahead(1) & R_YEAR != 0
    } else if f & (R_DATE | R_TIME | NUMBER | DIGITS | MARK | ORDINAL) == ORDINAL_WORD {
        ahead(7) & (MONTH | WEEKDAY | UNIT) != 0 || ahead(3) & R_AMOUNT != 0
    } else {
        true
    }
}

/// The facts of a weekend or a season word (`date::season`), the only words that carry both.
pub(super) const SEASON: u32 = ABOUT | R_GRAIN;

/// Whether facts `f` are a weekend's or a season word's ([`SEASON`]).
#[inline]
pub(super) fn is_season(f: u32) -> bool {
    f & SEASON == SEASON
}

/// The facts of an ordinal word that is no number ("first", "second"): the rules of a day
/// ("the first of March"), a quarter or half ("first quarter"), an nth weekday or day ("first
/// monday of") and a day of the month ("first of next month") start on it.
const ORDINAL_WORD: u32 = ORDINAL | R_DAY_FIRST | R_QUARTER | R_NTH | R_DAY_OF_MONTH;

/// The months' names, lowercased, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month's number from its lowercased name or abbreviation.
pub(crate) fn month_of(w: &str) -> Option<i8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// A weekday from its lowercased name or abbreviation, and whether the form is also an
/// ordinary word ("sat", "sun", "wed", "mon").
pub(crate) fn weekday_of(w: &str) -> Option<(Weekday, bool)> {
    Some(match w {
        "monday" => (Weekday::Monday, false),
        "tuesday" => (Weekday::Tuesday, false),
        "wednesday" => (Weekday::Wednesday, false),
        "thursday" => (Weekday::Thursday, false),
        "friday" => (Weekday::Friday, false),
        "saturday" => (Weekday::Saturday, false),
        "sunday" => (Weekday::Sunday, false),
        "mon" => (Weekday::Monday, true),
        "tue" | "tues" => (Weekday::Tuesday, false),
        "wed" => (Weekday::Wednesday, true),
        "thu" | "thur" | "thurs" => (Weekday::Thursday, false),
        "fri" => (Weekday::Friday, false),
        "sat" => (Weekday::Saturday, true),
        "sun" => (Weekday::Sunday, true),
        _ => return None,
    })
}

/// Whether token `i` is the word `w` (ASCII, any case).
#[inline]
pub(super) fn is_word(scan: &Scan, i: usize, w: &str) -> bool {
    // Lengths first: most tokens differ there, and bytes need no char boundary checks. No
    // closures: a closure here was compiled out of line at some calls. Kind and length are
    // tested at once (`&`): whether the token is a word went either way at random as a branch.
    let Some(t) = scan.tokens.get(i) else {
        return false;
    };
    t.is_word() & ((t.end - t.start) as usize == w.len())
        && matches!(
            scan.text.as_bytes().get(t.start as usize..t.end as usize),
            Some(b) if b.eq_ignore_ascii_case(w.as_bytes())
        )
}

/// Whether token `i` is one of `words`.
///
/// Inlined: `words` is a constant list at every call, so each compare becomes a length test
/// and a few byte loads rather than a call to `memcmp` per word.
#[inline(always)]
pub(super) fn is_any(scan: &Scan, i: usize, words: &[&str]) -> bool {
    let w = lower(scan, i);
    words.contains(&w.as_str())
}

/// Whether token `i` is the punctuation mark `c`.
#[inline]
pub(super) fn is_punct(scan: &Scan, i: usize, c: char) -> bool {
    scan.tokens.get(i).is_some_and(|t| t.is_punct(scan.text, c))
}

/// Whether token `i` exists and directly follows token `i - 1` with no space.
#[inline]
pub(super) fn touches_prev(scan: &Scan, i: usize) -> bool {
    i > 0 && scan.tokens.get(i).is_some_and(|t| !t.space_before)
}

/// Whether the word at `i` starts with a capital letter.
pub(super) fn capitalized(scan: &Scan, i: usize) -> bool {
    scan.tokens
        .get(i)
        .is_some_and(|t| t.text(scan.text).starts_with(|c: char| c.is_uppercase()))
}

/// Whether token `i` starts with a capital and has a lowercase letter after it ("Today",
/// "First"; not "TODAY" or "FIRST", as headlines are written).
pub(super) fn title_case(scan: &Scan, i: usize) -> bool {
    // Most tokens asked about open on an ASCII byte other than a capital (a lowercase word, a
    // mark, digits): told by that byte before any char is decoded.
    let opens_otherwise = scan
        .tokens
        .get(i)
        .and_then(|t| scan.text.as_bytes().get(t.start as usize))
        .is_none_or(|&b| b.is_ascii() && !b.is_ascii_uppercase());
    !opens_otherwise
        && scan.tokens.get(i).is_some_and(|t| {
            let mut chars = t.text(scan.text).chars();
            chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
        })
}

/// Whether digit token `i` is glued into a name or a longer number: right after letters
/// ("MH17"), after a word or digits and a hyphen or dot ("Soyuz-2.1a", "SamSat-218", "2.5").
pub(super) fn glued(scan: &Scan, i: usize) -> bool {
    if !touches_prev(scan, i) {
        return false;
    }
    let prev = scan.tokens[i - 1];
    if prev.is_word() || prev.is_digits() {
        return true;
    }
    let joiner = matches!(prev.text(scan.text), "-" | "." | "," | "/" | ":");
    joiner
        && i >= 2
        && touches_prev(scan, i - 1)
        && !scan.tokens[i - 2].is_punct(scan.text, '(')
        && !is_any(scan, i - 2, &["mid", "pre", "post", "early", "late"])
}

/// The value of a digit token `i` of at most `max_len` digits.
pub(super) fn digits(scan: &Scan, i: usize, max_len: usize) -> Option<u32> {
    let token = scan.tokens.get(i)?;
    let len = (token.end - token.start) as usize;
    if !token.is_digits() || len > max_len {
        return None;
    }
    let bytes = scan
        .text
        .as_bytes()
        .get(token.start as usize..token.end as usize)?;
    if len > 9 {
        // Beyond nine digits a `u32` may overflow: let `parse` say.
        return std::str::from_utf8(bytes).ok()?.parse().ok();
    }
    // A digit token holds ASCII digits only.
    Some(
        bytes
            .iter()
            .fold(0u32, |n, &b| n * 10 + u32::from(b.wrapping_sub(b'0'))),
    )
}

/// The length in bytes of digit token `i` (0 when it is not digits).
#[inline]
pub(super) fn digit_len(scan: &Scan, i: usize) -> usize {
    scan.tokens
        .get(i)
        .filter(|t| t.is_digits())
        .map_or(0, |t| (t.end - t.start) as usize)
}

/// Skips a dot touching token `i - 1` ("Sept." "a.m"), returning the next index.
pub(super) fn skip_dot(scan: &Scan, i: usize) -> usize {
    if is_punct(scan, i, '.') && touches_prev(scan, i) {
        i + 1
    } else {
        i
    }
}

/// The number match starting at token `i`.
pub(super) fn number_at<'s>(scan: &'s Scan, i: usize) -> Option<&'s NumberMatch> {
    if facts(scan, i) & NUMBER == 0 {
        return None;
    }
    let k = scan.numbers.partition_point(|n| n.first < i);
    scan.numbers.get(k).filter(|n| n.first == i)
}

/// A counted quantity at `i`: a number, or "a"/"an" (one). Returns value and end token.
pub(super) fn quantity_at(scan: &Scan, i: usize) -> Option<(f64, usize)> {
    if facts(scan, i) & (NUMBER | R_AMOUNT) == 0 {
        return None;
    }
    quantity_with(scan, i, number_at(scan, i))
}

/// [`quantity_at`] at a token whose number (if any) the caller has found: `number`.
pub(super) fn quantity_with(
    scan: &Scan,
    i: usize,
    number: Option<&NumberMatch>,
) -> Option<(f64, usize)> {
    if let Some(n) = number {
        return Some((n.value, n.end));
    }
    match lower(scan, i).as_str() {
        "a" | "an" | "one" => Some((1.0, i + 1)),
        "few" => Some((3.0, i + 1)),
        _ => None,
    }
}

/// Token `i` lowercased ([`lower`]) without a possessive "'s" (curly apostrophes are
/// straightened there): "sunday" of "Sunday's".
fn without_possessive<'a>(scan: &'a Scan, i: usize) -> &'a str {
    let w = lower(scan, i).as_str();
    w.strip_suffix("'s").unwrap_or(w)
}

/// Whether token `i` ends in a possessive "'s" ("Sunday's", "December's"): a date it names
/// owns what follows, so nothing after it is read as part of the date.
pub(super) fn is_possessive(scan: &Scan, i: usize) -> bool {
    lower(scan, i).as_str().ends_with("'s")
}

/// A month name or abbreviation ("September", "Sept.", "sep"), its number and end token.
/// "may" and "march" are also everyday words: callers that see no day or year beside them
/// check the capital letter with [`standalone_month_ok`].
pub(super) fn month_at(scan: &Scan, i: usize) -> Option<(i8, usize)> {
    if facts(scan, i) & MONTH == 0 {
        return None;
    }
    // "last June's elections": the possessive dates as the month does.
    let w = without_possessive(scan, i);
    let month = month_of(w)?;
    // Only abbreviations own the dot after them: "Sept. 13", but "in July." ends a sentence.
    let full = matches!(w, "may" | "june" | "july") || w.len() > 4;
    let end = if full { i + 1 } else { skip_dot(scan, i + 1) };
    Some((month, end))
}

/// Whether a month word with no day or year beside it is a month. "may", "march" and the
/// short forms are also everyday words ("we may", "the march", "Mar"): alone they need a capital
/// and, for "May" and "March", a word before them that announces a date ("in May", "next March",
/// "for May shipment"), a span of days ("4-6 March") or another month they run to ("May through
/// September").
pub(super) fn standalone_month_ok(scan: &Scan, i: usize) -> bool {
    let w = lower(scan, i);
    let full = w.as_str().len() > 4 || w.as_str() == "june" || w.as_str() == "july";
    match w.as_str() {
        "may" | "march" => {
            capitalized(scan, i)
                && (i > 0
                    && is_any(
                        scan,
                        i - 1,
                        &[
                            "in", "during", "since", "until", "till", "by", "from", "of", "for",
                            "last", "next", "this", "early", "late", "mid", "before", "after",
                            "through", "past", "to", "and",
                        ],
                    )
                    || is_any(scan, i + 1, &["through", "to", "until", "till"])
                        && facts(scan, i + 2) & MONTH != 0)
                || days_before(scan, i)
        }
        _ if full => true,
        // "Jan." "Sept." with their dot, capitalized
        _ => capitalized(scan, i) && is_punct(scan, i + 1, '.') && touches_prev(scan, i + 1),
    }
}

/// Whether a span of days joined by a dash ends just before token `i`: "4-6 March", "19–20 May".
fn days_before(scan: &Scan, i: usize) -> bool {
    i >= 3
        && digits(scan, i - 1, 2).is_some_and(|d| (1..=31).contains(&d))
        && (is_punct(scan, i - 2, '-') || is_punct(scan, i - 2, '\u{2013}'))
        && touches_prev(scan, i - 2)
        && touches_prev(scan, i - 1)
        && digits(scan, i - 3, 2).is_some()
}

/// A weekday name or abbreviation ("Wednesday", "Wed.", "thurs") and its end token. The short
/// forms that are also words ("sat", "sun", "wed", "mon") need a capital or a dot.
pub(super) fn weekday_at(scan: &Scan, i: usize) -> Option<(Weekday, usize)> {
    if facts(scan, i) & WEEKDAY == 0 {
        return None;
    }
    // "Sunday's election": the possessive dates as the day does.
    let w = without_possessive(scan, i);
    let (day, short) = weekday_of(w)?;
    let end = if w.len() <= 5 {
        skip_dot(scan, i + 1)
    } else {
        i + 1
    };
    if short && end == i + 1 && !capitalized(scan, i) {
        return None;
    }
    Some((day, end))
}

/// Ordinal words for days of the month, "first" to "thirty-first", and their end token.
pub(super) fn ordinal_word_at(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    if facts(scan, i) & ORDINAL == 0 {
        return None;
    }
    let unit = |w: &str| -> Option<u32> {
        Some(match w {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            _ => return None,
        })
    };
    let w = lower(scan, i);
    let w = w.as_str();
    if let Some(n) = unit(w) {
        return Some((n, i + 1));
    }
    let simple = match w {
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => 0,
    };
    if simple > 0 {
        return Some((simple, i + 1));
    }
    let tens = match w {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    // "twenty-first", "twenty first"
    let mut j = i + 1;
    if is_punct(scan, j, '-') && touches_prev(scan, j) {
        j += 1;
    }
    let u = unit(lower(scan, j).as_str())?;
    Some((tens + u, j + 1))
}

/// A day-of-month ordinal: "13th", "1st", "third", "twenty-first". Returns day and end token.
pub(super) fn ordinal_day_at(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    if let Some(n) = digits(scan, i, 2) {
        let suffix = lower(scan, i + 1);
        if touches_prev(scan, i + 1) && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
            return (1..=31).contains(&n).then_some((n, i + 2));
        }
        return None;
    }
    ordinal_word_at(scan, i).filter(|&(n, _)| n <= 31)
}

/// A day of the month written as digits, with or without an ordinal suffix: "13", "13th".
pub(super) fn day_at(scan: &Scan, i: usize) -> Option<(u32, usize)> {
    if let Some(found) = ordinal_day_at(scan, i) {
        return Some(found);
    }
    let n = digits(scan, i, 2)?;
    (1..=31).contains(&n).then_some((n, i + 1))
}

/// A unit of time word ("hours", "hrs", "h", "fortnight") with its size in `Unit`s.
pub(super) fn unit_at(scan: &Scan, i: usize) -> Option<(f64, Unit, usize)> {
    if facts(scan, i) & UNIT == 0 {
        return None;
    }
    let w = lower(scan, i);
    let (n, unit) = match w.as_str() {
        "second" | "seconds" | "sec" | "secs" => (1.0, Unit::Second),
        "minute" | "minutes" | "min" | "mins" => (1.0, Unit::Minute),
        "hour" | "hours" | "hr" | "hrs" | "h" => (1.0, Unit::Hour),
        "day" | "days" => (1.0, Unit::Day),
        "week" | "weeks" | "wk" | "wks" => (1.0, Unit::Week),
        "fortnight" | "fortnights" => (2.0, Unit::Week),
        "month" | "months" => (1.0, Unit::Month),
        "quarter" | "quarters" | "qtr" | "qtrs" => (1.0, Unit::Quarter),
        "year" | "years" | "yr" | "yrs" => (1.0, Unit::Year),
        "decade" | "decades" => (10.0, Unit::Year),
        "century" | "centuries" => (100.0, Unit::Year),
        _ => return None,
    };
    // A lone "h" is a unit only right after digits ("1h", "1/2h") or as "1/2 h".
    if w.as_str() == "h" && !(touches_prev(scan, i) || i > 0 && scan.tokens[i - 1].is_digits()) {
        return None;
    }
    let mut end = i + 1;
    if matches!(w.as_str(), "sec" | "min" | "hr" | "hrs" | "mins" | "secs") {
        end = skip_dot(scan, end);
    }
    Some((n, unit, end))
}

/// A time zone named after a time: "GMT", "UTC+3", "Moscow time", "(BST)", "local time".
/// Returns the zone (IANA name; `Etc/GMT-3` for UTC+3, as IANA spells fixed offsets) and end.
/// "local time" consumes the words and gives the context's zone, if any.
pub(super) fn zone_at(scan: &Scan, i: usize) -> Option<(Option<String>, usize)> {
    // Keep [`ZONE_CODES`] in step with the codes below.
    if is_punct(scan, i, '(') {
        let (zone, end) = zone_at(scan, i + 1)?;
        return is_punct(scan, end, ')').then_some((zone, end + 1));
    }
    let w = lower(scan, i);
    let fixed = |hours: i32| Some(fixed_zone(hours * 60));
    let zone: Option<String> = match w.as_str() {
        "utc" | "gmt" | "z" | "zulu" => {
            // "UTC+3", "GMT -5", "UTC+05:30"
            if let Some((minutes, end)) = offset_after(scan, i + 1) {
                return Some((Some(fixed_zone(minutes)), end));
            }
            if w.as_str() == "z" && !capitalized(scan, i) {
                return None;
            }
            Some(if w.as_str() == "gmt" { "GMT" } else { "UTC" }.to_owned())
        }
        "cet" => fixed(1),
        "cest" => fixed(2),
        "eet" => fixed(2),
        "eest" => fixed(3),
        "wet" => fixed(0),
        "west" if scan.tok(i) == "WEST" => fixed(1),
        "bst" => fixed(1),
        "msk" => Some("Europe/Moscow".to_owned()),
        "ist" => Some("Asia/Kolkata".to_owned()),
        "jst" => Some("Asia/Tokyo".to_owned()),
        "kst" => Some("Asia/Seoul".to_owned()),
        "hkt" => Some("Asia/Hong_Kong".to_owned()),
        "aest" => fixed(10),
        "est" => fixed(-5),
        "edt" => fixed(-4),
        "cst" => fixed(-6),
        "cdt" => fixed(-5),
        "mst" => fixed(-7),
        "mdt" => fixed(-6),
        "pst" => fixed(-8),
        "pdt" => fixed(-7),
        "et" if scan.tok(i) == "ET" => Some("America/New_York".to_owned()),
        "ct" if scan.tok(i) == "CT" => Some("America/Chicago".to_owned()),
        "mt" if scan.tok(i) == "MT" => Some("America/Denver".to_owned()),
        "pt" if scan.tok(i) == "PT" => Some("America/Los_Angeles".to_owned()),
        "local" if is_word(scan, i + 1, "time") => {
            return Some((scan.cx.zone.clone(), i + 2));
        }
        _ => {
            // "Moscow time", "New York time"
            let (zone, end) = city_zone(scan, i)?;
            return is_word(scan, end, "time").then(|| (Some(zone.to_owned()), end + 1));
        }
    };
    Some((zone, i + 1))
}

/// The codes [`zone_at`] reads alone ("gmt", "cet", "et"), lowercased: a filter, so that a
/// word that is none is turned away before `zone_at` runs. Every other zone `zone_at` reads is
/// a name before "time" ("local time", "New York time").
pub(super) const ZONE_CODES: &[&str] = &[
    "utc", "gmt", "z", "zulu", "cet", "cest", "eet", "eest", "wet", "west", "bst", "msk", "ist",
    "jst", "kst", "hkt", "aest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et",
    "ct", "mt", "pt",
];

/// "+3", "-05:00", "+5:30" right after UTC/GMT: minutes east and end token.
fn offset_after(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    let sign = if is_punct(scan, i, '+') {
        1
    } else if is_punct(scan, i, '-') || is_punct(scan, i, '\u{2212}') {
        -1
    } else {
        return None;
    };
    // "UTC+3", "GMT -5": the digits touch their sign ("1800 gmt - 1010" is a dash).
    if !touches_prev(scan, i + 1) {
        return None;
    }
    let raw = digits(scan, i + 1, 4)? as i32;
    let mut end = i + 2;
    let (hours, mut minutes) = if digit_len(scan, i + 1) > 2 {
        (raw / 100, raw % 100)
    } else {
        (raw, 0)
    };
    if is_punct(scan, end, ':')
        && touches_prev(scan, end)
        && let Some(m) = digits(scan, end + 1, 2)
    {
        minutes = m as i32;
        end += 2;
    }
    (hours <= 14 && minutes % 15 == 0 && minutes < 60)
        .then_some((sign * (hours * 60 + minutes), end))
}

/// A fixed offset as a zone name: whole hours as IANA `Etc/GMT-3` (which is UTC+3: the IANA
/// sign is inverted), other offsets as `+05:30`.
pub(super) fn fixed_zone(minutes_east: i32) -> String {
    if minutes_east == 0 {
        "UTC".to_owned()
    } else if minutes_east % 60 == 0 {
        format!("Etc/GMT{:+}", -minutes_east / 60)
    } else {
        let sign = if minutes_east < 0 { '-' } else { '+' };
        let m = minutes_east.abs();
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    }
}

/// Cities whose name is used for a clock ("Moscow time", "Beijing time"), one or two words.
fn city_zone(scan: &Scan, i: usize) -> Option<(&'static str, usize)> {
    let w = lower(scan, i);
    let two = |next: &str, zone: &'static str| is_word(scan, i + 1, next).then_some((zone, i + 2));
    let zone = match w.as_str() {
        "moscow" => "Europe/Moscow",
        "kyiv" | "kiev" => "Europe/Kyiv",
        "london" => "Europe/London",
        "paris" => "Europe/Paris",
        "berlin" => "Europe/Berlin",
        "brussels" => "Europe/Brussels",
        "beijing" => "Asia/Shanghai",
        "tokyo" => "Asia/Tokyo",
        "seoul" => "Asia/Seoul",
        "pyongyang" => "Asia/Pyongyang",
        "vladivostok" => "Asia/Vladivostok",
        "delhi" => "Asia/Kolkata",
        "tehran" => "Asia/Tehran",
        "jerusalem" => "Asia/Jerusalem",
        "istanbul" | "ankara" => "Europe/Istanbul",
        "dubai" => "Asia/Dubai",
        "singapore" => "Asia/Singapore",
        "sydney" => "Australia/Sydney",
        "washington" => "America/New_York",
        "eastern" => "America/New_York",
        "central" => "America/Chicago",
        "mountain" => "America/Denver",
        "pacific" => "America/Los_Angeles",
        "greenwich" => return two("mean", "GMT"),
        "new" => return two("york", "America/New_York"),
        "hong" => return two("kong", "Asia/Hong_Kong"),
        "los" => return two("angeles", "America/Los_Angeles"),
        _ => return None,
    };
    Some((zone, i + 1))
}

/// Which way the words around a value point in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Whether the digits before token `k` go on as one number: a decimal point and digits
/// ("1746.0"), thousands ("900,000"), or a price's fraction ("101-3/4"), all glued.
pub(super) fn continues_number(scan: &Scan, k: usize) -> bool {
    let glued = |j: usize| touches_prev(scan, j);
    let decimal = is_punct(scan, k, '.') && digit_len(scan, k + 1) > 0 && glued(k) && glued(k + 1);
    let thousands =
        is_punct(scan, k, ',') && digit_len(scan, k + 1) == 3 && glued(k) && glued(k + 1);
    let fraction = is_punct(scan, k, '-')
        && digit_len(scan, k + 1) > 0
        && is_punct(scan, k + 2, '/')
        && (k..=k + 2).all(glued);
    decimal || thousands || fraction
}

/// The tense of the clause around tokens `first..end`: that of the nearest tense cue within
/// twelve tokens either side, in the same sentence; unknown where none is that near, or where
/// the nearest disagree (one each side at the same distance).
///
/// Cues: future "will", "'ll", "shall", "going", "scheduled", "expects", "expected", "plans to",
/// "is to" before a verb ("is to join"), "due" (but "due to" before a determiner or an "-ed"/"-ing"
/// word is a cause: "due to continued poor sales"); past "was", "said", "met", "ago" and verbs in
/// "-ed" (but not after "to", a determiner or a preposition: "the revised figure" describes a
/// noun). The nearest cue is the verb the value hangs on more often than a farther one: in "said it
/// expects to report a loss for the quarter ending March 31", "expects" is nearer than "said". A
/// reporting verb after the value and a comma ("will launch on 11 March, the company has
/// announced") is no cue, nor is what follows it ("will unveil his plans on Monday, said migration
/// helped"), nor a participle after "be" ("will be closed on Monday": "will" tells).
pub(super) fn tense_around(scan: &Scan, first: usize, end: usize) -> Tense {
    const REACH: usize = 12;
    // A one-byte mark that ends the clause: a byte test, not a string comparison; kind and
    // length at once (`&`), as whether a token is a mark follows no pattern.
    let stop = |t: super::Token| {
        (t.kind == super::Tok::Punct) & (t.end - t.start == 1)
            && matches!(
                scan.text.as_bytes().get(t.start as usize),
                Some(b'.' | b';' | b'?' | b'!' | b'\n')
            )
    };
    // "will launch on 11 March, the company has announced": past a comma, a reporting verb
    // dates the telling, not the value.
    const REPORTING: &[&str] = &[
        "said",
        "told",
        "announced",
        "added",
        "reported",
        "confirmed",
        "stated",
        "explained",
    ];
    let mut after_comma = false;
    let (mut before_open, mut after_open) = (true, true);
    // Each token is read once: only a word is a cue (`lower` gives "" for anything else), and
    // a mark is only asked whether it ends the clause or is a comma.
    for d in 1..REACH + 1 {
        let mut seen = None;
        if before_open {
            match first.checked_sub(d).map(|j| (j, scan.tokens[j])) {
                Some((j, t)) if !stop(t) => {
                    if t.is_word() {
                        seen = tense_cue(scan, j, lower(scan, j).as_str());
                    }
                }
                _ => before_open = false,
            }
        }
        let after = end + d - 1;
        if after_open {
            match scan.tokens.get(after) {
                Some(&t) if !stop(t) => {
                    if t.is_word() {
                        let w = lower(scan, after);
                        let w = w.as_str();
                        // The attribution ends the clause (", the company said.") or opens it
                        // (", said Mr Richards"); "On Thursday, a court said it will hear"
                        // tells what was said.
                        let telling = after_comma
                            && REPORTING.contains(&w)
                            && (is_punct(scan, after - 1, ',')
                                || scan.tokens.get(after + 1).is_none_or(|t| {
                                    t.kind == super::Tok::Punct
                                        && matches!(t.text(scan.text), "." | "," | ";")
                                }));
                        if !telling && let Some(cue) = tense_cue(scan, after, w) {
                            if seen.is_some_and(|s| s != cue) {
                                return Tense::Unknown;
                            }
                            seen = Some(cue);
                        }
                        // What follows the attribution is what was said, another clause ("who
                        // will unveil his plans on Monday, said economic migration helped").
                        after_open = !telling;
                    } else {
                        after_comma |= t.is_punct(scan.text, ',');
                    }
                }
                _ => after_open = false,
            }
        }
        if let Some(tense) = seen {
            return tense;
        }
        if !before_open && !after_open {
            break;
        }
    }
    Tense::Unknown
}

/// The tense that word `j`, lowercased `w`, signals, if any.
///
/// Inlined, and short: [`tense_around`] asks of some twenty words per date, and most are
/// settled before the `match` of [`cue_tense`], which reads the few cue words out of line.
#[inline(always)]
fn tense_cue(scan: &Scan, j: usize, w: &str) -> Option<Tense> {
    // Most words are no cue: a word that is not one of those below nor ends in "-ed" is
    // settled by one hashed lookup (the `match` below compares its words one by one).
    // Long or non-ASCII words (`lower` gives "") and the short function words ("a", "of",
    // "to") are no cue: every cue has three letters or more.
    if matches!(w, "is" | "are") {
        return cue_tense(scan, j, w);
    }
    if w.len() < 3 {
        return None;
    }
    let ed = w.len() > 4 && w.ends_with("ed");
    if !ed
        && !super::vocab::word_set!(
            w,
            "due"
                | "scheduled"
                | "expected"
                | "planned"
                | "plan"
                | "plans"
                | "will"
                | "shall"
                | "'ll"
                | "won't"
                | "going"
                | "upcoming"
                | "expects"
                | "tomorrow"
                | "was"
                | "were"
                | "had"
                | "did"
                | "said"
                | "told"
                | "met"
                | "took"
                | "came"
                | "went"
                | "held"
                | "left"
                | "made"
                | "began"
                | "begun"
                | "saw"
                | "gave"
                | "won"
                | "lost"
                | "fell"
                | "rose"
                | "ago"
                | "yesterday"
                | "spoke"
                | "sent"
                | "got"
                | "flew"
                | "ran"
                | "found"
                | "wrote"
                | "became"
                | "paid"
                | "sold"
                | "bought"
                | "led"
                | "brought"
                | "thought"
                | "kept"
                | "hit"
                | "struck"
                | "signed"
        )
    {
        return None;
    }
    cue_tense(scan, j, w)
}

/// [`tense_cue`] of word `j`, `w`, a cue word, "is" or "are", or a word ending in "-ed".
#[inline(never)]
fn cue_tense(scan: &Scan, j: usize, w: &str) -> Option<Tense> {
    if matches!(w, "is" | "are") {
        // "is to join … on Thursday", "are to meet": "be" before "to" and a verb is a plan.
        let plan = lower(scan, j + 1).as_str() == "to" && {
            let verb = lower(scan, j + 2);
            verb.as_str().len() > 1 && !is_determiner(verb.as_str())
        };
        return plan.then_some(Tense::Future);
    }
    let next = || lower(scan, j + 1);
    // "was due to end", "had been scheduled to expire": a plan told in the past tense.
    let told_in_past = || {
        let before = j.checked_sub(1).map_or("", |k| scan.lower(k));
        matches!(before, "was" | "were" | "been")
    };
    if matches!(w, "due" | "scheduled" | "expected" | "planned") && told_in_past() {
        return Some(Tense::Past);
    }
    Some(match w {
        "due" => {
            // "due to" before a determiner or a participle is "because of"; before a verb
            // ("due to meet") it is a plan.
            let after_to = lower(scan, j + 2);
            let after_to = after_to.as_str();
            let cause = is_determiner(after_to)
                || (after_to.len() > 4 && (after_to.ends_with("ed") || after_to.ends_with("ing")));
            if next().as_str() == "to" && cause {
                return None;
            }
            Tense::Future
        }
        // "plans to expand"; "the spending plans" are a noun.
        "plan" | "plans" if next().as_str() != "to" => return None,
        "planned" | "expected" if describes_noun(scan, j) => return None,
        "will" | "shall" | "'ll" | "won't" | "going" | "scheduled" | "upcoming" | "plans"
        | "plan" | "planned" | "expected" | "expects" | "tomorrow" => Tense::Future,
        // "will be closed", "is to be held": a participle after "be" takes its tense from
        // the verb before ("will"), not from its "-ed".
        _ if j > 0 && scan.lower(j - 1) == "be" => return None,
        "was" | "were" | "had" | "did" | "said" | "told" | "met" | "took" | "came" | "went"
        | "held" | "left" | "made" | "began" | "begun" | "saw" | "gave" | "won" | "lost"
        | "fell" | "rose" | "ago" | "yesterday" | "spoke" | "sent" | "got" | "flew" | "ran"
        | "found" | "wrote" | "became" | "paid" | "sold" | "bought" | "led" | "brought"
        | "thought" | "kept" | "hit" | "struck" | "signed" => Tense::Past,
        _ if w.len() > 4 && w.ends_with("ed") && !matches!(w, "need" | "speed" | "breed") => {
            if describes_noun(scan, j) {
                return None;
            }
            Tense::Past
        }
        _ => return None,
    })
}

/// Whether the "-ed" word `j` describes a noun rather than being a verb: after "to", a
/// determiner or a preposition ("due to continued losses", "the revised figure", "in protest
/// at planned job cuts").
fn describes_noun(scan: &Scan, j: usize) -> bool {
    let before = j.checked_sub(1).map_or("", |k| scan.lower(k));
    is_determiner(before)
        || matches!(
            before,
            "to" | "at"
                | "in"
                | "on"
                | "for"
                | "of"
                | "with"
                | "by"
                | "against"
                | "over"
                | "about"
                | "from"
        )
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Whether the reference is a whole day (a publication date) rather than an instant: times of
/// day then take its date as they are, instead of the next or last occurrence.
pub(super) fn reference_is_date(scan: &Scan) -> bool {
    scan.cx
        .reference
        .is_none_or(|r| r.offset.is_none() && r.datetime.time() == civil::Time::midnight())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Alone, Context};

    #[test]
    fn fixed_zones_use_iana_names() {
        assert_eq!(fixed_zone(180), "Etc/GMT-3");
        assert_eq!(fixed_zone(-300), "Etc/GMT+5");
        assert_eq!(fixed_zone(330), "+05:30");
        assert_eq!(fixed_zone(0), "UTC");
    }

    #[test]
    fn zones_after_times() {
        let cx = Context::default();
        for (text, zone) in [
            ("Moscow time", Some("Europe/Moscow")),
            ("UTC+3", Some("Etc/GMT-3")),
            ("(BST)", Some("Etc/GMT-1")),
            ("GMT", Some("GMT")),
            ("local time", None),
        ] {
            let mut alone = Alone::new(text);
            let scan = Scan::new(&mut alone, &cx);
            let (got, end) = zone_at(&scan, 0).expect(text);
            assert_eq!(got.as_deref(), zone, "{text}");
            assert_eq!(end, scan.tokens.len(), "{text}");
        }
    }

    #[test]
    fn every_zone_code_is_a_zone() {
        let cx = Context::default();
        for code in ZONE_CODES {
            let text = code.to_uppercase();
            let mut alone = Alone::new(&text);
            let scan = Scan::new(&mut alone, &cx);
            assert!(zone_at(&scan, 0).is_some(), "{text}");
        }
    }
}
