//! Ranges: two values of one kind joined by a dash or by words.
//!
//! The range finder runs after the others and pairs their candidates, so any kind they find
//! can be a range end: numbers, percents, money, durations, dates and times. A bare number
//! before a value with a unit takes that unit ("5 to 7 hours", "5-7%"). A number that is part
//! of a date ends no range but one of years, or of days of that date's month ("from June 3 to
//! 6", "between June 3 and 6", "March 6-10"; not "rose on June 3 to 25"): not "from £3.24bn in
//! 2003 to £2.89bn" nor "the year beginning April 1 to 110.14 billion dlrs". Two four-digit numbers
//! from 1000 to 2100 in rising order joined by a dash are years ("1950-1953", "(1950–1953)",
//! "1950-53", "2000-1" and "1999-00" for the next year): dashes between years are how news
//! writes periods, and a noun after a short later year is what the period is of, not a count
//! ("the 2000-01 season", "1987-90 crops").
//!
//! Not ranges: names with digits (the number finder never gives "Covid-19", "F-16" or "Soyuz-2.1a"
//! as numbers), numbers that fall ("won 3-1" is a score), scores, tallies and codes that rise
//! (`is_score`: sets in a row, "6-3 4-6 6-1", "6-4, 3-6", "lost 1-6,4-6"; a tie-break, "6-7 (4-7)";
//! a result between names, "Italy 8-38 Wales"; one a word of winning tells, "lost 1-2 in Paris", "a
//! 0-2 defeat", "from 0-2 down", "2-0 up", "to go 15-40"; odds, "odds of 6-9"; a name, "the 9-11
//! Commission"; a line-up, "2-3-2"; a model after its maker, "Boeing 737-800"), and a change "by"
//! an amount "to" a level many times it ("cut net income by 20 mln dlrs to 226.4 mln"; "raised by
//! 15 to 19 pct" is a range), or after a verb of movement an amount with its own unit "to" such a
//! level ("slipped one ct to 1.15 dlrs", "fell 11,000 to 813,200"; "rose 5 to 7 pct" is a range).
//! An amount that moved "from" a level "to" another is no range either ("rose from 2.6% to 10.4%";
//! "fell from January to March" tells a period), nor is an end "to" more ("March 16 to 31 to 900
//! mln marks"), nor the number inside money or a percent ("rose $1.64 to $47.10" pairs nothing),
//! nor, in a list of moves that leaves the verb out, money with its own unit "to" a level many
//! times it ("and silver 22.5 cents to 6.86 dlrs") or a stock's move in fractions "to" its
//! price ("Pan Am 1/8 to 4-5/8"), nor a number and a capitalised word ("the 7-Eleven stores").
//!
//! A scale word of the upper end covers a lower end that has none where the scaled lower end
//! is still the lower ("73-82 mln dlrs", "$1.3 to $1.5bn", "six to seven billion marks");
//! else the lower end stands as written if within a tenth of the upper ("127,000 to 1.0 mln
//! dlrs"), and there is no range ("calendar 1988 to 2.4 mln tonnes").
//!
//! Dates in a range run forward: an end whose year the text leaves unsaid and that was read
//! before the start is the next year's ("from March 30 to April 4" read on April 1), and a
//! start before an end that states its year takes the year before where needed ("April-Sept
//! 1986").
//!
//! # Cost
//!
//! The pairing reads only paragraphs where some value is followed by a dash or a
//! separating word (`may_separate`, a few bytes read): most values are followed by neither.
//! Each endpoint is tested once; only those that pass are sorted, and each is paired with the
//! endpoints that start within ten bytes after it. A score's sets (`is_score`) are read off
//! the one to three digits on each side of a dash, never by searching the paragraph for one.
//!
//! # Grammar
//!
//! - dash: 1950-1953; 1950–1953; 1950 — 1953; 1950-53; 5-7%; $5-$7; $30-35; $10-25m;
//!   $1.5-2.5bn; between $4-$5 (not followed by "and"); 7:09-12:23
//! - slash, a bid and an offer (`number`'s two-way prices): 3.7495/98 marks; 563/567 dlrs;
//!   3.65/75 pct; about 1.7740/50 marks (the bid's qualifier is the range's)
//! - days of a month: June 3-6; from June 3 to 6; between June 3 and 6; meet April 13 to 16
//!   (not after a verb of movement: rose on June 3 to 25); days before it, as British copy
//!   writes them: 10-20 February; from 6 to 9 January; between 13 and 15 March
//! - words: 5 to 7 hours; from 1950 to 1953; from 7:09 to 12:23; between 1950 and 1953;
//!   Monday through Friday; from April until June; 2010 till 2012

use super::{Data, Date, Duration, Kind, Scan, Value};
use crate::span::Span;
use jiff::civil;

/// The vectors [`find`] works in, kept from one paragraph to the next: a paragraph with an
/// endpoint allocated them anew, about one in four.
#[derive(Default)]
pub(super) struct Scratch {
    /// The endpoints a range may start on, in the order they are tried.
    starts: Vec<Key>,
    /// The endpoints that may end a range started on one of `starts`.
    ends: Vec<Key>,
    /// The ranges found, appended to the candidates once all are paired.
    found: Vec<Value>,
}

