//! The lexer every finder shares: words, digit runs and single punctuation marks.
//!
//! Words are runs of letters (any script) with inner apostrophes ("Russia's",
//! "o'clock"); digits are runs of ASCII digits; everything else that is not
//! whitespace is one punctuation token per character. Hyphens, dots and commas are
//! tokens of their own, so finders decide what "2.1a", "1,500" or "one-on-one"
//! mean by looking at neighbours and at `space_before`.
//!
//! The lexer is the one pass over every byte, so it is kept tight: it reads the lowercased
//! text with zero bytes after it ([`Lowered`]), so the words end without end-of-text tests;
//! the letters at a token's start are found sixteen bytes at once (one SIMD comparison and
//! its bit mask, through the safe `wide` crate); a word and the space after it are taken in
//! one step, as are ASCII marks, digit runs and line breaks, and a second word that ends in
//! the same window is read off the same bit mask ("of the"); words as long as the window tells
//! ([`RUN_MAX`] letters) and longer are read out of line ([`long_word_end`]), as are ASCII
//! words with inner apostrophes ([`apostrophe_word_end`]) but the commonest, which go on by
//! one letter and end there ("russia's", "don't": read off the window, four in five of them);
//! every other token goes to [`cut`], the general and
//! slower path, which is also the reference the tests hold the fast paths to; and the loop
//! makes no calls on the commonest token: it notes which tokens a vocabulary pass should look
//! up ([`Lexed::marked`], see `vocab::read`) instead of looking
//! them up itself, with no branch on the answer (a word's mark is written, and counted only
//! where wanted). Each word is marked [`Token::plain`] here, where its bytes are at hand, so
//! that `Scan::lower` need not look at them again; so are listed the marks that may be quote
//! marks or stops ([`Tokens::quote_stops`]), which `quote::article_marks` then reads alone
//! rather than every token. Tokens, marks and that list go into room kept from text to text,
//! as large as a token per byte ([`Lexed`]): the loop writes into slices, with no vector's
//! capacity to test and length to store per token.

use wide::{i8x16, u8x16};

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Word,
    Digits,
    Punct,
}

/// In C layout, `kind` and `plain` side by side: the lexer writes both as constants on its
/// commonest paths, and one 16-bit store then writes the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Tok,
    /// Whether this is a word of at most 16 ASCII bytes, so that its lowercased form is its own
    /// bytes of the lowercased text (`Scan::lower` is then a slice, decided once here).
    pub plain: bool,
    /// Whether whitespace separates this token from the one before it (true for the first).
    pub space_before: bool,
}

impl Token {
    pub fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn text(self, text: &str) -> &str {
        &text[self.start as usize..self.end as usize]
    }

    pub fn is_word(self) -> bool {
        self.kind == Tok::Word
    }

    pub fn is_digits(self) -> bool {
        self.kind == Tok::Digits
    }

    /// Whether this is the punctuation mark `c`.
    #[inline]
    pub fn is_punct(self, text: &str, c: char) -> bool {
        // A mark is one character, so it is `c` exactly when the text's bytes from its start
        // begin with `c`'s. Bytes rather than a `&str` slice: no char boundary is checked, and
        // `c` is a constant at every call, so its encoding folds away once inlined (finders ask
        // this at nearly every number).
        let mut buf = [0; 4];
        let c = c.encode_utf8(&mut buf).as_bytes();
        self.kind == Tok::Punct
            && text
                .as_bytes()
                .get(self.start as usize..)
                .is_some_and(|b| b.starts_with(c))
    }

    /// Whether this token directly follows `prev` with no whitespace between.
    pub fn touches(self, prev: Token) -> bool {
        prev.end == self.start
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// What a byte starts, for the lexer's dispatch: one table load instead of a chain of tests.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Letter,
    /// Any other ASCII byte: a punctuation mark of its own.
    Mark,
    /// The first byte of a multi-byte character (or a continuation byte, never met at a
    /// token start because every branch advances by whole characters).
    NonAscii,
}

const CLASS: [Class; 256] = {
    let mut table = [Class::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else {
            Class::Mark
        };
        b += 1;
    }
    table
};

/// Per byte after a run of ASCII letters in the lowercased text: whether it ends the word
/// there, one load where several tests would be. An apostrophe or another script may carry a
/// word on, and a letter follows only a run as long as the lexer's window tells
/// ([`letter_stops`]).
const ENDS_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        table[b] = b != b'\'' as usize && !(b as u8).is_ascii_lowercase();
        b += 1;
    }
    table
};

/// The longest word whose lowercased form is kept as the text's bytes ([`Token::plain`]).
pub(crate) const PLAIN_MAX: usize = 16;

/// The zero bytes after the text in [`Lowered`]: enough for a 16-byte load at any byte of
/// the text (`vocab` reads a word's key so) and an 8-byte one just past its end.
pub(crate) const PAD: usize = 16;

/// The padding of [`Lowered`]: `PAD` zero bytes.
const PADDING: &str = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
const _: () = assert!(PADDING.len() == PAD);

