//! Times of day, with the day and zone the text or the reference gives them.
//!
//! A time with no day takes the reference's: a publication date as it is ("met at 7:09 a.m."
//! on 2023-09-13 is 2023-09-13T07:09), a reference instant by the nearest occurrence the tense
//! points to (with the future, "at 3am" said at 04:30 is tomorrow's; as Duckling, the hour
//! decides, so "4:23" at 04:30 is still today). An hour from 1 to 12 with no a.m./p.m. and no
//! part of day is read as written against a date, and as the nearer of its two readings
//! against an instant ("3:30" at 04:30 looking ahead is 15:30).
//!
//! A zone named after the time ("Moscow time", "GMT", "UTC+3") goes into `zone`; the clock
//! reading stays as written, so the instant is that wall time in that zone.
//!
//! The finder visits the date index's starts (`date::index`), and none in a paragraph without
//! digits, a number or a named hour: every clock holds one. A phrase that no day opens is read
//! only where one of those lies close enough ahead for its clock (`clock_near`), and one that
//! opens on "this", "in", "a" or "the" only before the word it needs next ("this morning", "a
//! quarter", `may_open`). A number that opens a phrase with nothing before it is a time only
//! through what follows it (a.m./p.m., a part of day, a zone, minutes, a day only with a part
//! of the day after it: "9 tomorrow morning"); most numbers are followed by a mark or an
//! ordinary word, and are turned away on that next token before any clock is read
//! (`may_open_bare`).
//!
//! # Grammar
//!
//! - clock: 7:09; 15:00; 15:23:24; 15h00; 3h18; 15h (at 15h); 1030 (after "at" or "around";
//!   three digits only with a.m./p.m., a part of day, a zone or a day: 330 p.m.; tomorrow at
//!   150ish; not "at 126" nor "At 101, he chuckles");
//!   four digits before a zone, a 24-hour clock as wires write it: 1800 GMT; at 0950 GMT;
//!   (0025 GMT); with the military "hours" after "at" or a day, or before a zone: at 0940
//!   hrs; 1052 hrs EST; hours and minutes with a dot, British style, only before a.m., p.m. or
//!   a zone, since they read as a decimal too: 9.30am; 6.30 pm; 10.15 GMT (not "closed at
//!   10.15")
//! - a.m./p.m.: 7:09 a.m.; 12:23 p.m.; 3pm; 3 PM; 3:18a; 3:30 p m; 330 p.m.;
//!   nine fifty nine a m; seven thirty p.m.; 3 oclock am; 3 o'clock; 3ish pm; a bare "3p"
//!   after "at" or alone (in running text "lost 10p" is pence)
//! - not a clock: digits that go on as a number (at 1746.0; at 145.15/20; at 101-3/4;
//!   estimated at 900,000; 14:39.29); pence (at 925p); a named hour capitalised within a
//!   sentence (Jamie Noon; Midnight Express); a bare hour past 12 with no zone (manager at
//!   19; adults at 18), as English writes such an hour with its minutes; an hour before
//!   minutes (half after 22 minutes); a bare number after a name, a capitalised word within a
//!   sentence or an acronym (on Radio 1 this morning; BBC One Saturday morning show)
//! - named: noon; midday; mid day; midnight
//! - past and to: half past three; a quarter past 3pm; 20 past 3pm; twenty after 3pm;
//!   15 minutes past noon; a quarter to noon; 20 minutes to 2pm; 15 minutes from 1pm;
//!   half three (3:30); a bare count before "to", "after" or "from" only after "at" or
//!   before a marked hour: at ten to four (not "aged 10 to 13", "voted 13 to 11", "aimed at
//!   11 to 14-year-olds")
//! - part of day: 3 in the morning; 3 o'clock in the afternoon; 8 tonight; 8 this evening;
//!   this morning at 10; tonight at 11; in the evening at eight
//! - with a day: tomorrow at 5pm; on Friday at 3:30; 3pm tomorrow; at 9am on Saturday;
//!   Saturday morning at 9; at 7:30 PM on Fri, Sep 20; Fri, Jul 18, 2014 07:00 PM;
//!   4/25 at 4:00pm; 9 tomorrow morning; at 5 tomorrow afternoon
//! - zones: 7:09 a.m. Moscow time; 4pm CET; 8:00 GMT; 9 am (BST); 12:00 UTC+3; 10 a.m. ET;
//!   noon local time (the context's zone)
//! - qualifiers: about 12:23 p.m.; at about 3pm; 3pm approximately

use jiff::civil;

use super::calendar::facts;
use super::calendar::{
    ZONE_CODES, continues_number, digit_len, digits, is_any, is_punct, is_word, lower, number_at,
    reference_is_date, touches_prev, zone_at,
};
use super::date;
use super::duration::{qualify, span_of};
use super::vocab::{AFTER_THE, DIGITS, MARK, MONTH, NUMBER, PART, R_DATE, R_TIME, WEEKDAY};
use super::{Data, Prefer, Qualifier, Scan, Time, Value};

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    let index = super::date::index(scan);
    // Every time has a clock, and every clock holds digits, a number or a named hour
    // ("noon", "midday", "mid day", "midnight", all [`AFTER_THE`]): a text with none of them
    // (most paragraphs without a number) has no time, and its starts need not be visited.
    if index.present & (DIGITS | NUMBER | AFTER_THE) == 0 {
        return;
    }
    // Whether the paragraph names a part of the day anywhere (see `may_follow_digits`).
    let parts = index.present & PART != 0;
    let mut i = 0;
    for &start in index.starts() {
        if (start as usize) < i {
            continue;
        }
        i = start as usize;
        let Some(found) = phrase(scan, i, parts) else {
            i += 1;
            continue;
        };
        let (q, first, end) = qualify(scan, found.first, found.end);
        out.push(Value {
            span: span_of(scan, first, end),
            qualifier: found.qualifier.or(q),
            data: Data::Time(found.time),
        });
        i = found.end;
    }
}

