//! factcheck: a fact-checking test harness for news articles.
//!
//! Editors declare the facts an article must state in TOML claims files; factcheck
//! reads the article, extracts typed values, decides a verdict for every claim and
//! reports matches and diffs.

pub mod article;
pub mod check;
pub mod claims;
pub mod diag;
pub mod extract;
pub mod input;
pub mod repo;
pub mod report;
pub mod span;
pub mod suggest;
pub mod verdict;
