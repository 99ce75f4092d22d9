//! Money: an amount with its currency, as an ISO 4217 code.
//!
//! Two ways in: a currency sign or code before the amount ("$1.13bn", "Rs 500"), found one
//! or two tokens before where a number may start; and a currency word after a number ("300 million
//! euros"), found from `Scan::numbers`. Glued forms the number finder refuses as names ("Rs500",
//! "$5B", "50p") are read here with [`number::digits_at`]. After a number, the walk over a
//! country's words starts only on a currency word or a country's first word (`may_open_currency`:
//! one hashed set of the currency nouns, country openers and nationalities). Most words after a
//! number are turned away before that lookup, by their shape (`has_opener_shape`: length, first
//! and last letter, read off the lowercased bytes).
//!
//! # Grammar
//!
//! - signs: `$5`, `£600m`, `€5`, `¥300`, `₹500`, `₽10`, `$ 5`, `5€`
//! - dollar families: `US$3`, `A$2`, `C$1.5`, `HK$10`, `NZ$4`, `S$3`, `NT$5`, `R$2` (BRL)
//! - codes: `USD 5 million`, `5 million EUR`, `Rs 500`, `Rs. 500`, `Rs500`
//! - multipliers after the amount: `$1.13bn`, `£600m`, `$5B`, `$50k`, `€2.5 billion`
//! - words after a number: `5.93 mln dlrs`, `300 million euros`, `1.2 billion yuan`,
//!   `500 rupees`, `10 roubles`/`rubles`, `20 yen`, `3 billion won`, `50 cents` (USD 0.5),
//!   `eight cts` (wire copy: USD 0.08), `55 euro cents` (EUR 0.55),
//!   `50 pence`, `50p` (GBP 0.5), wire copy's `1.5 billion stg` (GBP)
//! - currencies the euro replaced, as 1980s wire copy writes them: `200 mln marks` (DEM),
//!   `30 mln guilders` (NLG), `5 mln French francs` (FRF), `Belgian francs` (BEF), `pesetas`
//!   (ESP), `schillings` (ATS), `drachmas` (GRD), `escudos` (PTE), `lire` (ITL; `lira` alone is
//!   Turkish)
//! - a country before the word: `5 million Canadian dollars`, `US dollars`, `U.S. dollars`,
//!   `Hong Kong dollars`, `Swiss francs`, `Danish kroner`, `Mexican pesos`, `Pakistani rupees`
//! - qualifiers: `more than $5`, `about £600m`, `$5m or more`
//!
//! A word several countries share with no country before it (`francs`, `crowns`, `pesos`,
//! `dinars`) is the currency of the country the article is datelined in, where the dateline
//! names one of its cities or the country ([`home`]): `PARIS, April 7 - … 500 mln francs` is
//! FRF, in Zurich CHF, `STOCKHOLM … 30 mln crowns` SEK; with no such dateline, bare `francs`
//! are Swiss and the others no money.
//!
//! `Cent` or `Marks` capitalised with no country before it is a name (`50 Cent`, `10 mln Marks and
//! Spencer shares`; `one U.S. Cent` is money), and `won` before a determiner or a pronoun a verb
//! (`Halo 2 won the award`).
//!
//! Bare `pounds` is money only with a multiplier or `sterling` ("5 million pounds", "200 pounds
//! sterling"): "he weighs 200 pounds" is a weight. So is bare `marks` ("200 mln marks"; "scored 90
//! marks" is a mark; "West German marks" is money), and the singular `mark` only before the
//! noun it qualifies ("a 100 mln mark credit"; "the three million mark." is a milestone). Words
//! shared by several currencies (`pesos`, `kroner`, `dinars`, `crowns`) need their country or
//! a dateline that names one (above); `dollars` alone is USD and `¥` alone is JPY.

