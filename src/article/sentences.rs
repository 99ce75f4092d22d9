//! Sentence boundaries inside a paragraph, as byte spans into the article text.
//!
//! The splitter is our own: UAX#29 and SRX rule sets cut "7:09 a.m. | Moscow time"
//! and "the U.S. | Government" in two, and news copy is full of both. It is one
//! linear pass over the paragraph that jumps (with `memchr`) from candidate to
//! candidate: `.`, `!`, `?`, `…`, line breaks and bullets. Only there does it look at
//! the word before (through a small project-owned no-break list) and the word after,
//! and decide; the letters between are never looked at one by one. Full stops, by
//! far the most common candidate, have a search of their own; `!`, `?` and the lead
//! byte of `…` and of bullets share a second, which a text without them runs once.
//! The common full stop (after a plain word, before a space and a capital) is
//! decided from the last letters of the word before, without the general rules:
//! read backwards (mid-sentence as one 8-byte number, not byte by byte), they form
//! the key of the no-break list, which is hashed into a table at compile time
//! (`LISTED`), so a word costs one probe. As the scan only moves forward, a kept
//! hit is checked with one comparison. A paragraph is split on the first call for
//! its sentences (`Article::sentences`): extraction never asks. Values are
//! extracted on paragraph text, so a wrong cut here never hides a value; it only
//! changes which sentence is cited as evidence.
//!
//! # Grammar
//!
//! A sentence ends after a terminal mark (`.`, `!`, `?`, an ellipsis), together with
//! any closing quotes and brackets right after it, when whitespace and a word that
//! can open a sentence follow. The rules, in the order they are tried:
//!
//! - A mark followed by a lower-case word never ends a sentence: "Were Jane and co. at
//!   the party?", "She works at Yahoo! in the accounting department.", "'This is
//!   great.' she said."
//! - A `.` between or before digits is part of a number: "$100.00", "1026.253.553".
//! - `!` and `?` runs end a sentence otherwise: "Hello?! Is that you?"
//! - Titles and other prepositive abbreviations never end one: "Mr. Smith", "Dr. Ruth",
//!   "Gov. Newsom", "Mt. Fuji", "St. Michael's", "e.g. Paris".
//! - Abbreviations that stand before a number do not end one before a digit: "p. 55",
//!   "No. 10", "N°. 1026", "Sept. 13", "Jan. 5".
//! - Abbreviations that may also close a sentence ("Co.", "Inc.", "Jr.", "etc.", month
//!   abbreviations, US state abbreviations) and dotted acronyms ("U.S.", "E.U.") end one
//!   only when the next word is a common sentence opener (pronoun, determiner, question
//!   word, conjunction): "Pitt, Briggs & Co. It closed yesterday." is two sentences,
//!   "the U.S. Government in Virginia" is one.
//! - A single capital letter is an initial: "J. R. R. Tolkien", "Jonas E. Smith";
//!   it ends a sentence only before a sentence opener ("vitamin D. The"), or when it
//!   is the pronoun "I" after a lower-case word ("you and I. Did you see …").
//! - "a.m." and "p.m." before a capital end a sentence unless the words after continue
//!   the time ("7:09 a.m. Moscow time", "6 p.m. EDT", "5 p.m. Eastern Standard Time",
//!   "9 a.m. Monday", "8 p.m. Sept. 13") or the sentence so far is only a fronted time
//!   phrase ("At 5 a.m. Mr. Smith went to the bank."). "He left at 6 P.M. Mr. Smith
//!   then went home." is two sentences.
//! - Any other word, number, e-mail address or URL followed by `.` ends a sentence
//!   before a capital, a digit, a quote or a bracket: "She has $100.00. It is in her
//!   bag.", "Her email is Jane.Doe@example.com. I sent her an email."
//! - Without a space, a `.` between a word (or number) and a capitalised word still
//!   ends a sentence: "Hello world.Today is Tuesday." (not in "U.S.A.", e-mail
//!   addresses or URLs).
//! - Ellipses: a bracketed "[...]" is an elision, never an end; the spaced ". . ."
//!   inside a sentence is an elision ("the thing is . . . I didn't mean it"); four dots
//!   (". . . ." or "....") and the unspaced "..." / "…" end a sentence before a capital;
//!   "word. . . . The" ends after the word's own period and the next sentence opens
//!   with the elision, as in MLA style.
//! - Lists: a paragraph that opens with a list marker ("1.", "1)", "1.)", "a.", after an
//!   optional bullet) is cut before each following marker in sequence: "1. The first
//!   item 2. The second item". A bullet (• ◦ ▪ ‣ ⁃) after whitespace always opens a new
//!   sentence, as does a line that starts with "- ", "* " or "+ ".
//! - Line breaks inside a paragraph: when no line of the paragraph ends with a terminal
//!   mark, the paragraph is a line list and every line is its own sentence
//!   ("features\ncontact manager"); otherwise the breaks are hard wraps and count as
//!   spaces ("This is a sentence\ncut off in the middle."), so a sentence span may
//!   contain a line break.
//!
//! Known limits: an abbreviation that closes a sentence before a name stays joined
//! ("in the U.S. Putin said" is one sentence), and "St." before a capital is always
//! read as "Saint".

use super::Sentence;
use crate::extract::calendar::{month_of, weekday_of};
use crate::span::Span;

/// The sentences of `text[span]`, spans relative to `text`.
pub(crate) fn split(text: &str, span: Span) -> Vec<Sentence> {
    let mut out = Vec::new();
    let Some(para) = text.get(span.start..span.end) else {
        return out;
    };
    // Most paragraphs are one line; knowing that spares the run a search for line
    // breaks. The candidates are searched up to the paragraph's end only.
    let has_breaks = memchr::memchr2(b'\n', b'\r', para.as_bytes()).is_some();
    let upto = &text.as_bytes()[..span.end];
    if has_breaks && is_line_list(para) {
        let mut candidates = Candidates::new(upto, span.start, false);
        let mut line_start = 0;
        for (line_end, next) in line_breaks(para) {
            split_run(
                &para[line_start..line_end],
                span.start + line_start,
                &mut candidates,
                &mut out,
            );
            line_start = next;
        }
        split_run(
            &para[line_start..],
            span.start + line_start,
            &mut candidates,
            &mut out,
        );
    } else {
        let mut candidates = Candidates::new(upto, span.start, has_breaks);
        split_run(para, span.start, &mut candidates, &mut out);
    }
    out
}

