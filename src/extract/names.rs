//! Names, titles and speaker phrases: the small grammar that quotes and lists share.
//!
//! Nothing here knows people in advance; it recognises the *shape* news copy gives them.
//!
//! # Grammar
//!
//! - A name unit is a capitalised word with touching hyphen, digit and dot parts:
//!   `Putin`, `Aist-2D`, `SamSat-218`, `Soyuz-2.1a`. A person's initials keep their last
//!   dot where a name in title case goes on after them: `E.F. Hutton`, `George W. Bush`,
//!   `F.W. de Klerk` (not `U.S.`, `U.K.`, `U.N.`, `E.U.`, nor an all-capitals headline).
//! - A name is a run of name units, which "of", "de", "van", "von", "al", "bin" may join
//!   when a unit follows: `Kim Jong Un`, `Eastern Economic Forum`, `Bank of England`.
//!   Capitalised function words (`The`, `But`, `He`), months and weekdays are never units.
//! - A title is `<modifier>* <role noun>`, modifiers being capitalised words or a short
//!   list of lowercase ones: `Russian President`, `North Korean leader`, `foreign minister`.
//! - A titled name is a title and then a name: `Russian President Vladimir Putin`; the
//!   name is what follows the last role noun (`Vladimir Putin`).
//! - A speaker phrase ([`Words::np_left`], [`Words::np_right`]) is a pronoun (`he`), or a
//!   determiner or possessive, then modifiers, names, role and source nouns, with
//!   `of`/`for`/`at` inside: `The Russian president`, `Kremlin Spokesman Dmitry Peskov`,
//!   `a spokesman for the company`, `Ms Hewitt`, `officials`, `the company`. A lowercase name
//!   joiner between two name units is a name word there: `said F.W. de Klerk`. A name's
//!   possessive before another name owns it, and the speaker is that name: `Chelsea's
//!   William Gallas` is William Gallas (and so is the run in `quote`'s reading of people).
//!
//! Vocabulary lookups read a word's lowercased form from the text's lowercased copy
//! ([`Words::low`], made once per article), so no token allocates, and one hashed lookup
//! ([`word_flags`]) tells every list the word is on (function word, month, role noun,
//! honorific, pronoun, determiner, source noun, modifier, joiner): classifying a token asks one
//! question, not five, keyed by the word's bytes whole (a plain token's key is one load from
//! the lowercased text, see [`FlagTable`]); [`Words::flags`] keeps that answer per token, so a
//! capitalised word asked for its name unit and then its part is looked up once. One memo of
//! those answers is made for every token of an article ([`ArticleMemo`]), shared by every
//! paragraph's quotes and lists and by the speaker pass, so a token is classified once; its
//! ends are kept as distances, the same in a paragraph's slice of the tokens as in the
//! article's, and what a paragraph's reading may have answered otherwise for want of its
//! neighbours is forgotten at its edges ([`ArticleMemo::forget_edges`]). A token's [`Memo`] is
//! packed into 8 bytes ([`PackedPart`]): filling it costs a third of what the unpacked 24 bytes
//! did. The article-wide scan of `quote::resolve_speakers` first asks [`may_be_title_shape`]
//! (length and first and last letters, by two table loads) before looking a word up at all.
//! A cut [`Phrase`] borrows its words from the
//! text and its lowercased copy, and [`cut_phrase_into`] reuses one phrase's vectors for phrase
//! after phrase; [`bare_name`] reads the untitled names of an article without cutting one, telling
//! the parts it needs by the word's flags first, and borrows a name from the text where its words
//! stand one space apart there (as [`join_name`] does for a cut phrase's name). Most names are
//! capitalised words one space apart on no list: those are told in one pass over their tokens
//! ([`plain_name`]), with no part classified, and so are the names most introductions give
//! after their title ([`plain_titled`], for `quote`'s reading of people: "Mr Blair"). Where
//! such a run is a whole name, [`plain_run`] tells where it ends in the same walk, with
//! no [`Words::name`] read and nothing kept in the memo (`quote` asks it of every capitalised
//! run first).

use std::borrow::Cow;
use std::cell::Cell;

use super::lex::{Tok, Token};
use super::vocab::{KEY_MASKS, Key, key_of, longest, slot_of, spread};
use crate::span::Span;

/// Grammatical gender where the text shows it ("she", "Mrs"), for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
    /// "they", "we", "it": never a single person.
    Plural,
    Unknown,
}

/// `word` in ASCII lowercase, or "" when it is too long or not ASCII (no vocabulary word is).
pub(super) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> &'b str {
    if word.len() > buf.len() || !word.is_ascii() {
        return "";
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    // OK because lowercasing ASCII bytes keeps them ASCII, hence UTF-8.
    std::str::from_utf8(out).unwrap()
}

pub(super) fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// [`is_capitalised`] of token `tok` of `text`, told by its first byte where that is ASCII
/// (most words), with no `&str` made of the token.
#[inline]
pub(super) fn is_capitalised_word(text: &str, tok: Token) -> bool {
    text.as_bytes()
        .get(tok.start as usize)
        .is_some_and(|&first| is_capitalised_from(first, text, tok))
}

/// [`is_capitalised_word`] where the token's first byte `first` is at hand.
#[inline]
pub(super) fn is_capitalised_from(first: u8, text: &str, tok: Token) -> bool {
    match first.is_ascii() {
        true => first.is_ascii_uppercase(),
        false => is_capitalised_slow(text, tok),
    }
}

/// [`is_capitalised_word`] of a word that starts with a character not ASCII.
#[inline(never)]
fn is_capitalised_slow(text: &str, tok: Token) -> bool {
    text.get(tok.start as usize..tok.end as usize)
        .is_some_and(is_capitalised)
}

/// Whether `w` (lowercased) is a nationality adjective news sets before a noun ("Canadian
/// negotiators"): read by `list` (`money` puts [`NATIONALITIES`] in its own set of the words
/// that open a country).
pub(super) fn is_nationality(w: &str) -> bool {
    super::vocab::word_set!(w, in NATIONALITIES)
}

pub(super) const NATIONALITIES: &[&str] = &[
    "afghan",
    "african",
    "algerian",
    "american",
    "arab",
    "argentine",
    "asian",
    "australian",
    "austrian",
    "belgian",
    "brazilian",
    "british",
    "canadian",
    "chilean",
    "chinese",
    "colombian",
    "cuban",
    "czech",
    "danish",
    "dutch",
    "egyptian",
    "english",
    "european",
    "filipino",
    "finnish",
    "french",
    "german",
    "greek",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "jordanian",
    "korean",
    "kuwaiti",
    "lebanese",
    "libyan",
    "malaysian",
    "mexican",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "peruvian",
    "polish",
    "portuguese",
    "russian",
    "saudi",
    "scottish",
    "singaporean",
    "soviet",
    "spanish",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "thai",
    "turkish",
    "ukrainian",
    "venezuelan",
    "welsh",
];

/// The words that say what kind of firm a name is ("Co", "Inc", "Sons").
pub(super) fn is_firm_kind(w: &str) -> bool {
    FIRM_KINDS.contains(&w)
}

const FIRM_KINDS: &[&str] = &[
    "co",
    "cos",
    "company",
    "companies",
    "inc",
    "ltd",
    "plc",
    "llc",
    "corp",
    "sons",
    "partners",
    "associates",
    "cie",
];

/// The words that say what kind of firm a name is in other languages' law ("Electrolux AB",
/// "Siemens AG").
pub(super) fn is_foreign_firm_kind(w: &str) -> bool {
    FOREIGN_FIRM_KINDS.contains(&w)
}

const FOREIGN_FIRM_KINDS: &[&str] = &[
    "ab", "ag", "nv", "sa", "spa", "gmbh", "bv", "kk", "oy", "as", "asa",
];

/// The length of the longest word [`is_firm_kind`] or [`is_foreign_firm_kind`] accepts: a
/// longer word is no firm's kind, told with no lookup.
const LONGEST_FIRM_KIND: usize = {
    let (home, foreign) = (longest(FIRM_KINDS), longest(FOREIGN_FIRM_KINDS));
    if home > foreign { home } else { foreign }
};

/// Words that may stand capitalised at a sentence start but never begin a name.
pub(super) fn is_function_word(w: &str) -> bool {
    word_flags(w) & FUNCTION != 0
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "at",
    "in",
    "on",
    "but",
    "and",
    "or",
    "nor",
    "however",
    "meanwhile",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    // A pronoun with its verb is no name: "England and I've" lists nothing.
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "we're",
    "we've",
    "we'll",
    "you're",
    "you've",
    "he's",
    "she's",
    "it's",
    "they're",
    "they've",
    "they'll",
    "that's",
    "there's",
    "this",
    "that",
    "these",
    "those",
    "there",
    "both",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "so",
    "yet",
    "for",
    "from",
    "to",
    "with",
    "by",
    "of",
    "also",
    "then",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "last",
    "next",
    "earlier",
    "later",
    "since",
    "until",
    "during",
    "under",
    "over",
    "about",
    "according",
    "despite",
    "although",
    "though",
    "because",
    "instead",
    "asked",
    "speaking",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "such",
    "either",
    "neither",
    "other",
    "another",
    "each",
    "every",
    "more",
    "less",
    "only",
    "even",
    "just",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "here",
    "still",
    "indeed",
    "thus",
    "perhaps",
    "following",
    "among",
    "between",
    "without",
    "within",
    "than",
    "like",
    "unlike",
    "few",
    "several",
    "any",
    "none",
    "one",
    "two",
    "three",
    "first",
    "second",
    "once",
    "whether",
    "unless",
    "whereas",
    "again",
    "around",
    "above",
    "below",
    "against",
    "into",
    "onto",
    "upon",
    "via",
    "per",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "let",
    "please",
    "yes",
    "well",
    "oh",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Nouns that name a person's office or job, which a title ends with.
///
/// One [`word_flags`] lookup. The finders read the same bit off a word's cached flags
/// ([`ROLE`] in `Words::flags`); debug builds of `list` hold those answers to this one.
pub(super) fn is_role_noun(w: &str) -> bool {
    word_flags(w) & ROLE != 0
}

const ROLE_NOUNS: &[&str] = &[
    "president",
    "leader",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "ceo",
    "cfo",
    "head",
    "chief",
    "director",
    "manager",
    "governor",
    "mayor",
    "senator",
    "congressman",
    "congresswoman",
    "ambassador",
    "envoy",
    "commissioner",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "pope",
    "general",
    "commander",
    "officer",
    "adviser",
    "advisor",
    "economist",
    "analyst",
    "founder",
    "boss",
    "coach",
    "captain",
    "editor",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "official",
    "mp",
    "mep",
    "executive",
    "owner",
    "professor",
    "researcher",
    "scientist",
    "representative",
    "speaker",
    "sheriff",
    "inspector",
    "superintendent",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "player",
    "singer",
    "actor",
    "actress",
    "star",
    "producer",
    "author",
    "novelist",
    "presenter",
    "host",
    "campaigner",
    "activist",
    "candidate",
    "chairmen",
    "dictator",
    "monarch",
    "diplomat",
    "counsel",
    "vice-president",
    "tsar",
    "czar",
    "strategist",
    "rapporteur",
    "expert",
    "assistant",
    "dj",
    "trader",
    "dealer",
    "broker",
    "writer",
    "journalist",
    "broadcaster",
    "correspondent",
    "reporter",
    "commentator",
    "pundit",
    "critic",
    "historian",
    "consultant",
    "designer",
    "doctor",
    "surgeon",
    "teacher",
    "lecturer",
    "psychologist",
    "investor",
    "banker",
    "engineer",
    "entrepreneur",
    "artist",
    "musician",
    "comedian",
    "filmmaker",
    "photographer",
    "blogger",
    "poet",
    "chef",
    "skipper",
    "champion",
    "negotiator",
    "organiser",
    "organizer",
];

/// Nationalities as nouns, which sports copy writes before a name as a title: "Briton Paula
/// Radcliffe". Role nouns too ([`ROLE`]), but capitalised as any nationality is, never as a
/// proper title is ([`is_demonym`]).
const DEMONYMS: &[&str] = &[
    "briton",
    "dutchman",
    "dutchwoman",
    "englishman",
    "englishwoman",
    "frenchman",
    "frenchwoman",
    "irishman",
    "irishwoman",
    "scotsman",
    "scotswoman",
    "welshman",
    "welshwoman",
    "swede",
];

/// Whether `w` (lowercased) is a nationality as a noun ([`DEMONYMS`]).
pub(super) fn is_demonym(w: &str) -> bool {
    DEMONYMS.contains(&w)
}

/// The shapes of a list of lowercase ASCII words that begin and end with a letter (each
/// shorter than 32 bytes): per first letter (either case), bit `n` of `.0` set when one is `n`
/// bytes long, bit `k` of `.1` when one ends in the `k`th letter. A word that fails either is
/// not on the list: a filter asked of every word a scan passes, before any lookup, with the
/// bytes it already holds.
pub(super) struct Shapes([(u32, u32); 256]);

impl Shapes {
    pub(super) const fn of(words: &[&str]) -> Shapes {
        Shapes([(0, 0); 256]).with_all(words)
    }

    /// These shapes and those of `words`.
    const fn with_all(mut self, words: &[&str]) -> Shapes {
        let mut i = 0;
        while i < words.len() {
            self = self.with(words[i]);
            i += 1;
        }
        self
    }

    /// These shapes and those of the words of a word table (`HONORIFICS`, `PRONOUNS`).
    const fn with_keys<T>(mut self, table: &[(&str, T)]) -> Shapes {
        let mut i = 0;
        while i < table.len() {
            self = self.with(table[i].0);
            i += 1;
        }
        self
    }

    /// These shapes and that of `word`.
    const fn with(mut self, word: &str) -> Shapes {
        let w = word.as_bytes();
        let (first, last) = (w[0], w[w.len() - 1]);
        assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase() && w.len() < 32);
        let lengths = 1 << w.len();
        let lasts = LETTER_BIT[last as usize];
        let (lower, upper) = (first as usize, first.to_ascii_uppercase() as usize);
        self.0[lower] = (self.0[lower].0 | lengths, self.0[lower].1 | lasts);
        self.0[upper] = self.0[lower];
        self
    }

    /// Whether a word `len` bytes long, from `first` to `last` (in any case), may be on the
    /// list: false means certainly not; true means look it up. Two table loads, both made and
    /// the three tests joined by `&` with no branch between them: each goes either way per word
    /// in no pattern a predictor learns.
    #[inline]
    pub(super) fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        let (lengths, lasts) = self.0[usize::from(first)];
        // `len` from 32 on shifts by what is left over, and `len < 32` rules it out.
        (len < 32)
            & (lengths.wrapping_shr(len as u32) & 1 != 0)
            & (lasts & LETTER_BIT[usize::from(last)] != 0)
    }
}

