//! Diagnostics: one type for every problem a user can cause, rendered rustc-style
//! against the file it is in (annotate-snippets), with a stable code and a help line.
//!
//! # Codes
//!
//! Codes are stable: scripts and documentation refer to them. Each is listed here once, and a
//! tidy test (tests/it/schema.rs) fails when a code used in `src/` is missing from this table.
//! Loading a claims file reports all its problems at once, in file order; `factcheck lint`
//! adds the checks that need the article (marked "lint").
//!
//! | code | severity | when |
//! |---|---|---|
//! | `claims/invalid-toml` | error | the claims file is not TOML (every syntax error is reported) |
//! | `claims/unknown-key` | error | a key the claims format does not have (with "did you mean") |
//! | `claims/wrong-type` | error | a key holds the wrong type of value |
//! | `claims/missing-key` | error | a required key (`article`, `id`) is absent |
//! | `claims/no-expectation` | error | a claim has none of the expectation keys |
//! | `claims/two-expectations` | error | a claim has more than one expectation key |
//! | `claims/duplicate-id` | error | two claims share an `id` |
//! | `claims/bad-id` | error | an `id` is not `[a-z0-9-]+` |
//! | `claims/bad-value` | error | an expectation, tolerance, zone, `published` or `match` value does not read, or a string is empty; the caret points at the word where reading stopped |
//! | `claims/misplaced-key` | error | `speaker` without `quote`, `match` without `items` |
//! | `claims/unknown-section` | error | `in` names a section heading the article lacks (lint) |
//! | `claims/about-not-found` | warning | an `about` phrase occurs in no sentence of the claim's scope, or the phrases never in one sentence together (lint) |
//! | `article/not-found` | error | the article named by `article` does not exist |
//! | `article/outside-repo` | error | the article lies outside the repository |
//! | `article/unreadable` | error | the article cannot be read, is not UTF-8, or is too large |
//! | `input/unreadable` | error | a claims file cannot be read, is not UTF-8, or is too large |
//! | `check/failed` | error | a claim is not supported (refuted, or unclear or missing while required); points at the claim's line and the article's evidence sentence |

use std::fmt;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::span::{LineIndex, Span};

/// A text a diagnostic points into, with the path to show for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub text: Arc<str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A span with what to say under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The file it is about; `None` for problems with no file (bad flags).
    pub source: Option<Source>,
    pub primary: Option<Label>,
    pub secondary: Vec<Label>,
    /// Labels in other files (the article's sentence beside the claim's line), each shown as
    /// its own snippet after the primary one.
    pub elsewhere: Vec<(Source, Label)>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            source: None,
            primary: None,
            secondary: Vec::new(),
            elsewhere: Vec::new(),
            help: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn in_source(mut self, source: &Source) -> Diagnostic {
        self.source = Some(source.clone());
        self
    }

    pub fn at(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.primary = Some(Label {
            span,
            text: text.into(),
        });
        self
    }

    pub fn also(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// A label in another file than the diagnostic's own.
    pub fn also_in(mut self, source: &Source, span: Span, text: impl Into<String>) -> Diagnostic {
        self.elsewhere.push((
            source.clone(),
            Label {
                span,
                text: text.into(),
            },
        ));
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column` of the primary label, or the path alone.
    pub fn location(&self) -> Option<String> {
        let source = self.source.as_ref()?;
        Some(match &self.primary {
            Some(label) => {
                let lc = LineIndex::new(&source.text).line_col(&source.text, label.span.start);
                format!("{}:{}:{}", source.path, lc.line, lc.column)
            }
            None => source.path.clone(),
        })
    }

    /// Renders rustc-style, without colour (for files, snapshots and pipes).
    pub fn render(&self) -> String {
        self.render_with(&Renderer::plain())
    }

    pub fn render_with(&self, renderer: &Renderer) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(self.message.as_str()).id(self.code);
        let mut group = Group::with_title(title);
        match (&self.source, &self.primary) {
            (Some(source), Some(primary)) => {
                let text: &str = &source.text;
                let clamp = |span: Span| {
                    let start = floor_boundary(text, span.start);
                    start..floor_boundary(text, span.end.max(start))
                };
                let mut snippet = Snippet::source(text).path(source.path.as_str()).fold(true);
                snippet = snippet.annotation(
                    AnnotationKind::Primary
                        .span(clamp(primary.span))
                        .label(primary.text.as_str()),
                );
                for label in &self.secondary {
                    snippet = snippet.annotation(
                        AnnotationKind::Context
                            .span(clamp(label.span))
                            .label(label.text.as_str()),
                    );
                }
                group = group.element(snippet);
            }
            (Some(source), None) => {
                group = group.element(Level::NOTE.message(format!("in {}", source.path)));
            }
            _ => {}
        }
        for (source, label) in &self.elsewhere {
            let text: &str = &source.text;
            let start = floor_boundary(text, label.span.start);
            let span = start..floor_boundary(text, label.span.end.max(start));
            group = group.element(
                Snippet::source(text)
                    .path(source.path.as_str())
                    .fold(true)
                    .annotation(
                        AnnotationKind::Primary
                            .span(span)
                            .label(label.text.as_str()),
                    ),
            );
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        renderer.render(&[group])
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Diagnostics of one run, errors and warnings together.
pub type Diagnostics = Vec<Diagnostic>;

/// Whether any of them is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}