/// The line breaks of `s` as (end of line, start of next line); "\r\n", "\n" and "\r".
fn line_breaks(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    b.iter().enumerate().filter_map(move |(i, &c)| match c {
        b'\n' if i > 0 && b[i - 1] == b'\r' => None,
        b'\n' => Some((i, i + 1)),
        b'\r' if b.get(i + 1) == Some(&b'\n') => Some((i, i + 2)),
        b'\r' => Some((i, i + 1)),
        _ => None,
    })
}

/// True when `para` has several non-blank lines and none ends with a terminal mark:
/// a list written one item a line, not prose hard-wrapped at a column.
fn is_line_list(para: &str) -> bool {
    if memchr::memchr2(b'\n', b'\r', para.as_bytes()).is_none() {
        return false;
    }
    let mut n_lines = 0;
    for line in para.split(['\n', '\r']) {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        n_lines += 1;
        let last = line.trim_end_matches(is_closer).chars().next_back();
        if matches!(last, Some('.' | '!' | '?' | '…')) {
            return false;
        }
    }
    n_lines > 1
}

/// Splits one run of text (a paragraph, or a line of a line list) that starts at
/// `base` in the text `candidates` searches.
fn split_run(s: &str, base: usize, candidates: &mut Candidates, out: &mut Vec<Sentence>) {
    let b = s.as_bytes();
    let mut start = skip_space(s, 0);
    let items = list_items(s, start);
    let mut item_idx = 0;
    let mut dot_idx = 0;
    let mut i = start;
    let mut next_item = items.starts.first().copied().unwrap_or(usize::MAX);
    while i < b.len() {
        // Most bytes are letters, digits and spaces: jump over them to the next byte
        // that may matter, or the next list item.
        if i < next_item {
            // `max(i)`: never backwards, whatever the search answers.
            i = candidates
                .next(base + i)
                .saturating_sub(base)
                .max(i)
                .min(next_item);
            if i >= b.len() {
                break;
            }
        }
        // Most runs are no list: `next_item` is then out of reach.
        if i >= next_item {
            while let Some(&item) = items.starts.get(item_idx) {
                if item > i {
                    break;
                }
                if item > start {
                    push(s, base, start, item, out);
                    start = item;
                }
                item_idx += 1;
            }
            next_item = items.starts.get(item_idx).copied().unwrap_or(usize::MAX);
        }
        let c = b[i];
        if c == b'.' {
            if !items.dots.is_empty() {
                while items.dots.get(dot_idx).is_some_and(|&d| d < i) {
                    dot_idx += 1;
                }
                if items.dots.get(dot_idx) == Some(&i) {
                    i += 1;
                    continue;
                }
            }
            // The common cases, read without `Run` and `decide` (which agree): a
            // full stop before a digit is part of a number, one that ends the run
            // ends no sentence here (the run's end does), and one before a space
            // and a capital after a plain word ends one.
            match b.get(i + 1) {
                None => break,
                Some(d) if d.is_ascii_digit() => {
                    i += 1;
                    continue;
                }
                Some(b' ')
                    if b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                        && classify_before(s, i, start) == Abbr::Word =>
                {
                    push(s, base, start, i + 1, out);
                    start = i + 2;
                    i += 1;
                    continue;
                }
                _ => {}
            }
        } else if !(c == b'!' || c == b'?' || b[i..].starts_with(ELLIPSIS)) {
            match c {
                b'\n' | b'\r' if i > start && opens_list_line(s, i + 1) => {
                    push(s, base, start, i, out);
                    start = skip_space(s, i);
                }
                _ if c >= 0x80 && i > start && is_bullet_at(s, i) && preceded_by_space(b, i) => {
                    push(s, base, start, i, out);
                    start = i;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        let run = Run::scan(s, i);
        match decide(s, start, &run) {
            Some((end, resume)) => {
                push(s, base, start, end, out);
                start = skip_space(s, resume);
                i = resume.max(i + 1);
            }
            None => i = run.end.max(i + 1),
        }
    }
    push(s, base, start, b.len(), out);
}

/// The next bytes where a sentence may end or a list line or bullet may open: a
/// full stop, a line break, and the rarer `!`, `?` and 0xE2, which leads the UTF-8
/// of `…` and of every bullet. Each of the three kinds is found with `memchr` and
/// kept until the scan passes it, so the splitter looks at these bytes only, and a
/// text without `?` is searched for it once. Positions are offsets into the
/// searched text, which may run past the run being split (into the next line).
///
/// The scan only moves forward (`next` is never asked for a position before one it
/// was asked for), so a kept hit answers every position up to itself: checking one
/// is a comparison.
pub(super) struct Candidates<'t> {
    b: &'t [u8],
    /// The first full stop at or after the last search (`b.len()` for none).
    dot: usize,
    line_break: usize,
    rare: usize,
}

impl<'t> Candidates<'t> {
    /// Candidates in `b` from `from` on; without `has_breaks`, line breaks are not
    /// looked for.
    fn new(b: &'t [u8], from: usize, has_breaks: bool) -> Candidates<'t> {
        let from = from.min(b.len());
        Candidates {
            b,
            dot: find_dot(b, from),
            line_break: if has_breaks {
                find_line_break(b, from)
            } else {
                b.len()
            },
            rare: find_rare(b, from),
        }
    }

    /// The first candidate at or after `from` (the text's length when there is
    /// none); `from` is at least the `from` of every earlier call.
    fn next(&mut self, from: usize) -> usize {
        let b = self.b;
        if self.dot < from {
            self.dot = find_dot(b, from);
        }
        if self.line_break < from {
            self.line_break = find_line_break(b, from);
        }
        if self.rare < from {
            self.rare = find_rare(b, from);
        }
        self.dot.min(self.line_break).min(self.rare)
    }
}

/// The first full stop at or after `from`, or `b.len()`.
fn find_dot(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .and_then(|h| memchr::memchr(b'.', h))
        .map_or(b.len(), |k| from + k)
}

/// The first line break at or after `from`, or `b.len()`.
fn find_line_break(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .and_then(|h| memchr::memchr2(b'\n', b'\r', h))
        .map_or(b.len(), |k| from + k)
}

/// The first `!`, `?` or 0xE2 at or after `from`, or `b.len()`.
fn find_rare(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .and_then(|h| memchr::memchr3(b'!', b'?', 0xE2, h))
        .map_or(b.len(), |k| from + k)
}

/// Pushes `s[start..end]` without its trailing whitespace, when anything is left.
fn push(s: &str, base: usize, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let Some(piece) = s.get(start..end) else {
        return;
    };
    // Pieces mostly end on a printable ASCII byte: nothing to trim.
    let len = if piece.as_bytes().last().is_some_and(u8::is_ascii_graphic) {
        piece.len()
    } else {
        piece.trim_end().len()
    };
    if len > 0 {
        out.push(Sentence {
            span: Span::new(base + start, base + start + len),
        });
    }
}

/// The first position at or after `i` that is not whitespace (or the end).
fn skip_space(s: &str, i: usize) -> usize {
    // Mostly a space or none, then a printable ASCII byte.
    let b = s.as_bytes();
    let at = if b.get(i) == Some(&b' ') { i + 1 } else { i };
    if b.get(at).is_some_and(u8::is_ascii_graphic) {
        return at;
    }
    match s.get(i..) {
        Some(rest) => i + (rest.len() - rest.trim_start().len()),
        None => s.len(),
    }
}

fn preceded_by_space(b: &[u8], i: usize) -> bool {
    i > 0 && b[i - 1].is_ascii_whitespace()
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›')
}

/// Opening quotes and brackets; '<' opens Reuters company names ("<E.F. Hutton>").
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '<' | '“' | '‘' | '«' | '‹')
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '‣' | '⁃')
}