use super::number;
use super::{Data, Scan, Tok, Value, qualifier};
use crate::span::Span;

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    // A prefixed amount ([`amount_at`]) begins where a number may start
    // (`vocab::Read::number_starts`: digits, a number word, a point or minus before digits), one or
    // two tokens after the sign or code that opens it ("$5", "USD 5", "US$3", "Rs. 500"):
    // only those tokens are tried, in order, each once.
    // Two tokens before the start only after "US$" or "Rs." (a `$` or `.` right before the
    // amount): a sign or code right before a start one token earlier was tried with that
    // start, and one before no start opens no amount there.
    let bytes = scan.text.as_bytes();
    // Tokens before `i` were read already (an amount found ends there).
    let mut i = 0;
    // Whether a "p" is glued to digits that may end an amount ([`pence`]), told on the same
    // walk: every digit run is a number start.
    let mut has_p = false;
    for start in scan.words.number_starts() {
        // The tests of this loop are told without branches (`&` and `|`, not `&&`, `||` or
        // `match`): they go either way at random from start to start, and their branches
        // cost some 45k simulated mispredicts per BBC round.
        let token = scan.tokens[start];
        let glued_p = scan
            .tokens
            .get(start + 1)
            .is_some_and(|t| !t.space_before & (bytes.get(t.start as usize) == Some(&b'p')));
        has_p |= token.is_digits() & glued_p;
        let Some(before) = start.checked_sub(1) else {
            continue;
        };
        // The token right before: a sign (`$` or a mark that is not ASCII), a short word
        // opening on a capital, or a `$` or `.` with a dollar prefix or "Rs" before it.
        let prev = scan.tokens[before];
        let first = bytes.get(prev.start as usize).copied().unwrap_or(0);
        let sign = (first == b'$') | (first == b'.') | (first >= 0x80);
        let code = (prev.end - prev.start <= 3) & first.is_ascii_uppercase();
        let may_open = ((prev.kind == Tok::Punct) & sign) | ((prev.kind == Tok::Word) & code);
        if !may_open {
            continue;
        }
        let two_before = prev.kind == Tok::Punct && matches!(first, b'$' | b'.');
        let from = if two_before {
            before.saturating_sub(1)
        } else {
            before
        };
        for at in from..start {
            if at >= i {
                i = prefixed_at(scan, at, out);
            }
        }
    }
    for m in &scan.numbers {
        if let Some((currency, factor, end)) = currency_after(scan, m.end, true) {
            push(
                scan,
                out,
                Found {
                    first: m.first,
                    end,
                    amount: m.value * factor,
                    currency,
                },
            );
        }
    }
    if has_p {
        pence(scan, out);
    }
}

/// The amount prefixed by a sign or code at token `i`, pushed to `out` if there is one;
/// the next token to try (past the amount, or after `i`).
fn prefixed_at(scan: &Scan, i: usize, out: &mut Vec<Value>) -> usize {
    // Byte tests first: a sign is `$` or a non-ASCII mark, a code or dollar prefix a
    // capitalised word of at most three bytes.
    let token = scan.tokens[i];
    let first = scan
        .text
        .as_bytes()
        .get(token.start as usize)
        .copied()
        .unwrap_or(0);
    let may_open = match token.kind {
        Tok::Punct => (first == b'$') | (first >= 0x80),
        Tok::Word => {
            token.end - token.start <= 3
                && first.is_ascii_uppercase()
                && (code(token.text(scan.text)).is_some()
                    || scan
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.is_punct(scan.text, '$')))
        }
        Tok::Digits => false,
    };
    if !may_open {
        return i + 1;
    }
    match prefixed(scan, i) {
        Some(found) => {
            push(scan, out, found);
            found.end
        }
        None => i + 1,
    }
}

#[derive(Clone, Copy)]
struct Found {
    first: usize,
    end: usize,
    amount: f64,
    currency: &'static str,
}

fn push(scan: &Scan, out: &mut Vec<Value>, found: Found) {
    let mut first = found.first;
    let mut end = found.end;
    let mut q = None;
    if let Some((qual, start)) = qualifier::before(scan, first) {
        q = Some(qual);
        first = start;
    }
    if let Some((qual, stop)) = qualifier::after(scan, end) {
        q = q.or(Some(qual));
        end = stop;
    }
    out.push(Value {
        span: Span::new(
            scan.tokens[first].start as usize,
            scan.tokens[end - 1].end as usize,
        ),
        qualifier: q,
        data: Data::Money {
            amount: found.amount,
            currency: found.currency.to_owned(),
        },
    });
}

fn glued(scan: &Scan, i: usize) -> bool {
    i > 0 && scan.tokens.get(i).is_some_and(|t| !t.space_before)
}

/// Word `i` lowercased, if it is a word of at most 16 ASCII bytes: the scan's lowered form,
/// unless that straightened a curly apostrophe (then its length differs from the word's).
fn word_at<'s>(scan: &'s Scan, i: usize) -> Option<&'s str> {
    let token = scan.tokens.get(i)?;
    let w = scan.lower(i);
    if token.plain {
        return Some(w);
    }
    (token.is_word() && !w.is_empty() && w.len() == (token.end - token.start) as usize).then_some(w)
}

/// Currency signs, one character each.
fn sign(c: &str) -> Option<&'static str> {
    Some(match c {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" | "\u{FFE5}" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₪" => "ILS",
        "₴" => "UAH",
        "₦" => "NGN",
        "₱" => "PHP",
        "₫" => "VND",
        "฿" => "THB",
        _ => return None,
    })
}

/// Letters glued before `$` that name the dollar ("US$3", "HK$10").
fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "US" => "USD",
        "A" | "AU" | "AUD" => "AUD",
        "C" | "CA" | "CAD" | "Can" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" => "MXN",
        _ => return None,
    })
}

/// ISO codes and abbreviations written as words before or after an amount.
fn code(w: &str) -> Option<&'static str> {
    // Most short capitalised words ("The", "He") are no code: all codes are three capitals
    // but three.
    let b = w.as_bytes();
    if !(b.len() == 3 && b.iter().all(u8::is_ascii_uppercase) || matches!(w, "Rs" | "SFr" | "Sfr"))
    {
        return None;
    }
    code_match(w)
}

