//! One lookup per vocabulary word: which finders' vocabularies the word belongs to, as bit
//! flags, and where numbers may start.
//!
//! Finders run on every token of every text, and most tokens are ordinary words none of them
//! can start on. In [`read`], the lexer's loop turns a word of ASCII letters away by its shape
//! (length, first and last letter) with one load and marks the rest; after the loop,
//! the marked words are looked up in a small open-addressing table built once per process,
//! each keyed by one 8-byte load of the lowercased text (16 bytes for words longer than
//! eight), or, for a word of one to four letters (most of the vocabulary words a text holds),
//! by the lexer itself, from the bytes it had at hand (`lex::Mark`), and looked up in a table of
//! those words alone, with 4-byte keys, each in a slot of its own, so that a first pass over
//! the marks looks them all up with no branch (and the digit runs the lexer keyed as one such
//! word, `lex::DIGITS_KEY`) and lists the other marks for a second.
//! The flags of the tokens that have them (a few in four) are spread over the text's tokens
//! as they are found, and where numbers may start is settled after, from the few tokens with
//! number bits that each pass lists, merged in token order; a paragraph's scan reads its share
//! of the facts in place ([`Words::facts`]), and [`Words::paragraph`] copies its share of the
//! number starts ([`Read::number_starts`]).
//! The flags are filters only: a set flag means "worth trying", the grammars still decide.
//!
//! The temporal flags come in three layers, all in one `u32` per token: the old start filter
//! ([`TEMPORAL`], [`LEAD`], [`BRIDGE`]); per-rule start flags (`R_*`: which date, time and
//! duration rules can start on the word, read off each rule's first lines); and what a word is
//! (`UNIT`, `MONTH`, `WEEKDAY`, `ORDINAL`, and a few words that the commonest lead words
//! need next). `calendar::temporal_starts` adds numbers and `calendar::starts_at` decides where
//! a date, time or duration may start; the finders and `calendar` helpers test these bits
//! before any string work. The last bit, [`TRIGGER`], marks the words `ordinal` and `list`
//! start from (`date::Index`). Above those 32 bits the table holds the number bits
//! ([`N_ALONE`], [`N_A`], [`N_AFTER_A`]), from `number::opening_words`.
//!
//! The same idea serves the word lists other finders ask about on every token (role nouns,
//! speech verbs, function words): [`word_set!`] looks a lowercased word up in a hashed
//! [`WordSet`] built on first use, where `matches!` over a hundred literals would compare
//! them one by one; `names` keeps all its lists in one table of its own (`names::FlagTable`,
//! keyed by a word's bytes whole, which a plain token loads from the lowercased text at once),
//! one lookup telling every list a word is on. The lists stay in the grammar modules, next to
//! the rules that read them.
//!
//! [`read_reusing`] fills the vectors of the previous text's reading ([`Spare`]), so that an
//! article's are allocated once per thread, not once per article.
//!
//! Words themselves are lowercased once per article: [`Words::lowered`] is the text with ASCII
//! letters lowercased (same byte offsets), so a grammar's `lower(scan, i)` is a slice, not a
//! copy; the speaker grammar (`names::Words`) reads the same lowercased text.

use std::sync::OnceLock;

use super::lex::{DIGITS_KEY, Lexed, Lowered, Tok, lex_marking, put_if};

/// Opens a date, time or duration by itself: a month, weekday, unit of time, "today", "noon",
/// a holiday word, "next", a day ordinal ("first")…
pub(crate) const TEMPORAL: u32 = 1;
/// A function word that opens a temporal phrase only before temporal content: "in", "at",
/// "the", "since" ("in 2012", "at noon", "the 1980s").
pub(crate) const LEAD: u32 = 1 << 1;
/// A word that may sit between a [`LEAD`] word and the content: "in the evening", "at about 3pm".
pub(crate) const BRIDGE: u32 = 1 << 2;

// Per-rule start flags: the words each grammar rule can start on. A rule is tried at a word
// only where the word carries its flag, so "the" is never offered to the holiday rule nor
// "new" to the weekday rule. Each list is read off the first lines of its rule; digits and
// numbers (see `calendar::temporal_starts`) are handled apart.

/// `date::relative_day`: "the day after tomorrow", "today".
pub(crate) const R_RELATIVE_DAY: u32 = 1 << 3;
/// `date::grain_relative`: "this week", "the following month".
pub(crate) const R_GRAIN: u32 = 1 << 4;
/// `date::weekday_phrase`: "last Wednesday", "this week's sunday", "Monday".
pub(crate) const R_WEEKDAY: u32 = 1 << 5;
/// `date::month_first`: "April 28", "Monday, Feb 18".
pub(crate) const R_MONTH: u32 = 1 << 6;
/// `date::month_modified` and the modifier of `date::holiday`: "next March", "last Easter".
pub(crate) const R_MODIFIER: u32 = 1 << 7;
/// `date::day_first`: "the 1st of March", "first of march", "Wednesday, 13 September".
pub(crate) const R_DAY_FIRST: u32 = 1 << 8;
/// `date::quarter`: "Q3", "the third quarter", "last year's third quarter".
pub(crate) const R_QUARTER: u32 = 1 << 9;
/// `date::decade`: "the 1980s".
pub(crate) const R_DECADE: u32 = 1 << 10;
/// `date::nth_of`: "the week of", "last friday of", "first monday of".
pub(crate) const R_NTH: u32 = 1 << 11;
/// `date::day_of_month`: "on the 15th", "the 1st", "first of next month".
pub(crate) const R_DAY_OF_MONTH: u32 = 1 << 12;
/// `date::holiday_name`: "Christmas", "new year's day", "good friday".
pub(crate) const R_HOLIDAY: u32 = 1 << 13;
/// The amount of a duration (`duration::amount`): "a", "one", "few", "half", "three-quarters";
/// numbers add to these. Durations, offsets ("a week ago"), shifted days and `date::upcoming`
/// start there.
pub(crate) const R_AMOUNT: u32 = 1 << 14;
/// `date::offset` in its "in a week" form.
pub(crate) const R_IN: u32 = 1 << 15;
/// `date::year_in_context`: "in 2012", "a 2007 decree", "the year 2012".
pub(crate) const R_YEAR: u32 = 1 << 16;
/// `date::approx_period`: "mid-2012", "early July".
pub(crate) const R_APPROX: u32 = 1 << 17;
/// `date::upcoming`: "upcoming two weeks".
pub(crate) const R_UPCOMING: u32 = 1 << 18;
/// `time::phrase` words other than a date: "tonight", "at", "half", "noon", "the midday".
pub(crate) const R_TIME: u32 = 1 << 19;

/// Every flag that lets a date rule start at a word.
pub(crate) const R_DATE: u32 = R_RELATIVE_DAY
    | R_GRAIN
    | R_WEEKDAY
    | R_MONTH
    | R_MODIFIER
    | R_DAY_FIRST
    | R_QUARTER
    | R_DECADE
    | R_NTH
    | R_DAY_OF_MONTH
    | R_HOLIDAY
    | R_AMOUNT
    | R_IN
    | R_YEAR
    | R_APPROX
    | R_UPCOMING;