fn is_bullet_at(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(is_bullet)
}

/// True when the line starting at `i` opens with a bullet, "- ", "* " or "+ ".
fn opens_list_line(s: &str, i: usize) -> bool {
    let Some(rest) = s.get(i..) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    let mut chars = rest.chars();
    match chars.next() {
        Some('-' | '*' | '+') => chars.next() == Some(' '),
        Some(c) => is_bullet(c),
        None => false,
    }
}

const ELLIPSIS: &[u8] = "…".as_bytes();

/// A run of terminal marks starting at `start`, with the closers after it.
struct Run {
    start: usize,
    /// End of the marks themselves.
    marks_end: usize,
    /// End of the closing quotes and brackets after the marks.
    end: usize,
    kind: RunKind,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum RunKind {
    /// `!`, `?` and mixes.
    Bang,
    /// One `.`.
    Period,
    /// Several dots, or `…`.
    Ellipsis {
        n_dots: usize,
        /// ". . ." with spaces between the dots.
        spaced: bool,
    },
}

impl Run {
    fn scan(s: &str, start: usize) -> Run {
        let b = s.as_bytes();
        let mut j = start;
        let kind;
        if b[start] == b'!' || b[start] == b'?' {
            while j < b.len() && matches!(b[j], b'!' | b'?') {
                j += 1;
            }
            kind = RunKind::Bang;
        } else {
            let mut n_dots = 0;
            let mut spaced = false;
            loop {
                if j < b.len() && b[j] == b'.' {
                    n_dots += 1;
                    j += 1;
                } else if b[j..].starts_with(ELLIPSIS) {
                    n_dots += 3;
                    j += '…'.len_utf8();
                } else if n_dots > 0
                    && j + 1 < b.len()
                    && b[j] == b' '
                    && (b[j + 1] == b'.' || b[j + 1..].starts_with(ELLIPSIS))
                {
                    spaced = true;
                    j += 1;
                } else {
                    break;
                }
            }
            kind = if n_dots == 1 {
                RunKind::Period
            } else {
                RunKind::Ellipsis { n_dots, spaced }
            };
        }
        let marks_end = j;
        // Closers are '"', '\'', ')', ']' or non-ASCII; any other byte ends them at once.
        let no_closer = b
            .get(marks_end)
            .is_none_or(|&c| c.is_ascii() && !matches!(c, b'"' | b'\'' | b')' | b']'));
        let end = if no_closer {
            marks_end
        } else {
            // Mostly ASCII closers ('."'), stepped over by byte; after a non-ASCII
            // byte the closers are read as characters.
            let mut k = marks_end;
            while b
                .get(k)
                .is_some_and(|&c| matches!(c, b'"' | b'\'' | b')' | b']'))
            {
                k += 1;
            }
            if b.get(k).is_none_or(u8::is_ascii) {
                k
            } else {
                k + (s[k..].len() - s[k..].trim_start_matches(is_closer).len())
            }
        };
        Run {
            start,
            marks_end,
            end,
            kind,
        }
    }
}

/// What follows a run of marks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Next {
    End,
    Lower,
    Upper,
    Digit,
    Other,
}

/// The class of the word after `pos` (skipping whitespace and opening quotes or
/// brackets) and where that word starts.
fn next_word(s: &str, pos: usize) -> (Next, usize) {
    // Mostly a space or two, then an ASCII letter or digit: read that from the bytes.
    let b = s.as_bytes();
    let mut at = pos;
    while b.get(at) == Some(&b' ') {
        at += 1;
    }
    // Or ASCII opening quotes and brackets, then such a byte.
    let mut word_at = at;
    while b
        .get(word_at)
        .is_some_and(|&c| matches!(c, b'"' | b'\'' | b'(' | b'[' | b'<'))
    {
        word_at += 1;
    }
    match b.get(word_at) {
        Some(c) if c.is_ascii_lowercase() => return (Next::Lower, word_at),
        Some(c) if c.is_ascii_uppercase() => return (Next::Upper, word_at),
        Some(c) if c.is_ascii_digit() => return (Next::Digit, word_at),
        _ => {}
    }
    let rest = s.get(pos..).unwrap_or("").trim_start();
    let rest = rest.trim_start_matches(is_opener);
    let at = s.len() - rest.len();
    let Some(c) = rest.chars().next() else {
        return (Next::End, at);
    };
    let class = if c.is_lowercase() {
        Next::Lower
    } else if c.is_uppercase() {
        Next::Upper
    } else if c.is_ascii_digit() {
        Next::Digit
    } else {
        Next::Other
    };
    (class, at)
}

