//! `factcheck check [PATH…] [--format text|json] [--output FILE] [--allow-outside-repo]`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use factcheck::check::check_file;
use factcheck::report::{self, Report};

use super::{Outcome, print, print_diagnostics};

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
    let super::Inputs { root, paths, files } = super::claims_files(args.paths)?;
    // Without a root, claims may name any article: the flag's whole effect.
    let root = root.filter(|_| !args.allow_outside_repo);
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
