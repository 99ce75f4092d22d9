//! `factcheck suggest ARTICLE`: prints a draft claims file for the article on standard
//! output. It never writes a file: save it yourself (`> claims/<story>/claims.toml`), review
//! it, and run `factcheck check` on it.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{Outcome, print};

#[derive(clap::Args)]
pub struct Args {
    /// The article (plain text).
    article: PathBuf,
}

pub fn run(args: Args) -> Outcome {
    let text = factcheck::input::read_text(&args.article)?;
    let name = args
        .article
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article.txt".to_owned());
    let format = factcheck::article::Format::from_path(&args.article);
    let article = factcheck::article::Article::from_text(&text, format);
    let draft = factcheck::suggest::suggest(&name, &article);
    print(&draft.text);
    eprintln!(
        "drafted {} claims; left out {} values whose claim would not check as supported",
        draft.n_claims,
        draft.dropped.len()
    );
    Ok(ExitCode::SUCCESS)
}