/// The word (letters only) that starts at `at`, for the opener and zone lists.
fn word_at(s: &str, at: usize) -> &str {
    let rest = s.get(at..).unwrap_or("");
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    &rest[..word_len]
}

/// Decides whether `run` ends the sentence that began at `start`: the end of the
/// sentence and where to resume scanning, or None.
fn decide(s: &str, start: usize, run: &Run) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let spaced_after = run.end < b.len() && is_space_at(s, run.end);
    // Mostly a space and a word follow: seen from the bytes.
    let next_byte = if b.get(run.end) == Some(&b' ') {
        b.get(run.end + 1)
    } else {
        b.get(run.end)
    };
    let text_follows = next_byte.is_some_and(u8::is_ascii_graphic)
        || (run.end < b.len() && !s[run.end..].trim().is_empty());
    if !text_follows {
        return None;
    }
    if !spaced_after {
        // "world.Today": only a lone period, right against a capitalised word.
        return (run.kind == RunKind::Period
            && run.end == run.marks_end
            && glued_boundary(s, run.start))
        .then_some((run.marks_end, run.marks_end));
    }
    let (next, next_at) = next_word(s, run.end);
    let opener_next = || next == Next::Upper && is_opener_word(word_at(s, next_at));
    if next == Next::Lower {
        return None;
    }
    let cut = Some((run.end, run.end));
    match run.kind {
        RunKind::Bang => cut,
        RunKind::Ellipsis { n_dots, spaced } => {
            let before = s[..run.start].chars().next_back();
            if matches!(before, Some('[' | '(')) {
                return None; // "[...]": an elision mark
            }
            let attached = before.is_some_and(|c| !c.is_whitespace());
            if spaced && attached && n_dots >= 4 && b[run.start] == b'.' && run.end == run.marks_end
            {
                // "compounds. . . . The": the word's period ends it; the next
                // sentence opens with the elision.
                return Some((run.start + 1, run.start + 1));
            }
            if spaced && n_dots == 3 && !attached {
                return None; // "the thing is . . . I didn't": an elision mid-sentence
            }
            cut
        }
        RunKind::Period => match classify_before(s, run.start, start) {
            Abbr::Word => cut,
            Abbr::Prepositive => None,
            Abbr::BeforeNumber => (next != Next::Digit).then_some((run.end, run.end)),
            Abbr::Ambiguous => opener_next().then_some((run.end, run.end)),
            Abbr::Initial(letter) => {
                let pronoun = letter == 'I' && word_before_is_lower(s, run.start - 1, start);
                let opener = opener_next();
                (opener || (pronoun && next != Next::Digit)).then_some((run.end, run.end))
            }
            Abbr::Clock => {
                if next == Next::Upper
                    && (continues_time(s, run.end) || fronted_time(s, start, run.start))
                {
                    None
                } else {
                    cut
                }
            }
        },
    }
}

fn is_space_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&c) if c.is_ascii() => char::from(c).is_whitespace(),
        _ => s[i..].chars().next().is_some_and(char::is_whitespace),
    }
}

/// "world.Today", "1,000.That": a period glued to a capitalised word ends a sentence
/// when the left side is a plain word or number and the token is no address.
fn glued_boundary(s: &str, dot: usize) -> bool {
    let b = s.as_bytes();
    let upper_lower = b.get(dot + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(dot + 2).is_some_and(u8::is_ascii_lowercase);
    if !upper_lower || dot == 0 {
        return false;
    }
    // The whole whitespace-delimited token, bounded: addresses hold '@', "://", "www.".
    let lo = (0..dot)
        .rev()
        .take(MAX_TOKEN)
        .find(|&k| b[k].is_ascii_whitespace())
        .map_or(dot.saturating_sub(MAX_TOKEN), |k| k + 1);
    let hi = (dot..b.len())
        .take(MAX_TOKEN)
        .find(|&k| b[k].is_ascii_whitespace())
        .unwrap_or((dot + MAX_TOKEN).min(b.len()));
    let token = &b[lo..hi];
    if token.len() >= MAX_TOKEN
        || token.contains(&b'@')
        || token.windows(3).any(|w| w == b"://")
        || token.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        return false;
    }
    if b[dot - 1].is_ascii_digit() {
        return true;
    }
    let word_start = (lo..dot)
        .rev()
        .find(|&k| !b[k].is_ascii_alphabetic())
        .map_or(lo, |k| k + 1);
    let word = &b[word_start..dot];
    word.len() >= 2
        && word.iter().any(u8::is_ascii_lowercase)
        && matches!(classify_bytes(word), Abbr::Word)
}

/// Tokens longer than this are not abbreviations; bounding the look-back keeps the
/// pass linear on text without spaces.
const MAX_TOKEN: usize = 48;

/// The token before the period at `dot`: back to whitespace (not before `floor`),
/// without opening quotes or brackets.
fn token_before(s: &str, dot: usize, floor: usize) -> &str {
    let b = s.as_bytes();
    // Back to the last whitespace, but not before `floor` nor more than MAX_TOKEN bytes.
    let lo = floor.min(dot).max(dot.saturating_sub(MAX_TOKEN));
    let mut k = b[lo..dot]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(lo, |p| lo + p + 1);
    while k < dot && !s.is_char_boundary(k) {
        k += 1;
    }
    let token = &s[k..dot];
    // A token mostly opens with a letter or digit: no opener to strip.
    if token
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return token;
    }
    token.trim_start_matches(is_opener)
}

/// The ASCII letters that end `tail`, lowered, as the key of `listed` (first letter in the
/// low byte), and how many there are: a byte at a time, where `letters_before` reads eight.
fn letters_ending(tail: &[u8]) -> (u64, usize) {
    let mut key = 0;
    let mut n = 0;
    for &c in tail.iter().rev() {
        // Setting bit 5 lowers an ASCII letter and keeps every other byte off a..z.
        let lower = c | 0x20;
        if !lower.is_ascii_lowercase() {
            break;
        }
        key = key << 8 | u64::from(lower);
        n += 1;
    }
    (key, n)
}

