//! The JSON report of `check --format json`: DESIGN.md's contract.

use serde::Serialize;

use super::{Counts, Report};
use crate::verdict::{ClaimResult, Diff, Evidence};

#[derive(Serialize)]
struct Run<'a> {
    passed: bool,
    reports: Vec<FileReport<'a>>,
}

#[derive(Serialize)]
struct FileReport<'a> {
    claims: &'a str,
    article: &'a str,
    results: Vec<ResultJson<'a>>,
    counts: Counts,
}

#[derive(Serialize)]
struct ResultJson<'a> {
    id: &'a str,
    verdict: &'static str,
    passed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    says: Option<&'a str>,
    expected: &'a str,
    found: Option<&'a str>,
    evidence: Option<EvidenceJson<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    more_evidence: Vec<EvidenceJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff: Option<DiffJson<'a>>,
    /// Line and column of the claim's id in the claims file.
    claim_line: usize,
}

#[derive(Serialize)]
struct EvidenceJson<'a> {
    place: String,
    text: &'a str,
    #[serde(rename = "match")]
    matched: Option<&'a str>,
    verdict: &'static str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum DiffJson<'a> {
    Words {
        expected: &'a str,
        found: &'a str,
        inline: &'a str,
    },
    Items {
        missing: &'a [String],
        extra: &'a [String],
    },
    Values {
        expected: &'a str,
        found: &'a str,
    },
    Speaker {
        expected: &'a [String],
        found: Option<&'a str>,
    },
}

/// The JSON document for a run over several claims files.
pub fn render(reports: &[Report]) -> String {
    let run = Run {
        passed: reports.iter().all(Report::passed),
        reports: reports.iter().map(file_report).collect(),
    };
    // OK because every field is a string, number, bool or a list of them.
    serde_json::to_string_pretty(&run).unwrap() + "\n"
}

fn file_report(report: &Report) -> FileReport<'_> {
    FileReport {
        claims: report.claims_path(),
        article: &report.article_path,
        results: report
            .results
            .iter()
            .map(|r| result_json(report, r))
            .collect(),
        counts: report.counts(),
    }
}

fn result_json<'a>(report: &'a Report, result: &'a ClaimResult) -> ResultJson<'a> {
    let claim = report.claim_of(result);
    let claim_line = claim
        .map(|c| {
            crate::span::LineIndex::new(&report.file.source.text)
                .line_col(&report.file.source.text, c.id_span.start)
                .line
        })
        .unwrap_or(0);
    let evidence = |e: &'a Evidence| {
        let text = report.article.text.as_str();
        let at = e.matched.unwrap_or(e.sentence);
        let lc = report.article.line_col(at.start);
        let at = report.article.file_span(at);
        EvidenceJson {
            place: e.place.to_string(),
            text: e.sentence.of(text),
            matched: e.matched.map(|m| m.of(text)),
            verdict: e.verdict.as_str(),
            line: lc.line,
            column: lc.column,
            start: at.start,
            end: at.end,
        }
    };
    ResultJson {
        id: &result.id,
        verdict: result.verdict.as_str(),
        passed: result.passed,
        says: claim.and_then(|c| c.says.as_deref()),
        expected: &result.expected,
        found: result.found.as_deref(),
        evidence: result.evidence.first().map(evidence),
        more_evidence: result.evidence.iter().skip(1).map(evidence).collect(),
        reason: result.reason.as_deref(),
        diff: result.diff.as_ref().map(|d| match d {
            Diff::Words {
                expected,
                found,
                inline,
            } => DiffJson::Words {
                expected,
                found,
                inline,
            },
            Diff::Items { missing, extra } => DiffJson::Items { missing, extra },
            Diff::Values { expected, found } => DiffJson::Values { expected, found },
            Diff::Speaker { expected, found } => DiffJson::Speaker {
                expected,
                found: found.as_deref(),
            },
        }),
        claim_line,
    }
}