/// Pairs the candidates in `out` into ranges, appended to them; `scratch` is reused from call
/// to call. The number finder leaves its numbers' counted nouns out (`number::fill_units`): a
/// pair's numbers are given theirs here, where a separator joins them, before they are read.
// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, scratch: &mut Scratch, out: &mut Vec<Value>) {
    let Scratch {
        starts,
        ends,
        found,
    } = scratch;
    // Bytes are read back from a value no further than the paragraph's start.
    let (text, from) = (scan.text, scan.start);
    // A range starts on an endpoint with no qualifier that a separator may follow
    // (`may_separate`, a few bytes read): most paragraphs hold none, and nothing more is
    // read there. Each value is tested once, by those bytes before its kind (read off its
    // data); the few that pass are kept by start (longest first, then in the order found),
    // the order the pairs are tried in. The endpoints are counted only where one passes.
    starts.clear();
    for (k, v) in out.iter().enumerate() {
        // A two-way price keeps its qualifier: "about 1.7740/50 marks".
        let slash = || text.as_bytes().get(v.span.end) == Some(&b'/');
        if (v.qualifier.is_none() || slash())
            && may_separate(text, v.span.end)
            && endpoint_kind(v.kind())
        {
            starts.push(key(k, v));
        }
    }
    if starts.is_empty()
        || out
            .iter()
            .filter(|v| endpoint_kind(v.kind()))
            .nth(1)
            .is_none()
    {
        return;
    }
    // No two keys are equal (their last fields differ): an unstable sort gives the stable
    // order.
    starts.sort_unstable();
    for &(_, _, a) in starts.iter() {
        let lo = &out[a];
        let after = lo.span.end;
        // The amount of "$1.64" starts no range of its own: the money around it does ("rose
        // $1.64 to $47.10" is no range of 1.64 to $47.10). Only a number glued to what
        // precedes it may be inside money that starts earlier.
        if lo.kind() == Kind::Number
            && text
                .get(from..lo.span.start)
                .is_some_and(|h| h.ends_with(|c: char| !c.is_whitespace()))
            && inside_amount(out, lo.span)
        {
            continue;
        }
        // The endpoints starting within a short separator after `lo`, in the same order.
        ends.clear();
        ends.extend(
            out.iter()
                .enumerate()
                .filter(|(_, v)| {
                    // Where it starts first: the kind is read off the data, a few steps.
                    v.span.start > after && v.span.start <= after + 10 && endpoint_kind(v.kind())
                })
                .map(|(k, v)| key(k, v)),
        );
        ends.sort_unstable();
        for &(_, _, b) in ends.iter() {
            let Some(gap) = text.get(after..out[b].span.start) else {
                continue;
            };
            let Some(sep) = separator(gap) else {
                continue;
            };
            super::number::fill_units(scan, &mut out[a..=a]);
            super::number::fill_units(scan, &mut out[b..=b]);
            let (lo, hi) = (&out[a], &out[b]);
            // A number the date finder read as part of a date ("in 2003", "June 3") ends no
            // range but one of years, or of days of that date's month: "from June 3 to 6",
            // "between June 3 and 6", "June 3-6", "meet April 13 to 16" (not "rose on June 3
            // to 25").
            let date = (lo.kind() == Kind::Number)
                .then(|| date_around(out, lo.span))
                .flatten();
            if let Some(date) = date {
                let days = later_day_of_month(date, lo.span, hi);
                let start = match (sep, preceding_word(text, from, date.span.start)) {
                    (Sep::Dash, _) => Some(date.span.start),
                    (Sep::To, Some(Word::From(s))) | (Sep::And, Some(Word::Between(s))) => Some(s),
                    // "the meeting April 14 to 16", "the summit on June 8 to 10"; but a
                    // change "rose on June 3 to 25" reaches a level.
                    (Sep::To, _) if !moved_before(text, from, date.span.start) => {
                        Some(date.span.start)
                    }
                    _ => None,
                };
                if let (Some(data), Some(start)) = (days, start) {
                    found.push(Value {
                        span: Span::new(start, hi.span.end),
                        qualifier: None,
                        data,
                    });
                }
                if !year_like(hi) {
                    continue;
                }
            }
            // "10-20 February": days of the month named right after.
            // The longest date that starts at `at` (of two as long, the one found first).
            let date_at = |at: usize| {
                out.iter()
                    .enumerate()
                    .filter(|(_, v)| v.span.start == at && v.kind() == Kind::Date)
                    .min_by_key(|&(k, v)| (std::cmp::Reverse(v.span.end), k))
                    .map(|(_, v)| v)
            };
            if let Some((data, end)) = days_before_month(date_at, lo, hi, sep) {
                found.push(Value {
                    span: Span::new(lo.span.start, end),
                    qualifier: None,
                    data,
                });
                continue;
            }
            // The word before is read only for the separators that ask about it, and a dash
            // asks only whether it is "between" (no verb of movement is looked up).
            let before = || preceding_word(text, from, lo.span.start);
            let (start, ok) = match sep {
                // "between $4-$5"; but "between 1985-86 and 1990" pairs the dash's ends
                // no further.
                Sep::Dash => match word_before(text, from, lo.span.start) {
                    Some((s, w)) if w.eq_ignore_ascii_case("between") => {
                        (s, !followed_by_and(text, hi.span.end))
                    }
                    // "the 7-Eleven stores": a name.
                    _ => (
                        lo.span.start,
                        !(is_score(text, from, lo, hi)
                            || gap.len() == 1
                                && lo.kind() == Kind::Number
                                && hi.kind() == Kind::Number
                                && hi.span.of(text).starts_with(char::is_uppercase)),
                    ),
                },
                // "the period March 16 to 31 to 900 mln marks": an end starts no range.
                Sep::To if after_range_end(text, from, lo.span.start) => (0, false),
                // "cut net income by 20 mln dlrs to 226.4 mln": a change, then a level.
                Sep::To => match before() {
                    // "rose from 2.6% to 10.4%": an amount that moved, from a level to
                    // another; "sales fell from January to March" tells a period.
                    Some(Word::From(s)) => (
                        s,
                        !(amount(lo) && amount(hi) && moved_before(text, from, s)),
                    ),
                    Some(Word::By) => (lo.span.start, !change_then_level(lo, hi)),
                    // "slipped one ct to 1.15 dlrs"; but "rose 5 to 7 pct", whose start
                    // borrows its end's unit, is a range.
                    // "the claimant total fell 11,000 to 813,200", "fell 20 to 1,260 yen": a
                    // change, then a level; but "has risen three to four billion dlrs", whose
                    // start borrows its end's scale word, is a range.
                    Some(Word::Moved) => {
                        let bare = matches!(lo.data, Data::Number { unit: None, .. })
                            && !(scale_in(lo.span.of(text)).is_none()
                                && scale_in(hi.span.of(text)).is_some());
                        (
                            lo.span.start,
                            !((states_unit(lo, text) || bare) && change_then_level(lo, hi)),
                        )
                    }
                    // A change and the level it reached, its verb left out in a list of
                    // moves: "and silver 22.5 cents to 6.86 dlrs", "and Pan Am 1/8 to
                    // 4-5/8"; but "15 dlrs to 19 dlrs a barrel" is a range.
                    _ => (
                        lo.span.start,
                        !((matches!(lo.data, Data::Money { .. })
                            && states_unit(lo, text)
                            && scale_in(lo.span.of(text)) == scale_in(hi.span.of(text))
                            || bare_numbers(lo, hi)
                                && (lo.span.of(text).contains('/')
                                    || mixed_fraction(hi.span.of(text))))
                            && change_then_level(lo, hi)),
                    ),
                },
                Sep::And => match before() {
                    Some(Word::Between(s)) => (s, true),
                    _ => (0, false),
                },
                // The number finder reads an offer after a slash only where it quotes a price
                // with the bid before it (`number`'s two-way prices).
                Sep::Slash => (lo.span.start, lo.kind() == Kind::Number),
            };
            if !ok {
                continue;
            }
            if let Some(data) = pair(&lo.data, &hi.data, sep, gap, text, lo.span, hi.span) {
                // "$10-25m": the range takes in the multiplier glued to its upper end.
                let end = match (&lo.data, &hi.data) {
                    (Data::Money { .. }, Data::Number { .. }) => glued_scale(text, hi.span.end)
                        .map_or(hi.span.end, |(glued, _)| hi.span.end + glued.len()),
                    _ => hi.span.end,
                };
                found.push(Value {
                    span: Span::new(start, end),
                    qualifier: lo.qualifier.or(hi.qualifier),
                    data,
                });
            }
        }
    }
    out.append(found);
}

