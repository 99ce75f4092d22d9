//! Command-line glue: one file per command, each turning flags into library calls.

mod extract;
mod parse;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// factcheck: check the facts in news articles against claims files.
#[derive(Parser)]
#[command(name = "factcheck", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every value extracted from articles.
    Extract(extract::Args),
    /// Show an article's structure: headline, dateline, sections, sentences.
    Parse(parse::Args),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TextOrJson {
    Text,
    Json,
}

/// An error the user can fix: printed with its hint, exit code 2.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub help: Option<String>,
}

impl UserError {
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> UserError {
        UserError {
            message: message.into(),
            help: Some(help.into()),
        }
    }
}

impl From<factcheck::input::InputError> for UserError {
    fn from(err: factcheck::input::InputError) -> UserError {
        UserError::new(err.to_string(), err.help())
    }
}

pub type Outcome = Result<ExitCode, UserError>;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Parse(args) => parse::run(args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", err.message);
            if let Some(help) = err.help {
                eprintln!("  = help: {help}");
            }
            ExitCode::from(2)
        }
    }
}

/// Writes to stdout, treating a closed pipe (`factcheck … | head`) as success.
pub fn print(out: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
}

pub fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}

pub type Paths = Vec<PathBuf>;
