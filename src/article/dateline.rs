//! Datelines: the "where, when, who" that opens the first paragraph of wire copy.
//!
//! The readers try [`parse`] on the first lines only (headline, standfirst, first
//! body paragraph), each once. A paragraph without a dash that stands alone, a long
//! dash or a slash in its first 160 bytes is turned away before any word is read: a
//! dateline cannot end without one. Otherwise a dateline is read from the start of
//! the paragraph, field by field, and accepted only when it has a clear end (a dash, or an
//! agency in slashes or brackets) and either a date, an agency, or a place in capitals;
//! anything else is ordinary text and the
//! paragraph keeps all its words. A dateline whose date is garbled ("Narch 2",
//! "March 2O") is still taken, date as written, with a warning: the place and the
//! body start are what later stages need, and wire copy has typos.
//!
//! # Grammar
//!
//! ```text
//! dateline = place [ "/" region "/" ] { "," item } [ agency ] separator
//! item     = date | region | "Reuter"
//! place    = 1–6 words, no digits, opening with a capital: "VOSTOCHNY SPACEPORT", "Caracas"
//! region   = up to 3 capitalised words: "Neb.", "N.Y.", "Texas", "Amur Region"
//! date     = month day [year] | day month [year] | month: "September 13", "Sept. 13, 2023", "2 March"
//! agency   = "/" name "/" ["."] | "(" name ")": "/TASS/.", "(Reuters)", "(AP)"
//! separator = "-" | "--" | "—" | "–", or nothing after an agency in slashes
//! ```
//!
//! One example per shape:
//!
//! - TASS: "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/." (place, region,
//!   date, agency; the dateline ends at "/TASS/.").
//! - TASS, no region: "MOSCOW, September 13. /TASS/."
//! - Reuters 1987: "SALVADOR, Feb 26 - ", "OMAHA, Neb., Feb 26 - " (region "Neb."),
//!   "JOHANNESBURG March 13 - ", "AMSTERDAM, 2 March - ", "OKLAHOMA CITY, Okla. March
//!   11, Reuter - " (agency "Reuter"), "CHEVY CHASE, Md., - March 4 - ".
//! - Reuters today: "LONDON, Sept 13 (Reuters) - ", "LONDON (Reuters) - ".
//! - AP: "WASHINGTON (AP) — ".
//! - Press releases: "NEW YORK, Sept. 13, 2023 /PRNewswire/ -- ".
//! - Place only, in capitals: "BEIRUT - " (a mixed-case "Federal Express Corp - New
//!   York" is not a dateline).
//!
//! The date is kept as written ("September 13", "FEb 26"); resolving it (and a year
//! from the claims file's `published`) is the extractor's job. Its span covers the
//! whole dateline with its agency and separator; the first sentence starts after it.

use crate::extract::calendar::{MONTH_NAMES, month_of};
use crate::span::Span;

/// The dateline opening the first body paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    pub span: Span,
    pub place: String,
    pub region: Option<String>,
    /// The date as written ("September 13").
    pub date: Option<String>,
    pub agency: Option<String>,
}

/// A dateline found at the start of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Found {
    pub dateline: Dateline,
    /// Where the paragraph's text goes on after the dateline (its first sentence).
    pub body_start: usize,
    /// Something odd about the dateline that the reader read around.
    pub warning: Option<String>,
}

/// Datelines are short; nothing past this many bytes is looked at, which also keeps
/// the reader linear on a paragraph that is one huge line.
const MAX_DATELINE: usize = 160;
const MAX_PLACE_WORDS: usize = 6;