/// Whether "by `lo` to `hi`" gives a change and the level it reached, not a range of
/// changes: the level is many times the change ("cut net income by 20 mln dlrs to 226.4
/// mln", "lowered its price by 20 dlrs to 2,160 dlrs"), where "raised by 15 to 19 pct" is a
/// range.
fn change_then_level(lo: &Value, hi: &Value) -> bool {
    let amount = |v: &Value| match v.data {
        Data::Number { value, .. } | Data::Percent(value) => Some(value),
        Data::Money { amount, .. } => Some(amount),
        _ => None,
    };
    match (amount(lo), amount(hi)) {
        (Some(a), Some(b)) => a > 0.0 && b > 4.0 * a,
        _ => false,
    }
}

/// Whether the word "and" follows byte `at` past spaces.
fn followed_by_and(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|t| {
        let t = t.trim_start();
        t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("and"))
            && !t[3..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Whether a number lies inside money or a percentage that starts before it ("1.64" of
/// "$1.64").
fn inside_amount(candidates: &[Value], span: Span) -> bool {
    candidates.iter().any(|v| {
        v.span.start < span.start
            && span.end <= v.span.end
            && matches!(v.kind(), Kind::Money | Kind::Percent)
    })
}

/// Whether the word "to" right after a number stands before byte `at`: the value at `at`
/// ends a range or a change ("March 16 to 31 to 900 mln marks"). Bytes before `from` are
/// not read.
fn after_range_end(text: &str, from: usize, at: usize) -> bool {
    match word_before(text, from, at) {
        Some((start, w)) if w.eq_ignore_ascii_case("to") => text
            .get(from..start)
            .is_some_and(|h| h.trim_end().ends_with(|c: char| c.is_ascii_digit())),
        _ => false,
    }
}

/// Whether `v` is an amount: a number, a percentage, money or a duration, not a date or a
/// time.
fn amount(v: &Value) -> bool {
    matches!(
        v.kind(),
        Kind::Number | Kind::Percent | Kind::Money | Kind::Duration
    )
}

/// Whether a number's text is a whole number and a fraction, as stock prices are written
/// ("4-5/8").
fn mixed_fraction(text: &str) -> bool {
    text.split_once('-')
        .is_some_and(|(whole, fraction)| !whole.is_empty() && fraction.contains('/'))
}

/// Whether both ends are numbers, the first with no unit ("fell 11,000 to 813,200").
fn bare_numbers(lo: &Value, hi: &Value) -> bool {
    matches!(lo.data, Data::Number { unit: None, .. }) && matches!(hi.data, Data::Number { .. })
}

/// Whether money or a percentage `v` writes its own unit ("one ct", "$5", "3 pct"), not one
/// lent by the other end of a range.
fn states_unit(v: &Value, text: &str) -> bool {
    matches!(v.data, Data::Money { .. } | Data::Percent(_))
        && v.span
            .of(text)
            .chars()
            .any(|c| !(c.is_ascii_digit() || c == '.' || c == ','))
}

/// Whether `v` is a date, or a whole number that may be a year ("from 2003 to 2005").
fn year_like(v: &Value) -> bool {
    match v.data {
        Data::Date(_) => true,
        Data::Number { value, .. } => value.fract() == 0.0 && (1000.0..=2100.0).contains(&value),
        _ => false,
    }
}

/// Whether a verb of movement stands before byte `at`, or before an "on" there: "rose on
/// June 3", "fell March 4".
fn moved_before(text: &str, from: usize, at: usize) -> bool {
    let at = match word_before(text, from, at) {
        Some((start, word)) if word.eq_ignore_ascii_case("on") => start,
        _ => at,
    };
    matches!(preceding_word(text, from, at), Some(Word::Moved))
}

/// The date among `candidates` that covers `span` and more ("in 2003", "April 1"; not "1/8",
/// a fraction as well as a day).
fn date_around(candidates: &[Value], span: Span) -> Option<&Value> {
    candidates.iter().find(|v| {
        v.span.start <= span.start
            && span.end <= v.span.end
            && v.span != span
            && v.kind() == Kind::Date
    })
}

/// "10-20 February", "27-28 November 2004": the range of days `lo` to `hi` of the month
/// named one space after `hi` (`date_at` gives the date that starts at a byte), with the end
/// of that month's value.
fn days_before_month<'v>(
    date_at: impl Fn(usize) -> Option<&'v Value>,
    lo: &Value,
    hi: &Value,
    sep: Sep,
) -> Option<(Data, usize)> {
    let day = |v: &Value| match v.data {
        Data::Number { value, unit: None }
            if value.fract() == 0.0 && (1.0..=31.0).contains(&value) =>
        {
            Some(value as i8)
        }
        _ => None,
    };
    let (first, last) = (day(lo)?, day(hi)?);
    if sep != Sep::Dash || first >= last {
        return None;
    }
    let month = date_at(hi.span.end + 1)?;
    let (start, end) = match month.data {
        Data::Date(Date::Month { year, month }) => (
            Date::Day(civil::Date::new(year, month, first).ok()?),
            Date::Day(civil::Date::new(year, month, last).ok()?),
        ),
        Data::Date(Date::YearlessMonth { month }) => (
            Date::YearlessDay { month, day: first },
            Date::YearlessDay { month, day: last },
        ),
        _ => return None,
    };
    let range = Data::Range(Box::new(Data::Date(start)), Box::new(Data::Date(end)));
    Some((range, month.span.end))
}

/// "June 3 to 6": the range from `date`, a day ending with the number at `day_span`, to the
/// later day of its month that `hi` counts.
fn later_day_of_month(date: &Value, day_span: Span, hi: &Value) -> Option<Data> {
    let (Data::Date(Date::Day(first)), Data::Number { value, unit: None }) = (&date.data, &hi.data)
    else {
        return None;
    };
    if date.span.end != day_span.end || value.fract() != 0.0 || *value > 31.0 {
        return None;
    }
    let last = first.with().day(*value as i8).build().ok()?;
    (last > *first).then(|| {
        Data::Range(
            Box::new(Data::Date(Date::Day(*first))),
            Box::new(Data::Date(Date::Day(last))),
        )
    })
}

/// An endpoint's place in the pairing order: its start, its end (longest first), its index
/// among the candidates.
type Key = (usize, std::cmp::Reverse<usize>, usize);

fn key(k: usize, v: &Value) -> Key {
    (v.span.start, std::cmp::Reverse(v.span.end), k)
}

fn endpoint_kind(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Number | Kind::Percent | Kind::Money | Kind::Duration | Kind::Date | Kind::Time
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Dash,
    To,
    And,
    /// A slash between the bid and the offer of a two-way price ("563/567 dlrs").
    Slash,
}

/// Whether a separator ([`separator`]) may stand in the gap after byte `at`: past spaces,
/// the gap holds a hyphen, a separating word, or a non-ASCII byte (a dash, or a space
/// `str::trim` also strips). A filter read off the bytes, where most values are followed by
/// none of these: the gap is at most ten bytes long (the pairing loop looks no further).
fn may_separate(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // Most values are followed by a space and a word that opens on another letter or a digit:
    // told by two bytes.
    if let (Some(b' '), Some(&c)) = (bytes.get(at), bytes.get(at + 1))
        && c.is_ascii_alphanumeric()
        && !matches!(c, b't' | b'T' | b'u' | b'U' | b'a' | b'A')
    {
        return false;
    }
    let gap = bytes.get(at..bytes.len().min(at + 10)).unwrap_or(&[]);
    // `\x0B` is whitespace to `str::trim` but not to `u8::is_ascii_whitespace`.
    let Some(first) = gap
        .iter()
        .position(|&b| !(b.is_ascii_whitespace() || b == 0x0B))
    else {
        return false;
    };
    let rest = &gap[first..];
    // The separating words, by their first letter: most words start with another.
    let word_is = |words: &[&str]| {
        let len = rest
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        words
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
    };
    match rest {
        [b'-' | b'/', ..] => true,
        [b, ..] if *b >= 0x80 => true,
        [b't' | b'T' | b'u' | b'U', ..] => word_is(TO_WORDS),
        [b'a' | b'A', ..] => word_is(&["and"]),
        _ => false,
    }
}

/// The words that join a range's ends as "to" does ([`Sep::To`]).
const TO_WORDS: &[&str] = &["to", "through", "thru", "until", "till"];

/// The separator a gap between two values holds, if it is one.
fn separator(gap: &str) -> Option<Sep> {
    let g = gap.trim();
    if g.len() > 8 {
        return None;
    }
    match g {
        "-" | "–" | "—" | "‒" => Some(Sep::Dash),
        "/" if gap == "/" => Some(Sep::Slash),
        _ if TO_WORDS.iter().any(|w| g.eq_ignore_ascii_case(w)) => {
            // Words need spaces around them: "5to7" is not English.
            (gap.starts_with(char::is_whitespace) && gap.ends_with(char::is_whitespace))
                .then_some(Sep::To)
        }
        _ if g.eq_ignore_ascii_case("and") => (gap.starts_with(char::is_whitespace)
            && gap.ends_with(char::is_whitespace))
        .then_some(Sep::And),
        _ => None,
    }
}

enum Word {
    /// "from" starting at this byte.
    From(usize),
    /// "between" starting at this byte.
    Between(usize),
    /// "by": a change follows, whose end needs no start.
    By,
    /// A verb of movement ("slipped", "gained"): a change may follow, as after "by".
    Moved,
}

/// Verbs after which an amount with its own unit is a change: "slipped one ct to 1.15 dlrs",
/// "gained 625.5 mln dlrs to 63.8 billion dlrs".
const MOVED: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "fell",
    "fallen",
    "falling",
    "gained",
    "gaining",
    "lost",
    "losing",
    "slipped",
    "added",
    "adding",
    "raised",
    "cut",
    "increased",
    "decreased",
    "dropped",
    "climbed",
    "eased",
    "jumped",
    "declined",
    "advanced",
    "improved",
    "firmed",
    "shed",
    "reduced",
    "lowered",
    "rise",
    "rises",
    "fall",
    "falls",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "increase",
    "increases",
    "jumps",
    "climbs",
    "soared",
    "surged",
    "plunged",
    "slumped",
    "tumbled",
    "widened",
    "narrowed",
    "boosted",
    "up",
    "down",
];

/// Whether `word` (any case) is a verb of movement ([`MOVED`]): one hashed lookup of its
/// lowercased form, where comparing it with each verb in turn cost more than the rest of the
/// pairing.
fn is_moved(word: &str) -> bool {
    let mut buf = [0u8; 16];
    super::number::lower(word, &mut buf).is_some_and(|w| super::vocab::word_set!(w, in MOVED))
}

/// "from", "between", "by" or a verb of movement right before byte `at`, with its start.
fn preceding_word(text: &str, from: usize, at: usize) -> Option<Word> {
    let (start, word) = word_before(text, from, at)?;
    if word.eq_ignore_ascii_case("from") {
        Some(Word::From(start))
    } else if word.eq_ignore_ascii_case("between") {
        Some(Word::Between(start))
    } else if word.eq_ignore_ascii_case("by") {
        Some(Word::By)
    } else if is_moved(word) {
        Some(Word::Moved)
    } else {
        None
    }
}

/// The letters right before byte `at` (past spaces, not before byte `from`), with their start.
fn word_before(text: &str, from: usize, at: usize) -> Option<(usize, &str)> {
    let head = text.get(from..at)?.trim_end();
    // ASCII letters back to an ASCII byte, as most words are: read as bytes. Only where a
    // byte of another character stops them are the characters decoded.
    let bytes = head.as_bytes();
    let ascii = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let mut start = bytes.len() - ascii;
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    }
    Some((from + start, head.get(start..)?))
}