// Token facts that `calendar::temporal_starts` adds to the vocabulary flags.

/// A digit run.
pub(crate) const DIGITS: u32 = 1 << 20;
/// A number match starts at the token (words or digits, see `number`).
pub(crate) const NUMBER: u32 = 1 << 21;
/// The token opens temporal content by itself (a temporal word, digits, a number):
/// `calendar::starts_at` reads it to decide where a date, time or duration may start
/// (`date::index`).
pub(crate) const START: u32 = 1 << 22;
/// Punctuation the temporal grammars read as a start: `'` ("the '80s") and `@` ("@ 3pm").
pub(crate) const MARK: u32 = 1 << 23;

// What a word is, for the helpers of `calendar` that would otherwise match it against their
// lists at every call.

/// A unit of time (`calendar::unit_at`).
pub(crate) const UNIT: u32 = 1 << 24;
/// A month name or abbreviation (`calendar::month_of`).
pub(crate) const MONTH: u32 = 1 << 25;
/// A weekday name or abbreviation (`calendar::weekday_of`).
pub(crate) const WEEKDAY: u32 = 1 << 26;
/// A word `calendar::ordinal_word_at` may start on.
pub(crate) const ORDINAL: u32 = 1 << 27;

/// What may follow "the" where it starts a date or time ("the day after", "the following
/// week", "the last friday of", "the noon"); ordinals, digits and `'` aside.
pub(crate) const AFTER_THE: u32 = 1 << 28;
/// A part of the day after "in the" ("in the evening").
pub(crate) const PART: u32 = 1 << 29;
/// "about" and its kin after "in", "at", "for" and "by" ("in about an hour").
pub(crate) const ABOUT: u32 = 1 << 30;

/// A word `ordinal` or `list` starts from, so that they visit only these tokens
/// (`date::Index::triggers`): an ordinal word or the suffix of one in digits ("first",
/// "70th"), a conjunction ("and", "or", "as").
pub(crate) const TRIGGER: u32 = 1 << 31;

/// The conjunctions `list` starts from ("as" for "as well as").
const CONJUNCTIONS: &[&str] = &["and", "or", "as"];

// Where a number may start, for `number::find_numbers_in`: bits of the table only, above the
// 32 bits of token facts (see `number::opening_words`).

/// A word that may open a number by itself ("two", "million", "few", "minus").
pub(crate) const N_ALONE: u64 = 1 << 32;
/// "a" and "an", which open a number only before one of [`N_AFTER_A`] ("a hundred").
pub(crate) const N_A: u64 = 1 << 33;
/// A word after which "a" or "an" may open a number ("a couple", "a dozen").
pub(crate) const N_AFTER_A: u64 = 1 << 34;

const UNIT_WORDS: &[&str] = &[
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "h",
    "day",
    "days",
    "week",
    "weeks",
    "wk",
    "wks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "qtr",
    "qtrs",
    "year",
    "years",
    "yr",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
];

/// Month names and their abbreviations (also what `names` takes for a date, not a name).
pub(crate) const MONTH_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
];

/// Weekday names in full (what `names` takes for a date, not a name; "Sun" may be a paper's).
pub(crate) const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// The words `calendar::ordinal_word_at` starts on.
const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "twenty",
    "thirty",
];

/// What every ordinal word is and may start (see [`ORDINAL_WORDS`]).
const ORDINAL_RULES: u32 = ORDINAL | R_DAY_FIRST | R_QUARTER | R_NTH | R_DAY_OF_MONTH;

/// Words that open a holiday's name ("Christmas", "Good Friday"): temporal words, and the
/// only starts of the holiday rule.
const HOLIDAY_WORDS: &[&str] = &[
    "christmas",
    "xmas",
    "boxing",
    "new",
    "valentine's",
    "valentine",
    "valentines",
    "halloween",
    "boss's",
    "bosses",
    "boss",
    "world",
    "independence",
    "st",
    "saint",
    "thanksgiving",
    "black",
    "mlk",
    "martin",
    "memorial",
    "labor",
    "labour",
    "mother's",
    "mothers",
    "father's",
    "fathers",
    "easter",
    "orthodox",
    "good",
    "palm",
    "maundy",
    "ash",
    "mardi",
    "shrove",
    "pancake",
    "pentecost",
    "whit",
    "white",
    "trinity",
    "ascension",
];

const RULE_WORDS: &[(&[&str], u32)] = &[
    (UNIT_WORDS, UNIT),
    (MONTH_WORDS, MONTH | R_MONTH),
    (WEEKDAY_NAMES, WEEKDAY | R_WEEKDAY | R_MONTH | R_DAY_FIRST),
    (
        WEEKDAY_ABBREVIATIONS,
        WEEKDAY | R_WEEKDAY | R_MONTH | R_DAY_FIRST,
    ),
    (ORDINAL_WORDS, ORDINAL_RULES),
    (
        &["the", "day", "today", "yesterday", "tomorrow", "tomorrows"],
        R_RELATIVE_DAY,
    ),
    (RELATIVE_WORDS, R_GRAIN | R_WEEKDAY),
    (&["the"], R_GRAIN),
    (
        &[
            "next", "coming", "upcoming", "last", "past", "previous", "this",
        ],
        R_MODIFIER,
    ),
    (&["the"], R_DAY_FIRST | R_DECADE),
    (&["q", "last", "this", "next", "the"], R_QUARTER),
    (&["the", "week", "last"], R_NTH),
    (&["on", "the"], R_DAY_OF_MONTH),
    (HOLIDAY_WORDS, R_HOLIDAY),
    (&["a", "an", "one", "few", "half", "three"], R_AMOUNT),
    (&["in"], R_IN),
    (FUNCTION_LEADS, R_YEAR),
    (&["this", "of", "for", "due"], R_YEAR),
    (&["mid", "early", "late"], R_APPROX),
    (
        &[
            "day",
            "following",
            "week",
            "last",
            "noon",
            "midday",
            "mid",
            "midnight",
        ],
        AFTER_THE,
    ),
    (
        &["morning", "am", "afternoon", "pm", "evening", "night"],
        PART,
    ),
    (SEASON_WORDS, ABOUT | R_GRAIN),
    (&["about", "around", "approximately", "roughly"], ABOUT),
    (&["upcoming"], R_UPCOMING),
    (
        &[
            "tonight", "this", "early", "late", "in", "at", "for", "by", "half", "quarter", "a",
            "the", "noon", "midday", "mid", "midnight",
        ],
        R_TIME,
    ),
];

/// Temporal words besides the months, weekdays, units, ordinals and holiday words (which
/// [`Table::build`] marks temporal too): relative words, parts of the day, amounts.
const TEMPORAL_WORDS: &[&str] = &[
    "this",
    "current",
    "next",
    "last",
    "past",
    "previous",
    "following",
    "coming",
    "upcoming",
    "mid",
    "early",
    "late",
    "q",
    "today",
    "yesterday",
    "tomorrow",
    "tomorrows",
    "tonight",
    "half",
    "few",
    "noon",
    "midday",
    "midnight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "a",
    "an",
    "one",
];