/// Reads a dateline at the start of `text[span]`.
pub(super) fn parse(text: &str, span: Span) -> Option<Found> {
    let para = text.get(span.start..span.end)?;
    let head = prefix(para, MAX_DATELINE);
    if !has_dateline_end(head) {
        return None;
    }
    let mut p = Parser { s: head, i: 0 };

    // "****SANTO DOMINGO, March 4 - ": wire priority marks before the place.
    p.i = head.len() - head.trim_start_matches('*').len();
    let place = p.place()?;
    let mut region = None;
    let mut date = None;
    let mut date_odd = None;
    let mut agency = None;

    // TASS puts the region in slashes right after the place: "/Amur Region/,".
    let save = p.i;
    p.spaces();
    let slash_at = p.i;
    match p.slashed() {
        Some(_) if p.peek() == Some(',') => region = Some((slash_at + 1, p.i - 1)),
        _ => p.i = save,
    }

    // Comma-separated items: region, date, "Reuter".
    for _ in 0..4 {
        let save = p.i;
        let had_comma = p.commas();
        p.spaces();
        if date.is_none() {
            // "CHEVY CHASE, Md., - March 4 - ": a stray separator before the date,
            // taken only when another separator follows the date.
            let before_sep = p.i;
            let stray = p.separator().is_some();
            if stray {
                p.spaces();
            }
            if let Some((d, odd)) = p.date() {
                let after_date = p.i;
                p.spaces();
                if !stray || p.separator().is_some() {
                    p.i = after_date;
                    date = Some(d);
                    date_odd = odd;
                    continue;
                }
            }
            if stray {
                p.i = before_sep;
            }
        }
        if had_comma && agency.is_none() {
            let word_end = p.word_end();
            let word = &p.s[p.i..word_end];
            if word.eq_ignore_ascii_case("reuter") || word.eq_ignore_ascii_case("reuters") {
                agency = Some(word);
                p.i = word_end;
                continue;
            }
        }
        if date.is_none() && had_comma {
            let region_start = p.i;
            if p.region().is_some() {
                // "NEW YORK, Louisville, KY, March 11": later regions widen the first.
                let (first_start, _) = region.unwrap_or((region_start, p.i));
                region = Some((first_start, p.i));
                continue;
            }
        }
        p.i = save;
        break;
    }
    // "September 13." / "March 4, -"
    p.dots_and_commas();

    // Agency in slashes or brackets: "/TASS/.", "(Reuters)".
    let save = p.i;
    p.spaces();
    let mut slashed_agency = false;
    if agency.is_none() {
        if let Some(a) = p.slashed() {
            agency = Some(a);
            slashed_agency = true;
            if p.peek() == Some('.') {
                p.i += 1;
            }
        } else if let Some(a) = p.bracketed() {
            agency = Some(a);
        } else {
            p.i = save;
        }
    }
    let before_sep = p.i;
    p.spaces();
    let separated = p.separator().is_some();
    if !separated {
        p.i = before_sep;
        // Only an agency in slashes ends a dateline without a dash, and then text
        // must follow after a space ("/TASS/. Russian …") or nothing at all. A
        // bracket needs the dash: "DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES" is a
        // headline.
        let ends_cleanly = p.i == para.len() || p.s[p.i..].starts_with(char::is_whitespace);
        if !slashed_agency || !ends_cleanly {
            return None;
        }
    }
    let end = p.i;

    let body_start = end + (para[end..].len() - para[end..].trim_start().len());
    // A lower-case place ("peoria, april 7 - barrow and gilt prices …", as in
    // all-lower-case agricultural copy) needs a good date, in lower case too.
    let place_capitalised = place.chars().next().is_some_and(char::is_uppercase);
    let date_lower = date.is_some_and(|d| !d.chars().any(char::is_uppercase));
    if !place_capitalised && (!date_lower || date_odd.is_some()) {
        return None;
    }
    if date.is_none() && agency.is_none() {
        // A bare "PLACE - " is a dateline only in capitals and before a sentence.
        let all_caps = !place.chars().any(char::is_lowercase);
        let sentence_follows = para[body_start..]
            .trim_start_matches(['"', '“', '<', '\''])
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !all_caps || !sentence_follows || !separated {
            return None;
        }
    }
    let warning = date_odd.map(|why| {
        format!(
            "dateline {:?}: {why}; read it as written",
            date.unwrap_or_default()
        )
    });
    Some(Found {
        dateline: Dateline {
            span: Span::new(span.start, span.start + end),
            place: place.to_owned(),
            region: region.map(|(a, b)| head[a..b].to_owned()),
            date: date.map(str::to_owned),
            agency: agency.map(str::to_owned),
        },
        body_start: span.start + body_start,
        warning,
    })
}