/// What the token before the period at `dot` is (the token of `token_before`).
///
/// Most tokens before a period are plain words, read here from their last letters
/// without finding where the token starts: a run of more than `MAX_LISTED` letters
/// is no listed word and no dotted acronym (whose parts have one or two letters),
/// and a shorter run that opens the token is the whole token. Tokens with digits,
/// dots or quotes take the general path. Mid-sentence, the eight bytes before the
/// dot are read as one number (`letters_before`) rather than a byte at a time.
#[inline]
fn classify_before(s: &str, dot: usize, floor: usize) -> Abbr {
    let b = s.as_bytes();
    let floor = floor.min(dot);
    // The letters before the dot (lowered) as the key of `listed`, first letter in
    // the low byte, and how many there are (more than `MAX_LISTED`: a plain word).
    let (key, n) = match b.get(floor..dot).and_then(|run| run.last_chunk::<8>()) {
        Some(eight) => letters_before(*eight),
        None => letters_ending(&b[floor.max(dot.saturating_sub(MAX_LISTED + 1))..dot]),
    };
    if n > MAX_LISTED {
        return Abbr::Word;
    }
    let p = dot - n;
    if p == floor || b[p - 1].is_ascii_whitespace() {
        // Letters only: no digit, no dot, so a word of the lists or a plain word.
        if n >= 2 {
            return listed_at(key | (n as u64) << 56).unwrap_or(Abbr::Word);
        }
        // OK because `dot` holds a period and `p` is `dot` or holds an ASCII letter:
        // both are character boundaries.
        return classify(&s[p..dot]);
    }
    classify(token_before(s, dot, floor))
}

/// The ASCII letters that end `eight` (the bytes before a dot), lowered, as the key
/// of `listed` (first letter in the low byte), and how many there are (up to 8).
///
/// The eight bytes are tested at once: byte `c` is a letter when `c | 0x20` lies in
/// a..z. With the top bit of each byte cleared (and kept aside: no letter has it),
/// adding 0x1F sets it exactly for bytes from 0x61 up, adding 0x05 for bytes from
/// 0x7B up, and neither sum carries into the next byte.
fn letters_before(eight: [u8; 8]) -> (u64, usize) {
    const EACH: u64 = 0x0101_0101_0101_0101;
    let lower = u64::from_le_bytes(eight) | (0x20 * EACH);
    let seven_bits = lower & (0x7F * EACH);
    let from_a = seven_bits + 0x1F * EACH;
    let past_z = seven_bits + 0x05 * EACH;
    let letters = from_a & !past_z & !lower & (0x80 * EACH);
    // The last byte (the one before the dot) is the most significant: the letters
    // that end the bytes reach down to the highest non-letter.
    let non_letters = !letters & (0x80 * EACH);
    let n = (non_letters.leading_zeros() / 8) as usize;
    let key = match n {
        0 => 0,
        8 => lower,
        _ => lower >> (64 - 8 * n),
    };
    (key, n)
}

/// True when the word before the token that ends at `end` starts with a lower-case
/// letter ("and" in "you and I.").
fn word_before_is_lower(s: &str, end: usize, floor: usize) -> bool {
    let head = s.get(floor..end).unwrap_or("");
    let head = head
        .trim_end_matches(|c: char| !c.is_whitespace())
        .trim_end();
    let word = head.rsplit(char::is_whitespace).next().unwrap_or("");
    word.trim_start_matches(is_opener)
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// The longest word of the lists in `classify_bytes`, in bytes ("messrs", "approx").
const MAX_LISTED: usize = 6;

/// What the token before a period is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Abbr {
    /// A word, number, address: the period ends a sentence before a capital.
    Word,
    /// "Mr.", "Dr.", "e.g.": never ends a sentence.
    Prepositive,
    /// "No.", "p.": not before a digit.
    BeforeNumber,
    /// "Co.", "Inc.", "U.S.", "Sept.": only before a sentence opener, never a digit.
    Ambiguous,
    /// A single capital letter.
    Initial(char),
    /// "a.m.", "p.m."
    Clock,
}

fn classify(token: &str) -> Abbr {
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Abbr::Initial(c);
        }
        if c.is_lowercase() {
            return Abbr::Ambiguous; // "p. 55", "a. The first item" (lists are cut apart)
        }
    }
    classify_bytes(token.as_bytes())
}

fn classify_bytes(token: &[u8]) -> Abbr {
    if token.last().is_none_or(u8::is_ascii_digit) || token.len() > 12 {
        return Abbr::Word;
    }
    if token.len() <= MAX_LISTED {
        if let Some(class) = listed(token) {
            return class;
        }
    } else if !token.contains(&b'.') {
        // Longer tokens are abbreviations only when dotted ("u.s.a"): most tokens
        // before a period are plain words.
        return Abbr::Word;
    }
    // The test ignores case, like the lists.
    if is_dotted_acronym(token) {
        Abbr::Ambiguous
    } else {
        Abbr::Word
    }
}

/// "a.m." and "p.m.".
const CLOCK: &[&[u8]] = &[b"a.m", b"p.m"];

/// Titles and other words that stand before a name or a phrase.
const PREPOSITIVE: &[&[u8]] = &[
    b"mr", b"mrs", b"ms", b"messrs", b"mme", b"mmes", b"mlle", b"dr", b"drs", b"prof", b"profs",
    b"gov", b"govs", b"sen", b"sens", b"rep", b"reps", b"gen", b"lt", b"col", b"maj", b"capt",
    b"cmdr", b"cdr", b"sgt", b"cpl", b"pvt", b"adm", b"brig", b"rev", b"revd", b"hon", b"pres",
    b"supt", b"insp", b"det", b"atty", b"amb", b"fr", b"st", b"ste", b"mt", b"e.g", b"i.e", b"cf",
    b"viz",
];

/// "N°", the numero sign.
const NUMERO: &[u8] = "n°".as_bytes();