/// The currency of an ISO code or abbreviation.
fn code_match(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "RUB" => "RUB",
        "INR" | "Rs" => "INR",
        "CHF" | "SFr" | "Sfr" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "NZD" => "NZD",
        "KRW" => "KRW",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ZAR" => "ZAR",
        "TRY" => "TRY",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        "UAH" => "UAH",
        "ILS" => "ILS",
        "AED" => "AED",
        "SAR" => "SAR",
        "NGN" => "NGN",
        "EGP" => "EGP",
        "IDR" => "IDR",
        "THB" => "THB",
        "MYR" => "MYR",
        "PHP" => "PHP",
        "VND" => "VND",
        "TWD" => "TWD",
        "KZT" => "KZT",
        "PKR" => "PKR",
        _ => return None,
    })
}

/// Multipliers glued to or after an amount in a money phrase ("£600m", "$5B", "$5 bn").
fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" => 1e6,
        "b" | "B" | "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// A currency sign or code at `i` and the amount after it.
fn prefixed(scan: &Scan, i: usize) -> Option<Found> {
    let token = scan.tokens[i];
    let (currency, after) = match token.kind {
        Tok::Punct => (sign(token.text(scan.text))?, i + 1),
        Tok::Word => {
            let w = token.text(scan.text);
            // Codes and dollar prefixes are short and capitalised ("USD", "Rs", "HK$").
            if w.len() > 3 || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            // "US$3": the letters name the dollar.
            if scan
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_punct(scan.text, '$'))
                && glued(scan, i + 1)
            {
                (dollar_prefix(w)?, i + 2)
            } else {
                let c = code(w)?;
                // "Rs. 500".
                if scan
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| t.is_punct(scan.text, '.'))
                    && glued(scan, i + 1)
                {
                    (c, i + 2)
                } else {
                    (c, i + 1)
                }
            }
        }
        Tok::Digits => return None,
    };
    // The sign must not be glued to a word before it ("AB$5" is a name), bar the dollar family.
    if token.kind == Tok::Punct && glued(scan, i) && scan.tokens[i - 1].is_word() {
        return None;
    }
    let (amount, end) = amount_at(scan, after)?;
    Some(Found {
        first: i,
        end,
        amount,
        currency,
    })
}

/// The amount starting at token `i` after a currency sign, with its multiplier.
fn amount_at(scan: &Scan, i: usize) -> Option<(f64, usize)> {
    let token = *scan.tokens.get(i)?;
    let found = scan.numbers.binary_search_by_key(&i, |m| m.first);
    let (mut value, mut end) = match found {
        Ok(k) => (scan.numbers[k].value, scan.numbers[k].end),
        // Glued forms the number finder refuses: "Rs500", "$5B".
        Err(_) if token.is_digits() || token.is_punct(scan.text, '.') => {
            number::digits_at(scan.text, scan.tokens, i)?
        }
        Err(_) => return None,
    };
    if let Some(next) = scan.tokens.get(end).filter(|t| t.is_word()) {
        let w = next.text(scan.text);
        if !next.space_before {
            match multiplier(w) {
                Some(f) => {
                    value *= f;
                    end += 1;
                }
                // "$5G": letters that are no multiplier make a name.
                None if found.is_err() => return None,
                None => {}
            }
        }
    } else if found.is_err()
        && scan
            .tokens
            .get(end)
            .is_some_and(|t| !t.space_before && t.is_digits())
    {
        return None;
    }
    Some((value, end))
}

