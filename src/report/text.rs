//! The text report: for the terminal, for review, and for snapshots.
//!
//! It cites evidence by place ("section \"Spaceport\"") and sentence text, never by byte
//! offset, so an unrelated edit elsewhere in the article does not churn every snapshot.

use std::fmt::Write;

use super::Report;
use crate::verdict::{ClaimResult, Diff, Verdict};

/// The whole report of one claims file.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", report.claims_path());
    let _ = writeln!(out, "article: {}", report.article_path);
    for result in &report.results {
        out.push('\n');
        render_claim(&mut out, report, result);
    }
    let counts = report.counts();
    let _ = writeln!(
        out,
        "\n{} claims: {} supported, {} refuted, {} unclear, {} missing",
        counts.total(),
        counts.supported,
        counts.refuted,
        counts.unclear,
        counts.missing
    );
    out
}

/// One claim: verdict line, expectation, what was found, the evidence and the diff.
pub fn render_claim(out: &mut String, report: &Report, result: &ClaimResult) {
    let text = report.article.text.as_str();
    let claim = report.claim(&result.id);
    let says = claim.and_then(|c| c.says.as_deref()).unwrap_or("");
    let flag = if result.passed || result.verdict == Verdict::Supported {
        ""
    } else {
        "  FAIL"
    };
    let _ = writeln!(
        out,
        "{:<9}  {}{flag}  {says}",
        result.verdict.as_str(),
        result.id
    );
    let _ = writeln!(out, "  expected  {}", result.expected);
    if let Some(found) = &result.found {
        let _ = writeln!(out, "  found     {found}");
    }
    if let Some(reason) = &result.reason {
        let _ = writeln!(out, "  why       {reason}");
    }
    for (idx, evidence) in result.evidence.iter().enumerate() {
        let label = if idx == 0 { "evidence" } else { "" };
        let note = if idx > 0 && evidence.verdict != result.verdict {
            format!(" (conflicting: {})", evidence.verdict.as_str())
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {label:<8}  {}: \"{}\"{note}",
            evidence.place,
            one_line(evidence.sentence.of(text))
        );
    }
    if let Some(diff) = &result.diff {
        render_diff(out, diff);
    }
}

fn render_diff(out: &mut String, diff: &Diff) {
    match diff {
        Diff::Words { inline, .. } => {
            let _ = writeln!(out, "  diff      {inline}");
        }
        Diff::Items { missing, extra } => {
            for item in missing {
                let _ = writeln!(out, "  diff      - {item}");
            }
            for item in extra {
                let _ = writeln!(out, "  diff      + {item}");
            }
        }
        Diff::Values { expected, found } => {
            let _ = writeln!(out, "  diff      - {expected}");
            let _ = writeln!(out, "  diff      + {found}");
        }
        Diff::Speaker { expected, found } => {
            let _ = writeln!(out, "  diff      - speaker {}", expected.join(" / "));
            let _ = writeln!(
                out,
                "  diff      + speaker {}",
                found.as_deref().unwrap_or("(none)")
            );
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A failing claim as one rustc-style report: the claim's line in the claims file and the
/// article's sentence, then the verdict block of [`render_claim`].
pub fn render_failure(report: &Report, result: &ClaimResult) -> String {
    use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

    let title = format!("claim `{}` is {}", result.id, result.verdict.as_str());
    let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
    let claims_text: &str = &report.file.source.text;
    if let Some(claim) = report.claim(&result.id) {
        let span = claim.expectation_span;
        group = group.element(
            Snippet::source(claims_text)
                .path(report.claims_path())
                .fold(true)
                .annotation(
                    AnnotationKind::Context
                        .span(claim.id_span.start..claim.id_span.end)
                        .label("this claim"),
                )
                .annotation(
                    AnnotationKind::Primary
                        .span(span.start..span.end)
                        .label(format!("expected {}", result.expected)),
                ),
        );
    }
    let article_text = report.article.text.as_str();
    let found_label = match &result.found {
        Some(found) => format!("found {found}"),
        None => "evidence".to_owned(),
    };
    if let Some(evidence) = result.evidence.first() {
        let at = evidence.matched.unwrap_or(evidence.sentence);
        group = group.element(
            Snippet::source(article_text)
                .path(report.article_path.as_str())
                .fold(true)
                .annotation(
                    AnnotationKind::Context.span(evidence.sentence.start..evidence.sentence.end),
                )
                .annotation(
                    AnnotationKind::Primary
                        .span(at.start..at.end)
                        .label(found_label.as_str()),
                ),
        );
    }
    let mut out = Renderer::plain().render(&[group]);
    out.push_str("\n\n");
    render_claim(&mut out, report, result);
    out
}