/// A text with its ASCII letters lowercased (byte offsets and char boundaries unchanged),
/// followed by [`PAD`] zero bytes. The lexer reads it rather than the text: letters keep
/// their classes, and the padding (no letter, no apostrophe) ends every word, so the hot loop
/// needs no end-of-text test beyond one per token, and a word's key is one load.
pub(crate) struct Lowered {
    /// The lowercased text, then the padding (zero bytes are valid UTF-8).
    padded: String,
    len: usize,
}

impl Lowered {
    #[cfg(test)]
    pub fn new(text: &str) -> Lowered {
        Lowered::new_in(text, String::new())
    }

    /// The lowered `text`, written into `padded` (whose contents are dropped and whose room
    /// is reused).
    pub fn new_in(text: &str, mut padded: String) -> Lowered {
        padded.clear();
        padded.reserve(text.len() + PAD);
        padded.push_str(text);
        padded.make_ascii_lowercase();
        padded.push_str(PADDING);
        Lowered {
            padded,
            len: text.len(),
        }
    }

    /// The bytes of the lowercased text and its padding.
    pub fn padded(&self) -> &[u8] {
        self.padded.as_bytes()
    }

    /// The lowercased text, without the padding.
    pub fn into_string(mut self) -> String {
        self.padded.truncate(self.len);
        self.padded
    }
}

/// The tokens of a text, the ones a vocabulary pass must look at, and the ones that may be
/// quote marks or stops ([`Tokens::quote_stops`]).
///
/// All are written into room kept from text to text: `tokens[..len]` are this text's tokens,
/// the rest of `tokens` is room ([`lex_marking`] makes a token of every byte fit), and so for
/// `marked[..marks]` and `quote_stops[..quote_stop_count]`. The lexer's loop then writes into
/// slices whose lengths stay in registers, where a vector's push loaded its pointer and
/// capacity and stored its length once per token.
#[derive(Default)]
pub(crate) struct Lexed {
    tokens: Vec<Token>,
    len: usize,
    marked: Vec<Mark>,
    marks: usize,
    quote_stops: Vec<u32>,
    quote_stop_count: usize,
}

/// A token [`lex_marking`] marked: its index in the low 32 bits and, for a word of one to four
/// letters, the word lowercased above them (its first byte lowest, as `vocab` keys words), read
/// off the window the lexer has at hand; [`DIGITS_KEY`] above them for a digit run it read
/// itself; 0 for any other token. The vocabulary pass looks such a word up straight away,
/// without reading its token and its bytes again: most vocabulary words the text holds ("the",
/// "in", "of", "and") are that short.
pub(crate) type Mark = u64;

/// The key of a digit run in its [`Mark`]: a byte no word holds, which `vocab` keys as a short
/// word whose flags are a digit run's, so that it reads them with the short words', with no
/// branch on the token's kind.
pub(crate) const DIGITS_KEY: u32 = 1;

/// Per length 0 to 15, the bits of a 4-byte load that hold a word that long: all of it for one
/// to four letters, none for a longer word, which [`short_mark`] leaves unkeyed.
const SHORT_MASKS: [u32; PAD] = {
    let mut masks = [0; PAD];
    let mut len = 1;
    while len <= 4 {
        masks[len] = u32::MAX >> (8 * (4 - len));
        len += 1;
    }
    masks
};

/// The [`Mark`] of token `k`, a word of `run` ASCII letters at byte `from` of `window` that
/// ends before its last byte.
#[inline(always)]
fn short_mark(k: usize, window: &[u8; PAD], from: usize, run: usize) -> Mark {
    let head = match window.get(from..from + 4) {
        // OK because the chunk is exactly 4 bytes.
        Some(chunk) => u32::from_le_bytes(chunk.try_into().unwrap()),
        // A word of one letter, the window's fourteenth byte.
        None => u32::from(window[from & (PAD - 1)]),
    };
    let word = head & SHORT_MASKS.get(run).copied().unwrap_or(0);
    Mark::from(k as u32) | Mark::from(word) << 32
}

/// The token of a word of ASCII letters from byte `start` to `end` that the lexer's fast path
/// read: [`Token::plain`], as every such word of at most [`RUN_MAX`] letters is.
#[inline(always)]
fn fast_word(start: usize, end: usize, space_before: bool) -> Token {
    Token {
        kind: Tok::Word,
        start: start as u32,
        end: end as u32,
        space_before,
        plain: true,
    }
}

impl Lexed {
    /// The text's tokens.
    pub fn tokens(&self) -> &[Token] {
        self.tokens.get(..self.len).unwrap_or_default()
    }

    /// In order: the tokens other than words of ASCII letters (digits, other words, the ASCII
    /// marks `vocab` has flags for, but no `-` or `.` that can be in no number:
    /// [`in_no_number`]) and the words of ASCII letters that `wanted` asked for ([`Mark`]).
    pub fn marked(&self) -> &[Mark] {
        self.marked.get(..self.marks).unwrap_or_default()
    }
}

