//! Command-line glue: one file per command, each turning flags into library calls.

mod check;
mod extract;
mod lint;
mod parse;
mod schema;
mod suggest;

use std::path::{Path, PathBuf};
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
    /// Check claims files against their articles (default: claims/).
    Check(check::Args),
    /// List every value extracted from articles.
    Extract(extract::Args),
    /// Show an article's structure: headline, dateline, sections, sentences.
    Parse(parse::Args),
    /// Validate claims files and their articles without checking the claims.
    Lint(lint::Args),
    /// Print the JSON Schema of the claims format.
    Schema(schema::Args),
    /// Draft a claims file from an article's values and quotes (printed, never written).
    Suggest(suggest::Args),
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
        Command::Check(args) => check::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Parse(args) => parse::run(args),
        Command::Lint(args) => lint::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Suggest(args) => suggest::run(args),
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

/// Prints diagnostics to standard error, rustc-style.
pub fn print_diagnostics(diagnostics: &[factcheck::diag::Diagnostic]) {
    for diagnostic in diagnostics {
        eprintln!("{}\n", diagnostic.render());
    }
}

/// Writes a report to `path` through a temporary file and a rename, so a reader never sees
/// half a report, refusing to overwrite any of the `inputs`.
pub fn write_output(path: &Path, contents: &str, inputs: &[PathBuf]) -> Result<(), UserError> {
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if inputs.iter().any(|input| same(input, path)) {
        return Err(UserError::new(
            format!("--output {} is one of the inputs", path.display()),
            "write the report to a new file; factcheck never overwrites claims files or articles",
        ));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.factcheck-tmp"));
    let cannot = |e: std::io::Error| {
        UserError::new(
            format!("cannot write {}: {e}", path.display()),
            "check that the folder exists and is writable",
        )
    };
    std::fs::write(&tmp, contents).map_err(cannot)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        cannot(e)
    })
}

/// The claims files under `paths` (default: `claims/`), sorted, and the repository root
/// (found from the current directory).
pub fn claims_files(paths: Vec<PathBuf>) -> Result<(Option<PathBuf>, Vec<PathBuf>), UserError> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("claims")]
    } else {
        paths
    };
    if let Some(absent) = paths.iter().find(|p| !p.exists()) {
        return Err(UserError::new(
            format!("{}: no such file or folder", absent.display()),
            "give a claims file or a folder of them; run from the repository root for the default claims/",
        ));
    }
    let files = factcheck::check::discover(&paths);
    if files.is_empty() {
        return Err(UserError::new(
            "no claims files found",
            "claims files end in .toml; see README.md for the format",
        ));
    }
    Ok((factcheck::repo::find_root(Path::new(".")), files))
}
