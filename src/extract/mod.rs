//! Extraction: typed values found in running text, each with its byte span.
//!
//! # Map
//!
//! - `lex`: one pass that cuts text into words, digit runs and punctuation.
//! - `vocab`: one table lookup per word, flags telling finders which tokens to try.
//! - `number`: cardinal numbers in digits and words; the other finders build on its matches.
//! - `ordinal`, `percent`, `money`: a number plus a suffix, sign or currency.
//! - `duration`, `date`, `time`, `range`: temporal values and intervals of values.
//! - `quote`, `list`: quoted words with their speaker, and enumerations of names.
//!
//! # Pipeline
//!
//! [`extract_article`] lowercases an article once and lexes the lowercased copy once; the lexer
//! marks the few words worth a vocabulary lookup, looked up right after it (`vocab::read`). Per
//! paragraph, the article's one [`Scan`] (refilled, never rebuilt, per paragraph) takes the
//! paragraph's share of the article's tokens and their facts in place, at article offsets;
//! numbers are looked for only where one may start, and that scan goes to each finder.
//! The article's buffers (lowercased copy, tokens, facts, the paragraph buffers, candidates)
//! are kept per thread for the next article (`Reused`): each is about an article long, and
//! allocating that much per article cost more than the copies it holds. Finders propose
//! candidates; [`resolve_overlaps`] keeps, among the scalar kinds, the longest candidate where
//! two overlap ("more than five hours" is one duration, not a duration and the number five).
//! Where two kinds read exactly the same words ("1/5": a fraction or a date; "forty second": an
//! ordinal or a duration), both readings are kept. Quotes and lists are layers over the text and
//! may contain scalar values.
//!
//! Extraction runs on paragraph text, never on sentences, so a wrong sentence split cannot hide
//! a value: a paragraph's scan ends its text at the paragraph's end, and finders read back no
//! further than its start ([`Scan::start`]). Four readings come after the paragraphs: numbered
//! quarters by the fiscal calendar the article states (`date::fiscal_quarters`), years in the
//! numbers no finder read otherwise (`date::bare_years`), the dateline's date, never after the
//! reference (`date::dateline_in_past`), and quote speakers named by a title or pronoun
//! (`quote::resolve_speakers`).
//!
//! # Values are intervals
//!
//! A value's `data` is what the text says; [`crate::verdict`] turns it into an
//! interval (a year is 365 days long, "more than 5 hours" is open above).

/// A word list written once for two readers: `$table`, the (word, value) pairs that filters
/// and prefix tables are built from, and `$lookup`, the same pairs compiled into a `match`
/// (cheaper than searching the table).
macro_rules! word_table {
    ($vis:vis $table:ident: $ty:ty, fn $lookup:ident; $(($word:literal, $value:expr)),* $(,)?) => {
        $vis const $table: &[(&str, $ty)] = &[$(($word, $value)),*];

        fn $lookup(w: &str) -> Option<$ty> {
            match w {
                $($word => Some($value),)*
                _ => None,
            }
        }
    };
}

pub(crate) mod calendar;
mod date;
mod duration;
pub mod format;
pub(crate) mod lex;
mod list;
mod money;
mod names;
pub(crate) mod number;
mod ordinal;
mod percent;
pub(crate) mod qualifier;
mod quote;
mod range;
mod time;
mod vocab;

use std::cmp::Reverse;
use std::fmt;

use jiff::civil;
use serde::Serialize;

use crate::span::Span;

pub use lex::{Tok, Token};

/// What kind of value a [`Value`] is. Also the name of a claim's expectation key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Number,
    Ordinal,
    Percent,
    Money,
    Duration,
    Date,
    Time,
    Range,
    Quote,
    List,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Range => "range",
            Kind::Quote => "quote",
            Kind::List => "list",
        }
    }

    /// Kinds that cover a stretch of text exclusively: of two overlapping, one wins.
    pub fn is_scalar(self) -> bool {
        !matches!(self, Kind::Quote | Kind::List)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the text bounds a value: "more than five hours" is `Gt` 5 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// more than, over, above, upwards of
    Gt,
    /// at least, no less than
    Ge,
    /// less than, under, below, fewer than
    Lt,
    /// at most, up to, no more than
    Le,
    /// about, around, nearly, some, roughly, almost, approximately
    Approx,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Gt => "gt",
            Qualifier::Ge => "ge",
            Qualifier::Lt => "lt",
            Qualifier::Le => "le",
            Qualifier::Approx => "approx",
        }
    }
}

/// One value found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// The whole phrase, qualifier included ("more than five hours").
    pub span: Span,
    pub qualifier: Option<Qualifier>,
    pub data: Data,
}

/// A unit of time, as durations and calendar grains use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Unit {
    /// Length in seconds, counting a month as 30 days and a year as 365 (as Duckling does).
    pub fn seconds(self) -> f64 {
        match self {
            Unit::Second => 1.0,
            Unit::Minute => 60.0,
            Unit::Hour => 3600.0,
            Unit::Day => 86_400.0,
            Unit::Week => 7.0 * 86_400.0,
            Unit::Month => 30.0 * 86_400.0,
            Unit::Quarter => 90.0 * 86_400.0,
            Unit::Year => 365.0 * 86_400.0,
        }
    }
}

/// A length of time as the text put it: "2 hours and 30 minutes" is two parts.
#[derive(Clone, Debug, PartialEq)]
pub struct Duration {
    pub parts: Vec<(f64, Unit)>,
}

impl Duration {
    pub fn seconds(&self) -> f64 {
        self.parts.iter().map(|&(n, unit)| n * unit.seconds()).sum()
    }
}

/// A calendar date at the precision the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Date {
    Day(civil::Date),
    /// The ISO week starting on this Monday.
    Week(civil::Date),
    Month {
        year: i16,
        month: i8,
    },
    Quarter {
        year: i16,
        quarter: i8,
    },
    Year(i16),
    /// The `months` months ending on `end`, a company's fiscal period ("the third quarter
    /// ending March 31"); `quarter` is the fiscal quarter where the text numbers it.
    Period {
        months: i8,
        end: civil::Date,
        quarter: Option<i8>,
    },
    /// The ten years starting at this one ("the 1980s" is 1980).
    Decade(i16),
    /// A day and month whose year nothing told us ("September 13" with no reference).
    YearlessDay {
        month: i8,
        day: i8,
    },
    /// A month whose year nothing told us.
    YearlessMonth {
        month: i8,
    },
}

