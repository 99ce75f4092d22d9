//! `factcheck lint [PATH…] [--deny-warnings]`: every check of a claims file, its article
//! included, without deciding any claim. Exit 0 clean (warnings allowed unless
//! `--deny-warnings`), 1 when a file has a problem, 2 when an input cannot be read.

use std::path::PathBuf;
use std::process::ExitCode;

use factcheck::diag::Severity;

use super::{Outcome, print_diagnostics};

#[derive(clap::Args)]
pub struct Args {
    /// Claims files, or folders searched for `*.toml` (default: claims/).
    paths: Vec<PathBuf>,
    /// Exit 1 on warnings too (an `about` word found in no sentence).
    #[arg(long)]
    deny_warnings: bool,
}

pub fn run(args: Args) -> Outcome {
    let super::Inputs { root, files, .. } = super::claims_files(args.paths)?;
    let (mut n_errors, mut n_warnings, mut unreadable) = (0, 0, false);
    for file in &files {
        let lint = factcheck::claims::lint_path(file, root.as_deref());
        unreadable |= lint.unreadable;
        for d in &lint.diagnostics {
            match d.severity {
                Severity::Error => n_errors += 1,
                Severity::Warning => n_warnings += 1,
            }
        }
        print_diagnostics(&lint.diagnostics);
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    eprintln!(
        "linted {}: {}, {}",
        plural(files.len(), "claims file"),
        plural(n_errors, "error"),
        plural(n_warnings, "warning")
    );
    Ok(if unreadable {
        ExitCode::from(2)
    } else if n_errors > 0 || (args.deny_warnings && n_warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
