//! The machine-readable outputs of DESIGN.md, kept apart from internal types so a
//! refactor cannot change the contract by accident.

use serde::Serialize;

use crate::article::Article;
use crate::extract::{Data, Qualifier, Value};

/// One line of `extract --format jsonl`.
#[derive(Serialize)]
pub struct ExtractedValue<'a> {
    pub kind: &'static str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<&'a str>>,
}

impl<'a> ExtractedValue<'a> {
    /// `text` is what the value's span indexes; `line` is the line to report.
    pub fn new(value: &'a Value, text: &'a str, line: usize) -> ExtractedValue<'a> {
        let mut out = ExtractedValue {
            kind: value.kind().as_str(),
            text: value.span.of(text),
            start: value.span.start,
            end: value.span.end,
            line,
            value: value.data.to_string(),
            qualifier: value.qualifier,
            zone: None,
            currency: None,
            unit: None,
            speaker: None,
            speaker_text: None,
            items: None,
        };
        match &value.data {
            Data::Time(t) => out.zone = t.zone.as_deref(),
            Data::Range(lo, _) => {
                if let Data::Time(t) = &**lo {
                    out.zone = t.zone.as_deref();
                }
                if let Data::Money { currency, .. } = &**lo {
                    out.currency = Some(currency);
                }
            }
            Data::Money { currency, .. } => out.currency = Some(currency),
            Data::Number { unit, .. } => out.unit = unit.as_deref(),
            Data::Quote { speaker, .. } => {
                out.speaker = speaker.as_ref().map(|s| s.name.as_str());
                out.speaker_text = speaker.as_ref().map(|s| s.phrase.as_str());
            }
            Data::List { items } => {
                out.items = Some(items.iter().map(|i| i.text.as_str()).collect())
            }
            _ => {}
        }
        out
    }
}

/// `parse --format json`. Texts are the article's words (entities decoded for HTML and
/// Markdown); `start`/`end` are byte offsets into the file, `line` its 1-based line.
#[derive(Serialize)]
pub struct ParsedArticle<'a> {
    pub headline: Option<Block<'a>>,
    pub standfirst: Option<Block<'a>>,
    pub dateline: Option<Dateline<'a>>,
    pub sections: Vec<Section<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub warnings: &'a [String],
}

#[derive(Serialize)]
pub struct Block<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub sentences: Vec<Sentence<'a>>,
}

/// A sentence: `text` is the sentence with line breaks folded (a line break and the
/// spaces around it become one space, so hard-wrapped prose reads as one line);
/// `start`/`end` are exact byte offsets into the file.
#[derive(Serialize)]
pub struct Sentence<'a> {
    pub text: std::borrow::Cow<'a, str>,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct Dateline<'a> {
    pub text: &'a str,
    pub place: &'a str,
    pub region: Option<&'a str>,
    pub date: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct Section<'a> {
    pub heading: Option<&'a str>,
    pub paragraphs: Vec<Block<'a>>,
}

/// `s` with every line break ("\n", "\r\n", "\r") and the spaces and tabs around it
/// replaced by one space; borrowed when `s` has no line break.
pub fn fold_line_breaks(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\n', '\r']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (idx, line) in s.split(['\n', '\r']).enumerate() {
        let line = if idx == 0 {
            line
        } else {
            line.trim_start_matches([' ', '\t'])
        };
        let line = line.trim_end_matches([' ', '\t']);
        if !line.is_empty() {
            if idx > 0 && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

impl<'a> ParsedArticle<'a> {
    pub fn new(article: &'a Article) -> ParsedArticle<'a> {
        let text = article.text.as_str();
        // Texts come from the reading text; offsets are the file's (they differ for
        // Markdown and HTML, where the reading text is decoded from the markup).
        let block = |p: &'a crate::article::Paragraph| Block {
            text: p.span.of(text),
            start: article.file_span(p.span).start,
            end: article.file_span(p.span).end,
            line: article.line_col(p.span.start).line,
            sentences: article
                .sentences(p)
                .iter()
                .map(|s| Sentence {
                    text: fold_line_breaks(s.span.of(text)),
                    start: article.file_span(s.span).start,
                    end: article.file_span(s.span).end,
                })
                .collect(),
        };
        ParsedArticle {
            headline: article.headline.as_ref().map(block),
            standfirst: article.standfirst.as_ref().map(block),
            dateline: article.dateline.as_ref().map(|d| Dateline {
                text: d.span.of(text),
                place: &d.place,
                region: d.region.as_deref(),
                date: d.date.as_deref(),
                agency: d.agency.as_deref(),
                start: article.file_span(d.span).start,
                end: article.file_span(d.span).end,
            }),
            sections: article
                .sections
                .iter()
                .map(|s| Section {
                    heading: s.heading.as_ref().map(|h| h.span.of(text)),
                    paragraphs: s.paragraphs.iter().map(block).collect(),
                })
                .collect(),
            warnings: &article.warnings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fold_line_breaks;

    fn check(sentence: &str, expected: &str) {
        assert_eq!(fold_line_breaks(sentence), expected, "{sentence:?}");
    }

    #[test]
    fn line_breaks_fold_to_one_space() {
        check(
            "It was a cold \nnight in the city.",
            "It was a cold night in the city.",
        );
        check("cut off\r\n  in the middle.", "cut off in the middle.");
        check("a\r\rb", "a b");
        check("no break here", "no break here");
    }
}
