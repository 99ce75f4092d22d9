//! The article model: headline, standfirst, dateline, sections, paragraphs and
//! sentences, each with its byte span into [`Article::text`].
//!
//! # Map
//!
//! - `plain`: the wire-style plain-text reader (TASS, Reuters, AP, BBC).
//! - `markdown`: Markdown with optional TOML front matter (pulldown-cmark).
//! - `html`: HTML pages (a small tokenizer of our own that keeps byte offsets).
//! - `decoded`: the reading text of a marked-up file and the map back to the file.
//! - `outline`: headline, standfirst, dateline and sections from a marked-up file's blocks.
//! - `dateline`: "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/." and its kin.
//! - `sentences`: sentence boundaries inside a paragraph, with a no-break list for
//!   abbreviations ("a.m.", "U.S.", "Mr.") that UAX#29 gets wrong.
//!
//! # Spans and the file
//!
//! Every span indexes [`Article::text`]. For plain text that is the file itself. For
//! Markdown and HTML it is the *reading text*: the blocks with entities decoded, markup
//! dropped and whitespace runs folded, one blank line between blocks. An offset map
//! (see `decoded`) leads each offset back to the file, so [`Article::line_col`] and
//! [`Article::file_span`] always answer in terms of the original file, while `extract`
//! and `verdict` read `text` and spans as they do for plain text.
//!
//! # Invariant
//!
//! Reading an article never fails: an odd line becomes a paragraph, an odd dateline
//! a warning. Only I/O and encoding problems are errors, and they are the caller's.

mod dateline;
mod decoded;
mod html;
mod markdown;
mod outline;
mod plain;
mod sentences;

use serde::Serialize;

use crate::span::{LineCol, LineIndex, Span};

pub use dateline::Dateline;

/// How to read an article file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Wire-style plain text: headline, optional standfirst, dateline, headings, paragraphs.
    #[default]
    Plain,
    /// Body text only: no headline, dateline or headings; blank lines separate paragraphs.
    Body,
    /// Markdown (`.md`): `#` headline, `##` sections, paragraphs, optional `+++` front matter.
    Markdown,
    /// HTML (`.html`): `<h1>`, `<h2>`/`<h3>`, `<p>`, publication date from meta or `<time>`.
    Html,
}

impl Format {
    /// The format a file's extension names: `.md`/`.markdown` Markdown, `.html`/`.htm`
    /// HTML, anything else wire-style plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => Format::Plain,
        }
    }
}

/// What an article says about itself outside its text: Markdown front matter
/// (`published`, `zone`, `source`, `url`) or HTML meta (`article:published_time`,
/// `<time datetime>`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    /// The publication date, for the reference date of relative expressions.
    pub published: Option<jiff::civil::Date>,
    /// An IANA zone for times without one.
    pub zone: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// A parsed article. Spans index into `text` (see "Spans and the file" above).
#[derive(Clone, Debug)]
pub struct Article {
    /// The text every span indexes: the file for plain text, the reading text for
    /// Markdown and HTML.
    pub text: String,
    pub meta: Meta,
    pub headline: Option<Paragraph>,
    pub standfirst: Option<Paragraph>,
    pub dateline: Option<Dateline>,
    pub sections: Vec<Section>,
    /// Things the reader noticed but read around (an unparsable dateline date, say).
    pub warnings: Vec<String>,
    /// The file, when `text` is a reading text decoded from it.
    source: Option<Source>,
    /// Lines of the file, indexed on the first `line`/`line_col` call: extraction
    /// never asks, and indexing costs a pass over the file.
    line_index: std::sync::OnceLock<LineIndex>,
}

#[derive(Clone, Debug)]
struct Source {
    file: String,
    map: decoded::OffsetMap,
}

/// A run of paragraphs under one heading; the first section of an article has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: Option<Heading>,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub span: Span,
}

/// A paragraph; its sentences lie inside its span (after the dateline, in the first one).
///
/// The sentences are split on first use ([`Article::sentences`]): extraction reads whole
/// paragraphs and never asks, and splitting every paragraph of an article had cost it more
/// than a tenth of its time.
#[derive(Clone, Debug)]
pub struct Paragraph {
    pub span: Span,
    /// Where the sentences lie: `span`, less a dateline that opens it.
    body: Span,
    sentences: std::sync::OnceLock<Vec<Sentence>>,
}

impl Paragraph {
    /// A paragraph whose sentences fill it.
    pub(crate) fn new(span: Span) -> Paragraph {
        Paragraph::with_body(span, span)
    }

    /// A paragraph whose sentences lie in `body`, the part of `span` after its dateline.
    pub(crate) fn with_body(span: Span, body: Span) -> Paragraph {
        Paragraph {
            span,
            body,
            sentences: std::sync::OnceLock::new(),
        }
    }

    /// The sentences, split from `text` (the article's) on the first call.
    fn sentences<'p>(&'p self, text: &str) -> &'p [Sentence] {
        self.sentences
            .get_or_init(|| sentences::split(text, self.body))
    }
}

/// Two paragraphs are the same where they cover the same text: their sentences follow.
impl PartialEq for Paragraph {
    fn eq(&self, other: &Paragraph) -> bool {
        self.span == other.span && self.body == other.body
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
}

/// Where a block of text sits in the article, for `in = "…"` and for reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place<'a> {
    Headline,
    Standfirst,
    /// Body text, under the named section heading (None: before the first heading).
    Body {
        heading: Option<&'a str>,
    },
}

