//! Datelines. (Grammar to be written with the reader.)

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
