//! The text report: for the terminal, for review, and for snapshots.
//!
//! It cites evidence by place ("section \"Spaceport\"") and sentence text, never by byte
//! offset, so an unrelated edit elsewhere in the article does not churn every snapshot.

use std::fmt::Write;

use super::Report;
use crate::diag::{Diagnostic, Source};
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
    let claim = report.claim_of(result);
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

/// A claim that did not pass, as one diagnostic (`check/failed`): the claim's expectation in
/// the claims file and, where evidence was found, the article's sentence, with the diff or the
/// reason as help. `None` when the claim passed or is not in the report.
pub fn failure(report: &Report, result: &ClaimResult) -> Option<Diagnostic> {
    if result.passed {
        return None;
    }
    let claim = report.claim_of(result)?;
    let article = Source {
        path: report.article_path.clone(),
        text: report.article.text.as_str().into(),
    };
    let mut diagnostic = Diagnostic::error(
        "check/failed",
        format!("claim {:?} is {}", claim.id, result.verdict.as_str()),
    )
    .in_source(&report.file.source)
    .at(
        claim.expectation_span,
        format!("expected {}", result.expected),
    );
    if let Some(evidence) = result.evidence.first() {
        let label = match &result.found {
            Some(found) => format!("found {found}"),
            None => "the evidence".to_owned(),
        };
        diagnostic = diagnostic.also_in(
            &article,
            evidence.matched.unwrap_or(evidence.sentence),
            label,
        );
    }
    let help = match &result.diff {
        Some(Diff::Words { inline, .. }) => Some(format!("diff: {inline}")),
        Some(Diff::Items { missing, extra }) => Some(format!(
            "missing items: [{}]; extra items: [{}]",
            missing.join(", "),
            extra.join(", ")
        )),
        Some(Diff::Values { expected, found }) => {
            Some(format!("expected {expected}, found {found}"))
        }
        Some(Diff::Speaker { expected, found }) => Some(format!(
            "expected a quote by {}, found one by {}",
            expected.join(" or "),
            found.as_deref().unwrap_or("nobody named")
        )),
        None => result.reason.clone(),
    };
    Some(match help {
        Some(help) => diagnostic.help(help),
        None => diagnostic,
    })
}

/// A failing claim for a test's failure message: the diagnostic, then the verdict block of
/// [`render_claim`].
pub fn render_failure(report: &Report, result: &ClaimResult) -> String {
    let mut out = failure(report, result)
        .map(|d| d.render())
        .unwrap_or_default();
    out.push_str("\n\n");
    render_claim(&mut out, report, result);
    out
}
