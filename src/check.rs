//! The library's entry point: claims files in, reports out.
//!
//! [`check_file`] loads one claims file, reads its article, extracts every value once and
//! decides each claim; [`discover`] finds claims files under the paths a user gives.

use std::path::{Path, PathBuf};

use crate::article::{Article, Format};
use crate::claims::{self, ClaimsFile};
use crate::diag::Diagnostic;
use crate::extract::{self, Context, Reference};
use crate::report::Report;
use crate::verdict;

/// Checks one claims file; `root` is the repository (articles must lie inside it, paths are
/// shown relative to it).
pub fn check_file(path: &Path, root: Option<&Path>) -> Result<Report, Vec<Diagnostic>> {
    let file = claims::load(path, root)?;
    let text = crate::input::read_text(&file.article_path).map_err(|err| {
        vec![
            Diagnostic::error(
                "article/unreadable",
                format!("cannot read the article: {err}"),
            )
            .in_source(&file.source)
            .at(file.article_span, "this article")
            .help(err.help()),
        ]
    })?;
    let article = Article::from_text(&text, Format::Plain);
    Ok(check_article(file, article, root))
}

/// Decides every claim of a loaded file against its parsed article.
pub fn check_article(file: ClaimsFile, article: Article, root: Option<&Path>) -> Report {
    let cx = Context {
        reference: file.published.map(Reference::from_date),
        prefer: Default::default(),
        zone: file.zone.clone(),
    };
    let values = extract::extract_article(&article, &cx);
    let results = verdict::evaluate(&file, &article, &values);
    let article_path = crate::repo::display(&file.article_path, root);
    Report::new(file, article_path, article, results)
}

/// Claims files under `paths`: each a file, or a folder searched for `*.toml` (sorted, so runs
/// are deterministic). Hidden folders and `target/` are skipped.
pub fn discover(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    let name = e.file_name().to_string_lossy();
                    e.depth() == 0 || !(name.starts_with('.') || name == "target")
                });
            for entry in walker.flatten() {
                if entry.file_type().is_file()
                    && entry.path().extension().is_some_and(|x| x == "toml")
                {
                    found.push(entry.into_path());
                }
            }
        } else {
            found.push(path.clone());
        }
    }
    found
}
