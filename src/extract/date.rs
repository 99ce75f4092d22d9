//! Dates: calendar days, weeks, weekends, months, seasons, quarters, years and decades,
//! written out or relative to the reference date.
//!
//! Resolution: with a reference date, relative and yearless dates get their year; without one
//! they stay yearless (`XXXX-09-13`, `XXXX-07`) or are not read at all ("yesterday"), so we
//! never print a wrong year. A weekday, month or quarter without a year points back or forward
//! by the tense of the words around it ("ended on Wednesday" is past, "will meet on Monday"
//! future), else by `Context::prefer`. Looking back, a weekday may be the reference day itself
//! (news says "on Wednesday" of the day it is published); looking forward it is a later day. A
//! dateline's date is when the story was filed, so it is never after the reference, whatever
//! the tense of the sentence it opens ([`dateline_in_past`]).
//!
//! Each rule is tried only where what it needs first is there: the word or flag on the next
//! few tokens, or a month, weekday or unit of time somewhere in the text. A start's [`Plan`]
//! (`plan`) lists those rules from the token facts alone; a start with none (most: a number
//! before an ordinary word, "a" before a noun) is settled there, and the memo keeps it as "no
//! date" without reading any rule or building any answer (`Memo::insert_none`). Where a rule's
//! first step is cheap and mostly fails, the plan takes it: the shape of a numeric date around
//! its separator (not a decimal "2.5" nor a score "2-1"), four digits (or an era) after "of",
//! "for" or "in", "of" and a relative word and unit after a day ("20th of next month", not "the
//! first time"), "of" or "in" after the weekday or unit `nth_of` counts ("first monday of", not
//! "last week"), the "s" of a decade, "quarter" or "qtr" after a quarter's number, a day, year
//! or relative word after a lowercase "may" or "march" (not "we may"), a report or period word
//! after a four-digit year ("1986 results", not "2000 people"), and the word after a duration
//! ("three days after", "two weeks ago", not "three years later").
//!
//! The commonest starts that no finder reads anything at are left out of the [`Index`] the
//! date, time and duration finders visit, by the same first steps (`settled_none`): a year
//! lead before no year ("of 25 people"), a holiday word naming none ("new"), digits, a
//! number word or "a" before nothing temporal ("4,", "15 people", "two of them", "a new
//! law"), a quote mark.
//!
//! A four-digit number is read as a year by the rules below where something says so: a
//! preposition or a determiner before it, an era after it, a month or day beside it, a report
//! or period it dates after it ("1986 results"), or nothing else in the text (a claim written
//! as `"2012"`). Where none does, a number written as four bare digits from 1900 to 2099 is
//! still a year once every finder has read the text ([`bare_years`]), unless it counts a noun
//! after it ("2012 votes", "the 2000 PCs"): "2004 was a good year", "up 2.6% on 2003", "Euro
//! 2004", "1986 and 1987". News writes counts that large with a thousands separator: in the
//! BBC and Reuters corpora some 1,200 such numbers are years and none a count. Duckling's
//! default mode, which the accuracy suite follows, leaves such a number a number; its latent
//! mode reads a year.
//!
//! # Grammar
//!
//! - full dates: April 28, 2016; 28 April 2016; Wednesday, 13 September 2023; March 3rd 2015;
//!   the 1st of March; Sept. 13; Sep 13; february the 15th; 14th April 15; Fri, Jul 18; wire
//!   copy's day in words after a capitalised month: payable April one; by May One
//! - numeric: 2016-04-28; 2015-3-3; 3/3/2015; 10/31/74; 10-31-74; 10.31.1974; 31/Oct/1974;
//!   31-Oct-74; 2/2013; 2014/10; 2014-10; a month/day with no year alone or where the words
//!   around it make it a date: 2/15; on 2/15; tues 4/7; 4/25 at 4:00pm (not "up 1/8 at
//!   40-3/8", "5/16 point", "the 7/4 favourite")
//! - month and year: April 2019; October of 2014; mid-July; a commodity contract month, the
//!   year's last digit glued to a capitalised abbreviation: MAY7; MAR8 (March 1988 read in 1987)
//! - years: 2004 was; up 2.6% on 2003; in 2012; since 2012; a 2007 decree; the year 2012; in 2014
//!   AD; in 14 a.d.; mid-2012
//!   (approx); early 2012; late 2012; the end of 2012; each year of a list a preposition opens:
//!   during 2000 and 2001; after "for" or "due", a year that ends its phrase: profit for 2004
//!   was, notes due 2008; before what it dates, with at most two words between: 1986 results,
//!   1986 net excludes, The 1986 results, the same 1986 period, expects 1987 consolidated
//!   profits (not after a name: Windows 2000 sales).
//! - decades: the 1980s; the '80s; mid-1990s
//! - quarters: Q3 2018; Q3; 2018Q4; 18q4; the third quarter; 4th qtr of 2018; third-quarter;
//!   last year's third quarter; the fourth quarter of last year; 1987 third quarter; the 1985
//!   fourth quarter
//! - halves of a year named with it: the first half of 2004 (`P6M/2004-06-30`); the second
//!   half of last year; the first half of the year (the year the tense points to); not a half
//!   with no year ("scored in the first half")
//! - fiscal periods, the months to the day they end: the third quarter ending March 31
//!   (`P3M/1987-03-31`); the year ended March 31 (`P12M/…`); fiscal year ending June 30; the
//!   quarter ended January 31; six months ended December 31; the first half ended June 30; the
//!   year to March; the three months to December. Once an article states its fiscal year by a
//!   numbered quarter or a year, its other numbered quarters without a calendar year are quarters
//!   of it ("3RD QTR", "last year's third quarter": `P3M/1986-03-31`, "the first quarter of
//!   fiscal 1988", "the previous fourth quarter"). A split year ("the 1986/87 season") is no
//!   one year.
//! - relative days: today; yesterday; tomorrow; the day after tomorrow; the day before yesterday
//!   (not capitalised after a word, as a title writes it: "Radio 4's Today programme")
//! - relative grains: this week; last week; next month; last year; the following week;
//!   this quarter; current year
//! - weekdays: Wednesday; on Wednesday; last Wednesday; next Tuesday; this past Monday;
//!   friday after next; wednesday of next week; wednesday next week; last week's sunday;
//!   sunday from last week; Tuesday the 19th; Thu 15th; the short forms that are also words
//!   alone only after "(" or a preposition of time, or as the whole text: France v Wales
//!   (Sat); on Sun; sun (not "The Sun", "Sun Microsystems", "Herald-Sun"); not a title, the
//!   weekday between "the" and a capitalised word (the Sunday Times)
//! - months: July; this past July; in July this year; July last year; next March;
//!   March after next
//! - a weekday's or a month's possessive, as the day or month with nothing after it and no
//!   qualifier (what it owns takes that): Sunday's election; last June's European elections;
//!   December's 4% rise; not an abbreviation's (DEC's, a firm) nor May's (a firm's or a
//!   person's as often)
//! - days of the month: on the 15th; the 1st; 20th of next month; 20 of this month (not one
//!   hyphened to a word: the 18th-century dramatist; on the 15-member board)
//! - nth of a month: first tuesday of october; last friday of october; last day of october
//!   2015; third day of october; first monday of last month; fifth last day of May;
//!   first week of october 2014; last week of september 2014; the week of october 6th;
//!   third last week of 2018
//! - offsets from the reference: three weeks ago; a week hence; 3 years from today;
//!   3 fridays from now; 2 thursdays ago; in a week (future tense or `prefer` future)
//! - weekends, each a range of its Saturday and Sunday (`2023-09-16/2023-09-17`): this
//!   weekend; last weekend; this past weekend; next weekend; the coming weekend; this weekend's
//!   match; after a preposition of time, the weekend: at the weekend; over the weekend; during
//!   the weekend. "last" and "this past" are the weekend before the reference's week; "next"
//!   is next week's (as "next Tuesday" is), "coming" the first one after the reference day.
//!   "the weekend" and "this weekend" are the one the reference is in, if it is a Saturday or
//!   a Sunday; else by tense, the one just gone or the coming one ("Fighting erupted at the
//!   weekend", "Leaders will meet at the weekend"); with no tense, "the weekend" by `prefer`,
//!   "this weekend" the coming one ("The strike is this weekend"). Not: a weekend before a
//!   noun it describes (the weekend newspapers), a weekend of talks, every weekend, at
//!   weekends, that weekend, the previous weekend, the next weekend (counted from another
//!   time)
//! - seasons, each a range of its three months, meteorological and northern (spring March to
//!   May, summer June to August, autumn or fall September to November, winter December to
//!   February: `2023-06/2023-08`, `2022-12/2023-02`): last summer; this winter; next spring;
//!   last fall; summer 2012; the summer of 2012; Autumn 2019; by fall 2012; in the autumn of
//!   1978; after a preposition of time, the summer: in the summer; over the summer; by the
//!   spring. A winter with a year is the one that starts in its December (winter 2012:
//!   `2012-12/2013-02`). As months are ("last July"), "last" is the latest season over before
//!   the reference's month ("last summer" on 13 September 2023 is 2023's), "next" the first
//!   to start after it; "this" is the one the reference is in, else this year's (read in March
//!   1987, "this fall" is 1987's), a winter in spring the one just over; "the summer" the one
//!   the reference is in, else the one just over or the coming one by tense, else by
//!   `prefer`. Without a reference only a season with its year is read. "fall" is autumn
//!   only where nothing makes it a fall: after "last", "this" or "next", with a year after a
//!   preposition, opening the text or in "the fall of 1985", and "the fall" only after "in",
//!   "by", "until", "during" or "through" at the end of its clause or before a conjunction
//!   ("in the fall."; not "the fall in prices", "blamed for the fall", "the fall of Rome", "the
//!   oil price fall of 1986"). Not: a name (the Summer Olympics, the Autumn Statement, the
//!   Arab Spring, Suddenly Last Summer), a season before a noun it describes (summer holidays,
//!   winter fuel, spring water, the autumn internationals), a season alone or after "in" with
//!   no article (in summer), the summer after no preposition (the summer was hot)
//! - holidays: Christmas; xmas; Christmas Eve; New Year's Day; New Year's Eve; Valentine's Day;
//!   Halloween; Independence Day; St Patrick's Day; Thanksgiving; Black Friday; MLK Day;
//!   Memorial Day; Labor Day; Mother's Day; Father's Day; Easter; Good Friday; Easter Monday;
//!   Palm Sunday; Maundy Thursday; Ash Wednesday; Mardi Gras; Pentecost; Whit Monday;
//!   Trinity Sunday; orthodox Easter; each with a year (Halloween 2013), or
//!   next/last/this before it

use std::rc::Rc;

use jiff::civil::{self, Weekday};
use wide::u32x4;

use super::calendar::{
    Tense, capitalized, continues_number, day_at, digit_len, digits, facts, is_any, is_possessive,
    is_punct, is_season, is_word, lower, month_at, ordinal_day_at, ordinal_word_at, quantity_at,
    skip_dot, standalone_month_ok, tense_around, title_case, touches_prev, unit_at, weekday_at,
    weekday_of,
};
use super::duration::{self, span_of};
use super::number::NumberMatch;
use super::vocab::{
    ABOUT, BRIDGE, DIGITS, LEAD, MARK, MONTH, NUMBER, ORDINAL, PART, R_AMOUNT, R_APPROX, R_DATE,
    R_DAY_FIRST, R_DAY_OF_MONTH, R_DECADE, R_GRAIN, R_HOLIDAY, R_IN, R_MODIFIER, R_MONTH, R_NTH,
    R_QUARTER, R_RELATIVE_DAY, R_TIME, R_UPCOMING, R_WEEKDAY, R_YEAR, START, TRIGGER, UNIT,
    WEEKDAY,
};
use super::{Data, Date, Duration, Prefer, Qualifier, Scan, Time, Unit, Value};
use crate::span::Span;

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    let n = scan.tokens.len();
    // A text that is nothing but a year or a month name is that date (a claim's value).
    if n == 1 {
        if let Some(y) = year_at(scan, 0) {
            push(scan, out, 0, 1, Data::Date(Date::Year(y)), None);
            return;
        }
        if let Some((month, 1)) = month_at(scan, 0) {
            if let Some(date) = resolve_month(scan, month, Shift::Tense, 0, 1) {
                push(scan, out, 0, 1, Data::Date(date), None);
            }
            return;
        }
    }
    let mut i = 0;
    for &start in index(scan).starts() {
        if (start as usize) < i {
            continue;
        }
        i = start as usize;
        if let Some(found) = parse(scan, i, false) {
            let found = period_ending_with(scan, &found).unwrap_or(found);
            // "more than Wednesday's 2%": a possessive date owns what the qualifier qualifies.
            let (mut q, mut first, mut end) = match is_possessive(scan, found.end - 1) {
                false => duration::qualify(scan, found.first, found.end),
                true => (None, found.first, found.end),
            };
            // A weekend or a season is qualified by none: "over the weekend" is a time.
            if q.is_some() && matches!(found.reading, Reading::Weekend(_) | Reading::Season { .. })
            {
                (q, first, end) = (None, found.first, found.end);
            }
            let qualifier = found.qualifier.or(q);
            push(scan, out, first, end, found.reading.into_data(), qualifier);
            i = found.end;
        } else {
            i += 1;
        }
    }
}

fn push(
    scan: &Scan,
    out: &mut Vec<Value>,
    first: usize,
    end: usize,
    data: Data,
    qualifier: Option<Qualifier>,
) {
    out.push(Value {
        span: span_of(scan, first, end),
        qualifier,
        data,
    });
}

/// A date read at token `i`: its value (a time where an offset from a reference instant
/// lands within a day), the tokens it covers (`first` may precede `i` for "in 2012"), and a
/// qualifier the phrase itself carries ("mid-2012").
///
/// Small and `Copy`: the rules build and compare many candidates, and the memo keeps them.
#[derive(Clone, Copy)]
pub(super) struct Found {
    pub first: usize,
    pub end: usize,
    pub reading: Reading,
    pub qualifier: Option<Qualifier>,
}

/// What a date phrase says: a date, or the instant an offset from a reference instant lands
/// on ("in 5 hours"), which has no zone of its own.
#[derive(Clone, Copy)]
pub(super) enum Reading {
    Date(Date),
    Time {
        date: civil::Date,
        time: civil::Time,
        has_seconds: bool,
    },
    /// The weekend starting on this Saturday, a range of its two days.
    Weekend(civil::Date),
    /// The three months from this one, a range of months. As small as the other readings: the
    /// memo keeps two for every token read.
    Season {
        year: i16,
        month: i8,
    },
}

impl Reading {
    fn into_data(self) -> Data {
        match self {
            Reading::Date(date) => Data::Date(date),
            Reading::Time {
                date,
                time,
                has_seconds,
            } => Data::Time(Time {
                date: Some(date),
                time,
                has_seconds,
                zone: None,
            }),
            // `weekend` and `season_months` read only those whose last day or month exists.
            Reading::Weekend(saturday) => {
                let sunday = saturday.tomorrow().unwrap_or(saturday);
                range(Date::Day(saturday), Date::Day(sunday))
            }
            Reading::Season { year, month } => {
                let (year_of_last, last) = match month {
                    11.. => (year.saturating_add(1), month - 10),
                    _ => (year, month + 2),
                };
                range(
                    Date::Month { year, month },
                    Date::Month {
                        year: year_of_last,
                        month: last,
                    },
                )
            }
        }
    }
}

/// The range from one date to another.
fn range(from: Date, to: Date) -> Data {
    Data::Range(Box::new(Data::Date(from)), Box::new(Data::Date(to)))
}

/// A day-precision date at token `i` and its end, for times that name their day.
///
/// Inlined: `time` asks at every start, nearly all read by `find` already, where the memo
/// answers without copying the date read.
#[inline]
pub(super) fn day_at_token(scan: &Scan, i: usize) -> Option<(civil::Date, usize)> {
    let known = scan.date_rules.borrow().day(i);
    known.unwrap_or_else(|| day_read(scan, i))
}

/// [`day_at_token`] at a token the memo holds no answer for.
#[inline(never)]
fn day_read(scan: &Scan, i: usize) -> Option<(civil::Date, usize)> {
    let found = parse(scan, i, true)?;
    if found.first != i {
        return None;
    }
    match found.reading {
        Reading::Date(Date::Day(d)) => Some((d, found.end)),
        _ => None,
    }
}

/// The longest date starting at token `i`. `want_day` makes offsets give their day rather
/// than a time ("in 7 days" at 5pm).
///
/// `date`, `time` and `range` all ask for dates at the same tokens, so the answers for both
/// values of `want_day` are computed together, once per token, and kept in the scan
/// ([`Memo`]). Only the `offset` rule depends on `want_day`. Of two candidates the longer
/// wins, of equally long ones the rule tried first.
pub(super) fn parse(scan: &Scan, i: usize, want_day: bool) -> Option<Found> {
    // A word no date rule starts on (most words) is settled by its flags; both tests at once
    // (`&`), as whether the token is a word follows no pattern.
    if scan.tokens.get(i)?.is_word() & (facts(scan, i) & (R_DATE | NUMBER) == 0) {
        return None;
    }
    let variant = usize::from(want_day);
    if let Some(best) = scan.date_rules.borrow().get(i, variant) {
        return best;
    }
    parse_fresh(scan, i, variant)
}

/// [`parse`] at a token not read yet. Out of line: most calls find their answer in the memo,
/// and need none of the room the rules take.
#[inline(never)]
fn parse_fresh(scan: &Scan, i: usize, variant: usize) -> Option<Found> {
    let present = scan.date_rules.borrow_mut().present(scan);
    let plan = plan(scan, i, present);
    // Most starts have no rule left (a number before an ordinary word, "a" before a noun):
    // they are kept as "no date" with no answers built or copied.
    if plan.rules == 0 {
        scan.date_rules
            .borrow_mut()
            .insert_none(i, scan.tokens.len());
        return None;
    }
    // Nothing is borrowed while rules run: they ask for dates at other tokens.
    let best = read(scan, i, plan);
    scan.date_rules
        .borrow_mut()
        .insert(i, scan.tokens.len(), best);
    best[variant]
}

/// Every token fact of the scan at once ([`Memo::present`]).
pub(super) fn present(scan: &Scan) -> u32 {
    scan.date_rules.borrow_mut().present(scan)
}

/// The paragraph's [`Index`]: where a date, time or duration may start ([`Index::starts`]) and
/// the words `ordinal` and `list` start from ([`Index::triggers`]), read once per paragraph.
pub(super) fn index(scan: &Scan) -> Rc<Index> {
    scan.date_rules.borrow_mut().index(scan)
}

/// What [`parse`] read at the tokens asked about so far, kept in `scan.date_rules`. Sparse:
/// most tokens are never asked about, so a token's answers are found through a small index.
///
/// A scan, and so a memo, is made per paragraph: a memo takes the vectors the last one left
/// ([`SPARE`]), emptied, rather than allocating its own.
pub(super) struct Memo {
    /// Per token: 1 + the index of its answers, 0 when not read yet, [`NO_DATE`] where no
    /// date starts; grown on demand.
    slot: Vec<u32>,
    /// [`parse`]'s answers without and with `want_day`.
    answers: Vec<[Option<Found>; 2]>,
    /// The paragraph's [`Index`], once read (`index_read`); before that, the last paragraph's,
    /// whose room is reused.
    index: Option<Rc<Index>>,
    index_read: bool,
    /// Per token, where `duration::parse_at`'s duration ends: 0 not read yet, 1 none (also
    /// where `duration::may_start` said none may start), `end + 2`; grown on demand. Only the
    /// end: the date rules ask for the duration itself at few tokens, and read it again there
    /// rather than every duration being copied.
    duration_slot: Vec<u32>,
}

/// The vectors of a [`Memo`] dropped, emptied, for the next one.
#[derive(Default)]
struct Room {
    slot: Vec<u32>,
    answers: Vec<[Option<Found>; 2]>,
    index: Option<Rc<Index>>,
    duration_slot: Vec<u32>,
}

thread_local! {
    /// The room the last memo of this thread left.
    static SPARE: std::cell::Cell<Option<Room>> = const { std::cell::Cell::new(None) };
}

impl Default for Memo {
    fn default() -> Memo {
        let room = SPARE.with(std::cell::Cell::take).unwrap_or_default();
        Memo {
            slot: room.slot,
            answers: room.answers,
            index: room.index,
            index_read: false,
            duration_slot: room.duration_slot,
        }
    }
}

impl Drop for Memo {
    fn drop(&mut self) {
        let mut room = Room {
            slot: std::mem::take(&mut self.slot),
            answers: std::mem::take(&mut self.answers),
            index: self.index.take(),
            duration_slot: std::mem::take(&mut self.duration_slot),
        };
        // A slot of 0 is "not read yet": the next paragraph's slots start so.
        room.slot.clear();
        room.answers.clear();
        room.duration_slot.clear();
        SPARE.with(|spare| spare.set(Some(room)));
    }
}

/// [`Memo::slot`] of a token where no date starts, with or without `want_day`.
const NO_DATE: u32 = u32::MAX;

