//! Quotes and their speakers: the quoted words, and the person the text says spoke them.
//!
//! [`find`] works on one paragraph: it pairs quote marks, then looks for the attribution
//! in the quote's own sentence. [`resolve_speakers`] then works on the whole article,
//! turning "the Russian president" or "he" into the person named earlier.
//!
//! # Grammar
//!
//! Quote marks:
//! - straight and typographic double quotes: `"shows great interest"`, `“good expertise”`;
//!   a straight mark opens when whitespace is on its left and closes when whitespace or
//!   punctuation is on its right, else it toggles.
//! - single quotes inside double ones belong to the outer quote: `"he called it 'a gift'"`;
//!   single quotes at top level (British headline style) are quotes when they pair within
//!   the paragraph: `Call centre users 'lose patience'`.
//! - an opening mark while a quote is open ends the open quote just before it, and the new
//!   quote continues the same speech (`"…26 weeks. "We are going…"`, the continuing-paragraph
//!   convention with its break lost); a quote still open at the paragraph end runs to it.
//! - a one- or two-word quote is still a quote (`"desperate"`); it has a speaker only when
//!   an attribution says so, like any quote.
//!
//! Attribution, in order of preference (the speaker is the subject of a speech verb):
//! 1. right after the quote: `"…," said Mr Smith`, `"…," he said`, `"…," Peskov told TASS`.
//! 2. the nearest speech verb before the quote in its sentence: `Ms Hewitt said: "…"`,
//!    `The Russian president told reporters that the North Korean leader "shows…"` (the subject
//!    of "told", not of "shows"), `according to X, "…"`. A verb coordinated with an
//!    earlier one takes the sentence subject: `The North Korean leader expressed support…,
//!    called relations with Moscow "the top priority"`; so does a participle (`…, saying "…"`),
//!    unless it follows a speech verb's clause, whose subject it goes on with: `Banks have
//!    half the seats, he said, adding "…"` is his, `he told the court, saying "…"` too.
//!    A passive verb names the speaker only with "by": `was described by aides as "…"`.
//! 3. a closing clause of the quote's sentence: `Russia has acquired "good expertise" in this
//!    area, he said.`
//! 4. a quote that is a sentence of its own, with no attribution, continues the speech of
//!    the previous sentence: `She said … . "We have made a firm commitment."`.
//!
//! A role after "said" or "according to" that a name follows between commas is that person:
//! `"…," said Opera spokeswoman, Berit Hanson.` (Berit Hanson), `said its chief executive, Sir
//! Howard Newby`; a one-word name there may open a list and is left (`said its director, Smith
//! and Jones`: the director).
//!
//! Speech verbs are a closed list (`said`, `told`, `added`, `noted`, `stressed`, `warned`,
//! `recalled`, `called`, `described`, `insisted`…). A quote that merely mentions someone
//! ("the leader "shows great interest"") is not theirs: only a verb's subject speaks.
//!
//! # Cost
//!
//! An article's quote marks are classified once ([`article_marks`]), for its paragraphs and
//! the speaker pass alike, from the marks the lexer lists by their first byte as possible
//! quote marks and stops (`lex::Tokens`), not from every token; the same pass lists its
//! stops with them. Most paragraphs hold no quote mark, and [`find`] stops there after
//! a comparison or two (paragraphs come in order, and each counts its share of the marks on
//! from the last one's). Sentence starts are decided only at those stops and after line
//! breaks (found with `memchr`), and the quote around a stop is followed as the stops move
//! on: no pass walks a paragraph's words for them, and no stop searches the quotes; nor are
//! the stops past the sentence of the paragraph's last quote mark read. Its pairs
//! and starts are written into room kept in the article's marks from paragraph to paragraph.
//! The searches for speech verbs and subordinators turn most words away by their first and
//! last bytes and length ([`names::Shapes`], as names does for titles) before any lookup, and
//! one lookup of a word's bytes as a key tells every list of the attribution grammar it is on
//! ([`attribution_flags`]).
//! [`resolve_speakers`] reads the people of the article (on the first speaker phrase that can name
//! someone: a name, a title or a singular pronoun) from the few tokens that can introduce one,
//! found by one walk that stops only at capitalised words and commas (told by a table of first
//! bytes): role nouns and honorifics right at or before a capitalised word, capitalised words a
//! second name word follows — not a touching comma or stop —, up to the last speaker phrase
//! (those past it are looked for only when asked: [`Later`]), and commas after a capitalised word
//! that an appositive role noun follows (most commas are turned away by the first byte of the word
//! before them, most others by the shapes of the words after them, with no lookup). A title right
//! before a plain name ("Mr Blair", most of them) is read with no cut of its phrase
//! (`names::plain_titled`). It hashes each person's key words on the first lookup (the last
//! words of names and the first words of titled ones, which alone a name can shorten to its start,
//! always asked together, in one pass; a lookup among a few dozen people
//! loads one mask of a hash bucket and compares words only at its bits; a sorted index serves past
//! that), cuts each speaker phrase once (and a speaker carried on to the next quote not again, nor
//! looks a phrase that is no pronoun up again), borrows names from the text rather than copying
//! them, and finds sentences only when a pronoun speaker needs sentence subjects: back from the
//! pronoun, one sentence at a time (a start depends only on the stop before it, or on the line
//! break before it), reading each one's subjects once, and not past the latest earlier speaker that
//! fits (a subject before it would lose to it). Only where a quote closes on the line after its
//! last word, which can put starts out of order, is the article split at once, as far as the last
//! pronoun phrase. Only a singular pronoun asks whom the earlier speakers were, so speakers from
//! the last such phrase on are not recorded (nor looked up by name).

use std::borrow::Cow;

use super::names::{self, Gender, Part, Phrase, Shapes, Words};
use super::{Data, Scan, Speaker, Value};
use crate::extract::lex::{self, Token};
use crate::span::Span;

/// One pair of quote marks, as token indices.
#[derive(Clone, Copy, Debug)]
struct Pair {
    open: usize,
    /// The closing mark; `None` when the quote was ended by another opening mark or by the
    /// end of the paragraph.
    close: Option<usize>,
    /// The token after the quoted words.
    words_end: usize,
}

/// The pair whose marks enclose token `idx` (from its opening mark to its closing mark or
/// last word), found by binary search: pairs are sorted by `open` and never overlap (a
/// double mark ends any open quote; singles pair only outside doubles), so a paragraph of
/// nothing but quote marks costs `O(log pairs)` per question, not a scan of every pair.
fn pair_at(pairs: &[Pair], idx: usize) -> Option<&Pair> {
    let after = pairs.partition_point(|p| p.open <= idx);
    let pair = pairs.get(after.checked_sub(1)?)?;
    (idx <= pair.close.unwrap_or(pair.words_end.saturating_sub(1))).then_some(pair)
}

/// How far before a quote its speech verb is looked for, in tokens. A news sentence runs
/// to about 80 tokens; the bound keeps a paragraph of thousands of quotes linear.
const MAX_ATTRIBUTION_TOKENS: usize = 200;

/// How many tokens a speech verb may stand before the comma that a participle saying more
/// follows: its object or place ("he told the federal court, saying").
const SPEECH_CLAUSE_TAIL: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark: which it is depends on its neighbours.
    Either,
}

/// What quote mark token `tok` is: double or single, and its direction.
///
/// The straight marks, most of them, are told by their byte, and their neighbours are read
/// as bytes where ASCII (decoded only where not): no char iteration per mark.
fn classify(text: &str, tok: Token) -> Option<(bool, Mark)> {
    if !may_be_mark(text, tok) {
        return None;
    }
    let bytes = text.as_bytes();
    let (start, end) = (tok.start as usize, tok.end as usize);
    let (double, mark) = match bytes.get(start) {
        Some(b'"') => (true, Mark::Either),
        Some(b'\'') => (false, Mark::Either),
        _ => match tok.text(text).chars().next()? {
            '\u{201C}' | '\u{201E}' | '\u{00AB}' => (true, Mark::Open),
            '\u{201D}' | '\u{00BB}' => (true, Mark::Close),
            '\u{2018}' => (false, Mark::Open),
            '\u{2019}' => (false, Mark::Close),
            _ => return None,
        },
    };
    if mark != Mark::Either {
        return Some((double, mark));
    }
    let before = match start.checked_sub(1).map(|i| bytes[i]) {
        Some(b) if b.is_ascii() => Some(char::from(b)),
        None => None,
        Some(_) => text[..start].chars().next_back(),
    };
    let after = char_at(text, end);
    // A straight mark between a word and a clitic is an apostrophe, as wire copy types it
    // ("Iran"s quota", "we don"t"); a mark glued to a whole word still quotes ("of"squabbling").
    if before.is_some_and(char::is_alphabetic) && is_clitic_at(text, end) {
        return None;
    }
    let opens = after.is_some_and(|c| !c.is_whitespace())
        && before.is_none_or(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':'
                )
        });
    let closes = before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                )
        });
    let mark = match (opens, closes) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ => Mark::Either,
    };
    Some((double, mark))
}

/// The char starting at byte `at` of `text` (a char boundary), read as a byte where ASCII.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        None => None,
        Some(_) => text.get(at..)?.chars().next(),
    }
}

/// Whether the letters from byte `at` on (all of them, up to the first char that is no
/// letter) are a clitic: "s", "t", "d", "m", "re", "ve", "ll", in any case. A clitic is ASCII
/// and at most two letters long, so at most three chars are read.
fn is_clitic_at(text: &str, at: usize) -> bool {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let letters = rest
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if !(1..=2).contains(&letters) {
        return false;
    }
    // The letters must end there: a non-ASCII letter would go on with them.
    if char_at(text, at + letters).is_some_and(char::is_alphabetic) {
        return false;
    }
    let clitic = &rest[..letters];
    ["s", "t", "d", "m", "re", "ve", "ll"]
        .iter()
        .any(|c| clitic.eq_ignore_ascii_case(c.as_bytes()))
}

/// Whether token `tok` may be a quote mark, by its first byte: `"`, `'`, or the lead byte of
/// `“ ” „ ‘ ’` (0xE2) or `« »` (0xC2). One load and compare per token, so a paragraph with
/// no quote mark costs next to nothing before [`classify`] decodes anything.
fn may_be_mark(text: &str, tok: Token) -> bool {
    tok.kind == lex::Tok::Punct
        && matches!(
            text.as_bytes().get(tok.start as usize),
            Some(b'"' | b'\'' | 0xE2 | 0xC2)
        )
}

/// Whether a token starting with byte `b` may be a quote mark ([`may_be_mark`]) or a stop
/// ([`STOP_FIRST`]): one table load per punctuation token.
const MARK_OR_STOP_FIRST: [bool; 256] = {
    let mut table = STOP_FIRST;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xC2] = true;
    table
};

/// Whether punctuation token `tok` is a stop: ".", "?", "!" alone, or "…" (E2 80 A6).
fn is_stop(bytes: &[u8], tok: Token) -> bool {
    let (start, end) = (tok.start as usize, tok.end as usize);
    match bytes.get(start) {
        Some(b'.' | b'?' | b'!') => end == start + 1,
        Some(0xE2) => bytes.get(start..end) == Some("\u{2026}".as_bytes()),
        _ => false,
    }
}

/// Whether a token starting with byte `b` may end a sentence: ".", "?", "!", or 0xE2, the
/// lead byte of "…". One table load per mark.
const STOP_FIRST: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[0xE2] = true;
    table
};

/// Longest top-level single-quoted stretch, in tokens: beyond it a stray apostrophe
/// ("the '80s", "leaders'") is likelier than a quote.
const MAX_SINGLE_TOKENS: usize = 60;

/// A quote mark of a text: its token, what [`classify`] says of it, and whether a letter
/// follows it (a single mark opens a quote only before one; false for a double mark).
#[derive(Clone, Copy, Debug)]
pub(super) struct QuoteMark {
    idx: u32,
    double: bool,
    mark: Mark,
    before_letter: bool,
}

/// The quote marks and the stops (".", "?", "!", "…") of a text, each in token order: the
/// marks for pairing, the stops for [`sentence_starts`].
pub(super) struct Marks {
    quotes: Vec<QuoteMark>,
    /// The stops' token indices.
    stops: Vec<u32>,
    /// Where the last paragraph's [`find`] started, and how many quote marks lie before it:
    /// paragraphs come in order, so the next one counts its marks on from there rather than
    /// searching the article's.
    passed: std::cell::Cell<(usize, usize)>,
    /// The pairs and sentence starts of the last paragraph [`find`] read, kept so that the
    /// next one reuses their room rather than allocating its own (two allocations per
    /// paragraph with a quote).
    scratch: std::cell::Cell<(Vec<Pair>, Vec<usize>)>,
}

/// The quote marks and stops of the text `tokens` were cut from.
///
/// An article's marks are found once ([`article_marks`]) and serve both its paragraphs'
/// [`find`] and [`resolve_speakers`]: a paragraph read from the article's tokens has
/// whitespace (or nothing) on both sides, and a mark's class depends only on the chars next
/// to it, which the paragraph's edge leaves the same (nothing and whitespace are read alike).
///
/// Tokens from the lexer come with the list of the punctuation that may be a mark or a stop
/// (`lex::Tokens`), and only those are read; other tokens are all read.
pub(super) fn article_marks(text: &str, tokens: &(impl lex::Tokens + ?Sized)) -> Marks {
    let (listed, tokens) = (tokens.quote_stops(), tokens.all());
    // Room for a quote mark per 20 tokens and a stop per 10 (BBC news averages one per 40 and
    // per 50; room for twice the stops still grew in articles of short sentences, +0.26 M):
    // nearly every article's marks fit at once, where growing by doubling copied them.
    let mut marks = Marks {
        quotes: Vec::with_capacity(tokens.len() / 20),
        stops: Vec::with_capacity(tokens.len() / 10),
        passed: std::cell::Cell::new((0, 0)),
        scratch: std::cell::Cell::default(),
    };
    let bytes = text.as_bytes();
    // One test of the kind and first byte per token read: finding the mark bytes with
    // `memchr` instead cost more (tried twice; a paragraph is too short for a vector search
    // to pay, and each hit costs a galloping search for its token). The lexer's list, written
    // where it has each mark's first byte at hand, spares reading the fourteen tokens in
    // fifteen that are words or other marks (4.8 M instructions per BBC round, where writing
    // the list costs the lexer 2.2 M), and the test itself, which it passed there (0.5 M);
    // tokens with no list are all read and tested. The stops are kept on the same pass, so
    // that [`find`] reads its sentence starts from them with no walk of its own.
    let mut read = |idx: usize, tok: Token| {
        // A stop is no quote mark ("…" is none of `classify`'s chars): told first, as stops
        // outnumber the marks.
        if is_stop(bytes, tok) {
            marks.stops.push(idx as u32);
            return;
        }
        let Some((double, mark)) = classify(text, tok) else {
            return;
        };
        marks.quotes.push(QuoteMark {
            idx: idx as u32,
            double,
            mark,
            // Read for single marks only ([`pair`] asks no double mark), most marks being
            // double.
            before_letter: !double
                && char_at(text, tok.end as usize).is_some_and(char::is_alphabetic),
        });
    };
    let may_be_mark_or_stop = |tok: &Token| {
        tok.kind == lex::Tok::Punct
            && bytes
                .get(tok.start as usize)
                .is_some_and(|&b| MARK_OR_STOP_FIRST[usize::from(b)])
    };
    match listed {
        // The lexer lists the punctuation of these first bytes, and only it.
        Some(listed) => {
            for &idx in listed {
                let idx = idx as usize;
                let Some(&tok) = tokens.get(idx) else {
                    continue;
                };
                debug_assert!(may_be_mark_or_stop(&tok));
                read(idx, tok);
            }
        }
        None => {
            for (idx, &tok) in tokens.iter().enumerate() {
                if may_be_mark_or_stop(&tok) {
                    read(idx, tok);
                }
            }
        }
    }
    marks
}

/// The marks of an article that lie in one of its paragraphs: the paragraph's tokens are the
/// article's from `first` on.
#[derive(Clone, Copy)]
pub(super) struct ParagraphMarks<'m> {
    pub marks: &'m Marks,
    pub first: usize,
    /// The names memo of the text whose tokens the paragraph's are.
    pub names: &'m names::ArticleMemo,
}