/// A text's tokens, and where the lexer listed them, the punctuation tokens that may be quote
/// marks or stops ([`Tokens::quote_stops`]): `quote::article_marks` reads those alone when it
/// has them, and every token when it has not (tokens not from [`lex_marking`]).
pub(crate) trait Tokens {
    /// The tokens.
    fn all(&self) -> &[Token];
    /// In order, every punctuation token whose first byte is `"`, `'`, `.`, `?`, `!`, or the
    /// lead byte 0xE2 or 0xC2 ([`QUOTE_STOP_FIRST`]), so every quote mark and stop; `None`
    /// where no lexer listed them.
    fn quote_stops(&self) -> Option<&[u32]>;
}

impl Tokens for Lexed {
    fn all(&self) -> &[Token] {
        self.tokens()
    }

    fn quote_stops(&self) -> Option<&[u32]> {
        Some(
            self.quote_stops
                .get(..self.quote_stop_count)
                .unwrap_or_default(),
        )
    }
}

impl Tokens for Vec<Token> {
    fn all(&self) -> &[Token] {
        self
    }

    fn quote_stops(&self) -> Option<&[u32]> {
        None
    }
}

/// The first bytes of the punctuation tokens [`Tokens::quote_stops`] lists: `"`, `'` and the
/// lead bytes of the typographic quote marks (0xE2 for `“ ” „ ‘ ’`, 0xC2 for `« »`), and the
/// stops `.`, `?`, `!` and `…` (0xE2).
const QUOTE_STOP_FIRST: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[0xE2] = true;
    table[0xC2] = true;
    table
};

impl std::ops::Deref for Lexed {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        self.tokens()
    }
}

/// The room [`Lexed`] keeps past its tokens.
const NO_TOKEN: Token = Token {
    kind: Tok::Punct,
    start: 0,
    end: 0,
    space_before: false,
    plain: false,
};

/// [`lex_marking`] with no word marked. Extraction lexes through `vocab::read`; this serves the
/// tests.
#[cfg(test)]
pub(crate) fn lex(text: &str) -> Vec<Token> {
    lex_marking(
        text,
        &Lowered::new(text),
        |_, _, _, _| false,
        Lexed::default(),
    )
    .tokens()
    .to_vec()
}