impl Memo {
    /// The answer for `variant` at token `i`, if read: `None` when not read yet. Only that
    /// answer is copied, not both.
    fn get(&self, i: usize, variant: usize) -> Option<Option<Found>> {
        match *self.slot.get(i)? {
            0 => None,
            NO_DATE => Some(None),
            k => Some(self.answers.get(k as usize - 1)?[variant]),
        }
    }

    /// [`day_at_token`]'s answer at token `i`, if read.
    fn day(&self, i: usize) -> Option<Option<(civil::Date, usize)>> {
        match *self.slot.get(i)? {
            0 => None,
            NO_DATE => Some(None),
            k => Some(match self.answers.get(k as usize - 1)?[1] {
                Some(Found {
                    first,
                    end,
                    reading: Reading::Date(Date::Day(d)),
                    ..
                }) if first == i => Some((d, end)),
                _ => None,
            }),
        }
    }

    /// Keeps `best` as the answers at token `i` of a paragraph of `tokens` tokens.
    fn insert(&mut self, i: usize, tokens: usize, best: [Option<Found>; 2]) {
        // Most tokens asked about hold no date: they take no room in `answers`.
        if best.iter().all(Option::is_none) {
            self.insert_none(i, tokens);
            return;
        }
        self.grow(i, tokens);
        self.answers.push(best);
        self.slot[i] = self.answers.len() as u32;
    }

    /// Keeps "no date" as the answers at token `i` of a paragraph of `tokens` tokens.
    fn insert_none(&mut self, i: usize, tokens: usize) {
        self.grow(i, tokens);
        self.slot[i] = NO_DATE;
    }

    /// Makes room for the slot of token `i` of a paragraph of `tokens` tokens.
    fn grow(&mut self, i: usize, tokens: usize) {
        if self.slot.len() <= i {
            // One slot per token of the paragraph at once, rather than growing token by token.
            self.slot.resize(tokens.max(i + 1), 0);
        }
    }

    /// Whether a duration starts at token `i`, if known (without copying it).
    pub(super) fn duration_known(&self, i: usize) -> Option<bool> {
        match *self.duration_slot.get(i)? {
            0 => None,
            k => Some(k > 1),
        }
    }

    /// Where the duration `duration::parse_at` read at token `i` ends, if read.
    fn duration_end(&self, i: usize) -> Option<Option<usize>> {
        match *self.duration_slot.get(i)? {
            0 => None,
            1 => Some(None),
            k => Some(Some(k as usize - 2)),
        }
    }

    /// Keeps `end`, where `duration::parse_at`'s duration at token `i` of `tokens` tokens ends
    /// (`None`: no duration there).
    pub(super) fn keep_duration(&mut self, i: usize, tokens: usize, end: Option<usize>) {
        if self.duration_slot.len() <= i {
            self.duration_slot.resize(tokens.max(i + 1), 0);
        }
        self.duration_slot[i] = end.map_or(1, |end| end as u32 + 2);
    }

    /// Empties the memo for the next paragraph read into the same scan, keeping its room (the
    /// index's too): the state a dropped memo leaves the next one, without the round trip.
    pub(super) fn reset(&mut self) {
        self.slot.clear();
        self.answers.clear();
        self.index_read = false;
        self.duration_slot.clear();
    }

    /// Every token fact of the text at once (their union): rules that need a month, a
    /// weekday or a unit of time somewhere are not tried in a text without one.
    fn present(&mut self, scan: &Scan) -> u32 {
        self.read_index(scan).present
    }

    /// The paragraph's [`Index`], read on first use.
    fn index(&mut self, scan: &Scan) -> Rc<Index> {
        self.read_index(scan).clone()
    }

    /// The paragraph's [`Index`], read into the last one's room where no finder holds that
    /// any more.
    #[inline]
    fn read_index(&mut self, scan: &Scan) -> &Rc<Index> {
        if !self.index_read {
            self.read_index_fresh(scan);
        }
        // OK because the index was set when it was read.
        self.index.as_ref().unwrap()
    }

    /// [`Memo::read_index`] the first time.
    #[inline(never)]
    fn read_index_fresh(&mut self, scan: &Scan) {
        self.index_read = true;
        match self.index.as_mut().and_then(Rc::get_mut) {
            Some(index) => index.read(scan),
            None => {
                let mut index = Index::default();
                index.read(scan);
                self.index = Some(Rc::new(index));
            }
        }
    }
}

/// What one pass over a paragraph's token facts finds, for every finder that visits only
/// some tokens: date, time and duration their starts, ordinal and list their trigger
/// words. Shared (`Rc`), so that a finder iterates it while the memo is in use.
#[derive(Default)]
pub(super) struct Index {
    /// Every token fact of the text at once (their union).
    pub present: u32,
    /// Room for a start per token, as `triggers`; the first `start_count` are the
    /// paragraph's.
    starts: Vec<u32>,
    start_count: usize,
    /// Room for a trigger per token of the longest paragraph yet; the first
    /// `trigger_count` are the paragraph's.
    triggers: Vec<u32>,
    trigger_count: usize,
}

impl Index {
    /// Reads the index of the paragraph of `scan`, over what it held.
    fn read(&mut self, scan: &Scan) {
        let facts = scan.temporal_starts;
        // Room for the worst case, so the pass over every token never grows them: both are
        // written in place ([`Index::visit_block`]; the triggers two slots past the last
        // one too, the starts four), and their room is kept (not cleared: what a paragraph
        // writes is all it reads).
        if self.triggers.len() < facts.len() + 2 {
            self.triggers.resize(facts.len() + 2, 0);
        }
        if self.starts.len() < facts.len() + 4 {
            self.starts.resize(facts.len() + 4, 0);
        }
        let mut triggers = 0;
        self.start_count = 0;
        // Most tokens are worth no visit (three in four are none of START, LEAD or TRIGGER,
        // and most LEAD words come before no content): the facts are read [`BLOCK`] at a
        // time, each with the next two tokens', into a bit per start worth its further
        // tests and one per trigger (with vector instructions), and only those tokens are
        // visited. The blocks whose next two
        // tokens are in the text are read in place; the rest from a copy, 0 past the end.
        // The numbers are visited in token order too: `number` is the first one not passed
        // yet, so `settled_none` finds a start's number without a search ([`number_from`]).
        let mut number = 0;
        let full = facts.len().saturating_sub(2) / BLOCK;
        let mut last = [0; BLOCK + 2];
        let rest = &facts[full * BLOCK..];
        last[..rest.len()].copy_from_slice(rest);
        // The union, first, for `settled_none`: a block at a time, then the copy of the
        // rest, so that no loop runs over a last few tokens (a `fold` over every token, whose
        // vector loop leaves such a loop, took some 15k simulated mispredicts per BBC round
        // more there, and about 1% in wall time).
        let (blocks, _) = facts[..full * BLOCK].as_chunks::<BLOCK>();
        let union = last.iter().fold(0, |all, &f| all | f);
        self.present = blocks.iter().fold(union, |all, block| {
            block.iter().fold(all, |all, &f| all | f)
        });
        for b in 0..full {
            let first = b * BLOCK;
            if let Some(window) = facts[first..].first_chunk() {
                self.visit_block(first, window, &mut triggers);
            }
        }
        self.visit_block(full * BLOCK, &last, &mut triggers);
        self.trigger_count = triggers;
        // The starts the blocks found are then kept in place, in order, where `needs_next`
        // holds and `settled_none` does not: in a loop of their own, whose end comes once a
        // paragraph, not once a block (visited in the block's loop, its end and the tests
        // took about 24k simulated mispredicts per BBC round more, for 3 M fewer
        // instructions; 4 of 5 wall-time pairs slower, by 0.3%). Each is written whether it is
        // kept or not, and counted only if so: whether it is kept goes either way at random
        // (a push after `&&` took some 45k simulated mispredicts more, and 0.4-1.2% in wall
        // time, for 1.8 M fewer instructions).
        let mut kept = 0;
        for i in 0..self.start_count {
            let k = self.starts[i] as usize;
            let f = facts[k];
            let needed = super::calendar::needs_next(f, &facts[k + 1..]);
            let settled = needed & may_settle(f)
                && settled_none(scan, k, f, self.present & PART != 0, &mut number);
            self.starts[kept] = k as u32;
            kept += usize::from(needed & !settled);
        }
        self.start_count = kept;
    }

    /// Files the tokens of `window` but its last two (the facts of tokens `first..`, and of
    /// the two tokens after them) among the triggers and the starts [`visit_bits`] finds;
    /// `triggers` is the count of triggers written. A start is told by its bit, not by the tests
    /// `calendar::starts_at` opens with: which token passes them follows no pattern a
    /// predictor learns (about 120k simulated mispredicts per BBC round as branches). The
    /// triggers are written apart, without a loop for the first two in the block: each slot
    /// is written whether a trigger is left or not, and counted only if so. Visited in one
    /// loop with the starts, they made the loop go round at random and each visit ask which
    /// of the two it was (about 50k simulated mispredicts more, and 0.7% in wall time). The
    /// starts are written the same way, the first four without a loop, for
    /// [`Index::read`] to sift.
    #[inline(always)]
    fn visit_block(&mut self, first: usize, window: &[u32; BLOCK + 2], triggers: &mut usize) {
        let (starts, trigger_bits) = visit_bits(window);
        // OK as a cast: a token index fits, as the lexer cuts a text at `u32::MAX` bytes.
        let first = first as u32;
        write_bits::<2>(&mut self.triggers, triggers, first, trigger_bits);
        write_bits::<4>(&mut self.starts, &mut self.start_count, first, starts);
    }

    /// The tokens where a date, time or duration may start ([`START`], see
    /// `calendar::starts_at`), in order: read once for the three finders that visit them.
    pub fn starts(&self) -> &[u32] {
        &self.starts[..self.start_count]
    }

    /// The tokens that carry [`TRIGGER`], in order.
    pub fn triggers(&self) -> &[u32] {
        &self.triggers[..self.trigger_count]
    }
}

/// Writes `first` plus the place of every set bit of `bits`, in order, to `room` from `*count`
/// on, and counts them ([`Index::visit_block`]): the first `UNROLLED` with no loop, each slot
/// written whether a bit is left or not and counted only if so (so `room` must hold
/// `UNROLLED` slots past the last bit), the rare rest in a loop.
#[inline(always)]
fn write_bits<const UNROLLED: usize>(room: &mut [u32], count: &mut usize, first: u32, bits: u32) {
    let mut bits = bits;
    for _ in 0..UNROLLED {
        room[*count] = first + bits.trailing_zeros();
        *count += usize::from(bits != 0);
        bits &= bits.wrapping_sub(1);
    }
    while bits != 0 {
        room[*count] = first + bits.trailing_zeros();
        *count += 1;
        bits &= bits - 1;
    }
}

/// How many tokens [`Index::read`] reads at once.
const BLOCK: usize = 16;

/// How far [`START`] and [`BRIDGE`] are shifted down to the bit of [`LEAD`].
const START_TO_LEAD: u32 = START.trailing_zeros() - LEAD.trailing_zeros();
const BRIDGE_TO_LEAD: u32 = BRIDGE.trailing_zeros() - LEAD.trailing_zeros();

/// Two bits per token of a block of [`BLOCK`] token facts (the first the lowest): the tokens
/// that pass the tests `calendar::starts_at` opens with ([`START`], or a [`LEAD`] word before
/// content; a rule that can start there), which leave its `needs_next`, and the [`TRIGGER`]
/// tokens. `window` holds the block's facts and the next two tokens'; four tokens to a vector
/// instruction, the tests on the next tokens shifted onto the bit of [`LEAD`].
#[inline]
fn visit_bits(window: &[u32; BLOCK + 2]) -> (u32, u32) {
    let quad = |k: usize| u32x4::from([window[k], window[k + 1], window[k + 2], window[k + 3]]);
    let zero = u32x4::splat(0);
    let (mut no_start, mut no_trigger) = (0, 0);
    for q in 0..BLOCK / 4 {
        let (four, next, after) = (quad(4 * q), quad(4 * q + 1), quad(4 * q + 2));
        let opens = next >> START_TO_LEAD | next >> BRIDGE_TO_LEAD & after >> START_TO_LEAD;
        // A function word opens where content follows; any other token where it is content:
        // on the bit of LEAD, the one test where the word has it, the other where it has not.
        let open = (four & opens | !four & four >> START_TO_LEAD) & u32x4::splat(LEAD);
        let rules = four & u32x4::splat(R_DATE | R_TIME | NUMBER | DIGITS | MARK);
        let skip = open.simd_eq(zero) | rules.simd_eq(zero);
        no_start |= skip.to_bitmask() << (4 * q);
        let trigger = four & u32x4::splat(TRIGGER);
        no_trigger |= trigger.simd_eq(zero).to_bitmask() << (4 * q);
    }
    (!no_start & 0xffff, !no_trigger & 0xffff)
}

/// Whether [`settled_none`] may hold at a start with facts `f`: digits, a word whose one
/// rule is the year or the holiday rule, or an amount or a number word whose other rules are
/// the year's and a time's ([`bare_amount`]). One test in the pass over every token, before a
/// call. The three tests are made together (`|`, `&`): as branches they went either way at
/// random per start (about 35k simulated mispredicts per BBC round).
#[inline]
fn may_settle(f: u32) -> bool {
    let year_or_holiday = f & (R_DATE | R_TIME | NUMBER | MARK);
    (f & (DIGITS | MARK) != 0)
        | (year_or_holiday == R_YEAR)
        | (year_or_holiday == R_HOLIDAY)
        | (f & (R_DATE | MARK) & !(R_AMOUNT | R_YEAR) == 0) & (f & (R_AMOUNT | NUMBER) != 0)
}

/// Whether the start at token `k`, with facts `f`, is settled as no date, time or duration by
/// its flags and the first steps of the rules that may start there: a word that leads into a
/// year only ("of", "from", "his") before no year, a holiday word only ("new", "world", "good")
/// that begins no holiday's name, a `'` before no digits (a quote mark), digits that go on with
/// nothing temporal ([`bare_digits`]), an amount or number word before nothing temporal
/// ([`bare_amount`]). Each test is one `plan`, `time::phrase` and `duration::find` take
/// themselves, so leaving such a start out of [`Index::starts`] changes no finder's answer; no
/// finder visits it. `number` is the cursor of [`number_from`].
#[inline(never)]
fn settled_none(scan: &Scan, k: usize, f: u32, parts: bool, number: &mut usize) -> bool {
    if f & DIGITS != 0 {
        return bare_digits(scan, k, parts, number_from(scan, number, k));
    }
    if scan.tokens[k].kind == super::Tok::Punct {
        // A `'` before no digits: a quote mark, not "the '80s". ("@" leads into a clock.)
        let decade = is_punct(scan, k, '\'') && digit_len(scan, k + 1) > 0;
        return !(decade || is_punct(scan, k, '@'));
    }
    match f & (R_DATE | R_TIME | NUMBER | DIGITS | MARK) {
        R_YEAR => !year_or_era_at(scan, k + 1),
        R_HOLIDAY => holiday_name(scan, k).is_none(),
        _ => bare_amount(scan, k, f, parts, number),
    }
}

/// The number that starts at token `k` (as `calendar::number_at`), found from `cursor`, the
/// first of `scan.numbers` not passed yet: [`Index::read`] asks in token order, so the cursor
/// only moves forward, over each number once, where each search would read several.
fn number_from<'s>(scan: &'s Scan, cursor: &mut usize, k: usize) -> Option<&'s NumberMatch> {
    if facts(scan, k) & NUMBER == 0 {
        return None;
    }
    let numbers = &scan.numbers;
    while numbers.get(*cursor).is_some_and(|n| n.first < k) {
        *cursor += 1;
    }
    numbers.get(*cursor).filter(|n| n.first == k)
}

/// Whether the word at token `i`, with facts `f`, is an amount or a number word and nothing
/// else a date or time starts on ("two", "one"), and what follows makes it none: no year after
/// it where it may lead into one ("one 2007 decree"), no duration ([`duration::may_start`]),
/// no plural weekday or "upcoming" after its quantity ("3 fridays ago", "2 upcoming weeks"),
/// nothing after its number that makes a time of it (`time::may_follow_digits`). Of the other
/// words a time starts on, which carry [`R_TIME`], only "a" is asked: it opens a time only
/// before "quarter" ("a quarter past"), a unit of time, which makes it a duration's start
/// too. `number` is the cursor of [`number_from`].
fn bare_amount(scan: &Scan, i: usize, f: u32, parts: bool, number: &mut usize) -> bool {
    if f & (R_DATE | MARK) & !(R_AMOUNT | R_YEAR) != 0
        || f & (R_AMOUNT | NUMBER) == 0
        || !scan.tokens[i].is_word()
        || f & R_TIME != 0 && lower(scan, i).as_str() != "a"
    {
        return false;
    }
    let number = number_from(scan, number, i);
    // A word has no digits, so no minute or second mark makes a duration of it: what
    // `duration::may_start` asks first is all it asks.
    if f & R_YEAR != 0 && year_or_era_at(scan, i + 1) || duration::unit_near(scan, i, || number) {
        return false;
    }
    if let Some((_, j)) = super::calendar::quantity_with(scan, i, number)
        && (is_word(scan, j, "upcoming") || plural_weekday(scan, j).is_some())
    {
        return false;
    }
    f & NUMBER == 0 || number.is_some_and(|n| !super::time::may_follow_digits(scan, n.end, parts))
}

/// Whether the digits at token `i` stand alone before a mark that goes on with nothing
/// temporal ("4,", "in 2004.", "12)", "2.5 bn"), so that no date, time or duration starts on
/// them: no month or unit of time is in reach (what the day-first and day-of-month rules and a
/// duration need first; a duration's unit up to five tokens past a longer number, "1,000
/// more days"), no year list runs through them, the mark or word (or the paragraph's end) is
/// none that a numeric date ("3/3/2015"), a clock ("7:09", "8 (GMT)") or a minute or second
/// mark ("2'") goes on with, and nothing after a longer number makes a time or a plural weekday
/// of it. Every word rule needs a word next ("1980s", "3rd", "14 a.d.", "1986 results"); an
/// offset or shift, a duration or plural weekday after the number; a time, what
/// [`super::time`] lets follow bare digits. `number` is the number at `i`, if any.
fn bare_digits(scan: &Scan, i: usize, parts: bool, number: Option<&NumberMatch>) -> bool {
    match scan.tokens.get(i + 1).map(|t| (t.kind, t.start)) {
        None => {}
        Some((super::Tok::Punct, at)) => {
            let Some(&mark) = scan.text.as_bytes().get(at as usize) else {
                return false;
            };
            match mark {
                b',' | b')' | b';' | b'%' | b'!' | b'?' => {}
                b'-' | b'/' | b'.' if !numeric_may_start(scan, i, mark) => {}
                _ => return false,
            }
        }
        Some((super::Tok::Word, _)) => {
            // The word rules' first steps ("1980s", "18q4", "3rd", "14 ad", "1986 results"),
            // a plural weekday ("3 fridays ago"); what makes bare digits a time, below.
            let next = lower(scan, i + 1);
            let next = next.as_str();
            if matches!(
                next,
                "s" | "q" | "st" | "nd" | "rd" | "th" | "ad" | "ce" | "a"
            ) || facts(scan, i + 1) & ORDINAL != 0
                || digit_len(scan, i) == 4 && (is_reported_noun(next) || describes_period(next))
                || plural_weekday(scan, i + 1).is_some()
            {
                return false;
            }
        }
        Some((super::Tok::Digits, _)) => return false,
    }
    if (i + 1..i + 7).any(|k| facts(scan, k) & (MONTH | UNIT) != 0) {
        return false;
    }
    if digit_len(scan, i) == 4 && i > 0 && separates_list(scan, i - 1) {
        return false;
    }
    // A number that goes on past the digits ("2.5", "1,000", "4 bn") is read to its end by
    // a duration, whose unit may stand up to five tokens after it, by an offset ("2.5
    // fridays ago") and by a time, which ask what follows it.
    if let Some(n) = number
        && n.end != i + 1
        && ((i + 7..n.end + 6).any(|k| facts(scan, k) & UNIT != 0)
            || plural_weekday(scan, n.end).is_some()
            || super::time::may_follow_digits(scan, n.end, parts))
    {
        return false;
    }
    // The dearest test last: a word after the digits that makes them a time.
    scan.tokens.get(i + 1).is_none_or(|t| !t.is_word())
        || !super::time::may_follow_digits(scan, i + 1, parts)
}

/// The best date at token `i` without and with `want_day` (see [`parse`]), trying the rules
/// of `plan`.
fn read(scan: &Scan, i: usize, plan: Plan) -> [Option<Found>; 2] {
    let (before, after) = read_rules(scan, i, plan);
    let best = |offset: Option<Found>| {
        let mut best = before;
        offer(&mut best, offset);
        offer(&mut best, after);
        best
    };
    // Most starts plan no offset: then both answers are one.
    if !plan.has(rule::OFFSET) {
        let best = best(None);
        return [best, best];
    }
    offsets(scan, i, plan.present, plan.may_duration).map(best)
}

/// Keeps `found` where it is longer than the best so far.
fn offer(best: &mut Option<Found>, found: Option<Found>) {
    if let Some(f) = found
        && best.as_ref().is_none_or(|b| f.end > b.end)
    {
        *best = Some(f);
    }
}