/// A weekend and the seasons (`date::season`): temporal words, whose rule starts on the
/// relative word or "the" before them ("last summer", "over the weekend") or on them ("summer
/// 2012"). They borrow two flags rather than take a bit of their own, [`ABOUT`] and
/// [`R_GRAIN`], which no other word has both of (`calendar::SEASON`): "in" reads ABOUT after
/// it, and finds no rule to start ("in summer"); the relative words carry R_GRAIN.
const SEASON_WORDS: &[&str] = &[
    "weekend",
    "weekend's",
    "spring",
    "spring's",
    "summer",
    "summer's",
    "autumn",
    "autumn's",
    "fall",
    "winter",
    "winter's",
];

/// Words that place a weekday or a grain of time relative to the reference ("last Wednesday",
/// "this week", "the following month"): the weekday and grain rules start on them.
const RELATIVE_WORDS: &[&str] = &[
    "this",
    "current",
    "next",
    "following",
    "coming",
    "upcoming",
    "last",
    "past",
    "previous",
];

/// Prepositions and determiners that lead into a year or other temporal content ("in 2012",
/// "since 1990", "their 2007 decree"): the year rule starts on them, and they are [`LEAD`]
/// words, as are "on", "at" and "for".
const FUNCTION_LEADS: &[&str] = &[
    "in",
    "since",
    "during",
    "by",
    "until",
    "till",
    "through",
    "throughout",
    "from",
    "before",
    "after",
    "circa",
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "our",
    "that",
    "year",
];

const BRIDGE_WORDS: &[&str] = &["the", "about", "around", "approximately", "roughly"];

/// A lowercased word of at most 16 bytes, read as a little-endian number (its first byte
/// lowest) padded with zero bytes: no word contains a zero byte, so the padding keeps keys of
/// different lengths apart.
pub(super) type Key = u128;

struct Table {
    /// [`TABLE_SIZE`] slots in pairs, each word in its hash's pair ([`Table::hash`]): a word's
    /// key and flags side by side, so that a lookup touches one place, and a fixed size, so
    /// that a slot number needs no bounds check.
    slots: Box<[(Key, u64); TABLE_SIZE]>,
    /// The shapes of the table's words. Most words of a text have a shape no vocabulary word
    /// has, and [`Table::may_hold`] turns them away with one load instead of a hash and a
    /// probe. A test of the second letter as well turned away a fifth of the words that pass
    /// in vain ("was" and "has" share length and ends with "wks" and "hrs", not their second
    /// letter), but cost more on the 320,000 words of the BBC corpus that pass than the 60,000
    /// lookups it spared (1.8 M instructions a round). The words with apostrophes ("sunday's")
    /// are left out: the lexer's fast path, which asks this, meets none, and their shapes let
    /// through plurals ("markets", "analysts") in vain.
    shapes: KeyShapes,
    /// The shapes of all the table's words, apostrophes or not, for the words off the lexer's
    /// fast path (`lex::slow_word`).
    all_shapes: KeyShapes,
    /// The words of one to four bytes again, keyed by those bytes as the lexer keys them
    /// (`lex::Mark`): most lookups (200,000 of the BBC corpus's 300,000) are of these, and a
    /// 4-byte key hashes with one multiplication and is compared once, where a [`Key`] takes
    /// two halves and a check of the slot's flags before its key ([`Table::get_short`]). No
    /// two of its words share a slot ([`Table::short_hash`]), so a lookup reads one slot.
    short: Box<[(u32, u64); SHORT_SIZE]>,
    /// The multiplier of [`short_slot`] that gives each of the words in [`Table::short`] a
    /// slot of its own, found when the table is built.
    short_hash: u32,
    /// The multiplier of the hash of `slots` ([`hash`]) that places every word in one of the
    /// two slots of its hash's pair (its slot and the one beside it), found when the table is
    /// built.
    hash: u64,
}

/// The slots of [`Table::short`]: a power of two, ten times the hundred words of one to four
/// bytes, small enough to stay in the nearest cache.
const SHORT_SIZE: usize = 1024;

/// The slot of a word of one to four bytes in [`Table::short`]: the top bits of a 32-bit
/// multiplicative hash by `multiplier` ([`Table::short_hash`]).
fn short_slot(key: u32, multiplier: u32) -> usize {
    // OK as a cast: the shift leaves fewer bits than a slot index holds.
    (key.wrapping_mul(multiplier) >> (32 - SHORT_SIZE.trailing_zeros())) as usize
}

/// The shapes of a list of words of at most 16 bytes: per length (0 to 16) and first byte, a
/// bit per last byte, told by its low five bits (`a` is 1, `z` 26). A row per byte value, so
/// that a caller indexes it by the byte as it is. A filter asked before a hashed lookup:
/// false means the word is on no list.
pub(super) struct KeyShapes([[u32; 256]; 17]);

impl KeyShapes {
    pub(super) const fn new() -> KeyShapes {
        KeyShapes([[0; 256]; 17])
    }

    /// Adds the shape of `word` (1 to 16 bytes).
    pub(super) fn add(&mut self, word: &[u8]) {
        let (first, last) = (word[0], word[word.len() - 1]);
        self.0[word.len()][usize::from(first)] |= 1 << (last & 31);
    }

    /// Whether a listed word may be `len` bytes long with these first and last bytes.
    #[inline]
    pub(super) fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        self.0
            .get(len)
            .is_some_and(|by_first| by_first[usize::from(first)] & (1 << (last & 31)) != 0)
    }
}

/// The slots of the [`Table`]: a power of two, many times the vocabulary (about 300 words),
/// so that a multiplier that leaves no three words in a pair is found in a few tries. Only the
/// slots of the words a text holds are read, a few hundred, whatever the table's size.
const TABLE_SIZE: usize = 4096;

/// The slot of `key` in the [`Table`], by the multiplier of [`Table::hash`].
fn hash(key: Key, multiplier: u64) -> usize {
    slot_by(key, TABLE_SIZE, multiplier)
}

/// The slot of `key` in an open-addressing table of `size` slots (a power of two): the top
/// bits of a multiplicative hash, the best mixed, which part the common words better than
/// middle bits.
pub(super) fn slot_of(key: Key, size: usize) -> usize {
    slot_by(key, size, 0x9E37_79B9_7F4A_7C15)
}

/// The first hash parameter from `first` on (each next one made by `step`) under which
/// `bucket` puts at most `room` of `words` in any one of `buckets` buckets: how a table is laid
/// out so that a lookup compares the slots of one bucket and needs no probe loop (the
/// vocabulary's tables, `names::FlagTable`). The words are fixed at compile time and the
/// buckets several times as many, so the search ends, in a few tries, once per process.
pub(super) fn spread<W, P: Copy>(
    words: &[W],
    buckets: usize,
    room: u8,
    first: P,
    step: impl Fn(P) -> P,
    bucket: impl Fn(&W, P) -> usize,
) -> P {
    let mut filled = vec![0u8; buckets];
    let mut parameter = first;
    'parameters: loop {
        filled.fill(0);
        for word in words {
            let count = &mut filled[bucket(word, parameter)];
            *count += 1;
            if *count > room {
                parameter = step(parameter);
                continue 'parameters;
            }
        }
        return parameter;
    }
}