/// A currency after an amount ending at token `i`: the code, the factor the amount takes
/// (0.01 for cents), and the end token. `multiplier_ok` allows glued multipliers ("600m euros").
fn currency_after(
    scan: &Scan,
    i: usize,
    multiplier_ok: bool,
) -> Option<(&'static str, f64, usize)> {
    let mut j = i;
    let mut factor = 1.0;
    let mut scaled = false;
    if multiplier_ok
        && let Some(t) = scan.tokens.get(j).filter(|t| t.is_word() & !t.space_before)
        && let Some(f) = multiplier(t.text(scan.text))
    {
        factor = f;
        scaled = true;
        j += 1;
    }
    let token = *scan.tokens.get(j)?;
    if !token.space_before && j > i {
        return None;
    }
    if !token.is_word() {
        // "5€" with the sign after.
        // Every sign is `$` or a character that is not ASCII: most marks after a number
        // (",", ".", "%") are turned away by their byte.
        let first = scan.text.as_bytes().get(token.start as usize).copied();
        let may_sign = first.is_some_and(|b| (b == b'$') | (b >= 0x80));
        if may_sign && (!token.space_before || j > i) {
            let c = sign(token.text(scan.text))?;
            return Some((c, factor, j + 1));
        }
        return None;
    }
    // Every code opens on a capital: most words after a number are lowercase.
    let capital = scan
        .text
        .as_bytes()
        .get(token.start as usize)
        .is_some_and(u8::is_ascii_uppercase);
    if capital && let Some(c) = code(token.text(scan.text)) {
        return Some((c, factor, j + 1));
    }
    // The currency word, or the first word of a country before it: most numbers are
    // followed by neither, and nothing more is read for them (most are turned away by the
    // word's shape, before it is looked up).
    if !has_opener_shape(scan, token) {
        return None;
    }
    let first = word_at(scan, j)?;
    if !may_open_currency(first) {
        return None;
    }
    // A country of up to two words, "U.S." with its points, before the currency word.
    let mut country = [0u8; 24];
    let mut len = 0;
    let mut k = j;
    for _ in 0..4 {
        let Some(t) = scan.tokens.get(k) else { break };
        if let Some(w) = word_at(scan, k) {
            if noun(w).is_some() {
                break;
            }
            if len + w.len() > country.len() || (k > j && t.space_before && len > 0 && k > j + 2) {
                return None;
            }
            country[len..len + w.len()].copy_from_slice(w.as_bytes());
            len += w.len();
        } else if !t.is_punct(scan.text, '.') || t.space_before {
            return None;
        }
        k += 1;
    }
    let w = word_at(scan, k)?;
    let family = noun(w)?;
    if len == 0 && !names_currency(scan, k, family) {
        return None;
    }
    // "a 100 mln mark credit": the singular names the currency only before the noun it
    // qualifies; "the three million mark." and "the $4 trillion mark for" are milestones.
    if w == "mark" && !qualifies_noun(scan, k + 1) {
        return None;
    }
    let country = std::str::from_utf8(&country[..len]).ok()?;
    // An amount with a scale word ("5 million pounds") reads as scaled for "pounds". Asked
    // only here, where a currency word was found: most numbers have none.
    if j > 0
        && let Some(w) = word_at(scan, j - 1)
    {
        scaled |= matches!(
            w,
            "thousand"
                | "million"
                | "billion"
                | "trillion"
                | "mln"
                | "mn"
                | "bn"
                | "bln"
                | "tn"
                | "lakh"
                | "crore"
        );
    }
    let scaled = scaled || next_is(scan, k + 1, "sterling");
    // A word several countries share, with no country before it, is the dateline's:
    // "francs" in Paris copy are French.
    let home = match family {
        Family::Franc | Family::Krona | Family::Krone | Family::Peso | Family::Dinar
            if country.is_empty() =>
        {
            scan.home.and_then(|home| currency(family, home, scaled))
        }
        _ => None,
    };
    let (c, cents) = home.or_else(|| currency(family, country, scaled))?;
    let mut end = k + 1;
    if family == Family::Pound && next_is(scan, end, "sterling") {
        end += 1;
    }
    // "55 euro cents": hundredths of the currency named.
    let mut cents = cents;
    if !cents && (next_is(scan, end, "cents") || next_is(scan, end, "cent")) {
        cents = true;
        end += 1;
    }
    Some((c, if cents { factor * 0.01 } else { factor }, end))
}

/// The nationality whose currency a bare word several countries share ("francs", "crowns",
/// "pesos", "dinars") names in copy datelined at the dateline's place or region, where that
/// is a city of such a country or the country: "PARIS, April 7" makes "500 mln francs" French
/// francs, "ZURICH" Swiss ones, "STOCKHOLM" makes "crowns" Swedish.
pub(super) fn home(dateline: &crate::article::Dateline) -> Option<&'static str> {
    let mut places = std::iter::once(dateline.place.as_str()).chain(dateline.region.as_deref());
    places.find_map(|place| {
        let place = place.trim_end_matches('.');
        HOMES
            .iter()
            .find(|(name, _)| place.eq_ignore_ascii_case(name))
            .map(|&(_, nationality)| nationality)
    })
}

/// Datelines of countries whose currency's English name another country's shares, with the
/// nationality [`currency`] reads: capitals, financial centres, and the countries' names.
const HOMES: &[(&str, &str)] = &[
    ("Paris", "french"),
    ("Lyon", "french"),
    ("Lyons", "french"),
    ("Marseille", "french"),
    ("Marseilles", "french"),
    ("Versailles", "french"),
    ("Strasbourg", "french"),
    ("France", "french"),
    ("Zurich", "swiss"),
    ("Geneva", "swiss"),
    ("Berne", "swiss"),
    ("Bern", "swiss"),
    ("Basle", "swiss"),
    ("Basel", "swiss"),
    ("Lausanne", "swiss"),
    ("Lugano", "swiss"),
    ("Vevey", "swiss"),
    ("Winterthur", "swiss"),
    ("Zug", "swiss"),
    ("Switzerland", "swiss"),
    ("Brussels", "belgian"),
    ("Antwerp", "belgian"),
    ("Ghent", "belgian"),
    ("Belgium", "belgian"),
    ("Luxembourg", "luxembourg"),
    ("Stockholm", "swedish"),
    ("Gothenburg", "swedish"),
    ("Malmo", "swedish"),
    ("Sweden", "swedish"),
    ("Copenhagen", "danish"),
    ("Aarhus", "danish"),
    ("Denmark", "danish"),
    ("Oslo", "norwegian"),
    ("Stavanger", "norwegian"),
    ("Bergen", "norwegian"),
    ("Norway", "norwegian"),
    ("Reykjavik", "icelandic"),
    ("Iceland", "icelandic"),
    ("Manila", "philippine"),
    ("Philippines", "philippine"),
    ("Mexico City", "mexican"),
    ("Mexico", "mexican"),
    ("Buenos Aires", "argentine"),
    ("Argentina", "argentine"),
    ("Santiago", "chilean"),
    ("Chile", "chilean"),
    ("Bogota", "colombian"),
    ("Colombia", "colombian"),
    ("Kuwait", "kuwaiti"),
    ("Bahrain", "bahraini"),
    ("Manama", "bahraini"),
    ("Amman", "jordanian"),
    ("Jordan", "jordanian"),
    ("Baghdad", "iraqi"),
    ("Iraq", "iraqi"),
];