/// A letter's bit in a [`Shapes`] mask of last letters, in either case; 0 for a non-letter.
const LETTER_BIT: [u32; 256] = {
    let mut bits = [0u32; 256];
    let mut i = 0;
    while i < 26 {
        bits[b'a' as usize + i] = 1 << i;
        bits[b'A' as usize + i] = 1 << i;
        i += 1;
    }
    bits
};

/// The shapes of the role nouns and honorifics.
const TITLE_SHAPES: Shapes = Shapes::of(ROLE_NOUNS)
    .with_all(DEMONYMS)
    .with_keys(HONORIFICS);

/// Whether a word `len` bytes long, from `first` to `last` (in any case), may be a role noun
/// or an honorific ([`TITLE_SHAPES`]): a filter for the article-wide scan of `quote`, which
/// asks it of every lowercase word before any lookup.
#[inline]
pub(super) fn may_be_title_shape(first: u8, last: u8, len: usize) -> bool {
    TITLE_SHAPES.may_hold(first, last, len)
}

/// The shapes of the words on a list of a speaker phrase's parts (pronouns, determiners, role
/// and source nouns, modifiers, phrase joiners, "and"): a word of none of these shapes has
/// none of those flags, told without a lookup.
const PHRASE_PART_SHAPES: Shapes = Shapes::of(ROLE_NOUNS)
    .with_all(DEMONYMS)
    .with_all(DETERMINERS)
    .with_all(SOURCE_NOUNS)
    .with_all(TITLE_MODIFIERS)
    .with_all(PHRASE_JOINERS)
    .with("and")
    .with_keys(PRONOUNS);

/// The flags of the words a speaker phrase is made of, besides names.
pub(super) const PHRASE_PARTS: u32 = PRONOUN | DET | ROLE | SOURCE | MODIFIER | PHRASE_JOINER | AND;

/// Whether a word `len` bytes long, from `first` to `last` (in any case), may be on a list of
/// a phrase's parts ([`PHRASE_PART_SHAPES`]): false means [`Words::flags`] has none of
/// [`PHRASE_PARTS`].
#[inline]
pub(super) fn may_be_phrase_part(first: u8, last: u8, len: usize) -> bool {
    PHRASE_PART_SHAPES.may_hold(first, last, len)
}

/// Nouns for speakers that are not one titled person: "officials said", "the company said".
const SOURCE_NOUNS: &[&str] = &[
    "officials",
    "analysts",
    "experts",
    "economists",
    "sources",
    "police",
    "authorities",
    "critics",
    "ministers",
    "leaders",
    "residents",
    "witnesses",
    "campaigners",
    "observers",
    "investors",
    "spokesmen",
    "company",
    "firm",
    "group",
    "ministry",
    "government",
    "department",
    "agency",
    "bank",
    "report",
    "statement",
    "study",
    "survey",
    "court",
    "committee",
    "council",
    "commission",
    "union",
    "party",
    "club",
    "team",
    "office",
    "website",
    "newspaper",
    "paper",
    "magazine",
    "board",
    "organisation",
    "organization",
    "association",
    "federation",
    "institute",
    "service",
    "watchdog",
    "regulator",
    "body",
    "embassy",
    "army",
    "military",
    "kremlin",
    "spokespeople",
    "doctors",
    "scientists",
    "researchers",
    "lawyers",
    "prosecutors",
    "organisers",
    "organizers",
    "unions",
    "executives",
    "bosses",
    "fans",
    "people",
    "man",
    "woman",
];

/// Lowercase words that may stand inside a title before its role noun ("prime minister").
const TITLE_MODIFIERS: &[&str] = &[
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "home",
    "health",
    "trade",
    "deputy",
    "vice",
    "acting",
    "former",
    "ex",
    "chief",
    "senior",
    "junior",
    "general",
    "executive",
    "managing",
    "shadow",
    "state",
    "outgoing",
    "incoming",
    "current",
    "national",
    "top",
    "assistant",
    "associate",
    "joint",
    "co",
    "federal",
    "presidential",
    "opposition",
    "press",
    "communications",
    "legal",
    "political",
    "military",
    "technical",
    "financial",
    "marketing",
    "education",
    "culture",
    "sports",
    "transport",
    "energy",
    "environment",
    "economic",
    "economics",
    "industry",
    "justice",
    "security",
    "party",
    "team",
    "club",
    "company",
    "government",
    "ministry",
    "union",
    "bank",
    "central",
    "police",
    "city",
    "county",
    "regional",
    "local",
    "world",
    "european",
    "british",
    "american",
    "chancellor's",
    "head",
    "lead",
    "main",
    "group",
    "new",
];

/// Honorifics and the gender they show.
const HONORIFICS: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("mister", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("madam", Gender::Female),
    ("dr", Gender::Unknown),
    ("prof", Gender::Unknown),
    ("rev", Gender::Unknown),
];

/// Pronouns and the gender they show.
const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("she", Gender::Female),
    ("they", Gender::Plural),
    ("we", Gender::Plural),
    ("it", Gender::Plural),
    ("i", Gender::Unknown),
];

/// The length of the longest pronoun in bytes: a longer word is none, with no lookup.
pub(super) const LONGEST_PRONOUN: usize = super::vocab::longest_key(PRONOUNS);

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "its", "his", "her", "their", "our", "this",
];

/// Words that join name units inside one name ("Bank of England", "Ursula von der Leyen").
///
/// Each is two or three letters: [`Words::is_joiner_at`] reads a word's first three bytes as
/// its key and turns away a word of another length (a longer joiner must change that test).
pub(super) fn is_name_joiner(w: &str) -> bool {
    word_flags(w) & NAME_JOINER != 0
}

/// Whether the lowercased bytes `w` are a name joiner, as [`is_name_joiner`] says of a word:
/// the joiners are two or three letters long, and comparing them costs less than a hashed
/// lookup (asked of the short lowercase word after every capitalised one).
pub(super) fn is_name_joiner_bytes(w: &[u8]) -> bool {
    matches!(
        w,
        b"of" | b"de" | b"van" | b"von" | b"der" | b"al" | b"bin" | b"da" | b"du" | b"la" | b"le"
    )
}

const NAME_JOINERS: &[&str] = &[
    "of", "de", "van", "von", "der", "al", "bin", "da", "du", "la", "le",
];

/// The first three of `bytes` as a key of a word `len` bytes long: only its first two where
/// it is two long.
fn joiner_key(bytes: &[u8], len: usize) -> u32 {
    let key = u32::from(bytes[0]) | u32::from(bytes[1]) << 8 | u32::from(bytes[2]) << 16;
    key & (0x00FF_FFFF >> (8 * u32::from(len == 2)))
}

/// [`NAME_JOINERS`] by their keys ([`joiner_key`]), each in the slot its key hashes to
/// ([`joiner_slot`], asserted free of collisions): one load and one compare tell a key.
const JOINER_SLOTS: [u32; 64] = {
    let mut slots = [0; 64];
    let mut k = 0;
    while k < NAME_JOINERS.len() {
        let w = NAME_JOINERS[k].as_bytes();
        let third = if w.len() == 3 { w[2] as u32 } else { 0 };
        let key = w[0] as u32 | (w[1] as u32) << 8 | third << 16;
        assert!(slots[joiner_slot(key)] == 0);
        slots[joiner_slot(key)] = key;
        k += 1;
    }
    slots
};

/// The slot of [`JOINER_SLOTS`] that `key` hashes to (Fibonacci hashing: its top six bits).
const fn joiner_slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 26) as usize
}

/// Words that join the parts of a speaker phrase ("spokesman for the company").
const PHRASE_JOINERS: &[&str] = &["of", "for", "at"];

// What [`word_flags`] tells of a word: the lists it is on.
pub(super) const FUNCTION: u32 = 1;
pub(super) const CALENDAR: u32 = 1 << 1;
pub(super) const ROLE: u32 = 1 << 2;
pub(super) const HONORIFIC: u32 = 1 << 3;
pub(super) const PRONOUN: u32 = 1 << 4;
pub(super) const DET: u32 = 1 << 5;
pub(super) const SOURCE: u32 = 1 << 6;
pub(super) const MODIFIER: u32 = 1 << 7;
pub(super) const NAME_JOINER: u32 = 1 << 8;
pub(super) const PHRASE_JOINER: u32 = 1 << 9;
pub(super) const AND: u32 = 1 << 10;
/// The gender of an honorific or pronoun: male, female, plural, else unknown.
const MALE: u32 = 1 << 11;
const FEMALE: u32 = 1 << 12;
const PLURAL: u32 = 1 << 13;

fn gender_of(flags: u32) -> Gender {
    if flags & MALE != 0 {
        Gender::Male
    } else if flags & FEMALE != 0 {
        Gender::Female
    } else if flags & PLURAL != 0 {
        Gender::Plural
    } else {
        Gender::Unknown
    }
}

/// The gender of a pronoun whose [`word_flags`] are `flags`, as [`Part::Pronoun`] gives it;
/// `None` when the word is no pronoun.
pub(super) fn pronoun_gender(flags: u32) -> Option<Gender> {
    (flags & PRONOUN != 0).then(|| gender_of(flags))
}

/// The gender a role noun tells of whoever holds it ("actress", "king"); most tell none, and
/// "chairman" or "spokesman" none either: news calls women that too.
fn role_gender(role: &str) -> Gender {
    match role {
        "king" | "prince" | "emperor" | "pope" | "tsar" | "czar" => Gender::Male,
        "queen" | "princess" | "actress" => Gender::Female,
        // "spokeswoman", "Frenchwoman"; of the "-man" roles only the nationalities, since
        // "spokesman" and "chairman" are written of women too.
        w if w.ends_with("woman") => Gender::Female,
        w if w.ends_with("man") && is_demonym(w) => Gender::Male,
        _ => Gender::Unknown,
    }
}