/// Cuts `text` into tokens, reading `lowered` (which must be `text`'s). Texts longer than
/// `u32::MAX` bytes are cut at that length; callers bound input size well below it.
///
/// A vocabulary pass looks words up after the lexer, not inside it: the loop only notes which
/// tokens are worth a lookup ([`Lexed::marked`]), so it makes no calls and its few values stay
/// in registers. A word of ASCII letters is marked where `wanted(first, last, len, apostrophes)`
/// says so (its first and last bytes lowercased, its length in bytes, and whether it may hold
/// apostrophes: only a word off the fast path may); the other tokens are marked as
/// [`Lexed::marked`] says.
///
/// The loop itself handles the commonest tokens: a word of ASCII letters and the space after
/// it (four tokens in five), and a second such word where the same window holds it (two
/// words in five), an ASCII mark, a digit run, a line break, a word that goes on by one letter
/// past an apostrophe and ends there ("russia's"); a word of [`RUN_MAX`] letters or more goes
/// to [`long_word_end`], any other ASCII word with inner apostrophes to
/// [`apostrophe_word_end`] and every other byte to [`cut`], out of line.
///
/// The tokens and marks are written into the room of `spare` ([`Lexed`]), grown to a token per
/// byte of `text` where it is shorter: an article's room is reused for the next one's.
pub(crate) fn lex_marking(
    text: &str,
    lowered: &Lowered,
    wanted: impl Fn(u8, u8, usize, bool) -> bool,
    spare: Lexed,
) -> Lexed {
    let text = &text[..floor_char_boundary(text, u32::MAX as usize)];
    let n = text.len().min(lowered.len);
    // The lowercased text itself, for `cut` (which must not see the padding).
    let lowered_text = lowered.padded.get(..n).unwrap_or_default();
    // The lowercased text and all but one byte of its padding: a window of `PAD` bytes exists
    // from every byte of the text on, and from none past it.
    let bytes = lowered
        .padded
        .as_bytes()
        .get(..n + PAD - 1)
        .unwrap_or_default();
    // Room for a token per byte of the text, more than it can hold: every token takes a byte
    // at least. The room is kept for the next text, so it is filled once per thread (up to
    // the longest text), not once per text.
    let Lexed {
        mut tokens,
        mut marked,
        mut quote_stops,
        ..
    } = spare;
    if tokens.len() <= n {
        tokens.resize(n + 1, NO_TOKEN);
    }
    if marked.len() <= n {
        marked.resize(n + 1, 0);
    }
    if quote_stops.len() <= n {
        quote_stops.resize(n + 1, 0);
    }
    let (room, mark_room) = (tokens.as_mut_slice(), marked.as_mut_slice());
    // The punctuation tokens that may be quote marks or stops ([`Tokens::quote_stops`]), listed
    // where the lexer has each mark's first byte at hand: `quote::article_marks` then reads
    // these alone (about one token in fifteen), not every token.
    let (quote_stop_room, mut quote_stop_count) = (quote_stops.as_mut_slice(), 0);
    // The tokens cut so far (`room[..len]`) and marked so far (`mark_room[..marks]`). A write
    // past the room cannot happen (see above); `get_mut` makes it a test, not a panic.
    let (mut len, mut marks) = (0, 0);
    let mut i = 0;
    let mut space_before = true;
    // Sixteen bytes from `i`, within the text and its padding: the commonest tokens are read
    // from this window alone, with no further bounds or end-of-text tests.
    while let Some(window) = bytes.get(i..i + PAD) {
        // OK because the window is exactly `PAD` bytes.
        let window: &[u8; PAD] = window.try_into().unwrap();
        let first = window[0];
        // The letters from `i` on, sixteen bytes at once; the padding is no letter, so the
        // run ends within the text, and the byte after it reads as zero at the text's end:
        // neither an apostrophe, another script nor a space.
        let stops = letter_stops(window);
        let run = stops.trailing_zeros() as usize;
        // A word that ends inside the window (longer ones are read below).
        if run != 0 {
            let end = i + run;
            let next = window[run];
            // Only an apostrophe or another script may carry the word on; such words are cut
            // by `cut`.
            if ENDS_WORD[usize::from(next)] {
                // Written whether wanted or not, and counted only if so: the shape test
                // passes some 55% of words in no pattern a branch predictor learns, and a
                // mispredicted branch per other word cost more than the write (-5% wall clock
                // for +7 M instructions per BBC round).
                let keep = wanted(first, window[run - 1], run, false);
                put_if(mark_room, &mut marks, short_mark(len, window, 0, run), keep);
                put(room, &mut len, fast_word(i, end, space_before));
                space_before = next == b' ';
                i = end + usize::from(space_before);
                // A second word in the window after one space ("of the"): its letters are in
                // the same comparison's bits, so no new window is read for it.
                let from = run + 1;
                let run = (stops >> from).trailing_zeros() as usize;
                if run != 0 && from + run < RUN_MAX && space_before {
                    let next = window[from + run];
                    if ENDS_WORD[usize::from(next)] {
                        let end = i + run;
                        let keep = wanted(window[from], window[from + run - 1], run, false);
                        put_if(
                            mark_room,
                            &mut marks,
                            short_mark(len, window, from, run),
                            keep,
                        );
                        put(room, &mut len, fast_word(i, end, true));
                        space_before = next == b' ';
                        i = end + usize::from(space_before);
                    }
                }
                continue;
            }
        } else if CLASS[usize::from(first)] == Class::Mark {
            // The next commonest token, an ASCII mark ("," "." "("), one byte. Only the marks
            // `vocab` has flags for are marked, and of those only the ones that may take part
            // in a number ([`in_no_number`]).
            if matches!(first, b'\'' | b'@')
                || (matches!(first, b'-' | b'.') && !in_no_number(window))
            {
                put(mark_room, &mut marks, Mark::from(len as u32));
            }
            let quote_stop = QUOTE_STOP_FIRST[usize::from(first)];
            put_if(
                quote_stop_room,
                &mut quote_stop_count,
                len as u32,
                quote_stop,
            );
            put(
                room,
                &mut len,
                Token {
                    kind: Tok::Punct,
                    start: i as u32,
                    end: i as u32 + 1,
                    space_before,
                    plain: false,
                },
            );
            space_before = window[1] == b' ';
            i += 1 + usize::from(space_before);
            continue;
        }
        match CLASS[usize::from(first)] {
            // Whitespace other than a space after a token: a line break, a tab.
            Class::Space => {
                space_before = true;
                i += 1;
                continue;
            }
            // A run of digits that ends inside the window; every one is marked.
            Class::Digit => {
                let run = digits_at(window);
                if run < RUN_MAX {
                    let mark = Mark::from(len as u32) | Mark::from(DIGITS_KEY) << 32;
                    put(mark_room, &mut marks, mark);
                    put(
                        room,
                        &mut len,
                        Token {
                            kind: Tok::Digits,
                            start: i as u32,
                            end: (i + run) as u32,
                            space_before,
                            plain: false,
                        },
                    );
                    space_before = window[run] == b' ';
                    i += run + usize::from(space_before);
                    continue;
                }
            }
            _ => {}
        }
        // A word of more letters than the window tells, or one that goes on past an
        // apostrophe ("russia's", "o'clock"): both out of line, but for the commonest of the
        // latter.
        let slow_end = if run != 0 && window[run].is_ascii_lowercase() {
            long_word_end(bytes, i + run)
        } else if run != 0 && window[run] == b'\'' {
            // Most go on by one letter and end at an ASCII byte there ("russia's", "don't"),
            // as `apostrophe_word_end` has it: read off the window, with no call.
            match (window.get(run + 1), window.get(run + 2)) {
                (Some(&l), Some(&e)) if l.is_ascii_lowercase() && ENDS_WORD[usize::from(e)] => {
                    let run = run + 2;
                    if wanted(first, l, run, true) {
                        put(mark_room, &mut marks, Mark::from(len as u32));
                    }
                    let token = Token {
                        plain: run <= PLAIN_MAX,
                        ..fast_word(i, i + run, space_before)
                    };
                    put(room, &mut len, token);
                    space_before = e == b' ';
                    i += run + usize::from(space_before);
                    continue;
                }
                _ => apostrophe_word_end(bytes, i + run),
            }
        } else {
            None
        };
        if let Some(end) = slow_end {
            let (token, is_wanted, next, space_after) =
                slow_word(bytes, i, end, space_before, &wanted);
            if is_wanted {
                put(mark_room, &mut marks, Mark::from(len as u32));
            }
            put(room, &mut len, token);
            (i, space_before) = (next, space_after);
            continue;
        }
        let Some((kind, end)) = cut(lowered_text, i) else {
            // Whitespace, one character of it.
            space_before = true;
            i = next_char(lowered_text, i);
            continue;
        };
        put(mark_room, &mut marks, Mark::from(len as u32));
        if kind == Tok::Punct && QUOTE_STOP_FIRST[usize::from(first)] {
            put(quote_stop_room, &mut quote_stop_count, len as u32);
        }
        put(
            room,
            &mut len,
            Token {
                kind,
                start: i as u32,
                end: end as u32,
                space_before,
                plain: kind == Tok::Word
                    && end - i <= PLAIN_MAX
                    && bytes.get(i..end).is_some_and(<[u8]>::is_ascii),
            },
        );
        // Most tokens end at one space: take it here rather than through `cut`.
        space_before = bytes.get(end) == Some(&b' ');
        i = end + usize::from(space_before);
    }
    Lexed {
        tokens,
        len,
        marked,
        marks,
        quote_stops,
        quote_stop_count,
    }
}