/// Whether the currency word at token `k`, with no country before it, is one, where English
/// uses the same word otherwise: capitalised, "cent" or "marks" is a name ("50 Cent");
/// capitalised or before a determiner or a pronoun, "won" is a verb ("Halo 2 won the award").
fn names_currency(scan: &Scan, k: usize, family: Family) -> bool {
    let title_case = || super::calendar::title_case(scan, k);
    match family {
        // "10 mln Marks and Spencer shares": a name.
        Family::Cent | Family::Mark => !title_case(),
        Family::Won => {
            !title_case()
                && !super::calendar::is_any(
                    scan,
                    k + 1,
                    &[
                        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "it",
                        "them", "him", "against", "over",
                    ],
                )
        }
        _ => true,
    }
}

/// Whether token `i` is a lowercase word that a currency word may qualify as a noun ("mark
/// credit"), not a word that goes on the sentence after a milestone ("mark for", "mark last
/// year").
fn qualifies_noun(scan: &Scan, i: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "for",
        "in",
        "on",
        "at",
        "of",
        "by",
        "to",
        "from",
        "with",
        "within",
        "into",
        "this",
        "last",
        "next",
        "and",
        "or",
        "but",
        "as",
        "since",
        "until",
        "after",
        "before",
        "when",
        "while",
        "yesterday",
        "today",
        "earlier",
        "again",
        "ago",
        "is",
        "was",
        "has",
        "had",
        "will",
        "would",
        "could",
        "the",
        "a",
        "an",
        "that",
        "which",
        "set",
        "barrier",
        "level",
    ];
    scan.tokens.get(i).is_some_and(|t| {
        let w = t.text(scan.text);
        t.is_word()
            && t.space_before
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !NOT_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
    })
}

