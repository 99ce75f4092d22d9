//! Cardinal numbers, in digits and in words: the base every other numeric finder builds on.
//!
//! [`find_numbers_in`] runs once per text and lists bare numbers (no qualifier, no unit),
//! trying only the tokens `vocab` marked as possible starts, since most tokens cannot open a
//! number. Most numbers are digits alone ("2004", "1,500", "£5m") or a lone unit word ("two
//! people"): each is read on a short path (`P::plain_digits`, `P::lone_word`) that looks at
//! its neighbours once and gives way to the whole grammar wherever a rule might take more,
//! so that deciding a number's span costs little. [`find`] turns them into [`Data::Number`]
//! values with the qualifier around them, and [`fill_units`] gives those that win their
//! overlaps (and those `range` pairs) the noun they count. Ordinals, percents, money,
//! durations and dates read `Scan::numbers`.
//!
//! # Grammar
//!
//! - digits: `33`, `0033`, `100000`
//! - thousands separators: `1,500`, `155,221`, `3,000,000`
//! - decimals: `1.5`, `5.93`, `.77`, `100,000.0`
//! - fractions: `1/5` (0.2), odds `5/4` (1.25), up to hundredths; three parts (`12/02/2013`)
//!   are a date, and a zero or a leading zero (`the 0/92 program`, `the film 06/05`), equal
//!   parts (`a 50/50 venture`), a larger denominator or a pair English uses as a name (`after
//!   9/11`, `open 24/7`) no number
//! - two-way prices, a bid and an offer, as wire copy quotes rates and metals: `3.7495/98`
//!   (3.7495 and 3.7498), `97.35/65`, `408.90/409`, `563/567`, `118.25/118.75`, `1.80-85`:
//!   the offer's digits stand for the bid's last ones; the offer lies above the bid by at most
//!   a tenth (`range` pairs the two)
//! - mixed numbers, as prices and rates are quoted: `8-1/4` and `8 1/4` (8.25), in halves,
//!   thirds and powers of two up to sixty-fourths
//! - signs: `-504`, `−5`, `minus 5`, `negative 1200000`
//! - glued multipliers: `100k`, `100K`, `3M`, `1.2M`, `.0012G` (G only after a decimal point,
//!   because `5G` and `10G` name network generations and port speeds); a lowercase `m` before
//!   people or goods counted in millions, as British copy writes them: `3m people`, `14m
//!   customers`, `1m barrels` (elsewhere `m` is metres: `the 60m hurdles`)
//! - scale words after digits: `5 thousand`, `1.5 million`, `5.93 mln`, `3 bn`, `30 lakh`,
//!   `2 dozens`, `three thousand millions`
//! - words: `thirty three`, `thirty-three`, `twenty—five`, `twentyfive`, `a hundred`,
//!   `two thousand and twelve`, `seven hundred twenty-one thousand twelve`,
//!   `three crore twelve lakh fifty-six thousand`
//! - hundreds left unsaid, as years and flight numbers are read: `one twenty two` (122),
//!   `nineteen eighty-four` (1984), `twenty twenty-three` (2023)
//! - decimals in words: `two point two million`, `1 point 1`, `point 77`
//! - halves: `half` (0.5), `half a million`, `two and a half million`, `two-and-a-half`; not
//!   the noun of a part (`the first half`, `in their own half`, `the Italian half`, `half
//!   time`, `half term`)
//! - quantity words: `zero`, `nought`, `naught`, `nil`, `single` (1: alone or after a word that
//!   counts, `a single vote`, `every single day`; not `the single biggest`, `the single
//!   market`, a band's `new single`), `a pair`, `a couple (of)` (2), `a few` and `few` (about
//!   3), `a dozen (of)` (12)
//! - a number repeated in brackets is one number: `forty-five (45)`, `45 (forty five)`
//!
//! # Not numbers
//!
//! The general rule: digits glued to a word are part of a name. A digit run directly after
//! letters (`MH17`, `G7`), after a word and a hyphen (`Covid-19`, `F-16`, `Soyuz-2.1a`,
//! `SamSat-218`), or followed by letters that are neither a multiplier nor a unit (`2D`,
//! `2.1a`, `5G`) is not a number. Neither are ordinal suffixes (`70th`, the ordinal finder's),
//! decades (`1990s`), version strings (`2.1.3`), phone numbers (`+44 20 7946 0958`,
//! `555-1234`), split years (`the 1986/87 season`: two consecutive years, not a fraction; a
//! date where they name a period), and anything inside a URL or e-mail address. Number words follow
//! the same rule for names (`year-one`), and a number word hyphenated to a preposition is an idiom
//! (`one-on-one`, `one-off`, `one-to-one`). A lone `one` after a determiner is a pronoun (`no
//! one`, `the one`, `this one`, `any one`), but not before a percent word (`the one pct
//! figure`), and so is `one another` and a `one` ending a clause after a determiner and a
//! lowercase word (`the real one.`, `a tough one,`); `someone` and `anyone` are single words
//! and never match. `one of the few` is kept: it does count one. A number word capitalised
//! within a sentence, next to another capitalised word, is part of a name (`the Six Nations`,
//! `BBC Three`, `Ocean's Eleven`, `the Group of Seven`); a sentence may open on one (`Two of
//! them`). Digits after a capitalised word within a sentence are a name's
//! number (`BBC Radio 4`, `Chapter 11 bankruptcy`, `the Xbox 360`), but a rank after `No`, a
//! year (`Euro 2004`, which `date::bare_years` then reads as one), a count after a possessive
//! (`India's 35 states`), a count of what follows (`fouled Miller 35 yards out`), values in
//! tables and price moves (`Platinum 4321 19120`, `National Australia 20 to 5.50`) and scores
//! and counts listed after names, led by a number in words or after a name that opens the
//! sentence (`Wales 24 England 11`, `Goals: Mellor 38, Baros 61`, `Louisiana one and Oklahoma
//! 11`; not `a mere £20, Metal Slug 3`) are numbers.
//!
//! A `-` followed by a space is a dash, not a minus (`- 5` opens a bulleted line), except
//! where the hyphen opens the text, one space follows, and the number ends it (`- 1,200,000`
//! alone, as a table cell or a figure on its own line). `l` and `Kr` after a number are litres
//! and kronor, not lakh and crore: English news writes `30 lakh` and `crore` in full.
//!
//! # Vague quantities
//!
//! `few` and `a few` are 3 with the qualifier `approx` ("a few hours", "few people"); after
//! `the`, `very`, `too`, `so`, `how` it stresses scarcity and is not a count (`the few who
//! stayed`, `very few`).

use super::calendar::title_case;
use super::vocab::{Read, word_set};
use super::{Data, Scan, Token, Value, qualifier};
use crate::span::Span;

/// A cardinal number found in the text, before any qualifier or unit.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    pub span: Span,
    /// Token range `first..end` the number covers.
    pub first: usize,
    pub end: usize,
    pub value: f64,
    /// Spelled in words ("thirty-three", "a couple of"), wholly or partly ("1.5 million").
    pub in_words: bool,
    /// A vague quantity read as a number ("a few" is about 3).
    pub approx: bool,
}

/// Every cardinal number in `text`, in order, none overlapping.
#[cfg(test)]
pub(crate) fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMatch> {
    let (lexed, words) = super::vocab::read(text);
    debug_assert_eq!(&lexed[..], tokens);
    let mut out = Vec::new();
    let read = words.paragraph(0, tokens.len());
    find_numbers_in(text, &words.lowered, tokens, read, &mut out);
    out
}

