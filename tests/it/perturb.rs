//! The checker on perturbed copies of the sample story: each case of
//! tests/data/perturb/<story>/cases.toml must break exactly its claim, with the verdict and
//! the diff it names, while every other claim stays supported.

use std::path::Path;

use factcheck::article::{Article, Format};
use factcheck::check::check_article;
use factcheck::claims;
use factcheck::report::text;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    article: String,
    change: String,
    claim: String,
    verdict: String,
    shows: Vec<String>,
    /// Other claims the change rightly affects, with the verdict each must get.
    #[serde(default)]
    also: std::collections::BTreeMap<String, String>,
}

#[test]
fn perturbed_stories_break_their_claim() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("tests/data/perturb");
    let mut failures = Vec::new();
    let mut n_cases = 0;
    for story in std::fs::read_dir(&data).unwrap().flatten() {
        let story_name = story.file_name().to_string_lossy().into_owned();
        let cases: Cases =
            toml::from_str(&std::fs::read_to_string(story.path().join("cases.toml")).unwrap())
                .unwrap();
        let claims_path = root.join("claims").join(&story_name).join("claims.toml");
        for case in cases.case {
            n_cases += 1;
            let file = claims::load(&claims_path, Some(root)).unwrap();
            let text = std::fs::read_to_string(story.path().join(&case.article)).unwrap();
            let report = check_article(file, Article::from_text(&text, Format::Plain), Some(root));
            let label = format!("{story_name}/{} ({})", case.article, case.change);
            for result in &report.results {
                let mut block = String::new();
                text::render_claim(&mut block, &report, result);
                if result.id == case.claim {
                    if result.verdict.as_str() != case.verdict {
                        failures.push(format!(
                            "{label}: `{}` is {}, want {}\n{block}",
                            result.id,
                            result.verdict.as_str(),
                            case.verdict
                        ));
                    }
                    for want in &case.shows {
                        if !block.contains(want.as_str()) {
                            failures.push(format!(
                                "{label}: report of `{}` lacks {want:?}\n{block}",
                                result.id
                            ));
                        }
                    }
                } else if let Some(want) = case.also.get(&result.id) {
                    if result.verdict.as_str() != want {
                        failures.push(format!(
                            "{label}: `{}` is {}, want {want}\n{block}",
                            result.id,
                            result.verdict.as_str()
                        ));
                    }
                } else if !result.passed {
                    failures.push(format!(
                        "{label}: unrelated claim `{}` is {}\n{block}",
                        result.id,
                        result.verdict.as_str()
                    ));
                }
            }
        }
    }
    assert!(
        n_cases >= 8,
        "expected the perturbation cases, found {n_cases}"
    );
    assert!(
        failures.is_empty(),
        "{} problems:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
