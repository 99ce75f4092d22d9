//! Reports: what a check found, written for people (text) and programs (JSON).
//!
//! Renderers only format; they never decide a verdict.
//!
//! - `text`: for review and stable snapshots: evidence cited by place and sentence text,
//!   never by byte offset (offsets churn on every unrelated edit).
//! - `json`: the DESIGN.md contract, with spans and `line:column`.
//! - `wire`: the serialized shapes of every machine-readable output.

pub mod json;
pub mod text;
pub mod wire;

use serde::Serialize;

use crate::article::Article;
use crate::claims::ClaimsFile;
use crate::verdict::{ClaimResult, Verdict};

/// The outcome of one claims file against its article.
pub struct Report {
    pub file: ClaimsFile,
    /// The article's path, relative to the repository.
    pub article_path: String,
    pub article: Article,
    pub results: Vec<ClaimResult>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub supported: usize,
    pub refuted: usize,
    pub unclear: usize,
    pub missing: usize,
}

impl Counts {
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Supported => self.supported += 1,
            Verdict::Refuted => self.refuted += 1,
            Verdict::Unclear => self.unclear += 1,
            Verdict::Missing => self.missing += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.supported + self.refuted + self.unclear + self.missing
    }
}

impl Report {
    pub fn new(
        file: ClaimsFile,
        article_path: String,
        article: Article,
        results: Vec<ClaimResult>,
    ) -> Report {
        Report {
            file,
            article_path,
            article,
            results,
        }
    }

    pub fn claims_path(&self) -> &str {
        &self.file.source.path
    }

    pub fn passed(&self) -> bool {
        self.results.iter().all(|r| r.passed)
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for r in &self.results {
            counts.add(r.verdict);
        }
        counts
    }

    /// The result of the claim with this id.
    pub fn result(&self, id: &str) -> Option<&ClaimResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// The claim a result decides.
    pub fn claim_of(&self, result: &ClaimResult) -> Option<&crate::claims::Claim> {
        self.file.claims.get(result.claim_idx)
    }

    pub fn claim(&self, id: &str) -> Option<&crate::claims::Claim> {
        self.file.claims.iter().find(|c| c.id == id)
    }
}
