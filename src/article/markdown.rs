//! The Markdown reader (CommonMark, through pulldown-cmark's offset iterator).
//!
//! pulldown-cmark gives every event its byte range in the source, so the reader copies
//! each run of text into the reading text with the file offset it came from (see
//! `decoded`): emphasis marks, link targets and escapes drop out, spans still point at
//! the file. The outline is then built as for HTML (see `outline`).
//!
//! # Grammar
//!
//! - Optional TOML front matter between `+++` lines at the top of the file, with
//!   `published` (a TOML date or an RFC 3339 string: `published = 2023-09-13`), `zone`
//!   (`zone = "Europe/Moscow"`), `source` and `url`; other keys are kept out of the way.
//! - `# Putin, Kim Jong Un wrap up …`: the headline (the first level-1 heading).
//! - `## Summit agenda` (any level below 1): a section heading.
//! - Paragraphs and list items are paragraphs; a soft line break inside one is a space,
//!   a hard break (two spaces or `\` at the line end) a line break.
//! - Inline markup keeps its words: `**more than five hours**`, `[Kim](https://…)`,
//!   `` `code` ``, `&rsquo;`. Raw HTML is dropped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::Meta;
use super::outline::{BlockKind, Read, parse_published};
use crate::span::Span;

pub(super) fn read(file: &str) -> Read {
    let mut read = Read::default();
    let body_start = front_matter(file, &mut read);
    let Some(body) = file.get(body_start..) else {
        return read;
    };
    let mut open: Option<(BlockKind, usize)> = None;
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        let span = Span::new(range.start + body_start, range.end + body_start);
        match event {
            Event::Start(tag @ (Tag::Heading { .. } | Tag::Paragraph | Tag::Item)) => {
                let kind = match tag {
                    Tag::Heading {
                        level: HeadingLevel::H1,
                        ..
                    } => BlockKind::Title,
                    Tag::Heading { .. } => BlockKind::Heading,
                    _ => BlockKind::Paragraph,
                };
                // A block opening inside another (a paragraph in a loose list item)
                // ends it; an empty one is simply not recorded.
                if let Some((open_kind, start)) = open.take() {
                    read.close_block(open_kind, start);
                }
                read.decoded.separate(span.start);
                open = Some((kind, read.decoded.text.len()));
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item) => {
                if let Some((kind, start)) = open.take() {
                    read.close_block(kind, start);
                }
            }
            Event::Text(t) | Event::Code(t) if open.is_some() => {
                let source = file.get(span.start..span.end).unwrap_or_default();
                match source.find(&*t) {
                    Some(pos) => read.decoded.verbatim(&t, span.start + pos),
                    None => read.decoded.replaced(&t, span),
                }
            }
            Event::SoftBreak if open.is_some() => read.decoded.space(span),
            Event::HardBreak if open.is_some() => {
                read.decoded.trim_end();
                read.decoded.replaced("\n", span);
            }
            _ => {}
        }
    }
    if let Some((kind, start)) = open {
        read.close_block(kind, start);
    }
    read
}

/// Reads `+++` TOML front matter at the top of `file` into `read.meta`; returns where
/// the Markdown starts (0 without front matter).
fn front_matter(file: &str, read: &mut Read) -> usize {
    let bom = if file.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = file[bom..].split_inclusive('\n');
    let mut offset = bom;
    match lines.next() {
        Some(line) if line.trim_end() == "+++" => offset += line.len(),
        _ => return 0,
    }
    let inner_start = offset;
    for line in lines {
        if line.trim_end() == "+++" {
            let inner = &file[inner_start..offset];
            match toml::from_str::<toml::Table>(inner) {
                Ok(table) => read.meta = meta(&table, &mut read.warnings),
                Err(err) => read
                    .warnings
                    .push(format!("front matter is not valid TOML: {}", err.message())),
            }
            return offset + line.len();
        }
        offset += line.len();
    }
    read.warnings
        .push("front matter opened with +++ is never closed; read as text".to_owned());
    0
}

fn meta(table: &toml::Table, warnings: &mut Vec<String>) -> Meta {
    let string = |key: &str| table.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let published = match table.get("published") {
        None => None,
        Some(toml::Value::Datetime(dt)) => dt
            .date
            .and_then(|d| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok()),
        Some(toml::Value::String(s)) => parse_published(s),
        Some(_) => None,
    };
    if table.contains_key("published") && published.is_none() {
        warnings.push("front matter `published` is not a date; ignored".to_owned());
    }
    Meta {
        published,
        zone: string("zone"),
        source: string("source"),
        url: string("url"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Article, Format};

    /// Reads Markdown and shows its outline: `H`, `S`, `D place/date`, `# heading`,
    /// `P sentence | sentence`, `M published zone`, `! warning`; each block with the
    /// file `line:column` where it starts.
    fn check(file: &str, expected: &str) {
        let article = Article::from_text(file, Format::Markdown);
        assert_eq!(super::super::tests::outline(&article), expected.trim());
    }

    #[test]
    fn front_matter_headline_sections() {
        check(
            "+++\npublished = 2023-09-13\nzone = \"Europe/Moscow\"\n+++\n\n# Putin and *Kim* meet\n\nThe leaders met at a spaceport\n\nVOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. They met.\nTalks lasted **five** hours.\n\n## Summit agenda\n\n- They talked about [rockets](https://example.com).\n",
            "
M 2023-09-13 Europe/Moscow
H 6:3 Putin and Kim meet
S 8:1 The leaders met at a spaceport
D VOSTOCHNY SPACEPORT/September 13
P 10:1 They met. | Talks lasted five hours.
# 13:4 Summit agenda
P 15:3 They talked about rockets.",
        );
    }

    #[test]
    fn entities_and_escapes_map_back() {
        let file = "# Head\n\nPutin&rsquo;s \\*talks\\* at AT&amp;T.\n";
        let article = Article::from_text(file, Format::Markdown);
        let p = &article.sections[0].paragraphs[0];
        assert_eq!(p.span.of(&article.text), "Putin’s *talks* at AT&T.");
        let file_span = article.file_span(p.span);
        assert_eq!(file_span.of(file), "Putin&rsquo;s \\*talks\\* at AT&amp;T.");
    }

    #[test]
    fn odd_front_matter() {
        check(
            "+++\npublished = \"soon\"\n+++\nText.",
            "P 4:1 Text.\n! front matter `published` is not a date; ignored",
        );
        check(
            "+++\nnot toml\n+++\nText.",
            "P 4:1 Text.\n! front matter is not valid TOML: key with no value, expected `=`",
        );
        check(
            "+++\nText.",
            "P 1:1 +++ Text.\n! front matter opened with +++ is never closed; read as text",
        );
        check("", "");
    }
}