/// The first day of the `months` months ending on `end`: a period ending on a month's last day
/// is whole months ("the quarter ended February 28" starts on December 1); one ending on another
/// day starts the day after the same day `months` earlier ("ended May 30": March 1).
pub(crate) fn period_start(end: civil::Date, months: i8) -> Option<civil::Date> {
    let back = |d: civil::Date, n: i8| d.checked_sub(jiff::Span::new().months(n)).ok();
    if end == end.last_of_month() {
        back(end.first_of_month(), months.saturating_sub(1))
    } else {
        back(end, months)?.tomorrow().ok()
    }
}

/// A time of day, with the date and zone where the text or the reference gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct Time {
    pub date: Option<civil::Date>,
    pub time: civil::Time,
    /// Whether the text gave seconds ("04:30:00"); printed only then.
    pub has_seconds: bool,
    /// An IANA name ("Europe/Moscow") or a fixed offset ("+03:00", "UTC").
    pub zone: Option<String>,
}

/// One entry of an enumeration, with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub text: String,
    pub span: Span,
}

/// Who said a quote: the phrase naming them, and the person it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The person, resolved where the article named them ("Vladimir Putin").
    pub name: String,
    /// The words of the attribution ("The Russian president").
    pub phrase: String,
    pub span: Span,
}

/// The noun a number counts, as the text writes it ("bags"), read as a `str`.
///
/// Kept in the value itself: a counted noun is a word of at most [`lex::PLAIN_MAX`] bytes
/// (`number::counted_noun` reads words as [`Scan::lower`] lowercases them), and a `String`
/// per noun cost an allocation to give a number its noun and a free to drop it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    len: u8,
    bytes: [u8; lex::PLAIN_MAX],
}

impl Noun {
    /// `word` as a noun; `None` where it is longer than [`lex::PLAIN_MAX`] bytes.
    pub(crate) fn new(word: &str) -> Option<Noun> {
        let mut bytes = [0; lex::PLAIN_MAX];
        bytes
            .get_mut(..word.len())?
            .copy_from_slice(word.as_bytes());
        Some(Noun {
            len: word.len() as u8,
            bytes,
        })
    }

    pub fn as_str(&self) -> &str {
        // OK because the bytes are a whole `str`'s: never the default.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl std::ops::Deref for Noun {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Noun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

/// What a value says, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// `unit` is the counted noun where one follows ("155,221 bags" → "bags").
    Number {
        value: f64,
        unit: Option<Noun>,
    },
    Ordinal(i64),
    Percent(f64),
    /// `currency` is an ISO 4217 code.
    Money {
        amount: f64,
        currency: String,
    },
    Duration(Duration),
    Date(Date),
    Time(Time),
    /// Both ends have the same kind, never `Range`, `Quote` or `List`.
    Range(Box<Data>, Box<Data>),
    /// `words` is the quoted text without its quote marks; `words_span` locates it.
    Quote {
        words: String,
        words_span: Span,
        speaker: Option<Speaker>,
    },
    List {
        items: Vec<Item>,
    },
}

impl Data {
    pub fn kind(&self) -> Kind {
        match self {
            Data::Number { .. } => Kind::Number,
            Data::Ordinal(_) => Kind::Ordinal,
            Data::Percent(_) => Kind::Percent,
            Data::Money { .. } => Kind::Money,
            Data::Duration(_) => Kind::Duration,
            Data::Date(_) => Kind::Date,
            Data::Time(_) => Kind::Time,
            Data::Range(..) => Kind::Range,
            Data::Quote { .. } => Kind::Quote,
            Data::List { .. } => Kind::List,
        }
    }
}

impl Value {
    pub fn kind(&self) -> Kind {
        self.data.kind()
    }
}

/// Which way a weekday or month without tense points from the reference date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Prefer {
    /// News reports what happened: "on Wednesday" is the last Wednesday.
    #[default]
    Past,
    Future,
}

/// The instant relative expressions resolve against ("yesterday", "Wednesday", "at 3pm").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reference {
    pub datetime: civil::DateTime,
    /// The UTC offset of `datetime`, where known (RFC 3339 input carries one).
    pub offset: Option<jiff::tz::Offset>,
}

impl Reference {
    pub fn from_date(date: civil::Date) -> Reference {
        Reference {
            datetime: date.to_datetime(civil::Time::midnight()),
            offset: None,
        }
    }

    pub fn date(&self) -> civil::Date {
        self.datetime.date()
    }
}

/// What every finder may consult besides the text.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub reference: Option<Reference>,
    pub prefer: Prefer,
    /// Default IANA zone for times that name none.
    pub zone: Option<String>,
}

/// The shared state of one extraction: the text, its tokens, and its numbers.
///
/// In an article, a paragraph's scan reads the article's own tokens, at article offsets, in
/// place: `text` is the article up to the paragraph's end (bytes past it are the end of the
/// text, as for the paragraph read alone) and `start` the paragraph's first byte, where a
/// finder that reads back over bytes stops, as at the start of a text.
pub(crate) struct Scan<'a> {
    pub text: &'a str,
    /// The byte of `text` where the scanned paragraph starts (0 for a text read alone).
    pub start: usize,
    /// The paragraph's tokens, a slice of the article's (or of the text's, read alone).
    pub tokens: &'a [Token],
    pub numbers: Vec<number::NumberMatch>,
    /// Per token: its temporal facts, among them whether a date, time or duration may start
    /// there ([`calendar::facts`], `date::index`): the paragraph's slice of
    /// [`vocab::Words::facts`], completed in place.
    pub temporal_starts: &'a [u32],
    /// The text with ASCII letters lowercased (same byte offsets), perhaps followed by more (in
    /// an article, all of the article's: [`vocab::Words::lowered`]).
    pub(crate) lowered: &'a str,
    /// The paragraph's words as `vocab` read them ([`vocab::Words::paragraph`], slices of the
    /// text's): the tokens a number may start at ([`vocab::Read::number_starts`], where
    /// `money` also looks for a sign or code before an amount), and the lowercased forms of the
    /// words that are not [`Token::plain`] but straighten to ASCII, read by [`Scan::lower`].
    pub(crate) words: vocab::Read<'a>,
    /// Per token, what the date rules read there, filled in on demand ([`date::parse`]).
    date_rules: std::cell::RefCell<date::Memo>,
    pub cx: &'a Context,
    /// The nationality whose currency a bare "francs" or "crowns" names, told by the
    /// article's dateline ([`money::home`]).
    pub(crate) home: Option<&'static str>,
}

