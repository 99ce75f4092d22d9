//! `factcheck check [PATH…] [--format text|json] [--output FILE] [--allow-outside-repo]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use factcheck::check::{check_file, discover};
use factcheck::report::{self, Report};

use super::{Outcome, UserError, print, print_diagnostics};

#[derive(clap::Args)]
pub struct Args {
    /// Claims files, or folders searched for `*.toml` (default: claims/).
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    format: CheckFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// Let claims files name articles outside the repository (the nearest folder holding
    /// `.git` or `Cargo.toml`); paths in reports are then shown as given.
    #[arg(long)]
    allow_outside_repo: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

pub fn run(args: Args) -> Outcome {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("claims")]
    } else {
        args.paths
    };
    for path in &paths {
        if !path.exists() {
            return Err(UserError::new(
                format!("{}: no such file or folder", path.display()),
                "give a claims file or a folder of them; run from the repository root for the default claims/",
            ));
        }
    }
    // Without a root, claims may name any article: the flag's whole effect.
    let root = factcheck::repo::find_root(Path::new(".")).filter(|_| !args.allow_outside_repo);
    let files = discover(&paths);
    if files.is_empty() {
        return Err(UserError::new(
            "no claims files found",
            "claims files end in .toml; see README.md for the format",
        ));
    }
    let mut reports: Vec<Report> = Vec::new();
    let mut bad_input = false;
    for file in &files {
        match check_file(file, root.as_deref()) {
            Ok(report) => reports.push(report),
            Err(diagnostics) => {
                bad_input |= factcheck::diag::has_errors(&diagnostics);
                print_diagnostics(&diagnostics);
            }
        }
    }
    let out = match args.format {
        CheckFormat::Text => reports
            .iter()
            .map(report::text::render)
            .collect::<Vec<_>>()
            .join("\n"),
        CheckFormat::Json => report::json::render(&reports),
    };
    match &args.output {
        Some(path) => {
            let mut inputs = paths.clone();
            inputs.extend(files.iter().cloned());
            inputs.extend(reports.iter().map(|r| r.file.article_path.clone()));
            super::write_output(path, &out, &inputs)?
        }
        None => print(&out),
    }
    Ok(if bad_input {
        ExitCode::from(2)
    } else if reports.iter().all(Report::passed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