/// One bit per date rule, for [`Plan`].
mod rule {
    pub const NUMERIC: u32 = 1;
    pub const DECADE: u32 = 1 << 1;
    pub const QUARTER: u32 = 1 << 2;
    pub const DAY_FIRST: u32 = 1 << 3;
    pub const NTH: u32 = 1 << 4;
    pub const DAY_OF_MONTH: u32 = 1 << 5;
    pub const ERA: u32 = 1 << 6;
    pub const UPCOMING: u32 = 1 << 7;
    pub const SHIFTED: u32 = 1 << 8;
    pub const OFFSET: u32 = 1 << 9;
    pub const RELATIVE_DAY: u32 = 1 << 10;
    pub const GRAIN: u32 = 1 << 11;
    pub const WEEKDAY: u32 = 1 << 12;
    pub const MONTH_FIRST: u32 = 1 << 13;
    pub const MONTH_MODIFIED: u32 = 1 << 14;
    pub const HOLIDAY: u32 = 1 << 15;
    pub const YEAR: u32 = 1 << 16;
    pub const APPROX: u32 = 1 << 17;
    pub const LISTED_YEAR: u32 = 1 << 18;
    pub const REPORTED_YEAR: u32 = 1 << 19;
    pub const SEASON: u32 = 1 << 20;
}

/// The rules worth trying at one token ([`plan`]), and what they share.
#[derive(Clone, Copy)]
struct Plan {
    /// [`rule`] bits.
    rules: u32,
    /// Every token fact of the text ([`Memo::present`]).
    present: u32,
    /// `duration::may_start` at the token, where a rule asks (`shifted`, `offset`); false
    /// where the memo knows no duration starts there (then both rules find none anyway).
    may_duration: bool,
}

impl Plan {
    fn has(self, rule: u32) -> bool {
        self.rules & rule != 0
    }
}

/// The rules that may read a date at token `i`: each only where what it needs first is there,
/// a month, a weekday or a unit of time somewhere in the text (`present`), or a given word or
/// flag on the next few tokens. Every test below is a step the rule itself takes first, so
/// leaving a rule out changes nothing; a token with no rule left is no start at all, and the
/// memo keeps it as "no date" without reading any rule. No rule starts on punctuation but the `'`
/// of "'80s", on a glued number ("MH17"), or on a long or non-ASCII word.
fn plan(scan: &Scan, i: usize, present: u32) -> Plan {
    let mut plan = Plan {
        rules: 0,
        present,
        may_duration: false,
    };
    let token = scan.tokens[i];
    if token.kind == super::Tok::Punct {
        // "'80s": the decade's digits follow the mark.
        if token.is_punct(scan.text, '\'') && digit_len(scan, i + 1) > 0 {
            plan.rules = rule::DECADE;
        }
        return plan;
    }
    // The facts of the seven tokens after `i` (0 past the end), read once: the rules below ask
    // for their union over several ranges.
    let mut near = [0; 8];
    let after = scan.temporal_starts.get(i + 1..).unwrap_or(&[]);
    match after.get(..7) {
        Some(seven) => near[1..].copy_from_slice(seven),
        None => near[1..=after.len()].copy_from_slice(after),
    }
    // The union of the facts of tokens `i + 1..=i + n` (`n` at most seven).
    let ahead = |n: usize| near[1..n + 1].iter().fold(0, |all, f| all | f);
    let unit = present & UNIT != 0;
    // `upcoming` reads the word "upcoming" whichever way it starts.
    let upcoming_here = unit && present & R_UPCOMING != 0;
    let mut rules = 0;
    let mut add = |rule: u32, may: bool| {
        if may {
            rules |= rule;
        }
    };
    if token.is_digits() {
        if super::calendar::glued(scan, i) {
            return plan;
        }
        let next = lower(scan, i + 1);
        let next = next.as_str();
        let separator = scan
            .tokens
            .get(i + 1)
            .filter(|t| t.kind == super::Tok::Punct)
            .and_then(|t| scan.text.as_bytes().get(t.start as usize))
            .filter(|b| matches!(b, b'-' | b'/' | b'.'));
        let suffix = matches!(next, "st" | "nd" | "rd" | "th");
        // A day of the month has one or two digits.
        let day = digit_len(scan, i) <= 2;
        plan.may_duration = duration::may_start_known(scan, i, unit);
        let then = word_after_duration(scan, i, plan.may_duration);
        add(
            rule::NUMERIC,
            separator.is_some_and(|&sep| numeric_may_start(scan, i, sep)),
        );
        add(rule::DECADE, next == "s");
        // "18q4", "3rd qtr", "4th-quarter"
        add(
            rule::QUARTER,
            next == "q" || suffix && (2..4).any(|d| is_any(scan, i + d, QUARTER_WORDS)),
        );
        // "13 September", "13th of September"
        add(rule::DAY_FIRST, day && ahead(3) & MONTH != 0);
        // "3rd monday of", "1st last day of"
        add(
            rule::NTH,
            suffix && (2..4).any(|d| counted_before_of(scan, i + d)),
        );
        // "20th day of next month": "of" at most three tokens on, "month" at most six.
        add(
            rule::DAY_OF_MONTH,
            day && (near[3] | near[4] | near[5] | near[6]) & UNIT != 0
                && (1..4).any(|d| of_month_at(scan, i + d)),
        );
        add(
            rule::ERA,
            matches!(next, "ad" | "ce")
                || next == "a" && is_punct(scan, i + 2, '.') && is_word(scan, i + 3, "d"),
        );
        // "2001" in "during 2000 and 2001": a year after a separator.
        add(
            rule::LISTED_YEAR,
            digit_len(scan, i) == 4 && i > 0 && separates_list(scan, i - 1),
        );
        // "1986 results", "1987 third quarter earnings": a year before what it dates, a report
        // or a word that describes its period (an ordinal opens "third quarter").
        add(
            rule::REPORTED_YEAR,
            digit_len(scan, i) == 4
                && scan.tokens.get(i + 1).is_some_and(|t| t.is_word())
                && (facts(scan, i + 1) & ORDINAL != 0
                    || is_reported_noun(next)
                    || describes_period(next)),
        );
        add(rule::UPCOMING, upcoming_here);
        add(rule::SHIFTED, shifts(then));
        add(rule::OFFSET, may_offset(scan, i, present, anchors(then)));
    } else {
        let w = lower(scan, i);
        let w = w.as_str();
        if w.is_empty() {
            return plan;
        }
        // Only the rules that can start on this word are tried (see the start flags in
        // `vocab`).
        let f = facts(scan, i);
        // The commonest word starts allow one rule by their flags: a function word that leads
        // into a year ("of", "for", "from", "his") the year rule, a holiday word ("new",
        // "world", "good") the holiday rule. Their first steps settle the plan (as below).
        match f & (R_DATE | NUMBER) {
            R_YEAR => {
                if year_or_era_at(scan, i + 1) {
                    plan.rules = rule::YEAR;
                }
                return plan;
            }
            R_HOLIDAY => {
                if holiday_name(scan, i).is_some() {
                    plan.rules = rule::HOLIDAY;
                }
                return plan;
            }
            _ => {}
        }
        let may = |flags: u32| f & flags != 0;
        let amount = may(R_AMOUNT | NUMBER);
        let month = present & MONTH != 0;
        plan.may_duration = amount && duration::may_start_known(scan, i, unit);
        let then = word_after_duration(scan, i, plan.may_duration);
        // "today"; "day" and "the" only in "[the] day after tomorrow".
        add(
            rule::RELATIVE_DAY,
            may(R_RELATIVE_DAY)
                && match w {
                    "the" => ahead(1) & UNIT != 0,
                    "day" => is_any(scan, i + 1, &["after", "before"]),
                    _ => true,
                },
        );
        // "this weekend", "over the weekend", "last summer", "this past weekend": a weekend or
        // a season word at most two tokens on; "summer 2012", "summer of 2012": digits at most
        // two tokens after one.
        add(
            rule::SEASON,
            may(R_GRAIN) && (f | near[1] | near[2]) & ABOUT != 0 && may_season(f, &near),
        );
        // "this week", "the following month": the unit right after the relative word.
        add(
            rule::GRAIN,
            may(R_GRAIN)
                && unit
                && if w == "the" {
                    is_word(scan, i + 1, "following") && near[2] & UNIT != 0
                } else {
                    near[1] & UNIT != 0
                },
        );
        // "Monday", "next Monday", "this past Monday", "last week's Sunday": the weekday at
        // most two tokens on.
        add(
            rule::WEEKDAY,
            may(R_WEEKDAY) && (f | ahead(2)) & WEEKDAY != 0,
        );
        // "April 28", "Wed., Feb 18"; a month that alone needs its capital ("May", "Mar",
        // see `standalone_month_ok`), lowercase ("we may"), only before a day, a year, a
        // relative word or "after" ("may 5", "march of 2014", "may this year").
        add(
            rule::MONTH_FIRST,
            may(R_MONTH)
                && (f | ahead(3)) & MONTH != 0
                && (f & MONTH == 0
                    || w.len() > 4 && w != "march"
                    || matches!(w, "june" | "july")
                    || ahead(3) & (DIGITS | ORDINAL | R_WEEKDAY) != 0
                    || is_word(scan, i + 1, "after")
                    || capitalized(scan, i)),
        );
        // "next March", "this past July"
        add(
            rule::MONTH_MODIFIED,
            may(R_MODIFIER) && ahead(2) & MONTH != 0,
        );
        // "the 1st of March", "first of march": the month at most five tokens on; after a
        // weekday ("Wed., the 13th of September") the day at most four.
        add(
            rule::DAY_FIRST,
            may(R_DAY_FIRST)
                && month
                && if f & WEEKDAY != 0 {
                    ahead(4) & (DIGITS | ORDINAL) != 0
                } else {
                    ahead(5) & MONTH != 0
                },
        );
        // "Q3", or "[last year's] [the] third[-]quarter": a day ordinal (digits or an ordinal
        // word) at most three tokens on, and "quarter" or "qtr" (units of time) at most seven
        // tokens on; or "[the] first[-]half" (`half_year`, which `quarter` reads on to).
        let ordinal_near = || (f | ahead(3)) & (ORDINAL | DIGITS) != 0;
        add(
            rule::QUARTER,
            may(R_QUARTER)
                && (w == "q"
                    || unit
                        && ordinal_near()
                        && ahead(7) & UNIT != 0
                        && (1..8).any(|d| is_any(scan, i + d, QUARTER_WORDS))
                    || (f | near[1]) & (ORDINAL | DIGITS) != 0 && half_ahead(scan, i, &near)),
        );
        // "the 1980s", "the '80s": the "s" after the digits.
        add(
            rule::DECADE,
            may(R_DECADE)
                && ahead(1) & (DIGITS | MARK) != 0
                && (is_word(scan, i + 2, "s") || is_word(scan, i + 3, "s")),
        );
        // A weekday, "day" or "week" is counted before "of" or "in", at most five tokens on
        // ("the twenty - first last friday of"); "week" itself opens "week of".
        add(
            rule::NTH,
            may(R_NTH)
                && (f | ahead(5)) & (WEEKDAY | UNIT) != 0
                && (0..6).any(|d| counted_before_of(scan, i + d)),
        );
        // "on the 15th", "the 1st"; an ordinal word with neither before it needs "of next
        // month" after it, "of" at most four tokens on ("twenty - first day of next month");
        // so does one after "the" alone ("the twenty - first day of"), and digits after it
        // their suffix; and a day after "on" alone ("on 15th day of").
        add(
            rule::DAY_OF_MONTH,
            may(R_DAY_OF_MONTH)
                && if may(ORDINAL) {
                    ahead(7) & UNIT != 0 && (1..5).any(|d| of_month_at(scan, i + d))
                } else {
                    ahead(2) & (DIGITS | ORDINAL) != 0
                        && match w {
                            "the" => {
                                is_any(scan, i + 2, &["st", "nd", "rd", "th"])
                                    || unit && (2..6).any(|d| of_month_at(scan, i + d))
                            }
                            "on" => {
                                is_word(scan, i + 1, "the")
                                    || unit && (2..7).any(|d| of_month_at(scan, i + d))
                            }
                            _ => true,
                        }
                },
        );
        // "next Easter", "this past Christmas": the name one or two tokens on; "Christmas",
        // "Good Friday": the name here, read whole (most holiday words are ordinary ones:
        // "new", "world", "good").
        add(
            rule::HOLIDAY,
            if may(R_MODIFIER) {
                (f | ahead(2)) & R_HOLIDAY != 0
            } else {
                may(R_HOLIDAY) && holiday_name(scan, i).is_some()
            },
        );
        // "in 2012", "in 14 a.d."
        add(rule::YEAR, may(R_YEAR) && year_or_era_at(scan, i + 1));
        // "mid-2012", "early July"
        add(
            rule::APPROX,
            may(R_APPROX) && ahead(2) & (DIGITS | MONTH) != 0,
        );
        add(rule::UPCOMING, (amount || may(R_UPCOMING)) && upcoming_here);
        add(rule::SHIFTED, shifts(then));
        // `offset` starts on "in" or on an amount (a number, "a", "half").
        add(
            rule::OFFSET,
            may(R_IN | R_AMOUNT | NUMBER) && may_offset(scan, i, present, anchors(then)),
        );
    }
    plan.rules = rules;
    plan
}

/// Whether `season` may read a weekend or a season at a token with facts `f`, followed by
/// tokens with facts `near[1..]` (see [`plan`]), one that is or has [`ABOUT`] (a weekend, a
/// season, "about") at most two tokens on. Out of line: the rarest rule.
#[inline(never)]
fn may_season(f: u32, near: &[u32; 8]) -> bool {
    if is_season(f) {
        (near[1] | near[2]) & DIGITS != 0
    } else {
        is_season(near[1]) || is_season(near[2])
    }
}

/// Whether `nth_of` may count token `k` before its "of" or "in" ("first monday of", "the week
/// of", "last day in"): a weekday (past its dot), "day" or "week".
#[inline]
fn counted_before_of(scan: &Scan, k: usize) -> bool {
    facts(scan, k) & (WEEKDAY | UNIT) != 0 && {
        let m = if is_punct(scan, k + 1, '.') {
            k + 2
        } else {
            k + 1
        };
        is_any(scan, m, &["of", "in"])
    }
}

/// Whether `day_of_month` may read "of \[the\] next month" from token `k`: "of", then a
/// relative word ("this", "next", "previous", all carrying [`R_WEEKDAY`]) and a unit of time.
#[inline]
fn of_month_at(scan: &Scan, k: usize) -> bool {
    // "of" carries R_YEAR ("of 2012"): one load turns most words away.
    facts(scan, k) & R_YEAR != 0 && is_word(scan, k, "of") && {
        let n = if is_word(scan, k + 1, "the") {
            k + 2
        } else {
            k + 1
        };
        facts(scan, n) & R_WEEKDAY != 0 && facts(scan, n + 1) & UNIT != 0
    }
}

/// The word after the duration at token `i`, where one may start (`may_duration`): `shifted`
/// and `offset` read a duration there, then what the word says ([`shifts`], [`anchors`]).
/// Most durations are followed by neither ("three years later", "a year of talks").
#[inline]
fn word_after_duration<'s>(scan: &'s Scan, i: usize, may_duration: bool) -> &'s str {
    if !may_duration {
        return "";
    }
    duration_end(scan, i).map_or("", |j| lower(scan, j).as_str())
}

/// Whether `shifted` goes on after a duration followed by `word`: "three days after".
fn shifts(word: &str) -> bool {
    matches!(word, "after" | "from" | "before")
}

/// Whether `offset` goes on after a duration followed by `word` ([`anchor_after`]): "two weeks
/// ago".
fn anchors(word: &str) -> bool {
    matches!(word, "ago" | "back" | "hence" | "from")
}

/// Whether [`numeric`] may read a date at digit token `i` followed by the separator `sep`, by
/// the shapes it reads: a month after the separator ("31-Oct-74"), a third number after a
/// second `sep` ("3/3/2015", "10.31.1974"), or two numbers "2014-10", "2/2013", "2/15".
/// Most digits before a separator are none of these: a decimal ("2.5"), a score or a range
/// ("won 2-1"), a number ending a sentence ("in 2004.").
fn numeric_may_start(scan: &Scan, i: usize, sep: u8) -> bool {
    let first = digit_len(scan, i);
    let then = facts(scan, i + 2);
    let third = scan.tokens.get(i + 3).is_some_and(|t| {
        t.kind == super::Tok::Punct && scan.text.as_bytes().get(t.start as usize) == Some(&sep)
    });
    let month = first <= 2 && then & MONTH != 0;
    let numbers = then & DIGITS != 0
        && match first {
            1 | 2 => third || sep == b'/',
            4 => third || sep != b'.',
            _ => false,
        };
    month || numbers
}

/// What the rules of `plan` other than `offset` read at token `i` (see [`parse`]): the best
/// date before `offset` in rule order and the best after it.
fn read_rules(scan: &Scan, i: usize, plan: Plan) -> (Option<Found>, Option<Found>) {
    let plain = |r: Option<(Date, usize)>| plain_at(i, r);
    let mut before: Option<Found> = None;
    let mut after: Option<Found> = None;
    // Each rule in its place in the order of rules (an earlier one wins a tie).
    if scan.tokens[i].is_digits() {
        if plan.has(rule::NUMERIC) {
            offer(&mut before, plain(numeric(scan, i)));
        }
        if plan.has(rule::DECADE) {
            offer(&mut before, plain(decade(scan, i)));
        }
        if plan.has(rule::QUARTER) {
            offer(&mut before, plain(quarter(scan, i)));
        }
        // `offset` comes here.
        if plan.has(rule::DAY_FIRST) {
            offer(&mut after, plain(day_first(scan, i)));
        }
        if plan.has(rule::NTH) {
            offer(&mut after, plain(nth_of(scan, i)));
        }
        if plan.has(rule::DAY_OF_MONTH) {
            offer(&mut after, plain(day_of_month(scan, i)));
        }
        if plan.has(rule::ERA) {
            offer(&mut after, year_with_era(scan, i));
        }
        if plan.has(rule::LISTED_YEAR) {
            offer(&mut after, listed_year(scan, i));
        }
        if plan.has(rule::REPORTED_YEAR) {
            offer(&mut after, reported_year(scan, i));
        }
    } else {
        if plan.has(rule::RELATIVE_DAY) {
            offer(&mut before, plain(relative_day(scan, i)));
        }
        if plan.has(rule::GRAIN) {
            offer(&mut before, plain(grain_relative(scan, i)));
        }
        if plan.has(rule::SEASON) {
            offer(&mut before, season(scan, i));
        }
        if plan.has(rule::WEEKDAY) {
            offer(&mut before, plain(weekday_phrase(scan, i)));
        }
        if plan.has(rule::MONTH_FIRST) {
            offer(&mut before, plain(month_first(scan, i)));
        }
        if plan.has(rule::MONTH_MODIFIED) {
            offer(&mut before, plain(month_modified(scan, i)));
        }
        if plan.has(rule::DAY_FIRST) {
            offer(&mut before, plain(day_first(scan, i)));
        }
        if plan.has(rule::QUARTER) {
            offer(&mut before, plain(quarter(scan, i)));
        }
        if plan.has(rule::DECADE) {
            offer(&mut before, plain(decade(scan, i)));
        }
        if plan.has(rule::NTH) {
            offer(&mut before, plain(nth_of(scan, i)));
        }
        if plan.has(rule::DAY_OF_MONTH) {
            offer(&mut before, plain(day_of_month(scan, i)));
        }
        if plan.has(rule::HOLIDAY) {
            offer(&mut before, plain(holiday(scan, i)));
        }
        // `offset` comes here.
        if plan.has(rule::YEAR) {
            offer(&mut after, year_in_context(scan, i));
        }
        if plan.has(rule::APPROX) {
            offer(&mut after, approx_period(scan, i));
        }
    }
    if plan.has(rule::UPCOMING) {
        offer(&mut after, plain(upcoming(scan, i)));
    }
    if plan.has(rule::SHIFTED) {
        offer(&mut after, shifted(scan, i));
    }
    (before, after)
}

/// A rule's plain date reading as a [`Found`] starting at token `i`.
fn plain_at(i: usize, reading: Option<(Date, usize)>) -> Option<Found> {
    reading.map(|(date, end)| Found {
        first: i,
        end,
        reading: Reading::Date(date),
        qualifier: None,
    })
}

// ---------------------------------------------------------------------------------------------
// Resolution against the reference

fn reference(scan: &Scan) -> Option<civil::Date> {
    scan.cx.reference.map(|r| r.date())
}

/// Which way tokens `first..end` point: by tense, else by the context's preference.
fn direction(scan: &Scan, first: usize, end: usize) -> Prefer {
    match tense_around(scan, first, end) {
        Tense::Past => Prefer::Past,
        Tense::Future => Prefer::Future,
        Tense::Unknown => scan.cx.prefer,
    }
}

fn ymd(y: i32, m: i32, d: i32) -> Option<civil::Date> {
    civil::Date::new(
        i16::try_from(y).ok()?,
        i8::try_from(m).ok()?,
        i8::try_from(d).ok()?,
    )
    .ok()
}