/// Whether "`lo`-`hi`", two small whole numbers a dash joins with no space, is a score, a
/// tally or a code, not a range: one of a row of sets that a win, a falling pair, shows ("6-3 4-6
/// 6-1", "6-7 (4-7) 6-2", "3-1 0-30"; tables of rising ranges, "LEAD 8-12 12-15", stay ranges), a
/// result between two names ("Italy 8-38 Wales"), a result a word of winning tells ("won 2-1
/// in Paris", "ruled 5-4", "a 3-0 win", "from 0-2 down"), a line-up ("the 2-3-2 scrum",
/// "Lotus 1-2-3"), or a model's code after its maker ("Boeing 737-800").
/// "won 10-12 seats" counts seats: a lowercase word after a result is what it counts.
fn is_score(text: &str, from: usize, lo: &Value, hi: &Value) -> bool {
    let (Some(gap), Some(head), Some(tail)) = (
        text.get(lo.span.end..hi.span.start),
        text.get(from..lo.span.start),
        text.get(hi.span.end..),
    ) else {
        return false;
    };
    let (Some(a), Some(b)) = (small(lo.span.of(text)), small(hi.span.of(text))) else {
        return false;
    };
    if !(gap == "-" || gap == "\u{2013}") {
        return false;
    }
    let chained = head.ends_with('-')
        && head[..head.len() - 1].ends_with(|c: char| c.is_ascii_digit())
        || tail.starts_with('-') && tail[1..].starts_with(|c: char| c.is_ascii_digit());
    let sets = sets_before(head).chain([(a, b)]).chain(sets_after(tail));
    let row = a < 100 && b < 100 && sets.clone().nth(1).is_some();
    // A falling pair shows a win; a row of tennis sets, each won with six or seven games,
    // is one however it is read ("lost 1-6, 4-6").
    let row_won = row
        && (sets.clone().any(|(x, y)| x > y)
            || sets
                .clone()
                .all(|(x, y)| x != y && matches!(x.max(y), 6 | 7)));
    let before = word_before(text, from, lo.span.start).map(|(_, w)| w);
    let next = next_word(tail);
    let title_case =
        |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(|c| c.is_lowercase());
    let between_names =
        head.ends_with(' ') && before.is_some_and(title_case) && next.is_some_and(title_case);
    let told = before.is_some_and(|w| RESULT_VERBS.contains(&w))
        && next.is_none_or(|w| w.starts_with(char::is_uppercase) || AFTER_RESULT.contains(&w));
    // "from 0-2 down", "2-0 up", but not "158-160 down 2", a price and its change.
    let down = next.is_some_and(|w| {
        (w == "down" || w == "up")
            && !tail[1 + w.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    });
    let named = down || next.is_some_and(|w| RESULT_NOUNS.contains(&w));
    // "odds of 6-9", "odds 11-2".
    let odds = before.is_some_and(|w| {
        w.eq_ignore_ascii_case("odds")
            || w.eq_ignore_ascii_case("of")
                && word_before(text, from, lo.span.start)
                    .and_then(|(start, _)| word_before(text, from, start))
                    .is_some_and(|(_, w)| w.eq_ignore_ascii_case("odds"))
    });
    // "the 9-11 Commission": a name (not "the 4-6 March meeting").
    let name = before.is_some_and(|w| ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)))
        && next.is_some_and(|w| title_case(w) && !is_month(w));
    // A model's code: "Boeing 737-800", "ATR 72-500".
    let model = b % 100 == 0
        && a % 10 != 0
        && before.is_some_and(|w| w.len() > 1 && w.starts_with(char::is_uppercase));
    chained || row_won || between_names || told || named || model || odds || name
}