struct Found {
    first: usize,
    end: usize,
    time: Time,
    qualifier: Option<Qualifier>,
}

/// A.m. or p.m., or a part of the day that settles it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Half {
    Am,
    Pm,
    /// "tonight", "in the evening": p.m. for 1–11 (Duckling reads "tonight at 2" as 14:00).
    Evening,
}

/// A clock reading before the day and zone are settled.
#[derive(Clone, Copy, Debug)]
struct Clock {
    hour: u32,
    minute: u32,
    second: u32,
    has_seconds: bool,
    half: Option<Half>,
    end: usize,
    approx: bool,
    /// A number with nothing that makes it a time by itself ("3", "seven thirty", "1030").
    bare: bool,
    /// Written the 24-hour way ("3h18"), so never moved to p.m.
    h24: bool,
}

/// A whole time phrase at `i`: \[day \[part of day\]\] \[at\] clock \[part of day\] \[on day\]
/// \[zone\].
fn phrase(scan: &Scan, i: usize, parts: bool) -> Option<Found> {
    let first = i;
    let mut j = i;
    let mut day: Option<civil::Date> = None;
    let mut half: Option<Half> = None;
    // A leading day: "tomorrow at 5pm", "Fri, Jul 18, 2014 07:00 PM", "Saturday morning at 9".
    if let Some((d, k)) = date::day_at_token(scan, j) {
        day = Some(d);
        j = k;
        if let Some((h, k)) = part_of_day_after_day(scan, j) {
            half = Some(h);
            j = k;
        }
        if is_punct(scan, j, ',') {
            j += 1;
        }
    } else if !may_open(scan, i) {
        return None;
    } else if let Some((d, h, k)) = part_of_day_phrase(scan, j) {
        // "this morning at 10", "tonight at 11", "in the evening at eight"
        day = d;
        half = Some(h);
        j = k;
    }
    // A number that opens the phrase itself (no day, part of day or "at" before it) is a time
    // only through what follows it; most are followed by nothing that can make it one.
    if j == first && !may_open_bare(scan, j, parts) {
        return None;
    }
    let mut anchored = false;
    let mut approx = false;
    // "at 3" is a time; "for"/"by" only join a clock that is one anyway ("by 1200 GMT", not
    // "rose by 8").
    // All of them carry a flag: "at", "for" and "by" [`R_TIME`], "@" [`MARK`].
    let lead = facts(scan, j) & (R_TIME | MARK) != 0;
    let weak_lead = lead && is_any(scan, j, &["for", "by"]);
    if lead && (is_word(scan, j, "at") || is_punct(scan, j, '@') || weak_lead) {
        anchored = !weak_lead;
        j += 1;
        // "at about 12:23 p.m."
        if is_any(scan, j, &["about", "around", "approximately", "roughly"]) {
            approx = true;
            j += 1;
        }
    }
    let clock_start = j;
    let mut clock = clock(scan, j, anchored)?;
    let bare_before_suffix = clock.bare;
    // "at" alone before a bare number is not a time: "at 7" stays a number unless something
    // else marks it.
    let mut end = clock.end;
    // "on Radio 1 this morning", "BBC One Saturday morning show": a bare number after a name
    // is the name's.
    if bare_before_suffix
        && clock_start == first
        && digit_len(scan, first) <= 2
        && name_before(scan, first)
    {
        return None;
    }
    // Trailing part of day: "3 in the morning", "8 tonight", "at 5 tomorrow afternoon".
    if let Some((h, k)) = part_of_day_after_clock(scan, end) {
        half = half.or(Some(h));
        end = k;
    }
    // Trailing day: "3pm tomorrow", "at 9am on Saturday", "4/25 at 4:00pm" (leading).
    if day.is_none()
        && let Some((d, part, stop)) = trailing_day(scan, end, bare_before_suffix)
    {
        day = Some(d);
        half = half.or(part);
        end = stop;
    }
    if clock.half.is_none() {
        clock.half = half;
    }
    let mut zone = None;
    let mut zone_named = false;
    if let Some((z, stop)) = zone_at(scan, end) {
        zone = z.or_else(|| scan.cx.zone.clone());
        zone_named = true;
        end = stop;
        // The day may follow the zone, as wires write it: "by 1100 hrs EDT, April 21" (a
        // 24-hour clock is one however bare its digits).
        if day.is_none()
            && (!bare_before_suffix || clock.h24)
            && let Some((d, _, stop)) = trailing_day(scan, end, false)
        {
            day = Some(d);
            end = stop;
        }
    } else if let Some(z) = &scan.cx.zone {
        zone = Some(z.clone());
    }
    // A bare number is a time only with "at", a part of day ("3 in the morning", "8
    // tonight", "Saturday morning at 9") or a zone ("Thursday 8h GMT"): "on Monday 3 people
    // died" has none.
    if clock.bare && clock.half.is_none() && !zone_named {
        return None;
    }
    // Three digits run together ("at 126", "At 101, he chuckles") are a price, a level or an
    // age far more often than an hour: a clock only with a.m./p.m., a part of day, a zone or a
    // day ("330 p.m.", "tomorrow at 150ish"); wires pad a 24-hour clock to four ("at 0930").
    if digit_len(scan, clock_start) == 3 && clock.half.is_none() && !zone_named && day.is_none() {
        return None;
    }
    let (date, time) = resolve(scan, clock, day, first, end)?;
    Some(Found {
        first,
        end,
        time: Time {
            date,
            time,
            has_seconds: clock.has_seconds,
            zone,
        },
        qualifier: (clock.approx || approx).then_some(Qualifier::Approx),
    })
}