/// [`slot_of`] with another multiplier.
fn slot_by(key: Key, size: usize, multiplier: u64) -> usize {
    let (a, b) = (key as u64, (key >> 64) as u64);
    let h = (a ^ b.rotate_left(31)).wrapping_mul(multiplier);
    // OK as a cast: the shift leaves fewer bits than a slot index holds.
    (h >> (64 - size.trailing_zeros())) as usize
}

/// The key of a word of at most 16 bytes.
pub(super) fn key_of(word: &[u8]) -> Key {
    let mut key = [0u8; 16];
    key[..word.len()].copy_from_slice(word);
    Key::from_le_bytes(key)
}

/// The number of bytes of the word in `key`.
fn key_len(key: Key) -> usize {
    16 - key.leading_zeros() as usize / 8
}

/// Byte `k` of the word in `key`.
fn key_byte(key: Key, k: usize) -> u8 {
    (key >> (8 * k)) as u8
}

impl Table {
    fn build() -> Table {
        let mut table = Table {
            slots: Box::new([(0, 0); TABLE_SIZE]),
            shapes: KeyShapes::new(),
            all_shapes: KeyShapes::new(),
            short: Box::new([(0, 0); SHORT_SIZE]),
            short_hash: 0x9E37_79B1,
            hash: 0x9E37_79B9_7F4A_7C15,
        };
        let lists = [
            (TEMPORAL_WORDS, TEMPORAL),
            (SEASON_WORDS, TEMPORAL),
            (HOLIDAY_WORDS, TEMPORAL),
            (UNIT_WORDS, TEMPORAL),
            (MONTH_WORDS, TEMPORAL),
            (WEEKDAY_NAMES, TEMPORAL),
            (WEEKDAY_ABBREVIATIONS, TEMPORAL),
            (ORDINAL_WORDS, TEMPORAL),
            (FUNCTION_LEADS, LEAD),
            // "of" leads a year only after a period noun ("the end of 2012"), "due" only
            // before one ("notes due 2008"): see `date`.
            (&["on", "at", "for", "of", "due"], LEAD),
            (BRIDGE_WORDS, BRIDGE),
        ];
        for (words, flag) in lists.into_iter().chain(RULE_WORDS.iter().copied()) {
            for word in words {
                table.insert(key_of(word.as_bytes()), u64::from(flag));
            }
        }
        for (word, flag) in super::number::opening_words() {
            table.insert(key_of(word.as_bytes()), flag);
        }
        let triggers = super::ordinal::trigger_words()
            .into_iter()
            .chain(CONJUNCTIONS.iter().map(|&w| w.to_owned()));
        for word in triggers {
            table.insert(key_of(word.as_bytes()), u64::from(TRIGGER));
        }
        // A month's or a weekday's possessive ("Sunday's election", "last June's poll") dates
        // as the word does, and has its flags: full names only ("DEC's" is a firm's), and not
        // "May's", a firm's or a person's as often as the month's.
        let full_months = MONTH_WORDS
            .iter()
            .filter(|w| w.len() > 4 || matches!(**w, "june" | "july"));
        for word in full_months.chain(WEEKDAY_NAMES) {
            let possessive = format!("{word}'s");
            // Not `get`, which reads the slots as they are placed at the end.
            let flags = table.slots[table.probe(key_of(word.as_bytes()))].1;
            table.insert(key_of(possessive.as_bytes()), flags);
        }
        // A temporal word opens temporal content by itself: [`START`], set here once rather
        // than per lookup.
        for slot in table.slots.iter_mut() {
            if slot.1 & u64::from(TEMPORAL) != 0 {
                slot.1 |= u64::from(START);
            }
        }
        assert!(
            table.slots.iter().filter(|s| s.1 != 0).count() * 2 <= TABLE_SIZE,
            "the vocabulary fills at most half the table"
        );
        // Every word in one of the two slots of its hash's pair ([`Table::get`]): the first
        // multiplier of a golden-ratio sequence that places them so (no three words in a
        // pair: a few tries), found once per process.
        let words: Vec<(Key, u64)> = table.slots.iter().copied().filter(|s| s.1 != 0).collect();
        table.hash = spread(
            &words,
            TABLE_SIZE / 2,
            2,
            table.hash,
            // A step that moves the top bits of every product: +2 would move few.
            |multiplier| multiplier.wrapping_add(0x9E37_79B9_7F4A_7C16),
            |&(key, _), multiplier| hash(key, multiplier) / 2,
        );
        table.slots.fill((0, 0));
        for (key, flags) in words {
            let pair = hash(key, table.hash) & !1;
            let free = pair + usize::from(table.slots[pair].1 != 0);
            table.slots[free] = (key, flags);
        }
        // The short words, with their flags complete, each in a slot of its own: the first
        // odd multiplier from the golden ratio's on that parts them, found once per process.
        // And the lexer's key of a digit run (`lex::DIGITS_KEY`) with a digit run's flags.
        let short: Vec<(u32, u64)> = table
            .slots
            .iter()
            .filter_map(|&(key, flags)| Some((u32::try_from(key).ok()?, flags)))
            .filter(|&(short, _)| short != 0)
            .chain([(DIGITS_KEY, u64::from(DIGITS | START))])
            .collect();
        table.short_hash = spread(
            &short,
            SHORT_SIZE,
            1,
            table.short_hash,
            |multiplier| multiplier.wrapping_add(2),
            |&(key, _), multiplier| short_slot(key, multiplier),
        );
        for (key, flags) in short {
            table.short[short_slot(key, table.short_hash)] = (key, flags);
        }
        table
    }

    fn insert(&mut self, key: Key, flag: u64) {
        let len = key_len(key);
        let (first, last) = (key_byte(key, 0), key_byte(key, len.wrapping_sub(1)));
        // A word that starts or ends otherwise would need its own test in `may_hold`.
        assert!(
            first.is_ascii_lowercase() && last.is_ascii_lowercase(),
            "vocabulary words start and end with a letter"
        );
        let word = &key.to_le_bytes()[..len];
        if !word.contains(&b'\'') {
            self.shapes.add(word);
        }
        self.all_shapes.add(word);
        self.place(key, flag);
    }

    /// Adds `flag` to the flags of `key` in the slots, placing it at the first slot from its
    /// hash's on that is free or its own ([`Table::probe`]), as the table is built.
    fn place(&mut self, key: Key, flag: u64) {
        let slot = self.probe(key);
        self.slots[slot].0 = key;
        self.slots[slot].1 |= flag;
    }

