//! Ordinals: the position words and digit suffixes, "70th", "first", "twenty-first".
//!
//! Ordinals are read from the tokens, not from `Scan::numbers`: "70th" is never a number
//! (the number finder refuses digits glued to letters), and "twenty-first" ends in a word
//! the number finder does not know. Every ordinal ends on an ordinal word or on a suffix
//! glued to digits, all spelt with a final "st", "nd", "rd" or "th": the finder looks for
//! those ends among the words `vocab` marks for it ([`trigger_words`]) and tries the grammar
//! only on the few tokens before each.
//!
//! # Grammar
//!
//! - digits with a suffix: `1st`, `2nd`, `3rd`, `70th`, `1,000th` (any of the four suffixes
//!   in any case: a misspelt `22th` is still 22nd)
//! - words: `first` … `nineteenth`, `twentieth` … `ninetieth`, `hundredth`, `thousandth`,
//!   `millionth`, `billionth`
//! - tens and unit: `twenty-first`, `twenty—first`, `twenty first`, `twentyfirst`
//! - longer: `one hundred and first`, `two hundredth`, `three thousandth`
//!
//! # Not ordinals
//!
//! A capitalised ordinal word before another capitalised word begins a name: `First City
//! Bancorp`, `the Second Vatican Council` (but `First Quarter`, before a unit of time, counts).
//! Fractions: `one-third`, `two-fifths`, `thirds`, and `a third of` (a share, not a position).
//! The unit of a rate: `75 megabits per second`, and after a count and what it counts, `30
//! frames a second`.
//! The same name rule as numbers: digits glued to letters before them (`A1st`) or after a
//! word and hyphen (`Covid-19th`) are a name.