/// Whether the `-` or `.` that starts `window` (the lowercased text and its padding) can be in
/// no number, so that `vocab` need not see it: the next token (after at most two bytes of
/// whitespace) is a word or an ASCII mark, and not a `.` after a `-`, or no token follows. The
/// vocabulary pass reads these marks only for where numbers start (`vocab::read`): a minus
/// sign or hyphen before digits or a point ("-5", "-.5"), a point before digits (".77"); it
/// lists a minus before a point at the minus, so that the token before a point need not be
/// read here. Sentence ends (before a space, a line break or a quote mark) and hyphens between
/// words are most of them.
#[inline(never)]
fn in_no_number(window: &[u8; PAD]) -> bool {
    let space = |b: u8| CLASS[usize::from(b)] == Class::Space;
    // The first byte of the next token, past up to two bytes of whitespace.
    let skip = usize::from(space(window[1]));
    let skip = skip + (skip & usize::from(space(window[1 + skip])));
    let next = window[1 + skip];
    matches!(CLASS[usize::from(next)], Class::Letter | Class::Mark)
        && (window[0] == b'.' || next != b'.')
}

/// Writes `value` at `room[*len]` and counts it. Inlined: `len` stays in a register.
#[inline(always)]
fn put<T>(room: &mut [T], len: &mut usize, value: T) {
    if let Some(slot) = room.get_mut(*len) {
        *slot = value;
        *len += 1;
    }
}

/// Writes `value` at `room[*len]`, and counts it where `keep`: a test with no branch, for a
/// list that some of the tokens on one path belong in. Inlined: `len` stays in a register.
#[inline(always)]
pub(super) fn put_if<T>(room: &mut [T], len: &mut usize, value: T, keep: bool) {
    if let Some(slot) = room.get_mut(*len) {
        *slot = value;
        *len += usize::from(keep);
    }
}

/// The kind and end of the token at `i` (a char boundary of `text`), other than a word of
/// ASCII letters that ends at ASCII punctuation, space or the end of the text; `None` where
/// whitespace is at `i`.
#[inline(never)]
fn cut(text: &str, i: usize) -> Option<(Tok, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    match CLASS[usize::from(b)] {
        Class::Letter => Some((Tok::Word, word_end(text, i + 1))),
        Class::Space => None,
        Class::Digit => Some((Tok::Digits, run_end(bytes, i + 1, Class::Digit))),
        Class::Mark => Some((Tok::Punct, i + 1)),
        Class::NonAscii => {
            // OK because `i` is on a char boundary: every branch advances by whole chars.
            let c = text[i..].chars().next().unwrap();
            let end = i + c.len_utf8();
            if c.is_alphabetic() {
                Some((Tok::Word, word_end(text, end)))
            } else if c.is_whitespace() {
                None
            } else {
                Some((Tok::Punct, end))
            }
        }
    }
}

/// The index of the character after the one at `i` (a char boundary of `text`).
fn next_char(text: &str, i: usize) -> usize {
    i + text
        .get(i..)
        .and_then(|rest| rest.chars().next())
        .map_or(1, char::len_utf8)
}