fn add_days(d: civil::Date, n: i64) -> Option<civil::Date> {
    // `try_days` rather than `n.days()`, which panics out of jiff's range ("10 billion days ago").
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn add_months(d: civil::Date, n: i64) -> Option<civil::Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

fn monday_of(d: civil::Date) -> Option<civil::Date> {
    add_days(d, -(d.weekday().to_monday_zero_offset() as i64))
}

/// Which weekday a phrase names, relative to the reference week.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shift {
    /// By tense: "Wednesday", "this Wednesday".
    Tense,
    /// "next Tuesday": that day of next week; "next March": the first one after this month.
    Next,
    /// "last Tuesday", "this past Tuesday": the latest one before the reference day.
    Last,
    /// "Friday after next": the second one ahead.
    AfterNext,
    /// "Wednesday of next week" (+1), "of this week" (0), "last week's" (-1).
    Week(i64),
}

fn resolve_weekday(
    scan: &Scan,
    wd: Weekday,
    shift: Shift,
    first: usize,
    end: usize,
) -> Option<Date> {
    let today = reference(scan)?;
    let ahead = today.weekday().until(wd) as i64; // 0..=6
    let days = match shift {
        Shift::Tense => match direction(scan, first, end) {
            Prefer::Past => -((7 - ahead) % 7),
            Prefer::Future => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
        },
        Shift::Next | Shift::Week(_) => {
            let weeks = if let Shift::Week(w) = shift { w } else { 1 };
            let monday = monday_of(today)?;
            let d = add_days(monday, 7 * weeks + wd.to_monday_zero_offset() as i64)?;
            return Some(Date::Day(d));
        }
        Shift::Last => -(if ahead == 0 { 7 } else { 7 - ahead }),
        Shift::AfterNext => {
            if ahead == 0 {
                14
            } else {
                ahead + 7
            }
        }
    };
    Some(Date::Day(add_days(today, days)?))
}

fn resolve_month(scan: &Scan, month: i8, shift: Shift, first: usize, end: usize) -> Option<Date> {
    let Some(today) = reference(scan) else {
        return (shift == Shift::Tense).then_some(Date::YearlessMonth { month });
    };
    let (y, m) = (today.year(), today.month());
    let year = match shift {
        // The reference's own month is this year's either way: no tense is read.
        Shift::Tense if month == m => y,
        Shift::Tense => match direction(scan, first, end) {
            Prefer::Past => y - i16::from(month > m),
            Prefer::Future => y + i16::from(month < m),
        },
        Shift::Next => y + i16::from(month <= m),
        Shift::AfterNext => y + 1 + i16::from(month <= m),
        Shift::Last => y - i16::from(month >= m),
        Shift::Week(years) => y + years as i16,
    };
    Some(Date::Month { year, month })
}

/// A day and month without a year: this year's, or the nearest one the tense points to; with a
/// weekday ("Sunday, Feb 10"), the nearest year where the day falls on it.
fn resolve_month_day(
    scan: &Scan,
    month: i8,
    day: u32,
    weekday: Option<Weekday>,
    first: usize,
    end: usize,
) -> Option<Date> {
    // Reject impossible days (Feb 30) whatever the year; Feb 29 exists in 2000.
    ymd(2000, month as i32, day as i32)?;
    let Some(today) = reference(scan) else {
        return Some(Date::YearlessDay {
            month,
            day: day as i8,
        });
    };
    let dir = direction(scan, first, end);
    let step: i32 = if dir == Prefer::Past { -1 } else { 1 };
    let this_year = ymd(today.year() as i32, month as i32, day as i32);
    if let Some(wd) = weekday {
        if this_year.is_some_and(|d| d.weekday() == wd) {
            return this_year.map(Date::Day);
        }
        // The nearest year where the day falls on that weekday, the tense's way first on a tie.
        for k in 1..=28 {
            for s in [step, -step] {
                let d = ymd(today.year() as i32 + s * k, month as i32, day as i32);
                if d.is_some_and(|d| d.weekday() == wd) {
                    return d.map(Date::Day);
                }
            }
        }
        return None;
    }
    for k in 0..=8 {
        let Some(d) = ymd(today.year() as i32 + step * k, month as i32, day as i32) else {
            continue;
        };
        let fits = match dir {
            Prefer::Past => d <= today,
            Prefer::Future => d >= today,
        };
        if fits {
            return Some(Date::Day(d));
        }
    }
    None
}

