//! The claims format's JSON Schema and tidy checks: the committed schema equals
//! `factcheck schema`, every claims file points at it, taplo accepts a good file and reports a
//! typo (skipped when taplo is not installed), and every diagnostic code is documented.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_schema_equals_the_schema_command() {
    let out = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .arg("schema")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let printed = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string(root().join("claims/claims.schema.json")).unwrap();
    assert!(
        printed == committed,
        "claims/claims.schema.json is stale: run `cargo run -- schema > claims/claims.schema.json`"
    );
}

fn claims_files() -> Vec<PathBuf> {
    walk(&root().join("claims"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect()
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn every_claims_file_starts_with_its_schema_line() {
    let files = claims_files();
    assert!(!files.is_empty());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        // The schema sits in claims/; a file in claims/<story>/ reaches it one folder up.
        let depth = path
            .strip_prefix(root().join("claims"))
            .unwrap()
            .components()
            .count()
            - 1;
        let expected = format!("#:schema {}claims.schema.json", "../".repeat(depth));
        assert_eq!(
            text.lines().next(),
            Some(expected.as_str()),
            "{} must start with `{expected}` so editors get completion",
            path.display()
        );
    }
}

/// taplo from `$TAPLO`, the PATH, or `npm install --prefix /tmp/taplo @taplo/cli`.
fn taplo() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("TAPLO").map(PathBuf::from),
        Some(PathBuf::from("taplo")),
        Some(PathBuf::from("/tmp/taplo/node_modules/.bin/taplo")),
    ];
    candidates.into_iter().flatten().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn taplo_accepts_good_files_and_reports_a_typo() {
    let Some(taplo) = taplo() else {
        eprintln!(
            "skipped: taplo not found (npm install --prefix /tmp/taplo @taplo/cli, or set TAPLO)"
        );
        return;
    };
    for path in claims_files() {
        let out = Command::new(&taplo)
            .arg("check")
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "taplo rejects {}:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let dir = root().join("target/it-schema/story");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        root().join("claims/claims.schema.json"),
        dir.join("../claims.schema.json"),
    )
    .unwrap();
    let bad = dir.join("claims.toml");
    std::fs::write(
        &bad,
        "#:schema ../claims.schema.json\narticle = \"article.txt\"\n\n[[claim]]\nid = \"q\"\nquote = \"great interest\"\nspeeker = \"Putin\"\n",
    )
    .unwrap();
    let out = Command::new(&taplo)
        .arg("check")
        .arg(&bad)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "taplo accepted a typo:\n{stderr}");
    assert!(
        stderr.contains("speeker"),
        "taplo names the typo:\n{stderr}"
    );
}

/// Codes used in `src/` (`Diagnostic::error("claims/…"` and comparisons) against the table
/// in src/diag.rs.
#[test]
fn every_diagnostic_code_is_documented_in_diag_rs() {
    let doc: String = std::fs::read_to_string(root().join("src/diag.rs"))
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("//! | `"))
        .collect::<Vec<_>>()
        .join("\n");
    let code = regex::Regex::new(r#""((?:claims|article|input|check)/[a-z-]+)""#).unwrap();
    let mut used = std::collections::BTreeSet::new();
    for path in walk(&root().join("src")) {
        if path.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for m in code.captures_iter(&text) {
                used.insert(m[1].to_owned());
            }
        }
    }
    assert!(used.len() >= 10, "found codes: {used:?}");
    let undocumented: Vec<_> = used
        .iter()
        .filter(|c| !doc.contains(&format!("| `{c}` |")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "document these codes in src/diag.rs: {undocumented:?}"
    );
    let documented = regex::Regex::new(r"\| `([a-z]+/[a-z-]+)` \|").unwrap();
    let stale: Vec<String> = documented
        .captures_iter(&doc)
        .map(|m| m[1].to_owned())
        .filter(|c| !used.contains(c))
        .collect();
    assert!(stale.is_empty(), "documented but never used: {stale:?}");
}
