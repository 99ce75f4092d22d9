//! One integration binary for everything but the claims harness (tests/claims.rs).

/// The article reader on the sample story and on every file of the shared corpora.
mod article;
/// The command line: exit codes, JSON contract, bad-input diagnostics.
mod cli;
/// Duckling's English corpus scored through the library, against per-kind targets.
mod eval;
/// The checker on perturbed copies of the sample story.
mod perturb;