fn gender_flag(gender: Gender) -> u32 {
    match gender {
        Gender::Male => MALE,
        Gender::Female => FEMALE,
        Gender::Plural => PLURAL,
        Gender::Unknown => 0,
    }
}

/// Every list a lowercase word is on, as flags, by one hashed lookup: a speaker phrase asks a
/// word several questions (pronoun? honorific? determiner? role noun? name unit?), and one
/// lookup answers them all. 0 for a word on no list, and for "".
pub(super) fn word_flags(w: &str) -> u32 {
    word_flags_bytes(w.as_bytes())
}

/// The word lists behind [`word_flags`] with the flag each gives (honorifics and pronouns,
/// which carry a gender too, are added apart).
const FLAGGED_LISTS: [(&[&str], u32); 11] = [
    (FUNCTION_WORDS, FUNCTION),
    // Months and weekdays: dates, not names.
    (super::vocab::MONTH_WORDS, CALENDAR),
    (super::vocab::WEEKDAY_NAMES, CALENDAR),
    (ROLE_NOUNS, ROLE),
    (DEMONYMS, ROLE),
    (DETERMINERS, DET),
    (SOURCE_NOUNS, SOURCE),
    (TITLE_MODIFIERS, MODIFIER),
    (NAME_JOINERS, NAME_JOINER),
    (PHRASE_JOINERS, PHRASE_JOINER),
    (&["and"], AND),
];

/// [`word_flags`] of a word's bytes.
fn word_flags_bytes(w: &[u8]) -> u32 {
    flag_table().of_word(w)
}

/// The key of a word of 1 to 16 bytes: its bytes, little-endian, zero above. No word holds a
/// zero byte, so words and keys match one to one. `None` for a longer word (no listed word
/// is: [`LONGEST_LISTED`]) or "".
fn word_key(w: &[u8]) -> Option<Key> {
    (!w.is_empty() && w.len() <= 16).then(|| key_of(w))
}

/// The longest word on a list of [`word_flags`]: every one has a key ([`word_key`]).
const LONGEST_LISTED: usize = {
    let mut len = 0;
    let mut n = 0;
    while n < FLAGGED_LISTS.len() {
        let l = longest(FLAGGED_LISTS[n].0);
        if l > len {
            len = l;
        }
        n += 1;
    }
    n = 0;
    while n < HONORIFICS.len() {
        if HONORIFICS[n].0.len() > len {
            len = HONORIFICS[n].0.len();
        }
        n += 1;
    }
    if LONGEST_PRONOUN > len {
        len = LONGEST_PRONOUN;
    }
    len
};
const _: () = assert!(LONGEST_LISTED <= 16);

/// Buckets of a [`FlagTable`], of [`BUCKET`] slots each: a power of two, several times the
/// listed words, so that a salt of the hash that leaves no bucket over full is found in a few
/// tries. Only the buckets of the words a text holds are read.
const FLAG_BUCKETS: usize = 2048;

/// Slots of a bucket of a [`FlagTable`]: a lookup compares them all. Two rather than four
/// (in a quarter as many buckets): each compare of 16-byte keys costs some ten instructions
/// (four took 3.7 M instructions a BBC round against two's 0.5 M).
const BUCKET: usize = 2;

/// The flags of every listed word by its key ([`word_key`]): a lookup loads the word's bytes
/// once as its key (from the lowercased text where it can: a plain token's key is one 16-byte
/// load and a mask), multiplies, and compares the keys of the one bucket the word can be in,
/// with no branch: whether a word is listed follows no pattern (a shape filter's test and a
/// probe loop's were mispredicted 64,000 times of 96,000 lookups a BBC round). Words of at
/// most 16 bytes only (longer ones are on no list).
pub(super) struct FlagTable {
    keys: Box<[[Key; BUCKET]; FLAG_BUCKETS]>,
    flags: Box<[[u32; BUCKET]; FLAG_BUCKETS]>,
    /// What the keys are xored with before the hash: the first that leaves no bucket with
    /// more than [`BUCKET`] words, found when the table is built.
    salt: Key,
}

impl FlagTable {
    /// The table of the words of `lists`, each with its list's flag.
    pub(super) fn of(lists: &[(&[&str], u32)]) -> FlagTable {
        let words = lists
            .iter()
            .flat_map(|&(words, flag)| words.iter().map(move |w| (*w, flag)));
        FlagTable::of_words(words)
    }

    /// The table of `words`, each with its flags (a word listed twice has both).
    fn of_words<'a>(words: impl IntoIterator<Item = (&'a str, u32)>) -> FlagTable {
        // OK because every listed word has a key (asserted with `LONGEST_LISTED`).
        let mut keyed: Vec<(Key, u32)> = words
            .into_iter()
            .map(|(w, flag)| (word_key(w.as_bytes()).unwrap(), flag))
            .collect();
        keyed.sort_unstable_by_key(|&(key, _)| key);
        keyed.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            kept.1 |= if same { next.1 } else { 0 };
            same
        });
        let mut table = FlagTable {
            keys: Box::new([[0; BUCKET]; FLAG_BUCKETS]),
            flags: Box::new([[0; BUCKET]; FLAG_BUCKETS]),
            salt: 0,
        };
        table.salt = spread(
            &keyed,
            FLAG_BUCKETS,
            BUCKET as u8,
            0,
            |salt| salt.wrapping_add(0x9E37_79B9_7F4A_7C15),
            |&(key, _), salt| FlagTable::bucket_by(key, salt),
        );
        let mut filled = [0u8; FLAG_BUCKETS];
        for (key, flags) in keyed {
            let bucket = table.bucket(key);
            let slot = usize::from(filled[bucket]);
            table.keys[bucket][slot] = key;
            table.flags[bucket][slot] = flags;
            filled[bucket] += 1;
        }
        table
    }

    /// The flags of word `w` (lowercase bytes); 0 for a word on no list.
    pub(super) fn of_word(&self, w: &[u8]) -> u32 {
        word_key(w).map_or(0, |key| self.get(key))
    }

    /// The flags of token `idx` of `words` lowercased ([`Words::low`]); 0 for a token that is
    /// no word.
    ///
    /// Always inlined into its few callers (the memo's and the attribution lists'): a lookup
    /// is a few instructions that the call cost as much as (0.5 M instructions per BBC round).
    #[inline(always)]
    pub(super) fn at(&self, words: &Words, idx: usize) -> u32 {
        match words.tokens.get(idx) {
            Some(tok) if tok.plain => {
                let bytes = words.lowered.as_bytes();
                let (start, len) = (tok.start as usize, (tok.end - tok.start) as usize);
                // A plain word is at most 16 bytes long: its key is one load of the 16 bytes
                // from its start, masked, where the text runs on that far.
                match (bytes.get(start..start + 16), KEY_MASKS.get(len)) {
                    (Some(chunk), Some(&mask)) => {
                        // OK because the chunk is exactly 16 bytes.
                        self.get(Key::from_le_bytes(chunk.try_into().unwrap()) & mask)
                    }
                    _ => self.of_word(bytes.get(start..start + len).unwrap_or(&[])),
                }
            }
            _ => self.of_word(words.low(idx).as_bytes()),
        }
    }

    /// The bucket of `key`.
    fn bucket(&self, key: Key) -> usize {
        FlagTable::bucket_by(key, self.salt)
    }

    /// The bucket of `key` under `salt`.
    fn bucket_by(key: Key, salt: Key) -> usize {
        slot_of(key ^ salt, FLAG_BUCKETS)
    }

    /// The flags of the word whose key is `key`; 0 for a word on no list: every slot of its
    /// bucket compared, and its flags chosen where it is, with no branch.
    #[inline]
    fn get(&self, key: Key) -> u32 {
        let bucket = self.bucket(key);
        let (keys, flags) = (&self.keys[bucket], &self.flags[bucket]);
        let mut found = 0;
        for (&here, &flags) in keys.iter().zip(flags) {
            // Told LLVM unpredictable, or it makes a branch of the choice again.
            found |= std::hint::select_unpredictable(here == key, flags, 0);
        }
        found
    }
}

fn flag_table() -> &'static FlagTable {
    static TABLE: std::sync::OnceLock<FlagTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let listed = FLAGGED_LISTS
            .iter()
            .flat_map(|&(words, flag)| words.iter().map(move |w| (*w, flag)));
        let honorifics = HONORIFICS
            .iter()
            .map(|&(w, gender)| (w, HONORIFIC | gender_flag(gender)));
        let pronouns = PRONOUNS
            .iter()
            .map(|&(w, gender)| (w, PRONOUN | gender_flag(gender)));
        FlagTable::of_words(listed.chain(honorifics).chain(pronouns))
    })
}

/// What one token is to a speaker phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Det,
    /// A capitalised word ending in 's ("Russia's"): a determiner that is also a name.
    Possessive,
    /// A name unit (capitalised, not a function word); `end` is the token after it.
    Name {
        end: usize,
    },
    Role,
    Source,
    Modifier,
    Joiner,
    /// "and" between two name units ("Trade and Industry Secretary").
    And,
    Honorific(Gender),
    Pronoun(Gender),
    Other,
}

/// The tokens of one text, with the vocabulary questions a speaker phrase asks of them.
///
/// Speaker phrases ask the same tokens the same questions many times over (every comma, every
/// capitalised word walks its neighbours), so the answers of [`Words::part`] and
/// [`Words::name_unit`] are kept per token in `memo` (see [`Memo`]), and words are read
/// lowercased from `lowered` instead of being lowercased per question.
#[derive(Clone, Copy)]
pub(super) struct Words<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// `text` with ASCII letters lowercased (same byte offsets); it may run on past `text`.
    pub lowered: &'a str,
    /// One cell per token (fewer, or none, leaves the rest uncached).
    pub memo: &'a [Cell<Memo>],
}

/// The cached answers for one token, in 8 bytes (the memo is made for every token of an
/// article, so its size is most of what making it costs): `unit` as [`UNIT_UNREAD`] (not
/// yet computed), 0 (no name unit) or `end - idx + 1` for token `idx` (a distance, the same
/// in a paragraph's slice of the tokens as in the article's); `flags` as [`word_flags`] of the word
/// with [`FLAGS_READ`] added once read (a capitalised word is asked both for its unit and its
/// part, and one lookup serves both); `part` as [`PackedPart`], 0 until computed.
#[derive(Clone, Copy)]
pub(super) struct Memo {
    unit: u32,
    flags: u16,
    part: u16,
}

/// [`Memo::unit`] not yet computed. Not 0: a memo of all zero bytes is filled by a `memset`
/// call, whose `rep stos` cost more than the loop of wide stores a pattern of other bytes
/// gets (7.6 M instructions per BBC round, measured).
const UNIT_UNREAD: u32 = u32::MAX;

impl Default for Memo {
    fn default() -> Self {
        Memo {
            unit: UNIT_UNREAD,
            flags: 0,
            part: 0,
        }
    }
}

/// Set in [`Memo::flags`] once the word's flags are read. No list flag uses this bit.
const FLAGS_READ: u16 = 1 << 15;

// Every list flag fits in [`Memo::flags`] below [`FLAGS_READ`].
const _: () = assert!(PLURAL < FLAGS_READ as u32);

/// A [`Part`] in the 16 bits of [`Memo::part`]: its variant's number (from 1) in the low four
/// bits, a gender in the next two, and a name's end, as its distance from the name's token,
/// in the top ten.
struct PackedPart;

impl PackedPart {
    const GENDER_SHIFT: u32 = 4;
    const END_SHIFT: u32 = 6;

    /// `part` of token `idx` packed; `None` for a name ending too far on to say (not kept).
    fn pack(part: Part, idx: usize) -> Option<u16> {
        let gender = |g: Gender| -> u16 {
            let n = match g {
                Gender::Male => 0,
                Gender::Female => 1,
                Gender::Plural => 2,
                Gender::Unknown => 3,
            };
            n << Self::GENDER_SHIFT
        };
        Some(match part {
            Part::Det => 1,
            Part::Possessive => 2,
            Part::Name { end } => {
                let distance = u16::try_from(end.checked_sub(idx)?).ok()?;
                if distance >= 1 << (16 - Self::END_SHIFT) {
                    return None;
                }
                3 | distance << Self::END_SHIFT
            }
            Part::Role => 4,
            Part::Source => 5,
            Part::Modifier => 6,
            Part::Joiner => 7,
            Part::And => 8,
            Part::Honorific(g) => 9 | gender(g),
            Part::Pronoun(g) => 10 | gender(g),
            Part::Other => 11,
        })
    }