/// Words that stand before a number.
const BEFORE_NUMBER: &[&[u8]] = &[
    b"no", b"nos", b"nr", NUMERO, b"pp", b"vol", b"vols", b"fig", b"figs", b"ch", b"chap", b"sec",
    b"art", b"para", b"op", b"tel", b"ext",
];

/// Words that may close a sentence as well as run on: months, company forms, name
/// suffixes, AP state abbreviations.
const AMBIGUOUS: &[&[u8]] = &[
    b"jan", b"feb", b"mar", b"apr", b"jun", b"jul", b"aug", b"sep", b"sept", b"oct", b"nov",
    b"dec", b"co", b"cos", b"corp", b"inc", b"ltd", b"plc", b"llc", b"bros", b"jr", b"sr", b"etc",
    b"vs", b"al", b"dept", b"est", b"approx", b"assn", b"ave", b"blvd", b"rd", b"hwy", b"univ",
    b"govt", b"intl", b"ft", b"sq", b"ala", b"ariz", b"calif", b"colo", b"conn", b"fla", b"ga",
    b"kan", b"kans", b"ky", b"md", b"mich", b"minn", b"mont", b"neb", b"nev", b"okla", b"ore",
    b"pa", b"tenn", b"tex", b"va", b"vt", b"wis", b"wyo",
];

/// The class of a listed word (any case), or None.
///
/// Most tokens before a period are plain words, and a `match` over the lists tries
/// them one by one; the lists are instead hashed into `LISTED` at compile time, so a
/// token costs one multiplication and a probe or two.
fn listed(token: &[u8]) -> Option<Abbr> {
    listed_at(listed_key(token, true))
}

/// The class of the listed word whose `listed_key` is `key`, or None.
fn listed_at(key: u64) -> Option<Abbr> {
    let mut slot = listed_slot(key);
    loop {
        let (k, class) = LISTED[slot];
        if k == key {
            return Some(class);
        }
        if k == 0 {
            return None;
        }
        slot = (slot + 1) % LISTED.len();
    }
}

/// A word of at most `MAX_LISTED` bytes as a number: its bytes (lowered when `lower`)
/// in the low bytes, its length in the top byte, so no two words share one and no
/// word has 0.
const fn listed_key(word: &[u8], lower: bool) -> u64 {
    let mut key = (word.len() as u64) << 56;
    let mut k = 0;
    while k < word.len() && k < 7 {
        let c = if lower {
            word[k].to_ascii_lowercase()
        } else {
            word[k]
        };
        key |= (c as u64) << (8 * k);
        k += 1;
    }
    key
}

/// Where `key` is looked for first in `LISTED` (Fibonacci hashing).
const fn listed_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - LISTED_BITS)) as usize
}

/// `LISTED` has 2^9 slots, four for each listed word: most misses stop at the first.
const LISTED_BITS: u32 = 9;

/// The lists as an open-addressing table of (key, class), 0 for an empty slot.
static LISTED: [(u64, Abbr); 1 << LISTED_BITS] = {
    let mut table = [(0, Abbr::Word); 1 << LISTED_BITS];
    let lists: [(&[&[u8]], Abbr); 4] = [
        (CLOCK, Abbr::Clock),
        (PREPOSITIVE, Abbr::Prepositive),
        (BEFORE_NUMBER, Abbr::BeforeNumber),
        (AMBIGUOUS, Abbr::Ambiguous),
    ];
    let mut l = 0;
    while l < lists.len() {
        let (words, class) = lists[l];
        let mut w = 0;
        while w < words.len() {
            let word = words[w];
            assert!(word.len() <= MAX_LISTED, "a listed word is too long");
            let key = listed_key(word, false);
            let mut slot = listed_slot(key);
            while table[slot].0 != 0 {
                assert!(table[slot].0 != key, "a word is listed twice");
                slot = (slot + 1) % table.len();
            }
            table[slot] = (key, class);
            w += 1;
        }
        l += 1;
    }
    table
};

/// "u.s", "e.u", "ph.d", "U.S.A" (any case): letters in groups of one or two between periods.
fn is_dotted_acronym(token: &[u8]) -> bool {
    token.contains(&b'.')
        && token
            .split(|&c| c == b'.')
            .all(|part| (1..=2).contains(&part.len()) && part.iter().all(u8::is_ascii_alphabetic))
}

/// Words that commonly open a sentence: after an abbreviation that may close one, a
/// capitalised opener means it did. Names and nouns are not here, so "the U.S.
/// Government" stays one sentence; nor are "And", "Or" and the auxiliaries ("Is",
/// "Has", "Would"), which open questions but far more often follow "U.S." in copy
/// whose casing was restored from capitals ("exports to the U.S. And Japan").
fn is_opener_word(word: &str) -> bool {
    if word.len() > 12 {
        return false;
    }
    let mut buf = [0u8; 12];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    matches!(
        lower,
        b"a" | b"an"
            | b"the"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"i"
            | b"we"
            | b"you"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"there"
            | b"here"
            | b"what"
            | b"when"
            | b"where"
            | b"who"
            | b"why"
            | b"how"
            | b"which"
            | b"whose"
            | b"but"
            | b"so"
            | b"yet"
            | b"however"
            | b"meanwhile"
            | b"also"
            | b"still"
            | b"then"
            | b"thus"
            | b"therefore"
            | b"moreover"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"from"
            | b"with"
            | b"by"
            | b"after"
            | b"before"
            | b"since"
            | b"while"
            | b"although"
            | b"though"
            | b"if"
            | b"as"
            | b"because"
            | b"during"
            | b"despite"
            | b"according"
            | b"my"
            | b"our"
            | b"your"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"some"
            | b"many"
            | b"most"
            | b"all"
            | b"no"
            | b"not"
            | b"each"
            | b"every"
            | b"both"
            | b"several"
            | b"other"
            | b"another"
            | b"such"
            | b"now"
            | b"today"
            | b"yesterday"
            | b"earlier"
            | b"later"
    )
}