/// Pairs `marks`, those of a text of `len` tokens (token indices relative to it), into
/// `pairs` (cleared first), in order of their opening marks.
fn pair(marks: impl Iterator<Item = QuoteMark>, len: usize, pairs: &mut Vec<Pair>) {
    pairs.clear();
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    for QuoteMark {
        idx,
        double,
        mark,
        before_letter,
    } in marks
    {
        let idx = idx as usize;
        if double {
            open_single = None;
            let opens = match mark {
                Mark::Open => true,
                Mark::Close => false,
                Mark::Either => open_double.is_none(),
            };
            match (opens, open_double) {
                (true, Some(open)) => {
                    pairs.push(Pair {
                        open,
                        close: None,
                        words_end: idx,
                    });
                    open_double = Some(idx);
                }
                (true, None) => open_double = Some(idx),
                (false, Some(open)) => {
                    pairs.push(Pair {
                        open,
                        close: Some(idx),
                        words_end: idx,
                    });
                    open_double = None;
                }
                (false, None) => {}
            }
        } else if open_double.is_none() {
            // Singles inside a double quote are nested quotes: part of the outer words.
            match (mark, open_single) {
                (Mark::Open, _) | (Mark::Either, None) if before_letter => open_single = Some(idx),
                (Mark::Close | Mark::Either, Some(open)) => {
                    if idx - open <= MAX_SINGLE_TOKENS && idx > open + 1 {
                        pairs.push(Pair {
                            open,
                            close: Some(idx),
                            words_end: idx,
                        });
                    }
                    open_single = None;
                }
                _ => {}
            }
        }
    }
    if let Some(open) = open_double {
        pairs.push(Pair {
            open,
            close: None,
            words_end: len,
        });
    }
    pairs.sort_by_key(|p| p.open);
}

/// The line breaks of a text, as the tokens after them (a break is never inside a token, so
/// it lies in the gap before that one), and where [`StopCandidates`] stands: the breaks are
/// found with `memchr` (most paragraphs hold none, and pay one call), and the token after
/// each by a binary search.
struct Breaks<'t> {
    tokens: &'t [Token],
    /// The breaks from byte `from` of the text on, at offsets from there.
    breaks: memchr::Memchr<'t>,
    from_byte: usize,
    /// The next token not yet passed, and the end of the walk.
    from: usize,
    until: usize,
    /// The first token past the next break not yet passed (`until` when none is left).
    after_break: usize,
}

impl<'t> Breaks<'t> {
    fn new(text: &'t str, from: usize, tokens: &'t [Token], until: usize) -> Self {
        let until = until.min(tokens.len());
        let mut candidates = Breaks {
            tokens,
            breaks: memchr::memchr_iter(b'\n', text.as_bytes().get(from..).unwrap_or_default()),
            from_byte: from,
            from: 0,
            until,
            after_break: until,
        };
        candidates.pass_break(0);
        candidates
    }

    /// Moves to the first break at or after byte `at`, and finds the token after it.
    fn pass_break(&mut self, at: usize) {
        let from = self.from_byte;
        // No break left (most paragraphs hold none): no token lies past one.
        let Some(next_break) = self.breaks.find(|&b| b + from >= at).map(|b| b + from) else {
            self.after_break = self.until;
            return;
        };
        let rest = self.tokens.get(self.from..self.until).unwrap_or_default();
        self.after_break = self.from + rest.partition_point(|t| (t.start as usize) < next_break);
    }
}

/// Where each sentence of a text starts, as token indices (the first is 0), into `starts`
/// (cleared first): those found at tokens before `until` (a start found there may lie past
/// it), which are the first starts of a full pass, in its order; and only as far as the
/// sentence of token `need` (the last one asked about) ends, where the starts come in order
/// (see [`starts_at`]). `stops` are the text's stops ([`Marks::stops`], token indices less
/// `first`): only they and the tokens after line breaks are visited, with no walk over the
/// words. The text's first byte is `from` of `words.text` (a paragraph's).
///
/// A stop ends a sentence before a capitalised word, a digit or an opening quote, unless it
/// ends an abbreviation ("Mr.", "a.m.", "U.S."). Stops inside a quote end the sentence only
/// when the quote closes right after them and a new sentence follows.
fn sentence_starts(
    words: &Words,
    from: usize,
    pairs: &[Pair],
    stops: &[u32],
    first: usize,
    (until, need): (usize, usize),
    starts: &mut Vec<usize>,
) {
    let tokens = words.tokens;
    let candidates = StopCandidates {
        breaks: Breaks::new(words.text, from, tokens, until),
        stops,
        first,
    };
    starts_at(words, pairs, candidates, need, starts);
}

/// The candidates of [`sentence_starts`]: the `stops`, merged with the tokens after line
/// breaks (a token that is both comes once, as after a break).
struct StopCandidates<'t> {
    /// Walked only from break to break: its `after_break` and `pass_break`.
    breaks: Breaks<'t>,
    /// The stops not yet passed, as token indices plus `first`.
    stops: &'t [u32],
    first: usize,
}

impl Iterator for StopCandidates<'_> {
    type Item = (usize, bool);

    #[inline]
    fn next(&mut self) -> Option<(usize, bool)> {
        let walk = &mut self.breaks;
        // The next stop not yet passed.
        while let Some((&stop, rest)) = self.stops.split_first() {
            let idx = (stop as usize).wrapping_sub(self.first);
            if idx >= walk.until {
                // The stops are in order: none is left before `until`.
                self.stops = &[];
                break;
            }
            if idx >= walk.from {
                if idx < walk.after_break {
                    self.stops = rest;
                    walk.from = idx + 1;
                    return Some((idx, false));
                }
                break;
            }
            self.stops = rest;
        }
        let idx = walk.after_break;
        if idx >= walk.until {
            walk.from = walk.until;
            return None;
        }
        walk.from = idx + 1;
        walk.pass_break(walk.tokens[idx].start as usize);
        Some((idx, true))
    }
}

/// The sentence starts from the tokens `candidates` yields, into `starts` (cleared first):
/// each stop (a punctuation token [`is_stop`] says is one), in order, and each token after a
/// line break, flagged.
///
/// Stops at the first candidate past token `need` once a start past it is found, where the
/// starts so far increase: a candidate gives starts at or after itself, so the rest lie past
/// `need` too, and a search of the starts for the sentence of a token up to `need` answers
/// the same without them. (A quote's stops past its last one's sentence, most paragraphs'
/// last sentences, are not read.)
fn starts_at(
    words: &Words,
    pairs: &[Pair],
    candidates: impl Iterator<Item = (usize, bool)>,
    need: usize,
    starts: &mut Vec<usize>,
) {
    let tokens = words.tokens;
    let bytes = words.text.as_bytes();
    // News text runs to a sentence per 20 tokens or so: room for them at once, rarely grown.
    starts.clear();
    starts.reserve(tokens.len() / 16 + 1);
    starts.push(0);
    // The pairs opening at or before the candidate, counted as the candidates move on (they
    // come in order): [`pair_at`] with no search per stop.
    let mut opened = 0;
    // Whether `starts` increases so far: then a start past `need` ends every sentence
    // asked about, and the candidates after it, past `need` too, give only later starts.
    let mut sorted = true;
    for (idx, follows_break) in candidates {
        if idx > need && sorted && starts.last().is_some_and(|&s| s > need) {
            break;
        }
        let tok = tokens[idx];
        if follows_break && idx > 0 && starts.last() != Some(&idx) {
            sorted &= starts.last().is_none_or(|&s| s < idx);
            starts.push(idx);
            continue;
        }
        // A token after a break may be a stop too; every other candidate is one.
        let stop = !follows_break || (tok.kind == lex::Tok::Punct && is_stop(bytes, tok));
        if !stop {
            continue;
        }
        while pairs.get(opened).is_some_and(|p| p.open <= idx) {
            opened += 1;
        }
        let inside = opened
            .checked_sub(1)
            .and_then(|n| pairs.get(n))
            .filter(|p| idx <= p.close.unwrap_or(p.words_end.saturating_sub(1)));
        let Some(next) = start_after_stop(words, idx, inside) else {
            continue;
        };
        if starts.last() != Some(&next) {
            sorted &= starts.last().is_none_or(|&s| s < next);
            starts.push(next);
        }
    }
}

/// Where the sentence that stop `idx` ends is followed by the next, if the stop ends one;
/// `inside` is the pair whose marks enclose it ([`pair_at`]).
///
/// Always inlined, as is [`is_abbreviation`]: with two callers (`sentence_starts` and the
/// speaker pass's walk back) the compiler kept both out of line, which cost `find` 0.4 to
/// 0.7 M instructions a BBC round.
#[inline(always)]
fn start_after_stop(words: &Words, idx: usize, inside: Option<&Pair>) -> Option<usize> {
    // Past the closing mark of a quote the stop ends.
    let mut next = idx + 1;
    if let Some(p) = inside.filter(|p| p.open < idx && idx < p.words_end) {
        if p.words_end != idx + 1 {
            return None;
        }
        next = p.close.map_or(idx + 1, |c| c + 1);
    }
    if is_abbreviation(words, idx) {
        return None;
    }
    let begins = match words.tokens.get(next) {
        None => false,
        Some(t) if t.is_word() => words.is_capitalised_at(next),
        Some(t) if t.is_digits() => true,
        Some(&t) => classify(words.text, t).is_some_and(|(_, m)| m != Mark::Close),
    };
    begins.then_some(next)
}

/// Whether stop `stop` ends an abbreviation rather than a sentence. Always inlined: see
/// [`start_after_stop`].
#[inline(always)]
fn is_abbreviation(words: &Words, stop: usize) -> bool {
    let Some(prev) = stop.checked_sub(1) else {
        return false;
    };
    let tok = words.tokens[prev];
    if !tok.is_word() || !words.tokens[stop].touches(tok) {
        return false;
    }
    // A char is at most four bytes, and so is every abbreviation below: most words before a
    // stop are longer, and are told by their length before any lowercasing.
    if tok.end - tok.start > 4 {
        return false;
    }
    let word = tok.text(words.text);
    let w = words.low(prev);
    // One character: its length is the word's.
    word.chars()
        .next()
        .is_some_and(|c| c.len_utf8() == word.len())
        || matches!(
            w,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "prof"
                | "st"
                | "gen"
                | "lt"
                | "col"
                | "capt"
                | "sgt"
                | "rev"
                | "gov"
                | "sen"
                | "rep"
                | "jr"
                | "sr"
                | "no"
                | "vs"
                | "mt"
                | "ft"
        )
}

/// Verbs whose subject is the speaker of what they introduce.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "stressed",
    "stresses",
    "warned",
    "warns",
    "recalled",
    "recalls",
    "called",
    "described",
    "describes",
    "dismissed",
    "branded",
    "labelled",
    "labeled",
    "termed",
    "dubbed",
    "explained",
    "explains",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "declared",
    "announced",
    "asked",
    "asks",
    "replied",
    "replies",
    "wrote",
    "writes",
    "admitted",
    "admits",
    "acknowledged",
    "observed",
    "commented",
    "remarked",
    "suggested",
    "emphasised",
    "emphasized",
    "urged",
    "promised",
    "vowed",
    "pledged",
    "predicted",
    "conceded",
    "concedes",
    "confirmed",
    "denied",
    "denies",
    "continued",
    "stated",
    "maintained",
    "quipped",
    "joked",
    "boasted",
    "complained",
    "protested",
    "cautioned",
    "revealed",
    "saying",
    "adding",
    "telling",
    "warning",
    "noting",
    "arguing",
    "insisting",
    "describing",
    "calling",
    "answered",
    "responded",
    "shouted",
    "tweeted",
    "posted",
    "praised",
    "lauded",
    "hailed",
    "criticised",
    "criticized",
    "attacked",
    "condemned",
    "slammed",
    "accused",
    "praising",
    "lauding",
    "hailing",
    "criticising",
    "criticizing",
    "accusing",
    "commenting",
    "explaining",
    "replying",
];

/// Whether token `idx` is a word that may be on the list of `shapes` in any case: false
/// means certainly not. The searches for verbs and subordinators ask this of every word they
/// pass before any lookup.
fn may_be(shapes: &Shapes, words: &Words, idx: usize) -> bool {
    let Some(&tok) = words.tokens.get(idx) else {
        return false;
    };
    let bytes = words.text.as_bytes();
    let (start, end) = (tok.start as usize, tok.end as usize);
    match (bytes.get(start), bytes.get(end.wrapping_sub(1))) {
        (Some(&first), Some(&last)) => tok.is_word() && shapes.may_hold(first, last, end - start),
        _ => false,
    }
}

const VERB_SHAPES: Shapes = Shapes::of(SPEECH_VERBS);

// What a word is to the attribution grammar ([`attribution_flags`]): a speech verb, one that
// may come before its subject, a word between a subject and its verb, a lead before a subject.
const SPEECH: u32 = 1;
const INVERTS: u32 = 1 << 1;
const ADVERB_BETWEEN: u32 = 1 << 2;
const PREPOSITION_LEAD: u32 = 1 << 3;

/// The lists token `idx` of `words` is on, lowercased ([`SPEECH`], [`INVERTS`],
/// [`ADVERB_BETWEEN`], [`PREPOSITION_LEAD`]): one lookup of the word's bytes as a key
/// (`names::FlagTable`) answers every list; 0 for a token that is no word.
fn attribution_flags(words: &Words, idx: usize) -> u32 {
    static TABLE: std::sync::OnceLock<names::FlagTable> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            names::FlagTable::of(&[
                (SPEECH_VERBS, SPEECH),
                (INVERTING_VERBS, INVERTS),
                (ADVERBS_BETWEEN, ADVERB_BETWEEN),
                (PREPOSITION_LEADS, PREPOSITION_LEAD),
            ])
        })
        .at(words, idx)
}

/// Longest appositive between a speaker's name and verb, in tokens.
const MAX_APPOSITIVE_TOKENS: usize = 24;

/// Speech verbs that may come before their subject: "said Mr Smith", "added the minister".
/// The rest take an object there ("told Reuters", "called it").
const INVERTING_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "stressed",
    "warned",
    "recalled",
    "explained",
    "insisted",
    "argued",
    "declared",
    "announced",
    "replied",
    "wrote",
    "writes",
    "admitted",
    "observed",
    "commented",
    "remarked",
    "suggested",
    "continued",
    "quipped",
    "joked",
    "boasted",
    "complained",
    "cautioned",
    "conceded",
    "answered",
    "responded",
    "shouted",
    "tweeted",
];

/// Words that may stand between a subject and its verb: "he also said", "has said".
const ADVERBS_BETWEEN: &[&str] = &[
    "also",
    "has",
    "had",
    "have",
    "later",
    "then",
    "previously",
    "earlier",
    "again",
    "once",
    "recently",
    "reportedly",
    "publicly",
    "repeatedly",
    "further",
    "subsequently",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "just",
    "even",
    "still",
    "yesterday",
    "today",
    "separately",
    "privately",
    "clearly",
    "simply",
    "firmly",
    "openly",
    "formally",
    "officially",
    "always",
    "often",
    "never",
    "already",
    "immediately",
    "quickly",
    "personally",
    "famously",
    "initially",
];

fn is_be(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be")
}

fn is_subordinator(w: &str) -> bool {
    SUBORDINATORS.contains(&w)
}

const SUBORDINATORS: &[&str] = &[
    "although", "though", "when", "while", "because", "since", "after", "before", "if", "once",
    "until", "whereas", "but",
];

const SUBORDINATOR_SHAPES: Shapes = Shapes::of(SUBORDINATORS);

/// Openers of a sentence that come before its subject: "But", "However,", "At the meeting …,".
fn is_sentence_lead(w: &str) -> bool {
    matches!(
        w,
        "but"
            | "and"
            | "however"
            | "meanwhile"
            | "yet"
            | "so"
            | "also"
            | "now"
            | "still"
            | "instead"
            | "indeed"
            | "separately"
            | "nonetheless"
            | "moreover"
            | "or"
    )
}

/// Openers of a phrase that leads a sentence before its subject, up to a comma: "At the
/// meeting …,", "Speaking to reporters,".
const PREPOSITION_LEADS: &[&str] = &[
    "at",
    "in",
    "on",
    "after",
    "before",
    "during",
    "following",
    "when",
    "while",
    "as",
    "since",
    "despite",
    "although",
    "though",
    "if",
    "speaking",
    "asked",
    "later",
    "earlier",
    "last",
    "prior",
    "under",
    "unlike",
    "with",
    "without",
    "for",
    "from",
    "by",
    "because",
    "once",
    "until",
    "over",
    "addressing",
    "writing",
    "according",
    "like",
    "amid",
    "against",
];

/// Finds quotes in one paragraph, each with the speaker its sentence names. `marks` are the
/// marks ([`article_marks`]) of the text whose tokens the paragraph's are.
pub(super) fn find(scan: &Scan, marks: ParagraphMarks, out: &mut Vec<Value>) {
    let len = scan.tokens.len();
    let ParagraphMarks {
        marks,
        first,
        names,
    } = marks;
    // The paragraph's share of the article's quote marks, then of its stops.
    let before = |m: &QuoteMark, end: usize| (m.idx as usize) < end;
    let from = match marks.passed.get() {
        // The marks before the last paragraph lie before this one too: count on from there.
        (last_first, passed) if last_first <= first => {
            let rest = marks.quotes.get(passed..).unwrap_or_default();
            passed + rest.iter().take_while(|m| before(m, first)).count()
        }
        _ => marks.quotes.partition_point(|m| before(m, first)),
    };
    marks.passed.set((first, from));
    let rest = marks.quotes.get(from..).unwrap_or_default();
    let to = from + rest.iter().take_while(|m| before(m, first + len)).count();
    if to == from {
        // No quote mark, no quote: most paragraphs stop here.
        return;
    }
    let shifted = marks.quotes[from..to].iter().map(|&m| QuoteMark {
        idx: m.idx - first as u32,
        ..m
    });
    let (mut pairs, mut starts) = marks.scratch.take();
    pair(shifted, len, &mut pairs);
    if !pairs.is_empty() {
        let stops = &marks.stops[marks.stops.partition_point(|&s| (s as usize) < first)..];
        let words = Words::of_scan(scan, names.cells(first, len));
        // No sentence past the last quote mark's is asked for.
        let need = pairs
            .iter()
            .map(|p| p.close.unwrap_or(p.open))
            .max()
            .unwrap_or(0);
        sentence_starts(
            &words,
            scan.start,
            &pairs,
            stops,
            first,
            (len, need),
            &mut starts,
        );
        read_quotes(scan, words, &pairs, &starts, out);
    }
    marks.scratch.set((pairs, starts));
}