/// The vectors of a [`Scan`], kept from one paragraph to the next so that each is allocated
/// once per article rather than once per paragraph.
#[derive(Default)]
struct Buffers {
    numbers: Vec<number::NumberMatch>,
}

/// A text lexed and read by itself ([`vocab::read`]), for a [`Scan`] of it to borrow.
pub(crate) struct Alone<'t> {
    text: &'t str,
    tokens: lex::Lexed,
    words: vocab::Words,
    /// The words' facts, taken out of `words` for a scan to complete while it reads the rest.
    facts: Vec<u32>,
}

impl<'t> Alone<'t> {
    pub fn new(text: &'t str) -> Alone<'t> {
        let (tokens, mut words) = vocab::read(text);
        let facts = std::mem::take(&mut words.facts);
        Alone {
            text,
            tokens,
            words,
            facts,
        }
    }

    /// The text's quote marks ([`quote::article_marks`]).
    fn marks(&self) -> quote::Marks {
        quote::article_marks(self.text, &self.tokens)
    }
}

impl<'a> Scan<'a> {
    /// The scan of a text read by itself.
    pub fn new(alone: &'a mut Alone, cx: &'a Context) -> Scan<'a> {
        let mut scan = Scan::empty(Buffers::default(), cx);
        let Alone {
            text,
            tokens,
            words,
            facts,
        } = alone;
        scan.words = words.paragraph(0, tokens.len());
        scan.read(text, 0, tokens, words.lowered.as_str(), facts);
        scan
    }

    /// A scan of no text yet, over the vectors of `buffers`. An article's paragraphs are read
    /// into one scan in turn ([`Scan::read`]): a scan is a few hundred bytes, and building one
    /// per paragraph moved it, and its vectors, several times over.
    fn empty(buffers: Buffers, cx: &'a Context) -> Scan<'a> {
        let Buffers { numbers } = buffers;
        Scan {
            text: "",
            start: 0,
            tokens: &[],
            numbers,
            temporal_starts: &[],
            lowered: "",
            words: Default::default(),
            date_rules: Default::default(),
            cx,
            home: None,
        }
    }

    /// Makes this the scan of the paragraph of `text` from byte `start` on, whose tokens are
    /// `tokens`, with `facts` ([`vocab::Words::facts`]), and whose words were set in
    /// [`Scan::words`] ([`vocab::Words::paragraph`]); `lowered` is `text` lowercased
    /// ([`vocab::Words::lowered`]).
    fn read(
        &mut self,
        text: &'a str,
        start: usize,
        tokens: &'a [Token],
        lowered: &'a str,
        facts: &'a mut [u32],
    ) {
        // A paragraph where no number may start (two in five) has none.
        if !self.words.may_start_numbers() {
            self.numbers.clear();
        } else {
            number::find_numbers_in(text, lowered, tokens, self.words, &mut self.numbers);
            calendar::temporal_starts(facts, tokens, &self.numbers);
        }
        self.text = text;
        self.start = start;
        self.tokens = tokens;
        self.temporal_starts = facts;
        self.lowered = lowered;
        self.date_rules.get_mut().reset();
    }

    /// The scan's vectors, for the next article's (taken, where moving the scan out cost a
    /// copy of all of it).
    fn take_buffers(&mut self) -> Buffers {
        Buffers {
            numbers: std::mem::take(&mut self.numbers),
        }
    }

    /// Token `idx` lowercased ([`calendar::lower`]): a word of at most 16 bytes, ASCII once its
    /// curly apostrophes are made straight; "" for any other token and past the end.
    ///
    /// Inlined: the finders ask this some 700,000 times over the BBC corpus, nearly always of a
    /// plain word, whose answer is a slice; a call would cost as much as the slice.
    #[inline]
    pub fn lower(&self, idx: usize) -> &str {
        let Some(t) = self.tokens.get(idx) else {
            return "";
        };
        if t.plain {
            // Decided as it was lexed: a short ASCII word, lowercased in place.
            return self
                .lowered
                .get(t.start as usize..t.end as usize)
                .unwrap_or("");
        }
        self.lower_other(idx, *t)
    }

    /// [`Scan::lower`] of token `idx`, `t`, which is not plain.
    fn lower_other(&self, idx: usize, t: Token) -> &str {
        if !t.is_word() {
            return "";
        }
        // The few other words were straightened as they were read.
        self.words.straight(idx).unwrap_or("")
    }

    /// The text of token `idx`.
    pub fn tok(&self, idx: usize) -> &'a str {
        self.tokens[idx].text(self.text)
    }
}

/// Every value in `text`, sorted by start (then longest first), spans relative to `text`.
pub fn extract(text: &str, cx: &Context) -> Vec<Value> {
    let mut values = Vec::new();
    extract_alone(text, cx, None, &mut Scratch::default(), 0, &mut values);
    date::fiscal_quarters(text, cx.reference.map(|r| r.date()), cx.prefer, &mut values);
    date::bare_years(text, &mut values);
    values
}

/// Lexes and reads `text` by itself, runs every finder over it ([`extract_scan`]) with `home`
/// the dateline's nationality ([`Scan::home`]), and appends the values kept to `out`, spans
/// moved right by `offset`.
fn extract_alone(
    text: &str,
    cx: &Context,
    home: Option<&'static str>,
    scratch: &mut Scratch,
    offset: usize,
    out: &mut Vec<Value>,
) {
    let mut alone = Alone::new(text);
    let marks = alone.marks();
    let mut scan = Scan::new(&mut alone, cx);
    scan.home = home;
    let names = names::ArticleMemo::new(scan.tokens.len());
    let marks = quote::ParagraphMarks {
        marks: &marks,
        first: 0,
        names: &names,
    };
    extract_scan(&scan, marks, scratch, offset, out);
}