/// After "a.m."/"p.m.": a zone ("EDT"), a zone name ending in "time" ("Moscow time",
/// "Eastern Standard Time"), a weekday or a month continues the time phrase.
fn continues_time(s: &str, pos: usize) -> bool {
    let rest = prefix(s.get(pos..).unwrap_or(""), 80);
    let mut words = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let Some(first) = words.next() else {
        return false;
    };
    if is_zone_abbreviation(first) || is_weekday_or_month(first) {
        return true;
    }
    // "Moscow time", "Eastern Standard Time": capitalised words, then "time".
    for word in words.take(3) {
        if word.eq_ignore_ascii_case("time") {
            return true;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn is_zone_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "UTC"
            | "GMT"
            | "Z"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "AKST"
            | "AKDT"
            | "HST"
            | "BST"
            | "IST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "WET"
            | "WEST"
            | "MSK"
            | "JST"
            | "KST"
            | "HKT"
            | "SGT"
            | "AEST"
            | "AEDT"
            | "AWST"
            | "ACST"
            | "NZST"
            | "NZDT"
    )
}

fn is_weekday_or_month(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    // Weekdays by their full names only: "Sat", "Sun", "Wed" are also words.
    month_of(&w).is_some() || (w.len() >= 6 && weekday_of(&w).is_some())
}

/// "At 5 a.m.": the sentence so far is a preposition and a time, which is no sentence.
fn fronted_time(s: &str, start: usize, dot: usize) -> bool {
    if dot < start || dot - start > 40 {
        return false;
    }
    let head = &s[start..dot];
    let mut words = head.split_whitespace();
    let first = words.next().unwrap_or("");
    // The words are the preposition, the clock figure and the "a.m" token itself.
    let n_words = 1 + words.count();
    n_words <= 4
        && [
            "at", "by", "from", "until", "till", "before", "after", "around", "about", "since",
            "on", "shortly", "just", "between",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(first))
}

/// Numbered and lettered list items inside a paragraph that opens with one.
#[derive(Default)]
struct ListItems {
    /// Where items after the first begin (at their bullet, when they have one).
    starts: Vec<usize>,
    /// The periods of the markers, which end nothing.
    dots: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Dot,
    Paren,
    DotParen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Marker {
    bullet: Option<char>,
    /// A number, or a lower-case letter as its code.
    value: u32,
    letter: bool,
    style: MarkerStyle,
    dot: Option<usize>,
}

/// A marker opens with a digit, a lower-case letter or a bullet (non-ASCII); most
/// lines open with none of them.
fn may_open_marker(c: u8) -> bool {
    c.is_ascii_digit() || c.is_ascii_lowercase() || !c.is_ascii()
}

/// A list marker at `i`: optional bullet and spaces, then "12." / "12)" / "12.)" /
/// "b." / "b)", then a space.
fn marker_at(s: &str, i: usize) -> Option<Marker> {
    let b = s.as_bytes();
    if !b.get(i).is_some_and(|&c| may_open_marker(c)) {
        return None;
    }
    let mut j = i;
    let mut bullet = None;
    if let Some(c) = s.get(i..)?.chars().next().filter(|&c| is_bullet(c)) {
        bullet = Some(c);
        j += c.len_utf8();
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
    }
    let digits = b[j..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let (value, letter) = if (1..=3).contains(&digits) {
        let text = std::str::from_utf8(&b[j..j + digits]).ok()?;
        (text.parse().ok()?, false)
    } else if b.get(j).is_some_and(u8::is_ascii_lowercase) {
        (u32::from(b[j]), true)
    } else {
        return None;
    };
    j += digits.max(1);
    let (style, dot) = match (b.get(j), b.get(j + 1)) {
        (Some(b'.'), Some(b')')) => (MarkerStyle::DotParen, Some(j)),
        (Some(b'.'), _) => (MarkerStyle::Dot, Some(j)),
        (Some(b')'), _) => (MarkerStyle::Paren, None),
        _ => return None,
    };
    j += if style == MarkerStyle::DotParen { 2 } else { 1 };
    if b.get(j) != Some(&b' ') {
        return None;
    }
    Some(Marker {
        bullet,
        value,
        letter,
        style,
        dot,
    })
}

/// The list items of a run whose first word starts at `first_at`.
fn list_items(s: &str, first_at: usize) -> ListItems {
    let mut items = ListItems::default();
    // Most runs open with no marker, seen here without a call.
    if !s
        .as_bytes()
        .get(first_at)
        .is_some_and(|&c| may_open_marker(c))
    {
        return items;
    }
    let Some(first) = marker_at(s, first_at) else {
        return items;
    };
    items.dots.extend(first.dot);
    let mut expected = first.value + 1;
    let b = s.as_bytes();
    for i in first_at + 1..b.len() {
        if !b[i - 1].is_ascii_whitespace() || !s.is_char_boundary(i) {
            continue;
        }
        if let Some(m) = marker_at(s, i)
            && m.value == expected
            && m.letter == first.letter
            && m.style == first.style
            && m.bullet == first.bullet
        {
            items.starts.push(i);
            items.dots.extend(m.dot);
            expected += 1;
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` and joins the sentences with " | ".
    fn check(text: &str, expected: &str) {
        let got: Vec<&str> = split(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.span.of(text))
            .collect();
        assert_eq!(got.join(" | "), expected, "splitting {text:?}");
    }

    /// `letters_before` reads eight bytes as the byte loop reads them one by one.
    #[test]
    fn letters_before_agrees_with_bytes() {
        let mut samples: Vec<[u8; 8]> = Vec::new();
        for text in [
            "the U.S. Gov",
            "Mr Smith",
            "ABCDEFGH",
            "xyz@{[`Z",
            "a\u{e9}t\u{c1}Bc",
            "12 Co",
            "",
        ] {
            let mut eight = [b' '; 8];
            for (k, &c) in text.as_bytes().iter().rev().take(8).enumerate() {
                eight[7 - k] = c;
            }
            samples.push(eight);
        }
        // Every byte value in every position, around letters.
        for c in 0..=255u8 {
            for at in 0..8 {
                let mut eight = *b"abcdefgh";
                eight[at] = c;
                samples.push(eight);
            }
        }
        for eight in samples {
            let (key, n) = letters_ending(&eight);
            let (got_key, got_n) = letters_before(eight);
            assert_eq!(got_n, n, "{eight:?}");
            if n <= MAX_LISTED {
                assert_eq!(got_key, key, "{eight:?}");
            }
        }
    }

    #[test]
    fn clock_times() {
        check(
            "The leaders met at 7:09 a.m. Moscow time at the Vostochny Spaceport. Putin came by plane.",
            "The leaders met at 7:09 a.m. Moscow time at the Vostochny Spaceport. | Putin came by plane.",
        );
        check(
            "He left at about 12:23 p.m. Moscow time, marking the end.",
            "He left at about 12:23 p.m. Moscow time, marking the end.",
        );
        check(
            "Polls close at 8 p.m. EDT on Tuesday.",
            "Polls close at 8 p.m. EDT on Tuesday.",
        );
        check(
            "The vote is at 5 p.m. Eastern Standard Time today.",
            "The vote is at 5 p.m. Eastern Standard Time today.",
        );
        check(
            "The rally starts at 6 p.m. Monday in Denver.",
            "The rally starts at 6 p.m. Monday in Denver.",
        );
        check(
            "He left the bank at 6 P.M. Mr. Smith then went to the store.",
            "He left the bank at 6 P.M. | Mr. Smith then went to the store.",
        );
        check(
            "At 5 a.m. Mr. Smith went to the bank.",
            "At 5 a.m. Mr. Smith went to the bank.",
        );
        check(
            "It ended at 9 p.m. The crowd left.",
            "It ended at 9 p.m. | The crowd left.",
        );
    }

    #[test]
    fn abbreviations() {
        check(
            "I work for the U.S. Government in Virginia.",
            "I work for the U.S. Government in Virginia.",
        );
        check(
            "I live in the U.S. How about you?",
            "I live in the U.S. | How about you?",
        );
        check(
            "Gov. Gavin Newsom and Dr. Ruth met on Sept. 13 in St. Louis.",
            "Gov. Gavin Newsom and Dr. Ruth met on Sept. 13 in St. Louis.",
        );
        check(
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            "They closed the deal with Pitt, Briggs & Co. | It closed yesterday.",
        );
        check("See No. 10 and p. 55 today.", "See No. 10 and p. 55 today.");
        check(
            "The answer was no. The vote failed.",
            "The answer was no. | The vote failed.",
        );
    }

    #[test]
    fn initials() {
        check(
            "The Lord of the Rings was written by J. R. R. Tolkien in 1954.",
            "The Lord of the Rings was written by J. R. R. Tolkien in 1954.",
        );
        check(
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            "We make a good team, you and I. | Did you see Albert I. Jones yesterday?",
        );
        check(
            "It needs vitamin D. The sun helps.",
            "It needs vitamin D. | The sun helps.",
        );
    }

    #[test]
    fn numbers_and_quotes() {
        check("She has $100.00 in her bag.", "She has $100.00 in her bag.");
        check(
            "Growth was 6.4 percent. It fell.",
            "Growth was 6.4 percent. | It fell.",
        );
        check(
            "He said it \"shows great interest.\" Russia agreed.",
            "He said it \"shows great interest.\" | Russia agreed.",
        );
        check(
            "He said it “shows great interest.” Russia agreed.",
            "He said it “shows great interest.” | Russia agreed.",
        );
        check(
            "“This is great.” she said. Then she left!",
            "“This is great.” she said. | Then she left!",
        );
    }

    #[test]
    fn ellipses_and_glued() {
        check(
            "I never meant that.... She left.",
            "I never meant that.... | She left.",
        );
        check("He paused… Then he spoke.", "He paused… | Then he spoke.");
        check("It was … well, fine.", "It was … well, fine.");
        check(
            "Hello world.Today is Tuesday.",
            "Hello world. | Today is Tuesday.",
        );
        check(
            "Mail Jane.Doe@example.com today.",
            "Mail Jane.Doe@example.com today.",
        );
    }

    #[test]
    fn lists_and_lines() {
        check(
            "1) The first item 2) The second item",
            "1) The first item | 2) The second item",
        );
        check("a. The first b. The second", "a. The first | b. The second");
        check("• one • two", "• one | • two");
        check("features\ncontact manager\n", "features | contact manager");
        check(
            "This is a sentence\ncut off in the middle.",
            "This is a sentence\ncut off in the middle.",
        );
        check(
            "Intro line.\n- first\n- second",
            "Intro line. | - first | - second",
        );
        check("One.\r\nTwo.\rThree.", "One. | Two. | Three.");
    }

    /// Wire copy: what the dateline reader leaves to the splitter (see `plain` for the
    /// datelines themselves), dotted acronyms, initials, decimals, quotes and ellipses.
    #[test]
    fn news_copy() {
        check(
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un have ended their talks. Kremlin Spokesman Dmitry Peskov told TASS that the talks ended on Wednesday.",
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un have ended their talks. | Kremlin Spokesman Dmitry Peskov told TASS that the talks ended on Wednesday.",
        );
        check(
            "The U.S. Federal Reserve raised rates by 0.25 point to 5.5 pct. U.S. officials said 1.5 mln jobs were added.",
            "The U.S. Federal Reserve raised rates by 0.25 point to 5.5 pct. | U.S. officials said 1.5 mln jobs were added.",
        );
        check(
            "Analysts at J.P. Morgan and Goldman Sachs Group Inc. disagreed. They cited the U.K. economy.",
            "Analysts at J.P. Morgan and Goldman Sachs Group Inc. disagreed. | They cited the U.K. economy.",
        );
        check(
            "\"We will not back down.\" The minister added that talks would go on...",
            "\"We will not back down.\" | The minister added that talks would go on...",
        );
        check(
            "\"It is a very good result,\" said George W. Bush. Shares rose 2.3%.",
            "\"It is a very good result,\" said George W. Bush. | Shares rose 2.3%.",
        );
        check(
            "The talks were … productive, he said. . . . Then they left.",
            "The talks were … productive, he said. | . . . Then they left.",
        );
    }

    #[test]
    fn odd_input() {
        check("", "");
        check("   ", "");
        check("...", "...");
        check("a\0b. C", "a\0b. | C");
        check(". . . .", ". . . .");
        check("!?", "!?");
        check("1.", "1.");
        check("•", "•");
        check("x.…", "x.…");
    }
}
