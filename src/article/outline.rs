//! The article's outline from the blocks a Markdown or HTML reader found.
//!
//! Markup says what a block is (a title, a heading, a paragraph), so this is simpler
//! than the plain-text reader; what markup does not say is read as in plain text.
//!
//! # Grammar
//!
//! - The first title (`# …`, `<h1>`, else `og:title`) is the headline; later titles are
//!   section headings, like `## …`, `<h2>` and `<h3>`.
//! - A paragraph right after the headline is a standfirst when the paragraph after it
//!   opens with a dateline: "The Russian head of state told reporters that …".
//! - The first body paragraph may open with a dateline ("VOSTOCHNY SPACEPORT /Amur
//!   Region/, September 13. /TASS/. Russian President …"); its sentences start after it.
//! - Headings open sections; paragraphs before the first heading form a section
//!   without one.

use super::decoded::Decoder;
use super::{Article, Heading, Meta, Paragraph, Section, dateline};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BlockKind {
    Title,
    Heading,
    Paragraph,
}

/// A block of the reading text, as markup marked it.
#[derive(Clone, Copy, Debug)]
pub(super) struct RawBlock {
    pub kind: BlockKind,
    pub span: Span,
}

/// What a Markdown or HTML reader hands back.
#[derive(Debug, Default)]
pub(super) struct Read {
    pub decoded: Decoder,
    pub blocks: Vec<RawBlock>,
    pub meta: Meta,
    pub warnings: Vec<String>,
}

impl Read {
    /// Closes the block that started at text offset `start`: trims it and records it
    /// unless it is empty.
    pub fn close_block(&mut self, kind: BlockKind, start: usize) {
        self.decoded.trim_end();
        let end = self.decoded.text.len();
        if end > start {
            self.blocks.push(RawBlock {
                kind,
                span: Span::new(start, end),
            });
        }
    }
}

pub(super) fn assemble(article: &mut Article, blocks: &[RawBlock]) {
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
    let headline_idx = blocks.iter().position(|b| b.kind == BlockKind::Title);
    if let Some(idx) = headline_idx {
        *headline = Some(Paragraph::new(blocks[idx].span));
    }
    let body: Vec<RawBlock> = blocks
        .iter()
        .enumerate()
        .filter(|&(idx, _)| Some(idx) != headline_idx)
        .map(|(_, b)| *b)
        .collect();
    let opens_with_dateline = |idx: usize| {
        body.get(idx).is_some_and(|b| {
            b.kind == BlockKind::Paragraph && dateline::parse(text, b.span).is_some()
        })
    };
    let mut first = 0;
    if headline.is_some()
        && body.first().is_some_and(|b| b.kind == BlockKind::Paragraph)
        && !opens_with_dateline(0)
        && opens_with_dateline(1)
    {
        *standfirst = Some(Paragraph::new(body[0].span));
        first = 1;
    }
    let mut section = Section {
        heading: None,
        paragraphs: Vec::new(),
    };
    for (k, block) in body.iter().enumerate().skip(first) {
        if block.kind != BlockKind::Paragraph {
            sections.push(std::mem::replace(
                &mut section,
                Section {
                    heading: Some(Heading { span: block.span }),
                    paragraphs: Vec::new(),
                },
            ));
            continue;
        }
        if k == first
            && let Some(found) = dateline::parse(text, block.span)
        {
            let rest = Span::new(found.body_start, block.span.end);
            section
                .paragraphs
                .push(Paragraph::with_body(block.span, rest));
            warnings.extend(found.warning);
            *article_dateline = Some(found.dateline);
            continue;
        }
        section.paragraphs.push(Paragraph::new(block.span));
    }
    sections.push(section);
    // The first section is the one before any heading; drop it when empty.
    if sections.len() > 1 && sections[0].heading.is_none() && sections[0].paragraphs.is_empty() {
        sections.remove(0);
    }
}

/// A publication date as pages write it: `2023-09-13`, or an RFC 3339 datetime
/// (`2023-09-13T07:09:00+03:00`) whose date, as written in the publisher's offset, is kept.
pub(super) fn parse_published(s: &str) -> Option<jiff::civil::Date> {
    let s = s.trim();
    s.get(..10)
        .filter(|_| s.len() == 10 || s[10..].starts_with(['T', 't', ' ']))
        .and_then(|d| d.parse().ok())
}
