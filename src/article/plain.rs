//! The plain-text reader. (To be written.)

use super::{Article, Paragraph, Section, sentences};
use crate::span::Span;

pub(super) fn read(article: &mut Article) {
    read_body(article);
}

pub(super) fn read_body(article: &mut Article) {
    let text = article.text.clone();
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            let span = Span::new(offset, offset + trimmed.len());
            paragraphs.push(Paragraph {
                span,
                sentences: sentences::split(&text, span),
            });
        }
        offset += line.len();
    }
    article.sections.push(Section {
        heading: None,
        paragraphs,
    });
}