/// A paragraph-like block with where it sits: the unit extraction runs on.
#[derive(Clone, Copy, Debug)]
pub struct Block<'a> {
    pub place: Place<'a>,
    pub span: Span,
    paragraph: &'a Paragraph,
    text: &'a str,
}

impl<'a> Block<'a> {
    /// The block's sentences, split on the first call.
    pub fn sentences(&self) -> &'a [Sentence] {
        self.paragraph.sentences(self.text)
    }
}

impl Article {
    /// Reads an article from its text. Never fails; see [`Article::warnings`].
    pub fn from_text(text: &str, format: Format) -> Article {
        let mut article = Article {
            text: String::new(),
            meta: Meta::default(),
            headline: None,
            standfirst: None,
            dateline: None,
            sections: Vec::new(),
            warnings: Vec::new(),
            source: None,
            line_index: std::sync::OnceLock::new(),
        };
        match format {
            Format::Plain | Format::Body => {
                article.text = text.to_owned();
                if format == Format::Plain {
                    plain::read(&mut article);
                } else {
                    plain::read_body(&mut article);
                }
            }
            Format::Markdown | Format::Html => {
                let read = if format == Format::Markdown {
                    markdown::read(text)
                } else {
                    html::read(text)
                };
                article.text = read.decoded.text;
                article.meta = read.meta;
                article.warnings = read.warnings;
                article.source = Some(Source {
                    file: text.to_owned(),
                    map: read.decoded.map,
                });
                outline::assemble(&mut article, &read.blocks);
            }
        }
        article
    }

    /// The lines of the file, indexed once on first use.
    fn line_index(&self) -> &LineIndex {
        self.line_index
            .get_or_init(|| LineIndex::new(self.file_text()))
    }

    /// The 1-based line of the file where `offset` (into `text`) lies.
    pub fn line(&self, offset: usize) -> usize {
        match &self.source {
            None => self.line_index().line(offset),
            Some(source) => self.line_index().line(source.map.start(offset)),
        }
    }

    /// The file's `line:column` of the text offset `offset`.
    pub fn line_col(&self, offset: usize) -> LineCol {
        match &self.source {
            None => self.line_index().line_col(&self.text, offset),
            Some(source) => self
                .line_index()
                .line_col(&source.file, source.map.start(offset)),
        }
    }

    /// The byte span in the file of a span of `text` (the same span for plain text).
    pub fn file_span(&self, span: Span) -> Span {
        match &self.source {
            None => span,
            Some(source) => source.map.span(span),
        }
    }

    /// The file the article was read from.
    pub fn file_text(&self) -> &str {
        self.source.as_ref().map_or(&self.text, |s| &s.file)
    }

    pub fn heading_text(&self, heading: &Heading) -> &str {
        heading.span.of(&self.text)
    }

    /// Headline, standfirst, then every body paragraph in order.
    pub fn iter_blocks(&self) -> impl Iterator<Item = Block<'_>> + '_ {
        let head = self.headline.iter().map(|p| (Place::Headline, p));
        let stand = self.standfirst.iter().map(|p| (Place::Standfirst, p));
        let body = self.sections.iter().flat_map(move |section| {
            let heading = section.heading.as_ref().map(|h| h.span.of(&self.text));
            section
                .paragraphs
                .iter()
                .map(move |p| (Place::Body { heading }, p))
        });
        head.chain(stand).chain(body).map(|(place, p)| Block {
            place,
            span: p.span,
            paragraph: p,
            text: &self.text,
        })
    }

    /// The sentences of `paragraph`, one of this article's, split on the first call.
    pub fn sentences<'a>(&'a self, paragraph: &'a Paragraph) -> &'a [Sentence] {
        paragraph.sentences(&self.text)
    }

    /// The section headings, in order.
    pub fn iter_headings(&self) -> impl Iterator<Item = &str> + '_ {
        self.sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .map(|h| h.span.of(&self.text))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::Article;

    /// The outline of a marked-up article, one block a line, each with the file
    /// `line:column` where it starts: `M published zone`, `H headline`, `S standfirst`,
    /// `D place/date`, `# heading`, `P sentence | sentence`, `! warning`.
    pub(crate) fn outline(article: &Article) -> String {
        let text = article.text.as_str();
        let mut out = Vec::new();
        if article.meta.published.is_some() || article.meta.zone.is_some() {
            out.push(format!(
                "M {} {}",
                article
                    .meta
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                article.meta.zone.as_deref().unwrap_or("-")
            ));
        }
        let block = |label: &str, p: &super::Paragraph| {
            let lc = article.line_col(p.span.start);
            let sentences: Vec<&str> = article
                .sentences(p)
                .iter()
                .map(|s| s.span.of(text))
                .collect();
            format!(
                "{label} {}:{} {}",
                lc.line,
                lc.column,
                sentences.join(" | ")
            )
        };
        if let Some(h) = &article.headline {
            out.push(block("H", h));
        }
        if let Some(s) = &article.standfirst {
            out.push(block("S", s));
        }
        if let Some(d) = &article.dateline {
            out.push(format!(
                "D {}/{}",
                d.place,
                d.date.as_deref().unwrap_or("-")
            ));
        }
        for section in &article.sections {
            if let Some(h) = &section.heading {
                let lc = article.line_col(h.span.start);
                out.push(format!("# {}:{} {}", lc.line, lc.column, h.span.of(text)));
            }
            for p in &section.paragraphs {
                out.push(block("P", p));
            }
        }
        for w in &article.warnings {
            out.push(format!("! {w}"));
        }
        out.join("\n")
    }
}