/// The quotes of the paragraph of `scan` whose marks pair as `pairs`, with their speakers,
/// into `out`; `starts` are its sentence starts.
fn read_quotes(scan: &Scan, words: Words, pairs: &[Pair], starts: &[usize], out: &mut Vec<Value>) {
    let finder = Finder {
        words,
        pairs,
        starts,
    };
    // The previous quote (its pair, and its value in `out`), to carry its speaker into a
    // continuation of its speech: read from `out` only when carried, not copied per quote.
    let mut previous: Option<(usize, usize)> = None;
    for (pair_idx, pair) in pairs.iter().enumerate() {
        let Some((span, words_span)) = finder.spans(pair) else {
            continue;
        };
        let mut speaker = finder.attribution(pair);
        if speaker.is_none() {
            let previous = previous.map(|(prev_idx, value_idx)| {
                let speaker = match &out[value_idx].data {
                    Data::Quote { speaker, .. } => speaker.as_ref(),
                    _ => None,
                };
                (prev_idx, speaker)
            });
            speaker = finder.continued_speaker(pair_idx, previous);
        }
        previous = Some((pair_idx, out.len()));
        out.push(Value {
            span,
            qualifier: None,
            data: Data::Quote {
                words: words_span.of(scan.text).to_owned(),
                words_span,
                speaker,
            },
        });
    }
}

struct Finder<'a> {
    words: Words<'a>,
    pairs: &'a [Pair],
    starts: &'a [usize],
}

impl Finder<'_> {
    fn spans(&self, pair: &Pair) -> Option<(Span, Span)> {
        let tokens = self.words.tokens;
        let open = tokens[pair.open];
        let last = pair.words_end.checked_sub(1)?;
        if last <= pair.open {
            return None;
        }
        let words_span = Span::new(open.end as usize, tokens[last].end as usize);
        let words_span = trim(self.words.text, words_span);
        if words_span.is_empty() {
            return None;
        }
        let end = pair.close.map_or(tokens[last].end, |c| tokens[c].end);
        Some((Span::new(open.start as usize, end as usize), words_span))
    }

    fn sentence_of(&self, idx: usize) -> (usize, usize) {
        let at = self.starts.partition_point(|&s| s <= idx);
        let start = self.starts[at.saturating_sub(1)];
        let end = self
            .starts
            .get(at)
            .copied()
            .unwrap_or(self.words.tokens.len());
        (start, end)
    }

    fn lower_is(&self, idx: usize, pred: fn(&str) -> bool) -> bool {
        let Some(tok) = self.words.tokens.get(idx) else {
            return false;
        };
        if !tok.is_word() {
            return false;
        }
        pred(self.words.low(idx))
    }

    fn is_verb(&self, idx: usize) -> bool {
        // Most words fail the shape test on their first and last bytes and length, before
        // any lowercasing or lookup.
        if !may_be(&VERB_SHAPES, &self.words, idx)
            || attribution_flags(&self.words, idx) & SPEECH == 0
        {
            return false;
        }
        // "so-called" is no speech.
        let hyphenated = idx > 0
            && self.words.is_punct(idx - 1, '-')
            && self.words.tokens[idx].touches(self.words.tokens[idx - 1]);
        !hyphenated
    }

    fn in_other_quote(&self, idx: usize) -> bool {
        pair_at(self.pairs, idx).is_some()
    }

    fn speaker(&self, range: (usize, usize)) -> Speaker {
        let span = self.words.span(range);
        let phrase = span.of(self.words.text).to_owned();
        Speaker {
            name: phrase.clone(),
            phrase,
            span,
        }
    }

    fn attribution(&self, pair: &Pair) -> Option<Speaker> {
        let (sentence_start, _) = self.sentence_of(pair.open);
        // The closing mark and where its sentence ends: found once for both clauses after it.
        let close_end = pair.close.map(|close| (close, self.sentence_of(close).1));
        if let Some((close, sentence_end)) = close_end {
            let after = close + 1;
            if after < sentence_end
                && let Some(range) = self.attribution_after(after, sentence_end)
            {
                return Some(self.speaker(range));
            }
        }
        if let Some(found) = self.attribution_before(pair.open, sentence_start) {
            return found.map(|range| self.speaker(range));
        }
        let (close, sentence_end) = close_end?;
        self.closing_clause(close + 1, sentence_end)
            .map(|range| self.speaker(range))
    }

    /// `"…," said X`, `"…," X said`, `"…," according to X`.
    fn attribution_after(&self, mut idx: usize, end: usize) -> Option<(usize, usize)> {
        while self.words.is_punct(idx, ',') || self.words.is_punct(idx, '\u{2014}') {
            idx += 1;
        }
        if idx >= end {
            return None;
        }
        self.clause_speaker(idx, end)
    }

    /// A speaker clause starting at `idx`: "said X", "X said", "X, chief economist with Y,
    /// told Reuters", "according to X".
    fn clause_speaker(&self, idx: usize, end: usize) -> Option<(usize, usize)> {
        if self.words.is_word(idx, "according") && self.words.is_word(idx + 1, "to") {
            let range = self.words.np_right(idx + 2).filter(|r| r.1 <= end)?;
            return Some(self.named_after_role(range, end));
        }
        if self.is_verb(idx) {
            // "said X", but not "told X": the object of "told" is the listener.
            if attribution_flags(&self.words, idx) & INVERTS == 0 {
                return None;
            }
            let range = self.words.np_right(idx + 1).filter(|r| r.1 <= end)?;
            return Some(self.named_after_role(range, end));
        }
        let range = self.words.np_right(idx).filter(|r| r.1 <= end)?;
        let mut verb = range.1;
        // "X, director general of Y, said": skip one appositive between commas.
        if self.words.is_punct(verb, ',') {
            let limit = (verb + MAX_APPOSITIVE_TOKENS).min(end);
            if let Some(comma) = (verb + 1..limit).find(|&i| self.words.is_punct(i, ',')) {
                verb = comma + 1;
            }
        }
        while attribution_flags(&self.words, verb) & ADVERB_BETWEEN != 0 {
            verb += 1;
        }
        (verb < end && self.is_verb(verb)).then_some(range)
    }

    /// The speaker a role names after a comma, where the role ends `range` ("said Opera
    /// spokeswoman, Berit Hanson": Berit Hanson; "its chief executive, Sir Howard": Sir
    /// Howard), else `range`. The name runs to a comma, a stop or `end`, and holds two words or
    /// more, or an honorific and one: a name alone may open a list ("said its director, Smith
    /// and Jones").
    #[inline(never)]
    fn named_after_role(&self, range: (usize, usize), end: usize) -> (usize, usize) {
        let words = &self.words;
        let (role, comma) = (range.1 - 1, range.1);
        // A role is a word: `flags` are 0 for any other token.
        if !(words.is_punct(comma, ',') && words.flags(role) & names::ROLE != 0) {
            return range;
        }
        let honorific = matches!(words.part(comma + 1), Part::Honorific(_));
        let name_from = comma + 1 + usize::from(honorific);
        let ends_there = |name_end: usize| {
            name_end <= end
                && (name_end == end
                    || words.is_punct(name_end, ',')
                    || words.is_punct(name_end, '.'))
        };
        match words.name(name_from) {
            Some(name_end) if name_end >= comma + 3 && ends_there(name_end) => {
                (comma + 1, name_end)
            }
            _ => range,
        }
    }

    /// The nearest speech verb before the quote in its sentence, and its subject.
    /// `Some(None)` when a verb was found but names no speaker (a passive).
    fn attribution_before(
        &self,
        open: usize,
        sentence_start: usize,
    ) -> Option<Option<(usize, usize)>> {
        let mut idx = open;
        let stop = sentence_start.max(open.saturating_sub(MAX_ATTRIBUTION_TOKENS));
        while idx > stop {
            idx -= 1;
            // The word tests first: a word inside another quote is looked up only when one
            // passes. "according" is told by its length before its letters.
            let according = self.words.tokens[idx].end - self.words.tokens[idx].start == 9
                && self.words.is_word(idx, "according")
                && self.words.is_word(idx + 1, "to");
            if !according && !self.is_verb(idx) {
                continue;
            }
            if self.in_other_quote(idx) {
                continue;
            }
            if according {
                let range = self.words.np_right(idx + 2).filter(|r| r.1 <= open);
                return Some(range.map(|r| self.named_after_role(r, open)));
            }
            return Some(self.subject_of(idx, sentence_start, open));
        }
        None
    }

    /// The subject of the speech verb at `verb`.
    fn subject_of(
        &self,
        verb: usize,
        sentence_start: usize,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let words = &self.words;
        if words.word(verb).ends_with("ing") {
            // "with Jaime Vargas lauding …": a participle's own subject; else, right after a
            // speech verb's clause ("…, he said, adding", "he told the court, saying"), that
            // verb's subject (not the sentence's: "Banks have …, he said, adding" is his);
            // else the sentence's.
            let own = words.np_left(verb).filter(|r| r.0 >= sentence_start);
            let said = || {
                let comma = verb
                    .checked_sub(1)
                    .filter(|&c| c > sentence_start && words.is_punct(c, ','))?;
                let from = comma.saturating_sub(SPEECH_CLAUSE_TAIL).max(sentence_start);
                let before = (from..comma).rev().find(|&i| {
                    self.is_verb(i) && !words.word(i).ends_with("ing") && !self.in_other_quote(i)
                })?;
                self.subject_of(before, sentence_start, verb)
            };
            return own
                .or_else(said)
                .or_else(|| self.sentence_subject(sentence_start, verb));
        }
        let mut left = verb;
        while left > sentence_start
            && attribution_flags(&self.words, left - 1) & ADVERB_BETWEEN != 0
        {
            left -= 1;
        }
        if left > sentence_start && self.lower_is(left - 1, is_be) {
            // A passive: only "by X" names the speaker.
            let by = (verb + 1..limit).find(|&i| words.is_word(i, "by"))?;
            return words.np_right(by + 1).filter(|r| r.1 <= limit);
        }
        if left <= sentence_start {
            return None;
        }
        if let Some(range) = words.np_left(left).filter(|r| r.0 >= sentence_start) {
            return Some(range);
        }
        // "X, director general of Y, warned": the appositive or the name before it.
        if words.is_punct(left - 1, ',')
            && let Some(second) = words.np_left(left - 1).filter(|r| r.0 > sentence_start)
            && words.is_punct(second.0 - 1, ',')
        {
            let first = words
                .np_left(second.0 - 1)
                .filter(|r| r.0 >= sentence_start);
            return match first {
                Some(first) if !self.is_bare_name(first) && self.is_bare_name(second) => {
                    Some(second)
                }
                Some(first) => Some(first),
                None => self.sentence_subject(sentence_start, verb),
            };
        }
        // "… expressed support for Y, called …", "… thanked Y and said …": a coordinated verb.
        let coordinated = words.is_punct(left - 1, ',') || words.is_word(left - 1, "and");
        if coordinated {
            return self.sentence_subject(sentence_start, verb);
        }
        None
    }

    /// Whether the phrase is a name alone ("Theresa May"), not a title or description.
    fn is_bare_name(&self, range: (usize, usize)) -> bool {
        (range.0..range.1).all(|i| {
            matches!(self.words.part(i), Part::Name { .. } | Part::Honorific(_))
                || !self.words.tokens[i].is_word()
        })
    }

    /// The subject of the sentence starting at `start`, before token `limit`.
    fn sentence_subject(&self, start: usize, limit: usize) -> Option<(usize, usize)> {
        subject_at(&self.words, start, limit)
    }

    /// A closing clause of the sentence after the quote: `…, he said.`
    fn closing_clause(&self, from: usize, end: usize) -> Option<(usize, usize)> {
        let from = from.max(end.saturating_sub(MAX_ATTRIBUTION_TOKENS));
        let comma = (from..end).rev().find(|&i| self.words.is_punct(i, ','))?;
        let range = self.clause_speaker(comma + 1, end)?;
        // The clause must end the sentence: only "told …", "in a statement" may follow.
        Some(range)
    }

    /// A quote with no attribution of its own that stands as a sentence continues the
    /// speech before it: the previous quote's, or that of a speech verb in the previous
    /// sentence.
    fn continued_speaker(
        &self,
        pair_idx: usize,
        previous: Option<(usize, Option<&Speaker>)>,
    ) -> Option<Speaker> {
        let pair = &self.pairs[pair_idx];
        // Ended by this quote's opening mark: the same speech goes on.
        if let Some((prev_idx, speaker)) = previous {
            let prev = &self.pairs[prev_idx];
            if prev.close.is_none() && prev.words_end == pair.open {
                return speaker.cloned();
            }
        }
        let (start, _) = self.sentence_of(pair.open);
        if start != pair.open || start == 0 {
            return None;
        }
        let (prev_start, prev_end) = self.sentence_of(start - 1);
        if let Some((prev_idx, Some(speaker))) = previous
            && self.pairs[prev_idx].open >= prev_start
        {
            return Some(speaker.clone());
        }
        let verb = (prev_start..prev_end).find(|&i| self.is_verb(i) && !self.in_other_quote(i))?;
        self.subject_of(verb, prev_start, prev_end)
            .map(|range| self.speaker(range))
    }
}

/// The subject of a sentence: the phrase after its leading conjunctions and adverbials.
///
/// "But David Frost, director general of …, warned" → "David Frost"; "At the meeting …,
/// the Russian president said" → "the Russian president"; "The Shadow Secretary …, Theresa
/// May, said" → "Theresa May" (an appositive name beats a title). A wire dateline that opens
/// the sentence is no subject ([`wire_dateline_end`]): "NEW YORK, March 26 - British Petroleum
/// Co Plc does not …" → "British Petroleum Co Plc".
fn subject_at(words: &Words, start: usize, limit: usize) -> Option<(usize, usize)> {
    let mut idx = wire_dateline_end(words, start, limit);
    let mut skipped_lead = false;
    while idx < limit {
        let tok = words.tokens[idx];
        if !tok.is_word() {
            if tok.is_punct(words.text, ',') || classify(words.text, tok).is_some() {
                idx += 1;
                continue;
            }
            return None;
        }
        // Read from the lowercased copy, as `names::lower` would make it: no copy per word.
        let w = words.low(idx);
        if is_sentence_lead(w) {
            idx += 1;
            continue;
        }
        if !skipped_lead && attribution_flags(words, idx) & PREPOSITION_LEAD != 0 {
            skipped_lead = true;
            idx = (idx..limit).find(|&i| words.is_punct(i, ','))? + 1;
            continue;
        }
        break;
    }
    let first = words.np_right(idx).filter(|r| r.1 <= limit)?;
    if words.is_punct(first.1, ',')
        && let Some(second) = words.np_right(first.1 + 1).filter(|r| r.1 <= limit)
    {
        let bare = |r: (usize, usize)| {
            (r.0..r.1).all(|i| {
                matches!(words.part(i), Part::Name { .. } | Part::Honorific(_))
                    || !words.tokens[i].is_word()
            })
        };
        if words.is_punct(second.1, ',') && bare(second) && !bare(first) {
            return Some(second);
        }
    }
    Some(first)
}

/// Where a sentence's words start past a wire dateline ("NEW YORK, March 26 - British
/// Petroleum … said"): words in capitals, a comma, then a " - " within a few tokens. The
/// place is no subject. Elsewhere, `start` itself.
fn wire_dateline_end(words: &Words, start: usize, limit: usize) -> usize {
    let capitals = |i: usize| {
        words.tokens[i].is_word() && {
            let w = words.word(i);
            w.len() > 1 && !w.contains(char::is_lowercase)
        }
    };
    let mut j = start;
    while j < limit && capitals(j) {
        j += 1;
    }
    if j == start || !words.is_punct(j, ',') {
        return start;
    }
    let within = (j + 8).min(limit);
    (j + 1..within)
        .find(|&i| words.is_punct(i, '-') && words.tokens[i].space_before)
        .map_or(start, |dash| dash + 1)
}

fn trim(text: &str, span: Span) -> Span {
    let inner = span.of(text);
    let start = span.start + (inner.len() - inner.trim_start().len());
    let end = span.end - (inner.len() - inner.trim_end().len());
    Span::new(start, end.max(start))
}