/// Every cardinal number in `text`, in order, none overlapping, into `out` (cleared first).
/// `lowered` is the text with ASCII letters lowercased (byte offsets unchanged), so number
/// words are read without lowercasing each again; "" makes the finder lowercase them itself.
///
/// `words` tells the tokens a number may start at, in order (`vocab::Read::number_starts`);
/// a number is looked for nowhere else. They come from a filter that holds every token
/// [`P::number_at`] can read a number at, so skipping the rest changes nothing.
pub(crate) fn find_numbers_in(
    text: &str,
    lowered: &str,
    tokens: &[Token],
    words: Read,
    out: &mut Vec<NumberMatch>,
) {
    // Numbered in the text, from `first` at the paragraph's first token.
    let (starts, first) = words.number_starts_in_text();
    let at = |s: u32| (s - first) as usize;
    let p = P {
        text,
        lowered,
        tokens,
    };
    out.clear();
    // `starts[next]` is the first start at or after token `i`.
    let mut next = 0;
    let mut i = 0;
    // Tokens `..chunk_end` belong to whitespace-delimited chunks already checked for URLs.
    let mut chunk_end = 0;
    let mut phone_tail = false;
    while i < tokens.len() {
        while starts.get(next).is_some_and(|&s| at(s) < i) {
            next += 1;
        }
        let mut candidate = starts.get(next).is_some_and(|&s| at(s) == i);
        // Outside a phone number's tail, a chunk matters only where a number may start, so the
        // scan jumps from start to start: a skipped token's chunk is read, with the same
        // outcome, at a later start of the same chunk, or matters to none. The start jumped to
        // is read on at once.
        if !phone_tail && !candidate {
            match starts.get(next) {
                Some(&s) if at(s) < tokens.len() => {
                    i = at(s);
                    candidate = true;
                }
                _ => break,
            }
        }
        if i >= chunk_end {
            let chunk = p.chunk(i, phone_tail);
            chunk_end = chunk.end;
            let skip = match chunk.kind {
                ChunkKind::Link | ChunkKind::SplitYear => true,
                ChunkKind::Phone => {
                    phone_tail = true;
                    true
                }
                ChunkKind::DigitsOnly => phone_tail,
                ChunkKind::Other => {
                    phone_tail = false;
                    false
                }
            };
            if skip {
                i = chunk.end;
                continue;
            }
        }
        if !candidate {
            i += 1;
            continue;
        }
        match p.number_at(i) {
            Some(m) => {
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
}

/// A split year at token `i`: "1986/87", "1986/1987" (a season, a crop or fiscal year: two
/// consecutive years, not a fraction). The first year and the end token.
pub(crate) fn split_year(text: &str, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let [from, slash, to] = tokens.get(i..i + 3)? else {
        return None;
    };
    // The shape first, by the tokens alone: most digits are followed by no slash.
    let shaped = from.is_digits()
        && to.is_digits()
        && from.end - from.start == 4
        && slash.is_punct(text, '/')
        && slash.touches(*from)
        && to.touches(*slash);
    if !shaped {
        return None;
    }
    let year = |t: &Token| t.text(text).parse::<u32>().ok();
    let (first, second) = (year(from)?, year(to)?);
    let consecutive = match to.end - to.start {
        2 => second == (first + 1) % 100,
        4 => second == first + 1,
        _ => false,
    };
    ((1000..=2999).contains(&first) && consecutive).then_some((first, i + 3))
}

/// The raw digits number at token `i` ("1,500", "5.93", ".77") with no rule about names or
/// suffixes: the value and the end token. For finders that read glued forms themselves
/// ("Rs500", "$5B").
pub(crate) fn digits_at(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let d = P::unlowered(text, tokens).digits(i)?;
    Some((d.value(), d.end))
}

/// Number values: each number with its qualifier and the counted noun after it.
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    for m in &scan.numbers {
        if names_a_thing(scan, m) {
            continue;
        }
        let mut first = m.first;
        let mut end = m.end;
        let mut q = m.approx.then_some(super::Qualifier::Approx);
        if let Some((qual, start)) = qualifier::before(scan, first) {
            q = Some(qual);
            first = start;
        }
        if let Some((qual, stop)) = qualifier::after(scan, end) {
            q = q.or(Some(qual));
            end = stop;
        }
        // Bare "few" before a word that is no noun it counts is a pronoun: "Few expect a
        // deal". Alone, it is the number ("few": about 3).
        // A match of one token that is approximate is "few" (`NumberMatch::approx`).
        let pronoun = m.end == m.first + 1
            && m.approx
            && scan.tokens.get(m.end).is_some_and(|t| t.is_word())
            && !super::calendar::is_word(scan, m.end, "of")
            && counted_noun(scan, m.end, m.value).is_none();
        if pronoun {
            continue;
        }
        let span = Span::new(
            scan.tokens[first].start as usize,
            scan.tokens[end - 1].end as usize,
        );
        let span = span.cover(m.span);
        out.push(Value {
            span,
            qualifier: q,
            data: Data::Number {
                value: m.value,
                unit: None,
            },
        });
    }
}

/// Gives the numbers among `values`, found by [`find`] in `scan`, the nouns they count
/// ([`counted_noun`]). [`find`] leaves them out: about half its numbers lose to a longer value
/// ("$5m", "in 2004", "5%"), and reading the noun was a third of a number's cost there. A
/// number's value ends where its match does, unless a qualifier after it ("5 or more") ends
/// it, and then the noun's place holds "or": it counts nothing.
pub(super) fn fill_units(scan: &Scan, values: &mut [Value]) {
    // The matches lie in order and never overlap, so their ends are in order too; so are the
    // values' ends, where `values` are kept ones: the match of each is looked for from the
    // last one's on.
    let mut numbers = scan.numbers.as_slice();
    for v in values {
        // A number `range` paired was given its noun there.
        let Data::Number {
            value,
            unit: unit @ None,
        } = &mut v.data
        else {
            continue;
        };
        let end = v.span.end;
        let at = numbers.partition_point(|m| m.span.end < end);
        numbers = &numbers[at..];
        if let Some(m) = numbers.first().filter(|m| m.span.end == end) {
            *unit = counted_noun(scan, m.end, *value).and_then(super::Noun::new);
        }
    }
}

/// Whether a number spelled in words is part of a name: capitalised within a sentence and
/// next to another capitalised word ("the Six Nations", "BBC Three", "Ocean's Twelve",
/// "Radio Five Live", "the Group of Seven"). A sentence may open on one ("Two of the firms",
/// "Eighteen firms").
fn names_a_thing(scan: &Scan, m: &NumberMatch) -> bool {
    if !m.in_words {
        return digits_name(scan, m);
    }
    if !title_case(scan, m.first) || opens_sentence(scan, m.first) {
        return false;
    }
    let after_name = m.first > 0 && title_case(scan, m.first - 1);
    // "the Group of Seven", "the Committee of Ten"
    let of_name = m.first > 1
        && super::calendar::is_word(scan, m.first - 1, "of")
        && title_case(scan, m.first - 2);
    after_name || of_name || title_case(scan, m.end)
}

/// Whether a run of digits is the number of a name: after a capitalised word within a
/// sentence ("Radio 4", "Chapter 11 bankruptcy", "the Xbox 360", "Shrek 2"). A month, a
/// weekday or a unit before it reads as itself, and so do "No" and "Number" (a rank: "world
/// No 1"), a word that opens the sentence ("Analysts 30" in a headline, "The 25 most"), a
/// number with separators ("the Dow Jones 10,000 mark"), a year ("Euro 2004", "Thanksgiving
/// 2018"), a count after a possessive ("India's 35 states") and a count of what follows it
/// ("fouled Miller 35 yards from goal").
fn digits_name(scan: &Scan, m: &NumberMatch) -> bool {
    use super::calendar::facts;
    use super::vocab::{MONTH, UNIT, WEEKDAY};
    let Some(word) = m.first.checked_sub(1) else {
        return false;
    };
    let digits = scan.tokens[m.first];
    // The year first: it is told by the digits alone, and many numbers are years.
    m.end == m.first + 1
        && digits.is_digits()
        && digits.space_before
        && !(digits.end - digits.start == 4 && (1000.0..=2100.0).contains(&m.value))
        && title_case(scan, word)
        && !opens_sentence(scan, word)
        && facts(scan, word) & (MONTH | WEEKDAY | UNIT) == 0
        && !matches!(scan.tokens[word].text(scan.text), "No" | "Number")
        && !is_possessive_word(scan.tokens[word].text(scan.text))
        && counted_noun(scan, m.end, m.value).is_none()
        && ends_a_name(scan, m.end)
        && !follows_a_value(scan, word)
}

/// Whether the name ending at token `word` follows a number that leads a list, after at most
/// a comma or "and": the numbers are scores or a list of counts ("Wales 24 England 11",
/// "Goals: Mellor 38, Baros 61", "in Louisiana one and Oklahoma 11"). A number leads a list
/// in words, or in digits after a name that opens the sentence or itself follows such a
/// number; digits after a name within a sentence kept for another reason do not ("Half Life
/// 2 and Halo 2": a value before "and"; "a mere £20, Metal Slug 3"). With nothing between,
/// the number must follow a name too: "18 Bell 412 helicopters" counts the named things.
/// Asked last, of the few digits after a name that pass every other test.
fn follows_a_value(scan: &Scan, word: usize) -> bool {
    // Back over the name's capitalised words ("Ivory Coast 1").
    let mut first = word;
    while first > 0 && word - first < 3 && title_case(scan, first - 1) {
        first -= 1;
    }
    let Some(mut p) = first.checked_sub(1) else {
        return false;
    };
    let listed = p > 0 && matches!(scan.tokens[p].text(scan.text), "," | "and");
    if listed {
        p -= 1;
    }
    let t = scan.tokens[p];
    let prev_name = p.checked_sub(1).filter(|&w| title_case(scan, w));
    if t.is_digits() {
        // Digits after a name lead a list where that name opens the sentence or follows one.
        let Some(w) = prev_name else {
            return false;
        };
        return p > 0
            && !super::calendar::glued(scan, p)
            && (opens_sentence(scan, w) || follows_a_value(scan, w));
    }
    let mut buf = [0u8; 16];
    t.is_word()
        && (listed || prev_name.is_some())
        && lower(t.text(scan.text), &mut buf)
            .and_then(word_class)
            .is_some()
}

/// Whether the token at `end` may follow a name's number: a mark other than a percent or one
/// that goes on with digits ("Radio 4's", "Shrek 2."), or a word other than one that makes the
/// number a value in a table or a change ("National Australia 20 to 5.50", "Balt 12 unch", "the
/// Senate 13 to 11"). Another number, a line break or the end after it is a table's row ("Platinum
/// 4321 19120", "Total 25273").
fn ends_a_name(scan: &Scan, end: usize) -> bool {
    let Some(next) = scan.tokens.get(end) else {
        return false;
    };
    let gap = scan
        .text
        .get(scan.tokens[end - 1].end as usize..next.start as usize)
        .unwrap_or("");
    if gap.contains('\n') {
        return false;
    }
    match next.kind {
        super::Tok::Digits => false,
        super::Tok::Punct => {
            let mark = next.text(scan.text);
            // "2.5", "1,500", "2-1", "3/4": the number goes on.
            let goes_on = matches!(mark, "." | "," | "-" | "/" | ":")
                && scan
                    .tokens
                    .get(end + 1)
                    .is_some_and(|t| t.is_digits() && t.start == next.end);
            // "VMEmodule 32-bit": a hyphen makes the number a measure.
            !matches!(mark, "%" | "-") && !goes_on
        }
        super::Tok::Word => {
            let mut buf = [0u8; 16];
            !lower(next.text(scan.text), &mut buf).is_some_and(|w| {
                matches!(
                    w,
                    "to" | "and"
                        | "or"
                        | "unch"
                        | "up"
                        | "down"
                        | "off"
                        | "at"
                        | "from"
                        | "nil"
                        | "pct"
                        | "percent"
                        | "per"
                        | "dlrs"
                        | "cents"
                        | "points"
                        | "pts"
                        | "each"
                ) || word_class(w).is_some()
            })
        }
    }
}

/// Whether `w` is a possessive: "India's", "Britain’s", "Fathers'".
fn is_possessive_word(w: &str) -> bool {
    ["'s", "\u{2019}s", "s'", "s\u{2019}"]
        .iter()
        .any(|end| w.ends_with(end))
}

/// Whether token `i` opens a sentence or a line: first in the text, or after a line break,
/// a stop, a colon, an opening quote or bracket, or a dash.
pub(super) fn opens_sentence(scan: &Scan, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| scan.tokens.get(p)) else {
        return true;
    };
    let this = scan.tokens[i];
    let gap = scan
        .text
        .get(prev.end as usize..this.start as usize)
        .unwrap_or("");
    if gap.contains('\n') {
        return true;
    }
    prev.kind == super::Tok::Punct
        && prev.text(scan.text).chars().any(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | ';' | '"' | '\'' | '“' | '‘' | '(' | '[' | '-' | '–' | '—'
            )
        })
}

/// The noun a number counts: "155,221 bags", "190,000 new jobs" (`jobs`), "one decision".
///
/// After a number other than one the counted noun is plural, so up to two adjectives are
/// skipped to reach the first plural-looking word ("-s", or an irregular plural); after one,
/// the next word is taken. Function words, capitalised words (names), abbreviations ("p.m.")
/// and punctuation end the search.
///
/// Inlined up to the first token: most numbers are followed by a mark, whose test as one
/// call cost less than saving and restoring the registers the search needs.
#[inline]
pub(super) fn counted_noun<'a>(scan: &Scan<'a>, end: usize, value: f64) -> Option<&'a str> {
    if !scan.tokens.get(end)?.is_word() {
        return None;
    }
    noun_from(scan, end, value)
}

/// [`counted_noun`] after a number ending at `end` that a word follows.
#[inline(never)]
fn noun_from<'a>(scan: &Scan<'a>, end: usize, value: f64) -> Option<&'a str> {
    let singular = value == 1.0;
    for k in end..end + 3 {
        let token = *scan.tokens.get(k)?;
        if !token.is_word() || (k > end && !token.space_before) {
            return None;
        }
        let word = token.text(scan.text);
        // A word that opens on no lowercase letter counts nothing: told by its first byte,
        // before its lowercased form is read.
        if !word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return None;
        }
        // The word lowercased, as `scan` keeps it: "" where it is longer than 16 bytes or not
        // ASCII once its curly apostrophes are made straight. A word that is "" here or holds
        // an apostrophe (straight in `lower`, whether straight or curly in the text) counts
        // nothing; read off these bytes, not the word's chars.
        let lower = scan.lower(k);
        if lower.is_empty() || lower.as_bytes().contains(&b'\'') {
            return None;
        }
        // "p.m.", "a.m.": an abbreviation, not a noun.
        if word.len() == 1
            && scan
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_punct(scan.text, '.') && !t.space_before)
        {
            return None;
        }
        if is_function_word(lower) || word_class(lower).is_some() {
            return None;
        }
        // The glued unit last: it is a hashed lookup, and most nouns counted look plural.
        if singular || looks_plural(lower) || k == end && glued_unit(word) {
            return Some(word);
        }
    }
    None
}

fn looks_plural(w: &str) -> bool {
    (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !w.ends_with("ics"))
        || matches!(
            w,
            "people"
                | "children"
                | "men"
                | "women"
                | "police"
                | "staff"
                | "personnel"
                | "cattle"
                | "sheep"
                | "fish"
                | "deer"
                | "troops"
                | "feet"
                | "teeth"
                | "mice"
                | "geese"
                | "aircraft"
                | "tonnes"
                | "tons"
                | "crew"
                | "data"
        )
}

/// Whether `w` (lowercased) is a word that ends the search for a counted noun: one hashed
/// lookup, and none for a word longer than every such word.
fn is_function_word(w: &str) -> bool {
    w.len() <= LONGEST_FUNCTION_WORD && super::vocab::word_set!(w, in FUNCTION_WORDS)
}

/// The words [`is_function_word`] knows.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "should", "that", "which", "who", "this", "these", "those",
    "it", "its", "than", "per", "percent", "pc", "more", "less", "or so", "out", "up", "down",
    "into", "over", "under", "after", "before", "since", "until", "when", "while", "if", "so",
    "not", "also", "said", "says", "times",
];

/// The length of the longest of [`FUNCTION_WORDS`].
const LONGEST_FUNCTION_WORD: usize = super::vocab::longest(FUNCTION_WORDS);