use super::calendar::title_case;
use super::number::{W, may_start_number, word_class};
use super::vocab::{MONTH, UNIT, WEEKDAY};
use super::{Data, Scan, Tok, Value};
use crate::span::Span;

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    // Every ordinal ends on an ordinal word or on a suffix glued to digits ("70th"), and both
    // end in "st", "nd", "rd" or "th". One pass finds those ends; the rules then run only on
    // the few tokens before each end that can open an ordinal reaching it, in text order as
    // a walk over every token would (`next` is the first token not yet tried).
    let mut next = 0;
    let bytes = scan.text.as_bytes();
    // Those ends are among the words `vocab` marks as triggers (`trigger_words`).
    for &last in super::date::index(scan).triggers() {
        let last = last as usize;
        let token = scan.tokens[last];
        // The last two letters first, lowercased (bytes of other characters stay above 0x7f
        // and match nothing): a conjunction or a currency code fails there.
        let pair = bytes
            .get((token.end as usize).wrapping_sub(2)..token.end as usize)
            .map(|b| [b[0] | 0x20, b[1] | 0x20]);
        if token.kind != Tok::Word
            || !matches!(&pair, Some(p) if matches!(p, b"st" | b"nd" | b"rd" | b"th"))
            || !is_ordinal_end(scan, last)
        {
            continue;
        }
        let mut i = earliest_start(scan, last).max(next);
        while i <= last {
            let token = scan.tokens[i];
            // Punctuation never opens an ordinal; most words cannot, by a table load.
            let skip = match token.kind {
                Tok::Punct => true,
                Tok::Word => !may_start_number(scan.text, token),
                Tok::Digits => false,
            };
            if skip {
                i += 1;
                continue;
            }
            match ordinal_at(scan, i) {
                Some((_, end)) if names_something(scan, end) || per_second(scan, i, end) => i = end,
                Some((value, end)) => {
                    out.push(Value {
                        span: Span::new(
                            scan.tokens[i].start as usize,
                            scan.tokens[end - 1].end as usize,
                        ),
                        qualifier: None,
                        data: Data::Ordinal(value),
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        next = i;
    }
}

/// Whether the "second" at `i..end` is the unit of a rate: after "per" ("75 megabits per
/// second", "calculations per second"), or after "a" with a count and what it counts just
/// before ("30 frames a second", "80 million operations a second", "one gigabit a second
/// systems"). "won 3 games a second time" and "6-2 to earn a second round" count.
fn per_second(scan: &Scan, i: usize, end: usize) -> bool {
    use super::calendar::is_word;
    // A number ends right before the counted word: "30 frames", "80 million operations".
    let counted = || {
        let k = scan.numbers.partition_point(|n| n.end < i - 2);
        scan.numbers.get(k).is_some_and(|n| n.end == i - 2)
    };
    if end != i + 1 || i == 0 || !is_word(scan, i, "second") {
        return false;
    }
    is_word(scan, i - 1, "per")
        || i >= 3
            && is_word(scan, i - 1, "a")
            && scan.tokens[i - 2].is_word()
            && !is_word(scan, end, "time")
            && counted()
}

/// Whether the ordinal word ending before token `end` begins a name: "First City Bancorp",
/// "the Second Vatican Council". Both it and the next word are capitalised (not all capitals,
/// as headlines are written), and the next word is no month, weekday or unit of time ("First
/// Quarter" in a title-case headline is still a position).
fn names_something(scan: &Scan, end: usize) -> bool {
    let Some(next) = scan.tokens.get(end) else {
        return false;
    };
    scan.tokens[end - 1].is_word()
        && next.is_word()
        && next.space_before
        && title_case(scan, end - 1)
        && title_case(scan, end)
        && super::calendar::facts(scan, end) & (MONTH | WEEKDAY | UNIT) == 0
}

/// Whether word `i`, which ends in "st", "nd", "rd" or "th", can be the last token of an
/// ordinal: an ordinal word, or one of those suffixes glued to digits.
fn is_ordinal_end(scan: &Scan, i: usize) -> bool {
    let token = scan.tokens[i];
    let len = token.end - token.start;
    if len < 2 {
        return false;
    }
    if len == 2 {
        return i > 0 && !token.space_before && scan.tokens[i - 1].is_digits();
    }
    // The shortest ordinal word ("first") has five letters.
    len >= 5 && word_at(scan, i).and_then(ordinal_word).is_some()
}

/// The first token where an ordinal ending on token `last` may start: over the digits and
/// thousands groups before a suffix ("1,000th"), or over the cardinal words and the one
/// hyphen, dash or "and" before an ordinal word ("twenty-first", "one hundred and first").
fn earliest_start(scan: &Scan, last: usize) -> usize {
    let mut i = last;
    if scan.tokens[last].end - scan.tokens[last].start == 2 {
        // A suffix: digits before it, and ",ddd" groups before those.
        i -= 1;
        while i >= 2
            && scan.tokens[i - 1].is_punct(scan.text, ',')
            && scan.tokens[i - 2].is_digits()
        {
            i -= 2;
        }
        return i;
    }
    if i > 0 {
        let sep = scan.tokens[i - 1];
        let dash =
            sep.kind == Tok::Punct && matches!(scan.tok(i - 1), "-" | "\u{2013}" | "\u{2014}");
        if dash || word_at(scan, i - 1) == Some("and") {
            i -= 1;
        }
    }
    while i > 0 && word_at(scan, i - 1).and_then(word_class).is_some() {
        i -= 1;
    }
    i
}

/// The ordinal starting at token `i`: its value and end token.
pub(crate) fn ordinal_at(scan: &Scan, i: usize) -> Option<(i64, usize)> {
    let token = scan.tokens[i];
    match token.kind {
        Tok::Digits => digits_ordinal(scan, i),
        Tok::Word => words_ordinal(scan, i),
        Tok::Punct => None,
    }
}

fn glued(scan: &Scan, i: usize) -> bool {
    i > 0 && scan.tokens.get(i).is_some_and(|t| !t.space_before)
}

/// "70th", "1st", "1,000th".
fn digits_ordinal(scan: &Scan, i: usize) -> Option<(i64, usize)> {
    if glued(scan, i) {
        let prev = scan.tokens[i - 1];
        if prev.kind != Tok::Punct {
            return None;
        }
        // "Covid-19th", "2.1st": glued through a hyphen or point to a word or digits.
        let sep = prev.text(scan.text);
        if matches!(sep, "-" | "." | ",") && glued(scan, i - 1) {
            let before = scan.tokens[i - 2];
            if before.kind != Tok::Punct && !(sep == "-" && before.kind == Tok::Digits) {
                return None;
            }
        }
    }
    let mut value: i64 = 0;
    let mut j = i;
    let first_len = scan.tok(j).len();
    value = accumulate(value, scan.tok(j))?;
    j += 1;
    // "1,000th": thousands groups, as numbers take them.
    if first_len <= 3 {
        while scan
            .tokens
            .get(j)
            .is_some_and(|t| t.is_punct(scan.text, ','))
            && glued(scan, j)
            && scan.tokens.get(j + 1).is_some_and(|t| t.is_digits())
            && glued(scan, j + 1)
            && scan.tok(j + 1).len() == 3
        {
            value = accumulate(value, scan.tok(j + 1))?;
            j += 2;
        }
    }
    let suffix = scan
        .tokens
        .get(j)
        .filter(|t| t.is_word() && !t.space_before)?;
    let suffix = suffix.text(scan.text);
    let ok = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    if !ok {
        return None;
    }
    // Letters or digits glued after the suffix make a name ("4th-gen" is fine: a hyphen).
    if scan
        .tokens
        .get(j + 1)
        .is_some_and(|t| !t.space_before && t.kind != Tok::Punct)
    {
        return None;
    }
    Some((value, j + 1))
}

/// `acc` followed by the decimal digits `digits`, or `None` on overflow.
fn accumulate(acc: i64, digits: &str) -> Option<i64> {
    digits.bytes().try_fold(acc, |acc, b| {
        acc.checked_mul(10)?
            .checked_add(i64::from(b.wrapping_sub(b'0')))
    })
}

/// What an ordinal word says.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum O {
    /// first … nineteenth: added to what comes before ("twenty-first").
    Add(i64),
    /// twentieth … ninetieth: added, but only after hundreds or scales.
    Tens(i64),
    /// hundredth, thousandth, millionth: multiplies what comes before.
    Scale(i64),
}

/// What an ordinal word says. Callers ask only about words that pass
/// [`may_start_number`] or follow a number word.
fn ordinal_word(w: &str) -> Option<O> {
    if let Some(o) = ordinal_match(w) {
        return Some(o);
    }
    // "twentyfifth": a tens word glued to a unit ordinal, ten letters at the least.
    if w.len() < 10 {
        return None;
    }
    let (tens, rest) = TENS
        .iter()
        .zip([20, 30, 40, 50, 60, 70, 80, 90])
        .find_map(|(name, t)| Some((t, w.strip_prefix(name)?)))?;
    match ordinal_word(rest)? {
        O::Add(u) if u < 10 => Some(O::Add(tens + u)),
        _ => None,
    }
}

/// The tens that open a glued ordinal ("twentyfifth").
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The words an ordinal may end on, for `vocab` to mark ([`super::vocab::TRIGGER`]): the
/// ordinal words, the glued ones ("twentyfifth"), and the suffixes of digits ("70th").
pub(crate) fn trigger_words() -> Vec<String> {
    let mut words: Vec<String> = ORDINAL_WORDS.iter().map(|&(w, _)| w.to_owned()).collect();
    for tens in TENS {
        for &(unit, o) in ORDINAL_WORDS {
            if matches!(o, O::Add(u) if u < 10) {
                words.push(format!("{tens}{unit}"));
            }
        }
    }
    words.extend(["st", "nd", "rd", "th"].map(str::to_owned));
    words
}

// The ordinal words: the table (for the number finder's prefix filter) and the `match`
// that `ordinal_word` runs, from one list.
word_table! {
    pub(super) ORDINAL_WORDS: O, fn ordinal_match;
    ("first", O::Add(1)),
    ("second", O::Add(2)),
    ("third", O::Add(3)),
    ("fourth", O::Add(4)),
    ("fifth", O::Add(5)),
    ("sixth", O::Add(6)),
    ("seventh", O::Add(7)),
    ("eighth", O::Add(8)),
    ("ninth", O::Add(9)),
    ("tenth", O::Add(10)),
    ("eleventh", O::Add(11)),
    ("twelfth", O::Add(12)),
    ("thirteenth", O::Add(13)),
    ("fourteenth", O::Add(14)),
    ("fifteenth", O::Add(15)),
    ("sixteenth", O::Add(16)),
    ("seventeenth", O::Add(17)),
    ("eighteenth", O::Add(18)),
    ("nineteenth", O::Add(19)),
    ("twentieth", O::Tens(20)),
    ("thirtieth", O::Tens(30)),
    ("fortieth", O::Tens(40)),
    ("fiftieth", O::Tens(50)),
    ("sixtieth", O::Tens(60)),
    ("seventieth", O::Tens(70)),
    ("eightieth", O::Tens(80)),
    ("ninetieth", O::Tens(90)),
    ("hundredth", O::Scale(100)),
    ("thousandth", O::Scale(1_000)),
    ("millionth", O::Scale(1_000_000)),
    ("billionth", O::Scale(1_000_000_000)),
}

/// Word `i` lowercased, from the scan's lowered text (no copy); `None` for other tokens.
/// Every word this module compares with is plain ASCII, so a word the scan cannot lower
/// (non-ASCII, longer than 16 bytes) matches none either way.
fn word_at<'s>(scan: &'s Scan, i: usize) -> Option<&'s str> {
    Some(scan.lower(i)).filter(|w| !w.is_empty())
}

/// "first", "twenty-first", "one hundred and first", "two hundredth".
fn words_ordinal(scan: &Scan, i: usize) -> Option<(i64, usize)> {
    // A word after a word and a hyphen is a compound ("one-third", "year-first").
    if glued(scan, i)
        && scan.tokens[i - 1].is_punct(scan.text, '-')
        && i >= 2
        && glued(scan, i - 1)
        && scan.tokens[i - 2].is_word()
    {
        return None;
    }
    let w = word_at(scan, i)?;
    if let Some(o) = ordinal_word(w) {
        let value = match o {
            O::Add(v) | O::Tens(v) | O::Scale(v) => v,
        };
        return finish(scan, i, value, i + 1);
    }
    // A cardinal prefix: the longest run of number words followed by an ordinal word.
    word_class(w)?;
    let (prefix, last, end) = cardinal_prefix(scan, i)?;
    // "twenty-first", "twenty—first": tens and unit across a hyphen or dash.
    let (sep_ok, j) = if glued(scan, end) && glued(scan, end + 1) {
        let sep = scan.tok(end);
        (
            last == Last::Tens && matches!(sep, "-" | "\u{2013}" | "\u{2014}"),
            end + 1,
        )
    } else {
        (scan.tokens.get(end).is_some_and(|t| t.space_before), end)
    };
    if !sep_ok {
        return None;
    }
    let mut j = j;
    let mut prefix = prefix;
    let mut last = last;
    // "one hundred and first".
    if j == end && word_at(scan, j) == Some("and") && matches!(last, Last::Hundred | Last::Scale) {
        j += 1;
        last = Last::And;
    }
    let o = ordinal_word(word_at(scan, j)?)?;
    prefix = match (o, last) {
        (O::Add(v), Last::Tens) if v < 10 => prefix + v,
        (O::Add(v) | O::Tens(v), Last::Hundred | Last::Scale | Last::And) => prefix + v,
        (O::Scale(s), Last::Unit | Last::Tens | Last::Hundred) if s > 100 || prefix < 100 => {
            prefix.checked_mul(s)?
        }
        _ => return None,
    };
    finish(scan, i, prefix, j + 1)
}

/// Checks what follows an ordinal word: plurals and "of" after "a" make a fraction.
fn finish(scan: &Scan, first: usize, value: i64, end: usize) -> Option<(i64, usize)> {
    // "a third of", "one fifth of": a share.
    if first > 0 {
        let before = word_at(scan, first - 1);
        let share_word = matches!(before, Some("a" | "an" | "one"));
        if share_word && value > 2 && word_at(scan, end) == Some("of") {
            return None;
        }
    }
    Some((value, end))
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Unit,
    Tens,
    Hundred,
    Scale,
    And,
}

/// Cardinal words from `i` that an ordinal word may end: the value, how the prefix ends,
/// and the end token. "twenty" is `Tens`, "one hundred" `Hundred`, "two thousand" `Scale`.
fn cardinal_prefix(scan: &Scan, i: usize) -> Option<(i64, Last, usize)> {
    let mut total: i64 = 0;
    let mut cur: i64 = 0;
    let mut last = None;
    let mut j = i;
    loop {
        if j > i && !scan.tokens.get(j).is_some_and(|t| t.space_before) {
            break;
        }
        let Some(w) = word_at(scan, j) else {
            break;
        };
        if w == "and" {
            break;
        }
        let Some(class) = word_class(w) else { break };
        match (class, last) {
            (W::Unit(u), None | Some(Last::Hundred | Last::Scale)) if u > 0 => {
                cur += i64::from(u);
                last = Some(Last::Unit);
            }
            (W::Unit(u), Some(Last::Tens)) if u > 0 => {
                cur += i64::from(u);
                last = Some(Last::Unit);
            }
            (W::Teen(t), None | Some(Last::Hundred | Last::Scale)) => {
                cur += i64::from(t);
                last = Some(Last::Unit);
            }
            (W::Tens(t), None | Some(Last::Hundred | Last::Scale)) => {
                cur += i64::from(t);
                last = Some(Last::Tens);
            }
            (W::TensUnit(t), None | Some(Last::Hundred | Last::Scale)) => {
                cur += i64::from(t);
                last = Some(Last::Unit);
            }
            (W::Hundred, Some(Last::Unit | Last::Tens)) if cur < 100 => {
                cur *= 100;
                last = Some(Last::Hundred);
            }
            (W::Scale(s), Some(Last::Unit | Last::Tens | Last::Hundred))
                if s >= 1000.0 && s.fract() == 0.0 =>
            {
                total = total.checked_add(cur.checked_mul(s as i64)?)?;
                cur = 0;
                last = Some(Last::Scale);
            }
            _ => break,
        }
        j += 1;
    }
    Some((total + cur, last?, j))
}

#[cfg(test)]
mod tests {
    use crate::extract::{Context, Data, extract};

    fn ordinals(text: &str) -> String {
        extract(text, &Context::default())
            .iter()
            .filter_map(|v| match v.data {
                Data::Ordinal(n) => Some(format!("{}={n}", v.span.of(text))),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(ordinals(text), expected, "in {text:?}");
    }

    #[test]
    fn digits_and_words() {
        check("the 70th anniversary", "70th=70");
        check("1st, 2nd, 3rd and 22ND", "1st=1 2nd=2 3rd=3 22ND=22");
        check("first and hundredth", "first=1 hundredth=100");
        check("twenty-first century", "twenty-first=21");
        check(
            "twenty—fifth, thirty first, fortysecond",
            "twenty—fifth=25 thirty first=31 fortysecond=42",
        );
        check("the one hundred and first day", "one hundred and first=101");
        check("two hundredth", "two hundredth=200");
    }

    #[test]
    fn not_ordinals() {
        check("one-third of votes, two-fifths, a third of them", "");
        check("Covid-19th", "");
    }
}