    /// The part `packed` holds for token `idx`; `None` when it holds none yet.
    #[inline]
    fn unpack(packed: u16, idx: usize) -> Option<Part> {
        let gender = || match packed >> Self::GENDER_SHIFT & 3 {
            0 => Gender::Male,
            1 => Gender::Female,
            2 => Gender::Plural,
            _ => Gender::Unknown,
        };
        Some(match packed & 0xF {
            1 => Part::Det,
            2 => Part::Possessive,
            3 => Part::Name {
                end: idx + usize::from(packed >> Self::END_SHIFT),
            },
            4 => Part::Role,
            5 => Part::Source,
            6 => Part::Modifier,
            7 => Part::Joiner,
            8 => Part::And,
            9 => Part::Honorific(gender()),
            10 => Part::Pronoun(gender()),
            11 => Part::Other,
            _ => return None,
        })
    }
}

/// The memo of one article's (or lone text's) tokens, shared by every paragraph's quotes and
/// lists and by the speaker pass, so that a token is classified once. Made on first use (most
/// paragraphs ask nothing of it); its vector is kept on the thread for the next article.
pub(super) struct ArticleMemo {
    cells: std::cell::OnceCell<Vec<Cell<Memo>>>,
    len: usize,
    /// Whether cells were asked for since [`ArticleMemo::forget_edges`] last ran: most
    /// paragraphs ask none, and leave none to forget.
    asked: Cell<bool>,
}

thread_local! {
    /// The vector of the last [`ArticleMemo`], for the next one.
    static SPARE: Cell<Vec<Cell<Memo>>> = const { Cell::new(Vec::new()) };
}

impl ArticleMemo {
    /// An unmade memo for `len` tokens.
    pub fn new(len: usize) -> ArticleMemo {
        ArticleMemo {
            cells: std::cell::OnceCell::new(),
            len,
            asked: Cell::new(false),
        }
    }

    /// The cells of tokens `first..first + len`, made at the first call.
    pub fn cells(&self, first: usize, len: usize) -> &[Cell<Memo>] {
        self.asked.set(true);
        let cells = self.cells.get_or_init(|| {
            let mut cells = SPARE.take();
            cells.clear();
            cells.resize(self.len, Cell::new(Memo::default()));
            cells
        });
        &cells[first..first + len]
    }

    /// Forgets the name units and parts a paragraph's reading ([`Words::of_scan`]) kept for
    /// its tokens, `tokens` from the article's token `first` on, where the article's reading
    /// (the speaker pass) may answer otherwise; flags, read from a word alone, are all kept.
    ///
    /// The paragraph's reading sees no token past its last nor before its first, so:
    /// - at its first token a calendar word or lowercase joiner sees no unit ending before it
    ///   ([`Words::name_unit_ending_at`]), where the article's may;
    /// - in its last run of touching tokens a unit may run on, "Jan" may stand before a name,
    ///   initials may go on into a name ([`Words::initials_dot`]) in the next paragraph;
    /// - a run before a forgotten one may have read that one's units: where it ends in a dot
    ///   (initials going on) or a joiner whose flags were read (maybe a joiner between units). Every
    ///   other reading of a run stops at the next run's first token, read as a token alone.
    pub fn forget_edges(&self, text: &str, tokens: &[Token], first: usize) {
        let Some(cells) = self.cells.get().filter(|_| self.asked.replace(false)) else {
            return;
        };
        let cells = &cells[first..first + tokens.len()];
        let forget = |cell: &Cell<Memo>| {
            let memo = cell.get();
            cell.set(Memo {
                flags: memo.flags,
                ..Memo::default()
            });
        };
        if let Some(cell) = cells.first() {
            forget(cell);
        }
        // The first token of the run of touching tokens that ends before token `end`.
        let run_start = |end: usize| {
            let mut at = end - 1;
            while at > 0 && tokens[at].touches(tokens[at - 1]) {
                at -= 1;
            }
            at
        };
        let mut from = tokens.len();
        while from > 0 {
            let start = run_start(from);
            cells[start..from].iter().for_each(forget);
            from = start;
            let Some(last) = from.checked_sub(1) else {
                break;
            };
            let joiner = cells[last].get().flags;
            let reads_on = tokens[last].is_punct(text, '.')
                || joiner & FLAGS_READ != 0 && u32::from(joiner) & NAME_JOINER != 0;
            if !reads_on {
                break;
            }
        }
    }
}

impl Drop for ArticleMemo {
    fn drop(&mut self) {
        if let Some(cells) = self.cells.take() {
            SPARE.set(cells);
        }
    }
}

