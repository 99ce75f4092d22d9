//! Quotes and their speakers. (Grammar to be written with the finder.)

use super::{Scan, Value};

pub(super) fn find(_scan: &Scan, _out: &mut Vec<Value>) {}

/// Resolves speakers named by a title or pronoun to the person the article named earlier.
pub(super) fn resolve_speakers(_text: &str, _values: &mut [Value]) {}