fn next_is(scan: &Scan, i: usize, w: &str) -> bool {
    scan.tokens
        .get(i)
        .is_some_and(|t| t.is_word() && t.text(scan.text).eq_ignore_ascii_case(w))
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Dollar,
    Euro,
    Pound,
    Pence,
    Cent,
    Yen,
    Yuan,
    Rupee,
    Rouble,
    Franc,
    Peso,
    Krone,
    Krona,
    Dinar,
    Won,
    Real,
    Rand,
    Lira,
    /// The Italian plural: never Turkish.
    Lire,
    Mark,
    Guilder,
    Other(&'static str),
}

// Currency nouns, lower-cased: the table and its lookup (`noun`).
word_table! {
    NOUNS: Family, fn noun;
    ("dollar", Family::Dollar),
    ("dollars", Family::Dollar),
    ("dlr", Family::Dollar),
    ("dlrs", Family::Dollar),
    ("bucks", Family::Dollar),
    ("euro", Family::Euro),
    ("euros", Family::Euro),
    ("pound", Family::Pound),
    ("pounds", Family::Pound),
    ("sterling", Family::Pound),
    ("stg", Family::Other("GBP")),
    ("pence", Family::Pence),
    ("penny", Family::Pence),
    ("pennies", Family::Pence),
    ("cent", Family::Cent),
    ("cents", Family::Cent),
    ("ct", Family::Cent),
    ("cts", Family::Cent),
    ("yen", Family::Yen),
    ("yuan", Family::Yuan),
    ("renminbi", Family::Yuan),
    ("rupee", Family::Rupee),
    ("rupees", Family::Rupee),
    ("rouble", Family::Rouble),
    ("roubles", Family::Rouble),
    ("ruble", Family::Rouble),
    ("rubles", Family::Rouble),
    ("franc", Family::Franc),
    ("francs", Family::Franc),
    ("peso", Family::Peso),
    ("pesos", Family::Peso),
    ("krone", Family::Krone),
    ("kroner", Family::Krone),
    ("krona", Family::Krona),
    ("kronor", Family::Krona),
    ("crowns", Family::Krona),
    ("dinar", Family::Dinar),
    ("dinars", Family::Dinar),
    ("won", Family::Won),
    ("reais", Family::Real),
    ("rand", Family::Rand),
    ("lira", Family::Lira),
    ("lire", Family::Lire),
    ("mark", Family::Mark),
    ("marks", Family::Mark),
    ("guilder", Family::Guilder),
    ("guilders", Family::Guilder),
    ("peseta", Family::Other("ESP")),
    ("pesetas", Family::Other("ESP")),
    ("schilling", Family::Other("ATS")),
    ("schillings", Family::Other("ATS")),
    ("drachma", Family::Other("GRD")),
    ("drachmas", Family::Other("GRD")),
    ("escudo", Family::Other("PTE")),
    ("escudos", Family::Other("PTE")),
    ("shekel", Family::Other("ILS")),
    ("shekels", Family::Other("ILS")),
    ("naira", Family::Other("NGN")),
    ("hryvnia", Family::Other("UAH")),
    ("hryvnias", Family::Other("UAH")),
    ("hryvnias'", Family::Other("UAH")),
    ("zloty", Family::Other("PLN")),
    ("zlotys", Family::Other("PLN")),
    ("zlotych", Family::Other("PLN")),
    ("dirham", Family::Other("AED")),
    ("dirhams", Family::Other("AED")),
    ("riyal", Family::Other("SAR")),
    ("riyals", Family::Other("SAR")),
    ("ringgit", Family::Other("MYR")),
    ("baht", Family::Other("THB")),
    ("rupiah", Family::Other("IDR")),
    ("tenge", Family::Other("KZT")),
}

/// Whether `w` (lowercased) is a currency noun ([`NOUNS`]) or may open a country that
/// [`currency`] reads (see [`COUNTRY_OPENERS`] and the nationalities): one hashed lookup in a
/// set of all three, where most words after a number are none. A filter: `currency` decides.
fn may_open_currency(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::vocab::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        let words: Vec<&'static str> = NOUNS
            .iter()
            .map(|&(w, _)| w)
            .chain(COUNTRY_OPENERS.iter().copied())
            .chain(super::names::NATIONALITIES.iter().copied())
            .collect();
        super::vocab::WordSet::new(&words)
    });
    set.contains(w)
}

/// Whether word `token` has the shape of a word [`may_open_currency`] knows: a filter read off
/// its lowercased bytes ([`OPENER_SHAPES`]), before the word is lowercased and looked up. A
/// word that is not plain ([`super::Token::plain`]) is let through to the lookup.
fn has_opener_shape(scan: &Scan, token: super::Token) -> bool {
    if !token.plain {
        return true;
    }
    let len = (token.end - token.start) as usize;
    let Some(shapes) = OPENER_SHAPES.get(len) else {
        return false;
    };
    let lowered = scan.lowered.as_bytes();
    let letter = |at: usize| lowered.get(at).map(|b| b.wrapping_sub(b'a'));
    match (
        letter(token.start as usize),
        letter(token.start as usize + len - 1),
    ) {
        (Some(a), Some(z)) if a < 26 && z < 26 => shapes[usize::from(a)] & (1 << z) != 0,
        // "hryvnias'": the table holds only the words that open and end on a letter.
        _ => true,
    }
}

/// The shapes of the words [`may_open_currency`] knows that open and end on a letter (all but
/// "hryvnias'"): per length and first letter, a bit per last letter.
const OPENER_SHAPES: [[u32; 26]; LONGEST_OPENER + 1] = {
    let mut shapes = [[0; 26]; LONGEST_OPENER + 1];
    let mut k = 0;
    while k < NOUNS.len() {
        shapes = with_shape(shapes, NOUNS[k].0);
        k += 1;
    }
    let mut k = 0;
    while k < COUNTRY_OPENERS.len() {
        shapes = with_shape(shapes, COUNTRY_OPENERS[k]);
        k += 1;
    }
    let mut k = 0;
    while k < super::names::NATIONALITIES.len() {
        shapes = with_shape(shapes, super::names::NATIONALITIES[k]);
        k += 1;
    }
    shapes
};

/// The length of the longest word [`may_open_currency`] knows.
const LONGEST_OPENER: usize = {
    let lists = [
        super::vocab::longest(COUNTRY_OPENERS),
        super::vocab::longest(super::names::NATIONALITIES),
        super::vocab::longest_key(NOUNS),
    ];
    let (mut longest, mut k) = (0, 0);
    while k < lists.len() {
        if lists[k] > longest {
            longest = lists[k];
        }
        k += 1;
    }
    longest
};

/// `shapes` with the shape of `word` added ([`OPENER_SHAPES`]).
const fn with_shape(
    mut shapes: [[u32; 26]; LONGEST_OPENER + 1],
    word: &str,
) -> [[u32; 26]; LONGEST_OPENER + 1] {
    let w = word.as_bytes();
    let (a, z) = (w[0], w[w.len() - 1]);
    if a.is_ascii_lowercase() && z.is_ascii_lowercase() {
        shapes[w.len()][(a - b'a') as usize] |= 1 << (z - b'a');
    }
    shapes
}