/// Runs every finder over `scan` and appends the values kept ([`resolve_overlaps`]) to `out`,
/// spans moved right by `offset`. A finder that cannot find anything in the paragraph (no
/// number for `number` or `percent`, too few candidates for `range`) is not called: a call
/// and its setup cost some 20 to 40 instructions, and most paragraphs lack something.
// Inlined into the article's loop over paragraphs, where the call and its setup cost some 27
// instructions a paragraph; the finders stay out of line, so a profile still shows each apart
// (their callers' total is the paragraph loop's, `extract_article_in`).
#[inline(always)]
fn extract_scan(
    scan: &Scan,
    marks: quote::ParagraphMarks,
    scratch: &mut Scratch,
    offset: usize,
    out: &mut Vec<Value>,
) {
    let Scratch {
        candidates,
        overlaps,
        ranges,
        lists,
    } = scratch;
    candidates.clear();
    // Nearly half the paragraphs hold no number, and then no percent either; money reads
    // glued amounts no number is found in ("Rs500"), but only at a number's possible start.
    let has_numbers = !scan.numbers.is_empty();
    if has_numbers {
        number::find(scan, candidates);
    }
    ordinal::find(scan, candidates);
    if has_numbers {
        percent::find(scan, candidates);
    }
    if scan.words.may_start_numbers() {
        money::find(scan, candidates);
    }
    duration::find(scan, candidates);
    date::find(scan, candidates);
    time::find(scan, candidates);
    // A range pairs two candidates.
    if candidates.len() >= 2 {
        range::find(scan, ranges, candidates);
    }
    quote::find(scan, marks, candidates);
    list::find(scan, marks, lists, candidates);
    let from = out.len();
    // A paragraph in four has no candidate.
    if !candidates.is_empty() {
        resolve_overlaps(candidates, overlaps, out);
    }
    // The nouns numbers count are read only for the numbers kept (and those `range` pairs).
    if has_numbers {
        number::fill_units(scan, &mut out[from..]);
    }
    // A paragraph read alone, off its place in the article.
    if offset != 0 {
        for value in &mut out[from..] {
            value.shift(offset);
        }
    }
}

/// Every value of an article, extracted paragraph by paragraph, spans into `article.text`.
///
/// Quote speakers named by a title or pronoun ("the Russian president", "he") are
/// resolved here, where earlier paragraphs are in view.
pub fn extract_article(article: &crate::article::Article, cx: &Context) -> Vec<Value> {
    REUSED.with(|reused| match reused.try_borrow_mut() {
        Ok(mut reused) => extract_article_in(article, cx, &mut reused),
        // Never so in factcheck: a nested call starts from empty vectors.
        Err(_) => extract_article_in(article, cx, &mut Reused::default()),
    })
}

/// [`extract_article`] in the vectors of `reused`, left there for the next article.
fn extract_article_in(
    article: &crate::article::Article,
    cx: &Context,
    reused: &mut Reused,
) -> Vec<Value> {
    let read = std::mem::take(&mut reused.read);
    let scratch = &mut reused.scratch;
    // One lex and one reading of the whole article serve every paragraph and the speaker pass.
    let text = article.text.as_str();
    let (tokens, mut words) = vocab::read_reusing(text, read);
    // Quote marks are classified once, for every paragraph and the speaker pass.
    let marks = quote::article_marks(text, &tokens);
    // One names memo serves every paragraph's quotes and lists and the speaker pass.
    let names = names::ArticleMemo::new(tokens.len());
    // About one value per 20 tokens in news: room for most articles' values at once, where
    // growing by doubling copied them three or four times.
    let mut values = Vec::with_capacity(tokens.len() / 20 + 8);
    // Each paragraph's scan completes its tokens' facts in place, and reads them there.
    let mut facts = std::mem::take(&mut words.facts);
    let mut scan = Scan::empty(std::mem::take(&mut reused.buffers), cx);
    scan.home = article.dateline.as_ref().and_then(money::home);
    // Tokens `..read_to` belong to paragraphs read so far (and the gaps between them), and
    // `unread` holds the facts of the others.
    let mut read_to = 0;
    let mut unread = &mut facts[..];
    for block in article.iter_blocks() {
        let span = block.span;
        let paragraph = span.of(text);
        if lexed_alone(text, span) {
            let (start, end) = (span.start as u32, span.end as u32);
            // Paragraphs come in order, mostly with nothing but whitespace between: the first
            // token is the one after the last paragraph's, or a few on, where every token
            // before those starts before this paragraph; else it is searched for.
            let first = if tokens[..read_to].last().is_none_or(|t| t.start < start) {
                let between = tokens[read_to..].iter().take_while(|t| t.start < start);
                read_to + between.count()
            } else {
                tokens.partition_point(|t| t.start < start)
            };
            // A token holds a byte at least: the paragraph's are among the first `end - start`
            // from `first`, a shorter search than the article's rest.
            let bound = tokens.len().min(first + (end - start) as usize);
            let last = first + tokens[first..bound].partition_point(|t| t.start < end);
            // The first token follows the paragraph's edge, as lexed alone: whitespace is
            // there, so it does unless the lexer took that whitespace for a mark (a vertical
            // tab), and then the paragraph is read alone below, as is one out of order (none
            // in the corpora), whose facts were passed.
            if first >= read_to && tokens[first..last].first().is_none_or(|t| t.space_before) {
                let (_, rest) = std::mem::take(&mut unread).split_at_mut(first - read_to);
                let (paragraph_facts, rest) = rest.split_at_mut(last - first);
                (unread, read_to) = (rest, last);
                scan.words = words.paragraph(first, last);
                let (before_end, paragraph_tokens) = (&text[..span.end], &tokens[first..last]);
                let lowered = words.lowered.as_str();
                scan.read(
                    before_end,
                    span.start,
                    paragraph_tokens,
                    lowered,
                    paragraph_facts,
                );
                let paragraph_marks = quote::ParagraphMarks {
                    marks: &marks,
                    first,
                    names: &names,
                };
                extract_scan(&scan, paragraph_marks, scratch, 0, &mut values);
                names.forget_edges(text, paragraph_tokens, first);
                continue;
            }
        }
        // Rare: a paragraph glued to its neighbours is lexed and read by itself, its spans
        // then moved to article offsets.
        let home = scan.home;
        extract_alone(paragraph, cx, home, scratch, span.start, &mut values);
    }
    reused.buffers = scan.take_buffers();
    words.facts = facts;
    date::fiscal_quarters(text, cx.reference.map(|r| r.date()), cx.prefer, &mut values);
    date::bare_years(text, &mut values);
    if let (Some(dateline), Some(reference)) = (&article.dateline, cx.reference) {
        date::dateline_in_past(text, dateline.span, reference.date(), &mut values);
    }
    quote::resolve_speakers(text, &words.lowered, &tokens, &marks, &names, &mut values);
    reused.read = words.into_spare(tokens);
    values
}

