//! Verdicts: for every claim, the evidence in the article and whether it supports the claim.
//!
//! # Map
//!
//! - `interval`: values as intervals, and the inside / meets questions.
//! - `text`: folding and word matching for `about`, `mentions`, quotes and items.
//! - `evaluate`: locating evidence and deciding each claim.
//! - `diff`: what a refuted claim shows (similar's word diff, item sets, both values).
//!
//! # Verdicts
//!
//! | verdict | when |
//! |---|---|
//! | `supported` | the found interval lies inside the claimed one |
//! | `refuted` | the two do not meet, or a quote, list or speaker differs |
//! | `unclear` | evidence found that neither supports nor refutes |
//! | `missing` | no evidence |
//!
//! An approximate value in the article ("about 12:23") counts as its point for support and
//! as its tolerance band for refutation. Where a sentence holds several values of the kind,
//! the one tied to the `about` words (same clause, nearest) is the evidence.

mod diff;
mod evaluate;
pub(crate) mod interval;
pub(crate) mod text;

use serde::Serialize;

use crate::span::Span;

pub use diff::Diff;
pub use evaluate::evaluate;
pub(crate) use evaluate::{Passage, passages};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Refuted,
    Unclear,
    Missing,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Refuted => "refuted",
            Verdict::Unclear => "unclear",
            Verdict::Missing => "missing",
        }
    }
}

/// Where in the article a piece of evidence sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Headline,
    Standfirst,
    Dateline,
    /// Body text under a section heading (None: before the first heading).
    Body(Option<String>),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Headline => f.write_str("headline"),
            Place::Standfirst => f.write_str("standfirst"),
            Place::Dateline => f.write_str("dateline"),
            Place::Body(None) => f.write_str("body"),
            Place::Body(Some(heading)) => write!(f, "section \"{heading}\""),
        }
    }
}

/// A sentence that speaks of a claim, and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub place: Place,
    pub sentence: Span,
    /// The words that decided it: the value, the quote, the phrase.
    pub matched: Option<Span>,
    /// What this sentence alone would make of the claim.
    pub verdict: Verdict,
    /// The value found, normalized ("PT5H gt"), where the claim is about a value.
    pub found: Option<String>,
}

/// The outcome of one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimResult {
    pub id: String,
    /// The claim's index in its file's `claims`.
    pub claim_idx: usize,
    pub verdict: Verdict,
    pub passed: bool,
    /// The claim's expectation as the editor wrote it, with its reading.
    pub expected: String,
    /// What the best evidence says, in the same terms.
    pub found: Option<String>,
    /// Best evidence first; further sentences after it.
    pub evidence: Vec<Evidence>,
    /// Sentences whose own verdict differs from the best evidence's.
    pub conflicts: usize,
    pub diff: Option<Diff>,
    /// Why, in a sentence, where the verdict needs explaining.
    pub reason: Option<String>,
}
