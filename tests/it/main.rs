//! One integration binary for everything but the claims harness (tests/claims.rs).

/// The article reader on the sample story and on every file of the shared corpora.
mod article;
/// The command line: exit codes, JSON contract, bad-input diagnostics.
mod cli;
/// Markdown and HTML copies of the sample story: same verdicts, spans into the copy.
mod formats;
/// The checker on perturbed copies of the sample story.
mod perturb;
