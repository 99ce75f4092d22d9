//! Verdict semantics, data-driven: each case of tests/data/verdicts/cases.toml is a small
//! article and one claim, checked end to end through `check_file`; every failing case is
//! reported at once.

use std::path::{Path, PathBuf};

use factcheck::check::check_file;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    article: String,
    claim: String,
    want: String,
    #[serde(default)]
    passes: Option<bool>,
}

/// A fresh folder for one case, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn verdict_semantics() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases: Cases = toml::from_str(
        &std::fs::read_to_string(root.join("tests/data/verdicts/cases.toml")).unwrap(),
    )
    .unwrap();
    let scratch =
        Scratch(std::env::temp_dir().join(format!("factcheck-verdicts-{}", std::process::id())));
    let mut failures = Vec::new();
    for (idx, case) in cases.case.iter().enumerate() {
        let dir = scratch.0.join(idx.to_string());
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("article.txt"),
            format!("Headline\n{}\n", case.article),
        )
        .unwrap();
        let claim = case.claim.replace("; ", "\n");
        let claims = format!(
            "article = \"article.txt\"\npublished = 2023-09-13\n\n[[claim]]\nid = \"case\"\n{claim}\n"
        );
        std::fs::write(dir.join("claims.toml"), claims).unwrap();
        let report = match check_file(&dir.join("claims.toml"), None) {
            Ok(report) => report,
            Err(diagnostics) => {
                failures.push(format!(
                    "{}: claims did not load:\n{}",
                    case.name,
                    diagnostics[0].render()
                ));
                continue;
            }
        };
        let result = &report.results[0];
        let reading = result.evidence.first().and_then(|e| e.found.clone());
        let got = match reading {
            Some(reading) if case.want.contains(' ') => {
                format!("{} {reading}", result.verdict.as_str())
            }
            _ => result.verdict.as_str().to_owned(),
        };
        if got != case.want {
            let mut block = String::new();
            factcheck::report::text::render_claim(&mut block, &report, result);
            failures.push(format!(
                "{}: got `{got}`, want `{}`\n{block}",
                case.name, case.want
            ));
        }
        if let Some(passes) = case.passes
            && passes != result.passed
        {
            failures.push(format!(
                "{}: passed is {}, want {passes}",
                case.name, result.passed
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.case.len(),
        failures.join("\n")
    );
}