/// The words a number may open with, as flags for `vocab`'s table: alone ([`N_ALONE`]: every
/// word [`word_class`] knows, and the [`OPENERS`] but "a" and "an"), "a" and "an" ([`N_A`]),
/// and the words after which these may open one ([`N_AFTER_A`], as [`P::a_number`] reads:
/// "couple", "pair", "few", hundreds and scales). Built from the vocabularies the grammar
/// reads, so the filter cannot miss a start.
///
/// [`N_ALONE`]: super::vocab::N_ALONE
/// [`N_A`]: super::vocab::N_A
/// [`N_AFTER_A`]: super::vocab::N_AFTER_A
pub(crate) fn opening_words() -> Vec<(String, u64)> {
    use super::vocab::{N_A, N_AFTER_A, N_ALONE};
    let mut words = Vec::new();
    for &(word, class) in NUMBER_WORDS {
        let after_a = matches!(class, W::Hundred | W::Scale(_));
        words.push((
            word.to_owned(),
            N_ALONE | if after_a { N_AFTER_A } else { 0 },
        ));
    }
    for &(tens, _) in TENS {
        words.push((tens.to_owned(), N_ALONE));
        // "twentyfive" ([`W::TensUnit`]).
        for &(unit, class) in NUMBER_WORDS {
            if matches!(class, W::Unit(u) if u > 0) {
                words.push((format!("{tens}{unit}"), N_ALONE));
            }
        }
    }
    for &word in OPENERS {
        let flag = if matches!(word, "a" | "an") {
            N_A
        } else {
            N_ALONE
        };
        words.push((word.to_owned(), flag));
    }
    for word in ["couple", "pair", "few"] {
        words.push((word.to_owned(), N_AFTER_A));
    }
    words
}

/// Words a cardinal may open with besides number words: "a hundred", "a single", "few",
/// "half", "point 77", "minus 5".
const OPENERS: &[&str] = &[
    "a", "an", "single", "few", "half", "point", "minus", "negative",
];

/// The first three letters (fewer for shorter words) of every word a cardinal or ordinal may
/// open with: [`OPENERS`], [`NUMBER_WORDS`], [`TENS`] (which also open "twentyfive") and the
/// ordinal words. Row `first * 27 + second`, bit `third`, where 26 stands for the word's end.
/// Built from the vocabularies themselves, so the filter cannot miss a word they hold.
const PREFIXES: [u32; 26 * 27] = {
    let mut table = [0; 26 * 27];
    let mut k = 0;
    while k < OPENERS.len() {
        table = with_prefix(table, OPENERS[k]);
        k += 1;
    }
    k = 0;
    while k < NUMBER_WORDS.len() {
        table = with_prefix(table, NUMBER_WORDS[k].0);
        k += 1;
    }
    k = 0;
    while k < TENS.len() {
        table = with_prefix(table, TENS[k].0);
        k += 1;
    }
    k = 0;
    while k < super::ordinal::ORDINAL_WORDS.len() {
        table = with_prefix(table, super::ordinal::ORDINAL_WORDS[k].0);
        k += 1;
    }
    table
};

/// Where a letter (or the word's end, `None`) falls in [`PREFIXES`]: 0–25, 26 for the end;
/// `None` for anything that no number word holds.
const fn slot(b: Option<u8>) -> Option<usize> {
    match b {
        None => Some(26),
        Some(b @ b'a'..=b'z') => Some((b - b'a') as usize),
        Some(b @ b'A'..=b'Z') => Some((b - b'A') as usize),
        _ => None,
    }
}

const fn byte_at(bytes: &[u8], i: usize) -> Option<u8> {
    if i < bytes.len() {
        Some(bytes[i])
    } else {
        None
    }
}

const fn with_prefix(mut table: [u32; 26 * 27], word: &str) -> [u32; 26 * 27] {
    let b = word.as_bytes();
    match (
        slot(byte_at(b, 0)),
        slot(byte_at(b, 1)),
        slot(byte_at(b, 2)),
    ) {
        (Some(c1), Some(c2), Some(c3)) if c1 < 26 => table[c1 * 27 + c2] |= 1 << c3,
        _ => panic!("number vocabulary words are lowercase ASCII letters"),
    }
    table
}

/// Whether `word` (any case) begins as some number, ordinal or opener word does. A filter:
/// true for some other words ("forward", "this"), never false for one of those.
fn has_number_prefix(word: &[u8]) -> bool {
    // `| 0x20` lowercases an ASCII letter; any other byte then falls outside 0..26.
    let letter = |b: u8| {
        let l = (b | 0x20).wrapping_sub(b'a');
        (l < 26).then_some(usize::from(l))
    };
    let (c1, c2, c3) = match *word {
        [a, b, c, ..] => (letter(a), letter(b), letter(c)),
        [a, b] => (letter(a), letter(b), Some(26)),
        [a] => (letter(a), Some(26), Some(26)),
        [] => return false,
    };
    match (c1, c2, c3) {
        (Some(c1), Some(c2), Some(c3)) => PREFIXES[c1 * 27 + c2] & (1 << c3) != 0,
        _ => false,
    }
}

/// Whether `token` may begin a number, by a byte or a table load: digits, a word that
/// [`may_start_number`], or the punctuation [`P::number_at`] reads a number from (a minus
/// sign, a decimal point, or a mark of three bytes such as `−`). A skipped token's chunk
/// needs no check: a later token of the same chunk, or none, reads it, with the same
/// outcome, outside a phone number's tail.
fn may_start(text: &str, token: Token) -> bool {
    match token.kind {
        super::Tok::Digits => true,
        super::Tok::Word => may_start_number(text, token),
        super::Tok::Punct => matches!(
            text.as_bytes().get(token.start as usize),
            Some(b'-' | b'.' | 0xE2)
        ),
    }
}

/// Whether word `token` may begin a number or ordinal: [`has_number_prefix`]. A table lookup,
/// because it runs on every word of every text.
pub(crate) fn may_start_number(text: &str, token: Token) -> bool {
    text.as_bytes()
        .get(token.start as usize..token.end as usize)
        .is_some_and(has_number_prefix)
}

/// The lower-case form of an ASCII word in `buf`, or `None` if it is too long or not ASCII.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum W {
    /// zero to nine
    Unit(u8),
    /// ten to nineteen
    Teen(u8),
    /// twenty, thirty, … ninety
    Tens(u8),
    /// "twentyfive": tens and unit written as one word
    TensUnit(u8),
    Hundred,
    /// thousand, million, lakh, crore, dozen…: multiplies what comes before
    Scale(f64),
}

/// The class of a lower-cased number word.
///
/// Many words are asked about and few are number words: [`has_number_prefix`] turns most
/// away with one table load before the tables are searched.
pub(crate) fn word_class(w: &str) -> Option<W> {
    if !has_number_prefix(w.as_bytes()) {
        return None;
    }
    if let Some(c) = number_word(w) {
        return Some(c);
    }
    if let Some(t) = tens(w) {
        return Some(W::Tens(t));
    }
    // "twentyfive": a tens word glued to a unit word, eight letters at the least.
    if w.len() < 8 {
        return None;
    }
    let (tens, unit) = TENS
        .iter()
        .find_map(|&(name, t)| Some((t, w.strip_prefix(name)?)))?;
    match word_class(unit)? {
        W::Unit(u) if u > 0 => Some(W::TensUnit(tens + u)),
        _ => None,
    }
}

// Number words other than the tens (`TENS`), with their class: the table (for
// `PREFIXES`) and the `match` that `word_class` runs, from one list.
word_table! {
    NUMBER_WORDS: W, fn number_word;
    ("zero", W::Unit(0)),
    ("naught", W::Unit(0)),
    ("nought", W::Unit(0)),
    ("nil", W::Unit(0)),
    ("one", W::Unit(1)),
    ("two", W::Unit(2)),
    ("three", W::Unit(3)),
    ("four", W::Unit(4)),
    ("five", W::Unit(5)),
    ("six", W::Unit(6)),
    ("seven", W::Unit(7)),
    ("eight", W::Unit(8)),
    ("nine", W::Unit(9)),
    ("ten", W::Teen(10)),
    ("eleven", W::Teen(11)),
    ("twelve", W::Teen(12)),
    ("thirteen", W::Teen(13)),
    ("fourteen", W::Teen(14)),
    ("fifteen", W::Teen(15)),
    ("sixteen", W::Teen(16)),
    ("seventeen", W::Teen(17)),
    ("eighteen", W::Teen(18)),
    ("nineteen", W::Teen(19)),
    ("hundred", W::Hundred),
    ("hundreds", W::Hundred),
    // Words that multiply the number before them ("5 thousand", "three lakh", "2 dozens").
    ("dozen", W::Scale(12.0)),
    ("dozens", W::Scale(12.0)),
    ("thousand", W::Scale(1e3)),
    ("thousands", W::Scale(1e3)),
    ("lakh", W::Scale(1e5)),
    ("lakhs", W::Scale(1e5)),
    ("lac", W::Scale(1e5)),
    ("lacs", W::Scale(1e5)),
    ("lkh", W::Scale(1e5)),
    ("lkhs", W::Scale(1e5)),
    ("million", W::Scale(1e6)),
    ("millions", W::Scale(1e6)),
    ("mln", W::Scale(1e6)),
    ("mn", W::Scale(1e6)),
    ("crore", W::Scale(1e7)),
    ("crores", W::Scale(1e7)),
    ("cr", W::Scale(1e7)),
    ("krore", W::Scale(1e7)),
    ("krores", W::Scale(1e7)),
    ("koti", W::Scale(1e7)),
    ("billion", W::Scale(1e9)),
    ("billions", W::Scale(1e9)),
    ("bn", W::Scale(1e9)),
    ("bln", W::Scale(1e9)),
    ("trillion", W::Scale(1e12)),
    ("trillions", W::Scale(1e12)),
    ("tn", W::Scale(1e12)),
    ("trn", W::Scale(1e12)),
}

const TENS: &[(&str, u8)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fourty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

fn tens(w: &str) -> Option<u8> {
    TENS.iter().find(|&&(name, _)| name == w).map(|&(_, t)| t)
}

/// Multipliers glued to digits: "100k", "3M", "1.13bn".
fn glued_scale(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "M" | "mln" | "mn" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// The nouns a glued "m" counts in millions before ([`P::counts_millions`]): people and the
/// goods and units news counts, never distances.
const MILLIONS_OF: &[&str] = &[
    "adults",
    "barrels",
    "children",
    "copies",
    "customers",
    "households",
    "jobs",
    "listeners",
    "members",
    "ounces",
    "passengers",
    "patients",
    "pensioners",
    "people",
    "readers",
    "residents",
    "shares",
    "students",
    "subscribers",
    "tonnes",
    "tons",
    "tourists",
    "users",
    "viewers",
    "visitors",
    "voters",
    "votes",
    "workers",
];

/// Unit symbols that may be glued to digits without making a name ("5km", "3pm", "30C").
fn glued_unit(w: &str) -> bool {
    word_set!(
        w,
        "m" | "km"
            | "cm"
            | "mm"
            | "kg"
            | "g"
            | "mg"
            | "lb"
            | "lbs"
            | "oz"
            | "ft"
            | "mi"
            | "mph"
            | "kph"
            | "kmh"
            | "t"
            | "l"
            | "ml"
            | "kW"
            | "kw"
            | "MW"
            | "GW"
            | "kWh"
            | "MWh"
            | "GWh"
            | "TWh"
            | "GB"
            | "MB"
            | "TB"
            | "kB"
            | "KB"
            | "Hz"
            | "kHz"
            | "MHz"
            | "GHz"
            | "h"
            | "hr"
            | "hrs"
            | "min"
            | "mins"
            | "sec"
            | "secs"
            | "am"
            | "pm"
            | "AM"
            | "PM"
            | "C"
            | "F"
            | "V"
            | "bps"
            | "pc"
            | "pct"
            | "x"
    )
}

/// Pairs of digits around a slash that English uses as names, not as fractions or odds:
/// "9/11" (the attacks of 11 September 2001, "post-9/11", "Fahrenheit 9/11") and "24/7" (round
/// the clock). As odds either is rare next to those (odds-on prices are "8/11", "10/11").
const NAMED_PAIRS: [(f64, f64); 2] = [(9.0, 11.0), (24.0, 7.0)];

/// The denominator a fraction word names: "thirds" 3, "fifth" 5 (singular only after one).
/// Quarters only with a hyphen ("three-quarters"): "three quarters" is as often a count of
/// fiscal quarters.
fn fraction_denominator(w: &str, singular: bool, hyphen: bool) -> Option<f64> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    if plural == singular {
        return None;
    }
    Some(match stem {
        "third" => 3.0,
        "quarter" if hyphen => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "hundredth" => 100.0,
        "thousandth" => 1000.0,
        _ => return None,
    })
}

/// Determiners that make a lone "one" a pronoun ("no one", "the one", "this one").
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "no" | "the" | "this" | "that" | "any" | "every" | "each" | "which" | "what" | "some"
    )
}