/// Whether a word names a month ("March", "Sept").
fn is_month(w: &str) -> bool {
    let mut buf = [0u8; 16];
    super::number::lower(w, &mut buf).is_some_and(|w| super::calendar::month_of(w).is_some())
}

/// Verbs that a score follows: "won 2-1", "drew 1-1", "ruled 5-4". Lowercase, as running text
/// writes them ("LEAD 8-12" in a table is a metal and its range).
const RESULT_VERBS: &[&str] = &[
    "won", "win", "wins", "winning", "beat", "beats", "beating", "defeated", "lost", "lose",
    "loses", "losing", "drew", "draw", "drawing", "led", "lead", "leads", "leading", "trailed",
    "trail", "trailing", "edged", "thrashed", "crushed", "routed", "level", "ruled", "voted", "go",
    "goes", "went", "going",
];

/// Nouns a score qualifies: "a 3-0 win".
const RESULT_NOUNS: &[&str] = &[
    "win",
    "victory",
    "defeat",
    "loss",
    "lead",
    "draw",
    "scoreline",
    "success",
    "triumph",
    "thrashing",
    "margin",
    "vote",
    "decision",
    "majority",
    "aggregate",
];

/// Lowercase words that may follow a score that a verb of winning tells ("won 2-1 in
/// Paris"), besides the [`RESULT_NOUNS`] that make any pair a score; any other lowercase word
/// is what a range counts ("won 10-12 seats").
const AFTER_RESULT: &[&str] = &[
    "in", "on", "at", "against", "with", "after", "before", "for", "to", "and", "but", "as",
    "over", "the", "a", "thanks", "when", "while", "despite", "since",
];