/// True when `head` holds something a dateline can end with: a dash separator that
/// stands alone (its run of '-' ends at whitespace or at the end of `head`, as
/// `Parser::separator` wants; "year-earlier" has none), "—" or "–", or the slash of
/// an agency ("/TASS/."). Most paragraphs have none and are no dateline, which this
/// finds in one quick scan before any word is read.
fn has_dateline_end(head: &str) -> bool {
    let b = head.as_bytes();
    // 0xE2 leads the UTF-8 of "—" and "–" (and of other punctuation, hence the check).
    memchr::memchr3_iter(b'-', b'/', 0xE2, b).any(|i| match b[i] {
        b'/' => true,
        // The last '-' of a run decides; `i + 1` is a boundary after the ASCII '-'.
        b'-' => match b.get(i + 1) {
            None => true,
            Some(b'-') => false,
            Some(_) => head[i + 1..].starts_with(char::is_whitespace),
        },
        _ => b[i..].starts_with("—".as_bytes()) || b[i..].starts_with("–".as_bytes()),
    })
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A cursor over the head of the paragraph. `i` is always on a character boundary:
/// it moves over ASCII bytes or whole words.
struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn spaces(&mut self) -> usize {
        let rest = self.rest();
        let n = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
        self.i += n;
        n
    }

    fn commas(&mut self) -> bool {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([',', ' ', '.']);
        let had = rest[..rest.len() - trimmed.len()].contains(',');
        if had {
            self.i += rest.len() - trimmed.len();
        }
        had
    }

    fn dots_and_commas(&mut self) {
        let rest = self.rest();
        self.i += rest.len() - rest.trim_start_matches(['.', ',']).len();
    }

    /// End of the word at the cursor: up to whitespace or , / ( ).
    fn word_end(&self) -> usize {
        word_end_at(self.s, self.i)
    }

    /// The next word after the cursor's spaces, without moving.
    fn peek_word(&self, from: usize) -> &'a str {
        let rest = &self.s[from..];
        let start = from + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        &self.s[start..word_end_at(self.s, start)]
    }

    /// A dash separator, " - " style: "-", "--", "---", "—", "–".
    fn separator(&mut self) -> Option<()> {
        let rest = self.rest();
        let n = if rest.starts_with(['—', '–']) {
            3
        } else {
            let dashes = rest.bytes().take_while(|&c| c == b'-').count();
            if dashes == 0 || dashes > 3 {
                return None;
            }
            // A hyphen must stand alone: "WINSTON-SALEM" is one place.
            if !rest[dashes..].is_empty() && !rest[dashes..].starts_with(char::is_whitespace) {
                return None;
            }
            dashes
        };
        self.i += n;
        Some(())
    }

    /// The place: words up to a comma, a slash, a bracket, a dash or a date.
    fn place(&mut self) -> Option<&'a str> {
        let start = self.i;
        let mut end = start;
        let mut n_words = 0;
        loop {
            let mut word_end = self.word_end();
            // "DALLAS/FORT WORTH": a slash between letters joins two places.
            while self.s[word_end..].starts_with('/')
                && self.s[..word_end].ends_with(char::is_alphabetic)
                && self.s[word_end + 1..].starts_with(char::is_alphabetic)
            {
                let next = Parser {
                    s: self.s,
                    i: word_end + 1,
                };
                word_end = next.word_end();
            }
            let word = &self.s[self.i..word_end];
            if word.is_empty() || is_dash(word) {
                break;
            }
            if n_words > 0 && self.date_starts_here() {
                break; // "JOHANNESBURG March 13 -"
            }
            if word.chars().any(|c| c.is_ascii_digit()) || !word.chars().any(char::is_alphabetic) {
                return None;
            }
            n_words += 1;
            if n_words > MAX_PLACE_WORDS {
                return None;
            }
            self.i = word_end;
            end = word_end;
            let save = self.i;
            if self.spaces() == 0 {
                break; // at a comma, slash or bracket
            }
            if matches!(self.peek(), Some('/' | '(') | None) {
                self.i = save;
                break;
            }
        }
        let place = &self.s[start..end];
        let first = place.chars().next()?;
        first.is_alphabetic().then_some(place)
    }

    /// A region: up to three capitalised words of letters and dots ("N.Y.", "El Paso",
    /// "the Netherlands").
    fn region(&mut self) -> Option<&'a str> {
        let start = self.i;
        let mut end = start;
        for _ in 0..3 {
            if end > start && self.date_starts_here() {
                break;
            }
            let word_end = self.word_end();
            let word = &self.s[self.i..word_end];
            let article = end == start && word == "the";
            let ok = (article || word.chars().next().is_some_and(char::is_uppercase))
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''));
            if !ok {
                break;
            }
            self.i = word_end;
            end = word_end;
            let save = self.i;
            if self.spaces() == 0 || !self.peek().is_some_and(char::is_alphabetic) {
                self.i = save;
                break;
            }
        }
        self.i = end;
        if end == start || end - start > 30 {
            self.i = start;
            return None;
        }
        Some(&self.s[start..end])
    }

    /// "/Amur Region/" or "/TASS/": a short name in slashes.
    fn slashed(&mut self) -> Option<&'a str> {
        self.delimited('/', '/')
    }

    /// "(Reuters)", "(AP)".
    fn bracketed(&mut self) -> Option<&'a str> {
        self.delimited('(', ')')
    }

    fn delimited(&mut self, open: char, close: char) -> Option<&'a str> {
        let rest = self.rest().strip_prefix(open)?;
        let len = rest.find(close)?;
        let name = &rest[..len];
        let ok = (1..=40).contains(&len)
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name
                .chars()
                .any(|c| c.is_ascii_digit() || c == '\n' || c == '\r');
        if !ok {
            return None;
        }
        self.i += open.len_utf8() + len + close.len_utf8();
        Some(name)
    }

    fn date_starts_here(&self) -> bool {
        let mut probe = Parser {
            s: self.s,
            i: self.i,
        };
        probe.date().is_some_and(|(_, odd)| odd.is_none())
    }

    /// A date at the cursor, as written, with what is odd about it. Moves past it.
    fn date(&mut self) -> Option<(&'a str, Option<&'static str>)> {
        let start = self.i;
        let w1_end = self.word_end();
        let w1 = &self.s[start..w1_end];
        let after1 = {
            let rest = &self.s[w1_end..];
            w1_end + (rest.len() - rest.trim_start_matches([' ', '\t']).len())
        };
        // A date opens with a day ("2 March"), a whole or cut-off month name
        // ("Sept.", "Apri"), or a short word before a number ("Narch 2"). This runs
        // for every word of a would-be place, so anything else leaves here.
        let number_next = after1 > w1_end
            && self
                .s
                .as_bytes()
                .get(after1)
                .is_some_and(u8::is_ascii_digit);
        let day_first = w1.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if !day_first && !number_next && !opens_like_month(w1) {
            return None;
        }
        let w2 = self.peek_word(w1_end);
        // "13." in "September 13. /TASS/.": the period closes the dateline, not the
        // day; "26-" in "MONTREAL, Feb 26- Shr": the dash does.
        let day_len = w2.bytes().take_while(u8::is_ascii_digit).count();
        let w2 = if day_len > 0
            && w2[day_len..]
                .chars()
                .all(|c| matches!(c, '.' | '-' | '—' | '–'))
        {
            &w2[..day_len]
        } else {
            w2
        };
        let w2_end = after1 + w2.len();
        let w2 = if after1 > w1_end { w2 } else { "" };
        let finish = |p: &mut Parser<'a>, end: usize, odd| {
            p.i = end;
            // ", 2023" or " 2023"
            let rest = &p.s[end..];
            let trimmed = rest.trim_start_matches([',', ' ', '.']);
            let year_len = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            if year_len == 4 && !trimmed[4..].starts_with(|c: char| c.is_alphanumeric()) {
                p.i = end + (rest.len() - trimmed.len()) + 4;
            }
            Some((&p.s[start..p.i], odd))
        };
        let day = |w: &str| {
            let w = w.trim_end_matches('.');
            (1..=2).contains(&w.len())
                && w.bytes().all(|c| c.is_ascii_digit())
                && (1..=31).contains(&w.parse::<u32>().unwrap_or(0))
        };
        let digits =
            |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit());
        if is_month(w1) {
            if day(w2) {
                return finish(self, w2_end, None);
            }
            if !w2.is_empty() && w2.len() <= 3 && w2.chars().all(char::is_alphanumeric) {
                return finish(self, w2_end, Some("the day is not a number from 1 to 31"));
            }
            let next = self.s[w1_end..].trim_start().chars().next();
            if matches!(next, None | Some('-' | '—' | '–' | ',' | '(' | '/')) {
                return finish(self, w1_end, Some("no day of the month"));
            }
            return None;
        }
        if day(w1) && is_month(w2) {
            return finish(self, w2_end, None);
        }
        let letters =
            |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphabetic());
        if letters(w1) && digits(w2) && is_separator_next(&self.s[w2_end..]) {
            return finish(self, w2_end, Some("the month is not a month name"));
        }
        if is_month_prefix(w1)
            && w2.len() <= 3
            && !w2.is_empty()
            && is_separator_next(&self.s[w2_end..])
        {
            return finish(self, w2_end, Some("the month is misspelt"));
        }
        None
    }
}