/// Words after which "half" is a noun, a part of something ("the first half", "in their own
/// half", "the opposite half of the draw").
fn half_is_noun_after(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "first"
            | "second"
            | "other"
            | "latter"
            | "each"
            | "this"
            | "that"
            | "one"
            | "own"
            | "opposite"
    )
}

/// Possessives that make "half" a noun unless it goes on to what it halves: "in their half",
/// but "award her half the property".
fn is_possessive_pronoun(w: &str) -> bool {
    matches!(w, "their" | "his" | "her" | "its" | "our" | "your" | "my")
}

/// Words after which "half" is a share of what follows ("half the property", "half of it").
fn opens_what_is_halved(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "that"
            | "this"
            | "these"
            | "those"
    )
}

/// Prepositions that make a hyphenated number word an idiom ("one-on-one", "one-off").
fn is_idiom_particle(w: &str) -> bool {
    matches!(
        w,
        "on" | "to" | "by" | "off" | "for" | "in" | "and" | "of" | "upon" | "way"
    )
}

/// A digits number before scaling: `mantissa / 10^frac_digits`, kept exact as long as it can.
#[derive(Clone, Copy, Debug)]
struct Digits {
    mantissa: f64,
    frac_digits: i32,
    /// Denominator of a fraction ("1/5"), 1 otherwise.
    denominator: f64,
    end: usize,
}

impl Digits {
    fn value(self) -> f64 {
        self.scaled(1.0)
    }

    /// The value times `scale`, multiplying before dividing so "5.93 mln" is exactly 5930000.
    fn scaled(self, scale: f64) -> f64 {
        self.mantissa * scale / pow10(self.frac_digits) / self.denominator
    }
}

#[derive(Clone, Copy, PartialEq)]
enum ChunkKind {
    /// A URL or e-mail address.
    Link,
    /// "+44" opening an international phone number, or "555-1234".
    Phone,
    /// Only digits (and brackets, hyphens): the tail of a phone number when one precedes.
    DigitsOnly,
    /// A split year ("1986/87").
    SplitYear,
    Other,
}

struct Chunk {
    end: usize,
    kind: ChunkKind,
}

/// How a byte of a chunk bears on what the chunk is ([`P::plainly_other`]).
#[derive(Clone, Copy)]
enum ByteKind {
    /// ASCII whitespace, which ends a chunk (as it sets `Token::space_before`).
    Space,
    /// A byte a link, phone number or split year may be read at: `@`, `:`, `+`, `/`, a `w`
    /// (of "www"), and any byte of a character that is not ASCII (which may be whitespace).
    Unsure,
    /// A digit, or a mark a phone number's digits may be read with: `-`, `(`, `)`.
    Phone,
    /// Any other byte, which makes a chunk without an unsure byte read as other.
    Other,
}

/// Reads one side of a chunk's byte, `bytes` leading away from it, up to whitespace: false
/// at an unsure byte; sets `other` at an other byte ([`P::plainly_other`]).
fn read_side<'b>(bytes: impl Iterator<Item = &'b u8>, other: &mut bool) -> bool {
    for &b in bytes {
        match CHUNK_BYTES[usize::from(b)] {
            ByteKind::Space => break,
            ByteKind::Unsure => return false,
            ByteKind::Other => *other = true,
            ByteKind::Phone => {}
        }
    }
    true
}

/// [`ByteKind`] per byte.
const CHUNK_BYTES: [ByteKind; 256] = {
    let mut table = [ByteKind::Unsure; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = match c {
            b'@' | b':' | b'+' | b'/' | b'w' | b'W' => ByteKind::Unsure,
            b'0'..=b'9' | b'-' | b'(' | b')' => ByteKind::Phone,
            _ if c.is_ascii_whitespace() => ByteKind::Space,
            _ => ByteKind::Other,
        };
        b += 1;
    }
    table
};

struct P<'a> {
    text: &'a str,
    /// `text` with ASCII letters lowercased, or "" where the caller has none.
    lowered: &'a str,
    tokens: &'a [Token],
}