/// The vectors of one [`extract_article`], kept on its thread for the next article's: most
/// are about as large as an article, and allocating (and freeing) that much once per article
/// cost more than all the small allocations. A thread keeps the room of its largest article.
#[derive(Default)]
struct Reused {
    read: vocab::Spare,
    buffers: Buffers,
    scratch: Scratch,
}

/// The room a paragraph's finders and [`resolve_overlaps`] work in, kept from one paragraph
/// to the next: the candidates, the choice among them, the range finder's endpoints and the
/// list finder's items.
#[derive(Default)]
struct Scratch {
    candidates: Vec<Value>,
    overlaps: Overlaps,
    ranges: range::Scratch,
    lists: list::Scratch,
}

thread_local! {
    /// Borrowed by [`extract_article`] while it runs, and used in place: moving the whole of
    /// it out and back (some 500 bytes) cost more per article than the borrow.
    static REUSED: std::cell::RefCell<Reused> = std::cell::RefCell::new(Reused::default());
}

/// Whether `text[span]` lexed alone gives the tokens of `text` within the span: so wherever
/// whitespace (or the text's edge) stands on both sides of the span, since the lexer then
/// neither joins across the edge nor sees past it.
fn lexed_alone(text: &str, span: Span) -> bool {
    let is_space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    // Mostly an ASCII byte on each side (a line break), a whole character by itself; only
    // another is decoded.
    let bytes = text.as_bytes();
    let before = match span.start.checked_sub(1).and_then(|k| bytes.get(k)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(..span.start).and_then(|t| t.chars().next_back()),
    };
    let after = match bytes.get(span.end) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(span.end..).and_then(|t| t.chars().next()),
    };
    is_space(before) && is_space(after)
}

impl Value {
    /// Moves every span of the value right by `offset` bytes (paragraph to file offsets).
    fn shift(&mut self, offset: usize) {
        self.span = self.span.shift(offset);
        match &mut self.data {
            Data::Quote {
                words_span,
                speaker,
                ..
            } => {
                *words_span = words_span.shift(offset);
                if let Some(speaker) = speaker {
                    speaker.span = speaker.span.shift(offset);
                }
            }
            Data::List { items } => {
                for item in items {
                    item.span = item.span.shift(offset);
                }
            }
            _ => {}
        }
    }
}

/// Among scalar kinds, keeps the longest of overlapping candidates. Of two equally long, the
/// more specific kind wins (later in [`Kind`]: "in 2012" read as a date beats the number 2012),
/// then the one pushed first. Quotes and lists are kept as they are.
///
/// A candidate with exactly the span of a kept one but of another kind is kept too, as an
/// alternative reading: "1/5" is the number 0.2 and a date, "forty second" the ordinal 42 and
/// a duration. Both are English, and a claim names the kind it checks, so neither misleads.
/// One reading per kind and span: of two same-kind candidates the first in the order wins. A
/// year is not also kept as the number it spells: the date reading says all the number does.
///
/// Drains `values` and appends the kept ones to `out`, sorted by start (then longest first,
/// then by push order); `scratch` is reused from call to call.
///
/// The candidates are sorted once, in that output order, as packed keys ([`start_key`]); a
/// value is only moved once, into `out`. A kept value only ever hides candidates it overlaps,
/// so the greedy choice is made apart in each cluster of overlapping candidates, met in turn
/// along that order: four in ten candidates overlap no other and are kept as they come. This
/// replaced a sort of keys in greedy order over the whole paragraph and then a stable sort of
/// the kept values themselves (some 128 bytes each): some 90,000 fewer simulated mispredicts
/// over the BBC corpus (the sorts' data-dependent branches) for 3 M more instructions (moves),
/// and 2% more MB/s.
#[inline(never)]
fn resolve_overlaps(values: &mut Vec<Value>, scratch: &mut Overlaps, out: &mut Vec<Value>) {
    // A paragraph of no value or one (two in five) has no overlap to resolve.
    if values.len() <= 1 {
        values.retain(|v| settled(v.kind(), v.span).unwrap_or(true));
        out.append(values);
        return;
    }
    let Overlaps {
        order,
        cluster,
        greedy,
        taken,
        keep,
    } = scratch;
    if keep.len() < values.len() {
        keep.resize(values.len(), false);
    }
    // Whether some offset or index overflows its field of the packed keys.
    let mut overflow = 0;
    order.clear();
    order.extend(values.iter().enumerate().map(|(i, value)| {
        overflow |= value.span.end >> POS_BITS | i >> INDEX_BITS;
        start_key(value.span, value.kind(), i)
    }));
    // Where a paragraph's offsets or candidates overflow the packing (none in news), the
    // entries are plain indices and kinds, in the same order.
    let wide = overflow != 0;
    if wide {
        for (i, entry) in order.iter_mut().enumerate() {
            *entry = (i as u64) << KIND_BITS | *entry & (KINDS - 1);
        }
        order.sort_unstable_by_key(|&entry| {
            let span = values[(entry >> KIND_BITS) as usize].span;
            (span.start, Reverse(span.end), entry)
        });
    } else {
        order.sort_unstable();
    }
    // The entries met since the last one that started at or after the end of every scalar
    // candidate before it: a cluster of overlapping candidates, with the quotes and lists
    // among them, settled as a whole when the next cluster starts.
    cluster.clear();
    let mut cluster_end = 0;
    let mut scalars = 0;
    let mut settle = |entries: &[u64], scalars, values: &mut [Value]| {
        Cluster {
            entries,
            scalars,
            wide,
        }
        .settle(values, greedy, taken, keep, out);
    };
    for &entry in order.iter() {
        let span = values[index(entry, wide)].span;
        if span.start >= cluster_end {
            settle(cluster, scalars, values);
            cluster.clear();
            scalars = 0;
        }
        cluster.push(entry);
        // A quote or a list neither extends the cluster nor takes part in its choice.
        let scalar = is_scalar_entry(entry);
        cluster_end = cluster_end.max(span.end * usize::from(scalar));
        scalars += usize::from(scalar);
    }
    settle(cluster, scalars, values);
    values.clear();
}

