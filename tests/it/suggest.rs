//! `factcheck suggest`: the drafted claims file, run unchanged through `check`, gives
//! `supported` for every claim: on the sample story through the binary, and on every BBC
//! article (where ../shared is present) through the library, counting claims and drops.

use std::path::Path;
use std::process::Command;

use factcheck::article::{Article, Format};
use factcheck::verdict::Verdict;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_sample_story_draft_checks_as_supported() {
    let article = "claims/vostochny-summit/article.txt";
    let before = std::fs::read(root().join(article)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(["suggest", article])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        std::fs::read(root().join(article)).unwrap(),
        before,
        "suggest wrote to the article"
    );
    assert!(
        draft.starts_with("#:schema ../claims.schema.json\n"),
        "{draft}"
    );

    // Save it beside a copy of the article, as an editor would, and check it.
    let story = root().join("target/it-suggest/vostochny-summit");
    std::fs::create_dir_all(&story).unwrap();
    std::fs::copy(root().join(article), story.join("article.txt")).unwrap();
    std::fs::write(story.join("claims.toml"), &draft).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args([
            "check",
            "target/it-suggest/vostochny-summit/claims.toml",
            "--format",
            "json",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("check prints JSON ({e}); stderr:\n{stderr}\ndraft:\n{draft}"));
    let results = json["reports"][0]["results"].as_array().unwrap();
    let failing: Vec<String> = results
        .iter()
        .filter(|r| r["verdict"] != "supported")
        .map(|r| format!("{} {} (found {})", r["id"], r["verdict"], r["found"]))
        .collect();
    let dropped = draft.lines().filter(|l| l.starts_with("# line ")).count();
    eprintln!(
        "suggest round trip, sample story: {} claims, {} supported, {} values left out",
        results.len(),
        results.len() - failing.len(),
        dropped
    );
    assert!(!results.is_empty(), "the draft has no claims:\n{draft}");
    assert!(
        failing.is_empty(),
        "not supported: {failing:#?}\ndraft:\n{draft}"
    );
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// Every BBC article: draft, then check the draft as `check` does (in process, for speed).
#[test]
fn every_bbc_draft_checks_as_supported() {
    let corpus = root().join("../shared/corpus/bbc");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    let mut paths = Vec::new();
    for category in std::fs::read_dir(&corpus).unwrap().flatten() {
        for file in std::fs::read_dir(category.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            paths.push(file.path());
        }
    }
    paths.sort();
    let (mut n_articles, mut n_claims, mut n_supported, mut n_dropped) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for path in &paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        n_articles += 1;
        let article =
            factcheck::article::Article::from_text(&text, factcheck::article::Format::Plain);
        let draft = factcheck::suggest::suggest("article.txt", &article);
        n_dropped += draft.dropped.len();
        let file = match factcheck::claims::load_str_detached("draft.toml", &draft.text) {
            Ok(file) => file,
            Err(problems) => {
                failures.push(format!(
                    "{}: the draft does not load: {}",
                    path.display(),
                    problems[0].render()
                ));
                continue;
            }
        };
        let article = Article::from_text(&text, Format::Plain);
        let report = factcheck::check::check_article(file, article, None);
        for result in &report.results {
            n_claims += 1;
            if result.verdict == Verdict::Supported {
                n_supported += 1;
            } else if failures.len() < 20 {
                failures.push(format!(
                    "{}: {} is {} (found {:?})",
                    path.display(),
                    result.id,
                    result.verdict.as_str(),
                    result.found
                ));
            }
        }
    }
    let rate = if n_claims == 0 {
        0.0
    } else {
        100.0 * n_supported as f64 / n_claims as f64
    };
    eprintln!(
        "suggest round trip, BBC: {n_articles} articles, {n_claims} claims, {n_supported} supported ({rate:.2}%), {n_dropped} values left out of the drafts"
    );
    assert!(n_claims > 0);
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        n_claims - n_supported,
        failures.join("\n")
    );
}