/// Whether token `i - 1` is a name that a number may end ("Radio 1", "BBC One"): a capitalised
/// word within a sentence, or an acronym, that names no weekday or month.
fn name_before(scan: &Scan, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|k| scan.tokens.get(k)) else {
        return false;
    };
    if !prev.is_word()
        || !super::calendar::capitalized(scan, i - 1)
        || facts(scan, i - 1) & (MONTH | WEEKDAY) != 0
    {
        return false;
    }
    let text = prev.text(scan.text);
    let acronym = text.len() >= 2 && text.bytes().all(|b| b.is_ascii_uppercase());
    acronym || i >= 2 && scan.tokens[i - 2].is_word()
}

/// The day after a clock ending at `end`, with its part of day and where it stops: "3pm
/// tomorrow", "9am on Saturday", "5pm, Friday", "9 tomorrow morning". After a bare number
/// (`bare`), a day alone does not make a time ("won 3 on Friday"); a part of day right after
/// the number and day does ("9 tomorrow morning"), so after "on" or "," no day is read.
fn trailing_day(scan: &Scan, end: usize, bare: bool) -> Option<(civil::Date, Option<Half>, usize)> {
    let mut k = end;
    if is_word(scan, k, "on") || is_punct(scan, k, ',') {
        k += 1;
    }
    if bare && k != end {
        return None;
    }
    let (day, stop) = date::day_at_token(scan, k)?;
    let part = part_of_day_after_day(scan, stop);
    if bare && part.is_none() {
        return None;
    }
    let (half, stop) = part.map_or((None, stop), |(half, stop)| (Some(half), stop));
    Some((day, half, stop))
}

/// Whether a time phrase may open at token `i`, where no day does: on a part of day, "at", a
/// clock word or a number, all of which carry one of the flags tested first, and with its
/// clock near ([`clock_near`]). The commonest of those words open one only before what they
/// need next, which is tested before the clock is looked for: "this", "early" and "late" a
/// part of day ("this morning"), "in" one after "the" ("in the evening"), "a" "quarter" ("a
/// quarter past"), "the" a named hour ("the noon"). Every other form of `phrase` and `clock`
/// that such a word opens needs a number there.
fn may_open(scan: &Scan, i: usize) -> bool {
    let f = facts(scan, i);
    if f & (R_TIME | NUMBER | DIGITS | MARK) == 0 {
        return false;
    }
    if f & (NUMBER | DIGITS | MARK) == 0 {
        let next = facts(scan, i + 1);
        match lower(scan, i).as_str() {
            "this" | "early" | "late" => return next & PART != 0,
            "in" => return is_word(scan, i + 1, "the") && facts(scan, i + 2) & PART != 0,
            "a" => return is_word(scan, i + 1, "quarter"),
            "the" => {
                return next & AFTER_THE != 0
                    && matches!(
                        lower(scan, i + 1).as_str(),
                        "noon" | "midday" | "mid" | "midnight"
                    );
            }
            _ => {}
        }
    }
    clock_near(scan, i)
}

/// Whether a clock may be read from token `i` on, where no day opens the phrase: every clock
/// holds digits, a number or a named hour ("noon", "midday", "mid day", "midnight", all
/// [`AFTER_THE`]), at most nine tokens on. A part of day and a lead take up to five tokens
/// before the clock ("in the evening at about"), and the clock's own words up to four before
/// its hour ("a quarter to the noon"). Most "the", "a" or "in" that start a phrase have none.
fn clock_near(scan: &Scan, i: usize) -> bool {
    (i..i + 10).any(|k| facts(scan, k) & (DIGITS | NUMBER | AFTER_THE) != 0)
}

/// Whether the clock at token `j`, which nothing before makes a time, may be one: `false`
/// for digits or a number word followed by nothing that can make it a time
/// ([`may_follow_digits`]), `true` for any other token.
fn may_open_bare(scan: &Scan, j: usize, parts: bool) -> bool {
    if scan.tokens[j].is_digits() {
        // The number finder may read more than the digits ("20.0"), and `past_to` goes on
        // after its number: what follows that is asked too.
        may_follow_digits(scan, j + 1, parts)
            || number_at(scan, j)
                .is_some_and(|n| n.end != j + 1 && may_follow_digits(scan, n.end, parts))
    } else {
        // A number word is read whole by `digital` and `past_to`; "half", "quarter" and "a"
        // open clocks of their own ("half three", "a quarter to noon").
        number_at(scan, j).is_none_or(|n| {
            may_follow_digits(scan, n.end, parts) || is_any(scan, j, &["half", "quarter", "a"])
        })
    }
}