    /// The first slot from the hash's of `key` on that is free or its own.
    fn probe(&self, key: Key) -> usize {
        let mut slot = hash(key, self.hash) % TABLE_SIZE;
        while self.slots[slot].1 != 0 && self.slots[slot].0 != key {
            slot = (slot + 1) % TABLE_SIZE;
        }
        slot
    }

    /// Whether a word of ASCII letters `len` bytes long, with these first and last letters
    /// (lowercase), and apostrophes inside where `apostrophes` says it may, may be in the
    /// table. A filter: false means absent. Every word asked about starts and ends with a
    /// lowercase letter (the lexer's words do), whose low five bits tell the last apart; words
    /// longer than 16 bytes fall outside the table and are turned away.
    #[inline]
    fn may_hold(&self, first: u8, last: u8, len: usize, apostrophes: bool) -> bool {
        let shapes = if apostrophes {
            &self.all_shapes
        } else {
            &self.shapes
        };
        shapes.may_hold(first, last, len)
    }

    /// [`Table::get`] for a word of one to four bytes, keyed by them: the one slot the word
    /// can be in, and its flags where it is there. With no branch: whether a word is in the
    /// vocabulary follows no pattern (a branch on it was mispredicted 40,000 times a BBC
    /// round).
    #[inline]
    fn get_short(&self, key: u32) -> u64 {
        let (k, flags) = self.short[short_slot(key, self.short_hash)];
        // Told LLVM unpredictable, or it makes a branch of the choice again.
        std::hint::select_unpredictable(k == key, flags, 0)
    }

