//! The library's entry point: claims files in, reports out.
//!
//! [`check_file`] loads one claims file, reads its article, extracts every value once and
//! decides each claim; [`discover`] finds claims files under the paths a user gives.
//!
//! The article's format follows its extension (`.md` Markdown, `.html` HTML, else plain
//! text; see [`Format::from_path`]). The reference date for relative expressions is the
//! claims file's `published`, else the date the article states about itself (Markdown
//! front matter `published`, HTML `article:published_time` or `<time datetime>`), else
//! its dateline's date when the dateline gives a year ("LONDON, Sept 13, 2023 -"). The
//! default zone is the claims file's `zone`, else the front matter's.

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
    let article = read_article(&file)?;
    // Problems only the article reveals (an `in` naming a section it lacks) are bad input too;
    // warnings are `lint`'s to show.
    let errors: Vec<Diagnostic> = claims::lint_article(&file, &article)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(check_article(file, article, root))
}

/// Reads the article a claims file names, in the format its extension gives.
pub fn read_article(file: &ClaimsFile) -> Result<Article, Vec<Diagnostic>> {
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
    Ok(Article::from_text(
        &text,
        Format::from_path(&file.article_path),
    ))
}

/// What extraction consults for an article: the reference date (see [`reference_date`]) and
/// the default zone (the claims file's, else the article's own).
pub fn context(
    published: Option<jiff::civil::Date>,
    zone: Option<&str>,
    article: &Article,
) -> Context {
    Context {
        reference: reference_date(published, article).map(Reference::from_date),
        prefer: Default::default(),
        zone: zone
            .map(str::to_owned)
            .or_else(|| article.meta.zone.clone()),
    }
}

/// Decides every claim of a loaded file against its parsed article.
pub fn check_article(file: ClaimsFile, article: Article, root: Option<&Path>) -> Report {
    let cx = context(file.published, file.zone.as_deref(), &article);
    let values = extract::extract_article(&article, &cx);
    let results = verdict::evaluate(&file, &article, &values);
    let article_path = crate::repo::display(&file.article_path, root);
    Report::new(file, article_path, article, results)
}

/// The reference date: `published` (the claims file's), else the article's own
/// publication date, else its dateline's date when that has a year.
pub fn reference_date(
    published: Option<jiff::civil::Date>,
    article: &Article,
) -> Option<jiff::civil::Date> {
    published
        .or(article.meta.published)
        .or_else(|| dateline_day(article))
}

/// The dateline's date as a day, when it names one with its year ("Sept 13, 2023").
fn dateline_day(article: &Article) -> Option<jiff::civil::Date> {
    let written = article.dateline.as_ref()?.date.as_deref()?;
    extract::extract(written, &Context::default())
        .into_iter()
        .find_map(|value| match value.data {
            extract::Data::Date(extract::Date::Day(day)) => Some(day),
            _ => None,
        })
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