/// The index of the candidate of `entry` in [`resolve_overlaps`]' order, a packed key
/// ([`start_key`]) or, `wide`, an index and a kind.
fn index(entry: u64, wide: bool) -> usize {
    let index_mask = if wide {
        u64::MAX >> KIND_BITS
    } else {
        (1 << INDEX_BITS) - 1
    };
    (entry >> KIND_BITS & index_mask) as usize
}

/// [`Kind::is_scalar`] of the kind in `entry` of [`resolve_overlaps`]' order: quotes and lists
/// are the last kinds.
fn is_scalar_entry(entry: u64) -> bool {
    entry & (KINDS - 1) < Kind::Quote as u64
}

/// A cluster of overlapping candidates in [`resolve_overlaps`]: its entries in output order,
/// how many are scalar (the others are quotes and lists), and whether the entries are wide
/// ([`index`]).
struct Cluster<'a> {
    entries: &'a [u64],
    scalars: usize,
    wide: bool,
}

impl Cluster<'_> {
    /// Moves the cluster's kept values from `values` to `out`, in order, each leaving a value
    /// that owns nothing behind; `greedy`, `taken` and `keep` are room for the choice.
    fn settle(
        self,
        values: &mut [Value],
        greedy: &mut Vec<u64>,
        taken: &mut Vec<Taken>,
        keep: &mut [bool],
        out: &mut Vec<Value>,
    ) {
        let chosen = self.scalars > 1;
        if chosen {
            self.choose(values, greedy, taken, keep);
        }
        for &entry in self.entries {
            let i = index(entry, self.wide);
            let scalar = is_scalar_entry(entry);
            // A value of no words is never kept.
            let kept = if scalar && chosen {
                keep[i]
            } else {
                !(scalar && values[i].span.is_empty())
            };
            if kept {
                let vacant = Value {
                    span: Span::default(),
                    qualifier: None,
                    data: Data::Ordinal(0),
                };
                out.push(std::mem::replace(&mut values[i], vacant));
            }
        }
    }

    /// The greedy choice among the cluster's scalar candidates: marks in `keep` those kept.
    fn choose(
        &self,
        values: &[Value],
        greedy: &mut Vec<u64>,
        taken: &mut Vec<Taken>,
        keep: &mut [bool],
    ) {
        // Longest first, then most specific, then leftmost, then by push order: a stable
        // greedy choice (the push order makes every key distinct, so an unstable sort is as
        // good). The four keys are packed into one integer ([`greedy_key`]) where they fit.
        greedy.clear();
        for &entry in self.entries {
            if is_scalar_entry(entry) {
                let i = index(entry, self.wide);
                keep[i] = false;
                let kind = entry & (KINDS - 1);
                greedy.push(i as u64 | (KINDS - 1 - kind) << WIDE_KIND_AT);
            }
        }
        // Where the index and the kind (as `KINDS - 1 - kind`) lie in an entry of `greedy`.
        let (index_mask, kind_at) = if self.wide {
            let at = |entry: u64| entry & (u64::MAX >> KIND_BITS);
            greedy.sort_unstable_by_key(|&entry| {
                let span = values[at(entry) as usize].span;
                (
                    Reverse(span.len()),
                    entry >> WIDE_KIND_AT,
                    span.start,
                    at(entry),
                )
            });
            (u64::MAX >> KIND_BITS, WIDE_KIND_AT)
        } else {
            for entry in greedy.iter_mut() {
                let i = (*entry & ((1 << INDEX_BITS) - 1)) as usize;
                let kind = KINDS - 1 - (*entry >> WIDE_KIND_AT);
                *entry = greedy_key(values[i].span, kind, i);
            }
            greedy.sort_unstable();
            ((1 << INDEX_BITS) - 1, POS_BITS + INDEX_BITS)
        };
        // Taken spans never overlap, so only the last one starting before a candidate's end
        // can reach into it. A cluster has few candidates: a vector sorted by start does.
        taken.clear();
        for &key in greedy.iter() {
            let i = (key & index_mask) as usize;
            let span = values[i].span;
            // A value of no words is never kept.
            if span.is_empty() {
                continue;
            }
            // The kind, from the key: `Data::kind` reads the enum's niche-packed tag, several
            // steps per call.
            let bit = 1u32 << (KINDS - 1 - (key >> kind_at & (KINDS - 1)));
            let at = taken.partition_point(|t| t.start < span.end);
            match at.checked_sub(1).map(|k| &mut taken[k]) {
                Some(t) if t.end > span.start => {
                    // An alternative reading of the very same words, unless it only restates
                    // the first one (a year is also a number; the year says more): asked last,
                    // of the few readings of the same words.
                    let same_words = t.start == span.start && t.end == span.end;
                    if same_words
                        && t.kinds & bit == 0
                        && !is_year_of(&values[t.first].data, &values[i].data)
                    {
                        t.kinds |= bit;
                        keep[i] = true;
                    }
                }
                _ => {
                    let t = Taken {
                        start: span.start,
                        end: span.end,
                        kinds: bit,
                        first: i,
                    };
                    taken.insert(at, t);
                    keep[i] = true;
                }
            }
        }
    }
}

/// The bits of a span's end (and so of its start and length) in a [`greedy_key`] or a
/// [`start_key`]: a text of up to 16 MiB (factcheck reads articles of up to 4 MiB).
const POS_BITS: u32 = 24;
/// The bits of a candidate's index in a packed key: up to 4,096 candidates a paragraph.
const INDEX_BITS: u32 = 12;
/// The bits of a kind in a packed key.
const KIND_BITS: u32 = 4;
/// The bound of `Kind as u64`, a power of two.
const KINDS: u64 = 1 << KIND_BITS;
/// Where the kind lies in an entry of [`Cluster::choose`]'s greedy order before its key is
/// made, and in a wide one: above the index.
const WIDE_KIND_AT: u32 = u64::BITS - KIND_BITS;
const _: () = assert!(
    (Kind::List as u64) < KINDS && (Kind::Quote as u64) < (Kind::List as u64),
    "the last kind fits its bits of a key, and quotes and lists are the last kinds"
);

