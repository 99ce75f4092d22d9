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
/// half a report and a failed write leaves whatever was at `path` untouched.
///
/// Refuses to overwrite any of the `inputs` (claims files and articles), however it is
/// reached (a symbolic link, a hard link, `..`), and to write inside an input folder, so
/// factcheck never writes into `claims/` or over an article. The temporary file sits beside
/// `path` (a rename across file systems would not be atomic), is created only where no file
/// exists, so it cannot clobber one, and is removed when anything fails.
pub fn write_output(path: &Path, contents: &str, inputs: &[PathBuf]) -> Result<(), UserError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let refuse = |why: &str| {
        Err(UserError::new(
            format!("--output {} {why}", path.display()),
            "write the report to a new file outside the claims folders; factcheck never overwrites claims files or articles",
        ))
    };
    if inputs
        .iter()
        .any(|input| !input.is_dir() && same_file(input, path))
    {
        return refuse("is one of the inputs");
    }
    if let Some(folder) = inputs.iter().find(|i| i.is_dir() && is_within(dir, i)) {
        return refuse(&format!(
            "lies inside {}, a folder being checked",
            folder.display()
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let cannot = |e: std::io::Error| {
        UserError::new(
            format!("cannot write {}: {e}", path.display()),
            "check that the folder exists and is writable",
        )
    };
    let (tmp, mut file) = create_temp(dir, &name).map_err(cannot)?;
    let written = {
        use std::io::Write;
        file.write_all(contents.as_bytes())
            .and_then(|()| file.sync_all())
    };
    drop(file);
    match written.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(cannot(e))
        }
    }
}

/// A new file `.NAME.PID-N.factcheck-tmp` in `dir`, created only if no file has that name.
fn create_temp(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut last = None;
    for attempt in 0..100 {
        let tmp = dir.join(format!(
            ".{name}.{}-{attempt}.factcheck-tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary name")))
}

/// Whether two paths name the same file: the same path with links followed, or (on Unix)
/// the same inode, which also catches hard links.
fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(a), std::fs::canonicalize(b))
        && a == b
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

/// Whether folder `dir` is `folder` or lies inside it, with links followed.
fn is_within(dir: &Path, folder: &Path) -> bool {
    match (std::fs::canonicalize(dir), std::fs::canonicalize(folder)) {
        (Ok(dir), Ok(folder)) => dir.starts_with(folder),
        _ => false,
    }
}

/// What a `check` or `lint` run reads: the paths given (default `claims/`), the claims files
/// under them (sorted), and the repository root (found from the current directory).
pub struct Inputs {
    pub root: Option<PathBuf>,
    pub paths: Vec<PathBuf>,
    pub files: Vec<PathBuf>,
}

pub fn claims_files(paths: Vec<PathBuf>) -> Result<Inputs, UserError> {
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
    Ok(Inputs {
        root: factcheck::repo::find_root(Path::new(".")),
        paths,
        files,
    })
}
