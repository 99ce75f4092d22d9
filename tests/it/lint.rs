//! `factcheck lint`: exit codes, and the diagnostics that need the article
//! (tests/data/claims-err/article/, one snapshot each beside this file).

use std::path::Path;
use std::process::{Command, Output};

fn factcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the factcheck binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_sample_claims_lint_clean() {
    let out = factcheck(&["lint", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn problems_exit_1_and_unreadable_input_exits_2() {
    let out = factcheck(&["lint", "tests/data/claims-err/0015_many-problems.toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("4 errors"), "{}", stderr(&out));

    let out = factcheck(&["lint", "tests/data/claims-err/no-such-file.toml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));

    // A claims file that is not UTF-8 cannot be read at all.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/it-lint");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("latin1.toml"), b"article = \"caf\xe9.txt\"\n").unwrap();
    let out = factcheck(&["lint", "target/it-lint/latin1.toml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("input/unreadable"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let path = "tests/data/claims-err/article/0102_about-not-found.toml";
    assert_eq!(factcheck(&["lint", path]).status.code(), Some(0));
    assert_eq!(
        factcheck(&["lint", "--deny-warnings", path]).status.code(),
        Some(1)
    );
}

#[test]
fn article_diagnostics_one_snapshot_each() {
    let fixtures = crate::toml_fixtures("tests/data/claims-err/article");
    assert!(fixtures.len() >= 2, "fixtures: {fixtures:?}");
    for path in fixtures {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let relative = format!("tests/data/claims-err/article/{name}.toml");
        let out = factcheck(&["lint", &relative]);
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{relative}:")),
            "{name}: names file:line:column\n{err}"
        );
        assert!(err.contains("= help:"), "{name}: has a hint\n{err}");
        assert!(!err.contains("panicked"), "{name}: panicked\n{err}");
        insta::assert_snapshot!(name, err);
    }
}

/// A failing claim as one report: the claim's line and the article's sentence.
#[test]
fn a_failing_claim_points_at_the_claim_and_the_sentence() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/it-lint/failing");
    std::fs::create_dir_all(&dir).unwrap();
    let claims = dir.join("claims.toml");
    std::fs::write(
        &claims,
        "article = \"../../../claims/vostochny-summit/article.txt\"\n\n[[claim]]\nid = \"decree-year\"\nabout = [\"decree\"]\ndate = \"2008\"\n",
    )
    .unwrap();
    let report = factcheck::check::check_file(&claims, Some(root)).unwrap();
    let result = report.result("decree-year").unwrap();
    assert!(!result.passed, "{result:?}");
    let rendered = factcheck::report::text::failure(&report, result)
        .unwrap()
        .render();
    assert!(
        rendered.contains("target/it-lint/failing/claims.toml:6:8"),
        "{rendered}"
    );
    assert!(rendered.contains("date = \"2008\""), "{rendered}");
    assert!(
        rendered.contains("claims/vostochny-summit/article.txt:"),
        "{rendered}"
    );
    assert!(rendered.contains("2007 decree"), "{rendered}");
    assert!(rendered.contains("= help:"), "{rendered}");
    eprintln!("{rendered}");
}