impl<'a> Words<'a> {
    /// The words of a paragraph's scan, cached in `memo` (the paragraph's cells of its
    /// article's [`ArticleMemo`], one per token of the scan).
    pub fn of_scan(scan: &'a super::Scan, memo: &'a [Cell<Memo>]) -> Words<'a> {
        Words {
            text: scan.text,
            tokens: scan.tokens,
            lowered: scan.lowered,
            memo,
        }
    }

    /// Whether token `idx` is a name joiner ("of", "de", "van"). Every joiner is two or three
    /// bytes long, and its lowercased bytes ([`Words::low`]; a word with non-ASCII bytes is
    /// no joiner either way) are read as one key ([`joiner_key`]) and looked up in one load
    /// ([`JOINER_SLOTS`]), with no branch: asked of the word after every capitalised one, the
    /// length and word tests went either way at random.
    #[inline]
    pub fn is_joiner_at(&self, idx: usize) -> bool {
        self.tokens.get(idx).is_some_and(|t| {
            let (start, len) = (t.start as usize, (t.end - t.start) as usize);
            let key = match self.lowered.as_bytes().get(start..start + 3) {
                Some(bytes) => joiner_key(bytes, len),
                None => {
                    let bytes = self.lowered.as_bytes().get(start..start + len);
                    return t.is_word() && bytes.is_some_and(is_name_joiner_bytes);
                }
            };
            let listed = JOINER_SLOTS[joiner_slot(key)] == key;
            t.is_word() & matches!(len, 2 | 3) & listed
        })
    }

    /// Token `idx` lowercased: "" unless it is an ASCII word of at most 24 bytes (no
    /// vocabulary word is longer), as [`lower`] does.
    #[inline]
    pub fn low(&self, idx: usize) -> &'a str {
        let Some(tok) = self.tokens.get(idx) else {
            return "";
        };
        let (start, end) = (tok.start as usize, tok.end as usize);
        if tok.plain {
            // A short ASCII word, as the lexer found: its lowercase form is its bytes there.
            return self.lowered.get(start..end).unwrap_or("");
        }
        if !tok.is_word() || end - start > 24 {
            return "";
        }
        match self.lowered.get(start..end) {
            Some(w) if w.is_ascii() => w,
            _ => "",
        }
    }

    pub fn word(&self, idx: usize) -> &'a str {
        self.tokens[idx].text(self.text)
    }

    pub fn is_word(&self, idx: usize, lowered: &str) -> bool {
        // The lowercased text has the text's offsets: its bytes are the word's lowercased, with
        // no `&str` made of the token and no case folded per byte.
        debug_assert!(!lowered.bytes().any(|b| b.is_ascii_uppercase()));
        self.tokens.get(idx).is_some_and(|t| {
            t.is_word()
                && self
                    .lowered
                    .as_bytes()
                    .get(t.start as usize..t.end as usize)
                    == Some(lowered.as_bytes())
        })
    }

    pub fn is_punct(&self, idx: usize, c: char) -> bool {
        self.tokens
            .get(idx)
            .is_some_and(|t| t.is_punct(self.text, c))
    }

    /// The end of the name unit starting at `idx`, if a capitalised non-function word is there.
    pub fn name_unit(&self, idx: usize) -> Option<usize> {
        let Some(cell) = self.memo.get(idx) else {
            return self.name_unit_uncached(idx);
        };
        let memo = cell.get();
        if memo.unit == UNIT_UNREAD {
            let unit = self.name_unit_uncached(idx);
            // Re-read: computing the unit may have filled in the flags.
            let mut memo = cell.get();
            // Kept as the distance to the unit's end, which holds for the same token in a
            // paragraph's slice of the article's tokens (and so its memo cells) as in the
            // article's; a distance past a `u32` is simply not kept.
            if let Ok(kept) = u32::try_from(unit.map_or(0, |end| end - idx + 1))
                && kept != UNIT_UNREAD
            {
                memo.unit = kept;
                cell.set(memo);
            }
            return unit;
        }
        (memo.unit as usize)
            .checked_sub(1)
            .map(|distance| idx + distance)
    }

    /// [`word_flags`] of token `idx` lowercased ([`Words::low`]), kept in the memo.
    pub fn flags(&self, idx: usize) -> u32 {
        let Some(cell) = self.memo.get(idx) else {
            return self.flags_uncached(idx);
        };
        let mut memo = cell.get();
        if memo.flags & FLAGS_READ == 0 {
            // Every list flag fits in 16 bits (asserted with [`FLAGS_READ`]).
            memo.flags = self.flags_uncached(idx) as u16 | FLAGS_READ;
            cell.set(memo);
        }
        u32::from(memo.flags & !FLAGS_READ)
    }

    fn flags_uncached(&self, idx: usize) -> u32 {
        flag_table().at(self, idx)
    }

    /// Whether token `idx` is a capitalised word ([`is_capitalised`]), told by its first byte
    /// where that is ASCII (no `&str` made, no char-boundary checks).
    #[inline(always)]
    pub fn is_capitalised_at(&self, idx: usize) -> bool {
        self.tokens
            .get(idx)
            .is_some_and(|&tok| tok.is_word() && is_capitalised_word(self.text, tok))
    }

    fn name_unit_uncached(&self, idx: usize) -> Option<usize> {
        if !self.is_capitalised_at(idx) {
            return None;
        }
        let flags = self.flags(idx);
        if flags & (FUNCTION | CALENDAR | HONORIFIC) != 0 {
            // "Jan" is a first name as well as a month; before a capitalised name ("Jan
            // Berry") it is the name: the month abbreviation stands before a day number.
            // Told by the length first: most such words ("The", "Mr", "But") are no "Jan".
            let tok = self.tokens[idx];
            let first_name_jan = tok.end - tok.start == 3
                && self.low(idx) == "jan"
                && self.tokens.get(idx + 1).is_some_and(|t| {
                    t.is_word()
                        && t.space_before
                        && is_capitalised(t.text(self.text))
                        && word_flags(self.low(idx + 1)) & (CALENDAR | FUNCTION) == 0
                });
            if !first_name_jan {
                return None;
            }
        }
        let end = self.unit_tail(idx + 1);
        Some(self.initials_dot(idx, end))
    }

    /// The end of the unit `idx..end` past its last dot where the unit is a person's
    /// initials and a name goes on after them: "E.F. Hutton", "George W. Bush", "F.W. de
    /// Klerk". Dotted acronyms of places ("U.S. Congress", "U.N.") keep their dot out, and a
    /// sentence may end on a single letter ("vitamin D. The").
    fn initials_dot(&self, idx: usize, end: usize) -> usize {
        // Most units open with a word of more than one byte, which is no initial.
        if self.tokens.get(idx).is_none_or(|t| t.end - t.start != 1) {
            return end;
        }
        let is_dot = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.touches(self.tokens[k - 1]) && t.is_punct(self.text, '.'))
        };
        let initial = |k: usize| {
            let t = self.tokens[k];
            t.end - t.start == 1 && self.text.as_bytes()[t.start as usize].is_ascii_uppercase()
        };
        let initials = (idx..end).all(|k| {
            if (k - idx).is_multiple_of(2) {
                initial(k)
            } else {
                is_dot(k)
            }
        });
        if !initials || !is_dot(end) {
            return end;
        }
        let place = matches!(
            self.text
                .get(self.tokens[idx].start as usize..self.tokens[end - 1].end as usize),
            Some("U.S" | "U.K" | "U.N" | "E.U")
        );
        // A name in title case goes on ("E.F. Hutton"; not "S. KOREAN TRADE SURPLUS", a
        // headline).
        let title_case = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.is_word() && t.space_before && t.text(self.text).chars().any(char::is_lowercase)
            })
        };
        let goes_on = title_case(end + 1)
            && (self.name_unit(end + 1).is_some()
                || self.flags(end + 1) & NAME_JOINER != 0 && self.name_unit(end + 2).is_some());
        if place || !goes_on { end } else { end + 1 }
    }

    /// Extends a unit over touching "-2D", "-218", "2.1a" parts.
    fn unit_tail(&self, mut end: usize) -> usize {
        while let Some(&tok) = self.tokens.get(end) {
            let prev = self.tokens[end - 1];
            if !tok.touches(prev) {
                break;
            }
            let joins = tok.is_punct(self.text, '-') || tok.is_punct(self.text, '.');
            if joins {
                // A hyphen or dot joins only when a word or digits touch it on the right.
                match self.tokens.get(end + 1) {
                    Some(&next) if next.touches(tok) && next.kind != Tok::Punct => end += 2,
                    _ => break,
                }
            } else if tok.kind != Tok::Punct {
                end += 1;
            } else {
                break;
            }
        }
        end
    }

    /// A name starting at `idx`: units joined by "of", "de"… Returns its end token.
    pub fn name(&self, idx: usize) -> Option<usize> {
        let mut end = self.name_unit(idx)?;
        loop {
            // A name never runs over a line break (a headline into its story).
            if self.breaks_line_before(end) {
                return Some(end);
            }
            // Only a capitalised word can be a unit or a `Part::Name` (here: a month surname,
            // "Theresa May"): marks and lowercase ASCII words, most of what follows a name,
            // are told by their first byte and go straight to the joiner test.
            let may_be_unit = self.tokens.get(end).is_some_and(|t| {
                t.is_word()
                    && !self
                        .text
                        .as_bytes()
                        .get(t.start as usize)
                        .is_some_and(u8::is_ascii_lowercase)
            });
            if let Some(next) = may_be_unit.then(|| self.name_unit(end)).flatten() {
                end = next;
                continue;
            }
            let capitalised = may_be_unit && self.is_capitalised_at(end);
            if capitalised && let Part::Name { end: next } = self.part(end) {
                end = next;
                continue;
            }
            let joined = self.is_joiner_at(end) && self.name_unit(end + 1).is_some();
            match joined {
                // OK because the condition just checked `name_unit(end + 1)`.
                true => end = self.name_unit(end + 1).unwrap(),
                false => return Some(end),
            }
        }
    }

    /// Whether a line break stands between token `idx` and the one before it.
    #[allow(
        clippy::manual_contains,
        reason = "`contains` calls `memchr`, which costs more than a loop over a gap of a byte or two"
    )]
    pub fn breaks_line_before(&self, idx: usize) -> bool {
        match (idx.checked_sub(1), self.tokens.get(idx)) {
            // A plain loop: a gap is a byte or two, too short for a `memchr` call to pay.
            (Some(prev), Some(tok)) if tok.space_before => self
                .text
                .as_bytes()
                .get(self.tokens[prev].end as usize..tok.start as usize)
                .is_some_and(|gap| gap.iter().any(|&b| b == b'\n')),
            _ => false,
        }
    }

    /// Whether token `idx` is a word whose lowercase form `pred` accepts (no allocation).
    pub fn word_is(&self, idx: usize, pred: fn(&str) -> bool) -> bool {
        let Some(tok) = self.tokens.get(idx) else {
            return false;
        };
        tok.is_word() && pred(self.low(idx))
    }

    pub fn lower(&self, idx: usize) -> String {
        self.word(idx).to_ascii_lowercase()
    }

    /// Token `idx` lowercased, as [`Words::lower`], borrowed from `lowered` where it holds it.
    pub fn lowered_word(&self, idx: usize) -> Cow<'a, str> {
        let tok = self.tokens[idx];
        match self.lowered.get(tok.start as usize..tok.end as usize) {
            Some(w) => Cow::Borrowed(w),
            None => Cow::Owned(self.lower(idx)),
        }
    }

    /// Classifies token `idx` for speaker phrases.
    ///
    /// Always inlined: a memo hit is a load and a decode that the caller matches on at once
    /// (the phrase walks ask it of every token); called out of line from them, the call and
    /// the `Part` it returned cost 1.0 M instructions per BBC round more.
    #[inline(always)]
    pub fn part(&self, idx: usize) -> Part {
        let Some(cell) = self.memo.get(idx) else {
            return self.part_uncached(idx);
        };
        if let Some(part) = PackedPart::unpack(cell.get().part, idx) {
            return part;
        }
        let part = self.part_uncached(idx);
        // Re-read: computing the part may have filled in the name unit.
        let mut memo = cell.get();
        if let Some(packed) = PackedPart::pack(part, idx) {
            memo.part = packed;
            cell.set(memo);
        }
        part
    }

    fn part_uncached(&self, idx: usize) -> Part {
        let Some(&tok) = self.tokens.get(idx) else {
            return Part::Other;
        };
        if !tok.is_word() {
            return Part::Other;
        }
        // One lookup answers every list question below, in the order they are asked.
        let flags = self.flags(idx);
        let capitalised = self.is_capitalised_at(idx);
        if flags & PRONOUN != 0 {
            return Part::Pronoun(gender_of(flags));
        }
        if flags & HONORIFIC != 0 && capitalised {
            return Part::Honorific(gender_of(flags));
        }
        if flags & DET != 0 {
            return Part::Det;
        }
        if flags & ROLE != 0 {
            return Part::Role;
        }
        // A capitalised source noun is a name's ("Bank of England", "Labour Party").
        if !capitalised && flags & SOURCE != 0 {
            return Part::Source;
        }
        // Told by the last byte first: most words do not end in "s".
        if self.text.as_bytes().get((tok.end as usize).wrapping_sub(1)) == Some(&b's')
            && let Some(word) = self.text.get(tok.start as usize..tok.end as usize)
            && let Some(stem) = possessor(word)
        {
            // "Russia's", "the company's"; not "he's" or "that's".
            let mut stem_buf = [0; 24];
            if !stem.is_empty() && !is_function_word(lower(stem, &mut stem_buf)) {
                return Part::Possessive;
            }
        }
        if capitalised {
            if let Some(end) = self.name_unit(idx) {
                return Part::Name { end };
            }
            // Months are surnames after a name: "Theresa May", "Lucy March".
            if flags & CALENDAR != 0 && self.name_unit_ending_at(idx) {
                return Part::Name { end: idx + 1 };
            }
            return Part::Other;
        }
        if flags & MODIFIER != 0 {
            return Part::Modifier;
        }
        if flags & PHRASE_JOINER != 0 {
            return Part::Joiner;
        }
        // A lowercase name joiner between two name units is part of the name: "F.W. de Klerk",
        // "Charles de Gaulle", "Ludwig van Beethoven".
        if flags & NAME_JOINER != 0
            && self.name_unit_ending_at(idx)
            && self.name_unit(idx + 1).is_some()
        {
            return Part::Name { end: idx + 1 };
        }
        if flags & AND != 0 {
            return Part::And;
        }
        Part::Other
    }

    /// The speaker phrase ending just before token `end`, as a token range.
    ///
    /// Walks left over names, titles, joiners and modifiers, and stops after a
    /// determiner or possessive. The phrase must end in a head: a name, role or source
    /// noun, or be a lone pronoun.
    pub fn np_left(&self, end: usize) -> Option<(usize, usize)> {
        let last = end.checked_sub(1)?;
        let mut start = end;
        let mut idx = end;
        match self.part(last) {
            Part::Pronoun(_) => return Some((last, end)),
            Part::Name { .. } | Part::Role | Part::Source | Part::Possessive => {}
            // "head of state", "chief of staff": a role with its "of" complement.
            _ if last >= 2
                && self.is_word(last - 1, "of")
                && self.part(last - 2) == Part::Role
                && !self.is_capitalised_at(last) =>
            {
                start = last - 1;
                idx = last - 1;
            }
            _ => return None,
        }
        while idx > 0 {
            idx -= 1;
            match self.part(idx) {
                Part::Name { .. } | Part::Role | Part::Source | Part::Modifier => start = idx,
                Part::Honorific(_) => start = idx,
                Part::Possessive => {
                    start = idx;
                    // "Vladimir Putin's spokesman": the possessive's own name continues left.
                    if !matches!(self.part(idx.wrapping_sub(1)), Part::Name { .. }) || idx == 0 {
                        break;
                    }
                }
                Part::Det => {
                    start = idx;
                    // "director general of the British Chambers": a joiner carries on left.
                    let joined = idx >= 2
                        && self.part(idx - 1) == Part::Joiner
                        && matches!(self.part(idx - 2), Part::Role | Part::Name { .. });
                    if !joined {
                        break;
                    }
                }
                Part::Joiner | Part::And => {
                    let left_ok =
                        idx > 0 && matches!(self.part(idx - 1), Part::Role | Part::Name { .. });
                    let right_ok = matches!(self.part(idx + 1), Part::Name { .. } | Part::Det);
                    if !(left_ok && right_ok) {
                        break;
                    }
                    if self.part(idx) == Part::And
                        && !matches!(self.part(idx - 1), Part::Name { .. })
                    {
                        break;
                    }
                    start = idx;
                }
                Part::Pronoun(_) | Part::Other => {
                    // "the outgoing foreign minister": up to two lowercase words between a
                    // determiner and a title still belong to it.
                    if let Some(det) = self.det_across_adjectives(idx) {
                        start = det;
                    }
                    break;
                }
            }
        }
        (start < end).then_some((start, end))
    }

    fn det_across_adjectives(&self, idx: usize) -> Option<usize> {
        for back in 0..2 {
            let at = idx.checked_sub(back)?;
            if !self.tokens[at].is_word() || self.is_capitalised_at(at) {
                return None;
            }
            let before = at.checked_sub(1)?;
            if self.part(before) == Part::Det && self.part(at) == Part::Other {
                return Some(before);
            }
        }
        None
    }

    /// The speaker phrase starting at token `start`, as a token range (for "said X",
    /// "according to X" and sentence subjects).
    pub fn np_right(&self, start: usize) -> Option<(usize, usize)> {
        match self.part(start) {
            Part::Pronoun(_) => return Some((start, start + 1)),
            // "film critic Tom Smith": a plain word before a role and a name modifies the role.
            Part::Other
                if self.part(start + 1) == Part::Role
                    && matches!(self.part(start + 2), Part::Name { .. }) => {}
            Part::Other | Part::Joiner | Part::And => return None,
            _ => {}
        }
        let mut idx = start;
        let mut end = start;
        while idx < self.tokens.len() {
            match self.part(idx) {
                Part::Name { end: unit_end } => {
                    idx = unit_end;
                    end = idx;
                    // "Kenteris' lawyer": a bare apostrophe makes the name a possessive.
                    let apostrophe = self.is_punct(idx, '\'') || self.is_punct(idx, '\u{2019}');
                    if apostrophe
                        && self.tokens[idx].touches(self.tokens[idx - 1])
                        && self.word(idx - 1).ends_with('s')
                        && self.tokens.get(idx + 1).is_some_and(|t| t.is_word())
                    {
                        idx += 1;
                    }
                    continue;
                }
                Part::Role | Part::Source => end = idx + 1,
                Part::Det | Part::Possessive | Part::Modifier | Part::Honorific(_) => {
                    if let Part::Possessive = self.part(idx) {
                        end = idx + 1;
                    }
                }
                Part::Joiner | Part::And => {
                    let left_ok = matches!(self.part(idx.wrapping_sub(1)), Part::Role)
                        || self.name_unit_ending_at(idx);
                    let right_ok = matches!(self.part(idx + 1), Part::Name { .. } | Part::Det);
                    if !(left_ok && right_ok) || idx == start {
                        break;
                    }
                    if self.part(idx) == Part::And && !self.name_unit_ending_at(idx) {
                        break;
                    }
                    if self.part(idx) == Part::And && self.name_unit(idx + 1).is_none() {
                        break;
                    }
                }
                // The modifier the checks above let open the phrase.
                Part::Other if idx == start => {}
                Part::Pronoun(_) | Part::Other => break,
            }
            idx += 1;
            // A determiner ends the phrase unless a joiner led to it.
            if idx > start + 1 && self.part(idx - 1) == Part::Det {
                let led = self.part(idx - 2) == Part::Joiner;
                if !led {
                    break;
                }
            }
        }
        (end > start).then_some((start, end))
    }

    /// Whether a name unit ends just before token `idx`.
    fn name_unit_ending_at(&self, idx: usize) -> bool {
        let Some(prev) = idx.checked_sub(1) else {
            return false;
        };
        // Walk back over a unit's touching parts to its capitalised word.
        let mut at = prev;
        while at > 0 && self.tokens[at].touches(self.tokens[at - 1]) {
            at -= 1;
        }
        self.name_unit(at) == Some(idx)
    }

    pub fn span(&self, range: (usize, usize)) -> Span {
        let (start, end) = range;
        Span::new(
            self.tokens[start].start as usize,
            self.tokens[end - 1].end as usize,
        )
    }
}