/// End of the word at `from` (a character boundary): up to whitespace or , / ( ).
/// Read a byte at a time, decoding only the rare non-ASCII character.
fn word_end_at(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut k = from;
    while let Some(&c) = b.get(k) {
        if c.is_ascii() {
            if char::from(c).is_whitespace() || matches!(c, b',' | b'/' | b'(' | b')') {
                return k;
            }
            k += 1;
        } else {
            // `k` stays on a character boundary: it moves by whole characters.
            let Some(ch) = s.get(k..).and_then(|rest| rest.chars().next()) else {
                return s.len();
            };
            if ch.is_whitespace() {
                return k;
            }
            k += ch.len_utf8();
        }
    }
    s.len()
}

fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "---" | "—" | "–")
}

/// True when what follows is a dateline separator or agency (after spaces).
fn is_separator_next(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', ',', '.']);
    rest.starts_with(['-', '—', '–', '(', '/']) || rest.starts_with("Reuter")
}

/// A month name or its usual abbreviation, any case, with or without a period:
/// "September", "Sept.", "Feb", "FEb", "MARCH".
fn is_month(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    if !(3..=9).contains(&w.len()) || !w.is_ascii() {
        return false;
    }
    // Lower-cased on the stack: this runs for every word of a would-be place.
    let mut buf = [0u8; 9];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| month_of(l).is_some())
}

