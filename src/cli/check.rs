//! `factcheck check [PATH…] [--format text|json] [--output FILE]`

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
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

pub fn run(args: Args) -> Outcome {
    let (root, files) = super::claims_files(args.paths)?;
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
            let mut inputs = files.clone();
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