/// Whether token `k` may follow digits that open a time phrase by themselves: a clock's
/// ":" or minutes ("7:09", "3 15"), or what `clock` and `phrase` accept after a bare number
/// and nothing else makes one a time ("3ish", "3 o'clock", "3h18", "3 pm", "3 a.m.", "3 in
/// the morning", "3 tonight", "3 this afternoon", "3 approximately", a day "9 tomorrow
/// morning", a zone "8 (GMT)", "1430 hrs GMT"), or minutes before an hour ("15 minutes past
/// 3pm", "20 to 2pm"), each only with what it needs after it: a part of the day named in the
/// paragraph (`parts`) after "in", "this" or a day, "m" after "a" or "p", a sign after
/// "minutes", a marked hour after "to" or "from", a zone after "hours". A punctuation mark,
/// the end or any other word leaves the number bare, which `phrase` turns away.
pub(super) fn may_follow_digits(scan: &Scan, k: usize, parts: bool) -> bool {
    let Some(next) = scan.tokens.get(k) else {
        return false;
    };
    match next.kind {
        super::Tok::Digits => true,
        // "8 (GMT)": a zone in brackets.
        super::Tok::Punct => {
            is_punct(scan, k, ':') || is_punct(scan, k, '(') && zone_at(scan, k).is_some()
        }
        super::Tok::Word => {
            // A day (which starts only on a word with a date rule flag, see `date::parse`)
            // makes bare digits a time only with a part of the day after it ("9 tomorrow
            // morning"): in most paragraphs no part of the day is named (`parts`), and "of",
            // "the" or "for" after a number make none.
            if facts(scan, k) & NUMBER != 0 || parts && facts(scan, k) & R_DATE != 0 {
                return true;
            }
            let w = lower(scan, k);
            let w = w.as_str();
            // A zone is a code or a name before "time" ("local time", "Moscow time", "New York
            // time"; see `zone_at`): most words are neither, and are passed over before
            // `zone_at` runs.
            let zone = |code: bool| {
                (code || is_word(scan, k + 1, "time") || is_word(scan, k + 2, "time"))
                    && zone_at(scan, k).is_some()
            };
            // One hashed lookup, the zone codes' too: most words after a number are none.
            if !super::vocab::word_set!(w, in &[AFTER_DIGITS, ZONE_CODES].concat()) {
                return zone(false);
            }
            let read = match w {
                // "3 in the morning", "3 this afternoon": a part of the day after them.
                "in" | "this" => parts,
                // "3 a.m.", "3 p m"; glued to bare digits ("10p") a letter is pence, unless it
                // and its digits are the whole text ("7p").
                "a" | "p" => {
                    is_word(scan, k + 1, "m")
                        || is_punct(scan, k + 1, '.') && is_word(scan, k + 2, "m")
                        || k + 2 >= scan.tokens.len()
                }
                // "15 minutes past 3pm": the unit before "past" or "to".
                "minutes" | "minute" | "mins" | "min" => is_any(
                    scan,
                    k + 1,
                    &["past", "after", "from", "to", "till", "before"],
                ),
                // A bare count of minutes before an hour is one only before a marked hour ("20
                // to 2pm", "15 to noon", see `past_to`): a.m./p.m. or a named hour, at most
                // seven tokens on ("20 to 12:00:00 p.m."). "from 5 to 10" is a range.
                "after" | "from" | "to" | "till" | "before" => (k + 1..k + 8).any(|t| {
                    matches!(
                        lower(scan, t).as_str(),
                        "am" | "pm" | "a" | "p" | "noon" | "midday" | "mid" | "midnight"
                    )
                }),
                // "1430 hrs GMT": four digits with the military hours are a clock only before a
                // zone (or after "at", which a bare number lacks), past any "a.m." and
                // "approximately" between.
                "hrs" | "hours" => (k + 1..k + 7).any(|t| zone_at(scan, t).is_some()),
                "ish" | "o'clock" | "oclock" | "h" | "am" | "pm" | "approximately" | "tonight" => {
                    true
                }
                // A zone code (no word of [`AFTER_DIGITS`] is one).
                _ => return zone(true),
            };
            read || zone(false)
        }
    }
}

/// The words after digits that may make them a time by themselves, each with what
/// [`may_follow_digits`] asks after it.
const AFTER_DIGITS: &[&str] = &[
    "ish",
    "o'clock",
    "oclock",
    "h",
    "am",
    "pm",
    "a",
    "p",
    "approximately",
    "in",
    "tonight",
    "this",
    "minutes",
    "minute",
    "mins",
    "min",
    "past",
    "after",
    "from",
    "to",
    "till",
    "before",
    "hrs",
    "hours",
];