/// A month name, whole or cut off after at least three letters, any case, with or
/// without a period: what `is_month` and `is_month_prefix` can accept.
fn opens_like_month(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word).as_bytes();
    w.len() >= 3
        && MONTH_NAMES
            .iter()
            .any(|m| m.len() >= w.len() && m.as_bytes()[..w.len()].eq_ignore_ascii_case(w))
}

/// "Apri", "Septem": a cut-off month name (at least three letters), as wire typos have.
fn is_month_prefix(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    w.len() >= 3
        && w.is_ascii()
        && MONTH_NAMES
            .iter()
            .any(|m| m.len() > w.len() && m[..w.len()].eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses a dateline at the start of `text`, shown as
    /// `"dateline text" place=… region=… date=… agency=… | body start [! warning]`.
    fn check(text: &str, expected: &str) {
        let got = match parse(text, Span::new(0, text.len())) {
            None => "none".to_owned(),
            Some(f) => {
                let d = &f.dateline;
                let mut out = format!("{:?} place={}", d.span.of(text), d.place);
                for (key, value) in [
                    ("region", &d.region),
                    ("date", &d.date),
                    ("agency", &d.agency),
                ] {
                    if let Some(v) = value {
                        out += &format!(" {key}={v}");
                    }
                }
                let body: String = text[f.body_start..].chars().take(12).collect();
                out += &format!(" | {body}");
                if let Some(w) = f.warning {
                    out += &format!(" ! {w}");
                }
                out
            }
        };
        assert_eq!(got, expected, "dateline of {text:?}");
    }

    #[test]
    fn wire_styles() {
        check(
            "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. Russian President Vladimir Putin",
            "\"VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/.\" place=VOSTOCHNY SPACEPORT region=Amur Region date=September 13 agency=TASS | Russian Pres",
        );
        check(
            "MOSCOW, September 13. /TASS/. The Kremlin said",
            "\"MOSCOW, September 13. /TASS/.\" place=MOSCOW date=September 13 agency=TASS | The Kremlin ",
        );
        check(
            "SALVADOR, Feb 26 - Showers continued",
            "\"SALVADOR, Feb 26 -\" place=SALVADOR date=Feb 26 | Showers cont",
        );
        check(
            "LONDON, Sept 13 (Reuters) - Britain's economy",
            "\"LONDON, Sept 13 (Reuters) -\" place=LONDON date=Sept 13 agency=Reuters | Britain's ec",
        );
        check(
            "WASHINGTON (AP) — The Senate voted",
            "\"WASHINGTON (AP) —\" place=WASHINGTON agency=AP | The Senate v",
        );
        check(
            "NEW YORK, Sept. 13, 2023 /PRNewswire/ -- Acme Corp said",
            "\"NEW YORK, Sept. 13, 2023 /PRNewswire/ --\" place=NEW YORK date=Sept. 13, 2023 agency=PRNewswire | Acme Corp sa",
        );
        check(
            "BEIRUT - Rescue workers",
            "\"BEIRUT -\" place=BEIRUT | Rescue worke",
        );
    }

    #[test]
    fn reuters_1987_variants() {
        check(
            "OMAHA, Neb., Feb 26 - <America First>",
            "\"OMAHA, Neb., Feb 26 -\" place=OMAHA region=Neb. date=Feb 26 | <America Fir",
        );
        check(
            "JOHANNESBURG March 13 - Shr 516 cts",
            "\"JOHANNESBURG March 13 -\" place=JOHANNESBURG date=March 13 | Shr 516 cts",
        );
        check(
            "AMSTERDAM, 2 March - The Dutch",
            "\"AMSTERDAM, 2 March -\" place=AMSTERDAM date=2 March | The Dutch",
        );
        check(
            "RICHMOND, Va. Feb 26 - Qtly div",
            "\"RICHMOND, Va. Feb 26 -\" place=RICHMOND region=Va. date=Feb 26 | Qtly div",
        );
        check(
            "OKLAHOMA CITY, Okla. March 11, Reuter - State Banking",
            "\"OKLAHOMA CITY, Okla. March 11, Reuter -\" place=OKLAHOMA CITY region=Okla. date=March 11 agency=Reuter | State Bankin",
        );
        check(
            "CHEVY CHASE, Md., - March 4 - Geico Corp",
            "\"CHEVY CHASE, Md., - March 4 -\" place=CHEVY CHASE region=Md. date=March 4 | Geico Corp",
        );
        check(
            "Caracas, march 26 - venezuela is",
            "\"Caracas, march 26 -\" place=Caracas date=march 26 | venezuela is",
        );
        check(
            "WOODBRIDGE, N.J. - Supermarkets General",
            "\"WOODBRIDGE, N.J. -\" place=WOODBRIDGE region=N.J. | Supermarkets",
        );
        check(
            "MONTREAL, Feb 26- Shr 1.11 dlrs",
            "\"MONTREAL, Feb 26-\" place=MONTREAL date=Feb 26 | Shr 1.11 dlr",
        );
        check(
            "****SANTO DOMINGO, March 4 - The Dominican",
            "\"****SANTO DOMINGO, March 4 -\" place=SANTO DOMINGO date=March 4 | The Dominica",
        );
        check(
            "DALLAS/FORT WORTH, Texas, March 3 - AMR Corp",
            "\"DALLAS/FORT WORTH, Texas, March 3 -\" place=DALLAS/FORT WORTH region=Texas date=March 3 | AMR Corp",
        );
        check(
            "NEW YORK, Louisville, KY, March 11 - ICH Corp's",
            "\"NEW YORK, Louisville, KY, March 11 -\" place=NEW YORK region=Louisville, KY date=March 11 | ICH Corp's",
        );
        check(
            "GRONINGEN, the Netherlands, March 31 - European",
            "\"GRONINGEN, the Netherlands, March 31 -\" place=GRONINGEN region=the Netherlands date=March 31 | European",
        );
        check(
            "sioux falls, april 7 - slaughter cattle rose",
            "\"sioux falls, april 7 -\" place=sioux falls date=april 7 | slaughter ca",
        );
        check(
            "NEW YORK, March 9 -- Oil traders",
            "\"NEW YORK, March 9 --\" place=NEW YORK date=March 9 | Oil traders",
        );
    }

    #[test]
    fn odd_dates_warn() {
        check(
            "NEW YORK, Narch 2 - Qtr ended",
            "\"NEW YORK, Narch 2 -\" place=NEW YORK date=Narch 2 | Qtr ended ! dateline \"Narch 2\": the month is not a month name; read it as written",
        );
        check(
            "BELGRADE, March 2O - The government",
            "\"BELGRADE, March 2O -\" place=BELGRADE date=March 2O | The governme ! dateline \"March 2O\": the day is not a number from 1 to 31; read it as written",
        );
        check(
            "CHICAGO, April - U.S. Labor",
            "\"CHICAGO, April -\" place=CHICAGO date=April | U.S. Labor ! dateline \"April\": no day of the month; read it as written",
        );
    }

    #[test]
    fn not_datelines() {
        check("DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES", "none");
        check("Federal Express Corp - New York", "none");
        check("Net 44,092,000 vs 35,145,000", "none");
        check("he said, April 7 - was late", "none");
        check(
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.",
            "none",
        );
        check("COPPER GRADE A - 2650 tonnes", "none");
        check("Kim Jong Un, 39, said he was pleased.", "none");
        check("APRIL 7 - 1000 hrs cdt", "none");
        check("us 7.8015 - 7.8035 uk 12.622", "none");
        check("", "none");
        check("/TASS/", "none");
        check("WINSTON-SALEM", "none");
    }
}