impl<'a> P<'a> {
    /// The reader of `tokens` of `text`, with no lowercased copy at hand.
    fn unlowered(text: &'a str, tokens: &'a [Token]) -> P<'a> {
        P {
            text,
            lowered: "",
            tokens,
        }
    }

    fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// The bytes of token `i` (none past the end): what a digit run is read from, without the
    /// char boundary tests of [`P::tok`] (digits are ASCII).
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start as usize..t.end as usize))
            .unwrap_or_default()
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    /// Whether token `i` exists and touches the token before it.
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn is_digits(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_digits())
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_word())
    }

    /// Word `i` lowercased, if it is an ASCII word of at most 16 bytes (as [`lower`] does):
    /// borrowed from `lowered` where the caller gave it, else lowercased into `buf`.
    fn word<'b>(&self, i: usize, buf: &'b mut [u8; 16]) -> Option<&'b str>
    where
        'a: 'b,
    {
        let t = *self.tokens.get(i)?;
        if !t.is_word() {
            return None;
        }
        if let Some(w) = self.lowered.get(t.start as usize..t.end as usize) {
            // A plain word is one of at most 16 ASCII bytes (`Token::plain`, decided as it
            // was lexed): what the test of `w` would find, without reading its bytes again.
            return t.plain.then_some(w);
        }
        lower(self.tok(i), buf)
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.bytes(i).eq_ignore_ascii_case(w.as_bytes())
    }

    fn class(&self, i: usize) -> Option<W> {
        // Most words asked about are no number word: the prefix filter reads the token's own
        // bytes (case does not matter to it) before any lowercased form is taken.
        let t = self.tokens.get(i)?;
        let bytes = self.text.as_bytes().get(t.start as usize..t.end as usize)?;
        if !t.is_word() || !has_number_prefix(bytes) {
            return None;
        }
        let mut buf = [0u8; 16];
        word_class(self.word(i, &mut buf)?)
    }

    /// Whether the whitespace-delimited chunk holding byte `at` is surely no link, phone
    /// number or split year: it has a byte that reads as other ([`ByteKind::Other`]) and none
    /// that may open one ([`ByteKind::Unsure`]).
    fn plainly_other(&self, at: usize) -> bool {
        let (before, after) = self.text.as_bytes().split_at(at);
        let mut other = false;
        read_side(after.iter(), &mut other) && read_side(before.iter().rev(), &mut other) && other
    }

    /// The whitespace-delimited chunk holding token `i`, and what it is; outside a phone
    /// number's tail (`phone_tail` false), perhaps only as far as token `i` and as other
    /// where it reads as digits only (the two read alike there).
    fn chunk(&self, i: usize, phone_tail: bool) -> Chunk {
        // Most chunks are one token between spaces: digits, which read as digits only (a
        // phone number or split year takes several tokens), or a word, which reads as other
        // but for "www" before a point, a link (as the walk below reads it).
        let token = self.tokens[i];
        // `&` and `|`, not `&&` and `||`: the tests go either way at random from token to
        // token, and each branch was a simulated mispredict in four or five.
        let alone =
            ((i == 0) | token.space_before) & self.tokens.get(i + 1).is_none_or(|t| t.space_before);
        if alone {
            match token.kind {
                super::Tok::Digits => {
                    return Chunk {
                        end: i + 1,
                        kind: ChunkKind::DigitsOnly,
                    };
                }
                super::Tok::Word => {
                    let link = token.end - token.start == 3
                        && self.word_is(i, "www")
                        && self.is_punct(i + 1, '.');
                    return Chunk {
                        end: i + 1,
                        kind: if link {
                            ChunkKind::Link
                        } else {
                            ChunkKind::Other
                        },
                    };
                }
                _ => {}
            }
        }
        // Digits and one mark, alone between spaces ("2004.", "5,", "76%"): digits only where
        // the mark is a hyphen or bracket, else other, as the walk below reads them; but a
        // colon, which may open a link's "://", is left to the walk.
        let opens = i == 0 || token.space_before;
        if opens
            && token.kind == super::Tok::Digits
            && let Some(mark) = self.tokens.get(i + 1)
            && mark.kind == super::Tok::Punct
            && !mark.space_before
            && self.tokens.get(i + 2).is_none_or(|t| t.space_before)
        {
            let c = match self
                .text
                .as_bytes()
                .get(mark.start as usize..mark.end as usize)
            {
                Some(&[c]) if c.is_ascii() => c,
                _ => 0,
            };
            if c != b':' {
                let kind = match c {
                    b'-' | b'(' | b')' => ChunkKind::DigitsOnly,
                    _ => ChunkKind::Other,
                };
                return Chunk { end: i + 2, kind };
            }
        }
        // Outside a phone number's tail, other and digits only read alike, and only a link,
        // phone number or split year matters: most chunks left ("$1.2bn", "5.9%") are told
        // none by their bytes, without reading their tokens.
        if !phone_tail && self.plainly_other(token.start as usize) {
            return Chunk {
                end: i + 1,
                kind: ChunkKind::Other,
            };
        }
        let mut start = i;
        while start > 0 && !self.tokens[start].space_before {
            start -= 1;
        }
        // One walk reads the chunk's tokens and finds its end; a link or phone number found
        // on the way reads on to the end.
        let end_from = |mut k: usize| {
            while k < self.tokens.len() && !self.tokens[k].space_before {
                k += 1;
            }
            k
        };
        let mut kind = ChunkKind::DigitsOnly;
        let mut groups: [usize; 5] = [0; 5];
        let mut n_groups = 0;
        let mut hyphens_only = true;
        // A split year's slash: without one the chunk is none ("£5m", "5.9%").
        let mut slash = false;
        let mut k = start;
        loop {
            let t = self.tokens[k];
            let last = self.tokens.get(k + 1).is_none_or(|n| n.space_before);
            match t.kind {
                super::Tok::Digits => {
                    if n_groups < groups.len() {
                        groups[n_groups] = (t.end - t.start) as usize;
                    }
                    n_groups += 1;
                }
                super::Tok::Word => {
                    kind = ChunkKind::Other;
                    if t.end - t.start == 3 && self.word_is(k, "www") && self.is_punct(k + 1, '.') {
                        return Chunk {
                            end: end_from(k + 1),
                            kind: ChunkKind::Link,
                        };
                    }
                }
                super::Tok::Punct => {
                    // The mark as a byte, where it is one ASCII byte (0 for any other): one
                    // load where string comparisons checked lengths and char boundaries.
                    let c = match self.text.as_bytes().get(t.start as usize..t.end as usize) {
                        Some(&[c]) if c.is_ascii() => c,
                        _ => 0,
                    };
                    let link = match c {
                        b'@' => k > start && !last,
                        b':' => self.is_punct(k + 1, '/') && self.is_punct(k + 2, '/'),
                        _ => false,
                    };
                    if link {
                        return Chunk {
                            end: end_from(k + 1),
                            kind: ChunkKind::Link,
                        };
                    }
                    if c == b'+' && k == start && self.is_digits(k + 1) && self.glued(k + 1) {
                        return Chunk {
                            end: end_from(k + 1),
                            kind: ChunkKind::Phone,
                        };
                    }
                    slash |= c == b'/';
                    if !matches!(c, b'-' | b'(' | b')') {
                        hyphens_only = false;
                        if kind == ChunkKind::DigitsOnly {
                            kind = ChunkKind::Other;
                        }
                    }
                }
            }
            k += 1;
            if last {
                break;
            }
        }
        let end = k;
        if slash && self.is_split_year(start, end) {
            return Chunk {
                end,
                kind: ChunkKind::SplitYear,
            };
        }
        // "555-1234", "1-800-555-1234": three-digit groups ending in four digits.
        if kind == ChunkKind::DigitsOnly && hyphens_only && (2..=5).contains(&n_groups) {
            let groups = &groups[..n_groups];
            let last_four = groups[n_groups - 1] == 4;
            let middle_three = groups[1..n_groups - 1].iter().all(|&g| g == 3);
            let first_ok = groups[0] == 3 || (n_groups > 2 && groups[0] == 1);
            if last_four && middle_three && first_ok {
                return Chunk {
                    end,
                    kind: ChunkKind::Phone,
                };
            }
        }
        Chunk { end, kind }
    }

    /// Whether tokens `start..end` are a split year and marks around it: "1986/87", "(2004/05)",
    /// "1986/1987,".
    fn is_split_year(&self, start: usize, end: usize) -> bool {
        let Some(d) = (start..end).find(|&k| self.is_digits(k)) else {
            return false;
        };
        split_year(self.text, self.tokens, d).is_some_and(|(_, stop)| {
            (start..end)
                .filter(|&k| k < d || k >= stop)
                .all(|k| self.tokens[k].kind == super::Tok::Punct)
        })
    }

    /// The number starting at token `i`, if one does.
    fn number_at(&self, i: usize) -> Option<NumberMatch> {
        let token = *self.tokens.get(i)?;
        let short = match token.kind {
            super::Tok::Digits => self
                .plain_digits(i, token)
                .map(|found| found.map(|(value, end)| (value, end, false))),
            super::Tok::Word => self
                .lone_word(i)
                .map(|found| found.map(|value| (value, i + 1, true))),
            super::Tok::Punct => None,
        };
        let Some(found) = short else {
            return self.read_number(i, token);
        };
        let (value, end, in_words) = found?;
        Some(NumberMatch {
            approx: false,
            span: Span::new(token.start as usize, self.tokens[end - 1].end as usize),
            first: i,
            end,
            value,
            in_words,
        })
    }

    /// The value of word `i` where it is a unit or teen word that is a number by itself ("two
    /// people", "six.", "fifteen of them"), as most numbers in words are: `Some` of what
    /// [`P::number_at`] would read, read without its other rules, which find nothing to take
    /// (`Some(None)` for a scale word or "hundred", which multiplies nothing there).
    /// `None` where one of them might: "one" where it may be a pronoun, a word glued to
    /// what precedes ("year-one"), or one followed by a word that may be a number word, a
    /// fraction or "point" ("two hundred", "one twenty", "two thirds", "two point five"), by
    /// "and" ("two and a half"), a hyphen ("two-thirds", "one-off") or a bracket ("two (2)").
    fn lone_word(&self, i: usize) -> Option<Option<f64>> {
        if self.glued(i) {
            return None;
        }
        let mut buf = [0u8; 16];
        let w = self.word(i, &mut buf)?;
        let value = match word_class(w)? {
            W::Unit(u) => u,
            W::Teen(t) => t,
            // Nothing before it to multiply: "millions of", "hundreds".
            W::Scale(_) | W::Hundred => return Some(None),
            _ => return None,
        };
        let next = self.tokens.get(i + 1);
        if w == "one" {
            // Perhaps a pronoun: after a determiner ("no one"), before "another", or ending a
            // clause ("the real one.").
            let mut pb = [0u8; 16];
            let ends_clause = next.is_none_or(|t| {
                t.kind == super::Tok::Punct
                    && matches!(t.text(self.text), "." | "," | "?" | "!" | ";")
            });
            if i > 0 && self.word(i - 1, &mut pb).is_some_and(is_determiner)
                || ends_clause && i > 1
                || self.word_is(i + 1, "another")
            {
                return None;
            }
        }
        if let Some(next) = next {
            let goes_on = match next.kind {
                super::Tok::Word => {
                    let next = self.bytes(i + 1);
                    has_number_prefix(next) || next.eq_ignore_ascii_case(b"and")
                }
                super::Tok::Digits => false,
                // A hyphen goes on only to a fraction or an idiom ("two-thirds", "one-off";
                // not "two-year").
                super::Tok::Punct => match self.bytes(i + 1) {
                    b"-" => {
                        let mut fb = [0u8; 16];
                        self.glued(i + 1)
                            && self.glued(i + 2)
                            && self.word(i + 2, &mut fb).is_none_or(|w| {
                                fraction_denominator(w, value == 1, true).is_some()
                                    || is_idiom_particle(w)
                            })
                    }
                    b"(" => true,
                    _ => false,
                },
            };
            if goes_on {
                return None;
            }
        }
        Some(Some(f64::from(value)))
    }

    /// [`P::number_at`] by every rule: the number starting at token `i`, `token`.
    fn read_number(&self, i: usize, token: Token) -> Option<NumberMatch> {
        let (value, end, in_words) = match token.kind {
            super::Tok::Digits => {
                let (v, e, w) = self.digits_number(i)?;
                (v, e, w)
            }
            // Only a minus sign or a decimal point opens a number; commas and stops are
            // most punctuation and are turned away by one byte.
            super::Tok::Punct if may_start(self.text, token) => self.signed_or_point(i)?,
            super::Tok::Punct => return None,
            super::Tok::Word => {
                let mut buf = [0u8; 16];
                let w = self.word(i, &mut buf)?;
                if w == "minus" || w == "negative" {
                    let next = self.number_at(i + 1).filter(|m| m.first == i + 1)?;
                    (-next.value, next.end, true)
                } else {
                    self.words_number(i)?
                }
            }
        };
        let (value, end) = self.bracketed_repeat(value, end);
        let approx = (i..end).any(|k| self.word_is(k, "few"));
        Some(NumberMatch {
            approx,
            span: Span::new(token.start as usize, self.tokens[end - 1].end as usize),
            first: i,
            end,
            value,
            in_words,
        })
    }

    /// The number at digit run `i` where it is digits alone, with thousands groups and
    /// decimals and perhaps letters glued after them ("2004", "1,500", "5.9", "£5m", "5km",
    /// "70th"), as most numbers are: `Some` of what [`P::number_at`] would read (`Some(None)`
    /// for none: "2.1.3", "70th"), read without its other rules, which find nothing to take.
    /// `None` where one of them might: the digits are glued to a word, digits or a mark that
    /// joins them to what precedes ("Covid-19", "3.7495/98"), or what follows may go on with
    /// them (a glued slash, or a hyphen before a fraction: "1/5", "8-1/4"; a scale word or
    /// "point": "5 million"; a fraction: "8 5/8"; a bracket: "45 (forty five)").
    fn plain_digits(&self, i: usize, token: Token) -> Option<Option<(f64, usize)>> {
        let bytes = self.text.as_bytes();
        // A mark's first byte, which tells an ASCII mark (0 for a word or digits).
        let mark = |t: Token| match t.kind {
            super::Tok::Punct => bytes.get(t.start as usize).copied().unwrap_or(0),
            _ => 0,
        };
        // Glued to a mark that is neither a separator nor a sign of a fraction or price
        // ("$5", "(5"): [`P::digits_number`] reads the digits as loose. Told in one branch
        // (`&` and `|`, not `&&` and `||`: the tests go either way at random from number to
        // number); the token before the first is the first itself, and is not glued.
        let prev = self.tokens[i.saturating_sub(1)];
        let loose =
            (prev.kind != super::Tok::Punct) | matches!(mark(prev), b'-' | b'.' | b',' | b'/');
        if (i > 0) & !token.space_before & loose {
            return None;
        }
        // Thousands groups and decimals only where a comma or point touches the digits.
        let mut next = self.tokens.get(i + 1).copied();
        let d = match next {
            Some(n) if !n.space_before & matches!(mark(n), b',' | b'.') => {
                let Some((mantissa, frac_digits, end)) = self.decimal_run(i) else {
                    return Some(None);
                };
                next = self.tokens.get(end).copied();
                Digits {
                    mantissa,
                    frac_digits,
                    denominator: 1.0,
                    end,
                }
            }
            _ => Digits {
                mantissa: parse_int(self.bytes(i)),
                frac_digits: 0,
                denominator: 1.0,
                end: i + 1,
            },
        };
        if next.is_some_and(|n| n.is_word() & !n.space_before) {
            // Glued letters end the number ([`P::glued_letters`]); only a bracket after a
            // multiplier may still repeat it ("3M (three million)").
            let Some((value, end)) = self.glued_letters(d, d.value()) else {
                return Some(None);
            };
            let repeat = end > d.end
                && self
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.space_before && mark(*t) == b'(');
            return (!repeat).then_some(Some((value, end)));
        }
        let (value, end) = (d.value(), d.end);
        if let Some(next) = next {
            let goes_on = match next.kind {
                // A scale word or "point" after a space ("5 million", "1 point 1").
                super::Tok::Word => {
                    !next.space_before
                        || has_number_prefix(self.bytes(end))
                            && (matches!(self.class(end), Some(W::Scale(_) | W::Hundred))
                                || self.word_is(end, "point"))
                }
                // "8 5/8": a mixed number.
                super::Tok::Digits => self.is_punct(end + 1, '/'),
                super::Tok::Punct => match mark(next) {
                    b'/' => !next.space_before,
                    // "8-1/4": a mixed number.
                    b'-' => !next.space_before && self.is_punct(end + 2, '/'),
                    b'(' => next.space_before,
                    _ => false,
                },
            };
            if goes_on {
                return None;
            }
        }
        Some(Some((value, end)))
    }

    /// "forty-five (45)": the same number repeated in brackets extends the first.
    fn bracketed_repeat(&self, value: f64, end: usize) -> (f64, usize) {
        if !self.is_punct(end, '(') || !self.tokens[end].space_before {
            return (value, end);
        }
        let inner = if self.is_digits(end + 1) {
            self.digits_number(end + 1).map(|(v, e, _)| (v, e))
        } else {
            self.words_number(end + 1).map(|(v, e, _)| (v, e))
        };
        match inner {
            Some((v, e)) if v == value && self.is_punct(e, ')') => (value, e + 1),
            _ => (value, end),
        }
    }

    /// "-504", "−5", "-.0012G", ".77".
    fn signed_or_point(&self, i: usize) -> Option<(f64, usize, bool)> {
        let c = self.bytes(i);
        let loose = !self.glued(i) || {
            // Glued to an opening bracket or quote is still loose: "(-5)".
            let prev = self.tokens[i - 1];
            prev.kind == super::Tok::Punct && !matches!(prev.text(self.text), "." | "," | "-")
        };
        if !loose {
            return None;
        }
        match c {
            // "−", the minus sign, is these three bytes.
            b"-" | b"\xE2\x88\x92" => {
                if !self.glued(i + 1) {
                    return self.spaced_minus(i);
                }
                let point = self.is_punct(i + 1, '.') && self.is_digits(i + 2) && self.glued(i + 2);
                if !self.is_digits(i + 1) && !point {
                    return None;
                }
                let (v, e, w) = self.digits_number(i + 1)?;
                Some((-v, e, w))
            }
            b"." => {
                if !self.is_digits(i + 1) || !self.glued(i + 1) {
                    return None;
                }
                self.digits_number(i)
            }
            _ => None,
        }
    }

    /// "- 1,200,000" as a whole text: a minus sign and one space before a number that nothing
    /// else follows, as a table cell or a figure on its own line writes it. Anywhere else a
    /// spaced hyphen is a dash or a bullet ("- 5 people were hurt").
    fn spaced_minus(&self, i: usize) -> Option<(f64, usize, bool)> {
        let next = self.tokens.get(i + 1)?;
        let one_space = self
            .text
            .get(self.tokens[i].end as usize..next.start as usize)
            == Some(" ");
        if i != 0 || !one_space || !next.is_digits() {
            return None;
        }
        let (v, e, w) = self.digits_number(i + 1)?;
        (e == self.tokens.len()).then_some((-v, e, w))
    }

    /// The digit run at `i` with its thousands groups and decimals ("1,500", "5.93", ".77"
    /// from the point at `i`): the mantissa, the number of decimals and the end token (`i`
    /// where none starts there). `None` for versions ("2.1.3").
    fn decimal_run(&self, i: usize) -> Option<(f64, i32, usize)> {
        let mut mantissa = 0f64;
        let mut frac_digits = 0;
        let mut j = i;
        if self.is_digits(j) {
            let first = self.bytes(j);
            mantissa = parse_int(first);
            j += 1;
            // Thousands groups: "1,500,000"; the first group has one to three digits.
            if first.len() <= 3 {
                while self.is_punct(j, ',')
                    && self.glued(j)
                    && self.is_digits(j + 1)
                    && self.glued(j + 1)
                    && self.bytes(j + 1).len() == 3
                {
                    mantissa = mantissa * 1000.0 + parse_int(self.bytes(j + 1));
                    j += 2;
                }
            }
        }
        if self.is_punct(j, '.')
            && (j == i || self.glued(j))
            && self.is_digits(j + 1)
            && self.glued(j + 1)
        {
            let frac = self.bytes(j + 1);
            // Past 15 digits f64 loses exactness anyway; keep the leading ones.
            let frac = frac.get(..15).unwrap_or(frac);
            mantissa = mantissa * pow10(frac.len() as i32) + parse_int(frac);
            frac_digits = frac.len() as i32;
            j += 2;
            if self.is_punct(j, '.') && self.glued(j) && self.is_digits(j + 1) && self.glued(j + 1)
            {
                return None;
            }
        }
        Some((mantissa, frac_digits, j))
    }

    /// The raw digits at `i`: "1,500", "5.93", ".77", "1/5". `None` for versions ("2.1.3")
    /// and dates ("12/02/2013").
    fn digits(&self, i: usize) -> Option<Digits> {
        let (mut mantissa, frac_digits, mut j) = self.decimal_run(i)?;
        if j == i {
            return None;
        }
        let mut denominator = 1.0;
        if j == i + 1
            && self.is_punct(j, '/')
            && self.glued(j)
            && self.is_digits(j + 1)
            && self.glued(j + 1)
        {
            if self.is_punct(j + 2, '/') && self.glued(j + 2) {
                return None;
            }
            let d = parse_int(self.bytes(j + 1));
            // Betting odds are fractions too ("5/4 favourite"); a date or a title is not
            // ("06/05").
            let leading_zero = |k: usize| self.bytes(k).len() > 1 && self.bytes(k)[0] == b'0';
            if mantissa > 0.0
                && mantissa != d
                && d <= 100.0
                && !leading_zero(i)
                && !leading_zero(j + 1)
                && !NAMED_PAIRS.contains(&(mantissa, d))
            {
                denominator = d;
                j += 2;
            } else if self.quote_upper(j).is_none() {
                // "50/50", "24/7", "9/11", "the 0/92 provision": neither a fraction nor a
                // price.
                return None;
            }
            // Else the bid of a two-way price ("563/567"): the offer is a number of its own.
        } else if frac_digits == 0
            && let Some((numerator, d, end)) = self.mixed_fraction(j)
        {
            mantissa = mantissa * d + numerator;
            denominator = d;
            j = end;
        }
        Some(Digits {
            mantissa,
            frac_digits,
            denominator,
            end: j,
        })
    }

    /// The offer of a two-way price whose separator is token `sep`, as wire copy quotes a bid
    /// and an offer: the digits after it stand for the bid's last digits ("3.7495/98" is
    /// 3.7498, "97.35/65" 97.65, "1.80-85" 1.85) or, after a slash, for its whole part
    /// ("408.90/409" is 409) or the whole price ("563/567", "102.00/102.50"). A price is
    /// quoted only where the offer is above the bid by at most a tenth of it; after a dash only
    /// by two or more of the bid's decimals ("1.5-2" and "1.5-25" are ranges as written), and
    /// after a slash a whole bid only in full, by two or more digits ("1986/87" is a season).
    fn quote_upper(&self, sep: usize) -> Option<f64> {
        let slash = self.is_punct(sep, '/');
        if !(slash || self.is_punct(sep, '-'))
            || !self.glued(sep)
            || !self.is_digits(sep + 1)
            || !self.glued(sep + 1)
            || sep < 1
            || !self.is_digits(sep - 1)
        {
            return None;
        }
        // A word, digits or a mark that goes on with them, glued: part of a longer code.
        let joins = |k: usize| {
            self.is_word(k)
                || self.is_digits(k)
                || [',', '.', '/', '-', ':']
                    .iter()
                    .any(|&c| self.is_punct(k, c))
        };
        // Whole digits and decimals at token `k` (the decimals empty where there are none).
        let price = |k: usize| -> (&[u8], &[u8], usize) {
            match self.is_punct(k + 1, '.')
                && self.glued(k + 1)
                && self.is_digits(k + 2)
                && self.glued(k + 2)
            {
                true => (self.bytes(k), self.bytes(k + 2), k + 3),
                false => (self.bytes(k), &[], k + 1),
            }
        };
        let (offer, offer_frac, next) = price(sep + 1);
        // The offer ends there: not a date's next part or a name ("2.1a").
        if self.glued(next) && joins(next) && (self.glued(next + 1) || self.is_word(next)) {
            return None;
        }
        let decimal = sep >= 3 && self.is_punct(sep - 2, '.') && self.glued(sep - 1);
        let first = match decimal {
            true if self.is_digits(sep - 3) && self.glued(sep - 2) => sep - 3,
            true => return None,
            false => sep - 1,
        };
        // The bid is a price of its own, not the end of a version, date or code.
        if self.glued(first) && joins(first - 1) {
            return None;
        }
        let (whole, frac, _) = price(first);
        let (k, f) = (offer.len(), frac.len());
        if f > 15 || whole.len() > 15 || k > 15 || offer_frac.len() > 15 {
            return None;
        }
        let decimals = |digits: &[u8]| parse_int(digits) / 10f64.powi(digits.len() as i32);
        let bid = parse_int(whole) + decimals(frac);
        let upper = if !offer_frac.is_empty() || (f == 0 && k == whole.len() && k >= 2) {
            // The whole price again.
            if !slash || offer_frac.len() != f {
                return None;
            }
            parse_int(offer) + decimals(offer_frac)
        } else if k < 2 {
            return None;
        } else if k <= f {
            let kept = &frac[..f - k];
            parse_int(whole) + decimals(kept) + decimals(offer) / 10f64.powi(kept.len() as i32)
        } else if slash && f > 0 {
            let kept = whole
                .get(..whole.len().saturating_sub(k))
                .unwrap_or_default();
            parse_int(kept) * 10f64.powi(k as i32) + parse_int(offer)
        } else {
            return None;
        };
        (upper > bid && upper - bid <= bid / 10.0).then_some(upper)
    }

    /// The fraction of a mixed number after a whole number ending at token `j`: "-1/4" in
    /// "8-1/4", " 5/8" in "8 5/8" (as market prices and rates are written), as (numerator,
    /// denominator, end). Only a proper fraction in halves, thirds or powers of two up to
    /// sixty-fourths: anything else after a number ("26 2/27") is a second number or a date.
    fn mixed_fraction(&self, j: usize) -> Option<(f64, f64, usize)> {
        let joined_by_hyphen = self.is_punct(j, '-') && self.glued(j) && self.glued(j + 1);
        let first = if joined_by_hyphen { j + 1 } else { j };
        // The fraction's shape first, by the tokens alone: most numbers are followed by none.
        let shaped = self.is_digits(first)
            && self.is_punct(first + 1, '/')
            && self.glued(first + 1)
            && self.is_digits(first + 2)
            && self.glued(first + 2)
            // "8-1/4/87" is no fraction.
            && !(self.is_punct(first + 3, '/') && self.glued(first + 3));
        if !shaped {
            return None;
        }
        // Spaced, only after a price-sized number and not before "of": "In 2004 1/3 of voters"
        // is a year and a share.
        let spaced = first == j
            && self
                .tokens
                .get(j)
                .zip(self.tokens.get(j.checked_sub(1)?))
                .is_some_and(|(t, prev)| {
                    self.text.get(prev.end as usize..t.start as usize) == Some(" ")
                        && prev.end - prev.start <= 3
                })
            && !self.word_is(j + 3, "of");
        if !(joined_by_hyphen || spaced) {
            return None;
        }
        let numerator = parse_int(self.bytes(first));
        let denominator = parse_int(self.bytes(first + 2));
        let usual = matches!(denominator as u32, 2 | 3 | 4 | 8 | 16 | 32 | 64);
        (usual && numerator > 0.0 && numerator < denominator).then_some((
            numerator,
            denominator,
            first + 3,
        ))
    }

    /// A number written in digits at `i`, with glued multipliers and scale words after it.
    fn digits_number(&self, i: usize) -> Option<(f64, usize, bool)> {
        // The offer of a two-way price stands for the whole price: "98" of "3.7495/98".
        let quoted = self.glued(i).then(|| self.quote_upper(i - 1)).flatten();
        // Digits glued to letters before them, or to a word and a hyphen, are a name.
        if self.glued(i) {
            let prev = i - 1;
            if self.is_word(prev) || self.is_digits(prev) {
                return None;
            }
            let sep = self.bytes(prev);
            if matches!(sep, b"-" | b"." | b"," | b"/") && prev > 0 && self.glued(prev) {
                let before = prev - 1;
                if self.is_word(before)
                    || (sep != b"-" && self.is_digits(before) && quoted.is_none())
                {
                    return None;
                }
            }
        }
        let d = self.digits(i)?;
        let mut j = d.end;
        let mut value = quoted.unwrap_or_else(|| d.value());
        let mut in_words = false;
        if self.is_word(j) && self.glued(j) {
            return self.glued_letters(d, value).map(|(v, e)| (v, e, false));
        }
        // "1 point 1".
        if d.frac_digits == 0
            && d.denominator == 1.0
            && self.word_is(j, "point")
            && let Some((frac, e)) = self.point_digits(j + 1)
        {
            value += frac;
            j = e;
            in_words = true;
        }
        // Scale words after a space: "1.5 million", "5 thousand", "three thousand millions".
        let mut scale = 1.0;
        while self.tokens.get(j).is_some_and(|t| t.space_before) {
            let s = match self.class(j) {
                Some(W::Scale(s)) => s,
                Some(W::Hundred) => 100.0,
                _ => break,
            };
            if scale > 1.0 && s <= scale {
                break;
            }
            scale *= s;
            j += 1;
            in_words = true;
        }
        if scale > 1.0 {
            // Multiply before dividing so "5.93 mln" is exactly 5930000.
            value = if value == d.value() {
                d.scaled(scale)
            } else {
                value * scale
            };
        }
        Some((value, j, in_words))
    }

    /// Digits `d`, read as `value`, and the letters glued after them: a multiplier ends the
    /// number scaled ("3M people", "1.13bn"), a unit as it is ("5km", "3pm"); ordinal
    /// suffixes, decades ("1990s") and names ("2D", "2.1a", "5G") make it none. The value and
    /// the end token.
    fn glued_letters(&self, d: Digits, value: f64) -> Option<(f64, usize)> {
        let w = self.tok(d.end);
        if let Some(s) = glued_scale(w).or((w == "G" && d.frac_digits > 0).then_some(1e9)) {
            return Some((d.scaled(s), d.end + 1));
        }
        if w == "m" && self.counts_millions(d.end + 1) {
            return Some((d.scaled(1e6), d.end + 1));
        }
        glued_unit(w).then_some((value, d.end))
    }

    /// Whether token `i`, after a glued "m", is a noun counted in millions, not measured in
    /// metres: "3m people", "14m customers", "1m barrels" (British copy writes millions so), where
    /// "60m hurdles" and "the 400m runners" are distances. Only nouns no distance is told
    /// of: people and the goods news counts.
    #[inline(never)]
    fn counts_millions(&self, i: usize) -> bool {
        let mut buf = [0u8; 16];
        self.is_word(i)
            && self.tokens[i].space_before
            && self
                .word(i, &mut buf)
                .is_some_and(|w| word_set!(w, in MILLIONS_OF))
    }

    /// Fraction digits after "point": "77" or "two five". The fraction and the end token.
    fn point_digits(&self, i: usize) -> Option<(f64, usize)> {
        if self.is_digits(i) && self.tokens[i].space_before {
            let digits = self.bytes(i);
            let digits = digits.get(..15).unwrap_or(digits);
            return Some((parse_int(digits) / 10f64.powi(digits.len() as i32), i + 1));
        }
        let mut frac = 0.0;
        let mut place = 0.1;
        let mut j = i;
        while let Some(W::Unit(u)) = self.class(j) {
            frac += f64::from(u) * place;
            place /= 10.0;
            j += 1;
        }
        (j > i).then_some((frac, j))
    }

    /// Whether "single" at `i` counts one: alone or after a word that counts ("a single vote",
    /// "every single day", "no single device", "any other single"), not where it ranks or
    /// sorts ("the single biggest", "the single market", "either single tracks",
    /// "single-player", "single out").
    fn single(&self, i: usize) -> bool {
        let mut pb = [0u8; 16];
        // Alone, or after a mark, it is the word itself.
        let counted = i == 0
            || !self.is_word(i - 1)
            || self.word(i - 1, &mut pb).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an" | "every" | "any" | "no" | "each" | "one" | "other"
                )
            });
        let mut nb = [0u8; 16];
        let ranks = self.is_punct(i + 1, '-')
            || self
                .word(i + 1, &mut nb)
                .is_some_and(|w| w == "most" || w == "out" || w.ends_with("est"));
        counted && !ranks
    }

    /// A number spelled in words at `i`.
    fn words_number(&self, i: usize) -> Option<(f64, usize, bool)> {
        let mut buf = [0u8; 16];
        let first = self.word(i, &mut buf)?;
        // A number word after a word and a hyphen is part of a name or compound ("year-one").
        if self.glued(i)
            && self.is_punct(i - 1, '-')
            && i >= 2
            && self.glued(i - 1)
            && self.is_word(i - 2)
        {
            return None;
        }
        match first {
            "a" | "an" => return self.a_number(i),
            "single" => return self.single(i).then_some((1.0, i + 1, true)),
            // Bare "few" counts like "a few"; after "the", "very", "too", "so", "how" it
            // stresses scarcity instead ("the few who stayed", "very few"), and before a word
            // it does not count (`find`) it is a pronoun ("Few expect a deal").
            "few" => {
                let mut pb = [0u8; 16];
                let scarce = i > 0
                    && self.word(i - 1, &mut pb).is_some_and(|w| {
                        matches!(
                            w,
                            "the" | "very" | "too" | "so" | "how" | "relatively" | "comparatively"
                        )
                    });
                return (!scarce).then_some((3.0, i + 1, true));
            }
            "half" => {
                if self.is_punct(i + 1, '-') && self.glued(i + 1) {
                    return None;
                }
                let mut pb = [0u8; 16];
                let mut nb = [0u8; 16];
                if i > 0
                    && let Some(pw) = self.word(i - 1, &mut pb)
                    && (half_is_noun_after(pw)
                        || is_possessive_pronoun(pw)
                            && !self.word(i + 1, &mut nb).is_some_and(opens_what_is_halved))
                {
                    return None;
                }
                // "at half time", "during half term", "into the Italian half": a part of a
                // match or a school year.
                let mut tb = [0u8; 16];
                let described = i >= 2
                    && self.is_word(i - 1)
                    && self
                        .tok(i - 1)
                        .starts_with(|c: char| c.is_ascii_uppercase())
                    && self
                        .word(i - 2, &mut tb)
                        .is_some_and(|w| w == "the" || half_is_noun_after(w));
                if described || self.word_is(i + 1, "time") || self.word_is(i + 1, "term") {
                    return None;
                }
                // "half a million".
                if self.word_is(i + 1, "a") || self.word_is(i + 1, "an") {
                    match self.class(i + 2) {
                        Some(W::Scale(s)) => return Some((0.5 * s, i + 3, true)),
                        Some(W::Hundred) => return Some((50.0, i + 3, true)),
                        _ => {}
                    }
                }
                return Some((0.5, i + 1, true));
            }
            "point" => {
                // "point 77"; "at some point 5 …" is not a number.
                let mut pb = [0u8; 16];
                if i > 0
                    && self
                        .word(i - 1, &mut pb)
                        .is_some_and(|w| is_determiner(w) || w == "at" || w == "a")
                {
                    return None;
                }
                if !self.is_digits(i + 1) {
                    return None;
                }
                let (frac, e) = self.point_digits(i + 1)?;
                return Some((frac, e, true));
            }
            _ => {}
        }
        // Most words reaching here are ordinary ("the", "some"): only a number word composes.
        word_class(first)?;
        let (mut value, mut j) = self.compose(i)?;
        // "two point two million".
        if self.word_is(j, "point")
            && let Some((frac, e)) = self.point_digits(j + 1)
        {
            value += frac;
            j = e;
        }
        // "two thirds", "two-thirds", "one fifth": a share.
        if value.fract() == 0.0 && (1.0..20.0).contains(&value) {
            let hyphen = self.is_punct(j, '-') && self.glued(j) && self.glued(j + 1);
            let k = if hyphen { j + 1 } else { j };
            if hyphen || self.tokens.get(k).is_some_and(|t| t.space_before) {
                let mut fb = [0u8; 16];
                if let Some(d) = self
                    .word(k, &mut fb)
                    .and_then(|w| fraction_denominator(w, value == 1.0, hyphen))
                {
                    value /= d;
                    j = k + 1;
                }
            }
        }
        // "two and a half".
        if self.word_is(j, "and")
            && self.word_is(j + 1, "a")
            && self.word_is(j + 2, "half")
            && !(self.is_punct(j + 3, '-') && self.glued(j + 3))
        {
            value += 0.5;
            j += 3;
        }
        // "two-and-a-half", as an adjective: "a two-and-a-half-year deal".
        if self.is_punct(j, '-')
            && (j..j + 6).all(|k| self.glued(k))
            && self.word_is(j + 1, "and")
            && self.is_punct(j + 2, '-')
            && self.word_is(j + 3, "a")
            && self.is_punct(j + 4, '-')
            && self.word_is(j + 5, "half")
        {
            value += 0.5;
            j += 6;
        }
        if value.fract() != 0.0
            && let Some(W::Scale(s)) = self.class(j)
        {
            value *= s;
            j += 1;
        }
        // A lone "one" after a determiner, or before "another", is a pronoun; but not before a
        // percent word ("the one pct rise": a pronoun is never a percentage).
        if j == i + 1 && first == "one" {
            let mut pb = [0u8; 16];
            if i > 0
                && self.word(i - 1, &mut pb).is_some_and(is_determiner)
                && !self.percent_word(j)
            {
                return None;
            }
            if self.word_is(j, "another") {
                return None;
            }
            // "the real one.", "a new one,": after a determiner and one lowercase word, a "one"
            // that ends a clause stands for a noun.
            let ends_clause = self
                .tokens
                .get(j)
                .is_none_or(|t| matches!(t.text(self.text), "." | "," | "?" | "!" | ";"));
            if ends_clause
                && i > 1
                && self
                    .word(i - 2, &mut pb)
                    .is_some_and(|w| is_determiner(w) || w == "a" || w == "an")
                && self
                    .text
                    .as_bytes()
                    .get(self.tokens[i - 1].start as usize)
                    .is_some_and(u8::is_ascii_lowercase)
                && self
                    .word(i - 1, &mut pb)
                    .is_some_and(|w| word_class(w).is_none())
            {
                return None;
            }
        }
        // "one-on-one", "one-off": an idiom, not a count.
        if self.is_punct(j, '-') && self.glued(j) && self.glued(j + 1) {
            let mut pb = [0u8; 16];
            if self.word(j + 1, &mut pb).is_some_and(is_idiom_particle) {
                return None;
            }
        }
        Some((value, j, true))
    }

    /// Token `j` opens a percent word: "pct", "percent", "per cent", "percentage", "%".
    fn percent_word(&self, j: usize) -> bool {
        self.is_punct(j, '%')
            || self.word_is(j, "pct")
            || self.word_is(j, "percent")
            || self.word_is(j, "percentage")
            || (self.word_is(j, "per") && self.word_is(j + 1, "cent"))
    }

    /// "a hundred", "a dozen of", "a couple of", "a pair", "a few", "a million".
    fn a_number(&self, i: usize) -> Option<(f64, usize, bool)> {
        let mut buf = [0u8; 16];
        let next = self.word(i + 1, &mut buf)?;
        if !self.tokens[i + 1].space_before {
            return None;
        }
        let (value, mut j) = match next {
            "couple" | "pair" => (2.0, i + 2),
            "few" => (3.0, i + 2),
            _ => match word_class(next)? {
                W::Hundred => {
                    // "a hundred and twenty": continue as if "one hundred".
                    return self.compose_from(i + 1, 1.0).map(|(v, e)| (v, e, true));
                }
                W::Scale(s) if !next.ends_with('s') => {
                    let (v, mut e) = self.compose_from(i + 1, 1.0).unwrap_or((s, i + 2));
                    // "a dozen of", like "a couple of".
                    if e == i + 2 && s == 12.0 && self.word_is(e, "of") {
                        e += 1;
                    }
                    return Some((v, e, true));
                }
                _ => return None,
            },
        };
        if next != "few" && self.word_is(j, "of") {
            j += 1;
        }
        Some((value, j, true))
    }

    fn compose(&self, i: usize) -> Option<(f64, usize)> {
        self.compose_from(i, 0.0)
    }

    /// Number words from `i` composed into one value. `seed` is a value already read ("a"
    /// before "hundred" reads as one).
    fn compose_from(&self, i: usize, seed: f64) -> Option<(f64, usize)> {
        #[derive(Clone, Copy, PartialEq)]
        enum Last {
            Start,
            Unit,
            Teen,
            Tens,
            TensUnit,
            Hundred,
            Scale,
            And,
        }
        let mut total = 0f64;
        let mut cur = seed;
        let mut last = if seed > 0.0 { Last::Unit } else { Last::Start };
        // The smallest scale applied so far: later scales must be smaller ("crore … lakh").
        let mut last_scale = f64::INFINITY;
        // Whether `cur` already holds hundreds, said ("one hundred") or unsaid ("one twenty").
        let mut has_hundreds = false;
        let mut j = i;
        let mut end = i;
        loop {
            if j > i && !self.tokens.get(j).is_some_and(|t| t.space_before) {
                break;
            }
            if self.word_is(j, "and") && matches!(last, Last::Hundred | Last::Scale) {
                match self.class(j + 1) {
                    Some(W::Unit(u)) if u > 0 => {}
                    Some(W::Teen(_) | W::Tens(_) | W::TensUnit(_)) => {}
                    _ => break,
                }
                last = Last::And;
                j += 1;
                continue;
            }
            let Some(w) = self.class(j) else { break };
            let fresh = matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And);
            match w {
                W::Unit(u) if fresh => {
                    cur += f64::from(u);
                    last = Last::Unit;
                }
                W::Unit(u) if last == Last::Tens && u > 0 => {
                    cur += f64::from(u);
                    last = Last::TensUnit;
                }
                W::Teen(t) if fresh => {
                    cur += f64::from(t);
                    last = Last::Teen;
                }
                W::Tens(t) | W::TensUnit(t) if fresh => {
                    cur += f64::from(t);
                    last = if matches!(w, W::Tens(_)) {
                        Last::Tens
                    } else {
                        Last::TensUnit
                    };
                    // "twenty-one", "twenty—fifth" with a hyphen or dash.
                    if matches!(w, W::Tens(_))
                        && self.tokens.get(j + 1).is_some_and(|t| {
                            !t.space_before
                                && matches!(t.text(self.text), "-" | "\u{2013}" | "\u{2014}")
                        })
                        && self.glued(j + 2)
                        && let Some(W::Unit(u)) = self.class(j + 2)
                        && u > 0
                    {
                        cur += f64::from(u);
                        last = Last::TensUnit;
                        j += 2;
                    }
                }
                // Hundreds left unsaid: "one twenty two", "nineteen eighty-four", "twenty
                // thirteen".
                W::Tens(_) | W::TensUnit(_) | W::Teen(_)
                    if !has_hundreds
                        && total == 0.0
                        && (1.0..100.0).contains(&cur)
                        && (matches!(w, W::Tens(_) | W::TensUnit(_)) || cur >= 20.0)
                        && matches!(
                            last,
                            Last::Unit | Last::Teen | Last::Tens | Last::TensUnit
                        )
                        && !(last == Last::Unit && seed > 0.0) =>
                {
                    cur *= 100.0;
                    has_hundreds = true;
                    last = Last::Start;
                    continue;
                }
                W::Hundred
                    if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::TensUnit)
                        && !has_hundreds
                        && cur > 0.0
                        && cur < 100.0 =>
                {
                    cur *= 100.0;
                    has_hundreds = true;
                    last = Last::Hundred;
                }
                W::Scale(s) if last != Last::Start && last != Last::And => {
                    if cur > 0.0 && s < last_scale && last != Last::Scale {
                        total += cur * s;
                        cur = 0.0;
                        last_scale = s;
                    } else if cur == 0.0 && last == Last::Scale && s > last_scale {
                        // "three thousand millions".
                        total *= s;
                        last_scale = s;
                    } else {
                        break;
                    }
                    has_hundreds = false;
                    last = Last::Scale;
                }
                _ => break,
            }
            j += 1;
            end = j;
        }
        if end == i {
            return None;
        }
        Some((total + cur, end))
    }
}

