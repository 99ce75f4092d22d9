//! The plain-text reader: wire copy (TASS, Reuters, AP) and the BBC corpus style.
//!
//! Plain text has no markup, so structure comes from lines. The reader splits the
//! text into lines ("\n", "\r\n" or a lone "\r"), drops blank ones, and classifies
//! the rest in one pass; every span points into the original text, so CRLF files
//! report the same `line:column` an editor shows.
//!
//! Speed: lines are found with `memchr` (an empty line, as between paragraphs, without
//! a search), and each of the first three lines is parsed for a dateline at most once.
//! Sentences are not split here: a paragraph keeps where its sentences lie and splits
//! them on the first `Article::sentences` call (see `sentences`).
//!
//! # Grammar
//!
//! - The first line is the headline: "Putin, Kim Jong Un wrap up more than five hours
//!   of talks at Russian spaceport". (A first line that opens with a dated or
//!   agency dateline and ends with closing punctuation is body text: the article has
//!   no headline.)
//! - The second line is a standfirst when the line after it opens with a dateline:
//!   "The Russian head of state told reporters that … develop its space industry".
//!   Without a dateline nothing tells a standfirst from a first paragraph (BBC
//!   paragraphs lack their full stop as often as standfirsts do), so the line is a
//!   paragraph.
//! - The first body line may open with a dateline (see `dateline`):
//!   "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. Russian President …";
//!   its sentences start after the dateline.
//! - A short line (at most 8 words and 60 characters) that opens with a capital, has
//!   no digits and no closing punctuation (. ! ? … : ; , or a dash) and stands
//!   between two prose paragraphs (each ending with . ! ? or …, the next one opening
//!   with no lower-case letter) is a section heading: "Summit agenda". So runs of
//!   short lines (earnings tables such as "Shr 39 cts vs 26 cts", "Pay May One"), a
//!   value after "Playing colours:", a paragraph broken before a lower-case line, a
//!   short first body line and a short last line are paragraphs.
//! - A last line that is only a wire sign-off ("Reuter", "REUTER", "-30-", "###") is
//!   dropped: it closes the copy and says nothing.
//! - Every other line is a paragraph, its span without leading and trailing
//!   whitespace; blank lines only separate.
//!
//! [`read_body`] (`--plain`) reads body text only: no headline, dateline or headings;
//! paragraphs are separated by blank lines, and the line breaks inside one are left
//! to the sentence splitter (a line list or hard-wrapped prose).

use super::{Article, Heading, Paragraph, Section, dateline};
use crate::span::Span;

/// Headings are short; longer lines without closing punctuation are standfirsts or
/// paragraphs that lost their full stop.
const MAX_HEADING_WORDS: usize = 8;
const MAX_HEADING_CHARS: usize = 60;

pub(super) fn read(article: &mut Article) {
    let Article {
        text,
        headline,
        standfirst,
        dateline: article_dateline,
        sections,
        warnings,
        ..
    } = article;
    let text = text.as_str();
    let mut lines = content_lines(text);
    while lines.len() > 1 && lines.last().is_some_and(|l| is_sign_off(l.of(text))) {
        lines.pop();
    }
    // Only the first three lines can open with a dateline that matters (headline,
    // standfirst, first body line); each is parsed at most once.
    let mut datelines = Datelines::default();

    let mut idx = 0;
    if let Some(&first) = lines.first() {
        // Only a punctuated line that opens with a dateline with a date or an agency
        // is body text: capitals headlines such as "ECONOMIC SPOTLIGHT - BANKAMERICA"
        // and "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER" look like datelines.
        let body_first = ends_with_closing_punctuation(first.of(text))
            && datelines
                .at(text, &lines, 0)
                .is_some_and(|f| f.dateline.date.is_some() || f.dateline.agency.is_some());
        if !body_first {
            *headline = Some(Paragraph::new(first));
            idx = 1;
        }
    }
    if idx == 1
        && let Some(&second) = lines.get(1)
        && datelines.at(text, &lines, 1).is_none()
        && datelines.at(text, &lines, 2).is_some()
    {
        *standfirst = Some(Paragraph::new(second));
        idx = 2;
    }

    let body = &lines[idx.min(lines.len())..];
    // Most articles have one section: room for every line spares the regrowth.
    let mut section = Section {
        heading: None,
        paragraphs: Vec::with_capacity(body.len()),
    };
    for (k, &line) in body.iter().enumerate() {
        if k == 0
            && let Some(found) = datelines.take(text, &lines, idx)
        {
            let rest = Span::new(found.body_start, line.end);
            section.paragraphs.push(Paragraph::with_body(line, rest));
            warnings.extend(found.warning);
            *article_dateline = Some(found.dateline);
            continue;
        }
        // A heading stands between two prose paragraphs: short lines in runs are
        // tables, a short line after "Playing colours:" is a value, and one before
        // a lower-case line is a paragraph broken in two. The line's own test comes
        // first: most lines end with a full stop and fail it at once.
        let is_heading = is_heading_like(line.of(text))
            && k > 0
            && ends_sentence(body[k - 1].of(text))
            && body.get(k + 1).is_some_and(|l| {
                let next = l.of(text);
                ends_sentence(next) && !next.starts_with(char::is_lowercase)
            });
        if is_heading {
            sections.push(std::mem::replace(
                &mut section,
                Section {
                    heading: Some(Heading { span: line }),
                    paragraphs: Vec::new(),
                },
            ));
            continue;
        }
        section.paragraphs.push(Paragraph::new(line));
    }
    if section.heading.is_some() || !section.paragraphs.is_empty() || sections.is_empty() {
        sections.push(section);
    }
    // The first section is the one before any heading; drop it when empty.
    if sections.len() > 1 && sections[0].heading.is_none() && sections[0].paragraphs.is_empty() {
        sections.remove(0);
    }
}