/// A speaker phrase cut into what it says: a pronoun, a title, a name, or none of these.
///
/// Words borrow from the text (names) and its lowercased copy (titles); only a name word
/// glued across a skipped token is built anew.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Phrase<'a> {
    /// Lowercased words of the title (modifiers and role), without determiner.
    pub title: Vec<Cow<'a, str>>,
    /// The name words after the title and any honorific ("Vladimir Putin").
    pub name: Vec<Cow<'a, str>>,
    pub gender: Gender,
    pub pronoun: bool,
}

impl Phrase<'_> {
    /// A phrase of nothing, to cut phrases into ([`cut_phrase_into`]).
    pub(super) fn empty() -> Self {
        Phrase {
            title: Vec::new(),
            name: Vec::new(),
            gender: Gender::Unknown,
            pronoun: false,
        }
    }
}

/// Cuts a speaker phrase (token range) into title and name, into `phrase`, whose vectors are
/// cleared and reused: a caller cutting phrase after phrase allocates them once.
///
/// "Russian President Vladimir Putin" → title [russian, president], name [Vladimir, Putin];
/// "the North Korean leader" → title [north, korean, leader]; "Ms Hewitt" → name \[Hewitt\],
/// female. A title needs a role noun; a phrase with none is all name.
pub(super) fn cut_phrase_into<'a>(
    words: &Words<'a>,
    range: (usize, usize),
    phrase: &mut Phrase<'a>,
) {
    let (start, end) = range;
    phrase.title.clear();
    phrase.name.clear();
    phrase.gender = Gender::Unknown;
    phrase.pronoun = false;
    if end == start + 1
        && let Part::Pronoun(g) = words.part(start)
    {
        phrase.gender = g;
        phrase.pronoun = true;
        return;
    }
    let last_role = (start..end)
        .rev()
        .find(|&i| words.part(i) == Part::Role && is_role_word_of_title(words, i, end));
    let name_from = match last_role {
        Some(role) => {
            for i in start..=role {
                match words.part(i) {
                    Part::Det | Part::Joiner => {}
                    _ if words.tokens[i].is_word() => phrase.title.push(words.lowered_word(i)),
                    _ => {}
                }
            }
            // "actress Helen Mirren" is a woman; an honorific after it still says last.
            // The role is a word, the title's last.
            phrase.gender = phrase
                .title
                .last()
                .map_or(Gender::Unknown, |w| role_gender(w));
            role + 1
        }
        None => start,
    };
    // Where the last name word ends in the text, while it is one stretch of it.
    let mut last_end = None;
    for i in name_from..end {
        let tok = words.tokens[i];
        let part = words.part(i);
        if !phrase.name.is_empty() && part == Part::Joiner {
            break;
        }
        match part {
            Part::Honorific(g) => phrase.gender = g,
            Part::Det => {}
            // "Chelsea's William Gallas": a name's possessive owns the name after it, which is
            // the speaker's ("this year's Academy Awards" owns nothing).
            Part::Possessive
                if words.is_capitalised_at(i)
                    && (i + 1..end).any(|k| matches!(words.part(k), Part::Name { .. })) =>
            {
                phrase.name.clear();
                last_end = None;
            }
            _ if tok.is_word() || tok.touches(words.tokens[i.saturating_sub(1)]) => {
                // Units keep their touching parts: "Aist-2D" stays one word.
                if i > name_from
                    && tok.touches(words.tokens[i - 1])
                    && let Some(last) = phrase.name.last_mut()
                {
                    match (&*last, last_end) {
                        // Still one stretch of text: widen the slice.
                        (Cow::Borrowed(w), Some(e)) if e == tok.start as usize => {
                            let from = e - w.len();
                            *last = Cow::Borrowed(&words.text[from..tok.end as usize]);
                        }
                        _ => last.to_mut().push_str(words.word(i)),
                    }
                    last_end = Some(tok.end as usize);
                    continue;
                }
                phrase.name.push(Cow::Borrowed(words.word(i)));
                last_end = Some(tok.end as usize);
            }
            _ => {}
        }
    }
    // A name is capitalised words, with lowercase joiners inside ("de Klerk"); "the company"
    // has none.
    let joiner = |w: &str| is_name_joiner_bytes(w.as_bytes());
    if phrase.name.iter().any(|w| !is_capitalised(w) && !joiner(w))
        || phrase.name.first().is_some_and(|w| joiner(w))
    {
        phrase.name.clear();
    }
}

/// Nouns that head the names of institutions ("Home Office", "Finance Ministry"): such a
/// name is a list's item of its own, and never "he" or "she".
pub(super) fn is_organisation_head(w: &str) -> bool {
    w.len() <= LONGEST_ORGANISATION_HEAD && super::vocab::word_set!(w, in ORGANISATION_HEADS)
}

/// The longest word of [`ORGANISATION_HEADS`].
const LONGEST_ORGANISATION_HEAD: usize = longest(ORGANISATION_HEADS);

const ORGANISATION_HEADS: &[&str] = &[
    "commission",
    "administration",
    "committee",
    "department",
    "ministry",
    "bank",
    "association",
    "authority",
    "council",
    "board",
    "office",
    "agency",
    "service",
    "services",
    "union",
    "party",
    "group",
    "corporation",
    "institute",
    "university",
    "college",
    "society",
    "foundation",
    "court",
    "exchange",
    "federation",
    "organisation",
    "organization",
    "alliance",
    "league",
    "museum",
    "school",
    "hospital",
    "centre",
    "center",
];

/// Whether `last`, a name's last word, makes the name a body's, never "he" or "she": a firm's
/// kind ("Sony Corp"), an institution's head noun ("the Home Office") or a publication's ("the
/// Evening Standard"). Most last words are longer than any of these, and are told by their
/// length before any lowercasing (into `buf`).
pub(super) fn ends_a_body(last: &str, buf: &mut [u8; 24]) -> bool {
    last.len() <= LONGEST_BODY_WORD && {
        let last = lower(last, buf);
        is_firm_kind(last)
            || is_foreign_firm_kind(last)
            || is_organisation_head(last)
            || super::vocab::word_set!(last, in PUBLICATION_HEADS)
    }
}

/// The words that end a newspaper's or a magazine's name. Not "Post", "Sun" or "Star",
/// which end people's names too ("Emily Post", "Sun Yat-sen").
const PUBLICATION_HEADS: &[&str] = &[
    "daily",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "times",
    "observer",
    "mirror",
    "chronicle",
    "examiner",
    "inquirer",
    "express",
    "standard",
    "magazine",
];

/// The longest word [`ends_a_body`] accepts.
const LONGEST_BODY_WORD: usize = {
    let (firm, body, publication) = (
        LONGEST_FIRM_KIND,
        LONGEST_ORGANISATION_HEAD,
        longest(PUBLICATION_HEADS),
    );
    let longer = if firm > body { firm } else { body };
    if longer > publication {
        longer
    } else {
        publication
    }
};

/// A name [`bare_name`] reads, with where its first word ends and its last word starts (the
/// first and last spaces of the name, found where its words were read).
#[derive(Debug, PartialEq)]
pub(super) struct BareName<'a> {
    pub name: Cow<'a, str>,
    pub first_end: usize,
    pub last_start: usize,
}

/// The name of a phrase that [`cut_phrase_into`] cuts into two name words or more and no title,
/// as those words joined by spaces; `None` for any other phrase. The same rules as there, for
/// a run with no possessive owner in it (the caller cuts the run after the last one,
/// `quote::bare_name_at`), read without building a [`Phrase`]: the article-wide scan of `quote` asks this of every
/// capitalised run, and most are turned away before anything is copied. `buf` is scratch
/// space; only a name found is allocated.
pub(super) fn bare_name<'a>(
    words: &Words<'a>,
    range: (usize, usize),
    buf: &mut String,
) -> Option<BareName<'a>> {
    let (start, end) = range;
    // One word is no full name: a name counts its words, and glued parts count none.
    if end < start + 2 {
        return None;
    }
    // Only the parts below matter here, and a word on none of their lists is none of them:
    // its flags (one lookup) spare the rest of the classification, most name words'.
    const PARTS: u32 = PRONOUN | HONORIFIC | DET | ROLE | PHRASE_JOINER;
    if let Some(name) = plain_name(words, range, PARTS) {
        return Some(name);
    }
    let part = |i: usize| match words.flags(i) & PARTS {
        0 => Part::Other,
        _ => words.part(i),
    };
    // A lowercase joiner inside the name ("F.W. de Klerk"), as `Words::part` reads it.
    let name_joiner = |i: usize| matches!(words.part(i), Part::Name { .. });
    // A role noun ending a title would begin the title: not a bare name.
    let titled =
        (start..end).any(|i| part(i) == Part::Role && is_role_word_of_title(words, i, end));
    if titled {
        return None;
    }
    buf.clear();
    let mut count = 0;
    // Where the name starts and ends so far in the text. While its words stand there one
    // space apart (most names), it is that stretch of the text and nothing is copied; from
    // the first word that does not, it is built in `buf`.
    let (mut from, mut to) = (0, 0);
    // Where the first word ends and the last word starts in the text.
    let (mut first_end, mut last_start) = (0, 0);
    let mut built = false;
    for i in start..end {
        let tok = words.tokens[i];
        let part = part(i);
        if count > 0 && part == Part::Joiner {
            break;
        }
        match part {
            Part::Honorific(_) | Part::Det => {}
            _ if tok.is_word() || tok.touches(words.tokens[i.saturating_sub(1)]) => {
                // Units keep their touching parts: "Aist-2D" stays one word.
                let glued = i > start && tok.touches(words.tokens[i - 1]) && count > 0;
                // A name is capitalised words; "the company" has none. (Told by the first
                // byte, and the gap below compared as bytes: token edges are char boundaries.)
                let joined = || count > 0 && name_joiner(i);
                if !(glued || words.is_capitalised_at(i) || joined()) {
                    return None;
                }
                let gap = if glued || count == 0 { "" } else { " " };
                let bytes = words.text.as_bytes();
                if count == 0 {
                    from = tok.start as usize;
                } else if !built && bytes.get(to..tok.start as usize) != Some(gap.as_bytes()) {
                    buf.push_str(words.text.get(from..to).unwrap_or(""));
                    built = true;
                }
                if built {
                    buf.push_str(gap);
                    buf.push_str(words.word(i));
                }
                to = tok.end as usize;
                if !glued {
                    count += 1;
                    last_start = tok.start as usize;
                }
                if count == 1 {
                    first_end = to;
                }
            }
            _ => {}
        }
    }
    if count < 2 {
        return None;
    }
    match built {
        true => {
            // Built where the words do not stand one space apart: its spaces are found anew.
            let bytes = buf.as_bytes();
            Some(BareName {
                first_end: bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len()),
                last_start: bytes.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1),
                name: Cow::Owned(buf.clone()),
            })
        }
        // The name is the text from `from` on, its words one space apart.
        false => words.text.get(from..to).map(|name| BareName {
            name: Cow::Borrowed(name),
            first_end: first_end - from,
            last_start: last_start - from,
        }),
    }
}