/// Resolves speakers named by a title, surname or pronoun to the person the article named.
///
/// `values` are the article's values in order, spans into `text`. A speaker phrase becomes:
/// - a titled name's name: "Kremlin Spokesman Dmitry Peskov" → "Dmitry Peskov";
/// - the full name it shortens: "Putin", "Ms Hewitt" → the earlier "Vladimir Putin",
///   "Patricia Hewitt"; a word after a joiner shortens only a titled person's name
///   ("Vabres"), never a place's or a body's ("France" is not "Stade de France"); after a
///   role noun and "of", the first capitalised word ends the title, not opens the name
///   ("Chancellor of the Exchequer Nigel Lawson" is "Nigel Lawson");
/// - the person a title introduced: "The Russian president" → "Vladimir Putin" after
///   "Russian President Vladimir Putin" (same role noun, and every modifier of the phrase
///   among the introduction's); the latest such introduction before the quote wins, else
///   the first after it (a headline speaks of people the body introduces);
/// - for "he"/"she": the latest person that was a sentence subject (never a wire dateline's
///   place, "NEW YORK, March 26 - …"; never a firm, whose name ends in its kind: "Sony Corp"),
///   the named and titled speaker of a sentence's closing attribution ("…, Finance Minister
///   Dilson Funaro said.", not "…, Agence France Presse said"), or a speaker before the
///   attribution, of a compatible gender (told by an honorific, "Ms", or a role
///   noun that has one, "actress", "king"). A line of names alone with no stop (a venue
///   line "Lansdowne Road, Dublin", an all-capitals wire headline "LAWSON SEES") has no subject. A
///   clause after a subordinator ("although Campese admitted") has its own subject, and so has one
///   after "but" when a full or titled name opens it right there ("but captain Fabien Pelous sees";
///   not "but Villa were", "but suggesting …").
///
/// A quote left open at a paragraph end, and an unattributed quote opening the next
/// paragraph, are one speech: the second takes the first's speaker.
///
/// `tokens` are the tokens of all of `text` (`vocab::read`) and `lowered` is `text` with its
/// ASCII letters lowercased (the extraction's own copy, shared rather than made again); both
/// are read only when some quote has a speaker ([`has_speaker`]). `memo` is the article's names
/// memo, holding what its paragraphs' quotes and lists classified.
pub(super) fn resolve_speakers(
    text: &str,
    lowered: &str,
    tokens: &[Token],
    marks: &Marks,
    memo: &names::ArticleMemo,
    values: &mut [Value],
) {
    if !has_speaker(values) {
        return;
    }
    let words = Words {
        text,
        tokens,
        lowered,
        memo: memo.cells(0, tokens.len()),
    };
    // No person is looked up by a phrase past the last speaker phrase: see [`Later`]. And
    // only a singular pronoun ("he", "she", not "they") asks whom earlier speakers were, so
    // those from the last one on are not recorded.
    let quotes = quote_indexes(values);
    let (mut cut, mut last_pronoun, mut last_singular) = (0, 0, 0);
    for &value_idx in &quotes {
        if let Data::Quote {
            speaker: Some(s), ..
        } = &values[value_idx].data
        {
            cut = cut.max(s.span.start);
            if let Some(gender) = pronoun_gender(s.span.of(text)) {
                last_pronoun = last_pronoun.max(s.span.start);
                if gender != Gender::Plural {
                    last_singular = last_singular.max(s.span.start);
                }
            }
        }
    }
    // Read on the first phrase that asks: an article whose speakers are all nameless and
    // titleless ("officials", "they") reads no people at all.
    let mut people: Option<People> = None;
    let mut sentences: Option<Sentences> = None;
    // The last quote if it was left open (where it ends, and its index in `values`), and the
    // last quote with a speaker: their speakers are read from `values` only when carried on,
    // not copied per quote.
    let mut previous_open: Option<(usize, usize)> = None;
    // Whether any quote was left open: only such a quote takes a speaker back.
    let mut any_open = false;
    let mut last_speaker: Option<(usize, usize)> = None;
    // Resolved speakers so far: antecedents of "he" besides sentence subjects.
    let mut speakers: Vec<Person> = Vec::new();
    // Quotes whose speaker was carried over from an earlier quote, not attributed, by index
    // in order: few are, and most articles carry none (no allocation).
    let mut carried_over: Vec<usize> = Vec::new();
    // Each speaker phrase is cut into this one, whose vectors are allocated once; `cut_span`
    // is the phrase it holds, with its first token. A speech carried on from one quote to the
    // next keeps its speaker, span and all: its phrase is not cut again, and a phrase that is
    // no pronoun resolves as it did (`resolved`: by the people alone, read once), so neither
    // is it looked up again. A pronoun's antecedents grow with the speakers, so it is.
    // `resolved` keeps the index of the quote whose speaker took the name (none for no name),
    // and the name is copied from there only when used again.
    let mut phrase = Phrase::empty();
    let mut cut_span: Option<(Span, usize)> = None;
    let mut resolved: Option<(Span, Option<usize>)> = None;
    for &value_idx in &quotes {
        let Data::Quote { speaker, .. } = &values[value_idx].data else {
            continue;
        };
        let span = values[value_idx].span;
        let mut carried = None;
        if speaker.is_none()
            && let Some((end, open_idx)) = previous_open
        {
            // An open quote goes on in the next one, in the same paragraph (ended by
            // the next opening mark) or the next (the continuing-paragraph convention).
            let gap = text.get(end..span.start).unwrap_or("x");
            if gap.trim().is_empty() {
                carried = Some(speaker_of(values, open_idx).cloned());
            }
        }
        // A bare quote opening a paragraph goes on with the last speaker of the one before.
        if speaker.is_none()
            && carried.as_ref().is_none_or(Option::is_none)
            && opens_paragraph(text, span.start)
            && let Some((at, found_idx)) = last_speaker
        {
            let between = text.get(at..span.start).unwrap_or("");
            if !crosses_a_paragraph(between) {
                carried = Some(speaker_of(values, found_idx).cloned());
            }
        }
        // The quotes before this one, read for a name resolved before.
        let (done, rest) = values.split_at_mut(value_idx);
        let Data::Quote { speaker, .. } = &mut rest[0].data else {
            continue;
        };
        // Only a quote with no speaker is carried one.
        if let Some(carried) = carried {
            *speaker = carried;
            if speaker.is_some() {
                carried_over.push(value_idx);
            }
        }
        if let Some(speaker) = speaker.as_mut() {
            // One cut of the phrase serves resolving it and recording whom it names.
            let span = speaker.span;
            let first = match cut_span {
                Some((cut, first)) if cut == span => Some(first),
                _ => token_range(&words, span).map(|range| {
                    names::cut_phrase_into(&words, range, &mut phrase);
                    cut_span = Some((span, range.0));
                    range.0
                }),
            };
            if let Some(first) = first {
                let read = || Sentences::read(&words, &marks.stops, &marks.quotes, last_pronoun);
                // Only a name, a title or a singular pronoun can resolve to someone
                // ([`People::resolve`] answers `None` for any other phrase).
                let names_someone = match phrase.pronoun {
                    true => phrase.gender != Gender::Plural,
                    false => !phrase.name.is_empty() || !phrase.title.is_empty(),
                };
                if names_someone {
                    let name = match resolved {
                        Some((at, named)) if !phrase.pronoun && at == span => named
                            .and_then(|k| speaker_of(done, k))
                            .map(|s| s.name.clone()),
                        _ => {
                            let name = People::read_once(&mut people, &words, cut).resolve(
                                &words,
                                &mut sentences,
                                read,
                                &phrase,
                                (span, first),
                                &speakers,
                            );
                            if !phrase.pronoun {
                                resolved = Some((span, name.is_some().then_some(value_idx)));
                            }
                            name
                        }
                    };
                    if let Some(name) = name {
                        speaker.name = name;
                    }
                }
                if span.start < last_singular
                    && let Some(person) = People::read_once(&mut people, &words, cut)
                        .speaker_person(&words, &phrase, speaker)
                {
                    speakers.push(person);
                }
            }
        }
        if speaker.is_some() {
            last_speaker = Some((span.end, value_idx));
        }
        let open_at_end = !span
            .of(text)
            .ends_with(['"', '\u{201D}', '\u{00BB}', '\'', '\u{2019}']);
        previous_open = open_at_end.then_some((span.end, value_idx));
        any_open |= open_at_end;
    }
    if any_open {
        continue_backwards(text, values, &quotes, &carried_over);
    }
}

/// The indexes of the quotes among `values`, in order. Every index is written and the count
/// moves on by the value's kind, with no branch on it: the passes over every value that
/// skipped the rest mispredicted that test some 19k times per BBC round (quotes stand among
/// the other values in no pattern a predictor learns).
fn quote_indexes(values: &[Value]) -> Vec<usize> {
    let mut quotes = vec![0; values.len()];
    let mut n = 0;
    for (value_idx, value) in values.iter().enumerate() {
        // `n` is at most `value_idx`: the mask only spares a bounds test.
        quotes[n % values.len()] = value_idx;
        n += usize::from(matches!(value.data, Data::Quote { .. }));
    }
    quotes.truncate(n);
    quotes
}

/// The gender of a speaker phrase that may be a pronoun ([`names::cut_phrase_into`]: one
/// word token on the pronoun list, with the gender that list gives it). A word starts and
/// ends with a letter, and no letter stands outside a word, so a phrase of one word token is
/// that word once trimmed of all but letters.
fn pronoun_gender(phrase: &str) -> Option<Gender> {
    // Most speaker phrases are names or titles, longer than any pronoun: one that opens and
    // ends with an ASCII letter has nothing to trim, and is told by its length alone.
    let bytes = phrase.as_bytes();
    if bytes.len() > names::LONGEST_PRONOUN
        && bytes.first().is_some_and(u8::is_ascii_alphabetic)
        && bytes.last().is_some_and(u8::is_ascii_alphabetic)
    {
        return None;
    }
    let mut buf = [0; 24];
    let word = phrase.trim_matches(|c: char| !c.is_alphabetic());
    // Most speaker phrases are names or titles, longer than any pronoun.
    if word.len() > names::LONGEST_PRONOUN {
        return None;
    }
    names::pronoun_gender(names::word_flags(names::lower(word, &mut buf)))
}

/// Whether some quote among `values` has a speaker: with none there is nothing to resolve
/// or carry over.
pub(super) fn has_speaker(values: &[Value]) -> bool {
    values.iter().any(|v| {
        matches!(
            v.data,
            Data::Quote {
                speaker: Some(_),
                ..
            }
        )
    })
}

/// The continuing-paragraph convention read backwards: a paragraph that opens a quote and
/// ends without closing it goes on in the next paragraph's opening quote, so when the
/// attribution comes only there (`"First part…` / `"…second part," Mr Kozlov said.`), the
/// earlier paragraphs take that speaker over any they were carried.
///
/// `quotes` are the quotes' indices into `values` ([`quote_indexes`]), and `carried_over`
/// those of them (in order) that were carried a speaker.
fn continue_backwards(text: &str, values: &mut [Value], quotes: &[usize], carried_over: &[usize]) {
    // The next quote with a speaker: where it starts, and its index in `values` (its speaker
    // is copied only into a quote that takes it).
    let mut next: Option<(usize, usize)> = None;
    for &value_idx in quotes.iter().rev() {
        let value = &values[value_idx];
        let Data::Quote { speaker, .. } = &value.data else {
            continue;
        };
        let open_at_end = !value
            .span
            .of(text)
            .ends_with(['"', '\u{201D}', '\u{00BB}', '\'', '\u{2019}']);
        let mut taken = None;
        if let Some((next_start, next_idx)) = next {
            let gap = text.get(value.span.end..next_start).unwrap_or("x");
            let adjacent = gap.trim().is_empty();
            let carried = || carried_over.binary_search(&value_idx).is_ok();
            if open_at_end && adjacent && (speaker.is_none() || carried()) {
                taken = speaker_of(values, next_idx).cloned();
            }
        }
        let has_speaker = taken.is_some() || speaker.is_some();
        let start = value.span.start;
        if let Some(taken) = taken
            && let Data::Quote { speaker, .. } = &mut values[value_idx].data
        {
            *speaker = Some(taken);
        }
        next = has_speaker.then_some((start, value_idx));
    }
}

/// The speaker of value `idx`, when it is a quote with one.
fn speaker_of(values: &[Value], idx: usize) -> Option<&Speaker> {
    match &values.get(idx)?.data {
        Data::Quote { speaker, .. } => speaker.as_ref(),
        _ => None,
    }
}

/// The tokens a span covers.
fn token_range(words: &Words, span: Span) -> Option<(usize, usize)> {
    let start = words
        .tokens
        .partition_point(|t| (t.start as usize) < span.start);
    // A speaker phrase is a few tokens: counted on from its start rather than searched for
    // (tokens end in order, so this is the same partition point, or `start` where that lies
    // before it).
    let rest = words.tokens.get(start..).unwrap_or_default();
    let end = start
        + rest
            .iter()
            .take_while(|t| (t.end as usize) <= span.end)
            .count();
    (start < end).then_some((start, end))
}

/// Whether only whitespace stands between the line start and `at`.
///
/// Looks back over that whitespace only: scanning the whole text before `at` made every
/// quote cost O(text), and an article of many quotes quadratic.
fn opens_paragraph(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    before
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .ends_with('\n')
}

/// Whether a stretch crosses a whole line with text (false: it ends in the paragraph after
/// the one it starts in, or in the same one). Stops at the first such line.
fn crosses_a_paragraph(between: &str) -> bool {
    between
        .split('\n')
        .skip(1)
        .any(|line| !line.trim().is_empty())
}

/// A person the article names, and where.
#[derive(Clone, Debug)]
struct Person<'a> {
    /// Borrowed from the text where its words stand one space apart there.
    name: Cow<'a, str>,
    /// Lowercased title words of an introduction ("russian", "president").
    title: Vec<Cow<'a, str>>,
    gender: Gender,
    at: usize,
    /// Where the name's first word ends and its last word starts: the keys of
    /// [`People::by_first`] and [`People::by_last`], found once rather than per lookup.
    first_end: usize,
    last_start: usize,
}

impl<'a> Person<'a> {
    fn new(name: Cow<'a, str>, title: Vec<Cow<'a, str>>, gender: Gender, at: usize) -> Self {
        // Names are a few bytes long: a byte loop beats a `memchr` call.
        let bytes = name.as_bytes();
        let first_end = bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len());
        let last_start = bytes.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1);
        Person::with_ends(name, title, gender, at, (first_end, last_start))
    }

    /// The person `name`, whose first word ends and last word starts where `ends` say.
    fn with_ends(
        name: Cow<'a, str>,
        title: Vec<Cow<'a, str>>,
        gender: Gender,
        at: usize,
        (first_end, last_start): (usize, usize),
    ) -> Self {
        Person {
            name,
            title,
            gender,
            at,
            first_end,
            last_start,
        }
    }

    /// [`Person::new`] where `name` is `parts` joined ([`names::join_name`]): its first word
    /// ends and its last word starts where those words' lengths say (a name word holds no
    /// space), with no search of its bytes.
    fn of_parts(
        name: Cow<'a, str>,
        parts: &[Cow<'a, str>],
        title: Vec<Cow<'a, str>>,
        gender: Gender,
        at: usize,
    ) -> Self {
        let first_end = parts.first().map_or(0, |w| w.len());
        let last_start = name.len() - parts.last().map_or(0, |w| w.len());
        debug_assert!(parts.iter().all(|w| !w.contains(' ')));
        Person::with_ends(name, title, gender, at, (first_end, last_start))
    }

    /// The untitled person a full name with no title introduces ([`names::bare_name`]).
    fn bare(name: names::BareName<'a>, at: usize) -> Self {
        let ends = (name.first_end, name.last_start);
        Person::with_ends(name.name, Vec::new(), Gender::Unknown, at, ends)
    }

    /// The person without the title: what a lookup answers (no caller reads its title).
    fn untitled(&self) -> Person<'a> {
        Person {
            name: self.name.clone(),
            title: Vec::new(),
            ..*self
        }
    }
}

/// The article's sentences, read on the first pronoun speaker, and per sentence (once asked
/// for) its subjects that are persons: the antecedents of "he" and "she".
///
/// Where no quote closes on the line after its last word, no start is out of order, and a
/// start is 0, a token after a line break, or the one after a stop that ends a sentence
/// ([`start_after_stop`]), whatever came before: the sentences are found back from each
/// pronoun, one by one as its antecedents are looked for (about four per article), where
/// reading every one up to the last pronoun cost more than the lookups.
struct Sentences<'a> {
    /// Token index where each sentence starts, where they are read at once (a quote closes
    /// on the line after its last word); else empty.
    starts: Vec<usize>,
    /// Byte offset where each sentence in `starts` starts.
    at: Vec<usize>,
    /// Whether `starts` strictly increases, so each sentence's subjects lie inside it and
    /// sentences can be read back one at a time. (A stop, a line break, then a closing mark
    /// can put a start out of order; then every sentence is read, as before.)
    ordered: bool,
    /// Each sentence read back: the token it ends before, the one it starts at, and its
    /// subjects by position. A walk back that reaches it again takes its start from here.
    subjects: Vec<(usize, usize, Vec<Person<'a>>)>,
    /// Every subject, by position: read at once when `ordered` is false.
    all: Option<Vec<Person<'a>>>,
    /// Scratch space to cut subjects into.
    phrase: Phrase<'a>,
    /// The article's quotes and stops, to find starts back from a pronoun with.
    pairs: Vec<Pair>,
    stops: &'a [u32],
}