/// The longest run of letters or digits the lexer's window tells ([`stops_at`]): a run that
/// long may go on past it.
const RUN_MAX: usize = PAD - 1;

/// The bits of [`stops_at`] for lowercase ASCII letters: the letters in a row from byte `k` of
/// `window` on, up to [`RUN_MAX`], number the trailing zeros of the bits shifted down by `k`.
#[inline(always)]
fn letter_stops(window: &[u8; PAD]) -> u32 {
    stops_at(window, b'a', 26)
}

/// The number of ASCII digits in a row at the start of `window`, up to [`RUN_MAX`].
fn digits_at(window: &[u8; PAD]) -> usize {
    stops_at(window, b'0', 10).trailing_zeros() as usize
}

/// A bit per byte of `window` that is not in `from..from + count`, and the bit of byte
/// [`RUN_MAX`]: the trailing zeros count the bytes in the range in a row at the start of the
/// window, up to [`RUN_MAX`], and those of the bits shifted down by `k` the run from byte `k`
/// on. One comparison of all sixteen bytes and the bits of the answers, where a byte loop
/// takes a load, a test and a branch per byte. Inlined, so that the constants fold.
///
/// Counting to [`RUN_MAX`] rather than to the window's sixteen bytes leaves the byte after a
/// run inside the window, so that the lexer tests a run for being a token by that byte alone:
/// one test fewer per token (a run that long is read on out of line).
#[inline(always)]
fn stops_at(window: &[u8; PAD], from: u8, count: i8) -> u32 {
    // A byte is in the range when `b - from` is below `count` unsigned; adding `0x80 - from`
    // moves the range to the bottom of the signed range, where one signed comparison tells it.
    let shifted = u8x16::from(*window) + u8x16::splat(0x80 - from);
    let inside = shifted.cast_signed().simd_lt(i8x16::splat(i8::MIN + count));
    // The bit of the last byte of the window set in the complement: a run of at most
    // `RUN_MAX`.
    !inside.to_bitmask() | 1 << RUN_MAX
}

/// The token of the word at bytes `i..end` found off the fast paths ([`RUN_MAX`] letters or
/// more, or going on past an apostrophe), whether `wanted` marks it, where the next token
/// starts and whether a space precedes it. Out of line: the hot loop keeps its registers.
#[inline(never)]
fn slow_word(
    bytes: &[u8],
    i: usize,
    end: usize,
    space_before: bool,
    wanted: &impl Fn(u8, u8, usize, bool) -> bool,
) -> (Token, bool, usize, bool) {
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let len = end - i;
    let token = Token {
        kind: Tok::Word,
        start: i as u32,
        end: end as u32,
        space_before,
        plain: len <= PLAIN_MAX,
    };
    let space_after = at(end) == b' ';
    (
        token,
        wanted(at(i), at(end - 1), len, true),
        end + usize::from(space_after),
        space_after,
    )
}

/// The end of the word of ASCII letters whose letters run on past byte `from` (a letter,
/// [`RUN_MAX`] letters into the word), where it ends at ASCII punctuation, space or the end of
/// the text; `None` where an apostrophe or another script may carry it on. Out of line: rare.
#[inline(never)]
fn long_word_end(bytes: &[u8], from: usize) -> Option<usize> {
    let end = letters_end(bytes, from);
    ENDS_WORD[usize::from(bytes.get(end).copied().unwrap_or(0))].then_some(end)
}

/// The end of the word of ASCII letters whose letters run up to the apostrophe at `end`, where
/// the word goes on past apostrophes between ASCII letters ("russia's", "o'clock") and ends at
/// an ASCII byte ("leaders'" ends before its apostrophe), as [`word_end`] has it; `None` where
/// a byte that is not ASCII comes first (another script, a curly apostrophe), which `cut`
/// decides. `bytes` is the lowercased text and its padding. Out of line: one word in three
/// hundred (the lexer's loop reads four in five words with apostrophes itself).
#[inline(never)]
fn apostrophe_word_end(bytes: &[u8], mut end: usize) -> Option<usize> {
    loop {
        // `end` is at an apostrophe after a letter: the word goes on if a letter follows.
        let after = *bytes.get(end + 1)?;
        if after.is_ascii_lowercase() {
            // Most go on by one letter ("'s", "'t"): told without a call.
            end = if bytes.get(end + 2).is_some_and(u8::is_ascii_lowercase) {
                letters_end(bytes, end + 2)
            } else {
                end + 2
            };
        } else {
            return after.is_ascii().then_some(end);
        }
        match *bytes.get(end)? {
            b'\'' => continue,
            b if b.is_ascii() => return Some(end),
            _ => return None,
        }
    }
}