/// The datelines of the first three content lines, each parsed on first use.
#[derive(Default)]
struct Datelines {
    parsed: [Option<Option<dateline::Found>>; 3],
}

impl Datelines {
    /// The dateline opening line `idx` (0, 1 or 2; later lines have none here).
    fn at(&mut self, text: &str, lines: &[Span], idx: usize) -> Option<&dateline::Found> {
        let line = *lines.get(idx)?;
        self.parsed
            .get_mut(idx)?
            .get_or_insert_with(|| dateline::parse(text, line))
            .as_ref()
    }

    /// Like `at`, handing the dateline over (it is not asked for again).
    fn take(&mut self, text: &str, lines: &[Span], idx: usize) -> Option<dateline::Found> {
        self.at(text, lines, idx)?;
        self.parsed.get_mut(idx)?.take().flatten()
    }
}

pub(super) fn read_body(article: &mut Article) {
    let Article { text, sections, .. } = article;
    let text = text.as_str();
    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    for line in raw_lines(text) {
        let trimmed = trim(text, line);
        if trimmed.is_empty() {
            if let Some(span) = current.take() {
                paragraphs.push(Paragraph::new(span));
            }
            continue;
        }
        current = Some(match current {
            Some(span) => Span::new(span.start, trimmed.end),
            None => trimmed,
        });
    }
    if let Some(span) = current {
        paragraphs.push(Paragraph::new(span));
    }
    sections.push(Section {
        heading: None,
        paragraphs,
    });
}

/// Every line of `text` without its line break: "\n", "\r\n" or a lone "\r".
fn raw_lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let b = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= b.len() {
            return None;
        }
        // Paragraphs are mostly parted by a blank line: a break right at the start
        // is an empty line, seen without a search.
        let at = if matches!(b[start], b'\n' | b'\r') {
            Some(start)
        } else {
            memchr::memchr2(b'\n', b'\r', &b[start..]).map(|k| start + k)
        };
        let Some(i) = at else {
            let line = Span::new(start, b.len());
            start = b.len();
            return Some(line);
        };
        let line = Span::new(start, i);
        start = if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        Some(line)
    })
}