    /// The flags of `key`, 0 for a word on no list: the two slots it can be in ([`Table::hash`])
    /// compared with no branch, as whether a word is in the vocabulary follows no pattern (a
    /// probe loop's tests were mispredicted 60,000 times of 105,000 lookups a BBC round).
    fn get(&self, key: Key) -> u64 {
        let pair = hash(key, self.hash) & (TABLE_SIZE - 2);
        let ((k0, f0), (k1, f1)) = (self.slots[pair], self.slots[pair + 1]);
        std::hint::select_unpredictable(k0 == key, f0, 0)
            | std::hint::select_unpredictable(k1 == key, f1, 0)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

// Where a number may start, continued: marks of the table-less tokens the lexer's pass keeps.

/// `-` or `−`, a minus sign before digits or a point ("-5", "-.5").
const N_MINUS: u64 = 1 << 35;
/// `.`, a decimal point before digits (".77").
const N_POINT: u64 = 1 << 36;

/// What [`read`] finds in a text besides its tokens, for every paragraph's scan to take its
/// part of ([`Words::paragraph`]).
pub(crate) struct Words {
    /// The text with ASCII letters lowercased, byte offsets unchanged: read by every
    /// paragraph's scan (`Scan::lowered`) and the speaker grammar.
    pub lowered: String,
    /// Per token, the low half of its flags: the vocabulary flags, and [`DIGITS`], [`MARK`] and
    /// the first [`START`]; most are 0. `calendar::temporal_starts` adds the rest in place,
    /// paragraph by paragraph, and each paragraph's scan reads its slice.
    pub facts: Vec<u32>,
    /// The tokens a number may start at, in order ([`Read::number_starts`], numbered in the
    /// text): found in the vocabulary pass from the tokens with number bits, so that a
    /// paragraph's are a slice. A start that depends on the token before ("-5", "a dozen") is
    /// listed only where that token is a number token too, which may be in the paragraph
    /// before: a paragraph's slice leaves such a start out, as a paragraph read alone would.
    number_starts: Vec<u32>,
    /// The lowercased forms of the words of at most 16 bytes once their curly apostrophes are
    /// made straight ("Russia’s" is "russia's"), one after the other.
    straight: String,
    /// Per such word, in token order: the token and the byte range of its form in `straight`.
    straight_at: Vec<(u32, u32, u32)>,
    /// Where the last paragraph's entries of `number_starts` and `straight_at` ended:
    /// paragraphs are mostly read in order, and the next one's start there (see [`from_hint`]).
    hint: std::cell::Cell<(usize, usize)>,
    /// The room of [`read_reusing`]'s lists of number tokens and marks, kept for the next
    /// text.
    numbered: Vec<(u32, u64)>,
    others: Vec<u32>,
}

/// The vectors of one [`read`], for the next text's to reuse ([`read_reusing`],
/// [`Words::into_spare`]): an article's buffers are allocated once per thread rather than once
/// per article (each is about as large as the article, and a fresh allocation that large is
/// a slow one).
#[derive(Default)]
pub(crate) struct Spare {
    lexed: Lexed,
    lowered: String,
    facts: Vec<u32>,
    number_starts: Vec<u32>,
    straight: String,
    straight_at: Vec<(u32, u32, u32)>,
    /// Room for the marked tokens with number bits and for the marks other than short words
    /// ([`read_reusing`]).
    numbered: Vec<(u32, u64)>,
    others: Vec<u32>,
}

/// The flags of a token that tell where numbers may start ([`Words::number_starts`]).
const NUMBER_BITS: u64 = DIGITS as u64 | N_MINUS | N_POINT | N_A | N_AFTER_A | N_ALONE;

/// Cuts `text` into tokens (`lex::lex_marking`) and looks up in the vocabulary the words
/// worth it ([`Words`]). A word of ASCII letters is looked up only where its shape (length,
/// first and last letter) may be a vocabulary word's: the lexer's loop tells that with
/// one load, and the lookups run after it, over the few tokens it marked. The tokens are the
/// returned [`Lexed`]'s (it derefs to them).
pub(crate) fn read(text: &str) -> (Lexed, Words) {
    read_reusing(text, Spare::default())
}

/// [`read`], into the vectors of `spare` (see [`Spare`]).
pub(crate) fn read_reusing(text: &str, spare: Spare) -> (Lexed, Words) {
    let Spare {
        lexed,
        lowered,
        mut facts,
        mut number_starts,
        mut straight,
        mut straight_at,
        mut numbered,
        mut others,
    } = spare;
    let lowered = Lowered::new_in(text, lowered);
    let table = table();
    let wanted = |first, last, len, apostrophes| table.may_hold(first, last, len, apostrophes);
    let tokens = lex_marking(text, &lowered, wanted, lexed);
    let padded = lowered.padded();
    facts.clear();
    facts.resize(tokens.len(), 0);
    // Digits, number words and the marks before numbers: about one token in twelve.
    number_starts.clear();
    number_starts.reserve(text.len() / 64 + 16);
    // The number token before, for the starts that depend on the next token: "-5", ".77",
    // "a dozen". A token between without number bits has none of the bits asked about, so
    // skipping it changes no answer.
    // Packed in one register: the token in the low 32 bits, its bits that `after` asks about
    // ([`N_A`], [`N_MINUS`], [`N_POINT`], all above bit 32) above them.
    let mut before: u64 = u64::from(u32::MAX);
    straight.clear();
    straight_at.clear();
    // As long as the tokens, so that a token's fact needs no test of its own.
    let (all, token_facts) = (tokens.tokens(), &mut facts[..]);
    let all = all.get(..token_facts.len()).unwrap_or_default();
    // The marks are read twice: first every word of one to four letters that the lexer keyed
    // ([`lex::Mark`]) is looked up, and the other marks are listed, then those are. Each
    // fact, list entry and number entry is written whether it holds anything or not, and
    // counted only where it does: whether a mark is a short word, a word is in the
    // vocabulary, or a token has number bits follows no pattern a branch predictor learns (a
    // branch on the first alone was mispredicted 138,000 times of 352,000 a BBC round).
    let marked = tokens.marked();
    let room = 2 * marked.len() + 2;
    if numbered.len() < room {
        numbered.resize(room, (0, 0));
    }
    if others.len() < marked.len() {
        others.resize(marked.len(), 0);
    }
    // The marked tokens with number bits and their flags, in order, per pass: the short
    // words' at the start of `numbered` and the others' after them, each list ended by a token
    // number no token has, so that they merge with no end test.
    let (short_numbered, other_numbered) = numbered.split_at_mut(marked.len() + 1);
    let (mut short_numbers, mut other_numbers, mut other_marks) = (0, 0, 0);
    for &mark in marked {
        let (k, short) = (mark as u32, (mark >> 32) as u32);
        // 0 for any other mark (key 0): no word has that key, and an empty slot no flags.
        let f = table.get_short(short);
        if let Some(fact) = token_facts.get_mut(k as usize) {
            // The low half: the token facts.
            *fact = f as u32;
        }
        let is_number = f & NUMBER_BITS != 0;
        put_if(short_numbered, &mut short_numbers, (k, f), is_number);
        put_if(&mut others, &mut other_marks, k, short == 0);
    }
    for &k in others.get(..other_marks).unwrap_or_default() {
        let Some(&t) = all.get(k as usize) else {
            continue;
        };
        let (start, end) = (t.start as usize, t.end as usize);
        let f = match t.kind {
            Tok::Digits => u64::from(DIGITS | START),
            Tok::Punct => match text.as_bytes().get(start..end) {
                Some(b"'" | b"@" | b"\xE2\x80\x99") => u64::from(MARK | START),
                Some(b"-" | b"\xE2\x88\x92") => N_MINUS,
                Some(b".") => N_POINT,
                _ => 0,
            },
            // Letters and apostrophes, at most 16 bytes: the key is the lowercased bytes.
            // Most vocabulary words: eight bytes or fewer, a key of one 8-byte load.
            Tok::Word if t.plain && end - start <= 8 => {
                let len = end - start;
                table.get(short_key(padded, start, len))
            }
            Tok::Word if t.plain => table.get(lowered_key(padded, start, end - start)),
            Tok::Word => {
                // Longer than 16 bytes, or not ASCII: straightened, if it can be.
                match straightened(text.get(start..end).unwrap_or_default()) {
                    Some((key, len)) => {
                        let from = straight.len() as u32;
                        // The key holds ASCII bytes only.
                        let form = (0..len).map(|b| char::from(key_byte(key, b)));
                        straight.extend(form);
                        straight_at.push((k, from, from + len as u32));
                        table.get(key)
                    }
                    None => 0,
                }
            }
        };
        token_facts[k as usize] = f as u32;
        let is_number = f & NUMBER_BITS != 0;
        put_if(other_numbered, &mut other_numbers, (k, f), is_number);
    }
    let ends = [
        short_numbered.get_mut(short_numbers),
        other_numbered.get_mut(other_numbers),
    ];
    for end in ends.into_iter().flatten() {
        *end = (u32::MAX, 0);
    }
    // The two lists merged, in token order: the token before matters to a number's start.
    let (mut at_short, mut at_other) = (0, 0);
    for _ in 0..short_numbers + other_numbers {
        let (Some(&a), Some(&b)) = (short_numbered.get(at_short), other_numbered.get(at_other))
        else {
            break;
        };
        let take_short = a.0 < b.0;
        let (k, f) = if take_short { a } else { b };
        at_short += usize::from(take_short);
        at_other += usize::from(!take_short);
        let after = |bits: u64| before as u32 == k.wrapping_sub(1) && before & bits != 0;
        if f & u64::from(DIGITS) != 0 {
            if after(N_MINUS | N_POINT) {
                number_starts.push(k - 1);
            }
            number_starts.push(k);
        } else if f & N_MINUS != 0 {
            // A minus before a point ("-.5") is listed here rather than at the point, so that
            // the lexer need not mark a point for the token before it: only for the one after
            // (`lex::in_no_number`).
            if all
                .get(k as usize + 1)
                .is_some_and(|t| t.is_punct(text, '.'))
            {
                number_starts.push(k);
            }
        } else {
            if f & N_AFTER_A != 0 && after(N_A) {
                number_starts.push(k - 1);
            }
            if f & N_ALONE != 0 {
                number_starts.push(k);
            }
        }
        before = u64::from(k) | (f & (N_A | N_MINUS | N_POINT));
    }
    let words = Words {
        lowered: lowered.into_string(),
        facts,
        number_starts,
        straight,
        straight_at,
        hint: Default::default(),
        numbered,
        others,
    };
    (tokens, words)
}

/// Per length 0 to 16, the bits of a [`Key`] that hold a word that long.
pub(super) const KEY_MASKS: [Key; 17] = {
    let mut masks = [0; 17];
    let mut len = 1;
    while len <= 16 {
        masks[len] = Key::MAX >> (8 * (16 - len));
        len += 1;
    }
    masks
};

/// The key of the word of `len` bytes (at most 16) at `start` of the lowercased, padded text
/// `padded` ([`Lowered`]): one 16-byte load, which the padding keeps within the text's bytes.
fn lowered_key(padded: &[u8], start: usize, len: usize) -> Key {
    let whole = match padded.get(start..start + 16) {
        // OK because the chunk is exactly 16 bytes.
        Some(chunk) => Key::from_le_bytes(chunk.try_into().unwrap()),
        None => 0,
    };
    whole & KEY_MASKS.get(len).copied().unwrap_or(0)
}

/// [`lowered_key`] for a word of 1 to 8 bytes: one 8-byte load, and the upper half zero.
#[inline]
fn short_key(padded: &[u8], start: usize, len: usize) -> Key {
    let whole = match padded.get(start..start + 8) {
        // OK because the chunk is exactly 8 bytes.
        Some(chunk) => u64::from_le_bytes(chunk.try_into().unwrap()),
        None => 0,
    };
    // The low half of the mask of `len` bytes: one load, where a shift by a count worked out
    // from `len` took four steps.
    Key::from(whole & KEY_MASKS.get(len).map_or(0, |&mask| mask as u64))
}

/// A paragraph's part of [`Words`]: where numbers may start, and the straightened forms. Read
/// in place, as slices of the text's vectors (the paragraph's tokens and their facts are read
/// in place too): the entries are numbered in the text, and [`Read::number_starts`] and
/// [`Read::straight`] number them from the paragraph's first token.
#[derive(Clone, Copy, Default)]
pub(crate) struct Read<'w> {
    /// The text's number of the paragraph's first token.
    first: u32,
    /// The tokens a number may start at, in order: every digit run; a word that opens a number
    /// ([`N_ALONE`]), "a" or "an" before [`N_AFTER_A`]; a minus sign or hyphen before digits
    /// or a point, and a point before digits. A filter: `number::find_numbers_in` decides.
    starts: &'w [u32],
    /// The straightened forms of the text's words ([`Words`]), one after the other.
    straight: &'w str,
    /// Per paragraph word with a straightened form, in token order: the token and the byte
    /// range of its form in `straight`.
    straight_at: &'w [(u32, u32, u32)],
}

impl<'w> Read<'w> {
    /// The tokens a number may start at ([`Read::starts`]), numbered from the paragraph's first.
    pub fn number_starts(&self) -> impl Iterator<Item = usize> + 'w {
        let first = self.first as usize;
        self.starts.iter().map(move |&k| k as usize - first)
    }
    /// Whether a number may start anywhere in the paragraph: where none may, number, percent
    /// and money find nothing there.
    pub(crate) fn may_start_numbers(&self) -> bool {
        !self.number_starts_in_text().0.is_empty()
    }

