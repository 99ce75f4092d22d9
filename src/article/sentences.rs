//! Sentence boundaries. (Rules to be written with the splitter.)

use super::Sentence;
use crate::span::Span;

/// The sentences of `text[span]`, spans relative to `text`.
pub(crate) fn split(text: &str, span: Span) -> Vec<Sentence> {
    let _ = text;
    vec![Sentence { span }]
}