/// The value of a number of at most three digits.
fn small(digits: &str) -> Option<u16> {
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The games (or points) of one side of a set: at most two digits ("950-100" in a table is
/// no set).
fn set_games(digits: &str) -> Option<u16> {
    small(digits).filter(|&n| n < 100)
}

/// The word that starts `tail` past one space, if a letter starts it.
fn next_word(tail: &str) -> Option<&str> {
    let rest = tail.strip_prefix(' ')?;
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// The scores in a row at the start of `tail`, each after a space, a tie-break in brackets:
/// " 6-2 6-3", " (4-7) 6-2", ") 6-2" (the bracket of the tie-break before).
fn sets_after(tail: &str) -> impl Iterator<Item = (u16, u16)> + Clone + '_ {
    let mut rest = tail.strip_prefix(')').unwrap_or(tail);
    std::iter::from_fn(move || {
        // Sets are parted by a space, a comma or both ("6-4 3-6", "6-4, 3-6", "1-6,4-6").
        let t = match rest.strip_prefix(',') {
            Some(t) => t.strip_prefix(' ').unwrap_or(t),
            None => rest.strip_prefix(' ')?,
        };
        let (t, bracket) = match t.strip_prefix('(') {
            Some(t) => (t, true),
            None => (t, false),
        };
        // A tie-break may be written "(6/8)". The games before the dash are one to three
        // digits, so the dash is read right after the digits that open `t`, not searched for
        // in the rest of the paragraph.
        let dash = t.bytes().position(|b| !b.is_ascii_digit())?;
        if !(1..=3).contains(&dash) || !is_dash(t.as_bytes()[dash], bracket) {
            return None;
        }
        let end = t[dash + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(t.len(), |k| dash + 1 + k);
        let set = (set_games(&t[..dash])?, set_games(&t[dash + 1..end])?);
        let t = &t[end..];
        let t = if bracket { t.strip_prefix(')')? } else { t };
        // A set ends at a space, a mark or the end: not "61-1/2", "3-4%" or "1-2-3".
        if t.starts_with(|c: char| c.is_alphanumeric() || "%/.-".contains(c)) {
            return None;
        }
        rest = t;
        Some(set)
    })
}

/// Whether byte `b` is the dash of a set: "-", or "/" in a tie-break's brackets ("(6/8)").
fn is_dash(b: u8, bracket: bool) -> bool {
    b == b'-' || bracket && b == b'/'
}

/// The scores in a row at the end of `head`, each before a space, a tie-break in brackets:
/// "6-3 4-6 ", "6-7 (" (the bracket of the tie-break that follows).
fn sets_before(head: &str) -> impl Iterator<Item = (u16, u16)> + Clone + '_ {
    let mut rest = head.strip_suffix('(').unwrap_or(head);
    std::iter::from_fn(move || {
        let h = match rest.strip_suffix(' ') {
            Some(h) => h.strip_suffix(',').unwrap_or(h),
            None => rest.strip_suffix(',')?,
        };
        let (h, bracket) = match h.strip_suffix(')') {
            Some(h) => (h, true),
            None => (h, false),
        };
        // The games after the dash are one to three digits, so the dash is read right before
        // the digits that end `h`, not searched for in the rest of the paragraph.
        let games = h.bytes().rev().take_while(u8::is_ascii_digit).count();
        let dash = h.len().checked_sub(games + 1)?;
        if !(1..=3).contains(&games) || !is_dash(h.as_bytes()[dash], bracket) {
            return None;
        }
        let start = h[..dash]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |k| k + 1);
        let set = (set_games(&h[start..dash])?, set_games(&h[dash + 1..])?);
        let h = &h[..start];
        let h = if bracket { h.strip_suffix('(')? } else { h };
        if h.ends_with(|c: char| c.is_alphanumeric() || "/.-".contains(c)) {
            return None;
        }
        rest = h;
        Some(set)
    })
}

/// The range of two candidates, lifting a bare number to the other end's kind.
fn pair(
    lo: &Data,
    hi: &Data,
    sep: Sep,
    gap: &str,
    text: &str,
    lo_span: Span,
    hi_span: Span,
) -> Option<Data> {
    let digits4 = |span: Span| {
        let s = span.of(text);
        s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
    };
    let range = |a: Data, b: Data| Some(Data::Range(Box::new(a), Box::new(b)));
    match (lo, hi) {
        // Years: "1950-1953", "1950-53", "between 1950 and 1953", "in 1950-53". A short
        // later year counts nothing, whatever noun follows ("the 2000-01 season").
        (
            Data::Number {
                value: a,
                unit: None,
            },
            Data::Number { value: b, unit },
        ) if digits4(lo_span)
            && (1000.0..=2100.0).contains(a)
            && (unit.is_none() || !digits4(hi_span)) =>
        {
            let b = end_year(*a as i16, *b, digits4(hi_span), hi_span, sep, gap)?;
            range(Data::Date(Date::Year(*a as i16)), Data::Date(Date::Year(b)))
        }
        (Data::Date(Date::Year(a)), Data::Number { value: b, unit })
            if unit.is_none() || !digits4(hi_span) =>
        {
            let b = end_year(*a, *b, digits4(hi_span), hi_span, sep, gap)?;
            range(lo.clone(), Data::Date(Date::Year(b)))
        }
        // "between 1.1 and 1.5 million", "between six and seven billion marks": the scale word
        // of the upper end covers both, and a bare lower end is in the upper end's currency.
        (
            Data::Number {
                value: a,
                unit: None,
            },
            Data::Number { value: b, .. } | Data::Money { amount: b, .. },
        ) => {
            let a = lower_end(*a, lo_span.of(text), *b, hi_span.of(text), sep)?;
            let lower = match hi {
                Data::Money { currency, .. } => Data::Money {
                    amount: a,
                    currency: currency.clone(),
                },
                _ => Data::Number {
                    value: a,
                    unit: None,
                },
            };
            (a < *b).then(|| range(lower, hi.clone()))?
        }
        (
            Data::Number {
                value: a,
                unit: None,
            },
            Data::Percent(b),
        ) => (a < b).then(|| range(Data::Percent(*a), hi.clone()))?,
        // "$30-35": the bare upper end is in the lower end's currency; "$10-25m", with a
        // multiplier glued to the upper end (which the number alone reads as a unit, metres),
        // and "$1.5-2.5bn", with the upper end's own, scale both.
        (
            Data::Money {
                amount: a,
                currency,
            },
            Data::Number { value: b, unit },
        ) if sep == Sep::Dash && gap.len() == 1 => {
            let (a, b) = match (scale_in(hi_span.of(text)), glued_scale(text, hi_span.end)) {
                (Some(_), _) if unit.is_none() => {
                    (lent_scale(*a, lo_span.of(text), *b, hi_span.of(text))?, *b)
                }
                (None, Some((glued, f))) => {
                    (lent_scale(*a, lo_span.of(text), b * f, glued)?, b * f)
                }
                (None, None) if unit.is_none() && !glued_letter(text, hi_span.end) => (
                    thousands_unsaid(*a, lo_span.of(text), *b, hi_span.of(text), sep),
                    *b,
                ),
                _ => return None,
            };
            (a < b).then(|| {
                range(
                    Data::Money {
                        amount: a,
                        currency: currency.clone(),
                    },
                    Data::Money {
                        amount: b,
                        currency: currency.clone(),
                    },
                )
            })?
        }
        (
            Data::Number {
                value: a,
                unit: None,
            },
            Data::Duration(d),
        ) if d.parts.len() == 1 => {
            let (b, unit) = d.parts[0];
            (*a < b).then(|| {
                range(
                    Data::Duration(Duration {
                        parts: vec![(*a, unit)],
                    }),
                    hi.clone(),
                )
            })?
        }
        // "20-30 January", "from 10 to 12 June": a day before a date that opens with its day,
        // as British copy writes a span of days.
        (
            Data::Number {
                value: a,
                unit: None,
            },
            Data::Date(end),
        ) if a.fract() == 0.0
            && (1.0..=31.0).contains(a)
            && hi_span.of(text).starts_with(|c: char| c.is_ascii_digit()) =>
        {
            let first = *a as i8;
            let start = match *end {
                Date::Day(last) if first < last.day() => {
                    Date::Day(last.with().day(first).build().ok()?)
                }
                Date::YearlessDay { month, day } if first < day => {
                    Date::YearlessDay { month, day: first }
                }
                _ => return None,
            };
            range(Data::Date(start), hi.clone())
        }
        (Data::Percent(a), Data::Percent(b)) if a < b => range(lo.clone(), hi.clone()),
        // "$1.3 to $1.5bn": the scale word of the upper end covers both.
        (
            Data::Money {
                amount: a,
                currency: ca,
            },
            Data::Money {
                amount: b,
                currency: cb,
            },
        ) if ca == cb => {
            let a = lower_end(*a, lo_span.of(text), *b, hi_span.of(text), sep)?;
            (a < *b).then(|| {
                range(
                    Data::Money {
                        amount: a,
                        currency: ca.clone(),
                    },
                    hi.clone(),
                )
            })?
        }
        (Data::Duration(a), Data::Duration(b)) if a.seconds() < b.seconds() => {
            range(lo.clone(), hi.clone())
        }
        // A period names its own span ("March 7 - Six months to December 31" is a dateline
        // and a period, not a range).
        (Data::Date(Date::Period { .. }), _) | (_, Data::Date(Date::Period { .. })) => None,
        // "from March 30 to April 4" read with April 4 as last year's: the end whose year
        // the text does not state is the next one after the start; where it states it,
        // "April-Sept 1986": the start, then, is the year before.
        // "between February this year and February 1986" states both years: a range between
        // two dates holds whatever their order.
        (Data::Date(a), Data::Date(b))
            if inverted(a, b)
                && sep == Sep::And
                && states_year(lo_span.of(text))
                && states_year(hi_span.of(text)) =>
        {
            range(hi.clone(), lo.clone())
        }
        (Data::Date(a), Data::Date(b)) if inverted(a, b) => {
            let (start, end) = if states_year(hi_span.of(text)) {
                (
                    shift_year(a, -1).filter(|_| !states_year(lo_span.of(text)))?,
                    *b,
                )
            } else {
                (*a, shift_year(b, 1)?)
            };
            if inverted(&start, &end) {
                return None;
            }
            range(Data::Date(start), Data::Date(end))
        }
        (Data::Date(_), Data::Date(_)) | (Data::Time(_), Data::Time(_)) => {
            range(lo.clone(), hi.clone())
        }
        _ => None,
    }
}

/// Whether date `b` ends before `a` begins: a range so read has its end's year wrong
/// ("between yesterday and April 30" with April 30 taken as last year's).
fn inverted(a: &Date, b: &Date) -> bool {
    match (a, b) {
        (Date::Day(a), Date::Day(b)) => b < a,
        (
            Date::Month {
                year: ya,
                month: ma,
            },
            Date::Month {
                year: yb,
                month: mb,
            },
        ) => (yb, mb) < (ya, ma),
        (Date::Year(a), Date::Year(b)) => b < a,
        _ => false,
    }
}

/// The same day or month `years` years later.
fn shift_year(date: &Date, years: i16) -> Option<Date> {
    match *date {
        Date::Day(d) => d
            .checked_add(jiff::Span::new().years(years))
            .ok()
            .map(Date::Day),
        Date::Month { year, month } => Some(Date::Month {
            year: year + years,
            month,
        }),
        _ => None,
    }
}

/// Whether a date's text states its year: four digits in a row, or a year counted from the
/// reference ("February this year", "June last year").
fn states_year(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    text.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() == 4)
        || ["this year", "last year", "next year"]
            .iter()
            .any(|y| lower.contains(y))
}

