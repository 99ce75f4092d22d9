//! Lint: the checks of a claims file that need its article, and the whole `lint` run over
//! files (load, read the article, check against it), without deciding any claim.
//!
//! Loading ([`super::load()`]) already refuses what the file alone shows to be wrong. What is
//! left needs the parsed article:
//!
//! - `claims/unknown-section` (error): `in = "Summit agenda"` where the article has no such
//!   heading; the help lists the headings it has (and the closest one).
//! - `claims/about-not-found` (warning): an `about` phrase that occurs in no sentence of the
//!   claim's scope, or phrases that each occur but never in one sentence together. A warning,
//!   not an error: the claim is still well formed, it will just find no evidence (`missing`).
//!
//! # Exit codes of `factcheck lint`
//!
//! 0 when no file has an error (warnings are printed but pass, unless `--deny-warnings`), 1
//! when some file has a problem, 2 when an input path cannot be read at all (no such path, not
//! UTF-8, too large). A claims file whose article is missing or unreadable is a problem of
//! that claims file (1), reported at its `article` key.

use std::path::Path;

use super::{ClaimsFile, Within};
use crate::article::{Article, Place};
use crate::diag::Diagnostic;
use crate::span::Span;
use crate::verdict::text;

/// The outcome of linting one claims file.
#[derive(Debug, Default)]
pub struct Lint {
    pub diagnostics: Vec<Diagnostic>,
    /// The claims file itself could not be read (exit 2).
    pub unreadable: bool,
}

/// Loads a claims file, reads its article and runs every check on it; decides no claim.
pub fn lint_path(path: &Path, root: Option<&Path>) -> Lint {
    let file = match super::load(path, root) {
        Ok(file) => file,
        Err(diagnostics) => {
            let unreadable = diagnostics.iter().any(|d| d.code == "input/unreadable");
            return Lint {
                diagnostics,
                unreadable,
            };
        }
    };
    let diagnostics = match crate::check::read_article(&file) {
        Ok(article) => lint_article(&file, &article),
        Err(diagnostics) => diagnostics,
    };
    Lint {
        diagnostics,
        unreadable: false,
    }
}

/// A sentence (or the dateline) with where it sits and its words.
struct Passage<'a> {
    place: Place<'a>,
    is_dateline: bool,
    words: Vec<(Span, String)>,
}

/// The checks that need the article: `in` sections and `about` words.
pub fn lint_article(file: &ClaimsFile, article: &Article) -> Vec<Diagnostic> {
    let mut passages = Vec::new();
    if let Some(dateline) = &article.dateline {
        passages.push(Passage {
            place: Place::Body { heading: None },
            is_dateline: true,
            words: text::words(dateline.span.of(&article.text)),
        });
    }
    for block in article.iter_blocks() {
        for sentence in block.sentences() {
            passages.push(Passage {
                place: block.place,
                is_dateline: false,
                words: text::words(sentence.span.of(&article.text)),
            });
        }
    }
    let headings: Vec<&str> = article.iter_headings().collect();
    let mut out = Vec::new();
    for claim in &file.claims {
        if let (Some(Within::Section(name)), Some(span)) = (&claim.within, claim.within_span)
            && !headings.iter().any(|h| text::fold(h) == text::fold(name))
        {
            out.push(unknown_section(file, name, span, &headings));
            // Every `about` word would be "not found" in an empty scope: say it once.
            continue;
        }
        let in_scope: Vec<&Passage> = passages
            .iter()
            .filter(|p| within(claim.within.as_ref(), p))
            .collect();
        let phrases: Vec<Vec<String>> = claim
            .about
            .iter()
            .map(|a| text::words(a).into_iter().map(|(_, w)| w).collect())
            .collect();
        let scope = match &claim.within {
            None => "the article".to_owned(),
            Some(Within::Section(name)) => format!("section {name:?}"),
            Some(Within::Headline) => "the headline".to_owned(),
            Some(Within::Standfirst) => "the standfirst".to_owned(),
            Some(Within::Dateline) => "the dateline".to_owned(),
            Some(Within::Body) => "the body".to_owned(),
        };
        let mut all_found = true;
        for ((phrase, words), span) in claim.about.iter().zip(&phrases).zip(&claim.about_spans) {
            if !in_scope
                .iter()
                .any(|p| !text::find_about(words, &p.words).is_empty())
            {
                all_found = false;
                out.push(
                    Diagnostic::warning(
                        "claims/about-not-found",
                        format!("no sentence of {scope} mentions {phrase:?}"),
                    )
                    .in_source(&file.source)
                    .at(*span, "these words occur in no sentence")
                    .help("`about` words must all occur in the evidence sentence (case and plain inflection aside); copy them from the article"),
                );
            }
        }
        if all_found
            && phrases.len() > 1
            && !in_scope.iter().any(|p| {
                phrases
                    .iter()
                    .all(|words| !text::find_about(words, &p.words).is_empty())
            })
        {
            let first = claim.about_spans[0]
                .cover(*claim.about_spans.last().unwrap_or(&claim.about_spans[0]));
            out.push(
                Diagnostic::warning(
                    "claims/about-not-found",
                    format!("no sentence of {scope} mentions all of the `about` words together"),
                )
                .in_source(&file.source)
                .at(
                    first,
                    "each occurs, but never in one sentence with the others",
                )
                .help("keep only the words of the one sentence that holds the evidence"),
            );
        }
    }
    out
}

fn unknown_section(file: &ClaimsFile, name: &str, span: Span, headings: &[&str]) -> Diagnostic {
    let places = "headline, standfirst, dateline, body";
    let help = if headings.is_empty() {
        format!("the article has no section headings; use one of {places}, or remove `in`")
    } else {
        let listed = headings
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let close = headings
            .iter()
            .map(|h| {
                (
                    strsim::normalized_damerau_levenshtein(&text::fold(name), &text::fold(h)),
                    *h,
                )
            })
            .filter(|&(score, _)| score >= 0.6)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, h)| format!("did you mean \"{h}\"? "))
            .unwrap_or_default();
        format!("{close}the article's sections are {listed}; or use {places}")
    };
    Diagnostic::error(
        "claims/unknown-section",
        format!("the article has no section {name:?}"),
    )
    .in_source(&file.source)
    .at(span, "no heading with this text")
    .help(help)
}

fn within(scope: Option<&Within>, passage: &Passage) -> bool {
    match scope {
        None => true,
        Some(Within::Dateline) => passage.is_dateline,
        Some(_) if passage.is_dateline => false,
        Some(Within::Headline) => passage.place == Place::Headline,
        Some(Within::Standfirst) => passage.place == Place::Standfirst,
        Some(Within::Body) => matches!(passage.place, Place::Body { .. }),
        Some(Within::Section(name)) => match passage.place {
            Place::Body {
                heading: Some(heading),
            } => text::fold(heading) == text::fold(name),
            _ => false,
        },
    }
}
