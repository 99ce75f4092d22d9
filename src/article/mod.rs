//! The article model: headline, standfirst, dateline, sections, paragraphs and
//! sentences, each with its byte span into [`Article::text`].
//!
//! # Map
//!
//! - `plain`: the wire-style plain-text reader (TASS, Reuters, AP, BBC).
//! - `dateline`: "VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/." and its kin.
//! - `sentences`: sentence boundaries inside a paragraph, with a no-break list for
//!   abbreviations ("a.m.", "U.S.", "Mr.") that UAX#29 gets wrong.
//!
//! # Invariant
//!
//! Reading an article never fails: an odd line becomes a paragraph, an odd dateline
//! a warning. Only I/O and encoding problems are errors, and they are the caller's.

mod dateline;
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
}

/// A parsed article. Spans index into `text`.
#[derive(Clone, Debug)]
pub struct Article {
    pub text: String,
    pub headline: Option<Paragraph>,
    pub standfirst: Option<Paragraph>,
    pub dateline: Option<Dateline>,
    pub sections: Vec<Section>,
    /// Things the reader noticed but read around (an unparsable dateline date, say).
    pub warnings: Vec<String>,
    line_index: LineIndex,
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
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Vec<Sentence>,
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
    pub sentences: &'a [Sentence],
}

impl Article {
    /// Reads an article from its text. Never fails; see [`Article::warnings`].
    pub fn from_text(text: &str, format: Format) -> Article {
        let mut article = Article {
            text: text.to_owned(),
            headline: None,
            standfirst: None,
            dateline: None,
            sections: Vec::new(),
            warnings: Vec::new(),
            line_index: LineIndex::new(text),
        };
        match format {
            Format::Plain => plain::read(&mut article),
            Format::Body => plain::read_body(&mut article),
        }
        article
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        self.line_index.line_col(&self.text, offset)
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
            sentences: &p.sentences,
        })
    }

    /// The section headings, in order.
    pub fn iter_headings(&self) -> impl Iterator<Item = &str> + '_ {
        self.sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .map(|h| h.span.of(&self.text))
    }
}
