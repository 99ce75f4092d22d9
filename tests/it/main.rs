//! One integration binary for everything but the claims harness (tests/claims.rs).

/// The article reader on the sample story and on every file of the shared corpora.
mod article;
/// The command line: exit codes, JSON contract, bad-input diagnostics.
mod cli;
/// Duckling's English corpus scored through the library, against per-kind targets.
mod eval;
/// Markdown and HTML copies of the sample story: same verdicts, spans into the copy.
mod formats;
/// Hostile input: the corpus of tests/data/hostile/ (exit code, message, time bound), and
/// `--output` never overwriting an input.
mod hostile;
/// `factcheck lint`: exit codes, diagnostics that need the article, a failing claim's report.
mod lint;
/// The checker on perturbed copies of the sample story.
mod perturb;
/// Properties over any text: no panics, spans on character boundaries, determinism.
mod props;
/// The claims JSON Schema, taplo, and the tidy check that every diagnostic code is documented.
mod schema;
/// `factcheck suggest`: drafts round-trip through `check` (sample story and BBC corpus).
mod suggest;
/// Verdict semantics on small articles (tests/data/verdicts/cases.toml).
mod verdicts;

/// The `*.toml` files directly in `relative` (from the crate root), sorted.
pub fn toml_fixtures(relative: &str) -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let mut fixtures: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    fixtures.sort();
    fixtures
}