/// The clock at `i`: digits with ":" or "h", a number with a.m./p.m., "noon", "midnight",
/// "half past three", "a quarter to noon". `anchored` (after "at", a day or a part of day)
/// lets a bare hour count ("at 3", "tomorrow at 5").
fn clock(scan: &Scan, i: usize, anchored: bool) -> Option<Clock> {
    // Every clock starts on a number, digits or a clock word ("half", "noon", "the").
    if facts(scan, i) & (R_TIME | NUMBER | DIGITS) == 0 {
        return None;
    }
    if super::calendar::glued(scan, i) {
        return None;
    }
    // A word that is no number opens a clock only as the minutes of `past_to` ("half",
    // "quarter", "a quarter") or an hour of `named` ("noon", "the noon"): the other clock
    // flags are on words that lead into one ("at", "in", "tonight").
    if facts(scan, i) & (NUMBER | DIGITS) == 0
        && !matches!(
            lower(scan, i).as_str(),
            "half" | "quarter" | "a" | "the" | "noon" | "midday" | "mid" | "midnight"
        )
    {
        return None;
    }
    if let Some(c) = past_to(scan, i, anchored) {
        return Some(c);
    }
    if let Some(c) = named(scan, i) {
        return Some(c);
    }
    let (hour, minute, second, has_seconds, mut end, written) = digital(scan, i)?;
    let digits_end = end;
    let mut c = Clock {
        hour,
        minute,
        second,
        has_seconds,
        half: None,
        end,
        approx: false,
        bare: written == Written::Bare,
        h24: written == Written::H24,
    };
    // "3ish"
    if is_word(scan, end, "ish") && touches_prev(scan, end) {
        c.approx = true;
        end += 1;
    }
    // "o'clock", "oclock"
    let oclock = is_any(scan, end, &["o'clock", "oclock"]);
    if oclock {
        end += 1;
    }
    // "1430 hrs": four digits with the military "hours" (a clock only where anchored or
    // zoned, below: "1430 hours of footage" is a length).
    let four_digits = written == Written::Compact && digit_len(scan, i) == 4;
    let military = four_digits && is_any(scan, end, &["hrs", "hours"]);
    if military {
        end += 1;
    }
    if let Some((h, stop)) = meridiem(scan, end) {
        // "3p" glued to bare digits is pence as often ("Shell lost 10p"): a clock only after
        // "at" or standing alone ("7p"); after run-together digits always pence or a price
        // table's mark ("at 925p", "752A").
        let letter =
            lower(scan, end).as_str().len() == 1 && !(end..stop).any(|k| is_word(scan, k, "m"));
        let alone = i == 0 && stop >= scan.tokens.len();
        if letter
            && (written == Written::Compact || written == Written::Bare && !(anchored || alone))
        {
            return None;
        }
        c.half = Some(h);
        end = stop;
    }
    if is_word(scan, end, "approximately") {
        c.approx = true;
        end += 1;
    }
    c.end = end;
    if c.hour > 24 || c.minute > 59 || c.second > 59 {
        return None;
    }
    // "at 1746.0", "at 145.60/70", "at 101-3/4": the digits are part of a larger number.
    if end == digits_end && continues_number(scan, end) {
        return None;
    }
    if c.half.is_some() && !(1..=12).contains(&c.hour) {
        return None;
    }
    // A bare number is a time only with a.m./p.m., o'clock, or when anchored; a compact
    // "1030" also needs that.
    // Run-together hours and minutes need a.m./p.m., or "at" with no noun after ("Sunday 2013"
    // is a year, "at 2000 feet" a height).
    let noun_after = scan.tokens.get(end).is_some_and(|t| t.is_word());
    // "1800 GMT", "at 0950 GMT": four digits before a zone are a 24-hour clock, as wires
    // write it.
    let zoned_24h = four_digits && zone_at(scan, end).is_some();
    if written == Written::Compact && !(c.half.is_some() || zoned_24h || anchored && !noun_after) {
        return None;
    }
    // "at 1430 hrs", "1430 hrs local time"
    if military && !(anchored || zoned_24h) {
        return None;
    }
    if written == Written::Dotted && c.half.is_none() && zone_at(scan, end).is_none() {
        return None;
    }
    c.h24 |= zoned_24h || military;
    // "at 3" is a time where nothing after it makes 3 a count or a rate ("at 2%", "at 2.5",
    // "at 20 years old").
    if anchored && written == Written::Bare && c.half.is_none() && !oclock && !at_ok(scan, end) {
        return None;
    }
    // "youngest store manager at 19", "adults at 18": English writes an hour past 12 with its
    // minutes ("at 19:00", "at 1900 GMT"), so a bare one is an age or a count, unless a zone
    // marks it ("at 19 GMT").
    if written == Written::Bare
        && c.half.is_none()
        && !oclock
        && c.hour > 12
        && zone_at(scan, end).is_none()
    {
        return None;
    }
    // Number words stay bare even after "at" ("at one point"): they need a.m./p.m., o'clock
    // or a part of day.
    let in_words = !scan.tokens[i].is_digits();
    c.bare = matches!(written, Written::Bare | Written::Compact)
        && !(c.half.is_some() || oclock || anchored && !in_words);
    Some(c)
}