/// A day of the month without month ("the 15th"), with an optional weekday ("Thu 15th").
fn resolve_day(
    scan: &Scan,
    day: u32,
    weekday: Option<Weekday>,
    first: usize,
    end: usize,
) -> Option<Date> {
    let today = reference(scan)?;
    let dir = direction(scan, first, end);
    let step = if dir == Prefer::Past { -1 } else { 1 };
    let month_start = today.first_of_month();
    for k in 0..48 {
        let m = add_months(month_start, step * k)?;
        let Some(d) = ymd(m.year() as i32, m.month() as i32, day as i32) else {
            continue;
        };
        let fits = match dir {
            Prefer::Past => d <= today,
            Prefer::Future => d >= today,
        };
        if fits && weekday.is_none_or(|wd| d.weekday() == wd) {
            return Some(Date::Day(d));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Pieces

/// A four-digit year, 1000 to 2100.
fn year_at(scan: &Scan, i: usize) -> Option<i16> {
    if digit_len(scan, i) != 4 {
        return None;
    }
    let y = digits(scan, i, 4)?;
    (1000..=2100).contains(&y).then_some(y as i16)
}

/// Whether a year may stand at token `i` by its digits: four of them ([`year_at`]), or a
/// shorter number an era follows ([`year_with_era`]). What `year_in_context` reads after its
/// word: most numbers after "of", "for" or "in" are counts ("of 25 people").
fn year_or_era_at(scan: &Scan, i: usize) -> bool {
    match digit_len(scan, i) {
        4 => true,
        1..=3 => matches!(lower(scan, i + 1).as_str(), "ad" | "ce" | "a"),
        _ => false,
    }
}

/// A two-digit year ("'74", "15"): 00–49 are 2000s, 50–99 1900s.
fn short_year(n: u32) -> i16 {
    if n < 50 {
        2000 + n as i16
    } else {
        1900 + n as i16
    }
}

/// A year after a day and month: four digits, or two digits that end the phrase ("14th April
/// 15"), so "April 14 15 people" keeps its count.
fn trailing_year(scan: &Scan, i: usize) -> Option<(i16, usize)> {
    let mut j = i;
    if is_punct(scan, j, ',') {
        j += 1;
    }
    if let Some(y) = year_at(scan, j) {
        // "May 5 2012" but not "May 5 2012:30"
        return Some((y, j + 1));
    }
    if digit_len(scan, j) == 2 && j == i {
        let ends = scan
            .tokens
            .get(j + 1)
            .is_none_or(|t| t.kind == super::Tok::Punct && !t.is_punct(scan.text, ':'));
        if ends {
            return Some((short_year(digits(scan, j, 2)?), j + 1));
        }
    }
    None
}

/// An optional "weekday," before a date: weekday and the index after it.
fn weekday_prefix(scan: &Scan, i: usize) -> (Option<Weekday>, usize) {
    match weekday_at(scan, i) {
        Some((wd, mut j)) => {
            if is_punct(scan, j, ',') {
                j += 1;
            }
            (Some(wd), j)
        }
        None => (None, i),
    }
}

// ---------------------------------------------------------------------------------------------
// Rules

/// "2016-04-28", "3/3/2015", "10.31.1974", "2/15", "2/2013", "2014-10", "31-Oct-74".
fn numeric(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let sep = |j: usize| -> Option<char> {
        let t = scan.tokens.get(j)?;
        let c = t.text(scan.text).chars().next()?;
        let spaced_slash = c == '/' && scan.tokens.get(j + 1).is_some();
        if t.kind != super::Tok::Punct || !matches!(c, '-' | '/' | '.') {
            return None;
        }
        (touches_prev(scan, j) && touches_prev(scan, j + 1) || spaced_slash).then_some(c)
    };
    let a = digits(scan, i, 4)?;
    let a_len = digit_len(scan, i);
    let s1 = sep(i + 1);
    // "31-Oct-74", "31/Oct/1974"
    if let (Some(s), Some((month, k))) = (s1, month_at(scan, i + 2))
        && a_len <= 2
        && sep(k) == Some(s)
    {
        let y = match digit_len(scan, k + 1) {
            4 => year_at(scan, k + 1)?,
            2 => short_year(digits(scan, k + 1, 2)?),
            _ => return None,
        };
        return Some((Date::Day(ymd(y as i32, month as i32, a as i32)?), k + 2));
    }
    let s1 = s1?;
    let b = digits(scan, i + 2, 4)?;
    let b_len = digit_len(scan, i + 2);
    let s2 = sep(i + 3);
    let c = s2.and_then(|_| digits(scan, i + 4, 4));
    let c_len = digit_len(scan, i + 4);
    if let (Some(s2), Some(c)) = (s2, c) {
        if s2 != s1 {
            return None;
        }
        if a_len == 4 && s1 != '.' {
            // ISO order: 2015-03-03, 2015/3/3
            let d = ymd(a as i32, b as i32, c as i32)?;
            return Some((Date::Day(d), i + 5));
        }
        if a_len > 2 || b_len > 2 || !(c_len == 2 || c_len == 4) {
            return None;
        }
        let y = if c_len == 4 {
            c as i32
        } else {
            short_year(c) as i32
        };
        // US order first ("10/31/1974"); day first where the first number cannot be a month.
        let d = ymd(y, a as i32, b as i32).or_else(|| ymd(y, b as i32, a as i32))?;
        return Some((Date::Day(d), i + 5));
    }
    if s1 == '.' {
        return None;
    }
    if a_len == 4 {
        // "2014/10", "2014-10" (but "2010-11" and "2005/06" are seasons: consecutive years, a
        // range or a split year)
        let y = year_at(scan, i)?;
        let consecutive = (y as u32 % 100 + 1) % 100 == b;
        if b_len == 2 && (1..=12).contains(&b) && !consecutive {
            return Some((
                Date::Month {
                    year: y,
                    month: b as i8,
                },
                i + 3,
            ));
        }
        return None;
    }
    if b_len == 4 && a_len <= 2 && (1..=12).contains(&a) && s1 == '/' {
        // "2/2013"
        let y = year_at(scan, i + 2)?;
        return Some((
            Date::Month {
                year: y,
                month: a as i8,
            },
            i + 3,
        ));
    }
    // "2/15": US month/day. Not "3/4 of", "1/2 hour" (durations read that longer), and not a
    // dash, which is more often a score or a range ("won 2-1", "ages 5-12").
    if s1 != '/' || a_len > 2 || b_len > 2 || !(1..=12).contains(&a) {
        return None;
    }
    if is_word(scan, i + 3, "of") || unit_at(scan, i + 3).is_some() || !dates_month_day(scan, i) {
        return None;
    }
    let date = resolve_month_day(scan, a as i8, b, None, i, i + 3)?;
    Some((date, i + 3))
}

/// Whether month word `j` and token `d` after it are a commodity contract month: the last
/// digit of its year glued to a capitalised abbreviation ("MAY7", "MAR8").
fn is_contract_month(scan: &Scan, j: usize, d: usize) -> bool {
    let word = scan.tokens.get(j).map_or("", |t| t.text(scan.text));
    word.len() == 3
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && digit_len(scan, d) == 1
        && touches_prev(scan, d)
}

/// The contract month `month` whose year's last digit is token `d` ([`is_contract_month`]):
/// "MAY7" is May 1987 and "MAR8" March 1988 read in 1987, the year so ending nearest the
/// reference, up to seven years ahead; none without a reference.
fn contract_month(scan: &Scan, month: i8, d: usize) -> Option<(Date, usize)> {
    let digit = digits(scan, d, 1)? as i16;
    let today = reference(scan)?;
    let year = (today.year() - 2..=today.year() + 7).find(|y| y.rem_euclid(10) == digit)?;
    Some((Date::Month { year, month }, d + 1))
}

/// Whether the month/day with no year at tokens `i..i + 3` is a date. In running text such
/// digits are mostly fractions ("up 1/8 at 40-3/8", "5/16 point", "6-1/4 1/8") or odds ("the
/// 7/4 favourite"): they are a date standing alone (a line or a table cell: "2/15"), or where
/// a word before or a clock after makes them one ("on 2/15", "until 4/30", "tues 4/7", "4/25
/// at 4:00pm").
fn dates_month_day(scan: &Scan, i: usize) -> bool {
    const LEADS: &[&str] = &[
        "on",
        "since",
        "until",
        "till",
        "through",
        "thru",
        "effective",
        "dated",
        "ended",
        "ending",
    ];
    let end = i + 3;
    if i == 0 && end >= scan.tokens.len() {
        return true;
    }
    let before = i.checked_sub(1).filter(|_| !touches_prev(scan, i));
    if before
        .is_some_and(|k| is_any(scan, k, LEADS) || weekday_of(lower(scan, k).as_str()).is_some())
    {
        return true;
    }
    // "4/25 at 4:00pm", "4/25 at 16h00": a clock, not a price ("up 1/8 at 40-3/8").
    is_word(scan, end, "at")
        && digit_len(scan, end + 1) > 0
        && (is_punct(scan, end + 2, ':') && touches_prev(scan, end + 2)
            || is_any(scan, end + 2, &["h", "am", "pm", "a", "p"]))
}

/// "April 28, 2016", "Sept. 13", "Monday, Feb 18", "march third 2015", "April 2019",
/// "february the 15th", "Jul 18, Fri", and a month alone where it is surely a month.
fn month_first(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let (weekday, j) = weekday_prefix(scan, i);
    let (month, k) = month_at(scan, j)?;
    // "December's 4% rise": a possessive month has no day or year after it.
    if is_possessive(scan, j) {
        if weekday.is_some() || !standalone_month_ok(scan, j) {
            return None;
        }
        return Some((resolve_month(scan, month, Shift::Tense, i, k)?, k));
    }
    let mut d = k;
    if is_word(scan, d, "the") && ordinal_day_at(scan, d + 1).is_some() {
        d += 1;
    }
    if is_contract_month(scan, j, d) {
        return contract_month(scan, month, d);
    }
    let day = if digit_len(scan, d) > 0 {
        // "Feb13" touches; "13:00" after a month is a time, not a day; "Jul 12-3/4" in a
        // price table is a fraction.
        day_at(scan, d).filter(|_| !is_punct(scan, d + 1, ':') && !continues_number(scan, d + 1))
    } else {
        ordinal_word_at(scan, d).or_else(|| cardinal_day_at(scan, j, d))
    };
    if let Some((day, mut end)) = day {
        if let Some((y, stop)) = trailing_year(scan, end) {
            let date = ymd(y as i32, month as i32, day as i32)?;
            return Some((Date::Day(date), stop));
        }
        let mut weekday = weekday;
        // "Jul 18, Fri"
        if weekday.is_none()
            && is_punct(scan, end, ',')
            && let Some((wd, stop)) = weekday_at(scan, end + 1)
        {
            weekday = Some(wd);
            end = stop;
        }
        let date = resolve_month_day(scan, month, day, weekday, i, end)?;
        return Some((date, end));
    }
    if weekday.is_some() {
        return None;
    }
    // "April 2019", "October of 2014", "April, 2019"
    let mut y = k;
    if is_word(scan, y, "of") || is_punct(scan, y, ',') {
        y += 1;
    }
    if let Some(year) = year_at(scan, y) {
        return Some((Date::Month { year, month }, y + 1));
    }
    // "July this year", "July last year", "March after next"
    if let Some((shift, stop)) = year_shift_after(scan, k) {
        return Some((resolve_month(scan, month, shift, i, stop)?, stop));
    }
    if !standalone_month_ok(scan, j) {
        return None;
    }
    Some((resolve_month(scan, month, Shift::Tense, i, k)?, k))
}

/// "this year", "last year", "next year", "after next" after a month.
fn year_shift_after(scan: &Scan, k: usize) -> Option<(Shift, usize)> {
    if is_word(scan, k, "after") && is_word(scan, k + 1, "next") {
        return Some((Shift::AfterNext, k + 2));
    }
    if !is_any(scan, k + 1, YEAR_NOUNS) {
        return None;
    }
    let years = match lower(scan, k).as_str() {
        "this" | "current" => 0,
        "last" | "previous" => -1,
        "next" => 1,
        _ => return None,
    };
    Some((Shift::Week(years), k + 2))
}

/// "next March", "last July", "this past July", "this July", "in July this year".
fn month_modified(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let (shift, j) = modifier(scan, i)?;
    let (month, k) = month_at(scan, j)?;
    if digit_len(scan, k) > 0 {
        return None;
    }
    Some((resolve_month(scan, month, shift, i, k)?, k))
}

/// "next", "last", "this past", "past", "previous", "coming", "this": the shift and the
/// index after the words.
fn modifier(scan: &Scan, i: usize) -> Option<(Shift, usize)> {
    let w = lower(scan, i);
    Some(match w.as_str() {
        "next" | "coming" | "upcoming" => (Shift::Next, i + 1),
        "last" | "past" | "previous" => (Shift::Last, i + 1),
        "this" if is_word(scan, i + 1, "past") => (Shift::Last, i + 2),
        "this" if is_word(scan, i + 1, "coming") => (Shift::Next, i + 2),
        "this" => (Shift::Tense, i + 1),
        _ => return None,
    })
}

/// A day of the month in cardinal words after a capitalised month at `month`, as wire copy
/// writes it: "payable April one", "by May One", "effective April six". Not "we may one day",
/// "May one ask", where "May" opens the sentence, nor a count: "in May one analyst said".
fn cardinal_day_at(scan: &Scan, month: usize, i: usize) -> Option<(u32, usize)> {
    let n = super::calendar::number_at(scan, i)?;
    let day = n.value as u32;
    let ok = n.in_words
        && !n.approx
        && n.value.fract() == 0.0
        && (1..=31).contains(&day)
        && scan.tokens[i].is_word()
        && capitalized(scan, month)
        && !(is_word(scan, month, "may") && super::number::opens_sentence(scan, month))
        && super::number::counted_noun(scan, n.end, n.value).is_none();
    ok.then_some((day, n.end))
}

/// "28 April 2016", "the 1st of March", "15th february", "14april 2015", "first of march",
/// "Wednesday, 13 September 2023", "4th of July".
fn day_first(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let (weekday, mut j) = weekday_prefix(scan, i);
    if is_word(scan, j, "the") {
        j += 1;
    }
    let (day, mut k) = if digit_len(scan, j) > 0 {
        day_at(scan, j)?
    } else {
        ordinal_word_at(scan, j)?
    };
    if is_word(scan, k, "of") {
        k += 1;
    }
    let (month, end) = month_at(scan, k)?;
    if let Some((y, stop)) = trailing_year(scan, end) {
        let date = ymd(y as i32, month as i32, day as i32)?;
        return Some((Date::Day(date), stop));
    }
    Some((resolve_month_day(scan, month, day, weekday, i, end)?, end))
}

/// "today", "yesterday", "tomorrow", "the day after tomorrow", "the day before yesterday".
fn relative_day(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let today = reference(scan)?;
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    if is_word(scan, j, "day") && is_any(scan, j + 1, &["after", "before"]) {
        let after = is_word(scan, j + 1, "after");
        let days = match lower(scan, j + 2).as_str() {
            "tomorrow" if after => 2,
            "yesterday" if !after => -2,
            _ => return None,
        };
        return Some((Date::Day(add_days(today, days)?), j + 3));
    }
    // Capitalised after a word that is not (as in a title-case headline, "Stocks Fall Today"),
    // it names something: "Radio 4's Today programme", "told Today", "USA Today".
    let after_word = i > 0 && scan.tokens[i - 1].is_word() && !title_case(scan, i - 1);
    if after_word && title_case(scan, i) {
        return None;
    }
    let days = match lower(scan, i).as_str() {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" | "tomorrows" => 1,
        _ => return None,
    };
    Some((Date::Day(add_days(today, days)?), i + 1))
}

/// "this week", "last month", "next year", "the following week", "this quarter".
fn grain_relative(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let today = reference(scan)?;
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    let n: i64 = match lower(scan, j).as_str() {
        "this" | "current" => 0,
        "next" | "following" | "coming" | "upcoming" => 1,
        "last" | "past" | "previous" => -1,
        _ => return None,
    };
    // "the" goes only with "following": "the next year", "the last year" are spans of time.
    if j > i && !is_word(scan, j, "following") {
        return None;
    }
    let (size, unit, end) = unit_at(scan, j + 1)?;
    // "the next decade" is ten years, not a year.
    if size != 1.0 {
        return None;
    }
    let date = match unit {
        Unit::Week => Date::Week(add_days(monday_of(today)?, 7 * n)?),
        Unit::Month => {
            let d = add_months(today.first_of_month(), n)?;
            Date::Month {
                year: d.year(),
                month: d.month(),
            }
        }
        Unit::Quarter => {
            let q0 = (today.month() as i64 - 1) / 3 + n;
            let year = today.year() as i64 + q0.div_euclid(4);
            Date::Quarter {
                year: year as i16,
                quarter: (q0.rem_euclid(4) + 1) as i8,
            }
        }
        Unit::Year => Date::Year(today.year() + n as i16),
        _ => return None,
    };
    // "last week's sunday" is a weekday phrase; leave it to that rule.
    Some((date, end))
}

/// Weekday phrases: "Wednesday", "last Wednesday", "next tuesday", "friday after next",
/// "wednesday of next week", "wednesday next week", "last week's sunday", "sunday from last
/// week", "Tuesday the 19th", "Thu 15th", "monday of this week".
fn weekday_phrase(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    // "last week's sunday"
    if let Some((n, j)) = week_ref(scan, i)
        && lower(scan, j - 1).as_str() == "week's"
    {
        let (wd, end) = weekday_at(scan, j)?;
        return Some((resolve_weekday(scan, wd, Shift::Week(n), i, end)?, end));
    }
    let (shift, j) = match modifier(scan, i) {
        Some(found) => found,
        None => (Shift::Tense, i),
    };
    let (wd, k) = weekday_at(scan, j)?;
    // "Sunday's first round": a possessive weekday has nothing after it.
    if is_possessive(scan, j) {
        return Some((resolve_weekday(scan, wd, shift, i, k)?, k));
    }
    if shift == Shift::Tense {
        // "Tuesday the 19th", "Thu 15th"
        let mut d = k;
        if is_word(scan, d, "the") {
            d += 1;
        }
        if let Some((day, end)) = ordinal_day_at(scan, d)
            && month_at(scan, end).is_none()
            && !is_word(scan, end, "of")
        {
            return Some((resolve_day(scan, day, Some(wd), i, end)?, end));
        }
        // "friday after next"
        if is_word(scan, k, "after") && is_word(scan, k + 1, "next") {
            let end = k + 2;
            return Some((resolve_weekday(scan, wd, Shift::AfterNext, i, end)?, end));
        }
        // "wednesday of next week", "sunday from last week", "wednesday next week"
        let mut m = k;
        if is_any(scan, m, &["of", "from"]) {
            m += 1;
        }
        if let Some((n, end)) = week_ref(scan, m) {
            return Some((resolve_weekday(scan, wd, Shift::Week(n), i, end)?, end));
        }
        // "Sun", "Sat", "Wed", "Mon" alone are names more often than days ("The Sun", "Sun
        // Microsystems", "Herald-Sun"): a day only after "(" or a preposition of time, or as
        // the whole text.
        // "the Sunday Times", "the Sunday Telegraph": a weekday between "the" and a
        // capitalised word is a title.
        if i > 0
            && is_word(scan, i - 1, "the")
            && scan.tokens.get(k).is_some_and(|t| t.is_word())
            && capitalized(scan, k)
            && facts(scan, k) & (MONTH | WEEKDAY) == 0
        {
            return None;
        }
        let also_word = weekday_of(lower(scan, j).as_str()).is_some_and(|(_, short)| short);
        let alone = i == 0 && k >= scan.tokens.len();
        if also_word
            && !alone
            && !(i > 0
                && (is_punct(scan, i - 1, '(')
                    || is_any(scan, i - 1, &["on", "until", "till", "from", "since"])))
        {
            return None;
        }
    }
    Some((resolve_weekday(scan, wd, shift, i, k)?, k))
}

/// "this week" (0), "next week" (1), "last week" (-1) and the index after.
fn week_ref(scan: &Scan, i: usize) -> Option<(i64, usize)> {
    let n = match lower(scan, i).as_str() {
        "this" | "current" => 0,
        "next" | "following" | "coming" => 1,
        "last" | "previous" | "past" => -1,
        _ => return None,
    };
    let w = lower(scan, i + 1);
    let w = w.as_str();
    (w == "week" || w == "week's").then_some((n, i + 2))
}

/// A weekend or a season: "this weekend", "last weekend", "next weekend", "this past
/// weekend", "at the weekend", "last summer", "this winter", "in the autumn", "the summer of
/// 2012", "summer 2012", "last fall". See the grammar for how each is resolved. Out of line,
/// as the rarest rule.
#[inline(never)]
fn season(scan: &Scan, i: usize) -> Option<Found> {
    let w = lower(scan, i);
    let w = w.as_str();
    let (toward, k) = if w == "the" {
        // "the summer of 2012"; after a preposition ("at the weekend", "over the summer") a
        // time the tense points to, else `prefer`; after anything else anyone's ("the summer
        // was hot").
        let after_preposition = i > 0 && is_any(scan, i - 1, SEASON_PREPOSITIONS);
        (
            after_preposition.then_some(Toward::Near(scan.cx.prefer)),
            i + 1,
        )
    } else if season_word(scan, i).is_some() {
        // "summer 2012": a season alone names a time only with its year.
        (None, i)
    } else {
        // "the next weekend", "the last summer of the war", "the previous weekend" are counted
        // from another time; "over the past weekend", "the coming weekend" from the reference.
        let from_reference = matches!(w, "past" | "coming" | "upcoming");
        if w == "previous" || !from_reference && i > 0 && is_word(scan, i - 1, "the") {
            return None;
        }
        let (shift, k) = modifier(scan, i)?;
        let toward = match shift {
            Shift::Last => Toward::Last,
            Shift::Next if w == "next" => Toward::NextWeek,
            Shift::Next => Toward::Next,
            _ => Toward::This,
        };
        (Some(toward), k)
    };
    let first_month = season_word(scan, k)?;
    // "Suddenly Last Summer": a phrase in title case amid words in title case is a title.
    if title_case(scan, k)
        && i > 0
        && title_case(scan, i)
        && title_case(scan, i - 1)
        && !super::number::opens_sentence(scan, i)
    {
        return None;
    }
    let (year, end) = season_end(scan, k, first_month)?;
    // "fall" is a fall more often than autumn: autumn only after a preposition of time ("in
    // the fall", "by fall 2012"; not "a reason for the fall", "the oil price fall of 1986"),
    // in "the fall of 1985", or opening the text with its year (a claim's "fall 2012").
    if is_word(scan, k, "fall") {
        let after = |prepositions: &[&str]| i > 0 && is_any(scan, i - 1, prepositions);
        let autumn = match k == i {
            true => i == 0 || after(SEASON_PREPOSITIONS),
            false => w != "the" || year.is_some() || after(FALL_PREPOSITIONS),
        };
        if !autumn {
            return None;
        }
    }
    let reading = match (year, first_month) {
        (Some(year), Some(month)) => season_months(i32::from(year) * 12 + i32::from(month) - 1)?,
        (Some(_), None) => return None,
        (None, first_month) => {
            let today = reference(scan)?;
            let by_tense = |unknown: Prefer| {
                Toward::Near(match tense_around(scan, i, end) {
                    Tense::Past => Prefer::Past,
                    Tense::Future => Prefer::Future,
                    Tense::Unknown => unknown,
                })
            };
            let toward = match toward? {
                Toward::Near(unknown) => by_tense(unknown),
                // "this weekend" is the coming one but where the tense says otherwise.
                Toward::This if first_month.is_none() => by_tense(Prefer::Future),
                toward => toward,
            };
            match first_month {
                None => weekend(today, toward)?,
                Some(month) => season_near(today, month, toward)?,
            }
        }
    };
    Some(Found {
        first: i,
        end,
        reading,
        qualifier: None,
    })
}

/// Which weekend or season a phrase names, relative to the reference ([`season`]).
#[derive(Clone, Copy)]
enum Toward {
    /// "last", "past", "this past": the latest one over before the reference's.
    Last,
    /// "coming", "upcoming", "this coming": the first one that starts after the reference.
    Next,
    /// "next": a weekend of next week ("next Tuesday"), a season as [`Toward::Next`].
    NextWeek,
    /// "this": a weekend as "at the" with the future where no tense tells; a season the one
    /// the reference is in, else this year's (a winter the one over by March, from June the
    /// one to come).
    This,
    /// "this", "at the": the one the reference is in, else the nearest one the way given.
    Near(Prefer),
}

/// The prepositions of [`SEASON_PREPOSITIONS`] after which "the fall" is autumn ("in the
/// fall", not "blamed for the fall", "since the fall").
const FALL_PREPOSITIONS: &[&str] = &[
    "in",
    "by",
    "until",
    "till",
    "during",
    "through",
    "throughout",
];

/// Prepositions that make a time of "the weekend" or "the summer" after them.
const SEASON_PREPOSITIONS: &[&str] = &[
    "at",
    "over",
    "during",
    "on",
    "in",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "since",
    "for",
    "from",
    "across",
    "before",
    "after",
    "into",
];

/// The first month of the season the word at token `k` names (meteorological, northern
/// hemisphere: spring is March to May), or `Some(None)` for a weekend.
fn season_word(scan: &Scan, k: usize) -> Option<Option<i8>> {
    if !is_season(facts(scan, k)) {
        return None;
    }
    Some(match lower(scan, k).as_str() {
        "weekend" | "weekend's" => None,
        "spring" | "spring's" => Some(3),
        "summer" | "summer's" => Some(6),
        "autumn" | "autumn's" | "fall" => Some(9),
        "winter" | "winter's" => Some(12),
        _ => return None,
    })
}

/// Nouns a weekend or a season word describes where it comes before them ("weekend
/// newspapers", "summer holidays", "winter wheat"): then it names no time.
const SEASON_NOUNS: &[&str] = &[
    "break",
    "breakdown",
    "breaks",
    "camp",
    "cold",
    "collection",
    "conference",
    "crop",
    "crops",
    "edition",
    "editions",
    "event",
    "events",
    "festival",
    "fuel",
    "games",
    "getaway",
    "grains",
    "holiday",
    "holidays",
    "internationals",
    "meeting",
    "meetings",
    "months",
    "newspaper",
    "newspapers",
    "olympics",
    "paper",
    "papers",
    "planting",
    "plantings",
    "sale",
    "sales",
    "schedule",
    "school",
    "season",
    "semester",
    "series",
    "session",
    "statement",
    "talks",
    "term",
    "tests",
    "tour",
    "transfer",
    "trip",
    "trips",
    "visit",
    "water",
    "weather",
    "wheat",
    "window",
];

/// Where the weekend or season word at token `k` (of first month `first_month`, see
/// [`season_word`]) ends its phrase as a time, and the year it names: "the summer of 2012",
/// "summer 2012" (a season's only). None where what follows makes the word part of something
/// else: "of" and no year ("a weekend of talks", "the fall of Rome"), a name ("the Summer
/// Olympics", "the Autumn Statement"), a noun it describes ([`SEASON_NOUNS`]), a hyphen
/// ("summer-long"), or, after "fall", anything but the end of the clause or a conjunction
/// ("the fall in prices").
fn season_end(scan: &Scan, k: usize, first_month: Option<i8>) -> Option<(Option<i16>, usize)> {
    let next = k + 1;
    if is_possessive(scan, k) {
        return Some((None, next));
    }
    if first_month.is_some() {
        let (year, end) = match is_word(scan, next, "of") {
            true => (year_at(scan, next + 1), next + 2),
            false => (year_at(scan, next), next + 1),
        };
        if let Some(year) = year {
            return (!counts_after(scan, end)).then_some((Some(year), end));
        }
    }
    let fall = is_word(scan, k, "fall");
    let ends = match scan.tokens.get(next) {
        None => true,
        Some(t) if t.kind == super::Tok::Punct => {
            !(is_punct(scan, next, '-') && touches_prev(scan, next))
        }
        Some(t) if !t.is_word() => !fall,
        Some(_) => {
            let then = lower(scan, next);
            let then = then.as_str();
            if fall {
                matches!(then, "and" | "or" | "but" | "when" | "as" | "while")
            } else {
                then != "of"
                    && !(capitalized(scan, k) && capitalized(scan, next))
                    && !SEASON_NOUNS.contains(&then)
            }
        }
    };
    ends.then_some((None, next))
}

/// The weekend `toward` points to from `today`, Saturday and Sunday.
fn weekend(today: civil::Date, toward: Toward) -> Option<Reading> {
    let monday = monday_of(today)?;
    let in_weekend = today.weekday().to_monday_zero_offset() >= 5;
    let days = match toward {
        Toward::Last => -2,
        Toward::NextWeek => 12,
        Toward::Near(_) if in_weekend => 5,
        Toward::Near(Prefer::Past) => -2,
        Toward::Near(Prefer::Future) => 5,
        Toward::Next if in_weekend => 12,
        Toward::Next | Toward::This => 5,
    };
    let saturday = add_days(monday, days)?;
    saturday.tomorrow().ok()?;
    Some(Reading::Weekend(saturday))
}

/// The season starting in month `first_month` that `toward` points to from `today`.
fn season_near(today: civil::Date, first_month: i8, toward: Toward) -> Option<Reading> {
    // Months counted from year 0, January 0.
    let now = i32::from(today.year()) * 12 + i32::from(today.month()) - 1;
    let offset = i32::from(first_month) - 1;
    // The latest such season to start by the reference's month, and whether it still runs.
    let started = (now - offset).div_euclid(12) * 12 + offset;
    let current = now - started <= 2;
    let start = match toward {
        Toward::Near(_) | Toward::This if current => started,
        // This year's; in spring, a winter the one just over.
        Toward::This if first_month == 12 && today.month() < 6 => started,
        Toward::This => i32::from(today.year()) * 12 + offset,
        Toward::Last | Toward::Near(Prefer::Past) if current => started - 12,
        Toward::Last | Toward::Near(Prefer::Past) => started,
        Toward::Next | Toward::NextWeek | Toward::Near(Prefer::Future) => started + 12,
    };
    season_months(start)
}

/// The three months from month `start` (counted from year 0, January 0).
fn season_months(start: i32) -> Option<Reading> {
    // The year of the last month must be one too.
    i16::try_from((start + 2).div_euclid(12)).ok()?;
    Some(Reading::Season {
        year: i16::try_from(start.div_euclid(12)).ok()?,
        month: (start.rem_euclid(12) + 1) as i8,
    })
}

/// An ordinal and "quarter" or "qtr" at token `j` ("third quarter", "4th qtr",
/// "third-quarter"): the ordinal and the token after the noun.
fn numbered_quarter_at(scan: &Scan, j: usize) -> Option<(u32, usize)> {
    let (n, mut k) = ordinal_day_at(scan, j)?;
    if is_punct(scan, k, '-') && touches_prev(scan, k) {
        k += 1;
    }
    is_any(scan, k, QUARTER_WORDS).then_some((n, k + 1))
}

/// The words a numbered quarter ends on ([`numbered_quarter_at`]).
const QUARTER_WORDS: &[&str] = &["quarter", "qtr"];

/// "Q3 2018", "Q3", "2018Q4", "18q4", "the third quarter", "4th qtr of 2018", "third-quarter".
fn quarter(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let is_q = |j: usize| is_any(scan, j, &["q"]);
    let (q, mut end, mut year) = if is_q(i) && touches_prev(scan, i + 1) {
        // "Q3"
        (digits(scan, i + 1, 1)?, i + 2, None)
    } else if digit_len(scan, i) > 0 && is_q(i + 1) && touches_prev(scan, i + 1) {
        // "2018Q4", "18q4"
        let y = match digit_len(scan, i) {
            4 => year_at(scan, i)?,
            2 => short_year(digits(scan, i, 2)?),
            _ => return None,
        };
        if !touches_prev(scan, i + 2) {
            return None;
        }
        (digits(scan, i + 2, 1)?, i + 3, Some(y))
    } else {
        let mut j = i;
        // "last year's third quarter"
        let possessive = relative_year_word(scan, j).filter(|_| is_word(scan, j + 1, "year's"));
        if possessive.is_some() {
            j += 2;
        }
        if is_word(scan, j, "the") {
            j += 1;
        }
        // The rule's plan lets in a numbered half of a year too.
        let Some((n, end)) = numbered_quarter_at(scan, j) else {
            return half_year(scan, i);
        };
        let year = possessive.and_then(|shift| Some(reference(scan)?.year() + shift));
        (n, end, year)
    };
    if !(1..=4).contains(&q) {
        return None;
    }
    // "the third quarter ending March 31": a fiscal quarter, the three months to that day.
    if year.is_none()
        && let Some((last, e)) = period_end(scan, end)
    {
        return Some((
            Date::Period {
                months: 3,
                end: last,
                quarter: Some(q as i8),
            },
            e,
        ));
    }
    if year.is_none() {
        let mut j = end;
        if is_word(scan, j, "of") || is_punct(scan, j, ',') {
            j += 1;
        }
        if let Some(y) = year_at(scan, j) {
            year = Some(y);
            end = j + 1;
        } else if is_any(scan, end, &["of", "in"])
            && is_word(scan, end + 1, "fiscal")
            && let Some(y) = year_at(scan, end + 2)
        {
            // "the first quarter of fiscal 1988": a calendar quarter until `fiscal_quarters`
            // reads it by the article's fiscal calendar, or drops it where none is stated.
            year = Some(y);
            end += 3;
        } else if is_word(scan, end, "of")
            && let Some(shift) = relative_year_word(scan, end + 1)
            && is_word(scan, end + 2, "year")
        {
            // "the fourth quarter of last year"
            year = Some(reference(scan)?.year() + shift);
            end += 3;
        }
    }
    // Without a year, as a bare month: this year's quarter, or the nearest one the tense points
    // to ("profit in the fourth quarter", read in March, is last year's).
    let year = match year {
        Some(y) => y,
        None => {
            let today = reference(scan)?;
            let current = (today.month() as u32 - 1) / 3 + 1;
            match direction(scan, i, end) {
                Prefer::Past => today.year() - i16::from(q > current),
                Prefer::Future => today.year() + i16::from(q < current),
            }
        }
    };
    Some((
        Date::Quarter {
            year,
            quarter: q as i8,
        },
        end,
    ))
}

/// Whether "half" (an amount word, not a unit) stands within three tokens after `i` (whose
/// facts are `near`), for [`half_year`]'s plan, after an ordinal. Out of line: inlined, it
/// made the plan it is asked in dearer for every start.
#[inline(never)]
fn half_ahead(scan: &Scan, i: usize, near: &[u32; 8]) -> bool {
    (near[1] | near[2] | near[3]) & R_AMOUNT != 0 && (1..4).any(|d| is_word(scan, i + d, "half"))
}

/// "the first half of 2004", "the second half of last year", "the first half of the year",
/// "first-half of 2005": six months, as the period ending on the half's last day. A half
/// with no year says nothing of one ("scored in the first half" is a match's), and is none.
#[inline(never)]
fn half_year(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let j = if is_word(scan, i, "the") { i + 1 } else { i };
    let (n, mut k) = ordinal_day_at(scan, j)?;
    if !(1..=2).contains(&n) {
        return None;
    }
    if is_punct(scan, k, '-') && touches_prev(scan, k) {
        k += 1;
    }
    if !(is_word(scan, k, "half") && is_word(scan, k + 1, "of")) {
        return None;
    }
    let k = k + 2;
    let (year, end) = if let Some(y) = year_at(scan, k) {
        (y, k + 1)
    } else if is_word(scan, k + 1, "year") {
        let today = reference(scan)?;
        let shift = match is_word(scan, k, "the") {
            // "the year" is the one the tense points to, as a quarter with no year is.
            true => {
                let current = if today.month() <= 6 { 1 } else { 2 };
                match direction(scan, i, k + 2) {
                    Prefer::Past => -i16::from(n > current),
                    Prefer::Future => i16::from(n < current),
                }
            }
            false => relative_year_word(scan, k)?,
        };
        (today.year() + shift, k + 2)
    } else {
        return None;
    };
    // The half's last day: the end of June or of December.
    let end_day = ymd(i32::from(year), 6 * n as i32, 1)?.last_of_month();
    let period = Date::Period {
        months: 6,
        end: end_day,
        quarter: None,
    };
    Some((period, end))
}

/// The last day of a period from "ended" or "ending" at token `k` ("ending March 31", "ended
/// on June 30", "ended February"), and the token after it.
fn period_end(scan: &Scan, k: usize) -> Option<(civil::Date, usize)> {
    if !is_any(scan, k, &["ended", "ending", "ends"]) {
        return None;
    }
    let at = if is_word(scan, k + 1, "on") {
        k + 2
    } else {
        k + 1
    };
    let found = parse(scan, at, true).filter(|f| f.first == at)?;
    Some((last_day_of_period(scan, k, &found, None)?, found.end))
}

/// The day a period ends on, read as `found` after the word at `k` ("ended", "ending", "to"),
/// in the year `label` gives where a split year names the period ("the 1986/87 year ending
/// March 31"). A month ends on its last day ("ended February"). Where the words give no year
/// ("next March" and "1987" do), the verb places the day: what "ended" (or "ends", as results
/// headlines put it) is the latest such day by the reference date, what is "ending" the first
/// on or after it ("expects a loss for the quarter ending March 31"); "to" goes by the tense
/// around it, else by the nearest day.
fn last_day_of_period(
    scan: &Scan,
    k: usize,
    found: &Found,
    label: Option<i16>,
) -> Option<civil::Date> {
    let (year, month, day) = match found.reading {
        Reading::Date(Date::Day(d)) => (d.year(), d.month(), Some(d.day())),
        // "ended June seven" (wire style) is a day the date rules do not read: no month end.
        Reading::Date(Date::Month { .. }) if facts(scan, found.end) & (NUMBER | DIGITS) != 0 => {
            return None;
        }
        Reading::Date(Date::Month { year, month }) => (year, month, None),
        _ => return None,
    };
    let on = |year: i16| match day {
        Some(day) => civil::Date::new(year, month, day).ok(),
        None => Some(civil::Date::new(year, month, 1).ok()?.last_of_month()),
    };
    if let Some(year) = label {
        return on(year);
    }
    let Some(today) = reference(scan) else {
        return on(year);
    };
    let gives_year = (found.first..found.end)
        .any(|j| digit_len(scan, j) == 4 || is_any(scan, j, &["next", "last", "this", "past"]));
    if gives_year {
        return on(year);
    }
    let around = || (today.year() - 1..=today.year() + 1).filter_map(on);
    let latest = || around().rev().find(|&d| d <= today);
    let first = || around().find(|&d| d >= today);
    if is_any(scan, k, &["ended", "ends"]) {
        return latest();
    }
    if is_word(scan, k, "ending") {
        return first();
    }
    match tense_around(scan, found.first, found.end) {
        Tense::Past => latest(),
        Tense::Future => first(),
        Tense::Unknown => around().min_by_key(|&d| (d - today).get_days().unsigned_abs()),
    }
}

/// The nouns of a year as a period: "the year ended", "the fiscal yr ending".
const YEAR_NOUNS: &[&str] = &["year", "yr"];

/// A day or month `found` that ends a period named before it: "the year ended March 31",
/// "fiscal year ending June 30", "the 1986/87 year ending March 31", "the quarter ended January
/// 31", "six months ended December 31", "the first half ended June 30", "the year to March"
/// (British: "to" only after "the", "fiscal" or "financial": "extended six months to June 30"
/// is a delay and a date). Read back from the day, so no rule has to start on "year" or "the";
/// a numbered quarter is read forward by [`quarter`].
fn period_ending_with(scan: &Scan, found: &Found) -> Option<Found> {
    let mut k = found.first.checked_sub(1)?;
    if is_word(scan, k, "on") {
        k = k.checked_sub(1)?;
    }
    let by_to = is_word(scan, k, "to");
    if !by_to && !is_any(scan, k, &["ended", "ending", "ends"]) {
        return None;
    }
    let noun = k.checked_sub(1)?;
    let before = |j: usize| j.checked_sub(1);
    let (months, mut first) = match lower(scan, noun).as_str() {
        "quarter" | "qtr" => (3, noun),
        _ if is_any(scan, noun, YEAR_NOUNS) => (12, noun),
        "half" => {
            // "the first half": which half does not change the months.
            let ordinal = before(noun).filter(|&j| is_any(scan, j, &["first", "second"]));
            (6, ordinal.unwrap_or(noun))
        }
        "months" | "mths" => {
            let amount = before(noun)?;
            let (n, end) = quantity_at(scan, amount)?;
            if end != noun || n.fract() != 0.0 || !(1.0..=24.0).contains(&n) {
                return None;
            }
            (n as i8, amount)
        }
        _ => return None,
    };
    let fiscal = before(first).filter(|&j| is_any(scan, j, &["fiscal", "financial"]));
    if let Some(j) = fiscal {
        first = j;
    }
    // "the 1986/87 year", "the 1987/88 financial year": the split year names the year the
    // period ends in.
    let mut label = None;
    if let Some(j) = first.checked_sub(3)
        && let Some((from, _)) = super::number::split_year(scan.text, scan.tokens, j)
    {
        label = i16::try_from(from + 1).ok();
        first = j;
    }
    let the = before(first).filter(|&j| is_word(scan, j, "the"));
    if by_to && the.is_none() && fiscal.is_none() {
        return None;
    }
    let end = last_day_of_period(scan, k, found, label)?;
    Some(Found {
        first: the.unwrap_or(first),
        end: found.end,
        reading: Reading::Date(Date::Period {
            months,
            end,
            quarter: None,
        }),
        qualifier: None,
    })
}

/// Reads the text's numbered quarters by the fiscal calendar it states. A company gives its
/// calendar once ("the third quarter ending March 31", "the year ended June 30"); its other
/// quarters without a calendar year in digits ("3RD QTR" in the headline, "last year's third
/// quarter", "its third quarter is usually weak", "the first quarter of fiscal 1988") are
/// quarters of that calendar, not calendar quarters:
/// - a relative year ("last year's") counts from the fiscal year the reference date is in;
/// - fiscal 1988 is the fiscal year ending in 1988;
/// - a "previous" or "year-ago" quarter is the last such before the first period stated;
/// - a bare quarter goes the way its calendar reading went (by tense, else `prefer`): back to
///   the latest begun by the reference date, or on to the next whose results are not out (one
///   ended at most two months before).
///
/// A calendar is stated only within about a year of the reference (an old "year ended March 31,
/// 1985" may predate a change of calendar) and not by a trailing "12 months"; where the text
/// states two calendars (two companies), or one that is the calendar's (bare quarters keep
/// their tense), nothing changes. A quarter "of fiscal 1988" with no calendar stated says
/// nothing about its months, and is dropped rather than read as a calendar quarter.
/// Moves a date of the dateline (`span`) that states no year back to the latest such day on
/// or before the reference: a dateline tells when the story was filed, never a later day,
/// whatever tense its first sentence takes ("KANSAS CITY, April 9 - Egypt is expected to
/// tender April 22" read on 1987-04-15 is 1987-04-09, not 1988's).
pub(super) fn dateline_in_past(
    text: &str,
    span: Span,
    reference: civil::Date,
    values: &mut [Value],
) {
    for v in values.iter_mut() {
        if v.span.start < span.start || v.span.end > span.end {
            continue;
        }
        let Data::Date(Date::Day(day)) = &mut v.data else {
            continue;
        };
        if v.span.of(text).bytes().filter(u8::is_ascii_digit).count() >= 4 {
            continue;
        }
        // A year back at a time (February 29 goes to the 28th of a year that has none).
        while *day > reference
            && let Ok(back) = day.checked_sub(jiff::Span::new().years(1))
        {
            *day = back;
        }
    }
}

/// Reads as a year every number that is four bare digits from 1900 to 2099, with no qualifier
/// and no noun it counts: what the finders left a number ("2004 was", "on 2003") once they
/// have all read the text. See the module doc. A number counts a noun where the number finder
/// gave it one right after it ("2012 votes"), where a plural acronym follows ("2000 PCs"), or
/// where it is joined to a number that counts one ("2000 and 2001 shares"); "fiscal 1986" is
/// left to the fiscal rules.
pub(super) fn bare_years(text: &str, values: &mut [Value]) {
    for k in 0..values.len() {
        let v = &values[k];
        let Data::Number { value, unit } = &v.data else {
            continue;
        };
        let digits = v.span.of(text);
        let bare = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
        if !bare || v.qualifier.is_some() || !(1900.0..=2099.0).contains(value) {
            continue;
        }
        let after = text.get(v.span.end..).unwrap_or("");
        let next_word = after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next();
        // What the number finder took for a counted noun a word or two on dates ("1985 loss
        // includes", "1987 winter wheat farmers"); right after the number, it is counted.
        if unit
            .as_deref()
            .is_some_and(|u| next_word.is_some_and(|w| w.eq_ignore_ascii_case(u)))
        {
            continue;
        }
        let value = *value;
        let plural_acronym = next_word.is_some_and(|w| {
            w.len() >= 3
                && w.ends_with('s')
                && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
        });
        let shares_a_count = values.get(k + 1).is_some_and(|next| {
            matches!(&next.data, Data::Number { unit: Some(_), .. })
                && text
                    .get(v.span.end..next.span.start)
                    .is_some_and(|gap| matches!(gap.trim(), "and" | "or" | ","))
        });
        let before = text.get(..v.span.start).unwrap_or("").trim_end();
        let fiscal = before
            .get(before.len().saturating_sub(6)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("fiscal"));
        if !(plural_acronym || shares_a_count || fiscal) {
            values[k].data = Data::Date(Date::Year(value as i16));
        }
    }
}

pub(super) fn fiscal_quarters(
    text: &str,
    reference: Option<civil::Date>,
    prefer: Prefer,
    values: &mut Vec<Value>,
) {
    let Some(today) = reference else {
        return;
    };
    let mut year_end: Option<civil::Date> = None;
    // The end of the first period stated: "previous" quarters come before it.
    let mut first_stated = today;
    let mut two_calendars = false;
    // Only numbered quarters are read again: most articles have none, and keep their values.
    let mut quarters = false;
    for value in values.iter() {
        quarters |= matches!(value.data, Data::Date(Date::Quarter { .. }));
        let (stated, period_end) = match value.data {
            Data::Date(Date::Period {
                months: 3,
                end,
                quarter: Some(q),
            }) => (shift_period_end(end, 3 * (4 - i32::from(q))), end),
            Data::Date(Date::Period {
                months: 12, end, ..
            }) if text.get(value.span.start..value.span.end).is_some_and(|t| {
                t.split(|c: char| !c.is_alphabetic())
                    .any(|w| YEAR_NOUNS.iter().any(|y| w.eq_ignore_ascii_case(y)))
            }) =>
            {
                (Some(end), end)
            }
            _ => continue,
        };
        let Some(stated) = stated.filter(|&end| (end - today).get_days().abs() <= 550) else {
            continue;
        };
        match year_end {
            None => {
                year_end = Some(stated);
                first_stated = period_end;
            }
            Some(a) if (a.month(), a.day()) == (stated.month(), stated.day()) => {}
            Some(_) => two_calendars = true,
        }
    }
    if two_calendars || !quarters {
        return;
    }
    let calendar = year_end.is_some_and(|d| (d.month(), d.day()) == (12, 31));
    // The ends of fiscal quarter `k` in the years around the stated one, in order.
    let ends = |year_end: civil::Date, k: i8| {
        (-3..=3).filter_map(move |y| shift_period_end(year_end, 3 * i32::from(k - 4) + 12 * y))
    };
    values.retain_mut(|value| {
        let Data::Date(Date::Quarter { year, quarter: k }) = value.data else {
            return true;
        };
        let Some(words) = fiscal_year_words(text, value.span) else {
            return true;
        };
        let Some(year_end) = year_end else {
            return !matches!(words, FiscalYear::Named(_));
        };
        let end = match words {
            FiscalYear::Named(year) => ends(year_end, 4)
                .find(|e| e.year() == year)
                .and_then(|year_end| shift_period_end(year_end, 3 * i32::from(k - 4))),
            // Quarter `k` of the fiscal year `shift` years from the one `today` is in, whose
            // fourth quarter is the first to end on or after `today`.
            FiscalYear::Relative(shift) => ends(year_end, 4)
                .find(|&e| e >= today)
                .and_then(|year_end| shift_period_end(year_end, 3 * i32::from(k - 4) + 12 * shift)),
            // The last such quarter before the stated period.
            FiscalYear::Previous => ends(year_end, k).rev().find(|&e| e < first_stated),
            FiscalYear::Bare if calendar => return true,
            FiscalYear::Bare => {
                let starts = civil::Date::new(year, (k - 1) * 3 + 1, 1).ok();
                let way = match starts {
                    Some(start) if start > today => Prefer::Future,
                    Some(start) if add_months(start, 3).is_some_and(|after| after <= today) => {
                        Prefer::Past
                    }
                    _ => prefer,
                };
                match way {
                    Prefer::Past => ends(year_end, k)
                        .rev()
                        .find(|&e| super::period_start(e, 3).is_some_and(|s| s <= today)),
                    // Results come up to two months after a quarter ends: "expects a 4TH QTR
                    // loss" in March is the quarter that ended in January.
                    Prefer::Future => ends(year_end, k).find(|&e| (today - e).get_days() <= 60),
                }
            }
        };
        let Some(end) = end else {
            return !matches!(words, FiscalYear::Named(_));
        };
        value.data = Data::Date(if calendar {
            Date::Quarter {
                year: end.year(),
                quarter: k,
            }
        } else {
            Date::Period {
                months: 3,
                end,
                quarter: Some(k),
            }
        });
        true
    });
}

/// How a numbered quarter's words give its year, where they give no calendar year in digits.
enum FiscalYear {
    /// "last year's third quarter": -1.
    Relative(i32),
    /// "the third quarter", "3RD QTR".
    Bare,
    /// "the first quarter of fiscal 1988", "the fiscal 1986 fourth quarter".
    Named(i16),
    /// "the previous fourth quarter", "the year-ago third quarter".
    Previous,
}

/// How the words of a quarter at `span` of `text` give its year (with a "fiscal 1986", a
/// "previous" or a "year-ago" just before it); `None` where they give a calendar year in digits or
/// do not number the quarter ("this quarter"). The words are those the quarter rules read
/// ([`quarter`], [`reported_year`]), read again here because the value keeps only the date.
fn fiscal_year_words(text: &str, span: crate::span::Span) -> Option<FiscalYear> {
    let phrase = text.get(span.start..span.end)?;
    let words = |t: &'_ str| {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    let mut numbered = false;
    let mut fiscal = false;
    let mut relative = None;
    let mut written = None;
    for word in words(phrase) {
        if word.bytes().take_while(u8::is_ascii_digit).count() >= 2 {
            written = Some(word.parse::<i16>().unwrap_or(0));
        }
        match word.as_str() {
            "first" | "second" | "third" | "fourth" | "1st" | "2nd" | "3rd" | "4th" | "q1"
            | "q2" | "q3" | "q4" => numbered = true,
            "fiscal" => fiscal = true,
            "last" => relative = Some(-1),
            "this" => relative = Some(0),
            "next" => relative = Some(1),
            _ => {}
        }
    }
    if !numbered {
        return None;
    }
    // "the fiscal 1986 fourth quarter": the year before the words.
    let before = text
        .get(span.start.saturating_sub(16)..span.start)
        .map(words);
    if let Some([.., f, year]) = before.as_deref()
        && f == "fiscal"
        && written.is_none()
        && let Ok(year) = year.parse::<i16>()
        && year > 999
    {
        return Some(FiscalYear::Named(year));
    }
    // "the previous fourth quarter", "the year-ago third quarter".
    let year_before = match before.as_deref() {
        Some([.., w]) if w == "previous" || w == "prior" => true,
        Some([.., y, w]) => y == "year" && (w == "ago" || w == "earlier"),
        _ => false,
    };
    if year_before && written.is_none() && relative.is_none() {
        return Some(FiscalYear::Previous);
    }
    match written {
        Some(year) if fiscal && year > 999 => Some(FiscalYear::Named(year)),
        Some(_) => None,
        None => Some(relative.map_or(FiscalYear::Bare, FiscalYear::Relative)),
    }
}

/// A period's end `months` later (or earlier): a month's last day stays its month's last day.
fn shift_period_end(end: civil::Date, months: i32) -> Option<civil::Date> {
    let moved = add_months(end, i64::from(months))?;
    Some(if end == end.last_of_month() {
        moved.last_of_month()
    } else {
        moved
    })
}

/// The year "last", "this" and "next" point to, relative to the reference year.
fn relative_year_word(scan: &Scan, i: usize) -> Option<i16> {
    match () {
        _ if is_word(scan, i, "last") => Some(-1),
        _ if is_word(scan, i, "this") => Some(0),
        _ if is_word(scan, i, "next") => Some(1),
        _ => None,
    }
}

/// "the 1980s", "1980s", "the '80s".
fn decade(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    let apostrophe = is_punct(scan, j, '\'') || is_punct(scan, j, '\u{2019}');
    if apostrophe {
        j += 1;
    }
    let n = digits(scan, j, 4)?;
    let len = digit_len(scan, j);
    if !(is_word(scan, j + 1, "s") && touches_prev(scan, j + 1)) || n % 10 != 0 {
        return None;
    }
    let start = match (len, apostrophe) {
        (4, false) if (1000..=2100).contains(&n) => n as i16,
        (2, true) => {
            if n <= 30 {
                2000 + n as i16
            } else {
                1900 + n as i16
            }
        }
        _ => return None,
    };
    Some((Date::Decade(start), j + 2))
}

/// "on the 15th", "the 1st", "on the first", "20th of next month", "20 of this month",
/// "20th day of the previous month".
fn day_of_month(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let on = is_word(scan, i, "on");
    let mut j = if on { i + 1 } else { i };
    let the = is_word(scan, j, "the");
    if the {
        j += 1;
    }
    let digit = digit_len(scan, j) > 0;
    let (day, k) = if digit {
        day_at(scan, j)?
    } else {
        ordinal_word_at(scan, j)?
    };
    // "on the 3.3% growth": the whole part of a decimal is no day.
    if digit && continues_number(scan, k) {
        return None;
    }
    // "20th of next month", "20th day of the current month"
    let mut m = k;
    if is_word(scan, m, "day") {
        m += 1;
    }
    if is_word(scan, m, "of") {
        let mut n = m + 1;
        if is_word(scan, n, "the") {
            n += 1;
        }
        let shift = match lower(scan, n).as_str() {
            "this" | "current" => 0,
            "next" | "following" => 1,
            "last" | "previous" => -1,
            _ => return None,
        };
        if !is_word(scan, n + 1, "month") {
            return None;
        }
        let first = add_months(reference(scan)?.first_of_month(), shift)?;
        let d = ymd(first.year() as i32, first.month() as i32, day as i32)?;
        return Some((Date::Day(d), n + 2));
    }
    // A bare "the 15th" needs its ordinal suffix, and "the first" needs "on": both are common
    // outside dates ("the first launch", "the 15th century").
    let suffixed = digit && ordinal_day_at(scan, j).is_some();
    if !(the && (suffixed || on)) {
        return None;
    }
    let next_is_word = scan.tokens.get(k).is_some_and(|t| t.is_word());
    // "the 19th-century house": an ordinal hyphened to a word is an adjective.
    let hyphened = is_punct(scan, k, '-') && touches_prev(scan, k) && touches_prev(scan, k + 1);
    if next_is_word || hyphened {
        return None;
    }
    Some((resolve_day(scan, day, None, i, k)?, k))
}

/// "first tuesday of october", "last friday in october 2014", "last day of october 2015",
/// "third day of october", "first monday of last month", "fifth last day of May",
/// "first week of october 2014", "the week of october 6th", "third last week of 2018".
fn nth_of(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    // "the week of october 6th"
    if is_word(scan, j, "week") && is_word(scan, j + 1, "of") {
        let (date, end) = month_first(scan, j + 2).or_else(|| day_first(scan, j + 2))?;
        let Date::Day(d) = date else { return None };
        return Some((Date::Week(monday_of(d)?), end));
    }
    // ordinal, "last", or "second last"
    let (nth, k): (i32, usize) = if is_word(scan, j, "last") {
        (-1, j + 1)
    } else {
        let (n, k) = ordinal_day_at(scan, j)?;
        if is_word(scan, k, "last") {
            (-(n as i32), k + 1)
        } else {
            (n as i32, k)
        }
    };
    if nth == 0 || nth.abs() > 53 {
        return None;
    }
    enum What {
        Weekday(Weekday),
        Day,
        Week,
    }
    let (what, m) = if let Some((wd, m)) = weekday_at(scan, k) {
        (What::Weekday(wd), m)
    } else if is_word(scan, k, "day") {
        (What::Day, k + 1)
    } else if is_word(scan, k, "week") {
        (What::Week, k + 1)
    } else {
        return None;
    };
    if !is_any(scan, m, &["of", "in"]) {
        return None;
    }
    // "of 2018": weeks of a year
    if let (What::Week, Some(y)) = (&what, year_at(scan, m + 1)) {
        let last = ymd(y as i32, 12, 28)?.iso_week_date().week() as i32;
        let week = if nth > 0 { nth } else { last + 1 + nth };
        let monday = monday_of(ymd(y as i32, 1, 4)?)?;
        return Some((Date::Week(add_days(monday, 7 * (week as i64 - 1))?), m + 2));
    }
    let (first_of_month, end) = month_ref(scan, i, m + 1)?;
    let last_of_month = first_of_month.last_of_month();
    let pick = |days: Vec<civil::Date>| -> Option<civil::Date> {
        if nth > 0 {
            days.get(nth as usize - 1).copied()
        } else {
            days.len()
                .checked_sub((-nth) as usize)
                .and_then(|k| days.get(k).copied())
        }
    };
    let all: Vec<civil::Date> = (0..last_of_month.day() as i64)
        .filter_map(|k| add_days(first_of_month, k))
        .collect();
    let date = match what {
        What::Day => Date::Day(pick(all)?),
        What::Weekday(wd) => Date::Day(pick(
            all.into_iter().filter(|d| d.weekday() == wd).collect(),
        )?),
        What::Week => {
            // Weeks that lie wholly inside the month.
            let mondays = all
                .into_iter()
                .filter(|d| {
                    d.weekday() == Weekday::Monday
                        && add_days(*d, 6).is_some_and(|s| s <= last_of_month)
                })
                .collect();
            Date::Week(pick(mondays)?)
        }
    };
    Some((date, end))
}

/// The first day of a month named after "of": "october", "october 2014", "this month",
/// "the month", "last month".
fn month_ref(scan: &Scan, phrase: usize, i: usize) -> Option<(civil::Date, usize)> {
    let mut j = i;
    if is_word(scan, j, "the") {
        j += 1;
    }
    if let Some((month, k)) = month_at(scan, j) {
        if let Some(y) = year_at(scan, k) {
            return Some((ymd(y as i32, month as i32, 1)?, k + 1));
        }
        // The tense picks the year, as for a month alone.
        let Date::Month { year, .. } = resolve_month(scan, month, Shift::Tense, phrase, k)? else {
            return None;
        };
        return Some((ymd(year as i32, month as i32, 1)?, k));
    }
    let today = reference(scan)?;
    let n = match lower(scan, j).as_str() {
        "this" | "current" => 0,
        "next" | "following" => 1,
        "last" | "previous" => -1,
        "month" if j > i => return Some((today.first_of_month(), j + 1)),
        _ => return None,
    };
    if !is_word(scan, j + 1, "month") {
        return None;
    }
    Some((add_months(today.first_of_month(), n)?, j + 2))
}

/// Offsets from the reference: "three weeks ago", "a week hence", "3 years from today",
/// "2 minutes from now", "3 fridays from now", "2 thursdays ago", and "in a week" where the
/// text looks ahead. Within a day of a reference instant they are times, at the grain one
/// below the unit, as Duckling gives them ("7 days ago" is 04:00 of that day).
///
/// Returns the reading without and with `want_day`: the phrase is read once for both.
fn offsets(scan: &Scan, i: usize, present: u32, may_duration: bool) -> [Option<Found>; 2] {
    match offset_phrase(scan, i, present, may_duration) {
        Some(Offset::Day(found)) => [Some(found), Some(found)],
        Some(Offset::By(dur, sign, end, qualifier)) => [false, true]
            .map(|want_day| offset_reading(scan, i, &dur, sign, end, qualifier, want_day)),
        None => [None, None],
    }
}

/// Whether `offset` may read a phrase at token `i`, by its first steps ([`offset_phrase`]):
/// with a reference, a duration after "in \[about\]", or at `i` followed by an anchor word
/// (`may_duration`, [`anchors`]), or a plural weekday after the amount ("3 fridays from now").
fn may_offset(scan: &Scan, i: usize, present: u32, may_duration: bool) -> bool {
    if scan.cx.reference.is_none() {
        return false;
    }
    if is_word(scan, i, "in") {
        let start = if is_any(scan, i + 1, APPROXIMATELY) {
            i + 2
        } else {
            i + 1
        };
        return duration::may_start(scan, start, present & UNIT != 0);
    }
    may_duration || quantity_at(scan, i).is_some_and(|(_, j)| plural_weekday(scan, j).is_some())
}

/// The words that make an offset approximate: "in about half an hour".
const APPROXIMATELY: &[&str] = &["about", "around", "approximately", "roughly"];

/// What an offset phrase says before `want_day` matters.
enum Offset {
    /// "3 fridays from now": a day whatever is wanted.
    Day(Found),
    /// A duration, its sign, the phrase's end token and its qualifier.
    By(Duration, i64, usize, Option<Qualifier>),
}

fn offset_phrase(scan: &Scan, i: usize, present: u32, may_duration: bool) -> Option<Offset> {
    let reference_instant = scan.cx.reference?;
    let today = reference_instant.date();
    let in_form = is_word(scan, i, "in");
    let mut start = if in_form { i + 1 } else { i };
    // "in about half an hour"
    let mut qualifier = None;
    if in_form && is_any(scan, start, APPROXIMATELY) {
        qualifier = Some(Qualifier::Approx);
        start += 1;
    }
    // "3 fridays from now"
    if !in_form
        && let Some((n, j)) = quantity_at(scan, start)
        && let Some((wd, k)) = plural_weekday(scan, j)
    {
        let (sign, end) = anchor_after(scan, k)?;
        let n = n as i64;
        if !(1..=520).contains(&n) {
            return None;
        }
        let ahead = today.weekday().until(wd) as i64;
        let days = if sign > 0 {
            (if ahead == 0 { 7 } else { ahead }) + 7 * (n - 1)
        } else {
            -(if ahead == 0 { 7 } else { 7 - ahead }) - 7 * (n - 1)
        };
        return Some(Offset::Day(Found {
            first: i,
            end,
            reading: Reading::Date(Date::Day(add_days(today, days)?)),
            qualifier: None,
        }));
    }
    let may_start = if start == i {
        may_duration
    } else {
        duration::may_start(scan, start, present & UNIT != 0)
    };
    if !may_start {
        return None;
    }
    let j = duration_end(scan, start)?;
    let (sign, end) = if in_form {
        let looks_ahead = match tense_around(scan, i, j) {
            Tense::Future => true,
            Tense::Past => false,
            Tense::Unknown => scan.cx.prefer == Prefer::Future,
        };
        if !looks_ahead {
            return None;
        }
        (1, j)
    } else {
        anchor_after(scan, j)?
    };
    let (dur, _) = duration::parse_at(scan, start)?;
    Some(Offset::By(dur, sign, end, qualifier))
}

/// The date or time `dur` away from the reference (see [`offsets`]).
fn offset_reading(
    scan: &Scan,
    i: usize,
    dur: &Duration,
    sign: i64,
    end: usize,
    qualifier: Option<Qualifier>,
    want_day: bool,
) -> Option<Found> {
    let reference_instant = scan.cx.reference?;
    let today = reference_instant.date();
    let smallest = dur.parts.iter().map(|&(_, u)| u).min()?;
    let whole = dur.parts.iter().all(|&(n, _)| n.fract() == 0.0);
    let datetime = reference_instant.datetime;
    let reading = if smallest <= Unit::Day && !want_day && !super::calendar::reference_is_date(scan)
    {
        let secs = (dur.seconds() * sign as f64).round() as i64;
        let mut t = datetime
            .checked_add(jiff::Span::new().try_seconds(secs).ok()?)
            .ok()?;
        let has_seconds = smallest <= Unit::Minute;
        if smallest == Unit::Day {
            t = t
                .date()
                .to_datetime(civil::Time::new(t.hour(), 0, 0, 0).ok()?);
        } else if smallest == Unit::Hour {
            t = t
                .date()
                .to_datetime(civil::Time::new(t.hour(), t.minute(), 0, 0).ok()?);
        }
        Reading::Time {
            date: t.date(),
            time: t.time(),
            has_seconds,
        }
    } else {
        let days: i64 = dur
            .parts
            .iter()
            .map(|&(n, u)| (n * u.seconds() / 86_400.0).round() as i64)
            .sum();
        let date = if whole && smallest >= Unit::Month {
            let months: i64 = dur
                .parts
                .iter()
                .map(|&(n, u)| match u {
                    Unit::Year => n as i64 * 12,
                    Unit::Quarter => n as i64 * 3,
                    _ => n as i64,
                })
                .sum();
            add_months(today, sign * months)?
        } else {
            add_days(today, sign * days)?
        };
        let from_today = is_word(scan, end - 1, "today");
        let whole_day_reference = super::calendar::reference_is_date(scan);
        Reading::Date(match smallest {
            // Against a publication date, "five years ago" is a year; against an instant,
            // Duckling gives the month.
            Unit::Year if !want_day && !from_today && whole_day_reference => {
                Date::Year(date.year())
            }
            Unit::Year if !want_day && !from_today => Date::Month {
                year: date.year(),
                month: date.month(),
            },
            _ => Date::Day(date),
        })
    };
    Some(Found {
        first: i,
        end,
        reading,
        qualifier,
    })
}

/// Duckling's "upcoming two weeks" / "2 upcoming weeks": the week (month, quarter, year, day)
/// that many units ahead of the reference.
fn upcoming(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let today = reference(scan)?;
    let (n, unit, end) = if is_word(scan, i, "upcoming") {
        let (n, j) = quantity_at(scan, i + 1)?;
        let (_, unit, end) = unit_at(scan, j)?;
        (n, unit, end)
    } else {
        let (n, j) = quantity_at(scan, i)?;
        if !is_word(scan, j, "upcoming") {
            return None;
        }
        let (_, unit, end) = unit_at(scan, j + 1)?;
        (n, unit, end)
    };
    if n.fract() != 0.0 || !(1.0..=100.0).contains(&n) {
        return None;
    }
    let n = n as i64;
    let date = match unit {
        Unit::Day => Date::Day(add_days(today, n)?),
        Unit::Week => Date::Week(add_days(monday_of(today)?, 7 * n)?),
        Unit::Month => {
            let d = add_months(today.first_of_month(), n)?;
            Date::Month {
                year: d.year(),
                month: d.month(),
            }
        }
        Unit::Quarter => {
            let q0 = (today.month() as i64 - 1) / 3 + n;
            Date::Quarter {
                year: (today.year() as i64 + q0.div_euclid(4)) as i16,
                quarter: (q0.rem_euclid(4) + 1) as i8,
            }
        }
        Unit::Year => Date::Year(today.year() + n as i16),
        _ => return None,
    };
    Some((date, end))
}

/// "three days after Easter", "a year before the 1st of March": a day moved by a duration.
fn shifted(scan: &Scan, i: usize) -> Option<Found> {
    let j = duration_end(scan, i)?;
    let sign = match lower(scan, j).as_str() {
        "after" | "from" => 1,
        "before" => -1,
        _ => return None,
    };
    let anchor = parse(scan, j + 1, true)?;
    let Reading::Date(Date::Day(day)) = anchor.reading else {
        return None;
    };
    let (dur, _) = duration::parse_at(scan, i)?;
    let mut span = jiff::Span::new();
    for &(n, unit) in &dur.parts {
        if n.fract() != 0.0 {
            return None;
        }
        let n = sign * n as i64;
        span = match unit {
            Unit::Year => span.try_years(n).ok()?,
            Unit::Quarter => span.try_months(3 * n).ok()?,
            Unit::Month => span.try_months(n).ok()?,
            Unit::Week => span.try_weeks(n).ok()?,
            Unit::Day => span.try_days(n).ok()?,
            _ => return None,
        };
    }
    Some(Found {
        first: i,
        end: anchor.end,
        reading: Reading::Date(Date::Day(day.checked_add(span).ok()?)),
        qualifier: None,
    })
}

/// Where the duration at token `i` ends ([`duration::parse_at`]). Most durations the date
/// rules read end before no anchor word ("three days later", "two weeks of talks"): the end,
/// which the memo keeps, settles them without reading the duration again.
fn duration_end(scan: &Scan, i: usize) -> Option<usize> {
    let known = scan.date_rules.borrow().duration_end(i);
    match known {
        Some(end) => end,
        None => duration::parse_at(scan, i).map(|(_, end)| end),
    }
}

/// "ago", "back", "hence", "from now", "from today", "from right now", "earlier"? No: only
/// words that anchor on the reference. Returns the sign and end.
fn anchor_after(scan: &Scan, j: usize) -> Option<(i64, usize)> {
    match lower(scan, j).as_str() {
        "ago" | "back" => Some((-1, j + 1)),
        "hence" => Some((1, j + 1)),
        "from" => {
            let mut k = j + 1;
            if is_word(scan, k, "right") {
                k += 1;
            }
            is_any(scan, k, &["now", "today"]).then_some((1, k + 1))
        }
        _ => None,
    }
}

/// Whether a year of this century or the last at token `i` ends its phrase: punctuation or
/// the text's end after it, or a word no count stands before (a verb, a conjunction, a
/// preposition): "for 2004 was", "due 2008 with".
fn ends_year_phrase(scan: &Scan, i: usize) -> bool {
    if !year_at(scan, i).is_some_and(|y| (1900..=2099).contains(&y)) {
        return false;
    }
    // A list of years ends where its last year does: "for 2000 and 2001 shares" counts.
    let mut last = i;
    while separates_list(scan, last + 1) && year_at(scan, last + 2).is_some() {
        last += 2;
    }
    let i = last;
    match scan.tokens.get(i + 1) {
        None => true,
        Some(t) if !t.is_word() => !t.is_digits(),
        Some(_) => is_any(
            scan,
            i + 1,
            &[
                "was", "were", "is", "are", "will", "would", "should", "has", "have", "and", "or",
                "to", "of", "with", "yielding", "through", "at", "in", "as", "by", "after", "that",
                "from", "against", "compared", "versus", "vs",
            ],
        ),
    }
}

/// Whether word `k` is a plural noun a number before it would count ("voters" in "a quarter of
/// 2012 voters"): lowercase and ending in "s", but not a verb or function word that does.
fn counts_after(scan: &Scan, k: usize) -> bool {
    let w = lower(scan, k);
    let w = w.as_str();
    !capitalized(scan, k)
        && w.len() > 2
        && w.ends_with('s')
        && !matches!(
            w,
            "was"
                | "has"
                | "its"
                | "this"
                | "thus"
                | "plus"
                | "does"
                | "versus"
                | "whereas"
                | "unless"
        )
}

/// Whether token `k` separates the items of a list of years: a comma, "and" or "or".
fn separates_list(scan: &Scan, k: usize) -> bool {
    is_punct(scan, k, ',') || is_any(scan, k, &["and", "or"])
}

/// The prepositions that make a year of the number after them: "in 2012", "since 2012".
fn is_year_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "during"
            | "by"
            | "until"
            | "till"
            | "through"
            | "throughout"
            | "from"
            | "before"
            | "after"
            | "circa"
    )
}

/// A year listed after another that a preposition made a year: "2001" in "during 2000 and
/// 2001", "1999" in "in 1998, 1999 and 2000". The list is read back to its preposition.
fn listed_year(scan: &Scan, i: usize) -> Option<Found> {
    let y = year_at(scan, i)?;
    let mut k = i;
    loop {
        let separator = k.checked_sub(1)?;
        let comma = is_punct(scan, separator, ',');
        if !separates_list(scan, separator) {
            return None;
        }
        // After a comma the list must go on: "in 2000, 2001 people died" lists no year.
        if comma && k == i && !separates_list(scan, i + 1) {
            return None;
        }
        let earlier = separator.checked_sub(1)?;
        year_at(scan, earlier)?;
        let opener = lower(scan, earlier.checked_sub(1)?);
        let for_or_due = matches!(opener.as_str(), "for" | "due");
        if is_year_preposition(opener.as_str()) || (for_or_due && ends_year_phrase(scan, earlier)) {
            break;
        }
        k = earlier;
    }
    Some(Found {
        first: i,
        end: i + 1,
        reading: Reading::Date(Date::Year(y)),
        qualifier: None,
    })
}

/// The weekday a plural names ("fridays") at token `j`, and the token after it.
///
/// Inlined: most words after a count are shorter or longer than "mondays" to "wednesdays", and
/// are turned away before a call.
#[inline]
fn plural_weekday(scan: &Scan, j: usize) -> Option<(Weekday, usize)> {
    let len = scan.tokens.get(j).map_or(0, |t| t.end - t.start);
    if !(7..=10).contains(&len) {
        return None;
    }
    plural_weekday_word(scan, j)
}

/// [`plural_weekday`] of a word of seven to ten bytes.
#[inline(never)]
fn plural_weekday_word(scan: &Scan, j: usize) -> Option<(Weekday, usize)> {
    let w = lower(scan, j);
    let stem = w.as_str().strip_suffix('s')?;
    let wd = match stem {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    };
    Some((wd, j + 1))
}

/// A year of this century or the last before a word that only a period qualifies, with at
/// most two words that describe the period between: "1986 results", "1986 net excludes",
/// "expects 1987 consolidated profits", "based on 1986 performance". No count stands there:
/// "2000 people", "1500 tonnes" stay numbers. A quarter after the year is that year's:
/// "reported 1987 third quarter earnings", but not a "fiscal 1986 fourth quarter", whose
/// months depend on the company's calendar.
fn reported_year(scan: &Scan, i: usize) -> Option<Found> {
    let y = year_at(scan, i).filter(|y| (1900..=2099).contains(y))?;
    // "$1986", "1,1986": digits glued to what is before them are no year; "Windows 2000
    // sales": after a name the number is part of it, but "The 1986 results" opens a sentence.
    let after_name =
        |j: usize| title_case(scan, j) && !super::names::is_function_word(lower(scan, j).as_str());
    if touches_prev(scan, i) || i > 0 && after_name(i - 1) {
        return None;
    }
    // "1987 third quarter", "1986 3rd qtr": the quarter of that year. A quarter of "fiscal
    // 1986" is left whole to the quarter rule, whose year `fiscal_quarters` reads by the
    // calendar the article states.
    let quarter = numbered_quarter_at(scan, i + 1).filter(|(q, _)| (1..=4).contains(q));
    if quarter.is_some() && i > 0 && is_word(scan, i - 1, "fiscal") {
        return None;
    }
    if let Some((q, end)) = quarter {
        return Some(Found {
            first: i,
            end,
            reading: Reading::Date(Date::Quarter {
                year: y,
                quarter: q as i8,
            }),
            qualifier: None,
        });
    }
    let mut k = i + 1;
    while !is_reported_noun(lower(scan, k).as_str()) {
        if k == i + 3 || !describes_period(lower(scan, k).as_str()) {
            return None;
        }
        k += 1;
    }
    Some(Found {
        first: i,
        end: i + 1,
        reading: Reading::Date(Date::Year(y)),
        qualifier: None,
    })
}

/// Words between a year and the report it dates: "1987 third quarter", "1986 consolidated
/// net", "1985 full year".
fn describes_period(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "full"
            | "full-year"
            | "nine"
            | "six"
            | "consolidated"
            | "annual"
            | "operating"
            | "pretax"
            | "interim"
            | "final"
            | "record"
            | "fiscal"
            | "calendar"
            | "financial"
            | "group"
            | "quarter"
            | "quarterly"
            | "half"
            | "year"
    )
}