/// The multiplier of a scale word ending a number's text ("1.5 million").
fn scale_of(text: &str) -> Option<f64> {
    const SCALES: &[(&str, f64)] = &[
        ("thousand", 1e3),
        ("k", 1e3),
        ("million", 1e6),
        ("mln", 1e6),
        ("mn", 1e6),
        ("m", 1e6),
        ("billion", 1e9),
        ("bln", 1e9),
        ("bn", 1e9),
        ("b", 1e9),
        ("trillion", 1e12),
        ("tn", 1e12),
    ];
    let last = text.rsplit(|c: char| !c.is_alphabetic()).next()?;
    SCALES
        .iter()
        .find(|(w, _)| last.eq_ignore_ascii_case(w))
        .map(|&(_, f)| f)
}

/// The multiplier of the first scale word among the words of an amount's text ("bn" of
/// "$1.5bn", "billion" of "seven billion marks").
fn scale_in(text: &str) -> Option<f64> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .find_map(scale_of)
}

/// The ASCII letters glued to the end of a number at byte `at` ("m" in "25m"), where they are
/// a scale word, with its factor.
fn glued_scale(text: &str, at: usize) -> Option<(&str, f64)> {
    let rest = text.get(at..)?;
    let glued = &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    scale_of(glued).map(|f| (glued, f))
}

