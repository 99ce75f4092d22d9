//! One integration binary for everything but the claims harness (tests/claims.rs).

/// The article reader on the sample story and on every file of the shared corpora.
mod article;
/// The command line: exit codes, JSON contract, bad-input diagnostics.
mod cli;
/// Hostile input: the corpus of tests/data/hostile/ (exit code, message, time bound), and
/// `--output` never overwriting an input.
mod hostile;
/// The checker on perturbed copies of the sample story.
mod perturb;
/// Properties over any text: no panics, spans on character boundaries, determinism.
mod props;