/// The end of the run of ASCII letters starting at `i`, eight bytes at a time (one load and a
/// few arithmetic steps where a byte loop takes a load, a test and a branch per letter). Out
/// of line: the lexer's loop meets words longer than its window rarely, and its constants
/// would take registers there.
#[inline(never)]
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        // OK because the chunk is exactly 8 bytes.
        let v = u64::from_le_bytes(chunk.try_into().unwrap());
        let others = non_letters(v);
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// A high bit set in the byte of `v` that is the first (lowest) byte not a lowercase ASCII
/// letter, if any; bytes above it may be flagged wrongly. Only the lowest flag is read (its
/// trailing zeros), and the lexer reads lowercased text ([`Lowered`]), where every ASCII
/// letter is lowercase: one test of the range `a..=z` with three constants, where a test of
/// both cases took four and more steps (the loop has more values than registers, and each
/// constant is loaded again on every word).
fn non_letters(v: u64) -> u64 {
    const EACH: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * EACH;
    // Below `a`: the subtraction borrows (high bit set) exactly in the bytes below `a` that
    // have no high bit of their own; a borrow may carry into the byte above, but only above
    // one already flagged.
    let below_a = v.wrapping_sub(u64::from(b'a') * EACH) & !v;
    // Past `z`, or not ASCII: adding 5 takes `{` (`z` + 1) and every byte above to the high
    // bit, or the byte has it already; a carry out of a byte at 0xfb or above (itself
    // flagged) may flag the byte above.
    let past_z = v.wrapping_add((0x80 - u64::from(b'z') - 1) * EACH) | v;
    (below_a | past_z) & HIGH
}

/// The end of the run of bytes of `class` starting at `i` (at most `bytes.len()`).
fn run_end(bytes: &[u8], i: usize, class: Class) -> usize {
    let rest = bytes.get(i..).unwrap_or_default();
    i + rest
        .iter()
        .position(|&b| CLASS[usize::from(b)] != class)
        .unwrap_or(rest.len())
}

fn starts_letter(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
        Some(_) => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphabetic),
        None => false,
    }
}