/// Words that open a country that [`currency`] reads besides the nationalities
/// ([`super::names::is_nationality`], a superset of the adjectives `currency` knows): another
/// whole country ("hongkong", "aussie") or the first of its words ("hong" of "hong kong", "u"
/// of "U.S.").
const COUNTRY_OPENERS: &[&str] = &[
    "us",
    "u",
    "aussie",
    "hong",
    "hongkong",
    "new",
    "newzealand",
    "newtaiwan",
    "singapore",
    "taiwan",
    "euro",
    "sri",
    "srilankan",
    "nepalese",
    "nepali",
    "belarusian",
    "cfa",
    "argentinian",
    "philippine",
    "icelandic",
    "serbian",
    "south",
    "southkorean",
    "southafrican",
    "north",
    "northkorean",
    "west",
    "westgerman",
    "deutsche",
];

/// The ISO code of a currency noun with its country ("" when none), and whether the amount
/// is in hundredths. `scaled`: the amount had a multiplier, which makes bare "pounds" money.
fn currency(family: Family, country: &str, scaled: bool) -> Option<(&'static str, bool)> {
    let code = match (family, country) {
        (Family::Dollar, "" | "us" | "u" | "american") => "USD",
        (Family::Dollar, "canadian") => "CAD",
        (Family::Dollar, "australian" | "aussie") => "AUD",
        (Family::Dollar, "hongkong") => "HKD",
        (Family::Dollar, "newzealand") => "NZD",
        (Family::Dollar, "singapore") => "SGD",
        (Family::Dollar, "taiwan" | "newtaiwan" | "taiwanese") => "TWD",
        (Family::Euro, "") => "EUR",
        (Family::Pound, "" | "british") if scaled || !country.is_empty() => "GBP",
        (Family::Pound, "egyptian") => "EGP",
        (Family::Pence, "") => return Some(("GBP", true)),
        (Family::Cent, "" | "us") => return Some(("USD", true)),
        (Family::Cent, "euro") => return Some(("EUR", true)),
        (Family::Yen, "" | "japanese") => "JPY",
        (Family::Yuan, "" | "chinese") => "CNY",
        (Family::Rupee, "" | "indian") => "INR",
        (Family::Rupee, "pakistani") => "PKR",
        (Family::Rupee, "srilankan") => "LKR",
        (Family::Rupee, "nepalese" | "nepali") => "NPR",
        (Family::Rouble, "" | "russian") => "RUB",
        (Family::Rouble, "belarusian") => "BYN",
        (Family::Franc, "" | "swiss") => "CHF",
        (Family::Franc, "cfa") => "XOF",
        (Family::Franc, "french") => "FRF",
        (Family::Franc, "belgian") => "BEF",
        (Family::Franc, "luxembourg") => "LUF",
        (Family::Mark, "") if scaled => "DEM",
        (Family::Mark, "german" | "westgerman" | "deutsche") => "DEM",
        (Family::Guilder, "" | "dutch") => "NLG",
        (Family::Peso, "mexican") => "MXN",
        (Family::Peso, "argentine" | "argentinian") => "ARS",
        (Family::Peso, "philippine") => "PHP",
        (Family::Peso, "chilean") => "CLP",
        (Family::Peso, "colombian") => "COP",
        (Family::Krone, "danish") => "DKK",
        (Family::Krone, "norwegian") => "NOK",
        (Family::Krona, "swedish") => "SEK",
        // "crowns", the English name of all of them.
        (Family::Krona, "danish") => "DKK",
        (Family::Krona, "norwegian") => "NOK",
        (Family::Krona, "czech") => "CZK",
        (Family::Krona, "icelandic") => "ISK",
        (Family::Dinar, "iraqi") => "IQD",
        (Family::Dinar, "kuwaiti") => "KWD",
        (Family::Dinar, "serbian") => "RSD",
        (Family::Dinar, "algerian") => "DZD",
        (Family::Dinar, "jordanian") => "JOD",
        (Family::Dinar, "bahraini") => "BHD",
        (Family::Won, "" | "southkorean" | "korean") => "KRW",
        (Family::Won, "northkorean") => "KPW",
        (Family::Real, "" | "brazilian") => "BRL",
        (Family::Rand, "" | "southafrican") => "ZAR",
        (Family::Lira, "" | "turkish") => "TRY",
        (Family::Lira, "italian") | (Family::Lire, "" | "italian") => "ITL",
        (Family::Other(code), "") => code,
        _ => return None,
    };
    Some((code, false))
}