/// [`bare_name`] of the run `range` where it is the plainest (most names): ASCII-capitalised
/// word tokens one space apart, none on a list of `parts`. Every word is then a name word of
/// its own and no title stands among them, so the name is that stretch of the text, told in
/// one pass over the tokens with no part classified. `None` for any other run, which
/// [`bare_name`] reads in full. Always inlined: out of line for its two callers, the call
/// cost [`bare_name`] more than the titled names gained.
#[inline(always)]
fn plain_name<'a>(words: &Words<'a>, range: (usize, usize), parts: u32) -> Option<BareName<'a>> {
    let (start, end) = range;
    let (tokens, bytes) = (words.tokens, words.text.as_bytes());
    let mut prev_end = None;
    for i in start..end {
        let tok = *tokens.get(i)?;
        let apart = prev_end.is_none_or(|e: u32| tok.start == e + 1 && bytes[e as usize] == b' ');
        let capital = bytes
            .get(tok.start as usize)
            .is_some_and(u8::is_ascii_uppercase);
        if !(tok.is_word() && apart && capital) || words.flags(i) & parts != 0 {
            return None;
        }
        prev_end = Some(tok.end);
    }
    plain_span(words, range)
}

/// The name a plain run `range` ([`plain_name`], [`plain_run`]) is: that stretch of the
/// text, with where its first word ends and its last word starts.
fn plain_span<'a>(words: &Words<'a>, (start, end): (usize, usize)) -> Option<BareName<'a>> {
    let (first, last) = (words.tokens[start], words.tokens[end - 1]);
    let from = first.start as usize;
    words
        .text
        .get(from..last.end as usize)
        .map(|name| BareName {
            name: Cow::Borrowed(name),
            first_end: first.end as usize - from,
            last_start: last.start as usize - from,
        })
}

/// What [`plain_run`] tells of the name [`Words::name`] reads at a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Run {
    /// A plain run ending at this token: the whole name.
    Plain(usize),
    /// No name: the word is a function word, a month or an honorific ("The", "May", "Mr"), no
    /// name unit.
    NoName,
    /// Anything else: the name is to be read in full.
    Other,
}

/// Where the name [`Words::name`] reads at capitalised word `idx` ends, where that name is a
/// plain run: words of more than one byte opening on an ASCII capital, one space apart, none
/// on a list of a phrase's parts nor a function word, a month or an honorific (so each is a
/// name unit of its own and [`plain_name`] takes the run), ending before a line break, a
/// lowercase ASCII word that is no joiner, a token other than a word, or a mark touching the
/// last word that no word or digits touch in turn ("Smith," "Smith."). [`Run::Other`] where
/// anything else stands in or after the run (an initial, a touching part, a joiner, another
/// word on a list, a word opening on a byte past ASCII): that name is read in full, by
/// [`Words::name`] and [`bare_name`]. Most untitled names are such runs, told in one walk
/// with one lookup per word and nothing kept in the memo; and a run opening on a function
/// word, a month or an honorific, a third of the runs, is told no name by that same lookup.
pub(super) fn plain_run(words: &Words, idx: usize) -> Run {
    const NOT_PLAIN: u32 = FUNCTION | CALENDAR | PRONOUN | HONORIFIC | DET | ROLE | PHRASE_JOINER;
    let (tokens, bytes) = (words.tokens, words.text.as_bytes());
    let mut i = idx;
    loop {
        let tok = tokens[i];
        if !(tok.is_word() && bytes[tok.start as usize].is_ascii_uppercase()) {
            return Run::Other;
        }
        let flags = words.flags(i);
        // As `Words::name_unit`: no unit, unless it may be "Jan" (a month of three bytes).
        let may_be_jan = flags & CALENDAR != 0 && tok.end - tok.start == 3;
        if i == idx && flags & (FUNCTION | CALENDAR | HONORIFIC) != 0 && !may_be_jan {
            return Run::NoName;
        }
        if tok.end - tok.start == 1 || flags & NOT_PLAIN != 0 {
            return Run::Other;
        }
        let Some(&next) = tokens.get(i + 1) else {
            return Run::Plain(i + 1);
        };
        if next.touches(tok) {
            // As `Words::unit_tail`: a hyphen or dot goes on before a touching word or digits.
            let joins = next.is_punct(words.text, '-') || next.is_punct(words.text, '.');
            let goes_on = tokens
                .get(i + 2)
                .is_some_and(|t| t.touches(next) && t.kind != Tok::Punct);
            return match next.kind == Tok::Punct && !(joins && goes_on) {
                true => Run::Plain(i + 1),
                false => Run::Other,
            };
        }
        // Most gaps are one space; another gap is a line break or no plain run's.
        let gap = bytes
            .get(tok.end as usize..next.start as usize)
            .unwrap_or(&[]);
        let one_space = gap == b" ";
        if !(one_space && next.is_word()) {
            let ends = !next.is_word() || gap.contains(&b'\n');
            return if ends { Run::Plain(i + 1) } else { Run::Other };
        }
        match bytes[next.start as usize] {
            b if b.is_ascii_uppercase() => i += 1,
            b if b.is_ascii_lowercase() && !words.is_joiner_at(i + 1) => return Run::Plain(i + 1),
            _ => return Run::Other,
        }
    }
}

/// [`bare_name`] of the run `range` that [`plain_run`] told plain: two words or more are
/// the name, as they stand in the text.
pub(super) fn plain_bare_name<'a>(
    words: &Words<'a>,
    (start, end): (usize, usize),
) -> Option<BareName<'a>> {
    match end >= start + 2 {
        true => plain_span(words, (start, end)),
        false => None,
    }
}

/// [`cut_phrase_into`] of the phrase from token `start` to `end` whose title ends at token
/// `title`, a role noun or an honorific (its `part`), where a plain name follows right away
/// ("Russian President Vladimir Putin", "Mr Blair": capitalised words one space apart, none
/// on a list of a phrase's parts, and none a possessive but the last, nor the first after a
/// role noun): the title (its words lowercased, none after an honorific), the gender and the
/// name, told with no cut. The words before the title word are those a title may open with
/// (the [`Part`]s `Name`, `Modifier`, `Role` and `And`: `quote`'s reading of introductions),
/// and an honorific has none. `None` for any other phrase, which is to be cut. `plain`: the
/// name, from after the title to `end`, is known to be a plain run ([`plain_run`] told it),
/// and is not walked again.
///
/// Such a phrase cuts into just that: the last role noun in it is the title word, which a
/// name follows, every word before it is a title word, and every name word is a word of the
/// name as it stands.
pub(super) fn plain_titled<'a>(
    words: &Words<'a>,
    (start, title, end): (usize, usize, usize),
    part: Part,
    plain: bool,
) -> Option<(Vec<Cow<'a, str>>, Gender, BareName<'a>)> {
    const PARTS: u32 = PRONOUN | HONORIFIC | DET | ROLE | PHRASE_JOINER;
    let from = title + 1;
    // A possessive before the last name word owns the words after it; as the first, it is
    // no `Part::Name`, which a role noun needs after it to be a title's.
    if end <= from || (from..end - 1).any(|k| ends_in_possessive(words, k)) {
        return None;
    }
    let name = match plain {
        true => plain_span(words, (from, end))?,
        false => plain_name(words, (from, end), PARTS)?,
    };
    Some(match part {
        Part::Honorific(gender) if start == title => (Vec::new(), gender, name),
        Part::Role if !ends_in_possessive(words, from) => {
            let title: Vec<_> = (start..=title).map(|i| words.lowered_word(i)).collect();
            let gender = title.last().map_or(Gender::Unknown, |w| role_gender(w));
            (title, gender, name)
        }
        _ => return None,
    })
}