/// `10^n`, as `10f64.powi(n)` gives it: exact for the decimals a number keeps (at most 15),
/// read from a table rather than computed by a call.
fn pow10(n: i32) -> f64 {
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    usize::try_from(n)
        .ok()
        .and_then(|n| POWERS.get(n))
        .copied()
        .unwrap_or_else(|| 10f64.powi(n))
}

/// An ASCII digit run as f64 (exact up to 2^53).
fn parse_int(digits: &[u8]) -> f64 {
    // Fifteen digits stay below 2^53, where every step of the f64 fold is exact: an integer
    // fold and one conversion give the same value for the cost of a few integer steps.
    if digits.len() <= 15 {
        let n = digits
            .iter()
            .fold(0u64, |acc, &b| acc * 10 + u64::from(b.wrapping_sub(b'0')));
        return n as f64;
    }
    digits
        .iter()
        .fold(0f64, |acc, &b| acc * 10.0 + f64::from(b.wrapping_sub(b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::format::decimal;
    use crate::extract::lex::lex;

    /// Numbers found in `text`, as "text=value" joined by spaces.
    fn numbers(text: &str) -> String {
        let tokens = lex(text);
        find_numbers(text, &tokens)
            .iter()
            .map(|m| format!("{}={}", m.span.of(text), decimal(m.value)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(numbers(text), expected, "in {text:?}");
    }

    #[test]
    fn digits() {
        check("1,500 and 155,221 bags", "1,500=1500 155,221=155221");
        check("1.5 and 5.93", "1.5=1.5 5.93=5.93");
        check("-504 or minus 5", "-504=-504 minus 5=-5");
        check("0033", "0033=33");
        check(".77", ".77=0.77");
        check("100,000.0", "100,000.0=100000");
        check("1/5", "1/5=0.2");
        check("odds of 8/11 and 9/4", "8/11=0.727273 9/4=2.25");
        check("after 9/11, open 24/7", "");
        check("3m people, 1.5m viewers", "3m=3000000 1.5m=1500000");
        check(
            "the 60m hurdles, a 10m wall, 3m (people)",
            "60=60 10=10 3=3",
        );
        check("- 1,200,000", "- 1,200,000=-1200000");
        check("- 5 people were hurt", "5=5");
    }

    /// The short paths for digits ([`P::plain_digits`]) and lone number words
    /// ([`P::lone_word`]) read what every rule reads, wherever they read anything.
    #[test]
    fn plain_digits_read_as_every_rule() {
        let texts = [
            "1,500 and 155,221 bags, 5.93 mln, 2004. In (2004) $5 £5m 3M 1.2M .0012G 5G",
            "2.1.3 Covid-19 MH17 70th 1990s 5km 3pm 5-3 8-1/4 8 5/8 1/5 06/05 3.7495/98",
            "45 (forty five) 1 point 1 5 million 1.5 bn 2 dozens 100,000.0 1,50 15,5 9,999,",
            "£2.5m, $1.5bn. 3M (3M) 3M (three million) 5km (5km) 10GB 4x4 2.1a 12v 3pm.",
            "555-1234 +44 20 7946 0958 1986/87 www.x.com 5 - 6 7 -- 8 5/4 12/02/2013 24/7",
            "two people, six. Fifteen of them, two hundred, one twenty, two thirds, three-fifths",
            "two point five, two and a half, year-one, two (2), nineteen eighty-four, zero nil",
            "the one, no one, seven 7 eleven-year, five—six nine 's four pct three few Nine",
            "one another, a tough one, one of the few, the one pct rise, one; one",
            "millions of them, hundreds, thousand, a hundred, a dozen, dozens of, billion",
            "two-year-old, two-thirds, one-off, three-quarters, one-fifth, five-a-side, two- 3",
            "5 minutes for 6 in 7 a 8 and 9 points 10 win 2004 2005 8 5/8 3 hundred 4 point 5",
        ];
        for text in texts {
            let tokens = lex(text);
            let p = P::unlowered(text, &tokens);
            for (i, &token) in tokens.iter().enumerate() {
                if token.is_digits()
                    && let Some(plain) = p.plain_digits(i, token)
                {
                    let every = p.read_number(i, token).map(|m| (m.value, m.end));
                    assert_eq!(plain, every, "{text:?} at {}", token.text(text));
                }
                if let Some(lone) = p.lone_word(i) {
                    let every = p
                        .read_number(i, token)
                        .map(|m| (m.value, m.end, m.in_words));
                    assert_eq!(lone.map(|v| (v, i + 1, true)), every, "{text:?} at {i}");
                }
            }
        }
    }

    /// A chunk told by its bytes as neither link, phone number nor split year
    /// ([`P::plainly_other`]) is none as its tokens read (a phone number's tail, which reads
    /// them all, asks them at every token).
    #[test]
    fn chunks_told_by_bytes_read_as_by_tokens() {
        let texts = [
            "$1.2bn 5.9% £5m (2004) 2004. 5, 76% 1986/87 (1986/87) 555-1234 (555)1234",
            "1-800-555-1234 $5.5-6 5.5-6.5 (5.5%) 5%-6% 5-5-5-5 1,234-5678",
            "+44 20 a@b.com x@5 http://x.com 5:30 www.x.com WWW.X.COM",
            "5km-long 10-year-old 3-2 €5",
            "5\u{a0}6 5\u{b}6 a5 5a (5) 5-(6) 2004-05 5.5.5 5.5/6 5/6 co.uk/5 55-555-5555 5--5",
        ];
        let kind = |c: Chunk| match c.kind {
            ChunkKind::Other | ChunkKind::DigitsOnly => None,
            other => Some(other),
        };
        let mut told_by_bytes = 0;
        for text in texts {
            let tokens = lex(text);
            let p = P::unlowered(text, &tokens);
            for i in 0..tokens.len() {
                let by_tokens = p.chunk(i, true);
                let told = p.chunk(i, false);
                told_by_bytes += usize::from(told.end < by_tokens.end);
                assert!(told.end <= by_tokens.end, "{text:?} at {i}");
                assert!(kind(told) == kind(by_tokens), "{text:?} at {i}");
            }
        }
        assert!(told_by_bytes > 10);
    }

    #[test]
    fn vague_quantities() {
        check("few people came", "few=3");
        check("a few hours", "a few=3");
        check("the few who stayed, very few", "");
    }

    #[test]
    fn scales() {
        check("1.5 million", "1.5 million=1500000");
        check("5.93 mln dlrs", "5.93 mln=5930000");
        check("100K and 3M", "100K=100000 3M=3000000");
        check("1.2M", "1.2M=1200000");
        check("-.0012G", "-.0012G=-1200000");
        check(
            "three thousand millions",
            "three thousand millions=3000000000",
        );
        check("2 dozens", "2 dozens=24");
        check("£600m", "600=600");
    }

    #[test]
    fn words() {
        check("thirty-three", "thirty-three=33");
        check("two thousand and twelve", "two thousand and twelve=2012");
        check("a hundred", "a hundred=100");
        check("a couple of", "a couple of=2");
        check("a dozen", "a dozen=12");
        check("half", "half=0.5");
        check("half a million", "half a million=500000");
        check("two and a half million", "two and a half million=2500000");
        check("one twenty two", "one twenty two=122");
        check(
            "three crore twelve lakh fifty-six thousand seven hundred twenty-one",
            "three crore twelve lakh fifty-six thousand seven hundred twenty-one=31256721",
        );
        check(
            "negative five hundred and four",
            "negative five hundred and four=-504",
        );
        check("forty-five (45)", "forty-five (45)=45");
        check("two point two million", "two point two million=2200000");
    }

    /// Number values with qualifier and unit, as `factcheck extract` prints them.
    fn values(text: &str) -> String {
        crate::extract::extract(text, &crate::extract::Context::default())
            .iter()
            .filter_map(|v| match &v.data {
                Data::Number { value, unit } => Some(format!(
                    "{}={}{}{}",
                    v.span.of(text),
                    decimal(*value),
                    v.qualifier
                        .map(|q| format!(" {}", q.as_str()))
                        .unwrap_or_default(),
                    unit.as_deref()
                        .map(|u| format!(" [{u}]"))
                        .unwrap_or_default()
                )),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn qualifiers_and_units() {
        assert_eq!(values("155,221 bags"), "155,221=155221 [bags]");
        assert_eq!(
            values("some 190,000 new jobs"),
            "some 190,000=190000 approx [jobs]"
        );
        assert_eq!(values("at least 33 people"), "at least 33=33 ge [people]");
        assert_eq!(values("one decision"), "one=1 [decision]");
        assert_eq!(values("two successive years"), "two=2 [years]");
        assert_eq!(values("12 or so of them"), "12 or so=12 approx");
        // A noun is a word lowercased in place: up to 16 bytes (`Noun` holds as many).
        assert_eq!(values("7 electrifications"), "7=7 [electrifications]");
        assert_eq!(values("7 superintendentships"), "7=7");
    }

    /// Every prefix of phrases that end mid-construction: no panic, whatever the cut.
    #[test]
    fn never_panics_on_cut_text() {
        let text = "minus a couple of - -. $ US$ Rs. 5,00 1/ 1. twenty- forty— half a one-on- \
                    +44 2.1. 3M 5 per 7 % a dozen of (45 forty-five ( 50p 3p.m. two point £5 m euros \
                    one hundred and 5 million Canadian U.S. 1st twenty-";
        for (cut, _) in text.char_indices() {
            crate::extract::extract(&text[..cut], &crate::extract::Context::default());
        }
    }

    #[test]
    fn not_numbers() {
        check("a one-on-one meeting", "");
        check("Soyuz-2.1a and Aist-2D", "");
        check("SamSat-218, Covid-19, F-16, G7, MH17", "");
        check("call +44 20 7946 0958 or 555-1234", "");
        check("see https://example.com/2012/a.html or bob99@x.org", "");
        check("version 2.1.3", "");
        check("no one, someone, anyone", "");
        check("one of the few", "one=1");
        check(
            "two thirds and two-thirds, one fifth",
            "two thirds=0.666667 two-thirds=0.666667 one fifth=0.2",
        );
        check("the 70th and the 1990s", "");
    }
}