/// The end of the word whose letters run up to `i`: further letters, and apostrophes
/// between letters.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i = letters_end(bytes, i);
        let Some(&b) = bytes.get(i) else {
            return i;
        };
        if b < 0x80 {
            // Most words end at ASCII space or punctuation: decide without decoding.
            if b == b'\'' && starts_letter(text, i + 1) {
                i += 1;
                continue;
            }
            return i;
        }
        // OK because `i` is on a char boundary: runs and chars advance by whole chars.
        let c = text[i..].chars().next().unwrap();
        if c.is_alphabetic() || (is_apostrophe(c) && starts_letter(text, i + c.len_utf8())) {
            i += c.len_utf8();
        } else {
            return i;
        }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> String {
        lex(text)
            .iter()
            .map(|t| {
                let sep = if t.space_before { " " } else { "|" };
                let tag = match t.kind {
                    Tok::Word => "w",
                    Tok::Digits => "d",
                    Tok::Punct => "p",
                };
                format!("{sep}{tag}:{}", t.text(text))
            })
            .collect::<String>()
    }

    #[test]
    fn finds_letters_eight_bytes_at_a_time() {
        // Every byte at every place, among letters and among other bytes: the lowest flag is
        // the first byte that is no lowercase letter.
        for b in 0..=255u8 {
            for fill in [b'a', b'z', b'm', 0, b' ', 0xff, 0x80, b'{', b'`'] {
                for at in 0..8 {
                    let mut v = *b"abcdefgh";
                    v[at + 1..].fill(fill);
                    v[at] = b;
                    let mask = non_letters(u64::from_le_bytes(v));
                    let first = v.iter().position(|c| !c.is_ascii_lowercase());
                    let got = (mask != 0).then(|| (mask.trailing_zeros() / 8) as usize);
                    assert_eq!(got, first, "byte {b:#x} at {at} before {fill:#x}");
                    assert_eq!(mask & !(0x8080_8080_8080_8080), 0);
                }
            }
        }
        let text = b"anticonstitutionnellement, twelve";
        assert_eq!(letters_end(text, 0), 25);
        assert_eq!(letters_end(text, 27), text.len());
    }

    /// The tokens of `text` as [`cut`] alone finds them, one after another: the reference
    /// the fast paths of [`lex_marking`] must agree with.
    fn lex_by_cut(text: &str) -> Vec<Token> {
        let lowered = Lowered::new(text).into_string();
        let mut tokens = Vec::new();
        let (mut i, mut space_before) = (0, true);
        while i < text.len() {
            let Some((kind, end)) = cut(&lowered, i) else {
                space_before = true;
                i = next_char(&lowered, i);
                continue;
            };
            tokens.push(Token {
                kind,
                start: i as u32,
                end: end as u32,
                space_before,
                plain: kind == Tok::Word && end - i <= PLAIN_MAX && text[i..end].is_ascii(),
            });
            space_before = false;
            i = end;
        }
        tokens
    }

    /// `lex_marking` agrees with [`lex_by_cut`], and marks every token the vocabulary pass
    /// needs: every token but the words of ASCII letters and the ASCII marks it has no flags
    /// for, and every word `wanted` asks for.
    fn assert_agrees(text: &str) {
        let all = lex_marking(
            text,
            &Lowered::new(text),
            |_, _, _, _| true,
            Lexed::default(),
        );
        assert_eq!(all.tokens(), lex_by_cut(text), "{text:?}");
        let marked: std::collections::HashSet<u32> =
            all.marked().iter().map(|&m| m as u32).collect();
        let tokens = all.tokens();
        for (k, t) in tokens.iter().enumerate() {
            let first = text.as_bytes()[t.start as usize];
            let unmarked_mark = t.kind == Tok::Punct
                && first.is_ascii()
                && !matches!(first, b'\'' | b'@' | b'-' | b'.');
            // A `-` or `.` before no digits, and a `-` before no `.`, is in no number ("-5",
            // ".5", "-.5").
            let in_no_number = t.kind == Tok::Punct
                && matches!(first, b'-' | b'.')
                && !tokens.get(k + 1).is_some_and(|t| t.is_digits())
                && (first == b'.' || !tokens.get(k + 1).is_some_and(|t| t.is_punct(text, '.')));
            assert!(
                unmarked_mark || in_no_number || marked.contains(&(k as u32)),
                "{text:?}: token {k} unmarked"
            );
        }
        // The quote marks and stops are listed, each once and in order.
        let quote_stops: Vec<u32> = (0..tokens.len() as u32)
            .filter(|&k| {
                let t = tokens[k as usize];
                let first = text.as_bytes()[t.start as usize];
                t.kind == Tok::Punct && QUOTE_STOP_FIRST[usize::from(first)]
            })
            .collect();
        assert_eq!(
            Tokens::quote_stops(&all),
            Some(&quote_stops[..]),
            "{text:?}"
        );
        let none = lex_marking(
            text,
            &Lowered::new(text),
            |_, _, _, _| false,
            Lexed::default(),
        );
        assert_eq!(none.tokens(), all.tokens());
    }

    #[test]
    fn fast_paths_agree_with_cut() {
        let long = "a".repeat(40);
        let texts = [
            "",
            " ",
            "a",
            "The cat sat.",
            "Russia's role, o'clock and the leaders' talks",
            "Russia\u{2019}s \u{201c}role\u{201d} \u{2019}til",
            "caf\u{e9} na\u{ef}ve \u{a0}x\u{2009}y \u{3000}z",
            "x2 2x 1,500.25 -5 \u{2212}7 @ 3pm #1",
            "a'b a' 'a a'' ''a a\u{2019} a\u{2019}\u{e9}",
            "a'\u{e9}b x'1 y'\u{2019}z o'clock's rock'n'roll' end'",
            "\t\n\r\x0b\x0c\x00\x7f end",
            "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq",
            // Second words in a window, ending at every byte of it and past it.
            "a bc def ghij klmnopqrstuvw x y'z b\u{e9} c's d, e f-g h.",
            "abcdefghijklmnop's abcdefghijklmnop\u{e9} abcdefghijklmnop-x",
            // One letter after an apostrophe, its end at every byte of the window and past it.
            "abcdefghijkl's abcdefghijklm's abcdefghijklmn's abcdefghijklmno's",
            "x's. y't\u{e9} z'\u{2019} a'b'c d'e-f",
            &long,
            &format!("{long}'s {long}. {long}\u{e9}"),
            "\u{10348}\u{10348} \u{1f600}a\u{1f600}",
            "end with a letter",
            "end with space ",
            "end with mark!",
            // Points and hyphens before and after numbers, marks and whitespace.
            "end.\n5 end.\n\n6 end.\n\n\n7 said.\" -.a - .5 x -\n\n5 a-'b 1.-2 3.. \u{2212}.4",
        ];
        for text in texts {
            assert_agrees(text);
            // Every cut of it too: text ends and windows at every place.
            for (at, _) in text.char_indices() {
                assert_agrees(&text[at..]);
                assert_agrees(&text[..at]);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_paths_agree_with_cut_on_any_text(
            text in "([a-zA-Z]{1,20}|[0-9]{1,5}|[ \\n\\t.,'@-]|\u{2019}|\u{e9}|\u{a0}|\u{2212}|\u{1f600}){0,40}"
        ) {
            assert_agrees(&text);
        }
    }

    #[test]
    fn fast_paths_agree_with_cut_on_the_bbc_corpus() {
        for text in crate::extract::bbc_corpus().unwrap_or_default() {
            assert_agrees(&text);
        }
    }

    #[test]
    fn cuts_words_digits_and_marks() {
        assert_eq!(show("Soyuz-2.1a"), " w:Soyuz|p:-|d:2|p:.|d:1|w:a");
        assert_eq!(show("Russia's “role”"), " w:Russia's p:“|w:role|p:”");
        assert_eq!(show("1,500 km"), " d:1|p:,|d:500 w:km");
        assert_eq!(show("the leaders' talks"), " w:the w:leaders|p:' w:talks");
        assert_eq!(show("Île-de-France"), " w:Île|p:-|w:de|p:-|w:France");
    }
}