/// The place of candidate `i` over `span` in [`resolve_overlaps`]' output, as one integer:
/// by start, then longest first, then by index, from the highest bits down; `kind` rides
/// below them. Meaningless where the span's end or the index overflows its field.
fn start_key(span: Span, kind: Kind, i: usize) -> u64 {
    let longest_first = ((1 << POS_BITS) - 1u64).wrapping_sub(span.end as u64);
    (span.start as u64) << (POS_BITS + INDEX_BITS + KIND_BITS)
        | longest_first << (INDEX_BITS + KIND_BITS)
        | (i as u64) << KIND_BITS
        | kind as u64
}

/// The place of candidate `i` over `span` of kind `kind` (as a number) in
/// [`resolve_overlaps`]' greedy choice, as one integer: longest first, then most specific,
/// then leftmost, then by index, from the highest bits down. Meaningless where the span's end
/// or the index overflows its field.
fn greedy_key(span: Span, kind: u64, i: usize) -> u64 {
    let longest_first = ((1 << POS_BITS) - 1u64).wrapping_sub(span.len() as u64);
    let specific_first = KINDS - 1 - kind;
    longest_first << (POS_BITS + KIND_BITS + INDEX_BITS)
        | specific_first << (POS_BITS + INDEX_BITS)
        | (span.start as u64) << INDEX_BITS
        | i as u64
}

/// Whether [`resolve_overlaps`] keeps a value of `kind` over `span` without weighing it against
/// the others: a quote or a list always, a value of no words never.
fn settled(kind: Kind, span: Span) -> Option<bool> {
    if !kind.is_scalar() {
        Some(true)
    } else if span.is_empty() {
        Some(false)
    } else {
        None
    }
}

/// The scratch space of [`resolve_overlaps`].
#[derive(Default)]
struct Overlaps {
    /// The candidates in output order, as packed keys ([`start_key`]).
    order: Vec<u64>,
    /// The entries of `order` in the cluster met last.
    cluster: Vec<u64>,
    /// The cluster's scalar candidates in greedy order ([`greedy_key`]).
    greedy: Vec<u64>,
    /// The spans taken so far in the cluster, by start.
    taken: Vec<Taken>,
    /// Per candidate, whether the greedy choice of its cluster keeps it.
    keep: Vec<bool>,
}

/// A span taken by a kept value: the kinds kept on exactly that span, and the value first
/// kept there.
struct Taken {
    start: usize,
    end: usize,
    kinds: u32,
    first: usize,
}

/// Whether `date` is the year that `number` spells ("2007" read as a date and as a number).
fn is_year_of(date: &Data, number: &Data) -> bool {
    matches!((date, number), (Data::Date(Date::Year(year)), Data::Number { value, .. }) if f64::from(*year) == *value)
}

/// jiff's bundled time zone database: results never depend on the machine's tzdata.
pub fn zone_db() -> &'static jiff::tz::TimeZoneDatabase {
    static DB: std::sync::OnceLock<jiff::tz::TimeZoneDatabase> = std::sync::OnceLock::new();
    DB.get_or_init(jiff::tz::TimeZoneDatabase::bundled)
}

/// Whether `name` is a time zone in the bundled database (or `UTC`).
pub fn is_known_zone(name: &str) -> bool {
    name.eq_ignore_ascii_case("utc") || zone_db().get(name).is_ok()
}