/// Nouns a year before them dates, and no number counts: "1986 results", "1986 net".
fn is_reported_noun(w: &str) -> bool {
    matches!(
        w,
        "results"
            | "earnings"
            | "net"
            | "profit"
            | "profits"
            | "loss"
            | "losses"
            | "sales"
            | "revenue"
            | "revenues"
            | "figures"
            | "amounts"
            | "performance"
            | "estimates"
            | "forecast"
            | "forecasts"
            | "budget"
            | "output"
            | "production"
            | "dividend"
            | "period"
            | "quarter"
            | "qtr"
            | "half"
            | "season"
            | "crop"
            | "harvest"
            | "level"
            | "levels"
            | "average"
            | "accounts"
            | "statistics"
            | "elections"
            | "election"
            | "campaign"
            | "census"
            | "deficit"
            | "surplus"
            | "growth"
            | "spending"
            | "income"
            | "turnover"
    )
}

/// Years by their context: "in 2012", "since 2012", "the end of 2012", "the year 2012", "a
/// 2007 decree". "in 2012" covers the preposition, which is what makes the number a year.
fn year_in_context(scan: &Scan, i: usize) -> Option<Found> {
    let w = lower(scan, i);
    let w = w.as_str();
    let preposition = is_year_preposition(w)
        // "the end of 2012", "the first half of 2012", but not "a total of 2012 votes"; a share
        // ("a quarter of 2012 voters") is told by what follows the number.
        || (w == "of"
            && i > 0
            && (is_any(
                scan,
                i - 1,
                &[
                    "end", "start", "beginning", "middle", "rest", "course", "spring", "summer",
                    "autumn", "winter",
                ],
            ) || (is_any(scan, i - 1, &["half", "quarter"]) && !counts_after(scan, i + 2))));
    let determiner = matches!(
        w,
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "year"
    );
    // "profit for 2004 was", "notes due 2008." but not "paid for 2004 shares": after "for"
    // and "due" a year ends its phrase.
    let preposition = preposition || (matches!(w, "for" | "due") && ends_year_phrase(scan, i + 1));
    if !preposition && !determiner {
        return None;
    }
    // "in 14 a.d."
    if let Some(found) = year_with_era(scan, i + 1) {
        return Some(Found { first: i, ..found });
    }
    let y = year_at(scan, i + 1)?;
    // "for 2003/2004": a split year is no one year.
    if super::number::split_year(scan.text, scan.tokens, i + 1).is_some() {
        return None;
    }
    if preposition {
        return Some(Found {
            first: i,
            end: i + 2,
            reading: Reading::Date(Date::Year(y)),
            qualifier: None,
        });
    }
    // "the 1987 third quarter", "the 1986 results": as read from the year.
    if let Some(found) = reported_year(scan, i + 1) {
        return Some(found);
    }
    // "the year 2012"; "a 2007 decree" but not "the 2000 people who": a year before a singular
    // noun. Counts stand before plurals.
    if w != "year" {
        let next = lower(scan, i + 2);
        let next = next.as_str();
        // An acronym's final S is no plural: "the 2000 US Open".
        let acronym = scan.tokens.get(i + 2).is_some_and(|t| {
            let word = t.text(scan.text);
            (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
        });
        let noun = !next.is_empty()
            && (!next.ends_with('s') || acronym)
            && !matches!(
                next,
                "people"
                    | "men"
                    | "women"
                    | "children"
                    | "police"
                    | "staff"
                    | "of"
                    | "and"
                    | "or"
                    | "to"
                    | "more"
                    | "other"
                    | "new"
                    | "km"
                    | "kg"
            )
            && (1900..=2099).contains(&y);
        if !noun {
            return None;
        }
        return Some(Found {
            first: i + 1,
            end: i + 2,
            reading: Reading::Date(Date::Year(y)),
            qualifier: None,
        });
    }
    Some(Found {
        first: i,
        end: i + 2,
        reading: Reading::Date(Date::Year(y)),
        qualifier: None,
    })
}

/// "2014 AD", "14 a.d.", "300 BC" is not representable and is skipped.
fn year_with_era(scan: &Scan, i: usize) -> Option<Found> {
    let y = digits(scan, i, 4)?;
    let j = i + 1;
    let era_end = match lower(scan, j).as_str() {
        "ad" | "ce" => j + 1,
        "a" if is_punct(scan, j + 1, '.') && is_word(scan, j + 2, "d") => skip_dot(scan, j + 3),
        _ => return None,
    };
    (1..=9999).contains(&y).then_some(Found {
        first: i,
        end: era_end,
        reading: Reading::Date(Date::Year(y as i16)),
        qualifier: None,
    })
}

/// "mid-2012" (approx), "early 2012", "late 2012", "mid-July", "mid-1990s".
fn approx_period(scan: &Scan, i: usize) -> Option<Found> {
    let w = lower(scan, i);
    let qualifier = match w.as_str() {
        "mid" => Some(Qualifier::Approx),
        "early" | "late" => None,
        _ => return None,
    };
    let mut j = i + 1;
    if is_punct(scan, j, '-') && touches_prev(scan, j) {
        j += 1;
    }
    let (date, end) = if let Some(y) = year_at(scan, j) {
        if let Some((d, end)) = decade(scan, j) {
            (d, end)
        } else {
            (Date::Year(y), j + 1)
        }
    } else {
        let (month, k) = month_at(scan, j)?;
        if let Some(y) = year_at(scan, k) {
            (Date::Month { year: y, month }, k + 1)
        } else {
            (resolve_month(scan, month, Shift::Tense, i, k)?, k)
        }
    };
    Some(Found {
        first: i,
        end,
        reading: Reading::Date(date),
        qualifier,
    })
}

/// Holidays by name, with an optional year after or modifier before.
fn holiday(scan: &Scan, i: usize) -> Option<(Date, usize)> {
    let (shift, j) = match modifier(scan, i) {
        Some(found) => found,
        None => (Shift::Tense, i),
    };
    let (rule, mut end) = holiday_name(scan, j)?;
    if is_word(scan, end, "day") {
        end += 1;
    }
    if let Some(y) = year_at(scan, end) {
        return Some((Date::Day(rule(y)?), end + 1));
    }
    // "thanksgiving of next year", "MLK day of last year"
    if is_word(scan, end, "of")
        && let Some((Shift::Week(n), stop)) = year_shift_after(scan, end + 1)
    {
        let y = reference(scan)?.year() + n as i16;
        return Some((Date::Day(rule(y)?), stop));
    }
    let today = reference(scan)?;
    let y = today.year();
    let this = rule(y)?;
    let dir = match shift {
        Shift::Next => Prefer::Future,
        Shift::Last => Prefer::Past,
        _ if j > i => Prefer::Future, // "this thanksgiving"
        _ => direction(scan, i, end),
    };
    let date = match dir {
        Prefer::Future if this >= today => this,
        Prefer::Future => rule(y + 1)?,
        Prefer::Past if this < today || (shift == Shift::Tense && this == today) => this,
        Prefer::Past => rule(y - 1)?,
    };
    Some((Date::Day(date), end))
}

type Rule = fn(i16) -> Option<civil::Date>;

/// The holiday whose name starts at `i`: its date rule and end token ("day" is optional
/// after most names and read by the caller).
fn holiday_name(scan: &Scan, i: usize) -> Option<(Rule, usize)> {
    let w = |k: usize| lower(scan, i + k);
    let w0 = w(0);
    let (rule, len): (Rule, usize) = match w0.as_str() {
        "christmas" | "xmas" if w(1).as_str() == "eve" => (|y| ymd(y as i32, 12, 24), 2),
        "christmas" | "xmas" => (|y| ymd(y as i32, 12, 25), 1),
        "boxing" if w(1).as_str() == "day" => (|y| ymd(y as i32, 12, 26), 1),
        // Other calendars' new years ("Chinese New Year") fall on other days. Every "new" below
        // is followed by "year", so the words before are read only then.
        "new" if !matches!(w(1).as_str(), "year's" | "years" | "year") => return None,
        "new"
            if i > 0
                && is_any(
                    scan,
                    i - 1,
                    &[
                        "chinese", "lunar", "islamic", "jewish", "hijri", "persian", "parsi",
                        "orthodox",
                    ],
                ) =>
        {
            return None;
        }
        "new"
            if matches!(w(1).as_str(), "year's" | "years" | "year")
                && matches!(w(2).as_str(), "eve") =>
        {
            (|y| ymd(y as i32, 12, 31), 3)
        }
        "new" if matches!(w(1).as_str(), "year's" | "years" | "year") && w(2).as_str() == "day" => {
            (|y| ymd(y as i32, 1, 1), 2)
        }
        "valentine's" | "valentine" | "valentines" if w(1).as_str() == "day" => {
            (|y| ymd(y as i32, 2, 14), 1)
        }
        "halloween" => (|y| ymd(y as i32, 10, 31), 1),
        // October 16, or the nearest weekday when it falls on a weekend.
        "boss's" | "bosses" | "boss" if w(1).as_str() == "day" => (
            |y| {
                let d = ymd(y as i32, 10, 16)?;
                match d.weekday() {
                    Weekday::Saturday => add_days(d, -1),
                    Weekday::Sunday => add_days(d, 1),
                    _ => Some(d),
                }
            },
            1,
        ),
        "world" if w(1).as_str() == "vegan" => (|y| ymd(y as i32, 11, 1), 2),
        "independence" if w(1).as_str() == "day" && capitalized(scan, i) => {
            (|y| ymd(y as i32, 7, 4), 1)
        }
        "st" | "saint" => {
            let mut k = 1;
            if is_punct(scan, i + 1, '.') {
                k = 2;
            }
            let name = lower(scan, i + k);
            if !matches!(
                name.as_str(),
                "patrick's" | "patricks" | "paddy's" | "paddys" | "patrick"
            ) {
                return None;
            }
            (|y| ymd(y as i32, 3, 17), k + 1)
        }
        "thanksgiving" => (|y| nth_weekday(y, 11, 4, Weekday::Thursday), 1),
        "black" if w(1).as_str() == "friday" => (
            |y| add_days(nth_weekday(y, 11, 4, Weekday::Thursday)?, 1),
            2,
        ),
        "mlk" => (
            |y| nth_weekday(y, 1, 3, Weekday::Monday),
            mlk_len(scan, i + 1, 1),
        ),
        "martin" if w(1).as_str() == "luther" => {
            let k = lower(scan, i + 2);
            if !matches!(k.as_str(), "king" | "king's" | "kings") {
                return None;
            }
            (
                |y| nth_weekday(y, 1, 3, Weekday::Monday),
                mlk_len(scan, i + 3, 3),
            )
        }
        "memorial" if w(1).as_str() == "day" => (|y| nth_weekday(y, 5, -1, Weekday::Monday), 1),
        "labor" | "labour" if w(1).as_str() == "day" => {
            (|y| nth_weekday(y, 9, 1, Weekday::Monday), 1)
        }
        "mother's" | "mothers" if w(1).as_str() == "day" => {
            (|y| nth_weekday(y, 5, 2, Weekday::Sunday), 1)
        }
        "father's" | "fathers" if w(1).as_str() == "day" => {
            (|y| nth_weekday(y, 6, 3, Weekday::Sunday), 1)
        }
        "easter" if w(1).as_str() == "monday" || w(1).as_str() == "mon" => {
            (|y| add_days(easter(y)?, 1), 2)
        }
        "easter" if w(1).as_str() == "sunday" => (easter, 2),
        "easter" => (easter, 1),
        "orthodox" if w(1).as_str() == "easter" => (orthodox_easter, 2),
        "orthodox" if w(1).as_str() == "good" && w(2).as_str() == "friday" => {
            (|y| add_days(orthodox_easter(y)?, -2), 3)
        }
        "good" if w(1).as_str() == "friday" => (|y| add_days(easter(y)?, -2), 2),
        "palm" if w(1).as_str() == "sunday" => (|y| add_days(easter(y)?, -7), 2),
        "maundy" if w(1).as_str() == "thursday" => (|y| add_days(easter(y)?, -3), 2),
        "ash" if w(1).as_str() == "wednesday" => (|y| add_days(easter(y)?, -46), 2),
        "mardi" if w(1).as_str() == "gras" => (|y| add_days(easter(y)?, -47), 2),
        "shrove" if w(1).as_str() == "tuesday" => (|y| add_days(easter(y)?, -47), 2),
        "pancake" if w(1).as_str() == "day" => (|y| add_days(easter(y)?, -47), 1),
        "pentecost" => (|y| add_days(easter(y)?, 49), 1),
        "whit" | "white" if w(1).as_str() == "sunday" => (|y| add_days(easter(y)?, 49), 2),
        "whit" if w(1).as_str() == "monday" => (|y| add_days(easter(y)?, 50), 2),
        "trinity" if w(1).as_str() == "sunday" => (|y| add_days(easter(y)?, 56), 2),
        "ascension" if w(1).as_str() == "day" => (|y| add_days(easter(y)?, 39), 1),
        _ => return None,
    };
    Some((rule, i + len))
}

/// The length of "MLK [Jr.] ['s]" forms: the tokens after the name that belong to it.
fn mlk_len(scan: &Scan, j: usize, base: usize) -> usize {
    let mut len = base;
    let mut k = j;
    if is_any(scan, k, &["jr"]) {
        k = skip_dot(scan, k + 1);
        len += k - j;
    }
    len
}

fn nth_weekday(y: i16, month: i8, nth: i8, wd: Weekday) -> Option<civil::Date> {
    civil::Date::new(y, month, 1)
        .ok()?
        .nth_weekday_of_month(nth, wd)
        .ok()
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i16) -> Option<civil::Date> {
    let y = y as i32;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month, day)
}