impl<'a> Sentences<'a> {
    /// The sentences of `words` as far as a pronoun at byte `cut` or before needs them.
    ///
    /// Where a quote closes on the line after its last word, the starts found at tokens up
    /// to `cut` are read at once (most articles run on past their last speaker). Those are
    /// the first starts of the whole text, and any start found later lies past `cut`, after
    /// every pronoun: when they are in order, the sentences before any pronoun's are the
    /// same, and so are their subjects. (Were later starts out of order, every sentence would
    /// be read as one list, but the subjects of sentences past the pronoun's sort after it
    /// there, so the answer is the same.) When they are out of order already, the whole text
    /// is read, as before. Elsewhere none is read yet.
    fn read(words: &Words, stops: &'a [u32], quotes: &[QuoteMark], cut: usize) -> Self {
        let mut pairs = Vec::new();
        pair(quotes.iter().copied(), words.tokens.len(), &mut pairs);
        let (tokens, bytes) = (words.tokens, words.text.as_bytes());
        let crosses = |c: usize| {
            let (end, start) = (tokens[c - 1].end as usize, tokens[c].start as usize);
            bytes[end..start].contains(&b'\n')
        };
        let mut sentences = Sentences {
            starts: Vec::new(),
            at: Vec::new(),
            ordered: true,
            subjects: Vec::new(),
            all: None,
            phrase: Phrase::empty(),
            pairs,
            stops,
        };
        if sentences.pairs.iter().any(|p| p.close.is_some_and(crosses)) {
            let until = tokens.partition_point(|t| t.start as usize <= cut);
            sentences.read_until(words, until);
            if !sentences.ordered && until < tokens.len() {
                sentences.read_until(words, tokens.len());
            }
        }
        sentences
    }

    fn read_until(&mut self, words: &Words, until: usize) {
        let mut starts = Vec::new();
        let all = (until, usize::MAX);
        sentence_starts(words, 0, &self.pairs, self.stops, 0, all, &mut starts);
        // Room for every start at once (a filtered iterator would grow it from empty).
        let mut at = Vec::with_capacity(starts.len());
        at.extend(
            starts
                .iter()
                .filter_map(|&i| words.tokens.get(i).map(|t| t.start as usize)),
        );
        self.ordered = at.len() == starts.len() && starts.windows(2).all(|w| w[0] < w[1]);
        self.starts = starts;
        self.at = at;
    }

    /// Where the last sentence starting before token `end` (past 0) starts; `back` is where
    /// the walk back stands, `end` at most where it last answered.
    fn start_before(&self, words: &Words, end: usize, back: &mut Back) -> usize {
        if !self.starts.is_empty() {
            return self.starts[self.starts.partition_point(|&s| s < end) - 1];
        }
        let line = match back.line {
            // No break lies between it and the last end.
            Some(line) if line < end => line,
            _ => {
                // The last token after a break, else 0: a start whatever came before it.
                let (tokens, bytes) = (words.tokens, words.text.as_bytes());
                let line = memchr::memrchr(b'\n', &bytes[..tokens[end - 1].start as usize])
                    .map_or(0, |b| {
                        tokens[..end].partition_point(|t| (t.start as usize) < b)
                    });
                back.line = Some(line);
                back.stops = self.stops.partition_point(|&s| (s as usize) < end);
                line
            }
        };
        // The starts after stops grow with the stops: the last before `end` is the first
        // found back from it. A stop at the token after a break is read as the break.
        while let Some(k) = back.stops.checked_sub(1) {
            let idx = self.stops[k] as usize;
            if idx <= line && line > 0 {
                break;
            }
            // Passed: the start it gives is `end` or later, or the answer, before which only
            // the stops before it give starts.
            back.stops = k;
            if let Some(next) = start_after_stop(words, idx, pair_at(&self.pairs, idx))
                && next < end
            {
                return next;
            }
        }
        line
    }
}

/// Where a walk back through the sentence starts stands: the last token after a break
/// before its end, and how many stops before that end are not passed, each found once per
/// line rather than per start.
#[derive(Default)]
struct Back {
    line: Option<usize>,
    stops: usize,
}

/// What the article says about people: every person it introduces or names, indexed by the
/// words a later mention can share with the name.
///
/// An article names a few dozen people: a lookup then reads them all, which costs less than
/// building an index. Past [`LINEAR_PEOPLE`], each index is built on its first lookup and
/// lists positions in `known` sorted by the hash of a key word (ties in index order),
/// searched by binary search: an article with thousands of names stays `O(n log n)`, with no
/// map of owned keys.
struct People<'a> {
    /// Every introduced or named person, by position.
    known: Vec<Person<'a>>,
    /// Indices into `known` by the last word of the name, and of titled people by the first:
    /// a name shortens only names sharing its last word, or (titled) its first. (An untitled
    /// person of the same first word is found by its last word, if at all: by the very name.)
    by_last: Index,
    by_first: Index,
    /// Indices into `known` of titled people, by role noun (the title's last word).
    by_role: Index,
    /// Indices into `known` by full name.
    by_name: Index,
    /// The byte offset of the last speaker phrase: untitled names past it are in `later`.
    cut: usize,
    later: Later<'a>,
}

/// Up to this many people, a lookup reads every one instead of an index.
const LINEAR_PEOPLE: usize = 48;

fn last_word<'p>(p: &'p Person<'_>) -> &'p str {
    p.name.get(p.last_start..).unwrap_or("")
}

fn first_word<'p>(p: &'p Person<'_>) -> &'p str {
    p.name.get(..p.first_end).unwrap_or("")
}

/// What an index of people is sorted by. A closed set, told by a `match` where each lookup
/// compares keys: a function pointer per index cost an indirect call per person compared.
#[derive(Clone, Copy)]
enum Key {
    LastWord,
    /// The name's first word: titled people only.
    FirstWord,
    /// The role noun (the title's last word): titled people only.
    Role,
    FullName,
}

impl Key {
    /// The key of `p`; `None` where the index leaves `p` out (an untitled person, by role or
    /// first word).
    fn of<'p>(self, p: &'p Person<'_>) -> Option<&'p str> {
        match self {
            Key::LastWord => Some(last_word(p)),
            Key::FirstWord => (!p.title.is_empty()).then(|| first_word(p)),
            Key::Role => p.title.last().map(|w| w.as_ref()),
            Key::FullName => Some(&p.name),
        }
    }
}

/// The people of `known` that have a `key`, by it: among a few dozen, a mask of people
/// per bucket of key hashes; past [`LINEAR_PEOPLE`], indices sorted by hash, then by index.
/// Both are built on the first lookup. Searching compares integers, and the words themselves
/// tell apart the rare equal hashes.
struct Index {
    key: Key,
    /// Up to [`LINEAR_PEOPLE`] people: per bucket of key hashes ([`bucket`]), a bit per
    /// person whose key falls in it. Built on the first lookup, as many articles never ask
    /// some of the indexes; a lookup then loads one mask and compares words only at its bits.
    buckets: std::cell::OnceCell<[u64; BUCKETS]>,
    sorted: std::cell::OnceCell<(Vec<u64>, Vec<usize>)>,
}

/// A hash of a key's length and first, second, middle and last bytes, with no loop over the
/// key: an index hashes every person's key, and names differing only elsewhere are rare (the
/// words themselves are compared wherever hashes agree).
fn key_hash(key: &str) -> u64 {
    let b = key.as_bytes();
    let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    let packed = (b.len() as u64)
        | at(0) << 16
        | at(1) << 24
        | at(b.len() / 2) << 32
        | at(b.len().wrapping_sub(1)) << 40;
    packed.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// How many buckets an index of few people has. Each index clears and moves its masks once,
/// so fewer buckets cost less to build: 32 cost 0.6 M instructions a BBC round less than 64
/// (an article's dozen people still share few of them), and 16 no less than 32.
const BUCKETS: usize = 32;

/// The bucket of a key hash among [`BUCKETS`]: its top bits, the best mixed by the multiply.
fn bucket(hash: u64) -> usize {
    (hash >> (64 - BUCKETS.trailing_zeros())) as usize
}

/// An index of the people of `known` by `key`.
fn index_by(key: Key) -> Index {
    Index {
        key,
        buckets: std::cell::OnceCell::new(),
        sorted: std::cell::OnceCell::new(),
    }
}

/// What [`entries`] finds: indices into `known`, in ascending order (so by position, as
/// `known` is sorted so). A lookup among few people answers with a bit per person (a lookup
/// per speaker phrase must not allocate, nor copy a buffer back); an index lends its slice.
enum Found<'i> {
    /// Bit `k` set when person `k` is found.
    Few(u64),
    Lent(&'i [usize]),
    Owned(Vec<usize>),
}

// Every person of a linear lookup has a bit.
const _: () = assert!(LINEAR_PEOPLE <= 64);

impl Found<'_> {
    /// The found indices below `split`, from the last down.
    fn before(&self, split: usize) -> impl Iterator<Item = usize> + '_ {
        let (mut mask, slice) = match self {
            // Bits below `split` only; `split` is at most 64 here (`known` is that short).
            Found::Few(mask) => (mask & low_bits(split), &[][..]),
            Found::Lent(found) => (0, *found),
            Found::Owned(found) => (0, found.as_slice()),
        };
        let upto = slice.partition_point(|&k| k < split);
        let from_mask = std::iter::from_fn(move || {
            let top = 63usize.checked_sub(mask.leading_zeros() as usize)?;
            mask &= !(1 << top);
            Some(top)
        });
        from_mask.chain(slice[..upto].iter().rev().copied())
    }

    /// The found indices from `split` on, in ascending order.
    fn from(&self, split: usize) -> impl Iterator<Item = usize> + '_ {
        let (mut mask, slice) = match self {
            Found::Few(mask) => (mask & !low_bits(split), &[][..]),
            Found::Lent(found) => (0, *found),
            Found::Owned(found) => (0, found.as_slice()),
        };
        let from = slice.partition_point(|&k| k < split);
        let from_mask = std::iter::from_fn(move || {
            (mask != 0).then(|| {
                let low = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                low
            })
        });
        from_mask.chain(slice[from..].iter().copied())
    }
}

/// A mask of the bits below `n` (all 64 from 64 on).
fn low_bits(n: usize) -> u64 {
    match n {
        0..64 => (1 << n) - 1,
        _ => u64::MAX,
    }
}

/// The masks of `index` among at most [`LINEAR_PEOPLE`] people `known`, built on the first
/// lookup.
fn buckets_of<'i>(index: &'i Index, known: &[Person]) -> &'i [u64; BUCKETS] {
    index.buckets.get_or_init(|| {
        let mut buckets = [0u64; BUCKETS];
        for (k, p) in known.iter().enumerate() {
            if let Some(w) = index.key.of(p) {
                buckets[bucket(key_hash(w))] |= 1 << k;
            }
        }
        buckets
    })
}

/// The first entry of `index` whose key is `want`, as [`entries`] would list it first: among
/// few people no key past it is compared (a name read many times is found at its first).
fn first_entry(index: &Index, known: &[Person], want: &str) -> Option<usize> {
    if known.len() > LINEAR_PEOPLE {
        return entries(index, known, want).from(0).next();
    }
    let mut candidates = buckets_of(index, known)[bucket(key_hash(want))];
    while candidates != 0 {
        let k = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        if index.key.of(&known[k]) == Some(want) {
            return Some(k);
        }
    }
    None
}

/// The entries of `index` whose key is `want`, in ascending index order.
fn entries<'i>(index: &'i Index, known: &[Person], want: &str) -> Found<'i> {
    let key = index.key;
    let hash = key_hash(want);
    let is = |k: usize| key.of(&known[k]) == Some(want);
    if known.len() <= LINEAR_PEOPLE {
        // At most `LINEAR_PEOPLE` people, so each has a bit; most buckets hold none or one.
        let mut candidates = buckets_of(index, known)[bucket(hash)];
        let mut mask = 0u64;
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            if is(k) {
                mask |= 1 << k;
            }
        }
        return Found::Few(mask);
    }
    let (hashes, people) = index.sorted.get_or_init(|| {
        let mut keyed: Vec<(u64, usize)> = (0..known.len())
            .filter_map(|k| Some((key_hash(key.of(&known[k])?), k)))
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().unzip()
    });
    let from = hashes.partition_point(|&h| h < hash);
    let len = hashes[from..].partition_point(|&h| h == hash);
    let found = &people[from..from + len];
    if found.iter().all(|&k| is(k)) {
        Found::Lent(found)
    } else {
        Found::Owned(found.iter().copied().filter(|&k| is(k)).collect())
    }
}

/// Whether a role noun stands in an appositive opened by the comma at `comma` ("David Frost,
/// director general of …"): walking right over what [`Words::np_right`] reads (words that are
/// neither `Other` nor pronouns, and parts touching them) to a role noun, before any other
/// comma. These are exactly the commas a role noun's walk left over the same tokens ends at,
/// so only they are worth reading as appositives; most commas are followed by a word of no
/// phrase ("which", "but") and cost one lookup.
fn opens_appositive_role(words: &Words, comma: usize) -> bool {
    if !may_open_appositive_role(words, comma) {
        return false;
    }
    let mut idx = comma + 1;
    while let Some(&tok) = words.tokens.get(idx) {
        if tok.is_word() && is_plain_other(words, idx) {
            // Most commas are followed by such a word ("which", "but"): the walk ends there.
            if tok.space_before {
                return false;
            }
            idx += 1;
            continue;
        }
        if tok.is_word() && is_title_word(words, idx) && words.part(idx) == Part::Role {
            return true;
        }
        if tok.is_punct(words.text, ',') {
            return false;
        }
        if tok.space_before
            && (!tok.is_word() || matches!(words.part(idx), Part::Other | Part::Pronoun(_)))
        {
            return false;
        }
        idx += 1;
    }
    false
}

/// Whether [`opens_appositive_role`] may find a role noun after the comma at `comma`: false
/// when its walk surely ends before any word of a title's shape ([`names::may_be_title_shape`]).
/// Read from the tokens' bytes alone, with no lookup: most commas are followed by a word of
/// no phrase ("which", "but", "said"), told by its shape, or by a title-less stretch up to a
/// mark. Words that may be phrase parts are walked over without asking where the walk would
/// end: a stop found later, with no title shape before it, is as sure an answer.
fn may_open_appositive_role(words: &Words, comma: usize) -> bool {
    let bytes = words.text.as_bytes();
    for &tok in words.tokens.get(comma + 1..).unwrap_or_default() {
        if !tok.is_word() {
            // The walk ends at a comma, and at a mark with a space before it.
            if tok.space_before || tok.is_punct(words.text, ',') {
                return false;
            }
            continue;
        }
        let (start, end) = (tok.start as usize, tok.end as usize);
        let (Some(&first), Some(&last)) = (bytes.get(start), bytes.get(end.wrapping_sub(1))) else {
            return true;
        };
        if names::may_be_title_shape(first, last, end - start) {
            return true;
        }
        // As [`is_plain_other`], with the shape standing in for the flags: a word of no
        // phrase part's shape has none of their flags.
        let plain_other = first.is_ascii_lowercase()
            && last != b's'
            && !names::may_be_phrase_part(first, last, end - start);
        if plain_other && tok.space_before {
            return false;
        }
    }
    false
}

/// Whether word token `idx` is a lowercase word on no list a phrase part needs and not
/// ending in "s" (no possessive), so [`Words::part`] would call it `Other`: told by its flags
/// alone, which skips the rest of that classification.
fn is_plain_other(words: &Words, idx: usize) -> bool {
    let tok = words.tokens[idx];
    let bytes = words.text.as_bytes();
    let first = bytes.get(tok.start as usize).copied().unwrap_or(0);
    let last = bytes
        .get((tok.end as usize).wrapping_sub(1))
        .copied()
        .unwrap_or(0);
    first.is_ascii_lowercase() && last != b's' && words.flags(idx) & names::PHRASE_PARTS == 0
}

/// Whether word token `idx` is a role noun or an honorific: its shape first
/// ([`has_title_shape`]), then one lookup.
fn is_title_word(words: &Words, idx: usize) -> bool {
    has_title_shape(words.text.as_bytes(), words.tokens[idx]) && is_title_listed(words, idx)
}

/// Whether token `tok` of text `bytes` has the shape of a role noun or an honorific
/// ([`names::may_be_title_shape`], two table loads), with no branch: [`scan_stops`] joins it
/// with its other tests by `&`.
fn has_title_shape(bytes: &[u8], tok: Token) -> bool {
    let (start, end) = (tok.start as usize, tok.end as usize);
    let first = bytes.get(start).copied().unwrap_or(0);
    let last = bytes.get(end.wrapping_sub(1)).copied().unwrap_or(0);
    names::may_be_title_shape(first, last, end - start)
}