/// "50p": pence glued to digits, which the number finder leaves alone. Asked only where
/// [`find`] saw a "p" glued to digits (most paragraphs have none).
fn pence(scan: &Scan, out: &mut Vec<Value>) {
    // Every digit run is a number start (`vocab::Read::number_starts`); the amount's last
    // digits are one too, and the "p" is glued to them.
    for i in scan.words.number_starts() {
        let token = scan.tokens[i];
        if !token.is_digits() || (glued(scan, i) && !scan.tokens[i - 1].is_punct(scan.text, '(')) {
            continue;
        }
        let Some((value, end)) = number::digits_at(scan.text, scan.tokens, i) else {
            continue;
        };
        let Some(p) = scan.tokens.get(end) else {
            continue;
        };
        if !(p.is_word() && !p.space_before && p.text(scan.text) == "p") {
            continue;
        }
        // "3p.m." is a time; "50p." ends a sentence.
        let after = scan.tokens.get(end + 1);
        if after.is_some_and(|t| {
            !(t.space_before || t.is_punct(scan.text, '.') || t.is_punct(scan.text, ','))
        }) || (after.is_some_and(|t| t.is_punct(scan.text, '.'))
            && scan
                .tokens
                .get(end + 2)
                .is_some_and(|t| !t.space_before && t.is_word()))
        {
            continue;
        }
        push(
            scan,
            out,
            Found {
                first: i,
                end: end + 1,
                amount: value / 100.0,
                currency: "GBP",
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{COUNTRY_OPENERS, NOUNS, has_opener_shape, may_open_currency, word_at};
    use crate::extract::format::decimal;
    use crate::extract::{Alone, Context, Data, Scan, extract};

    /// The shape filter lets through every word the lookup after it knows, in any case
    /// ([`has_opener_shape`] before [`may_open_currency`]).
    #[test]
    fn opener_shapes_hold_every_word_looked_up() {
        let cx = Context::default();
        let known = NOUNS
            .iter()
            .map(|&(w, _)| w)
            .chain(COUNTRY_OPENERS.iter().copied())
            .chain(crate::extract::names::NATIONALITIES.iter().copied());
        let mut n_known = 0;
        for word in known {
            for form in [word.to_owned(), word.to_uppercase()] {
                let text = format!("5 {form}");
                let mut alone = Alone::new(&text);
                let scan = Scan::new(&mut alone, &cx);
                if word_at(&scan, 1).is_some_and(may_open_currency) {
                    n_known += 1;
                    assert!(has_opener_shape(&scan, scan.tokens[1]), "{form}");
                }
            }
        }
        assert!(n_known > 100, "{n_known} words read whole");
        // Most words after a number have no such shape.
        let text = "5 people";
        let mut alone = Alone::new(text);
        let scan = Scan::new(&mut alone, &cx);
        assert!(!has_opener_shape(&scan, scan.tokens[1]));
    }

    fn moneys(text: &str) -> String {
        extract(text, &Context::default())
            .iter()
            .filter_map(|v| match &v.data {
                Data::Money { amount, currency } => Some(format!(
                    "{}={} {currency}{}",
                    v.span.of(text),
                    decimal(*amount),
                    v.qualifier
                        .map(|q| format!(" {}", q.as_str()))
                        .unwrap_or_default()
                )),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(moneys(text), expected, "in {text:?}");
    }

    #[test]
    fn signs_and_codes() {
        check("$1.13bn", "$1.13bn=1130000000 USD");
        check("about £600m", "about £600m=600000000 GBP approx");
        check("€5 and US$3", "€5=5 EUR | US$3=3 USD");
        check(
            "$5B, $50k and $ 2",
            "$5B=5000000000 USD | $50k=50000 USD | $ 2=2 USD",
        );
        check(
            "Rs 500, Rs. 20 and Rs500",
            "Rs 500=500 INR | Rs. 20=20 INR | Rs500=500 INR",
        );
        check("USD 5 million", "USD 5 million=5000000 USD");
        check("¥300", "¥300=300 JPY");
    }

    #[test]
    fn words_after() {
        check("5.93 mln dlrs", "5.93 mln dlrs=5930000 USD");
        check(
            "more than 300 million euros",
            "more than 300 million euros=300000000 EUR gt",
        );
        check("1.2 billion yuan", "1.2 billion yuan=1200000000 CNY");
        check(
            "10 roubles and 20 rubles",
            "10 roubles=10 RUB | 20 rubles=20 RUB",
        );
        check(
            "5 million Canadian dollars",
            "5 million Canadian dollars=5000000 CAD",
        );
        check(
            "2 million U.S. dollars",
            "2 million U.S. dollars=2000000 USD",
        );
        check(
            "50 cents and 50p and 20 pence",
            "50 cents=0.5 USD | 50p=0.5 GBP | 20 pence=0.2 GBP",
        );
        check("600m euros", "600m euros=600000000 EUR");
        check(
            "5 million pounds, 200 pounds",
            "5 million pounds=5000000 GBP",
        );
        check("200 pounds sterling", "200 pounds sterling=200 GBP");
    }

    #[test]
    fn not_money() {
        check("he weighs 200 pounds at 3p.m. and 5 pesos", "");
        check("Form AB$5", "");
    }
}