/// Orthodox Easter (Meeus' Julian algorithm, shifted to the Gregorian calendar; 1900–2099).
fn orthodox_easter(y: i16) -> Option<civil::Date> {
    let y = y as i32;
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    add_days(ymd(y, month, day)?, 13)
}

#[cfg(test)]
mod tests {
    use super::super::{Alone, Context, Reference};
    use super::*;

    fn context() -> Context {
        Context {
            reference: Some(Reference::from_date(civil::date(2005, 1, 1))),
            ..Context::default()
        }
    }

    /// The rules planned at token `i` of `text`.
    fn planned(text: &str, i: usize) -> u32 {
        let cx = context();
        let mut alone = Alone::new(text);
        let scan = Scan::new(&mut alone, &cx);
        let present = present(&scan);
        plan(&scan, i, present).rules
    }

    /// Whether a date is read at token `i` of `text`.
    fn date_at(text: &str, i: usize) -> bool {
        let cx = context();
        let mut alone = Alone::new(text);
        let scan = Scan::new(&mut alone, &cx);
        parse(&scan, i, false).is_some()
    }

    #[test]
    fn the_season_rule_is_planned_only_before_a_weekend_a_season_or_a_year() {
        for (text, i, season) in [
            ("this weekend", 0, true),
            ("this past weekend", 0, true),
            ("over the summer", 1, true),
            ("summer 2012", 0, true),
            ("summer of 2012", 0, true),
            ("this morning", 0, false),
            ("last night", 0, false),
            ("the summer holidays", 0, true),
            ("the summer holidays", 1, false),
            ("summer holidays", 0, false),
            ("in about an hour", 0, false),
        ] {
            assert_eq!(planned(text, i) & rule::SEASON != 0, season, "{text}");
        }
    }