/// Whether word token `idx` is on the lists of role nouns or honorifics.
fn is_title_listed(words: &Words, idx: usize) -> bool {
    words.flags(idx) & (names::ROLE | names::HONORIFIC) != 0
}

/// Where the people of `words` can be introduced: the role nouns and honorifics a name can
/// follow ("President …", "Ms …", "prime minister Tony …"), the capitalised words a name can
/// go on from (up to the cut: [`Later`]), and the commas that open an appositive holding a
/// role noun.
struct Starts {
    titles: Vec<usize>,
    capitals: Vec<usize>,
    commas: Vec<usize>,
}

/// What a token's first byte tells [`scan_people`].
#[derive(Clone, Copy)]
enum ByteClass {
    Other = 0,
    Comma,
    /// An ASCII capital: a word opening on one is capitalised, with no more test.
    Capital,
    /// A byte from 0x80 on: the lead byte of a char that may be a capital.
    Lead,
}

const FIRST_BYTE: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_uppercase() {
            table[b] = ByteClass::Capital;
        } else if b >= 0x80 {
            table[b] = ByteClass::Lead;
        }
        b += 1;
    }
    table[b',' as usize] = ByteClass::Comma;
    table
};

/// Whether the scan stops at a token of class `class` after one of class `prev`
/// ([`ByteClass`] as an index, `prev << 2 | class`): at a capital or a lead byte, and at a
/// comma unless it follows a token whose first byte is neither (a lowercase word). Only a
/// comma after a capitalised word can open an appositive ([`scan_people`]), and most commas
/// follow a lowercase word, passed here by one more load rather than returned for the caller
/// to turn away.
const STOPS: [bool; 16] = {
    let mut table = [false; 16];
    let mut k = 0;
    while k < 16 {
        let (prev, class) = (k >> 2, k & 3);
        table[k] = class == ByteClass::Capital as usize
            || class == ByteClass::Lead as usize
            || (class == ByteClass::Comma as usize && prev != ByteClass::Other as usize);
        k += 1;
    }
    table
};

/// The classes of [`ByteClass`] by their index.
const CLASSES: [ByteClass; 4] = [
    ByteClass::Other,
    ByteClass::Comma,
    ByteClass::Capital,
    ByteClass::Lead,
];

/// How many tokens [`stops_in`] reads at a time: its answer is kept on the stack. Each
/// chunk's two loops mispredict their exits once (no predictor learns so long a count), so
/// chunks of 64 tokens cost some 23k more simulated mispredicts per BBC round.
const CHUNK: usize = 256;

/// The tokens of `tokens` from `from` to `until` (at most [`CHUNK`] of them) the scan stops
/// at ([`STOPS`]), written to `stops` as `idx << 2 | class`: how many are returned.
///
/// Every token is written and the count moves on by the table's answer, with no branch on
/// it: a walk that returned at each stop mispredicted its tests some 190k times per BBC round
/// (stops come about one in six tokens in no pattern a predictor learns). Measured so, with
/// the `&` tests of [`scan_stops`]: +9 M instructions, about 0.1 M fewer simulated
/// mispredicts, and some 1.5% more MB/s in wall clock.
fn stops_in(
    tokens: &[Token],
    bytes: &[u8],
    from: usize,
    until: usize,
    stops: &mut [u32; CHUNK],
) -> usize {
    // `tokens` were cut from `text`, so `get` finds every token (none is empty).
    let class_at = |t: &Token| {
        FIRST_BYTE[usize::from(bytes.get(t.start as usize).copied().unwrap_or(b'a'))] as usize
    };
    let mut prev = from
        .checked_sub(1)
        .and_then(|prev| tokens.get(prev))
        .map_or(ByteClass::Other as usize, class_at);
    let mut n = 0;
    for (idx, t) in (from..until).zip(&tokens[from..until]) {
        let class = class_at(t);
        // Token indexes fit in 30 bits: an article is at most 4 MiB. `n` stays below
        // `CHUNK` until the last token, so the mask only spares a bounds test.
        stops[n % CHUNK] = (idx as u32) << 2 | class as u32;
        n += usize::from(STOPS[prev << 2 | class]);
        prev = class;
    }
    n
}

/// The tokens from `from` to `until` of `words` an introduction can start at ([`Starts`]),
/// in order, added to `starts`; capitalised words a name can go on from only where
/// `CAPITALS` (past the cut none is wanted: [`Later`]). The walk is the same either way, as
/// each stop's starts depend on its neighbours alone.
///
/// A name begins at a capitalised word, and a title before a name ends right before one, so
/// the scan stops only at capitalised words and commas, told by the token's kind and first
/// byte: the lowercase words that are most of a text cost a few loads and no branch, a chunk
/// of tokens at a time ([`stops_in`]). A lowercase role noun matters only right before a
/// capitalised word (a title) or after a comma that follows one (an appositive), and is
/// looked up only there. Whether a name can go on from a capitalised word is told with no
/// branch ([`goes_on`]), each one written and counted by the answer.
///
/// Not inlined: inside `resolve_speakers` the walk's few values would not stay in registers.
#[inline(never)]
fn scan_people<const CAPITALS: bool>(
    words: &Words,
    from: usize,
    until: usize,
    starts: &mut Starts,
) {
    let tokens = words.tokens;
    // News runs to about one capitalised word a name can go on from per 24 tokens, and a
    // title per 128 (BBC): room for twice that, so that most articles' fit at once, where
    // growing by doubling copied them three or four times.
    let bytes = words.text.as_bytes();
    let mut stops = [0; CHUNK];
    // The capitalised words a name may go on from ([`goes_on`]), at most one a stop.
    let mut capitals = [0; CHUNK];
    for chunk in (from..until).step_by(CHUNK) {
        let n = stops_in(tokens, bytes, chunk, until.min(chunk + CHUNK), &mut stops);
        let n_capitals = scan_stops::<CAPITALS>(words, &stops[..n], starts, &mut capitals);
        starts.capitals.extend_from_slice(&capitals[..n_capitals]);
    }
}

/// [`scan_people`] at the `stops` of one chunk ([`stops_in`]): the titles and commas go to
/// `starts`, and the capitalised words a name may go on from to `capitals`, how many returned.
fn scan_stops<const CAPITALS: bool>(
    words: &Words,
    stops: &[u32],
    starts: &mut Starts,
    capitals: &mut [usize; CHUNK],
) -> usize {
    let tokens = words.tokens;
    let bytes = words.text.as_bytes();
    let mut n_capitals = 0;
    for &stop in stops {
        let (idx, class) = ((stop >> 2) as usize, CLASSES[(stop & 3) as usize]);
        let tok = tokens[idx];
        match class {
            ByteClass::Comma => {
                // An appositive introduces someone only after a name (`People::read`), whose
                // last word, right before the comma, is capitalised: most commas follow a
                // lowercase word, and were passed by its first byte in the walk.
                if tok.kind == lex::Tok::Punct
                    && idx > 0
                    && words.is_capitalised_at(idx - 1)
                    && opens_appositive_role(words, idx)
                {
                    starts.commas.push(idx);
                }
                continue;
            }
            // Told by its first byte, which the walk read: no second reading of it.
            ByteClass::Capital if tok.kind == lex::Tok::Word => {}
            ByteClass::Lead
                if tok.kind == lex::Tok::Word && names::is_capitalised_word(words.text, tok) => {}
            _ => continue,
        }
        // A lowercase title right before: "prime minister Tony Blair".
        let before = idx.wrapping_sub(1);
        // `&`, not `&&`: the tests go either way at random (here and below, the same).
        let title_shape_before = tokens.get(before).is_some_and(|&t| {
            t.is_word()
                & bytes
                    .get(t.start as usize)
                    .is_some_and(u8::is_ascii_lowercase)
                & has_title_shape(bytes, t)
        });
        if title_shape_before && is_title_listed(words, before) {
            starts.titles.push(before);
        }
        let Some(&next) = tokens.get(idx + 1) else {
            continue;
        };
        let next_first = bytes.get(next.start as usize).copied().unwrap_or(0);
        // A title counts only before a name (`People::read` asks for a name unit after it,
        // or after its dot: "Mr. Smith"), so one before a lowercase word is not looked up.
        let may_precede_name = (next.is_word() & !next_first.is_ascii_lowercase())
            | ((next.kind == lex::Tok::Punct) & (next_first == b'.'));
        if may_precede_name & has_title_shape(bytes, tok) && is_title_listed(words, idx) {
            starts.titles.push(idx);
        }
        if CAPITALS {
            capitals[n_capitals % CHUNK] = idx;
            n_capitals += usize::from(goes_on(words, idx, tok, next, next_first));
        }
    }
    n_capitals
}

/// Whether a name starting at the capitalised word `idx` (`tok`), followed by `next` (whose
/// first byte is `next_first`), can run past it: only a touching part ("Aist-2D"), a
/// capitalised word or a joiner ("of", "de") lets [`Words::name`] go on, a call that most
/// capitalised words (sentence openers, a lowercase word after them) need not pay. Told with
/// `&` and `|` and no branch but for a word opening on a non-ASCII byte, and the index
/// written and counted by the answer: `if` tests went either way at random, some 70k
/// simulated mispredicts per BBC round.
#[inline(always)]
fn goes_on(words: &Words, idx: usize, tok: Token, next: Token, next_first: u8) -> bool {
    let touching = next.touches(tok);
    let punct = next.kind == lex::Tok::Punct;
    // As `Words::unit_tail` reads touching parts: a hyphen or dot goes on only before a
    // touching word or digits ("Soyuz-2"); other marks ("Britain," "Smith.") end the unit.
    let joins = (next_first == b'-') | (next_first == b'.');
    let joined =
        (words.tokens.get(idx + 2)).is_some_and(|t| t.touches(next) & (t.kind != lex::Tok::Punct));
    let spaced_word = !touching & next.is_word();
    let ascii = spaced_word & next_first.is_ascii();
    let sure = (touching & (!punct | (joins & joined)))
        | (ascii & (next_first.is_ascii_uppercase() | words.is_joiner_at(idx + 1)));
    // Every joiner is ASCII: a word opening on another byte goes on only if capitalised.
    sure | ((spaced_word & !next_first.is_ascii()) && names::is_capitalised(next.text(words.text)))
}

/// The untitled full name that starts at capitalised word `idx`, if one does and `idx` is
/// not inside the name read before it (which ends at `next`, moved on here).
fn bare_name_at<'a>(
    words: &Words<'a>,
    idx: usize,
    next: &mut usize,
    buf: &mut String,
) -> Option<names::BareName<'a>> {
    if idx < *next {
        return None;
    }
    // Most runs are plain ([`names::plain_run`]): read in one walk, the name as it stands.
    let run = names::plain_run(words, idx);
    let end = match run {
        names::Run::Plain(end) => end,
        names::Run::NoName => return None,
        names::Run::Other => words.name(idx)?,
    };
    *next = end;
    // A possessive within the run owns the name after it: "Chelsea's William Gallas" is William
    // Gallas, "Hutton's Phillippi" no full name.
    let idx = (idx..end - 1)
        .rev()
        .find(|&k| names::ends_in_possessive(words, k))
        .map_or(idx, |k| k + 1);
    // After a title's field, the name is the rest of the run: the field opens the run
    // ("Chancellor of the Exchequer Nigel Lawson", the title before it) or stands within it
    // ("Secretary of State George Shultz", "U.S. Secretary of State George Shultz"). Where the
    // rest is no name ("president of the Rio de Janeiro Coffee Trade Association Carlos
    // Calmon"), the whole run is read, as is any other (`bare_name` turns away a run that cannot
    // hold two name words before anything else).
    if let Some(field) = (idx..end.saturating_sub(2)).find(|&k| completes_title(words, k))
        && let Some(name) = names::bare_name(words, (name_after_field(words, field, end), end), buf)
    {
        return Some(name);
    }
    match run {
        names::Run::Plain(_) => names::plain_bare_name(words, (idx, end)),
        _ => names::bare_name(words, (idx, end), buf),
    }
}

/// The first token of the name after the title's field that opens at `field`, in the name run
/// ending at `end`: the field is its first word and the words that close a two-word field
/// ("United States", "Foreign Affairs", "Home Office"), while two words are left for the name:
/// "President of the United States Ronald Reagan" is Ronald Reagan.
fn name_after_field(words: &Words, field: usize, end: usize) -> usize {
    let mut k = field + 1;
    while k + 3 <= end && is_field_tail(words.low(k)) {
        k += 1;
    }
    k
}

/// Words that close a field of two words: the second word of a country, an office or a
/// portfolio ("United States", "Foreign Affairs"). None is a first name.
fn is_field_tail(w: &str) -> bool {
    super::vocab::word_set!(
        w,
        "states"
            | "kingdom"
            | "nations"
            | "emirates"
            | "republic"
            | "union"
            | "affairs"
            | "office"
            | "relations"
            | "security"
            | "trade"
            | "industry"
            | "development"
            | "resources"
            | "services"
            | "works"
            | "planning"
            | "policy"
            | "cooperation"
    )
}

/// Whether capitalised word `idx` completes a title, standing after a role noun and "of"
/// ("Chancellor of the Exchequer Nigel Lawson", "Minister of Finance Gerhard Stoltenberg"):
/// the name goes on after it. Lengths are told before words.
fn completes_title(words: &Words, idx: usize) -> bool {
    let is = |i: usize, w: &str| {
        words.tokens[i].end - words.tokens[i].start == w.len() as u32 && words.is_word(i, w)
    };
    let of = match idx.checked_sub(1) {
        Some(before) if before > 0 && is(before, "the") => before - 1,
        Some(before) => before,
        None => return false,
    };
    of > 0 && is(of, "of") && words.part(of - 1) == Part::Role
}

/// The speaker phrase of an attribution that closes the sentence from token `start` to
/// `end` after a comma: `…, X said.` or `…, said X.` (marks after its last word aside).
fn closing_attribution(words: &Words, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut last = end;
    while last > start && !words.tokens[last - 1].is_word() {
        last -= 1;
    }
    let verb = last.checked_sub(1).filter(|&v| v > start + 1)?;
    if attribution_flags(words, verb) & SPEECH != 0 {
        let range = words.np_left(verb)?;
        return (range.0 > start && words.is_punct(range.0 - 1, ',')).then_some(range);
    }
    let comma = (start..last).rev().find(|&i| words.is_punct(i, ','))?;
    let said = comma + 1;
    let range = words.np_right(said + 1)?;
    let speech = attribution_flags(words, said) & SPEECH != 0;
    (said < last && speech && range.1 == last).then_some(range)
}

/// Whether `name` may be what [`names::bare_name`] reads: two words or more, each capitalised.
fn may_be_bare_name(name: &str) -> bool {
    name.contains(' ') && name.split(' ').all(names::is_capitalised)
}

/// The untitled full names past the cut of [`People::read`], read only when asked.
///
/// Every lookup of a person by a phrase ([`People::person_for`]) reads only the people before
/// the phrase, and titled ones after it; no phrase stands past the last speaker, so untitled
/// names further on matter only to [`People::speaker_person`], whose lookup by full name
/// takes the first person of that name anywhere. Most articles end in text with no speaker,
/// and its names are never read; nor are the capitalised words there a name can start at
/// looked for, unless asked (in 19 of the 1,771 BBC articles that read people).
struct Later<'a> {
    /// The first token past the cut.
    from: usize,
    /// Where the last name read before the cut ends: a capitalised word inside it starts none.
    next: usize,
    /// The names past the cut, by position, once read.
    names: std::cell::OnceCell<Vec<(usize, Cow<'a, str>)>>,
}