/// Whether what follows "at N" lets N be an hour: nothing, loose punctuation, or a word that
/// goes on with a time ("in the morning", "tonight", "tomorrow", "on Friday", a zone).
fn at_ok(scan: &Scan, end: usize) -> bool {
    let Some(next) = scan.tokens.get(end) else {
        return true;
    };
    match next.kind {
        super::Tok::Punct => {
            next.space_before || matches!(next.text(scan.text), ")" | ";" | "!" | "?") || {
                // "at 3." ends a sentence; "at 2.5" is a decimal.
                next.is_punct(scan.text, '.')
                    && scan
                        .tokens
                        .get(end + 1)
                        .is_none_or(|t| !t.is_digits() || t.space_before)
            }
        }
        super::Tok::Digits => next.space_before,
        super::Tok::Word => {
            is_any(
                scan,
                end,
                &[
                    "in", "tonight", "this", "tomorrow", "today", "on", "sharp", "local", "and",
                    "or",
                ],
            ) || zone_at(scan, end).is_some()
                || crate::extract::calendar::weekday_at(scan, end).is_some()
        }
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Written {
    /// "7:09", "15:23:24"
    Clock,
    /// "15h00", "3h18"
    H24,
    /// "9.30": a clock only before a.m., p.m. or a zone ("9.30am", "10.15 GMT").
    Dotted,
    /// "1030", "seven thirty" (730): hours and minutes run together.
    Compact,
    /// "3", "three", "1030", "seven thirty"
    Bare,
}

/// Digits with a colon or "h", or a number read as hours (or as HMM: "1030", "seven
/// thirty" which the number finder reads as 730).
fn digital(scan: &Scan, i: usize) -> Option<(u32, u32, u32, bool, usize, Written)> {
    if digit_len(scan, i) > 0 && digit_len(scan, i) <= 2 {
        let h = digits(scan, i, 2)?;
        // "7:09", "15:23:24"
        if is_punct(scan, i + 1, ':') && touches_prev(scan, i + 1) && touches_prev(scan, i + 2) {
            if digit_len(scan, i + 2) != 2 {
                return None;
            }
            let m = digits(scan, i + 2, 2)?;
            if is_punct(scan, i + 3, ':')
                && touches_prev(scan, i + 3)
                && digit_len(scan, i + 4) == 2
            {
                let s = digits(scan, i + 4, 2)?;
                return Some((h, m, s, true, i + 5, Written::Clock));
            }
            return Some((h, m, 0, false, i + 3, Written::Clock));
        }
        // "9.30", "10.15": British hours and minutes, also a decimal; a clock only with a.m. or
        // p.m. or a zone after it (checked by the caller through `Dotted`).
        if is_punct(scan, i + 1, '.')
            && touches_prev(scan, i + 1)
            && touches_prev(scan, i + 2)
            && digit_len(scan, i + 2) == 2
        {
            let m = digits(scan, i + 2, 2)?;
            return Some((h, m, 0, false, i + 3, Written::Dotted));
        }
        // "15h00", "3h18", "15h"
        if is_word(scan, i + 1, "h") && touches_prev(scan, i + 1) {
            if digit_len(scan, i + 2) == 2 && touches_prev(scan, i + 2) {
                let m = digits(scan, i + 2, 2)?;
                return Some((h, m, 0, false, i + 3, Written::H24));
            }
            // "15h" is also "15 hours": a clock only past 12 or where anchored (checked by
            // the caller through `Bare`).
            let written = if h > 12 { Written::H24 } else { Written::Bare };
            return Some((h, 0, 0, false, i + 2, written));
        }
    }
    // Digits are read here rather than through the number finder, which leaves "3ish", "3p"
    // and "150ish" alone as digits glued to letters.
    let (v, mut end, in_words) = if digit_len(scan, i) > 0 {
        (digits(scan, i, 4)?, i + 1, false)
    } else {
        let n = number_at(scan, i)?;
        if n.value.fract() != 0.0 || n.value < 0.0 {
            return None;
        }
        (n.value as u32, n.end, n.in_words)
    };
    // "0040", "0905": four digits with a leading zero are hours and minutes, however small.
    let leading_zero = !in_words && digit_len(scan, i) == 4 && v < 1000;
    let (h, m) = if v <= 24 && !leading_zero {
        // "at 3 15", "three twenty" read as two numbers: minutes after the hour.
        match number_at(scan, end) {
            Some(m)
                if !m.in_words
                    && digit_len(scan, end) == 2
                    && m.value < 60.0
                    && (1..=12).contains(&v) =>
            {
                end = m.end;
                (v, m.value as u32)
            }
            _ => (v, 0),
        }
    } else if (leading_zero || (100..=2359).contains(&v))
        && v % 100 < 60
        && (in_words || digit_len(scan, i) >= 3)
    {
        (v / 100, v % 100)
    } else {
        return None;
    };
    let written = if v > 24 || leading_zero {
        Written::Compact
    } else {
        Written::Bare
    };
    Some((h, m, 0, false, end, written))
}

/// "am", "pm", "a.m.", "p.m.", "a m", "p m", "AM", "3p", "3:18a", "3p." and the end token.
fn meridiem(scan: &Scan, i: usize) -> Option<(Half, usize)> {
    let w = lower(scan, i);
    let half = match w.as_str() {
        "am" => Half::Am,
        "pm" => Half::Pm,
        "a" => Half::Am,
        "p" => Half::Pm,
        _ => return None,
    };
    let mut end = i + 1;
    if w.as_str().len() == 2 {
        // "a.m." read as "am" never happens (the lexer splits it), but "pm." may end a sentence.
        return Some((half, end));
    }
    // "a.m.", "a. m.", "a m", or "a"/"p" glued to digits ("3p", "3:18a").
    if is_punct(scan, end, '.') && touches_prev(scan, end) {
        end += 1;
        if is_word(scan, end, "m") {
            return Some((half, crate::extract::calendar::skip_dot(scan, end + 1)));
        }
        return touches_prev(scan, i).then_some((half, end));
    }
    if is_word(scan, end, "m") {
        let last = scan
            .tokens
            .get(end + 1)
            .is_none_or(|t| t.kind == super::Tok::Punct);
        return last.then_some((half, end + 1));
    }
    touches_prev(scan, i).then_some((half, end))
}

/// "noon", "midday", "mid day", "the midday", "midnight", "noon"/"midnight" with "12".
fn named(scan: &Scan, i: usize) -> Option<Clock> {
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    // Each hour's word is [`AFTER_THE`].
    if facts(scan, j) & AFTER_THE == 0 {
        return None;
    }
    // The word first: most clocks asked about are numbers.
    let w = lower(scan, j);
    let (hour, end) = match w.as_str() {
        "noon" | "midday" => (12, j + 1),
        "mid" if is_word(scan, j + 1, "day") => (12, j + 2),
        "midnight" => (0, j + 1),
        _ => return None,
    };
    // "Jamie Noon", "Midnight Express": capitalised within a sentence, a name.
    if super::calendar::title_case(scan, j) && !super::number::opens_sentence(scan, j) {
        return None;
    }
    Some(Clock {
        hour,
        minute: 0,
        second: 0,
        has_seconds: false,
        half: Some(Half::Am),
        end,
        approx: false,
        bare: false,
        h24: false,
    })
    .map(|mut c| {
        if hour == 12 {
            c.half = Some(Half::Pm);
        }
        c
    })
}

/// "half past three", "a quarter past 3pm", "20 past 3pm", "twenty after 3pm", "15 minutes
/// past noon", "a quarter to noon", "20 minutes to 2pm", "15 minutes from 1pm", "half three",
/// and after "at" (`anchored`) "at ten to four".
fn past_to(scan: &Scan, i: usize, anchored: bool) -> Option<Clock> {
    let w = lower(scan, i);
    // A bare number of minutes ("20", not "20 minutes") is a count as often as not.
    let (minutes, j, bare) = match w.as_str() {
        "half" => (30, i + 1, false),
        "quarter" => (15, i + 1, false),
        "a" if is_word(scan, i + 1, "quarter") => (15, i + 2, false),
        _ => {
            let n = number_at(scan, i)?;
            if n.value.fract() != 0.0 || !(1.0..60.0).contains(&n.value) {
                return None;
            }
            let mut j = n.end;
            let unit = is_any(scan, j, &["minutes", "minute", "mins", "min"]);
            if unit {
                j += 1;
            }
            (n.value as u32, j, !unit)
        }
    };
    let sign: i32 = match lower(scan, j).as_str() {
        "past" | "after" | "from" => 1,
        "to" | "till" | "before" => -1,
        // British "half three"
        _ if w.as_str() == "half" => {
            let n = number_at(scan, j)?;
            if n.value.fract() != 0.0 || !(1.0..=12.0).contains(&n.value) {
                return None;
            }
            return Some(Clock {
                hour: n.value as u32,
                minute: 30,
                second: 0,
                has_seconds: false,
                half: None,
                end: n.end,
                approx: false,
                bare: false,
                h24: false,
            });
        }
        _ => return None,
    };
    let named_hour = named(scan, j + 1);
    // "20 past 3" is a clock, but a bare count before "to", "after" or "from" is one only
    // after "at" or before a marked hour ("15 to noon", "20 to 2pm"): "years one to four",
    // "from 4 to 5".
    let marked = |base: &Clock| base.half.is_some() || named_hour.is_some();
    // "in the Italian half after 22 minutes": an hour is no count of minutes.
    let base = named_hour
        .or_else(|| clock_hour(scan, j + 1))
        .filter(|base| !bare || anchored || is_word(scan, j, "past") || marked(base))
        .filter(|base| !is_any(scan, base.end, &["minutes", "minute", "mins", "seconds"]))
        // "aimed at 11 to 14-year-olds": a bare count to an hour past 12 is a range of counts,
        // and English tells no hour past 12 by its quarters unless written the 24-hour way
        // ("15 minutes past 15h"): "fell in the quarter to 22 mln dlrs".
        .filter(|base| !(!marked(base) && base.hour > 12 && !base.h24))?;
    let total = base.hour as i32 * 60 + sign * minutes as i32;
    let total = total.rem_euclid(24 * 60) as u32;
    let mut half = base.half;
    // "a quarter to noon" is 11:45 a.m.
    if base.hour == 12 && sign < 0 && half == Some(Half::Pm) {
        half = Some(Half::Am);
    }
    let hour = total / 60;
    Some(Clock {
        hour: if half.is_some() && hour == 0 {
            12
        } else {
            hour
        },
        minute: total % 60,
        second: 0,
        has_seconds: false,
        half,
        end: base.end,
        approx: false,
        bare: false,
        h24: false,
    })
}

/// An hour after "past"/"to": "3pm", "three", "15h", "1pm".
fn clock_hour(scan: &Scan, i: usize) -> Option<Clock> {
    let (hour, minute, _, _, mut end, written) = digital(scan, i)?;
    if minute != 0 || hour > 24 {
        return None;
    }
    let mut half = None;
    if let Some((h, stop)) = meridiem(scan, end) {
        half = Some(h);
        end = stop;
    }
    Some(Clock {
        hour,
        minute: 0,
        second: 0,
        has_seconds: false,
        half,
        end,
        approx: false,
        bare: false,
        h24: matches!(written, Written::Clock | Written::H24),
    })
}

/// "morning", "afternoon", "evening", "night" after a day: "tomorrow morning".
fn part_of_day_after_day(scan: &Scan, i: usize) -> Option<(Half, usize)> {
    Some((part_word(scan, i)?, i + 1))
}

fn part_word(scan: &Scan, i: usize) -> Option<Half> {
    // Each of these words is a [`PART`].
    if facts(scan, i) & PART == 0 {
        return None;
    }
    match lower(scan, i).as_str() {
        "morning" | "am" => Some(Half::Am),
        "afternoon" | "pm" => Some(Half::Pm),
        "evening" | "night" => Some(Half::Evening),
        _ => None,
    }
}

/// "in the morning", "in afternoon", "tonight", "this evening", "tomorrow afternoon" after a
/// clock.
fn part_of_day_after_clock(scan: &Scan, i: usize) -> Option<(Half, usize)> {
    // "in", "tonight" and "this" are [`R_TIME`].
    if facts(scan, i) & R_TIME == 0 {
        return None;
    }
    if is_word(scan, i, "in") {
        let j = if is_word(scan, i + 1, "the") {
            i + 2
        } else {
            i + 1
        };
        return Some((part_word(scan, j)?, j + 1));
    }
    if is_word(scan, i, "tonight") {
        return Some((Half::Evening, i + 1));
    }
    if is_word(scan, i, "this") {
        return Some((part_word(scan, i + 1)?, i + 2));
    }
    None
}

/// A part of the day standing for a day: "this morning", "tonight", "this afternoon",
/// "in the evening", "early morning". The day is the reference's.
fn part_of_day_phrase(scan: &Scan, i: usize) -> Option<(Option<civil::Date>, Half, usize)> {
    // Each form opens on a word that is [`R_TIME`]; most starts are digits or a number.
    if facts(scan, i) & R_TIME == 0 {
        return None;
    }
    let today = scan.cx.reference.map(|r| r.date());
    if is_word(scan, i, "tonight") {
        return Some((today, Half::Evening, i + 1));
    }
    let j = match lower(scan, i).as_str() {
        "this" | "early" | "late" => i + 1,
        "in" if is_word(scan, i + 1, "the") => i + 2,
        _ => return None,
    };
    let half = part_word(scan, j)?;
    // A part of day alone needs the clock right after it (checked by the caller).
    Some((today, half, j + 1))
}

/// The date and time of a clock, given the day the text named (if any).
fn resolve(
    scan: &Scan,
    c: Clock,
    day: Option<civil::Date>,
    first: usize,
    end: usize,
) -> Option<(Option<civil::Date>, civil::Time)> {
    let mut hour = c.hour;
    let mut date = day;
    match c.half {
        Some(Half::Am) if hour == 12 => hour = 0,
        Some(Half::Pm) | Some(Half::Evening) if (1..12).contains(&hour) => hour += 12,
        Some(Half::Evening) if hour == 12 => {
            // "this evening at 12" is the midnight ending it.
            hour = 0;
            date = date.and_then(|d| d.tomorrow().ok());
        }
        _ => {}
    }
    let Some(reference) = scan.cx.reference else {
        return Some((
            date,
            civil::Time::new(hour as i8 % 24, c.minute as i8, c.second as i8, 0).ok()?,
        ));
    };
    if hour == 24 {
        hour = 0;
    }
    if date.is_none() {
        let today = reference.date();
        if reference_is_date(scan) {
            date = Some(today);
        } else {
            let now = reference.datetime.hour() as u32;
            let dir = match super::calendar::tense_around(scan, first, end) {
                super::calendar::Tense::Past => Prefer::Past,
                super::calendar::Tense::Future => Prefer::Future,
                super::calendar::Tense::Unknown => scan.cx.prefer,
            };
            let ambiguous = c.half.is_none() && !c.h24 && (1..=12).contains(&c.hour);
            match dir {
                Prefer::Future => {
                    if ambiguous && hour < now && hour + 12 >= now && hour != 12 {
                        hour += 12;
                    }
                    date = if hour >= now {
                        Some(today)
                    } else {
                        today.tomorrow().ok()
                    };
                }
                Prefer::Past => {
                    if ambiguous && hour + 12 <= now && hour != 12 {
                        hour += 12;
                    }
                    date = if hour <= now {
                        Some(today)
                    } else {
                        today.yesterday().ok()
                    };
                }
            }
        }
    }
    let time = civil::Time::new(hour as i8, c.minute as i8, c.second as i8, 0).ok()?;
    Some((date, time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Alone, Context};

    #[test]
    fn words_after_digits_are_no_zone_codes() {
        // `may_follow_digits` reads a word of the one set that is none of these as a code.
        assert!(AFTER_DIGITS.iter().all(|w| !ZONE_CODES.contains(w)));
    }

    #[test]
    fn zones_and_words_follow_digits() {
        let cx = Context::default();
        for (text, follows) in [
            ("8 GMT", true),
            ("8 Moscow time", true),
            ("8 pm", true),
            ("8 in", false),
            ("8 hours GMT", true),
            ("8 hours", false),
            ("8 people", false),
        ] {
            let mut alone = Alone::new(text);
            let scan = Scan::new(&mut alone, &cx);
            assert_eq!(may_follow_digits(&scan, 1, false), follows, "{text}");
        }
    }
}
