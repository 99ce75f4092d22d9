//! The claims harness: every claim of every claims file under `claims/` is its own trial,
//! `<story>/<file>::<claim id>`, and every file has one more, `<story>/<file>::report`, that
//! snapshots its text report with insta (tests/snapshots/).
//!
//! Claims files are discovered when the test runs, so adding one needs no rebuild. Trials are
//! plain libtest-mimic trials, so `cargo test -- talks` narrows the run and
//! `cargo nextest run --partition hash:1/4` shards it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use factcheck::check::{check_file, discover};
use factcheck::report::{Report, text};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let claims_dir = root.join("claims");
    let mut trials = Vec::new();
    for path in discover(std::slice::from_ref(&claims_dir)) {
        let name = trial_prefix(&claims_dir, &path);
        match check_file(&path, Some(&root)) {
            Ok(report) => trials.extend(trials_for(&name, Arc::new(report))),
            Err(diagnostics) => {
                let message: String = diagnostics.iter().map(|d| d.render() + "\n").collect();
                trials.push(Trial::test(format!("{name}::load"), move || {
                    Err(Failed::from(message))
                }));
            }
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if conclusion.has_failed() {
        eprintln!(
            "hint: rerun one claim with `cargo test --test claims -- '<story>/<file>::<id>'`;"
        );
        eprintln!("      review report snapshots with `cargo insta review`");
    }
    conclusion.exit();
}

/// `vostochny-summit/claims` for `claims/vostochny-summit/claims.toml`.
fn trial_prefix(claims_dir: &Path, path: &Path) -> String {
    let relative = path
        .strip_prefix(claims_dir)
        .unwrap_or(path)
        .with_extension("");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn trials_for(name: &str, report: Arc<Report>) -> Vec<Trial> {
    let mut trials: Vec<Trial> = report
        .results
        .iter()
        .enumerate()
        .map(|(idx, result)| {
            let report = Arc::clone(&report);
            let trial_name = format!("{name}::{}", result.id);
            let rerun = trial_name.clone();
            Trial::test(trial_name, move || {
                let result = &report.results[idx];
                if result.passed {
                    Ok(())
                } else {
                    let mut message = text::render_failure(&report, result);
                    message.push_str(&format!(
                        "\nrerun: cargo test --test claims -- --exact '{rerun}'\n"
                    ));
                    Err(Failed::from(message))
                }
            })
        })
        .collect();
    let snapshot_name = name.replace('/', "__");
    let report_name = format!("{name}::report");
    trials.push(Trial::test(report_name, move || {
        let rendered = text::render(&report);
        let claims_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(report.claims_path());
        let outcome = std::panic::catch_unwind(|| {
            let mut settings = insta::Settings::clone_current();
            settings
                .set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"));
            settings.set_prepend_module_to_snapshot(false);
            settings.set_input_file(&claims_path);
            settings.set_omit_expression(true);
            settings.bind(|| insta::assert_snapshot!(snapshot_name.as_str(), rendered));
        });
        outcome.map_err(|panic| {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "snapshot assertion failed".to_owned());
            Failed::from(format!(
                "{why}\nreview with `cargo insta review` (or `cargo insta test --review`)"
            ))
        })
    }));
    trials
}