/// The possessor a possessive names: "Russia" of "Russia's", "co" of "co’s"; `None` for a
/// word with no possessive "'s".
pub(super) fn possessor(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// Whether token `idx` is a word ending in a possessive "'s" ([`possessor`], told by bytes).
#[inline]
pub(super) fn ends_in_possessive(words: &Words, idx: usize) -> bool {
    // By the last bytes: most words end in no "s".
    let bytes = words.text.as_bytes();
    words.tokens.get(idx).is_some_and(|t| {
        let end = t.end as usize;
        end >= 2 && bytes[end - 1] == b's' && t.is_word() && {
            let before = &bytes[..end - 1];
            before.ends_with(b"'") || before.ends_with("\u{2019}".as_bytes())
        }
    })
}

/// The words of a name joined by single spaces ([`Phrase::name`] joined), borrowed from
/// `text` where they stand so there (most names), else built.
pub(super) fn join_name<'a>(text: &'a str, parts: &[Cow<'a, str>]) -> Cow<'a, str> {
    let [first, rest @ ..] = parts else {
        return Cow::Borrowed("");
    };
    if rest.is_empty() {
        return first.clone();
    }
    // A borrowed word is a slice of `text`: its offset is its distance from the text's start
    // (checked to lie inside; the words themselves are compared below, so a wrong guess
    // only costs the copy).
    let (base, at) = (text.as_ptr() as usize, first.as_ptr() as usize);
    let len = parts.iter().map(|w| w.len()).sum::<usize>() + rest.len();
    if let (Cow::Borrowed(_), Some(from)) = (first, at.checked_sub(base))
        && let Some(found) = from.checked_add(len).and_then(|end| text.get(from..end))
    {
        let mut left = found;
        let same = parts.iter().enumerate().all(|(n, w)| {
            let sep = if n == 0 { "" } else { " " };
            match left
                .strip_prefix(sep)
                .and_then(|l| l.strip_prefix(w.as_ref()))
            {
                Some(l) => {
                    left = l;
                    true
                }
                None => false,
            }
        });
        if same && left.is_empty() {
            return Cow::Borrowed(found);
        }
    }
    Cow::Owned(parts.join(" "))
}

/// A role noun ends a title only when a name follows it or the phrase ends with it; "head
/// of state" keeps "of state" in the title.
fn is_role_word_of_title(words: &Words, idx: usize, end: usize) -> bool {
    idx + 1 == end || matches!(words.part(idx + 1), Part::Name { .. } | Part::Honorific(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`cut_phrase_into`] a phrase of its own.
    fn cut_phrase<'a>(words: &Words<'a>, range: (usize, usize)) -> Phrase<'a> {
        let mut phrase = Phrase::empty();
        cut_phrase_into(words, range, &mut phrase);
        phrase
    }

    /// Empty memo cells for `n` tokens.
    fn memo(n: usize) -> Vec<Cell<Memo>> {
        vec![Cell::new(Memo::default()); n]
    }

    #[test]
    fn nationalities_are_adjectives_not_countries() {
        assert!(NATIONALITIES.iter().all(|w| is_nationality(w)));
        assert!(is_nationality("canadian") && !is_nationality("canada"));
    }

    #[test]
    fn every_phrase_part_has_a_phrase_part_shape() {
        let words = FLAGGED_LISTS
            .iter()
            .flat_map(|&(list, _)| list.iter().copied())
            .chain(HONORIFICS.iter().map(|&(w, _)| w))
            .chain(PRONOUNS.iter().map(|&(w, _)| w));
        for w in words.filter(|w| word_flags(w) & PHRASE_PARTS != 0) {
            let b = w.as_bytes();
            assert!(may_be_phrase_part(b[0], b[b.len() - 1], b.len()), "{w}");
        }
    }

    #[test]
    fn parts_pack_into_the_memo_and_back() {
        let genders = [
            Gender::Male,
            Gender::Female,
            Gender::Plural,
            Gender::Unknown,
        ];
        let mut parts = vec![
            Part::Det,
            Part::Possessive,
            Part::Role,
            Part::Source,
            Part::Modifier,
            Part::Joiner,
            Part::And,
            Part::Other,
        ];
        for g in genders {
            parts.extend([Part::Honorific(g), Part::Pronoun(g)]);
        }
        for end in [8, 9, 1030] {
            parts.push(Part::Name { end });
        }
        for part in parts {
            let packed = PackedPart::pack(part, 7).expect("fits");
            assert_ne!(packed, 0);
            assert_eq!(PackedPart::unpack(packed, 7), Some(part));
        }
        assert_eq!(PackedPart::pack(Part::Name { end: 1031 }, 7), None);
        assert_eq!(PackedPart::unpack(0, 7), None);
    }

    #[test]
    fn name_joiner_bytes_are_the_joiners() {
        for w in NAME_JOINERS {
            assert!(is_name_joiner_bytes(w.as_bytes()), "{w}");
        }
        let listed = |w: &&[u8]| NAME_JOINERS.iter().any(|j| j.as_bytes() == *w);
        for w in [&b"of"[..], b"ofs", b"o", b"an", b"and", b"vans", b"Of"] {
            assert_eq!(is_name_joiner_bytes(w), listed(&w), "{w:?}");
        }
        // The keys `Words::is_joiner_at` looks up, read from a word with a byte after it.
        for w in NAME_JOINERS
            .iter()
            .map(|w| w.as_bytes())
            .chain([&b"on"[..], b"ed", b"for"])
        {
            let key = joiner_key(&[w, b" "].concat(), w.len());
            assert_eq!(JOINER_SLOTS[joiner_slot(key)] == key, listed(&w), "{w:?}");
        }
    }
    use crate::extract::lex::lex;

    /// What each paragraph's reading leaves in an article's memo, once its edges are
    /// forgotten, is what the article's reading answers by itself: "Jan" before a name in the
    /// next paragraph, a month surname opening a paragraph, initials going on into a name.
    #[test]
    fn an_article_memo_keeps_only_what_the_article_would_answer() {
        for text in [
            "He met Jan\n\nBerry said so.",
            "Told by Theresa\n\nMay to go.",
            "It was George W.\n\nBush who said it.",
            "F. de\n\nKlerk said.",
            "Police met A. de\n\nB. de C. Smith",
        ] {
            let tokens = lex(text);
            let lowered = text.to_ascii_lowercase();
            let shared = ArticleMemo::new(tokens.len());
            let split = tokens.partition_point(|t| !text[..t.start as usize].contains('\n'));
            for (first, last) in [(0, split), (split, tokens.len())] {
                let words = Words {
                    text,
                    tokens: &tokens[first..last],
                    lowered: &lowered,
                    memo: shared.cells(first, last - first),
                };
                for idx in 0..last - first {
                    words.name_unit(idx);
                    words.part(idx);
                }
                shared.forget_edges(text, &tokens[first..last], first);
            }
            let fresh = memo(tokens.len());
            let article = |memo| Words {
                text,
                tokens: &tokens,
                lowered: &lowered,
                memo,
            };
            let (kept, anew) = (article(shared.cells(0, tokens.len())), article(&fresh));
            for idx in 0..tokens.len() {
                assert_eq!(
                    kept.name_unit(idx),
                    anew.name_unit(idx),
                    "{text}: unit {idx}"
                );
                assert_eq!(kept.part(idx), anew.part(idx), "{text}: part {idx}");
            }
        }
    }

    /// `check` run on the words of `text`, lexed by itself, with an empty memo.
    fn with_words<R>(text: &str, check: impl FnOnce(&Words) -> R) -> R {
        let tokens = lex(text);
        let lowered = text.to_ascii_lowercase();
        let memo = memo(tokens.len());
        check(&Words {
            text,
            tokens: &tokens,
            lowered: &lowered,
            memo: &memo,
        })
    }

    fn check_left(text: &str, expected: &str) {
        // The phrase before the last token, which is the verb.
        let got = with_words(text, |words| {
            words
                .np_left(words.tokens.len() - 1)
                .map(|r| words.span(r).of(text).to_owned())
                .unwrap_or_default()
        });
        assert_eq!(got, expected, "{text}");
    }

    fn check_cut(text: &str, expected: &str) {
        let got = with_words(text, |words| {
            let p = cut_phrase(words, (0, words.tokens.len()));
            format!("{} | {}", p.title.join(" "), p.name.join(" "))
        });
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn speaker_phrases_before_a_verb() {
        check_left("The Russian president told", "The Russian president");
        check_left(
            "At the meeting, the Russian president said",
            "the Russian president",
        );
        check_left(
            "Kremlin Spokesman Dmitry Peskov told",
            "Kremlin Spokesman Dmitry Peskov",
        );
        check_left("Ms Hewitt said", "Ms Hewitt");
        check_left(
            "Liberal Democrat spokeswoman for women Sandra Gidley said",
            "Sandra Gidley",
        );
        check_left(
            "a spokesman for the company said",
            "a spokesman for the company",
        );
        check_left(
            "director general of the British Chambers of Commerce said",
            "director general of the British Chambers of Commerce",
        );
        check_left(
            "the outgoing foreign minister said",
            "the outgoing foreign minister",
        );
        check_left("in this area, he said", "he");
        check_left(
            "Trade and Industry Secretary Patricia Hewitt said",
            "Trade and Industry Secretary Patricia Hewitt",
        );
        check_left("Russia's ambassador said", "Russia's ambassador");
        check_left("the plan was said", "");
        check_left("officials said", "officials");
        check_left(
            "The Russian head of state told",
            "The Russian head of state",
        );
    }

    #[test]
    fn title_word_filter_passes_every_title_word() {
        let may_be_title_bytes = |bytes: &[u8]| match (bytes.first(), bytes.last()) {
            (Some(&first), Some(&last)) => may_be_title_shape(first, last, bytes.len()),
            _ => false,
        };
        let roles = ROLE_NOUNS.iter().chain(DEMONYMS);
        for w in roles.chain(HONORIFICS.iter().map(|(h, _)| h)) {
            assert!(may_be_title_bytes(w.as_bytes()), "{w}");
            assert!(may_be_title_bytes(w.to_ascii_uppercase().as_bytes()), "{w}");
        }
        for w in ["the", "said", "to", "and", "of", "a", ""] {
            assert!(!may_be_title_bytes(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn plain_titled_names_are_cut_phrases() {
        // The text, where its title opens, the title word, and whether it is read with no cut.
        for (text, start, title, plain) in [
            ("President Vladimir Putin", 0, 0, true),
            ("Russian President Vladimir Putin", 0, 1, true),
            ("Labour leader Tony Blair", 0, 1, true),
            ("prime minister Tony Blair", 0, 1, true),
            ("actress Helen Mirren", 0, 0, true),
            ("Mr Blair", 0, 0, true),
            ("Ms Hewitt", 0, 0, true),
            ("Mr Blair's", 0, 0, true),
            ("President Vladimir Putin's", 0, 0, true),
            ("President Putin's", 0, 0, false),
            ("Mr Blair's Tony", 0, 0, false),
            ("Labour leader Mr Blair", 0, 2, false),
            ("President F.W. de Klerk", 0, 0, false),
            ("Secretary General Kofi Annan", 0, 1, true),
        ] {
            with_words(text, |words| {
                let end = words.tokens.len();
                let got = plain_titled(words, (start, title, end), words.part(title), false);
                let from = title + 1;
                if let Run::Plain(name_end) = plain_run(words, from) {
                    let told =
                        plain_titled(words, (start, title, name_end), words.part(title), true);
                    let want =
                        plain_titled(words, (start, title, name_end), words.part(title), false);
                    assert_eq!(told, want, "{text}");
                }
                assert_eq!(got.is_some(), plain, "{text}");
                let Some((title, gender, name)) = got else {
                    return;
                };
                let p = cut_phrase(words, (start, end));
                assert_eq!(title, p.title, "{text}");
                assert_eq!(gender, p.gender, "{text}");
                assert_eq!(name.name, join_name(text, &p.name), "{text}");
                let first = p.name.first().map_or(0, |w| w.len());
                let last = name.name.len() - p.name.last().map_or(0, |w| w.len());
                assert_eq!((name.first_end, name.last_start), (first, last), "{text}");
            });
        }
    }

    #[test]
    fn bare_names_are_cut_phrases_with_no_title() {
        for text in [
            "Vladimir Putin",
            "Russian President Vladimir Putin",
            "Kim Jong Un",
            "Bank of England",
            "Aist-2D Smith",
            "Theresa May",
            "the company",
            "Ms Hewitt",
            "Paul Tellier",
            "Chief Executive",
        ] {
            with_words(text, |words| {
                let range = (0, words.tokens.len());
                let p = cut_phrase(words, range);
                let want = (p.title.is_empty() && p.name.len() >= 2).then(|| p.name.join(" "));
                let got = bare_name(words, range, &mut String::new());
                if let Some(got) = &got {
                    let spaces = (got.name.find(' '), got.name.rfind(' '));
                    assert_eq!(
                        spaces,
                        (Some(got.first_end), Some(got.last_start - 1)),
                        "{text}"
                    );
                }
                assert_eq!(got.map(|b| b.name.into_owned()), want, "{text}");
                assert_eq!(join_name(text, &p.name), p.name.join(" "), "{text}");
            });
        }
    }

    /// Holds [`plain_run`] to [`Words::name`] and [`plain_bare_name`] to [`bare_name`] at
    /// every capitalised word of `text`, each read with a memo of its own; answers how many
    /// runs were told plain.
    fn assert_plain_runs_agree(text: &str) -> usize {
        let mut plain = 0;
        with_words(text, |fast| {
            with_words(text, |slow| {
                for idx in 0..fast.tokens.len() {
                    if !fast.is_capitalised_at(idx) {
                        continue;
                    }
                    let end = match plain_run(fast, idx) {
                        Run::Plain(end) => end,
                        Run::NoName => {
                            assert_eq!(slow.name(idx), None, "{text:?}: no name at {idx}");
                            continue;
                        }
                        Run::Other => continue,
                    };
                    plain += 1;
                    assert_eq!(Some(end), slow.name(idx), "{text:?}: name at {idx}");
                    let want = bare_name(slow, (idx, end), &mut String::new())
                        .map(|b| (b.name, b.first_end, b.last_start));
                    let got = plain_bare_name(fast, (idx, end))
                        .map(|b| (b.name, b.first_end, b.last_start));
                    assert_eq!(got, want, "{text:?}: bare name at {idx}");
                }
            })
        });
        plain
    }

    #[test]
    fn plain_runs_are_names_read_in_full() {
        let texts = [
            "Paul Tellier, who was also there, met Vladimir Putin.",
            "Kim Jong Un said",
            "Bank of England Governor Mervyn King",
            "Aist-2D Smith and Soyuz-2.1a Jones",
            "Theresa May and Jan Berry met in Jan 2005.",
            "E.F. Hutton and George W. Bush and F.W. de Klerk",
            "U.S. Secretary of State George Shultz",
            "HEADLINE WORDS\nJohn Smith said",
            "John  Smith said, John\tSmith said",
            "Tony Blair's Labour Party The Prime Minister Mr Blair",
            "Smith-Jones Ltd and Smith- Jones and Smith. Jones",
            "Chelsea's William Gallas (Arsenal) José Mourinho Île Bertrand",
            "Nicolas Sarkozy 2005 Paris France",
            "Jacques Chirac",
        ];
        let plain: usize = texts.iter().map(|t| assert_plain_runs_agree(t)).sum();
        assert!(plain >= 10, "only {plain} runs told plain");
    }

    proptest::proptest! {
        #[test]
        fn plain_runs_agree_on_any_text(
            text in "([A-Z][a-z]{0,8}|[A-Z]{1,4}|[a-z]{1,8}|of|de|van|The|Jan|May|Mr|[0-9]{1,3}\
                |[ \n.,'-]|  |\u{e9}|\u{c9}cole|\u{2019}s){0,30}"
        ) {
            assert_plain_runs_agree(&text);
        }
    }

    #[test]
    fn plain_runs_agree_on_the_bbc_corpus() {
        let Some(texts) = crate::extract::bbc_corpus() else {
            return;
        };
        let plain: usize = texts.iter().map(|text| assert_plain_runs_agree(text)).sum();
        // Most of the corpus's untitled names are plain runs (about 12,500 of 22,000).
        assert!(plain > 10_000, "only {plain} runs told plain");
    }

    #[test]
    fn phrases_cut_into_title_and_name() {
        check_cut(
            "Russian President Vladimir Putin",
            "russian president | Vladimir Putin",
        );
        check_cut("the North Korean leader", "north korean leader | ");
        check_cut("Ms Hewitt", " | Hewitt");
        check_cut("Kim Jong Un", " | Kim Jong Un");
        check_cut("The Russian head of state", " | ");
        check_cut("the company", " | ");
    }
}