    /// The tokens a number may start at, numbered in the text, and the text's number of the
    /// paragraph's first token.
    pub fn number_starts_in_text(&self) -> (&'w [u32], u32) {
        (self.starts, self.first)
    }

    /// The straightened form of the paragraph's token `idx`, if it has one.
    pub fn straight(&self, idx: usize) -> Option<&'w str> {
        let k = idx + self.first as usize;
        let at = self
            .straight_at
            .binary_search_by_key(&k, |&(k, ..)| k as usize);
        let &(_, from, to) = self.straight_at.get(at.ok()?)?;
        self.straight.get(from as usize..to as usize)
    }
}

impl Words {
    /// The vectors of these words and of `lexed` (the text's tokens), for the next
    /// [`read_reusing`].
    pub fn into_spare(self, lexed: Lexed) -> Spare {
        Spare {
            lexed,
            lowered: self.lowered,
            facts: self.facts,
            number_starts: self.number_starts,
            straight: self.straight,
            straight_at: self.straight_at,
            numbered: self.numbered,
            others: self.others,
        }
    }

    /// What the lexer's pass found among the paragraph whose tokens are tokens `first..last`
    /// of the text.
    pub fn paragraph(&self, first: usize, last: usize) -> Read<'_> {
        let (starts_from, straight_from) = self.hint.get();
        let starts = from_hint(&self.number_starts, starts_from, first, last, |&k| k);
        // Most texts straighten no word: no entries to look for.
        let straight_at = if self.straight_at.is_empty() {
            0..0
        } else {
            from_hint(&self.straight_at, straight_from, first, last, |&(k, ..)| k)
        };
        self.hint.set((starts.end, straight_at.end));
        Read {
            first: first as u32,
            starts: &self.number_starts[starts],
            straight: &self.straight,
            straight_at: &self.straight_at[straight_at],
        }
    }
}

/// The range of the entries of `at` (sorted by `token`) whose token is in `first..last`,
/// searched from entry `hint` on when the entries before it all come before `first` (where
/// the previous paragraph's ended: paragraphs are mostly read in order, and then a few steps
/// find it), else by halving.
fn from_hint<T>(
    at: &[T],
    hint: usize,
    first: usize,
    last: usize,
    token: impl Fn(&T) -> u32,
) -> std::ops::Range<usize> {
    let before = |t: &T| (token(t) as usize) < first;
    let in_order = hint <= at.len() && (hint == 0 || at.get(hint - 1).is_some_and(&before));
    let from = if in_order {
        hint + at[hint..].iter().take_while(|t| before(t)).count()
    } else {
        at.partition_point(&before)
    };
    let to = from
        + at[from..]
            .iter()
            .take_while(|t| (token(t) as usize) < last)
            .count();
    from..to
}

/// The key and length of the lowercased form of a word that is not plain ASCII of at most 16
/// bytes: curly apostrophes made straight ("Russia’s" is "russia's"); `None` where another
/// character is not ASCII or the form is longer than 16 bytes.
fn straightened(word: &str) -> Option<(Key, usize)> {
    let mut buf = [0u8; 16];
    let mut len = 0;
    for c in word.chars() {
        let b = match c {
            '\u{2019}' => b'\'',
            c if c.is_ascii() => c.to_ascii_lowercase() as u8,
            _ => return None,
        };
        *buf.get_mut(len)? = b;
        len += 1;
    }
    Some((Key::from_le_bytes(buf), len))
}

/// A fixed set of lowercase words with a hashed lookup: one hash and one comparison, where a
/// `matches!` over a hundred string literals compares lengths one by one. The word lists the
/// speaker and number grammars ask about on every token ("is this a role noun?") use it.
pub(crate) struct WordSet(WordFlags);

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        let mut set = WordFlags::new((words.len() * 4).next_power_of_two().max(16));
        for &word in words {
            set.add(word, 1);
        }
        WordSet(set)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word.as_bytes()) != 0
    }
}

/// An open-addressing map from a word to its flags, hashed on its length and first and last
/// bytes (no loop over the word; the final comparison tells apart equal hashes). Hashing the
/// middle byte as well spared few probes in tables four times the size of their lists (2,700
/// of the BBC corpus's 114,000 lookups) and cost more steps per lookup than they did.
pub(crate) struct WordFlags {
    slots: Vec<(&'static str, u32)>,
    shift: u32,
}

impl WordFlags {
    /// An empty table of `size` slots (a power of two, well above the word count).
    pub fn new(size: usize) -> WordFlags {
        WordFlags {
            slots: vec![("", 0); size],
            shift: 64 - size.trailing_zeros(),
        }
    }

    fn slot(&self, w: &[u8]) -> usize {
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return 0;
        };
        let key = u64::from(first) | u64::from(last) << 8 | (w.len() as u64) << 16;
        // OK as a cast: the shift leaves fewer bits than a slot index holds.
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// Adds `flag` to word `w`'s flags.
    pub fn add(&mut self, w: &'static str, flag: u32) {
        let mask = self.slots.len() - 1;
        let mut at = self.slot(w.as_bytes());
        loop {
            let slot = &mut self.slots[at];
            if slot.0.is_empty() {
                *slot = (w, flag);
                return;
            }
            if slot.0 == w {
                slot.1 |= flag;
                return;
            }
            at = (at + 1) & mask;
        }
    }

