//! The command line end to end: exit codes, and every bad-input fixture of
//! tests/data/claims-err/ rendered as one clear error (snapshots beside this file).

use std::process::{Command, Output};

fn factcheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the factcheck binary runs")
}

#[test]
fn check_passes_on_the_sample_story() {
    let out = factcheck(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("supported  talks-duration"), "{stdout}");
}

#[test]
fn check_json_follows_the_contract() {
    let out = factcheck(&[
        "check",
        "claims/vostochny-summit/claims.toml",
        "--format",
        "json",
    ]);
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("check --format json prints JSON");
    let report = &json["reports"][0];
    assert_eq!(report["claims"], "claims/vostochny-summit/claims.toml");
    assert_eq!(report["article"], "claims/vostochny-summit/article.txt");
    let talks = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "talks-duration")
        .unwrap();
    assert_eq!(talks["verdict"], "supported");
    assert_eq!(talks["evidence"]["match"], "more than five hours");
    assert_eq!(talks["evidence"]["line"], 3);
    let counts = &report["counts"];
    assert_eq!(counts["refuted"], 0);
}

#[test]
fn bad_claims_files_are_one_clear_error_each() {
    let fixtures = crate::toml_fixtures("tests/data/claims-err");
    assert!(fixtures.len() >= 14, "fixtures: {fixtures:?}");
    for path in fixtures {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let relative = format!("tests/data/claims-err/{name}.toml");
        let out = factcheck(&["check", &relative]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{name}: exit code; stderr:\n{stderr}"
        );
        assert!(
            out.stdout.is_empty() || !String::from_utf8_lossy(&out.stdout).contains("supported"),
            "{name}: printed a report"
        );
        assert!(
            stderr.contains(&format!("{relative}:")),
            "{name}: the error names file:line:column\n{stderr}"
        );
        assert!(
            stderr.contains("= help:"),
            "{name}: the error has a hint\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: panicked\n{stderr}");
        insta::assert_snapshot!(name, stderr);
    }
}

#[test]
fn output_refuses_to_overwrite_an_input() {
    let out = factcheck(&[
        "check",
        "claims/vostochny-summit/claims.toml",
        "--output",
        "claims/vostochny-summit/claims.toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is one of the inputs"));
}