/// Whether a letter touches byte `at` (a number glued to a word that is no scale: "25kg").
fn glued_letter(text: &str, at: usize) -> bool {
    text.get(at..)
        .is_some_and(|t| t.starts_with(|c: char| c.is_alphabetic()))
}

/// The lower end `a` of a range with text `lo`, scaled by the scale word of the upper end
/// `b` (text `hi`) where it has none and the scaled end is still the lower ("six to seven
/// billion marks", "$1.3 to $1.5bn"). Unscaled, it must be within a tenth of `b`
/// ("127,000 to 1.0 mln dlrs"): "calendar 1988 to 2.4 mln tonnes" is a year and a level.
fn lent_scale(a: f64, lo: &str, b: f64, hi: &str) -> Option<f64> {
    match (scale_in(lo), scale_in(hi)) {
        (None, Some(f)) if a * f < b => Some(a * f),
        (None, Some(_)) => (b <= 10.0 * a).then_some(a),
        _ => Some(a),
    }
}

/// The lower end `a` of a range with text `lo` as its upper end `b` (text `hi`) reads it:
/// in thousands left unsaid ([`thousands_unsaid`]) and scaled by the upper end's scale word
/// ([`lent_scale`]).
fn lower_end(a: f64, lo: &str, b: f64, hi: &str, sep: Sep) -> Option<f64> {
    lent_scale(thousands_unsaid(a, lo, b, hi, sep), lo, b, hi)
}

/// The lower end `a` of a dashed range with text `lo`, in thousands where the upper end `b`
/// (text `hi`) is written in whole thousands and the lower in up to three digits that are
/// then at most four times smaller ("75-100,000 bpd", "between $50-100,000"); as written
/// otherwise ("400-1,000 billion yen", "1-10,000").
fn thousands_unsaid(a: f64, lo: &str, b: f64, hi: &str, sep: Sep) -> f64 {
    let lo_digits = lo.trim_start_matches(|c: char| !c.is_ascii_digit());
    let short = (1..=3).contains(&lo_digits.len()) && lo_digits.bytes().all(|c| c.is_ascii_digit());
    let whole_thousands = hi
        .trim_end_matches(|c: char| !c.is_ascii_digit())
        .ends_with(",000");
    let thousands = a * 1000.0;
    match sep == Sep::Dash && short && whole_thousands && thousands < b && b <= 4.0 * thousands {
        true => thousands,
        false => a,
    }
}

/// The later year of a year range: four digits, two after a tight dash ("1950-53", "1999-00"
/// for the next year), or one for the next year ("2000-1", as a season or a financial year is
/// written).
fn end_year(a: i16, b: f64, four_digits: bool, hi_span: Span, sep: Sep, gap: &str) -> Option<i16> {
    let tight = sep == Sep::Dash && !gap.contains(' ');
    let b = if four_digits {
        b as i16
    } else if hi_span.len() == 2 && tight {
        // The next year's two digits are the next year, into the next century too: "1999-00".
        if b as i16 == (a + 1) % 100 {
            a + 1
        } else {
            a - a % 100 + b as i16
        }
    } else if hi_span.len() == 1 && tight && b as i16 == (a + 1) % 10 {
        a + 1
    } else {
        return None;
    };
    (b > a && b <= 2100).then_some(b)
}