    /// The flags of word `w` (its bytes), 0 when it is on no list.
    pub fn get(&self, w: &[u8]) -> u32 {
        if w.is_empty() {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut at = self.slot(w);
        loop {
            let (here, flags) = self.slots[at];
            if here.is_empty() {
                return 0;
            }
            // A byte loop: list words are a few bytes long, too short for a `bcmp` call
            // (and the registers it makes the lookup save) to pay.
            if here.len() == w.len() && here.bytes().zip(w.iter()).all(|(a, &b)| a == b) {
                return flags;
            }
            at = (at + 1) & mask;
        }
    }
}

/// `word_set!(w, "a" | "b" | …)`: whether `w` is one of the words, like `matches!`, through a
/// [`WordSet`] built on first use; `word_set!(w, in LIST)` asks the same of a named list.
macro_rules! word_set {
    ($w:expr, in $words:expr) => {{
        static SET: std::sync::OnceLock<$crate::extract::vocab::WordSet> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| $crate::extract::vocab::WordSet::new($words))
            .contains($w)
    }};
    ($w:expr, $($word:literal)|+ $(,)?) => {
        $crate::extract::vocab::word_set!($w, in &[$($word),+])
    };
}
pub(crate) use word_set;

/// The length in bytes of the longest of `words`, for a list whose lookups turn longer words
/// away by length first (computed where the list is, so it cannot drift from it).
pub(crate) const fn longest(words: &[&str]) -> usize {
    let (mut longest, mut k) = (0, 0);
    while k < words.len() {
        if words[k].len() > longest {
            longest = words[k].len();
        }
        k += 1;
    }
    longest
}

/// [`longest`] of the words of a word table: (word, value) pairs.
pub(crate) const fn longest_key<T>(table: &[(&str, T)]) -> usize {
    let (mut longest, mut k) = (0, 0);
    while k < table.len() {
        if table[k].0.len() > longest {
            longest = table[k].0.len();
        }
        k += 1;
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts of the tokens of `text`, read.
    fn read(text: &str) -> Vec<u32> {
        super::read(text).1.facts
    }

    /// The tokens of `text` a number may start at, by the rules [`Read::starts`] states, read
    /// off every token and the one after it, with none of [`read`]'s marks and shortcuts:
    /// the reference that the vocabulary pass, and which marks the lexer leaves out, must
    /// agree with.
    fn number_starts_by_rule(text: &str) -> Vec<u32> {
        let tokens = super::super::lex::lex(text);
        let bits = |t: &super::super::lex::Token| match t.kind {
            Tok::Digits => u64::from(DIGITS),
            Tok::Punct => match t.text(text) {
                "-" | "\u{2212}" => N_MINUS,
                "." => N_POINT,
                _ => 0,
            },
            Tok::Word => straightened(t.text(text)).map_or(0, |(key, _)| table().get(key)),
        };
        let mut starts = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let (now, next) = (bits(t), tokens.get(k + 1).map_or(0, bits));
            let opens = (now & (N_MINUS | N_POINT) != 0 && next & u64::from(DIGITS) != 0)
                || (now & N_MINUS != 0 && next & N_POINT != 0)
                || (now & N_A != 0 && next & N_AFTER_A != 0)
                || now & (u64::from(DIGITS) | N_ALONE) != 0;
            if opens {
                starts.push(k as u32);
            }
        }
        starts
    }

    fn assert_number_starts(text: &str) {
        let (_, words) = super::read(text);
        let all = words.paragraph(0, usize::MAX);
        assert_eq!(all.starts, number_starts_by_rule(text), "{text:?}");
    }

    #[test]
    fn number_starts_follow_their_rules() {
        let texts = [
            "-5 - 5 -.5 - .5 -. .5 .a -a a. 5. 5.5 5-5 a-5 \u{2212}5 \u{2212}.5 \u{2212}.x",
            "end.\n5 end.\n\n6 end.\n\n\n7 said.\" -\n\n5 x-.y 3.. a dozen an hour a. dozen",
            "two million, a few, minus 3, a couple. -\t.4 --5 ..5 -\u{2212}5",
        ];
        for text in texts {
            assert_number_starts(text);
            for (at, _) in text.char_indices() {
                assert_number_starts(&text[at..]);
            }
        }
        for text in crate::extract::bbc_corpus().unwrap_or_default() {
            assert_number_starts(&text);
        }
    }

    /// The filter flags of a word (the rule start flags are tested apart).
    fn flags(word: &str) -> u32 {
        read(word)[0] & (TEMPORAL | LEAD | BRIDGE)
    }

    #[test]
    fn word_sets_hold_exactly_their_words() {
        let words = [
            "a",
            "said",
            "spokeswoman",
            "representatives",
            "s",
            "ab",
            "ba",
        ];
        let set = WordSet::new(&words);
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "b", "sai", "saidx", "spokeswomen", "representative"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn looks_up_words_in_any_case() {
        assert_eq!(flags("September"), TEMPORAL);
        assert_eq!(flags("the"), LEAD | BRIDGE);
        assert_eq!(flags("a"), TEMPORAL | LEAD);
        assert_eq!(flags("Valentine\u{2019}s"), TEMPORAL);
        // Words with apostrophes are off the lexer's fast path, and asked of all the shapes.
        assert_eq!(flags("Sunday's"), TEMPORAL);
        assert_eq!(flags("valentine's"), TEMPORAL);
        assert_eq!(flags("markets"), 0);
        assert_eq!(flags("Fourteenth"), TEMPORAL);
        assert_eq!(flags("talks"), 0);
        assert_eq!(flags("Anticonstitutionnellement"), 0);
        assert_eq!(flags("TALKS"), 0);
        assert_eq!(flags("Midnight"), TEMPORAL);
        assert_eq!(flags("throughout"), LEAD);
    }

    #[test]
    fn words_have_their_table_flags() {
        let table = table();
        let mut short = 0;
        for &(key, flags) in table.slots.iter().filter(|s| s.1 != 0) {
            // Every word is where `get` reads.
            assert_eq!(table.get(key), flags, "{:?}", key.to_le_bytes());
            if let Ok(key) = u32::try_from(key) {
                assert_eq!(table.get_short(key), flags, "{:?}", key.to_le_bytes());
                short += 1;
            }
        }
        assert!(short > 50);
        for word in ["x", "was", "has", "wks'", "thee"] {
            let key = u32::try_from(key_of(word.as_bytes())).unwrap();
            assert_eq!(table.get_short(key), table.get(Key::from(key)), "{word}");
        }
    }

    #[test]
    fn rule_start_flags() {
        let rules = |word: &str| read(word)[0] & !(TEMPORAL | LEAD | BRIDGE | START | TRIGGER);
        assert_eq!(rules("Fourteenth"), ORDINAL_RULES);
        // The ordinal words are the ones the grammars read, no other word in "-teenth".
        assert_eq!(rules("nineteenth"), ORDINAL_RULES);
        assert_eq!(rules("umpteenth"), 0);
        assert_eq!(rules("Wed"), WEEKDAY | R_WEEKDAY | R_MONTH | R_DAY_FIRST);
        assert_eq!(rules("hrs"), UNIT);
        assert_eq!(rules("New"), R_HOLIDAY);
        assert_eq!(rules("FOR"), R_TIME | R_YEAR);
        assert_eq!(rules("seconds"), UNIT);
        assert_eq!(rules("talks"), 0);
        assert_eq!(rules("mother\u{2019}s"), R_HOLIDAY);
    }
}