impl<'a> People<'a> {
    /// The people of `words` in `slot`, read into it on the first call ([`People::read`]).
    fn read_once<'s>(
        slot: &'s mut Option<People<'a>>,
        words: &Words<'a>,
        cut: usize,
    ) -> &'s People<'a> {
        if slot.is_none() {
            People::read(words, cut, slot);
        }
        // OK because `People::read` filled the slot.
        slot.as_ref().unwrap()
    }

    /// Reads the people of `words` into `slot`, in place: returned, the people (their
    /// indexes' masks, a kilobyte) were copied into the slot once more.
    fn read(words: &Words<'a>, cut: usize, slot: &mut Option<People<'a>>) {
        let tokens = words.tokens;
        // One pass for the few tokens an introduction can start at: a role noun or an
        // honorific ("President …", "Ms …"), and up to the cut a capitalised word a name can
        // go on from.
        let mut starts = Starts {
            titles: Vec::with_capacity(tokens.len() / 64),
            capitals: Vec::with_capacity(tokens.len() / 12),
            commas: Vec::new(),
        };
        let past = tokens.partition_point(|t| t.start as usize <= cut);
        scan_people::<true>(words, 0, past, &mut starts);
        scan_people::<false>(words, past, tokens.len(), &mut starts);
        let Starts {
            titles,
            capitals,
            commas,
        } = starts;
        // Each start introduces one person at most: room for all at once, where growing by
        // doubling copied them three or four times.
        let mut known: Vec<Person<'a>> =
            Vec::with_capacity(titles.len() + commas.len() + capitals.len());
        // Each introduction is cut into this one, whose name vector is allocated once (a
        // title is moved into its person).
        let mut phrase = Phrase::empty();
        // Titled names and honorific names: "Russian President Vladimir Putin", "Ms Hewitt".
        let mut next = 0;
        for &idx in &titles {
            if idx < next {
                continue;
            }
            let part = words.part(idx);
            let titled = part == Part::Role && words.name_unit(idx + 1).is_some();
            let honored = matches!(part, Part::Honorific(_)) && {
                let mut n = idx + 1;
                if words.is_punct(n, '.') {
                    n += 1;
                }
                words.name_unit(n).is_some()
            };
            if !(titled || honored) {
                continue;
            }
            let mut title_start = idx;
            while title_start > 0
                && matches!(
                    words.part(title_start - 1),
                    Part::Name { .. } | Part::Modifier | Part::Role | Part::And
                )
            {
                title_start -= 1;
            }
            let mut name_start = idx + 1;
            if words.is_punct(name_start, '.') {
                name_start += 1;
            }
            // Most introductions are a title right before a plain name ("Russian President
            // Vladimir Putin", "Mr Blair"): told in one walk, and read with no cut.
            let run = match name_start == idx + 1 {
                true => names::plain_run(words, name_start),
                false => names::Run::Other,
            };
            let name_end = match run {
                names::Run::Plain(end) => end,
                // OK because `titled || honored` checked a name unit there.
                _ => words.name(name_start).unwrap(),
            };
            next = name_end;
            let plain = (name_start == idx + 1)
                .then(|| {
                    let is_plain = matches!(run, names::Run::Plain(_));
                    names::plain_titled(words, (title_start, idx, name_end), part, is_plain)
                })
                .flatten();
            if let Some((title, gender, name)) = plain {
                let ends = (name.first_end, name.last_start);
                let at = tokens[idx].start as usize;
                known.push(Person::with_ends(name.name, title, gender, at, ends));
                continue;
            }
            names::cut_phrase_into(words, (title_start, name_end), &mut phrase);
            if !phrase.name.is_empty() {
                known.push(Person::of_parts(
                    names::join_name(words.text, &phrase.name),
                    &phrase.name,
                    std::mem::take(&mut phrase.title),
                    phrase.gender,
                    tokens[idx].start as usize,
                ));
            }
        }
        // Appositive titles: "David Frost, director general of …", "Alexander Kozlov, who is
        // co-chairman" is left alone. Only a comma before a role noun can open one. Its left
        // side is cut into `phrase`, its right into `right`, allocated once.
        let (left, mut right) = (&mut phrase, Phrase::empty());
        for comma in commas {
            let Some(before) = words.np_left(comma) else {
                continue;
            };
            let Some(after) = words.np_right(comma + 1) else {
                continue;
            };
            // Cheap tests first: a role on the right, and room for two name words on the left
            // (each name word is at least one token).
            let has_role = (after.0..after.1).any(|i| words.part(i) == Part::Role);
            if !has_role || before.1 < before.0 + 2 {
                continue;
            }
            names::cut_phrase_into(words, before, left);
            if !(left.title.is_empty() && left.name.len() >= 2) {
                continue;
            }
            names::cut_phrase_into(words, after, &mut right);
            if right.name.is_empty() {
                let title = (after.0..after.1)
                    .filter(|&i| words.tokens[i].is_word() && words.part(i) != Part::Det)
                    .take_while(|&i| words.part(i) != Part::Joiner)
                    .map(|i| words.lowered_word(i))
                    .collect();
                known.push(Person::of_parts(
                    names::join_name(words.text, &left.name),
                    &left.name,
                    title,
                    left.gender,
                    tokens[before.0].start as usize,
                ));
            }
        }
        // Full names with no title: "Paul Tellier, who was also …", for "Mr Tellier" later.
        // Only those up to `cut` are read now (see [`Later`]).
        let mut next = 0;
        let mut buf = String::new();
        for &idx in &capitals {
            if let Some(name) = bare_name_at(words, idx, &mut next, &mut buf) {
                known.push(Person::bare(name, tokens[idx].start as usize));
            }
        }
        known.sort_by_key(|p| p.at);
        let later = Later {
            from: past,
            next,
            names: std::cell::OnceCell::new(),
        };
        *slot = Some(People {
            by_last: index_by(Key::LastWord),
            by_first: index_by(Key::FirstWord),
            by_role: index_by(Key::Role),
            by_name: index_by(Key::FullName),
            known,
            cut,
            later,
        });
    }

    /// The first untitled full name past `cut` that is exactly `name`, as its byte offset:
    /// the rest of the capitalised words are read on the first call, as [`People::read`]
    /// would have read them.
    fn later_name(&self, words: &Words<'a>, name: &str) -> Option<usize> {
        let later = &self.later;
        let names = later.names.get_or_init(|| {
            let mut next = later.next;
            let mut buf = String::new();
            let mut starts = Starts {
                titles: Vec::new(),
                capitals: Vec::new(),
                commas: Vec::new(),
            };
            scan_people::<true>(words, later.from, words.tokens.len(), &mut starts);
            starts
                .capitals
                .into_iter()
                .filter_map(|idx| {
                    let found = bare_name_at(words, idx, &mut next, &mut buf)?;
                    Some((words.tokens[idx].start as usize, found.name))
                })
                .collect()
        });
        names.iter().find(|(_, n)| n == name).map(|&(at, _)| at)
    }

    /// The subjects of the sentence from token `start` to `end` that are persons, by
    /// position: the sentence subject, and subjects of clauses it opens with a subordinator.
    /// `phrase` is scratch space to cut the subjects into.
    fn sentence_subjects(
        &self,
        words: &Words<'a>,
        start: usize,
        end: usize,
        phrase: &mut Phrase<'a>,
    ) -> Vec<Person<'a>> {
        let mut subjects = Vec::new();
        // A line of names alone, ending on a word with no stop (a venue line "Lansdowne
        // Road, Dublin", an all-capitals wire headline "LAWSON SEES"), is no sentence: no
        // lowercase word but a name joiner stands in it, and it has no subject to take up a
        // pronoun. A headline with a lowercase verb ("Butler launches attack") keeps its own.
        if end > start
            && words.tokens[end - 1].is_word()
            && (end == words.tokens.len() || words.breaks_line_before(end))
            && (start..end).all(|i| {
                let tok = words.tokens[i];
                !tok.is_word()
                    || words.is_capitalised_at(i)
                    || !words.word(i).starts_with(char::is_lowercase)
                    || names::is_name_joiner(words.low(i))
            })
        {
            return subjects;
        }
        let Some(range) = subject_at(words, start, end) else {
            return subjects;
        };
        names::cut_phrase_into(words, range, phrase);
        let at = words.tokens[range.0].start as usize;
        if phrase.pronoun {
            return subjects;
        }
        if let Some(person) = self.person_for(words, phrase, at) {
            subjects.push(Person {
                at,
                ..firm_as_it(person)
            });
        }
        // Subjects of clauses the sentence opens with a subordinator: "although Campese
        // admitted …" is as good an antecedent as a sentence subject.
        for sub in start..end {
            if !may_be(&SUBORDINATOR_SHAPES, words, sub) || !words.word_is(sub, is_subordinator) {
                continue;
            }
            let Some(range) = words.np_right(sub + 1).filter(|r| r.1 < end) else {
                continue;
            };
            names::cut_phrase_into(words, range, phrase);
            let at = words.tokens[range.0].start as usize;
            if phrase.pronoun {
                continue;
            }
            // After "but", only someone named in full or titled, right after it ("but captain
            // Fabien Pelous sees"): "but Villa were" is a club, "but suggesting …" no clause.
            if words.is_word(sub, "but")
                && (range.0 != sub + 1
                    || !words.is_capitalised_at(sub + 1)
                        && words.flags(sub + 1) & (names::ROLE | names::MODIFIER | names::DET) == 0
                    || phrase.name.len() < 2 && phrase.title.is_empty())
            {
                continue;
            }
            if let Some(person) = self.person_for(words, phrase, at) {
                subjects.push(Person {
                    at,
                    ..firm_as_it(person)
                });
            }
        }
        // The speaker of a closing attribution ("…, Finance Minister Dilson Funaro said.",
        // "…, said Mr Smith."): whom a later "he said" goes on with, more than the subject of
        // what was said ("Brazil is not happy …"). Only someone named and titled, here or
        // where introduced, or with an honorific: "…, Agence France Presse said" and "…, the
        // Federal Reserve said" are no one "he" stands for.
        if let Some(range) = closing_attribution(words, start, end) {
            names::cut_phrase_into(words, range, phrase);
            let at = words.tokens[range.0].start as usize;
            if !phrase.pronoun
                && !phrase.name.is_empty()
                && let Some(person) = self.person_for(words, phrase, at)
                && (!phrase.title.is_empty()
                    || !person.title.is_empty()
                    || matches!(person.gender, Gender::Male | Gender::Female))
            {
                subjects.push(Person {
                    at,
                    ..firm_as_it(person)
                });
            }
        }
        subjects.sort_by_key(|p| p.at);
        subjects
    }

    /// The latest sentence subject before the sentence holding byte `at` (the start of the
    /// phrase whose first token is `first`) whose gender fits; `None` too where it would stand
    /// before byte `floor` (a later antecedent is known), so the sentences before it are not
    /// read.
    fn subject_before(
        &self,
        words: &Words<'a>,
        sentences: &mut Sentences<'a>,
        (at, first, floor): (usize, usize, Option<usize>),
        gender: Gender,
    ) -> Option<Person<'a>> {
        if !sentences.ordered {
            let sentence_at = sentences.at.partition_point(|&s| s <= at);
            let sentence = sentence_at.checked_sub(1).map_or(0, |i| sentences.at[i]);
            // Sentence starts out of order (a stop, a line break, then a closing mark):
            // read every sentence, as one list sorted by position.
            if sentences.all.is_none() {
                let mut all = Vec::new();
                let len = words.tokens.len();
                for (n, &start) in sentences.starts.iter().enumerate() {
                    let end = sentences.starts.get(n + 1).copied().unwrap_or(len);
                    all.extend(self.sentence_subjects(words, start, end, &mut sentences.phrase));
                }
                all.sort_by_key(|p| p.at);
                sentences.all = Some(all);
            }
            let all = sentences.all.as_deref().unwrap_or(&[]);
            let before = all.partition_point(|p| p.at < sentence);
            return all[..before]
                .iter()
                .rev()
                .find(|p| compatible(p.gender, gender))
                .cloned();
        }
        // Sentences are in order, and each one's subjects lie inside it: the subjects before
        // the pronoun's sentence are those of the sentences before it, read back one by one
        // until one fits.
        // The tokens starting at or before `at`: those before the phrase's first token, and
        // that one where it starts there (no search of the article's tokens).
        let at_first = words
            .tokens
            .get(first)
            .is_some_and(|t| t.start as usize == at);
        let pronoun = first + usize::from(at_first);
        let mut back = Back::default();
        let mut end = match pronoun {
            0 => 0,
            _ => sentences.start_before(words, pronoun, &mut back),
        };
        while end > 0 {
            // The sentence ends where the next starts, and its subjects stand before that.
            if floor.is_some_and(|floor| words.tokens[end].start as usize <= floor) {
                return None;
            }
            let read = sentences.subjects.iter().position(|&(e, ..)| e == end);
            let n = read.unwrap_or_else(|| {
                let start = sentences.start_before(words, end, &mut back);
                let found = self.sentence_subjects(words, start, end, &mut sentences.phrase);
                sentences.subjects.push((end, start, found));
                sentences.subjects.len() - 1
            });
            let (_, start, subjects) = &sentences.subjects[n];
            let found = subjects.iter().rev().find(|p| compatible(p.gender, gender));
            if let Some(found) = found {
                return Some(found.clone());
            }
            end = *start;
        }
        None
    }

    /// The person a resolved speaker is, when the phrase names one (not "officials").
    fn speaker_person(
        &self,
        words: &Words<'a>,
        phrase: &Phrase,
        speaker: &Speaker,
    ) -> Option<Person<'a>> {
        let known = first_entry(&self.by_name, &self.known, &speaker.name).map(|k| &self.known[k]);
        let mut gender = known.map(|p| p.gender);
        // The first person of that name may be an untitled one past the cut (on a tie in
        // position, the titled one comes first, as `known` sorts stably and reads those
        // first). Only a name of capitalised words can be one.
        if known.is_none_or(|p| p.at > self.cut)
            && may_be_bare_name(&speaker.name)
            && let Some(at) = self.later_name(words, &speaker.name)
            && known.is_none_or(|p| at < p.at)
        {
            gender = Some(Gender::Unknown);
        }
        // An unresolved pronoun or a phrase with no name ("the company") is nobody known.
        let named = gender.is_some() || (!phrase.pronoun && phrase.name.len() >= 2);
        let (gender, at) = (gender.unwrap_or(phrase.gender), speaker.span.start);
        named.then(|| match known {
            // Of the very name (found by it): its name borrowed as the known person's is,
            // with no copy or search for its words.
            Some(p) => {
                debug_assert_eq!(p.name, speaker.name);
                Person {
                    gender,
                    at,
                    ..p.untitled()
                }
            }
            None => Person::new(Cow::Owned(speaker.name.clone()), Vec::new(), gender, at),
        })
    }

    /// The full name a speaker phrase stands for, where the article tells.
    ///
    /// `sentences` are read on the first pronoun (by `read`): only "he" and "she" ask for
    /// sentence subjects, so an article whose speakers are all named never splits its
    /// sentences.
    fn resolve(
        &self,
        words: &Words<'a>,
        sentences: &mut Option<Sentences<'a>>,
        read: impl FnOnce() -> Sentences<'a>,
        phrase: &Phrase<'a>,
        (span, first): (Span, usize),
        speakers: &[Person<'a>],
    ) -> Option<String> {
        if phrase.pronoun {
            if phrase.gender == Gender::Plural {
                return None;
            }
            // Not a subject of the pronoun's own sentence: in `Mr Sullivan "made decisions,"
            // he told the court` he is someone else.
            let sentences = sentences.get_or_insert_with(read);
            let speaker = speakers
                .iter()
                .rev()
                .filter(|p| p.at < span.start)
                .find(|p| compatible(p.gender, phrase.gender));
            // A subject before the speaker found would lose to it: none is looked for there.
            let floor = speaker.map(|p| p.at);
            let at = (span.start, first, floor);
            let subject = self.subject_before(words, sentences, at, phrase.gender);
            let latest = match (subject.as_ref(), speaker) {
                (Some(a), Some(b)) => Some(if a.at >= b.at { a } else { b }),
                (a, b) => a.or(b),
            };
            return latest.map(|p| p.name.to_string());
        }
        self.person_for(words, phrase, span.start)
            .map(|p| p.name.into_owned())
    }

    /// The people whose name's last word is `last`, and the titled ones whose first word is
    /// `first`.
    /// The two indexes are asked together, so among few people their buckets are filled in
    /// one pass over the people.
    fn name_word_lists(&self, last: &str, first: &str) -> [Found<'_>; 2] {
        if self.known.len() <= LINEAR_PEOPLE && self.by_last.buckets.get().is_none() {
            let (mut by_last, mut by_first) = ([0u64; BUCKETS], [0u64; BUCKETS]);
            for (k, p) in self.known.iter().enumerate() {
                by_last[bucket(key_hash(last_word(p)))] |= 1 << k;
                if !p.title.is_empty() {
                    by_first[bucket(key_hash(first_word(p)))] |= 1 << k;
                }
            }
            // Only this lookup fills either index's buckets: both are empty here.
            let _ = self.by_last.buckets.set(by_last);
            let _ = self.by_first.buckets.set(by_first);
        }
        [
            entries(&self.by_last, &self.known, last),
            entries(&self.by_first, &self.known, first),
        ]
    }

    /// The person `phrase` names: its name, gender and where it was introduced (no title:
    /// no caller reads it, and it is not copied).
    fn person_for(&self, words: &Words<'a>, phrase: &Phrase<'a>, at: usize) -> Option<Person<'a>> {
        if !phrase.name.is_empty() {
            let name = names::join_name(words.text, &phrase.name);
            // The latest full name that this one shortens ("Putin", "Kim"), else itself.
            // Only a titled introduction is looked for further on (a headline's "Putin"), and
            // only it is shortened to its first word (Korean "Kim"): an untitled "Russia Day"
            // must not claim "Russia".
            // Every candidate shares the name's last word or first word: search those lists
            // only (the latest before `at`, else the first titled one after), so an article
            // with thousands of names stays linear.
            // Name words hold no space: the first and last words of the joined name.
            let last = phrase.name.last().map_or("", |w| w.as_ref());
            let first = phrase.name.first().map_or("", |w| w.as_ref());
            let lists = self.name_word_lists(last, first);
            // `known` is sorted by position: the people before `at` are a prefix of it.
            let split = self.known.partition_point(|p| p.at <= at);
            // The person is one that this name strictly shortens, else one of the very name:
            // both are looked for on one walk of each list, which stops at the first of the
            // first kind (the second then no longer matters).
            let mut shorter = Best::default();
            let mut same = Best::default();
            for list in &lists {
                for k in list.before(split) {
                    if self.known[k].name == name {
                        same.before_at(k);
                    } else if shortens_strictly(&name, &self.known[k]) {
                        shorter.before_at(k);
                        break;
                    }
                }
                for k in list.from(split) {
                    let p = &self.known[k];
                    if p.title.is_empty() {
                        continue;
                    }
                    if p.name == name {
                        same.after_at(k);
                    } else if shortens_strictly(&name, p) {
                        shorter.after_at(k);
                        break;
                    }
                }
            }
            let full = shorter.pick().or(same.pick()).map(|k| &self.known[k]);
            return Some(match full {
                Some(p) => Person {
                    gender: if phrase.gender == Gender::Unknown {
                        p.gender
                    } else {
                        phrase.gender
                    },
                    ..p.untitled()
                },
                None if phrase.name.len() >= 2 || phrase.gender != Gender::Unknown => {
                    Person::of_parts(name, &phrase.name, Vec::new(), phrase.gender, at)
                }
                None => return None,
            });
        }
        let role = phrase.title.last()?;
        let modifiers = &phrase.title[..phrase.title.len() - 1];
        let fits = |p: &&Person| {
            p.title.last() == Some(role) && modifiers.iter().all(|m| p.title.contains(m))
        };
        let list = entries(&self.by_role, &self.known, role);
        let split = self.known.partition_point(|p| p.at < at);
        let person = |k: usize| &self.known[k];
        list.before(split)
            .map(person)
            .find(fits)
            .or_else(|| {
                list.from(split)
                    .map(person)
                    .filter(|p| p.at > at)
                    .find(fits)
            })
            .map(Person::untitled)
    }
}