/// The BBC corpus's articles (`../shared/corpus/bbc`), for the tests that hold a fast path to
/// its slow one over real copy; `None`, with a message, where the corpus is absent (a clone
/// has no `../shared`).
#[cfg(test)]
pub(crate) fn bbc_corpus() -> Option<Vec<String>> {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc");
    let Ok(dirs) = std::fs::read_dir(&corpus) else {
        println!("skipped: {} is absent", corpus.display());
        return None;
    };
    let files = dirs.flatten().flat_map(|dir| {
        std::fs::read_dir(dir.path())
            .into_iter()
            .flatten()
            .flatten()
    });
    Some(
        files
            .filter_map(|file| std::fs::read_to_string(file.path()).ok())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of `kinds` in `text` as "span value [qualifier] [unit, currency or zone]",
    /// joined by "; ": the one-line form of every data file under tests/data/extract/.
    fn show(text: &str, kinds: &[Kind], cx: &Context) -> String {
        show_values(extract(text, cx), text, kinds)
    }

    /// [`show`] for values already extracted from `text`.
    fn show_values(values: Vec<Value>, text: &str, kinds: &[Kind]) -> String {
        values
            .into_iter()
            .filter(|v| kinds.contains(&v.kind()))
            .map(|v| {
                let mut out = format!("{} {}", v.span.of(text), v.data);
                if let Some(q) = v.qualifier {
                    out.push_str(&format!(" {}", q.as_str()));
                }
                let extra = match &v.data {
                    Data::Number { unit, .. } => unit.as_deref(),
                    Data::Money { currency, .. } => Some(currency.as_str()),
                    Data::Time(t) => t.zone.as_deref(),
                    _ => None,
                };
                if let Some(extra) = extra {
                    out.push_str(&format!(" [{extra}]"));
                }
                out
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Runs a data file of tests/data/extract/: each line `phrase => expected`, where
    /// `expected` is what `show` makes of the phrase; `@ REFERENCE [past|future]` lines set the
    /// context for the lines after them; blank lines and `#` comments are skipped, any other
    /// line without `=>` is a failure. Returns the failures.
    pub(super) fn data_file_failures(
        file: &str,
        data: &str,
        show: impl Fn(&str, &Context) -> String,
    ) -> Vec<String> {
        let mut cx = Context::default();
        let mut failures = Vec::new();
        for line in data.lines().map(str::trim) {
            if let Some(header) = line.strip_prefix("@ ") {
                let mut words = header.split_whitespace();
                cx.reference = words
                    .next()
                    .and_then(|r| r.parse().ok())
                    .map(Reference::from_date);
                cx.prefer = match words.next() {
                    Some("future") => Prefer::Future,
                    _ => Prefer::Past,
                };
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((text, want)) = line.split_once("=>") else {
                failures.push(format!("{file}: no `=>` in {line:?}"));
                continue;
            };
            let (text, want) = (text.trim(), want.trim());
            let got = show(text, &cx);
            if got != want {
                failures.push(format!("{file}: {text:?}: want {want:?}, got {got:?}"));
            }
        }
        failures
    }

    /// One data file per kind, each line `phrase => every value of the file's kinds`.
    #[test]
    fn phrases_by_kind() {
        let files: [(&str, &str, &[Kind]); 8] = [
            (
                "number.txt",
                include_str!("../../tests/data/extract/number.txt"),
                &[Kind::Number],
            ),
            (
                "ordinal.txt",
                include_str!("../../tests/data/extract/ordinal.txt"),
                &[Kind::Ordinal],
            ),
            (
                "money.txt",
                include_str!("../../tests/data/extract/money.txt"),
                &[Kind::Money],
            ),
            (
                "percent.txt",
                include_str!("../../tests/data/extract/percent.txt"),
                &[Kind::Percent],
            ),
            (
                "duration.txt",
                include_str!("../../tests/data/extract/duration.txt"),
                &[Kind::Duration],
            ),
            (
                "date.txt",
                include_str!("../../tests/data/extract/date.txt"),
                &[Kind::Date, Kind::Time],
            ),
            (
                "time.txt",
                include_str!("../../tests/data/extract/time.txt"),
                &[Kind::Time],
            ),
            (
                "range.txt",
                include_str!("../../tests/data/extract/range.txt"),
                &[Kind::Range],
            ),
        ];
        let failures: Vec<String> = files
            .iter()
            .flat_map(|(name, data, kinds)| {
                data_file_failures(name, data, |text, cx| show(text, kinds, cx))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Readings a wire story's dateline decides: each phrase is the first paragraph of an
    /// article under a headline, and `=>` lists its dates and money.
    #[test]
    fn datelines_from_data_file() {
        let data = include_str!("../../tests/data/extract/dateline.txt");
        let failures = data_file_failures("dateline.txt", data, |paragraph, cx| {
            let article = crate::article::Article::from_text(
                &format!("HEADLINE\n\n{paragraph}\n"),
                crate::article::Format::Plain,
            );
            let values = extract_article(&article, cx);
            show_values(values, &article.text, &[Kind::Date, Kind::Money])
        });
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A paragraph's finders read the article's text in place, but no further back than the
    /// paragraph's start: "from" ending the paragraph before opens no range in this one.
    #[test]
    fn finders_read_back_no_further_than_the_paragraph() {
        let text = "HEADLINE\n\nPrices rose from\n\n5 to 7 dollars in 2004.\n";
        let article = crate::article::Article::from_text(text, crate::article::Format::Plain);
        let values = extract_article(&article, &Context::default());
        let kinds = [Kind::Range, Kind::Date];
        assert_eq!(
            show_values(values, &article.text, &kinds),
            "5 to 7 dollars 5/7; in 2004 2004"
        );
    }

    /// A paragraph too far into its text for the packed keys of [`resolve_overlaps`] is resolved
    /// as one near its start.
    #[test]
    fn overlaps_resolve_alike_past_the_packed_offsets() {
        let value = |start, end, data| Value {
            span: Span::new(start, end),
            qualifier: None,
            data,
        };
        let number = |value: f64| Data::Number { value, unit: None };
        let candidates = [
            value(3, 7, number(2004.0)),
            value(10, 11, number(5.0)),
            value(20, 23, number(0.2)),
            value(0, 7, Data::Date(Date::Year(2004))),
            value(10, 12, Data::Percent(5.0)),
            value(20, 23, Data::Date(Date::Year(2005))),
        ];
        let resolve = |offset: usize| {
            let mut values = candidates.to_vec();
            for v in &mut values {
                v.shift(offset);
            }
            let mut out = Vec::new();
            resolve_overlaps(&mut values, &mut Overlaps::default(), &mut out);
            let at = |v: &Value| (v.span.start - offset, v.span.end - offset, v.kind());
            out.iter().map(at).collect::<Vec<_>>()
        };
        let near = resolve(0);
        let kept = [
            (0, 7, Kind::Date),
            (10, 12, Kind::Percent),
            (20, 23, Kind::Number),
            (20, 23, Kind::Date),
        ];
        assert_eq!(near, kept);
        assert_eq!(resolve(1 << POS_BITS), near);
    }

    /// [`lexed_alone`] reads an ASCII byte beside a paragraph as the character it is, and
    /// decodes any other: the same answer as decoding both sides, at every span.
    #[test]
    fn paragraph_edges_read_alike_by_byte_and_by_char() {
        let by_char = |text: &str, span: Span| {
            let is_space = |c: Option<char>| c.is_none_or(char::is_whitespace);
            is_space(text[..span.start].chars().next_back())
                && is_space(text[span.end..].chars().next())
        };
        let texts = [
            "a\nb c\r\n",
            "a\x0Bb\x0C",
            "x\u{a0}y\u{2003}z",
            "é b ü\u{3000}",
            "ab",
        ];
        for text in texts {
            for start in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                for end in (start..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                    let span = Span::new(start, end);
                    let want = by_char(text, span);
                    assert_eq!(lexed_alone(text, span), want, "{text:?} {start}..{end}");
                }
            }
        }
    }

    #[test]
    fn alternative_readings_of_the_same_words() {
        let cx = Context::default();
        let kinds =
            |text: &str| -> Vec<Kind> { extract(text, &cx).iter().map(Value::kind).collect() };
        assert_eq!(kinds("forty-second"), [Kind::Ordinal, Kind::Duration]);
        assert_eq!(kinds("1/5"), [Kind::Number, Kind::Date]);
        // A longer reading still hides a shorter one.
        assert_eq!(kinds("more than five hours"), [Kind::Duration]);
        // A year is not restated as the number it spells.
        assert_eq!(kinds("a 2007 decree"), [Kind::Date]);
    }
}