    /// Weekends and seasons, and what looks like one and is not (tests/data/extract/season.txt).
    #[test]
    fn weekends_and_seasons_from_data_file() {
        let show = |text: &str, cx: &Context| {
            super::super::extract(text, cx)
                .into_iter()
                .filter(|v| matches!(v.data, Data::Date(_) | Data::Range(..)))
                .map(|v| format!("{} {}", v.span.of(text), v.data))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let failures = crate::extract::tests::data_file_failures(
            "tests/data/extract/season.txt",
            include_str!("../../tests/data/extract/season.txt"),
            show,
        );
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn two_word_holidays_need_their_second_word() {
        let cx = context();
        for (text, date, end) in [
            ("World Vegan Day", Some(civil::date(2005, 11, 1)), 2),
            ("Martin Luther King Day", Some(civil::date(2005, 1, 17)), 3),
            ("Orthodox Good Friday", Some(civil::date(2005, 4, 29)), 3),
            ("world cup", None, 0),
            ("Martin Lewis", None, 0),
            ("Orthodox church", None, 0),
        ] {
            let mut alone = Alone::new(text);
            let scan = Scan::new(&mut alone, &cx);
            let found = holiday_name(&scan, 0).map(|(rule, end)| (rule(2005), end));
            assert_eq!(found, date.map(|d| (Some(d), end)), "{text}");
        }
    }

    #[test]
    fn a_number_before_an_ordinary_word_or_a_mark_has_no_plan() {
        // No unit, month, "of" or separator near: no rule can start.
        assert_eq!(planned("25 people came", 0), 0);
        // A comma, a point or a percent sign is no minute or second mark: no duration, so
        // neither `offset` nor `shifted`.
        for text in ["25, they said", "25% of them", "it rose 25. Then"] {
            let i = usize::from(text.starts_with("it")) * 2;
            assert_eq!(
                planned(text, i) & (rule::OFFSET | rule::SHIFTED),
                0,
                "{text}"
            );
        }
        // A minute mark makes it one ("2' before noon").
        assert_ne!(planned("2' before noon", 0) & rule::SHIFTED, 0);
    }

    #[test]
    fn a_duration_plans_shifted_and_offset_only_before_their_words() {
        // "later" neither shifts from a day nor anchors on the reference.
        for text in ["three days later", "2' later"] {
            assert_eq!(
                planned(text, 0) & (rule::OFFSET | rule::SHIFTED),
                0,
                "{text}"
            );
        }
        assert_ne!(planned("three days after Christmas", 0) & rule::SHIFTED, 0);
        assert!(date_at("three days after Christmas", 0));
        assert_ne!(planned("three days ago", 0) & rule::OFFSET, 0);
        assert!(date_at("three days ago", 0));
    }

    #[test]
    fn a_holiday_word_plans_the_holiday_rule_only_before_its_name() {
        assert_eq!(planned("new rules", 0) & rule::HOLIDAY, 0);
        assert_ne!(planned("New Year's Day", 0) & rule::HOLIDAY, 0);
        assert!(date_at("New Year's Day", 0));
        // After a modifier, the name one or two tokens on.
        assert_ne!(planned("next Christmas", 0) & rule::HOLIDAY, 0);
        assert!(date_at("next Christmas", 0));
    }

    #[test]
    fn an_ordinal_word_plans_a_day_of_the_month_only_before_of() {
        assert_eq!(planned("the first time", 1) & rule::DAY_OF_MONTH, 0);
        assert_ne!(planned("first of next month", 0) & rule::DAY_OF_MONTH, 0);
        assert!(date_at("first of next month", 0));
        assert!(date_at("twenty-first day of next month", 0));
    }

    #[test]
    fn a_start_with_no_plan_is_kept_as_no_date() {
        let cx = context();
        let mut alone = Alone::new("25 people came");
        let scan = Scan::new(&mut alone, &cx);
        assert!(parse(&scan, 0, false).is_none());
        assert!(matches!(scan.date_rules.borrow().get(0, 0), Some(None)));
        assert!(matches!(scan.date_rules.borrow().get(0, 1), Some(None)));
    }

    /// Whether the index starts at each text's first token as `cases` say; where it does not,
    /// no date rule reads there, and `nothing_else` holds that what the other finders need
    /// first is missing too.
    fn assert_first_starts(cases: &[(&str, bool)], nothing_else: impl Fn(&Scan, &str)) {
        let cx = context();
        for &(text, start) in cases {
            let mut alone = Alone::new(text);
            let scan = Scan::new(&mut alone, &cx);
            assert_eq!(index(&scan).starts().first() == Some(&0), start, "{text}");
            if !start {
                assert_eq!(plan(&scan, 0, present(&scan)).rules, 0, "{text}");
                let (past, future) = (parse(&scan, 0, false), parse(&scan, 0, true));
                assert!(past.is_none() && future.is_none(), "{text}");
                nothing_else(&scan, text);
            }
        }
    }

    #[test]
    fn a_word_whose_rules_need_more_starts_only_before_it() {
        // Each text's first word, which `calendar::needs_next` asks about: a start or not.
        let cases = [
            ("this week", true),
            ("this morning at 10", true),
            ("this 2007 decree", true),
            ("this past Monday", true),
            ("this coming July", true),
            ("this Christmas", true),
            ("this year's third quarter", true),
            ("this is it", false),
            ("this law is new", false),
            ("next week", true),
            ("next March", true),
            ("last Christmas", true),
            ("last friday of October", true),
            ("last year's third quarter", true),
            ("next to him, she said", false),
            ("last of all, he said", false),
            ("week of October 6th", true),
            ("day after tomorrow", true),
            ("week ends here", false),
            ("day one was long", false),
            ("on 15th day of next month", true),
            ("on the 15th", true),
            ("on 15 December", false),
            ("early 2012", true),
            ("early morning", true),
            ("mid day", true),
            ("early on, he said", false),
            ("late in the game", false),
            ("first of March", true),
            ("first monday of October", true),
            ("first day of next month", true),
            ("first half of 2004", true),
            ("second quarter", true),
            ("first time that he was seen there", false),
            ("second new law", false),
        ];
        assert_first_starts(&cases, |scan, text| {
            // What the date rules, a time's "this" (a part of the day next) and a
            // duration (an amount) would need first is not there.
            assert_eq!(facts(scan, 1) & PART, 0, "{text}");
            assert_eq!(facts(scan, 0) & (R_AMOUNT | NUMBER), 0, "{text}");
        });
    }

    #[test]
    fn a_starts_only_before_a_duration_a_year_or_a_quarter() {
        let cases = [
            ("a week ago", true),
            ("a quarter past three", true),
            ("a 2007 decree", true),
            ("a new law", false),
            ("a good man said", false),
        ];
        assert_first_starts(&cases, |scan, text| {
            // No date rule, no duration, and no "quarter" for a time's "a".
            assert!(!duration::may_start(scan, 0, true), "{text}");
            assert!(!is_word(scan, 1, "quarter"), "{text}");
        });
    }

    #[test]
    fn a_time_word_or_in_before_an_amount_starts_only_before_what_their_rules_need() {
        use super::super::vocab::AFTER_THE as AFTER;
        let cases = [
            ("in a week", true),
            ("in half an hour", true),
            ("in a way that he liked", false),
            ("for 2004", true),
            ("for a quarter past three", true),
            ("for a while he slept", false),
            ("by the noon", true),
            ("by a long way, he said", false),
            ("at noon", true),
            ("at a loss, he said", false),
            ("tonight at 9", true),
            ("tonight he left", false),
        ];
        assert_first_starts(&cases, |scan, text| {
            // No clock near for a time (`time::clock_near`), no "in the" part of the day,
            // no duration after "in".
            let clock = (0..10).any(|k| facts(scan, k) & (DIGITS | NUMBER | AFTER) != 0);
            assert!(!clock || is_word(scan, 0, "in") && !is_word(scan, 1, "the"));
            assert!(!duration::may_start(scan, 1, true), "{text}");
        });
    }

    #[test]
    fn the_number_cursor_finds_what_a_search_finds() {
        let cx = context();
        let text = "two 3 4.5 1,000 people, twenty-one days and 7 million 2 3 in 2004 a few";
        let mut alone = Alone::new(text);
        let scan = Scan::new(&mut alone, &cx);
        assert!(scan.numbers.len() >= 6);
        let mut cursor = 0;
        for k in 0..scan.tokens.len() {
            let searched = super::super::calendar::number_at(&scan, k).map(|n| (n.first, n.end));
            let found = number_from(&scan, &mut cursor, k).map(|n| (n.first, n.end));
            assert_eq!(found, searched, "token {k} of {text}");
        }
    }

    #[test]
    fn the_index_visits_every_token_a_visit_of_each_would_keep() {
        // Lead words before content, before a bridge and content, before neither, across
        // block boundaries and at the end of the text.
        let texts = [
            "in the evening at about 3pm the 1980s since 2012 in a week",
            "he said that in the of the at in the morning and the first of the month, on the \
             15th, and in 2004 the company at the end of the year was in",
            "at the at the at the at the at the at the at the at the in the evening the",
            "one two three four five six seven eight nine ten eleven twelve in the at in",
            "over the weekend this past summer last fall in the autumn of 2012 summer 2012 at \
             weekends the summer holidays, in summer",
        ];
        let cx = context();
        for text in texts {
            let mut alone = Alone::new(text);
            let scan = Scan::new(&mut alone, &cx);
            let index = index(&scan);
            let facts = scan.temporal_starts;
            let parts = index.present & PART != 0;
            let (mut starts, mut triggers) = (Vec::new(), Vec::new());
            let mut number = 0;
            for (k, &f) in facts.iter().enumerate() {
                if f & TRIGGER != 0 {
                    triggers.push(k as u32);
                }
                if f & (START | LEAD) != 0
                    && super::super::calendar::starts_at(f, &facts[k + 1..])
                    && !(may_settle(f) && settled_none(&scan, k, f, parts, &mut number))
                {
                    starts.push(k as u32);
                }
            }
            assert!(!starts.is_empty());
            assert_eq!(index.starts(), starts, "{text}");
            assert_eq!(index.triggers(), triggers, "{text}");
        }
    }
}