/// The person a lookup of [`People::person_for`] picks among those that fit: the latest
/// before the phrase in either list, else the first (titled) one after it.
#[derive(Default)]
struct Best {
    before: Option<usize>,
    after: Option<usize>,
}

impl Best {
    /// Person `k`, before the phrase, fits.
    fn before_at(&mut self, k: usize) {
        self.before = self.before.max(Some(k));
    }

    /// Person `k`, after the phrase, fits.
    fn after_at(&mut self, k: usize) {
        self.after = Some(self.after.map_or(k, |a| a.min(k)));
    }

    fn pick(&self) -> Option<usize> {
        self.before.or(self.after)
    }
}

/// Whether `short` is a word-aligned end of the person's name, not the name itself
/// ("Putin"), or, for a titled introduction, its start ("Kim" of "Kim Jong Un").
fn shortens_strictly(short: &str, person: &Person) -> bool {
    let full: &str = &person.name;
    // The last word after a joiner is no surname of an untitled name: "France" does not
    // shorten "Stade de France", nor "England" "Bank of England"; it does shorten a titled
    // person's ("Culture Minister Renaud Donnedieu de Vabres" … "Vabres").
    let ends = full.strip_suffix(short).is_some_and(|rest| {
        rest.ends_with(' ')
            && (!person.title.is_empty()
                || !rest[..rest.len() - 1]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())))
    });
    let starts = !person.title.is_empty()
        && full
            .strip_prefix(short)
            .is_some_and(|rest| rest.starts_with(' '));
    ends || starts
}

/// A subject whose name ends in a firm's kind ("Sony Corp", "Elders IXL Ltd"), an
/// institution's head noun ("the Home Office", "the Finance Ministry") or a publication's
/// ("the Evening Standard", "the Washington Post") is "it", never "he" or "she".
fn firm_as_it(person: Person<'_>) -> Person<'_> {
    // The name's last word, found once for the person ([`Person::new`]).
    let last = last_word(&person);
    let mut buf = [0; 24];
    let firm = names::ends_a_body(last, &mut buf);
    if firm {
        Person {
            gender: Gender::Plural,
            ..person
        }
    } else {
        person
    }
}

fn compatible(person: Gender, pronoun: Gender) -> bool {
    !matches!(
        (person, pronoun),
        (Gender::Plural, _) | (Gender::Male, Gender::Female) | (Gender::Female, Gender::Male)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format};
    use crate::extract::{Context, Data, extract, extract_article};

    /// One line per quote: `words [speaker phrase -> name]`.
    fn show(values: &[crate::extract::Value]) -> String {
        let mut lines = Vec::new();
        for v in values {
            if let Data::Quote { words, speaker, .. } = &v.data {
                let who = match speaker {
                    Some(s) if s.name != s.phrase => format!("{} -> {}", s.phrase, s.name),
                    Some(s) => s.phrase.clone(),
                    None => "-".to_owned(),
                };
                lines.push(format!("{words} [{who}]"));
            }
        }
        lines.join(" | ")
    }

    #[test]
    fn marks_from_the_lexers_list_are_marks_from_every_token() {
        let text = "He said: \"It's 'fine'.\" She didn't \u{201C}agree\u{201D}\u{2026} \
                    \u{00AB}Non\u{00BB}, \u{2018}no\u{2019}! Why? 3.5 e.g. U.S. -- end.";
        let lexed = lex::lex_marking(
            text,
            &lex::Lowered::new(text),
            |_, _, _, _| false,
            lex::Lexed::default(),
        );
        let read = |marks: Marks| {
            let quotes = marks.quotes.iter();
            let quotes = quotes.map(|m| (m.idx, m.double, m.mark, m.before_letter));
            (quotes.collect::<Vec<_>>(), marks.stops)
        };
        let listed = read(article_marks(text, &lexed));
        assert!(!listed.0.is_empty() && !listed.1.is_empty());
        assert_eq!(listed, read(article_marks(text, &lexed.tokens().to_vec())));
    }

    /// Whether `text`'s sentence starts, read only as far as its quotes need them
    /// ([`find`]), tell every quote's sentence and the one before it as all its starts do;
    /// answers whether any start was left unread (`None` for a text with no quote).
    fn assert_asked_starts_agree(text: &str) -> Option<bool> {
        let lexed = lex::lex_marking(
            text,
            &lex::Lowered::new(text),
            |_, _, _, _| false,
            lex::Lexed::default(),
        );
        let tokens = lexed.tokens().to_vec();
        let marks = article_marks(text, &tokens);
        let mut pairs = Vec::new();
        pair(marks.quotes.iter().copied(), tokens.len(), &mut pairs);
        let need = pairs.iter().map(|p| p.close.unwrap_or(p.open)).max()?;
        let (lowered, memo) = (text.to_ascii_lowercase(), names::ArticleMemo::new(0));
        let words = Words {
            text,
            tokens: &tokens,
            lowered: &lowered,
            memo: memo.cells(0, 0),
        };
        let read = |need| {
            let mut starts = Vec::new();
            let until_need = (tokens.len(), need);
            sentence_starts(&words, 0, &pairs, &marks.stops, 0, until_need, &mut starts);
            starts
        };
        let (all, asked) = (read(usize::MAX), read(need));
        let sentences = |starts: &[usize]| {
            let pairs = &pairs[..];
            let finder = Finder {
                words,
                pairs,
                starts,
            };
            (0..=need)
                .map(|idx| finder.sentence_of(idx))
                .collect::<Vec<_>>()
        };
        assert_eq!(sentences(&asked), sentences(&all), "\n  text: {text}");
        Some(asked.len() < all.len())
    }

    #[test]
    fn starts_past_the_last_quote_change_no_sentence_asked_for() {
        let mut unread = false;
        for text in [
            "He left. \"We won,\" she said. Mr. Smith agreed. Later, U.S. officials came.",
            "\"One.\" \"Two?\" \"Three!\"",
            // A quote closing on the line after its stop: a start may come out of order.
            "It ended. She said \"we won.\n\" They left. Then \"more\" came. The end.",
            "No quote here. None. \"Last\"",
            "Start. \"Open to the end. Of it all. And on",
        ] {
            unread |= assert_asked_starts_agree(text).expect("every text holds a quote");
        }
        assert!(unread);
    }

    #[test]
    fn starts_past_the_last_quote_change_no_sentence_of_the_bbc_corpus() {
        let Some(texts) = crate::extract::bbc_corpus() else {
            return;
        };
        for text in &texts {
            for paragraph in text.split("\n\n") {
                assert_asked_starts_agree(paragraph);
            }
        }
    }

    fn check(text: &str, expected: &str) {
        let got = show(&extract(text, &Context::default()));
        assert_eq!(got, expected, "\n  text: {text}");
    }

    fn check_article(text: &str, expected: &str) {
        let article = Article::from_text(text, Format::Body);
        let got = show(&extract_article(&article, &Context::default()));
        assert_eq!(got, expected, "\n  text: {text}");
    }

    #[test]
    fn a_name_of_parts_has_the_word_ends_its_bytes_have() {
        let text = "Vladimir Putin F.W.  de Klerk Aist-2D";
        for parts in [
            &["Vladimir", "Putin"][..],
            &["F.W.", "de", "Klerk"],
            &["Aist-2D"],
            &[],
        ] {
            let parts: Vec<Cow<str>> = parts.iter().map(|&w| Cow::Borrowed(w)).collect();
            let name = names::join_name(text, &parts);
            let fast = Person::of_parts(name.clone(), &parts, Vec::new(), Gender::Unknown, 0);
            let slow = Person::new(name, Vec::new(), Gender::Unknown, 0);
            assert_eq!(
                (fast.first_end, fast.last_start),
                (slow.first_end, slow.last_start)
            );
        }
    }

    #[test]
    fn phrases_from_data_file() {
        let failures = crate::extract::tests::data_file_failures(
            "tests/data/extract/quote.txt",
            include_str!("../../tests/data/extract/quote.txt"),
            |text, cx| show(&extract(text, cx)),
        );
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn marks_pair_and_continue() {
        check("It was \"desperate\", he said.", "desperate [he]");
        check(
            "Ms Hewitt said: \"We doubled it. \"We will extend it.\" She left.",
            "We doubled it. [Ms Hewitt] | We will extend it. [Ms Hewitt]",
        );
        check("Users 'lose patience'", "lose patience [-]");
        check("the leaders' talks and the '80s", "");
        check("\"Left open at the end", "Left open at the end [-]");
    }

    #[test]
    fn speakers_resolve_across_the_article() {
        check_article(
            "Russian President Vladimir Putin met Kim.\n\nThe Russian president said it was \"good\".\n\nRussia has \"expertise\", he said.",
            "good [The Russian president -> Vladimir Putin] | expertise [he -> Vladimir Putin]",
        );
        check_article(
            "Trade Secretary Patricia Hewitt spoke.\n\nMs Hewitt said: \"We will.\"\n\n\"We must,\" she added.",
            "We will. [Ms Hewitt -> Patricia Hewitt] | We must, [she -> Patricia Hewitt]",
        );
        check_article(
            "He said: \"This goes on\n\n\"and on.\"",
            "This goes on [He] | and on. [He]",
        );
        // The continuing-paragraph convention with the attribution in the last paragraph.
        check_article(
            "Prime Minister Boris Johnson spoke first.\n\nMinister Alexander Kozlov met Kim. \"It was fruitful,\" the minister added.\n\n\"The first part of a long speech\n\n\"and its end,\" Mr Kozlov said.",
            "It was fruitful, [the minister -> Alexander Kozlov] | The first part of a long speech [Mr Kozlov -> Alexander Kozlov] | and its end, [Mr Kozlov -> Alexander Kozlov]",
        );
    }

    #[test]
    fn a_title_may_end_in_its_field() {
        // "of the Exchequer" completes the title: the man is Nigel Lawson.
        check_article(
            "Chancellor of the Exchequer Nigel Lawson spoke.\n\n\"We are inside,\" Lawson said.",
            "We are inside, [Lawson -> Nigel Lawson]",
        );
        // A capitalised title holds its field within the name's run: the man is George Shultz.
        check_article(
            "U.S. Secretary of State George Shultz spoke.\n\n\"We are ready,\" Shultz said. \"It is time,\" he added.",
            "We are ready, [Shultz -> George Shultz] | It is time, [he -> George Shultz]",
        );
        // A field of two words: "United States", "Foreign Affairs".
        check_article(
            "President of the United States Ronald Reagan spoke.\n\n\"We will win,\" Reagan said.",
            "We will win, [Reagan -> Ronald Reagan]",
        );
        check_article(
            "Minister of Foreign Affairs Eduard Shevardnadze arrived.\n\n\"It is good,\" Shevardnadze said.",
            "It is good, [Shevardnadze -> Eduard Shevardnadze]",
        );
    }

    #[test]
    fn a_possessive_owns_the_name_after_it() {
        // "Chelsea's" says whose player he is: the man is William Gallas.
        check_article(
            "Chelsea's William Gallas was injured.\n\n\"I will be back,\" Gallas said.",
            "I will be back, [Gallas -> William Gallas]",
        );
        check_article(
            "\"We are growing,\" said Google's Larry Page.",
            "We are growing, [Google's Larry Page -> Larry Page]",
        );
        // A lowercase possessive owns no name: "this year's Academy Awards" are no one.
        check_article(
            "This year's Academy Awards shied away from big names.\n\n\"It is odd,\" he said.",
            "It is odd, [he]",
        );
    }

    #[test]
    fn a_nationality_noun_is_a_title() {
        check_article(
            "\"I felt great,\" said Briton Paula Radcliffe.",
            "I felt great, [Briton Paula Radcliffe -> Paula Radcliffe]",
        );
    }

    #[test]
    fn a_line_of_names_is_no_sentence() {
        // A venue line or an all-capitals wire headline has no subject for "he".
        check_article(
            "Preview: Ireland v England\n\nLansdowne Road, Dublin\n\nIreland are going for a win. \"They will target Dublin,\" he said.",
            "They will target Dublin, [he]",
        );
        check_article(
            "LAWSON SEES STABILITY\n\nThe pound rose. \"It is in our interest,\" he said.",
            "It is in our interest, [he]",
        );
    }

    #[test]
    fn a_wire_dateline_is_no_subject() {
        check_article(
            "NEW YORK, March 26 - Treasury Secretary James Baker spoke on Monday.\n\n\"We are ready,\" he said.",
            "We are ready, [he -> James Baker]",
        );
    }

    #[test]
    fn a_firm_is_not_he() {
        check_article(
            "Sony Corp plans to invest more.\n\n\"We are investing,\" he said.",
            "We are investing, [he]",
        );
        // Nor is a publication or an institution: the Standard and the Ministry are "it".
        check_article(
            "London's Evening Standard reported the plan.\n\n\"We want more,\" he said.",
            "We want more, [he]",
        );
        check_article(
            "The Finance Ministry official Masaki Shimazu spoke.\n\nThe Finance Ministry will act.\n\n\"We will act,\" he said.",
            "We will act, [he -> Masaki Shimazu]",
        );
    }

    #[test]
    fn a_closing_attribution_names_whom_he_goes_on_with() {
        check_article(
            "LONDON, March 2 - Brazil is unhappy with the committee, Finance Minister Dilson Funaro said.\n\nBanks hold half the seats, he said, adding \"This is not fair.\"",
            "This is not fair. [he -> Dilson Funaro]",
        );
        // A news agency or a body is no one "he" stands for.
        check_article(
            "Economist Glenn Maguire spoke.\n\nThe toll rose, Agence France Presse said.\n\n\"It is a tragedy,\" he said.",
            "It is a tragedy, [he -> Glenn Maguire]",
        );
    }

    #[test]
    fn an_actress_is_not_he() {
        check_article(
            "Jamie Foxx won.\n\nBest actress Helen Mirren also won.\n\n\"It is good,\" he said.",
            "It is good, [he -> Jamie Foxx]",
        );
    }

    #[test]
    fn a_country_is_not_a_place_named_after_it() {
        check_article(
            "Fans filled the Stade de France. France played well. \"We are better,\" he said.",
            "We are better, [he]",
        );
    }

    #[test]
    fn a_clause_after_but_has_a_subject() {
        check_article(
            "Wales coach Mike Ruddock is pleased. France have struggled but captain Fabien Pelous sees hope. \"We are getting better,\" he said.",
            "We are getting better, [he -> Fabien Pelous]",
        );
        check_article(
            "Coach Graeme Souness spoke. Solano went to Aston Villa but Villa were not keen. \"I want three players,\" he said.",
            "I want three players, [he -> Graeme Souness]",
        );
    }

    #[test]
    fn a_spokesman_speaks_for_someone() {
        check_article(
            "Russian President Vladimir Putin met Kim.\n\nPutin's spokesman told reporters that the visit was \"historic\".\n\n\"We are pleased,\" Putin's spokesman Dmitry Peskov said.\n\n\"It went well,\" the spokesman added.",
            "historic [Putin's spokesman] | We are pleased, [Putin's spokesman Dmitry Peskov -> Dmitry Peskov] | It went well, [the spokesman -> Dmitry Peskov]",
        );
    }
}