/// The non-blank lines, trimmed.
fn content_lines(text: &str) -> Vec<Span> {
    // Room for a line every 256 bytes (BBC copy has one every 430) spares most regrowth.
    let mut lines = Vec::with_capacity(text.len() / 256 + 4);
    // Half the lines of most copy are the empty ones between paragraphs: no trimming.
    for line in raw_lines(text).filter(|line| !line.is_empty()) {
        let line = trim(text, line);
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `span` without leading and trailing whitespace (and a byte-order mark).
fn trim(text: &str, span: Span) -> Span {
    let line = span.of(text);
    // Most lines open and close with a printable ASCII character: nothing to trim.
    let printable = |c: &u8| c.is_ascii_graphic();
    if line.as_bytes().first().is_some_and(printable)
        && line.as_bytes().last().is_some_and(printable)
    {
        return span;
    }
    let start_trimmed = line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let start = span.start + (line.len() - start_trimmed.len());
    let end = start + start_trimmed.trim_end().len();
    Span::new(start, end)
}

fn is_sign_off(line: &str) -> bool {
    ["reuter", "reuters", "-30-", "###", "(end)", "end"]
        .iter()
        .any(|s| line.eq_ignore_ascii_case(s))
}

const CLOSERS: [char; 7] = ['"', '\'', ')', ']', '”', '’', '»'];

/// Ends like a clause or a lead-in: ". ! ? … : ; ," or a dash, before closers.
fn ends_with_closing_punctuation(line: &str) -> bool {
    // Most lines end with a full stop, which no closer hides: told by the last byte.
    if matches!(
        line.as_bytes().last(),
        Some(b'.' | b'!' | b'?' | b':' | b';' | b',' | b'-')
    ) {
        return true;
    }
    let core = line.trim_end_matches(CLOSERS);
    core.ends_with(['.', '!', '?', '…', ':', ';', ',', '-', '—', '–'])
}

/// Ends like a sentence: ". ! ? …" before closers.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?', '…'])
}

fn is_short(line: &str) -> bool {
    // The byte length bounds the character count; test it first, as most lines are long.
    line.len() <= 4 * MAX_HEADING_CHARS
        && line.split_whitespace().count() <= MAX_HEADING_WORDS
        && line.chars().count() <= MAX_HEADING_CHARS
}

/// Short, opening with a capital, without closing punctuation or digits (a line
/// with figures is a table row: "Net 44,092,000 vs 35,145,000").
fn is_heading_like(line: &str) -> bool {
    line.starts_with(char::is_uppercase)
        && !ends_with_closing_punctuation(line)
        && is_short(line)
        && !line.bytes().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::{Article, Format};

    /// Reads `text` as wire copy and shows its outline, one block a line:
    /// `H headline`, `S standfirst`, `D place/region/date/agency`, `# heading`,
    /// `P sentence | sentence`, `! warning`.
    fn check(text: &str, expected: &str) {
        let article = Article::from_text(text, Format::Plain);
        let mut out = Vec::new();
        let sentences = |p: &super::Paragraph| {
            article
                .sentences(p)
                .iter()
                .map(|s| s.span.of(text))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        if let Some(h) = &article.headline {
            out.push(format!("H {}", sentences(h)));
        }
        if let Some(s) = &article.standfirst {
            out.push(format!("S {}", sentences(s)));
        }
        if let Some(d) = &article.dateline {
            out.push(format!(
                "D {}/{}/{}/{}",
                d.place,
                d.region.as_deref().unwrap_or("-"),
                d.date.as_deref().unwrap_or("-"),
                d.agency.as_deref().unwrap_or("-")
            ));
        }
        for section in &article.sections {
            if let Some(h) = &section.heading {
                out.push(format!("# {}", h.span.of(text)));
            }
            for p in &section.paragraphs {
                out.push(format!("P {}", sentences(p)));
            }
        }
        for w in &article.warnings {
            out.push(format!("! {w}"));
        }
        assert_eq!(out.join("\n"), expected.trim(), "outline of {text:?}");
    }

    #[test]
    fn tass() {
        check(
            "Putin and Kim meet\nThe leaders met at a spaceport in the Far East\nVOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. They met. Talks lasted hours.\nSummit agenda\nThey talked.\n",
            "
H Putin and Kim meet
S The leaders met at a spaceport in the Far East
D VOSTOCHNY SPACEPORT/Amur Region/September 13/TASS
P They met. | Talks lasted hours.
# Summit agenda
P They talked.",
        );
    }

    #[test]
    fn reuters_1987() {
        check(
            "BRISTOL-MYERS CO <BMY> SETS QUARTERLY\n\nNEW YORK, March 3 - Qtly div 70 cts vs 70 cts prior\n\nPay May One\n\nRecord April Three\n\nReuter\n",
            "
H BRISTOL-MYERS CO <BMY> SETS QUARTERLY
D NEW YORK/-/March 3/-
P Qtly div 70 cts vs 70 cts prior
P Pay May One
P Record April Three",
        );
    }

    #[test]
    fn ap_and_modern_reuters() {
        check(
            "Senate passes bill\nWASHINGTON (AP) — The Senate voted 51-49 on Tuesday.\n",
            "
H Senate passes bill
D WASHINGTON/-/-/AP
P The Senate voted 51-49 on Tuesday.",
        );
        check(
            "UK economy grows\r\n\r\nLONDON, Sept 13 (Reuters) - Britain's economy grew 0.2% in July.\r\n  Economists had expected more.  \r\n",
            "
H UK economy grows
D LONDON/-/Sept 13/Reuters
P Britain's economy grew 0.2% in July.
P Economists had expected more.",
        );
    }

    #[test]
    fn bbc() {
        check(
            "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December.\n\nThe firm benefited from sales. It lost 464,000 subscribers.\n",
            "
H Ad sales boost Time Warner profit
P Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December.
P The firm benefited from sales. | It lost 464,000 subscribers.",
        );
    }

    #[test]
    fn odd_input() {
        check("", "");
        check("\r", "");
        check("   \n\t\n", "");
        check(
            "\u{feff}Headline\rBody text here.\r",
            "H Headline\nP Body text here.",
        );
        check("\0", "H \0");
        check(
            "Head\nNEW YORK, Narch 2 - Qtr ended Jan 31.",
            "H Head\nD NEW YORK/-/Narch 2/-\nP Qtr ended Jan 31.\n! dateline \"Narch 2\": the month is not a month name; read it as written",
        );
    }

    #[test]
    fn body_format() {
        let text = "features\ncontact manager\n\nIt was a cold \nnight in the city.\n";
        let article = Article::from_text(text, Format::Body);
        let got: Vec<Vec<&str>> = article.sections[0]
            .paragraphs
            .iter()
            .map(|p| {
                article
                    .sentences(p)
                    .iter()
                    .map(|s| s.span.of(text))
                    .collect()
            })
            .collect();
        assert_eq!(
            got,
            vec![
                vec!["features", "contact manager"],
                vec!["It was a cold \nnight in the city."]
            ]
        );
    }
}
