//! Numbers. (Grammar to be written with the finder.)

use super::{Scan, Token, Value};
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
}

/// Every cardinal number in `text`, in order, none overlapping.
pub(crate) fn find_numbers(_text: &str, _tokens: &[Token]) -> Vec<NumberMatch> {
    Vec::new()
}

pub(super) fn find(_scan: &Scan, _out: &mut Vec<Value>) {}
