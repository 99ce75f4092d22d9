//! Loading a claims file: TOML parsed with spans, then walked key by key into a
//! [`ClaimsFile`]. Every problem is a [`Diagnostic`] pointing at the key or value, and a file's
//! problems are reported together, not only the first.
//!
//! # Why walk the TOML tree ourselves
//!
//! serde stops at the first error, so an editor who mistyped three keys would fix them one
//! run at a time. `toml::de::DeTable::parse_recoverable` gives every syntax error at once and a
//! tree whose keys and values all carry spans; walking it here reports unknown keys, wrong
//! types and unreadable values in one pass. Syntax errors are reported alone: a broken
//! `[[claim]` header would otherwise make every key below it "unknown".
//!
//! # Grammar
//!
//! An expectation value is read by the article's extractor, plus forms only claims use:
//! - a TOML number: `number = 33`, `percent = 6.4`, `ordinal = 70`, `date = 2012` (a year)
//! - a TOML date or local time: `date = 2016-04-28`, `time = 07:09:00`
//! - a symbol qualifier: `"> 5"`, `">= 5"`, `"< 5"`, `"<= 5"`, `"~70"` (also `≥ ≤ ≈`)
//! - ISO strings: `"2019-04"`, `"2012"`, `"1950-1953"`, `"2019-Q3"`, `"P3M/2024-03-31"` (the three
//!   months ending that day), `"PT5H"`, `"07:09"`
//! - words, as an article writes them: `"more than five hours"`, `"April 28, 2016"`
//!
//! A value must read as one value of the claimed kind, covering the whole string (a
//! trailing full stop aside); "76" claimed as a percent is 76%, "2012" claimed as a date
//! is the year.
//!
//! # Pointing into strings
//!
//! A value that does not read ("more than five parsecs") is reported at the word where the
//! reading stopped, inside the string, when the string is written without escapes (so its
//! bytes in the file are its bytes in memory); otherwise at the whole value.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{
    CLAIM_KEYS, Claim, ClaimsFile, EXPECTATION_KEYS, Expectation, FILE_KEYS, ItemsMatch, Tolerance,
    Within,
};
use crate::diag::{Diagnostic, Source};
use crate::extract::{
    self, Context, Data, Date, Duration, Kind, Qualifier, Reference, Unit, Value,
};
use crate::span::Span;

type Node<'i> = Spanned<DeValue<'i>>;

fn span_of<T>(spanned: &Spanned<T>) -> Span {
    let range = spanned.span();
    Span::new(range.start, range.end)
}

/// Loads and validates the claims file at `path`; `root` is the repository the article must
/// lie in (None: anywhere), and paths are shown relative to it.
pub fn load(path: &Path, root: Option<&Path>) -> Result<ClaimsFile, Vec<Diagnostic>> {
    let shown = crate::repo::display(path, root);
    let text = crate::input::read_text(path).map_err(|err| {
        vec![
            Diagnostic::error(
                "input/unreadable",
                format!("cannot read claims file: {err}"),
            )
            .help(err.help()),
        ]
    })?;
    let dir = path.parent().unwrap_or(Path::new("."));
    load_str(&shown, &text, dir, root)
}

/// Loads a claims file from its text; `dir` is where relative article paths start.
pub fn load_str(
    shown_path: &str,
    text: &str,
    dir: &Path,
    root: Option<&Path>,
) -> Result<ClaimsFile, Vec<Diagnostic>> {
    read_str(shown_path, text, dir, root, true)
}

/// Reads a claims file from its text without looking for its article on disk (for a draft
/// checked against an article already in memory).
pub fn load_str_detached(shown_path: &str, text: &str) -> Result<ClaimsFile, Vec<Diagnostic>> {
    read_str(shown_path, text, Path::new("."), None, false)
}

fn read_str(
    shown_path: &str,
    text: &str,
    dir: &Path,
    root: Option<&Path>,
    find_article: bool,
) -> Result<ClaimsFile, Vec<Diagnostic>> {
    let source = Source {
        path: shown_path.to_owned(),
        text: Arc::from(text),
    };
    let (doc, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        return Err(errors.iter().map(|e| syntax_error(&source, e)).collect());
    }
    let mut walk = Walk {
        source: &source,
        problems: Vec::new(),
    };
    let raw = walk.file(&doc);

    let mut article_path = dir.to_owned();
    if let Some((span, article)) = &raw.article {
        article_path = dir.join(article);
        if find_article {
            check_article_path(
                &source,
                article,
                *span,
                &article_path,
                root,
                &mut walk.problems,
            );
        }
    }
    let published = raw.published.as_ref().and_then(|(span, value)| {
        let date = read_published(value);
        if date.is_none() {
            walk.problems.push(
                Diagnostic::error("claims/bad-value", "`published` is not a date")
                    .in_source(&source)
                    .at(*span, "expected a date such as 2023-09-13")
                    .help("write `published = 2023-09-13` (a TOML date, no quotes needed)"),
            );
        }
        date
    });
    let zone = raw.zone.as_ref().and_then(|(span, name)| {
        if crate::extract::is_known_zone(name) {
            Some(name.clone())
        } else {
            walk.problems.push(
                Diagnostic::error("claims/bad-value", format!("unknown time zone {name:?}"))
                    .in_source(&source)
                    .at(*span, "not an IANA time zone name")
                    .help("write an IANA name such as \"Europe/Moscow\", \"America/New_York\" or \"UTC\""),
            );
            None
        }
    });
    let cx = Context {
        reference: published.map(Reference::from_date),
        prefer: Default::default(),
        zone: zone.clone(),
    };
    let default_required = raw.required.unwrap_or(true);

    let mut claims = Vec::new();
    let mut seen: HashMap<String, Span> = HashMap::new();
    for raw_claim in raw.claims {
        if let Some((id_span, id)) = &raw_claim.id {
            check_id(&source, id, *id_span, &mut seen, &mut walk.problems);
        }
        if let Some(claim) = read_claim(
            &source,
            raw_claim,
            &cx,
            default_required,
            &mut walk.problems,
        ) {
            claims.push(claim);
        }
    }

    let mut problems = walk.problems;
    // In file order, as an editor reads them.
    problems.sort_by_key(|d| d.primary.as_ref().map_or(0, |l| l.span.start));
    match raw.article {
        Some((article_span, article)) if problems.is_empty() => Ok(ClaimsFile {
            source,
            article,
            article_span,
            article_path,
            published,
            zone,
            claims,
        }),
        _ => Err(problems),
    }
}

fn check_id(
    source: &Source,
    id: &str,
    id_span: Span,
    seen: &mut HashMap<String, Span>,
    problems: &mut Vec<Diagnostic>,
) {
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        problems.push(
            Diagnostic::error(
                "claims/bad-id",
                format!("claim id {id:?} is not made of a-z, 0-9 and -"),
            )
            .in_source(source)
            .at(id_span, "use lowercase letters, digits and hyphens")
            .help(format!("for example `id = \"{}\"`", suggest_id(id))),
        );
    }
    if let Some(&first) = seen.get(id) {
        problems.push(
            Diagnostic::error(
                "claims/duplicate-id",
                format!("two claims have the id {id:?}"),
            )
            .in_source(source)
            .at(id_span, "this id")
            .also(first, "was already used here")
            .help("give every claim in a file its own id"),
        );
    } else {
        seen.insert(id.to_owned(), id_span);
    }
}

/// A claims file's keys as written, each with its span; `None` where absent or mistyped.
#[derive(Default)]
struct RawFile {
    article: Option<(Span, String)>,
    published: Option<(Span, toml::Value)>,
    zone: Option<(Span, String)>,
    required: Option<bool>,
    claims: Vec<RawClaim>,
}

/// A list of strings (a lone string counts as a list of one), each with its span.
type Strings = Vec<(Span, String)>;

/// One claim's keys as written. Keys with the wrong type are reported and left `None`, but
/// still count in `present`, so a mistyped expectation is not also "no expectation".
#[derive(Default)]
struct RawClaim {
    /// The `[[claim]]` table.
    span: Span,
    id: Option<(Span, String)>,
    says: Option<String>,
    about: Option<Strings>,
    within: Option<(Span, String)>,
    required: Option<bool>,
    tolerance: Option<(Span, toml::Value)>,
    note: Option<String>,
    quote: Option<(Span, String)>,
    speaker: Option<(Span, Strings)>,
    mentions: Option<(Span, Strings)>,
    absent: Option<(Span, Strings)>,
    /// `number` … `time`: the kind, the value's span and the value.
    scalar: Option<(Kind, Span, toml::Value)>,
    items: Option<(Span, Strings)>,
    items_match: Option<(Span, String)>,
    /// Expectation keys present, in file order, with the key's span.
    present: Vec<(&'static str, Span)>,
    /// The first expectation key's value.
    expectation_value: Option<Span>,
    /// Whether any key was reported (then the claim is not built).
    broken: bool,
}

/// Walks the TOML tree, collecting problems.
struct Walk<'a> {
    source: &'a Source,
    problems: Vec<Diagnostic>,
}

/// Entries of a table in file order (the tree keeps them sorted by name).
fn entries<'t, 'i>(
    table: &'t DeTable<'i>,
) -> Vec<(&'t Spanned<toml::de::DeString<'i>>, &'t Node<'i>)> {
    let mut out: Vec<_> = table.iter().collect();
    out.sort_by_key(|(key, _)| key.span().start);
    out
}

fn type_name(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date or time",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

impl Walk<'_> {
    fn file(&mut self, doc: &Spanned<DeTable>) -> RawFile {
        let mut raw = RawFile::default();
        let mut has_article_key = false;
        for (key, node) in entries(doc.get_ref()) {
            let key_span = span_of(key);
            match key.get_ref().as_ref() {
                "article" => {
                    has_article_key = true;
                    raw.article = self.string("article", node, "`article = \"article.txt\"`")
                }
                "published" => match to_scalar(node.get_ref()) {
                    Some(value) => raw.published = Some((span_of(node), value)),
                    None => {
                        self.wrong_type("published", node, "a date", "`published = 2023-09-13`")
                    }
                },
                "zone" => raw.zone = self.string("zone", node, "`zone = \"Europe/Moscow\"`"),
                "required" => raw.required = self.boolean("required", node),
                "claim" => raw.claims = self.claims(node),
                other => self.unknown_key(other, key_span, true),
            }
        }
        if !has_article_key {
            // Point at the first line: the key belongs at the top of the file.
            let first_line = self
                .source
                .text
                .find('\n')
                .unwrap_or(self.source.text.len());
            self.problems.push(
                Diagnostic::error("claims/missing-key", "missing key `article`")
                    .in_source(self.source)
                    .at(Span::new(0, first_line), "`article` is required at the top of the file")
                    .help("add `article = \"article.txt\"` at the top of the file, before the first [[claim]]"),
            );
        }
        raw
    }

    fn claims(&mut self, node: &Node) -> Vec<RawClaim> {
        let DeValue::Array(array) = node.get_ref() else {
            self.wrong_type(
                "claim",
                node,
                "a list of tables",
                "start each claim with a `[[claim]]` line (two brackets)",
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in array.iter() {
            match item.get_ref() {
                DeValue::Table(table) => out.push(self.claim(span_of(item), table)),
                _ => self.wrong_type(
                    "claim",
                    item,
                    "a table",
                    "start each claim with a `[[claim]]` line (two brackets)",
                ),
            }
        }
        out
    }

    fn claim(&mut self, span: Span, table: &DeTable) -> RawClaim {
        let n_problems = self.problems.len();
        let mut raw = RawClaim {
            span,
            ..RawClaim::default()
        };
        for (key, node) in entries(table) {
            let key_span = span_of(key);
            let name = key.get_ref().as_ref();
            if let Some(&expectation) = EXPECTATION_KEYS.iter().find(|&&k| k == name) {
                raw.present.push((expectation, key_span));
                raw.expectation_value.get_or_insert(span_of(node));
            }
            match name {
                "id" => raw.id = self.string("id", node, "`id = \"talks-duration\"`"),
                "says" => {
                    raw.says = self
                        .string("says", node, "`says = \"The talks lasted five hours.\"`")
                        .map(|(_, s)| s)
                }
                "about" => raw.about = self.strings("about", node).map(|(_, v)| v),
                "in" => {
                    raw.within =
                        self.string("in", node, "`in = \"body\"` or `in = \"Summit agenda\"`")
                }
                "required" => raw.required = self.boolean("required", node),
                "tolerance" => match to_scalar(node.get_ref()) {
                    Some(value) => raw.tolerance = Some((span_of(node), value)),
                    None => self.wrong_type(
                        "tolerance",
                        node,
                        "a string or a number",
                        "`tolerance = \"5%\"` or `tolerance = \"10 minutes\"`",
                    ),
                },
                "note" => raw.note = self.string("note", node, "`note = \"…\"`").map(|(_, s)| s),
                "quote" => raw.quote = self.string("quote", node, "`quote = \"the quoted words\"`"),
                "speaker" => raw.speaker = self.strings("speaker", node),
                "mentions" => raw.mentions = self.strings("mentions", node),
                "absent" => raw.absent = self.strings("absent", node),
                "items" => raw.items = self.strings("items", node),
                "match" => raw.items_match = self.string("match", node, "`match = \"all\"`"),
                "number" | "ordinal" | "percent" | "money" | "duration" | "date" | "time" => {
                    let kind = kind_of_key(name);
                    match to_scalar(node.get_ref()) {
                        Some(value) if !matches!(value, toml::Value::Boolean(_)) => {
                            raw.scalar = Some((kind, span_of(node), value))
                        }
                        _ => self.wrong_type(name, node, "a string or a number", example_for(kind)),
                    }
                }
                other => self.unknown_key(other, key_span, false),
            }
        }
        raw.broken = self.problems.len() > n_problems;
        raw
    }

    /// An unknown key at the top of the file (`at_top`) or in a claim.
    fn unknown_key(&mut self, key: &str, span: Span, at_top: bool) {
        let (known, elsewhere) = if at_top {
            (FILE_KEYS, CLAIM_KEYS)
        } else {
            (CLAIM_KEYS, FILE_KEYS)
        };
        let help = if elsewhere.contains(&key) && !known.contains(&key) {
            if at_top {
                format!("`{key}` belongs to a claim: put it after a `[[claim]]` line")
            } else {
                format!("`{key}` belongs at the top of the file, before the first `[[claim]]`")
            }
        } else {
            match closest(key, known) {
                Some(close) => format!("did you mean `{close}`? known keys: {}", known.join(", ")),
                None => format!("known keys: {}", known.join(", ")),
            }
        };
        self.problems.push(
            Diagnostic::error("claims/unknown-key", format!("unknown key `{key}`"))
                .in_source(self.source)
                .at(
                    span,
                    if at_top {
                        "not a key of a claims file"
                    } else {
                        "not a key of a claim"
                    },
                )
                .help(help),
        );
    }

    fn wrong_type(&mut self, key: &str, node: &Node, expected: &str, example: &str) {
        self.problems.push(
            Diagnostic::error("claims/wrong-type", format!("`{key}` must be {expected}"))
                .in_source(self.source)
                .at(
                    span_of(node),
                    format!("this is {}", type_name(node.get_ref())),
                )
                .help(if example.starts_with('`') {
                    format!("for example {example}; strings need double quotes")
                } else {
                    example.to_owned()
                }),
        );
    }

    fn string(&mut self, key: &str, node: &Node, example: &str) -> Option<(Span, String)> {
        match node.get_ref() {
            DeValue::String(s) => Some((span_of(node), s.to_string())),
            _ => {
                self.wrong_type(key, node, "a string", example);
                None
            }
        }
    }

    fn boolean(&mut self, key: &str, node: &Node) -> Option<bool> {
        match node.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, node, "true or false", &format!("`{key} = false`"));
                None
            }
        }
    }

    /// A string or a list of strings.
    fn strings(&mut self, key: &str, node: &Node) -> Option<(Span, Strings)> {
        let example = format!("`{key} = \"…\"` or `{key} = [\"…\", \"…\"]`");
        match node.get_ref() {
            DeValue::String(s) => Some((span_of(node), vec![(span_of(node), s.to_string())])),
            DeValue::Array(array) => {
                let mut out = Vec::new();
                let mut ok = true;
                for item in array.iter() {
                    match item.get_ref() {
                        DeValue::String(s) => out.push((span_of(item), s.to_string())),
                        _ => {
                            self.wrong_type(key, item, "a string or a list of strings", &example);
                            ok = false;
                        }
                    }
                }
                ok.then(|| (span_of(node), out))
            }
            _ => {
                self.wrong_type(key, node, "a string or a list of strings", &example);
                None
            }
        }
    }
}

fn kind_of_key(key: &str) -> Kind {
    match key {
        "number" => Kind::Number,
        "ordinal" => Kind::Ordinal,
        "percent" => Kind::Percent,
        "money" => Kind::Money,
        "duration" => Kind::Duration,
        "date" => Kind::Date,
        _ => Kind::Time,
    }
}

/// A scalar TOML value as `toml::Value`; `None` for lists and tables.
fn to_scalar(value: &DeValue) -> Option<toml::Value> {
    Some(match value {
        DeValue::String(s) => toml::Value::String(s.to_string()),
        DeValue::Integer(i) => {
            toml::Value::Integer(i64::from_str_radix(i.as_str(), i.radix()).ok()?)
        }
        DeValue::Float(f) => toml::Value::Float(f.as_str().parse().ok()?),
        DeValue::Boolean(b) => toml::Value::Boolean(*b),
        DeValue::Datetime(dt) => toml::Value::Datetime(*dt),
        DeValue::Array(_) | DeValue::Table(_) => return None,
    })
}

/// Where a string's content starts in the file, when its bytes there are its bytes in memory
/// (no escapes, no line-continuation); `None` otherwise.
fn content_start(text: &str, span: Span, content: &str) -> Option<usize> {
    let raw = text.get(span.start..span.end)?;
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(inner) = raw.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) {
            // A multi-line string drops the newline right after its opening quotes.
            let skip = if quote.len() == 3 && inner.starts_with('\n') {
                1
            } else {
                0
            };
            return (inner.get(skip..)? == content).then_some(span.start + quote.len() + skip);
        }
    }
    None
}

fn check_article_path(
    source: &Source,
    article: &str,
    span: Span,
    path: &Path,
    root: Option<&Path>,
    problems: &mut Vec<Diagnostic>,
) {
    // Lexically first, so a path that leaves the repository is refused whether or not it
    // exists (and says nothing about what exists outside); then with links followed.
    let absolute = path
        .parent()
        .and_then(|dir| std::fs::canonicalize(dir).ok())
        .map(|dir| crate::repo::normalize(&dir.join(path.file_name().unwrap_or_default())));
    let escapes = |root: &Path| {
        absolute.as_ref().is_some_and(|a| !a.starts_with(root))
            || (path.exists() && !crate::repo::is_inside(path, root))
    };
    if let Some(root) = root
        && escapes(root)
    {
        problems.push(
            Diagnostic::error(
                "article/outside-repo",
                format!("article {article:?} lies outside the repository"),
            )
            .in_source(source)
            .at(span, "this path leads outside the repository")
            .help(
                "copy the article next to the claims file; claims may only read files in the repository (`check --allow-outside-repo` lifts this)",
            ),
        );
    } else if !path.is_file() {
        problems.push(
            Diagnostic::error(
                "article/not-found",
                format!("article {article:?} does not exist"),
            )
            .in_source(source)
            .at(span, "no file at this path")
            .help("the path is relative to the claims file's folder; put the article beside it"),
        );
    }
}

fn read_published(value: &toml::Value) -> Option<jiff::civil::Date> {
    match value {
        toml::Value::Datetime(dt) if dt.time.is_none() => {
            let d = dt.date?;
            jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok()
        }
        toml::Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "talks-duration".to_owned()
    } else {
        out
    }
}

/// Validates one claim; `None` when it has problems (already pushed).
fn read_claim(
    source: &Source,
    raw: RawClaim,
    cx: &Context,
    default_required: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<Claim> {
    let n_problems = problems.len();
    let name = match &raw.id {
        Some((_, id)) => format!("claim {id:?}"),
        None => "this claim".to_owned(),
    };
    // Where to point when the whole claim is at fault: its id, else its `[[claim]]` header.
    let anchor = raw.id.as_ref().map_or(raw.span, |(span, _)| *span);
    if raw.id.is_none() && !raw.broken {
        problems.push(
            Diagnostic::error("claims/missing-key", "missing key `id`")
                .in_source(source)
                .at(header_of(source, raw.span), "this claim has no `id`")
                .help("give the claim an id such as `id = \"talks-duration\"`"),
        );
    }
    match raw.present.as_slice() {
        [] => {
            problems.push(
                Diagnostic::error(
                    "claims/no-expectation",
                    format!("{name} says nothing to check"),
                )
                .in_source(source)
                .at(anchor, "this claim has no expectation key")
                .help(format!(
                    "add exactly one of: {}",
                    EXPECTATION_KEYS.join(", ")
                )),
            );
        }
        [_] => {}
        [(first, first_span), rest @ ..] => {
            let mut diag = Diagnostic::error(
                "claims/two-expectations",
                format!("{name} has {} expectation keys", raw.present.len()),
            )
            .in_source(source)
            .at(
                rest[0].1,
                format!("`{}` is a second expectation", rest[0].0),
            )
            .also(*first_span, format!("`{first}` is the first"));
            for (key, span) in &rest[1..] {
                diag = diag.also(*span, format!("`{key}` too"));
            }
            problems
                .push(diag.help("split it into one claim per expectation, each with its own id"));
        }
    }
    if let Some((span, _)) = &raw.speaker
        && raw.quote.is_none()
        && !raw.present.iter().any(|(k, _)| *k == "quote")
    {
        problems.push(
            Diagnostic::error("claims/misplaced-key", "`speaker` belongs with `quote`")
                .in_source(source)
                .at(*span, "no `quote` in this claim")
                .help("add the quoted words as `quote = \"…\"`, or remove `speaker`"),
        );
    }
    if let Some((span, _)) = &raw.items_match
        && !raw.present.iter().any(|(k, _)| *k == "items")
    {
        problems.push(
            Diagnostic::error("claims/misplaced-key", "`match` belongs with `items`")
                .in_source(source)
                .at(*span, "no `items` in this claim")
                .help("add `items = [\"…\", \"…\"]`, or remove `match`"),
        );
    }
    for (key, list) in [
        ("about", raw.about.as_ref()),
        ("speaker", raw.speaker.as_ref().map(|(_, v)| v)),
        ("mentions", raw.mentions.as_ref().map(|(_, v)| v)),
        ("absent", raw.absent.as_ref().map(|(_, v)| v)),
        ("items", raw.items.as_ref().map(|(_, v)| v)),
    ] {
        for (span, text) in list.into_iter().flatten() {
            if text.trim().is_empty() {
                problems.push(empty_value(source, key, *span));
            }
        }
    }
    if let Some((span, text)) = raw.quote.as_ref().or(raw.within.as_ref())
        && text.trim().is_empty()
    {
        let key = if raw.quote.as_ref().is_some_and(|(s, _)| s == span) {
            "quote"
        } else {
            "in"
        };
        problems.push(empty_value(source, key, *span));
    }

    let expectation = read_expectation(source, &raw, cx, problems);
    let within = raw.within.as_ref().map(|(_, w)| read_within(w));
    let tolerance = raw.tolerance.as_ref().and_then(|(span, t)| match read_tolerance(t) {
        Some(tolerance) => Some(tolerance),
        None => {
            problems.push(
                Diagnostic::error("claims/bad-value", "`tolerance` is not a tolerance")
                    .in_source(source)
                    .at(*span, "expected a percentage, a number or a duration")
                    .help("write `tolerance = \"5%\"`, `tolerance = 0.5` or `tolerance = \"10 minutes\"`"),
            );
            None
        }
    });
    if raw.broken || problems.len() > n_problems {
        return None;
    }
    let (id_span, id) = raw.id?;
    let (about_spans, about) = raw.about.unwrap_or_default().into_iter().unzip();
    Some(Claim {
        id,
        id_span,
        says: raw.says,
        about,
        about_spans,
        within,
        within_span: raw.within.map(|(span, _)| span),
        required: raw.required.unwrap_or(default_required),
        tolerance,
        note: raw.note,
        expectation: expectation?,
        expectation_span: raw.expectation_value.unwrap_or(anchor),
    })
}

/// `in = "…"`: a place name, else a section heading.
pub(crate) fn read_within(text: &str) -> Within {
    match text.trim().to_lowercase().as_str() {
        "headline" => Within::Headline,
        "standfirst" => Within::Standfirst,
        "dateline" => Within::Dateline,
        "body" => Within::Body,
        _ => Within::Section(text.trim().to_owned()),
    }
}

/// The `[[claim]]` header line of a claim table, for problems of the whole claim.
fn header_of(source: &Source, table: Span) -> Span {
    let text: &str = &source.text;
    let before = text.get(..table.start.min(text.len())).unwrap_or("");
    match before.rfind("[[") {
        Some(start) => {
            let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
            Span::new(start, end)
        }
        None => table,
    }
}

fn empty_value(source: &Source, key: &str, span: Span) -> Diagnostic {
    Diagnostic::error("claims/bad-value", format!("`{key}` holds an empty string"))
        .in_source(source)
        .at(span, "empty")
        .help("write the words to look for, or remove the key")
}

fn read_expectation(
    source: &Source,
    raw: &RawClaim,
    cx: &Context,
    problems: &mut Vec<Diagnostic>,
) -> Option<Expectation> {
    if raw.present.len() != 1 {
        return None;
    }
    let strings = |list: &Strings| list.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>();
    if let Some((_, quote)) = &raw.quote {
        let speakers = raw
            .speaker
            .as_ref()
            .map(|(_, s)| strings(s))
            .unwrap_or_default();
        return Some(Expectation::Quote {
            words: quote.clone(),
            speakers,
        });
    }
    if let Some((_, m)) = &raw.mentions {
        return Some(Expectation::Mentions(strings(m)));
    }
    if let Some((_, a)) = &raw.absent {
        return Some(Expectation::Absent(strings(a)));
    }
    if let Some((_, items)) = &raw.items {
        let mode = match &raw.items_match {
            None => ItemsMatch::Exact,
            Some((_, m)) if m == "exact" => ItemsMatch::Exact,
            Some((_, m)) if m == "all" => ItemsMatch::All,
            Some((_, m)) if m == "any" => ItemsMatch::Any,
            Some((span, other)) => {
                let help = match closest(other, &["exact", "all", "any"]) {
                    Some(close) => format!(
                        "did you mean \"{close}\"? \"exact\": the same items; \"all\": at least these; \"any\": one of these"
                    ),
                    None => {
                        "\"exact\": the same items; \"all\": at least these; \"any\": one of these"
                            .to_owned()
                    }
                };
                problems.push(
                    Diagnostic::error(
                        "claims/bad-value",
                        format!("`match = {other:?}` is not a way to match items"),
                    )
                    .in_source(source)
                    .at(*span, "expected \"exact\", \"all\" or \"any\"")
                    .help(help),
                );
                return None;
            }
        };
        return Some(Expectation::Items {
            items: strings(items),
            mode,
        });
    }
    let (kind, span, value) = raw.scalar.as_ref()?;
    match read_value(*kind, value, cx) {
        Ok((text, value)) => Some(Expectation::Value {
            kind: *kind,
            text,
            value,
        }),
        Err(bad) => {
            // Point at the failing word where the string's bytes are in the file as written.
            let at = match (bad.at, value) {
                (Some(at), toml::Value::String(s)) => {
                    content_start(&source.text, *span, s).map(|start| at.shift(start))
                }
                _ => None,
            };
            problems.push(
                Diagnostic::error("claims/bad-value", format!("cannot read this {kind}"))
                    .in_source(source)
                    .at(at.unwrap_or(*span), bad.why)
                    .help(example_for(*kind)),
            );
            None
        }
    }
}

fn example_for(kind: Kind) -> &'static str {
    match kind {
        Kind::Number => {
            "write a number or a phrase: `number = 33`, `number = \"about 70\"`, `number = \"> 5\"`"
        }
        Kind::Ordinal => "write an integer: `ordinal = 70`",
        Kind::Percent => {
            "write `percent = 76`, `percent = \"about 6\"` or `percent = \"more than 5%\"`"
        }
        Kind::Money => {
            "write an amount with its currency: `money = \"$1.13bn\"` or `money = \"about £600m\"`"
        }
        Kind::Duration => {
            "write `duration = \"more than 5 hours\"`, `\"half an hour\"` or ISO `\"PT5H\"`"
        }
        Kind::Date => {
            "write `date = 2016-04-28`, `date = \"April 2019\"`, `date = \"2012\"` or `\"2019-04\"`"
        }
        Kind::Time => {
            "write `time = 07:09:00`, `time = \"07:09\"` or `time = \"7:09 a.m. Moscow time\"`"
        }
        _ => "see the claims format in README.md",
    }
}

/// Why a value does not read, and where in the string (relative to its content) if known.
pub(crate) struct BadValue {
    pub(crate) at: Option<Span>,
    pub(crate) why: String,
}

impl From<String> for BadValue {
    fn from(why: String) -> BadValue {
        BadValue { at: None, why }
    }
}

/// Reads an expectation value the way the extractor reads an article, plus the forms only
/// claims use: TOML numbers and dates, ISO strings, and `>`, `>=`, `<`, `<=`, `~` prefixes.
pub(crate) fn read_value(
    kind: Kind,
    value: &toml::Value,
    cx: &Context,
) -> Result<(String, Value), BadValue> {
    let whole = |data: Data, text: &str| Value {
        span: Span::new(0, text.len()),
        qualifier: None,
        data,
    };
    match value {
        toml::Value::Integer(n) => {
            let text = n.to_string();
            let n = *n as f64;
            let data = match kind {
                Kind::Number => Data::Number {
                    value: n,
                    unit: None,
                },
                Kind::Ordinal => Data::Ordinal(n as i64),
                Kind::Percent => Data::Percent(n),
                Kind::Date if (1..=9999).contains(&(n as i64)) => Data::Date(Date::Year(n as i16)),
                _ => return Err(format!("a bare number is not a {kind}").into()),
            };
            Ok((text.clone(), whole(data, &text)))
        }
        toml::Value::Float(f) => {
            if !f.is_finite() {
                return Err("expected a finite number".to_owned().into());
            }
            let text = f.to_string();
            let data = match kind {
                Kind::Number => Data::Number {
                    value: *f,
                    unit: None,
                },
                Kind::Percent => Data::Percent(*f),
                _ => return Err(format!("a bare number is not a {kind}").into()),
            };
            Ok((text.clone(), whole(data, &text)))
        }
        toml::Value::Datetime(dt) => {
            let text = dt.to_string();
            let date = dt.date.and_then(|d| {
                jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok()
            });
            let time = dt.time.and_then(|t| {
                jiff::civil::Time::new(t.hour as i8, t.minute as i8, t.second.unwrap_or(0) as i8, 0)
                    .ok()
            });
            let data = match (kind, date, time) {
                (Kind::Date, Some(date), None) => Data::Date(Date::Day(date)),
                (Kind::Time, date, Some(time)) if dt.offset.is_none() => {
                    Data::Time(extract::Time {
                        date,
                        time,
                        has_seconds: false,
                        zone: cx.zone.clone(),
                    })
                }
                _ => return Err(format!("expected a {kind}").into()),
            };
            Ok((text.clone(), whole(data, &text)))
        }
        toml::Value::String(s) => read_value_str(kind, s, cx).map(|value| (s.clone(), value)),
        _ => Err(format!("expected a string or a number, not {}", value.type_str()).into()),
    }
}

fn read_value_str(kind: Kind, text: &str, cx: &Context) -> Result<Value, BadValue> {
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    let (qualifier, rest) = symbol_qualifier(trimmed);
    let offset = lead + (trimmed.len() - rest.len());
    if rest.is_empty() {
        return Err(BadValue {
            at: None,
            why: format!("expected {}, found nothing", a(kind)),
        });
    }
    if let Some(data) = read_iso(kind, rest) {
        return Ok(Value {
            span: Span::new(0, text.len()),
            qualifier,
            data,
        });
    }
    if kind == Kind::Date && rest.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        // ISO-shaped but not a calendar date ("2023-02-30"): the extractor would read a year
        // and stop, which says less than this.
        return Err(BadValue {
            at: None,
            why: "not a date in the calendar (write YYYY, YYYY-MM or YYYY-MM-DD)".to_owned(),
        });
    }
    let mut values = extract::extract(rest, cx);
    values.retain(|v| v.kind().is_scalar());
    let covers = |v: &Value| {
        rest[..v.span.start].trim().is_empty()
            && rest[v.span.end..].trim_matches(['.', ' ']).is_empty()
    };
    // Of alternative readings of the whole text ("5 to 7" is a range and a time), the one of
    // the claimed kind.
    let mut covering = values.iter().filter(|v| covers(v));
    let Some(first) = covering.clone().next() else {
        return Err(stopped_at(kind, rest, &values).shifted(offset));
    };
    let found = covering
        .find(|v| coerce(kind, v.data.clone()).is_some())
        .unwrap_or(first);
    let found_kind = found.kind();
    let Some(data) = coerce(kind, found.data.clone()) else {
        let at = found.span.shift(offset);
        return Err(BadValue {
            at: Some(at),
            why: format!("this reads as {}, not {}", a(found_kind), a(kind)),
        });
    };
    let qualifier = qualifier.or(found.qualifier);
    Ok(Value {
        span: Span::new(0, text.len()).cover(found.span.shift(offset)),
        qualifier,
        data,
    })
}

impl BadValue {
    fn shifted(mut self, offset: usize) -> BadValue {
        self.at = self.at.map(|at| at.shift(offset));
        self
    }
}

/// Where the reading of `text` as a `kind` stopped: the first word after the longest value
/// that starts the text, or the first word when none does.
fn stopped_at(kind: Kind, text: &str, values: &[Value]) -> BadValue {
    let prefix = values
        .iter()
        .filter(|v| text[..v.span.start].trim().is_empty())
        .max_by_key(|v| v.span.end);
    let from = prefix.map_or(0, |v| v.span.end);
    let Some(word) = next_word(text, from) else {
        return format!("this does not read as {}", a(kind)).into();
    };
    let what = word.of(text);
    let why = match (prefix, kind) {
        (Some(v), _) if coerce(kind, v.data.clone()).is_some() => {
            format!("the {kind} ends before `{what}`; remove it")
        }
        (Some(_), Kind::Duration) => format!("`{what}` is not a unit of time"),
        (Some(_), Kind::Money) => format!("`{what}` is not a currency"),
        (Some(_), Kind::Percent) => format!("expected `%` or `percent`, found `{what}`"),
        (Some(_), _) => format!("`{what}` is not part of {}", a(kind)),
        (None, _) => format!("cannot read `{what}` as part of {}", a(kind)),
    };
    BadValue {
        at: Some(word),
        why,
    }
}

/// A kind with its article: "a number", "an ordinal".
fn a(kind: Kind) -> String {
    match kind {
        Kind::Ordinal => "an ordinal".to_owned(),
        _ => format!("a {kind}"),
    }
}

/// The next run of letters, digits and inner punctuation at or after `from`.
fn next_word(text: &str, from: usize) -> Option<Span> {
    let rest = text.get(from..)?;
    let start = from + rest.find(|c: char| !c.is_whitespace())?;
    let len = text[start..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - start);
    let word = text[start..start + len].trim_end_matches([',', '.', ';', ':', '!', '?']);
    let len = if word.is_empty() { len } else { word.len() };
    Some(Span::new(start, start + len))
}

/// `> 5`, `>= 5`, `< 5`, `<= 5`, `~5` and their Unicode forms.
fn symbol_qualifier(text: &str) -> (Option<Qualifier>, &str) {
    for (prefix, qualifier) in [
        (">=", Qualifier::Ge),
        ("≥", Qualifier::Ge),
        ("<=", Qualifier::Le),
        ("≤", Qualifier::Le),
        (">", Qualifier::Gt),
        ("<", Qualifier::Lt),
        ("~", Qualifier::Approx),
        ("≈", Qualifier::Approx),
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return (Some(qualifier), rest.trim_start());
        }
    }
    (None, text)
}

/// ISO forms the article extractor has no reason to read: `2019-04`, `2019-Q3`, `P3M/2024-03-31`,
/// `PT5H`, bare years.
fn read_iso(kind: Kind, text: &str) -> Option<Data> {
    match kind {
        Kind::Date => {
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            // `YYYY-MM-DD` exactly: jiff alone would also take a sign or a time after it.
            let day = |s: &str| {
                let b = s.as_bytes();
                (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
                    .then(|| s.parse::<jiff::civil::Date>().ok())
                    .flatten()
                    .filter(|_| digits(&s[..4]) && digits(&s[5..7]) && digits(&s[8..]))
            };
            // `P3M/1987-03-31`: the three months ending on that day (a fiscal quarter).
            if let Some((months, end)) = text
                .strip_prefix(['P', 'p'])
                .and_then(|rest| rest.split_once(['M', 'm']))
                .and_then(|(months, end)| Some((months, end.strip_prefix('/')?)))
            {
                let months: i8 = months.parse().ok().filter(|_| digits(months))?;
                return (1..=24)
                    .contains(&months)
                    .then_some(Data::Date(Date::Period {
                        months,
                        end: day(end)?,
                        quarter: None,
                    }));
            }
            // `2019-Q3`
            if let Some((year, quarter)) = text.split_once(['Q', 'q'])
                && let Some(year) = year.strip_suffix('-')
                && year.len() == 4
                && digits(year)
                && quarter.len() == 1
                && digits(quarter)
                && let (Ok(year), Ok(quarter)) = (year.parse::<i16>(), quarter.parse::<i8>())
            {
                return (1..=4)
                    .contains(&quarter)
                    .then_some(Data::Date(Date::Quarter { year, quarter }));
            }
            let parts: Vec<&str> = text.split('-').collect();
            let num = |s: &str, len: usize| {
                (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| s.parse::<i16>().ok())
                    .flatten()
            };
            match parts.as_slice() {
                [y] => Some(Data::Date(Date::Year(num(y, 4)?))),
                [y, z] if z.len() == 4 => {
                    let (from, to) = (num(y, 4)?, num(z, 4)?);
                    (from <= to).then(|| {
                        Data::Range(
                            Box::new(Data::Date(Date::Year(from))),
                            Box::new(Data::Date(Date::Year(to))),
                        )
                    })
                }
                [y, m] => {
                    let (year, month) = (num(y, 4)?, num(m, 2)?);
                    (1..=12).contains(&month).then_some(Data::Date(Date::Month {
                        year,
                        month: month as i8,
                    }))
                }
                [_, _, _] => text
                    .parse::<jiff::civil::Date>()
                    .ok()
                    .map(|d| Data::Date(Date::Day(d))),
                _ => None,
            }
        }
        Kind::Duration if text.starts_with(['P', 'p']) => {
            let span: jiff::Span = text.parse().ok()?;
            let parts: Vec<(f64, Unit)> = [
                (span.get_years() as f64, Unit::Year),
                (span.get_months() as f64, Unit::Month),
                (span.get_weeks() as f64, Unit::Week),
                (span.get_days() as f64, Unit::Day),
                (span.get_hours() as f64, Unit::Hour),
                (span.get_minutes() as f64, Unit::Minute),
                (
                    span.get_seconds() as f64 + span.get_milliseconds() as f64 / 1000.0,
                    Unit::Second,
                ),
            ]
            .into_iter()
            .filter(|&(n, _)| n != 0.0)
            .collect();
            Some(Data::Duration(Duration { parts }))
        }
        Kind::Time => {
            let time: jiff::civil::Time = text.parse().ok()?;
            let has_seconds = text.matches(':').count() == 2;
            Some(Data::Time(extract::Time {
                date: None,
                time,
                has_seconds,
                zone: None,
            }))
        }
        _ => None,
    }
}

/// Converts what the extractor read into the claimed kind where the reading is unambiguous:
/// "76" claimed as a percent is 76%, "2012" claimed as a date is the year.
fn coerce(kind: Kind, data: Data) -> Option<Data> {
    if data.kind() == kind {
        return Some(data);
    }
    if let Data::Range(lo, hi) = data {
        let (lo, hi) = (coerce(kind, *lo)?, coerce(kind, *hi)?);
        return Some(Data::Range(Box::new(lo), Box::new(hi)));
    }
    match (kind, data) {
        (Kind::Percent, Data::Number { value, .. }) => Some(Data::Percent(value)),
        (Kind::Ordinal, Data::Number { value, .. }) if value.fract() == 0.0 => {
            Some(Data::Ordinal(value as i64))
        }
        (Kind::Date, Data::Number { value, .. })
            if value.fract() == 0.0 && (1.0..=9999.0).contains(&value) =>
        {
            Some(Data::Date(Date::Year(value as i16)))
        }
        (Kind::Number, Data::Date(Date::Year(year))) => Some(Data::Number {
            value: year as f64,
            unit: None,
        }),
        _ => None,
    }
}

fn read_tolerance(value: &toml::Value) -> Option<Tolerance> {
    match value {
        toml::Value::Integer(n) => Some(Tolerance::Absolute(*n as f64)),
        toml::Value::Float(f) if f.is_finite() => Some(Tolerance::Absolute(*f)),
        toml::Value::String(s) => {
            let s = s.trim();
            if let Some(pct) = s.strip_suffix('%') {
                return pct
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|p| p.is_finite())
                    .map(|p| Tolerance::Relative(p / 100.0));
            }
            if let Ok(n) = s.parse::<f64>() {
                return n.is_finite().then_some(Tolerance::Absolute(n));
            }
            let values = extract::extract(s, &Context::default());
            match values.as_slice() {
                [
                    Value {
                        data: Data::Duration(d),
                        ..
                    },
                ] => Some(Tolerance::Absolute(d.seconds())),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A TOML syntax error as a diagnostic.
fn syntax_error(source: &Source, err: &toml::de::Error) -> Diagnostic {
    let span = err
        .span()
        .map(|r| Span::new(r.start, r.end))
        .unwrap_or_default();
    Diagnostic::error("claims/invalid-toml", "the claims file is not valid TOML")
        .in_source(source)
        .at(span, err.message().trim().to_owned())
        .help("see https://toml.io for the syntax; strings need double quotes, claims start with [[claim]]")
}

/// The known key closest to a misspelt one, if any is close.
fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(key, k), *k))
        .filter(|&(d, k)| d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads `toml` (after an `article` line) and compares its problems, one
    /// `code line:col label` each, `; `-separated ("ok" when it loads).
    fn check(toml: &str, expected: &str) {
        let text = format!("article = \"a.txt\"\n{toml}");
        let got = match load_str_detached("c.toml", &text) {
            Ok(_) => "ok".to_owned(),
            Err(problems) => problems
                .iter()
                .map(|d| {
                    let at = d.location().unwrap_or_default();
                    let at = at.trim_start_matches("c.toml:");
                    let label = d.primary.as_ref().map_or("", |l| l.text.as_str());
                    format!("{} {at} {label}", d.code)
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        assert_eq!(got, expected);
    }

    #[test]
    fn iso_quarters_and_periods_are_strict() {
        let date = |text: &str| read_iso(Kind::Date, text).map(|d| d.to_string());
        assert_eq!(date("2019-Q3").as_deref(), Some("2019-Q3"));
        assert_eq!(date("P3M/1987-03-31").as_deref(), Some("P3M/1987-03-31"));
        for bad in [
            "-001-Q1",
            "2019-Q+3",
            "2019-Q5",
            "P+3M/1987-03-31",
            "P3M/1987-03-31T00:00",
            "P3M/-000001-01-31",
            "P0M/1987-03-31",
            "P3M/1987-02-30",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_good_claim_loads() {
        check("[[claim]]\nid = \"a\"\nnumber = \"about 70\"", "ok");
        check(
            "[[claim]]\nid = \"a\"\nquote = \"x\"\nspeaker = [\"P\", \"Q\"]",
            "ok",
        );
    }

    #[test]
    fn every_problem_at_once_in_file_order() {
        check(
            "[[claim]]\nid = \"a\"\nspeeker = \"P\"\nquote = \"x\"\n[[claim]]\nid = \"a\"\nabout = 5\nnumber = 1",
            "claims/unknown-key 4:1 not a key of a claim; claims/duplicate-id 7:6 this id; claims/wrong-type 8:9 this is an integer",
        );
    }

    #[test]
    fn every_syntax_error_at_once() {
        check(
            "[[claim]]\nid = \"a\"\nnumber = \nx = \"open\ny = 1",
            "claims/invalid-toml 4:10 string values must be quoted, expected literal string; \
             claims/invalid-toml 5:10 invalid basic string, expected `\"`",
        );
    }

    #[test]
    fn the_caret_points_at_the_failing_word() {
        check(
            "[[claim]]\nid = \"a\"\nnumber = \"about 70 zillion\"",
            "claims/bad-value 4:20 the number ends before `zillion`; remove it",
        );
        // With an escape, the string's bytes are not the file's: the whole value.
        check(
            "[[claim]]\nid = \"a\"\nnumber = \"about\\t70 zillion\"",
            "claims/bad-value 4:10 the number ends before `zillion`; remove it",
        );
    }

    #[test]
    fn keys_in_the_wrong_place_say_where_they_belong() {
        check(
            "id = \"a\"",
            "claims/unknown-key 2:1 not a key of a claims file",
        );
        check(
            "[[claim]]\nid = \"a\"\nzone = \"UTC\"\nnumber = 1",
            "claims/unknown-key 4:1 not a key of a claim",
        );
    }

    proptest::proptest! {
        /// No claims file, however broken, panics the loader.
        #[test]
        fn never_panics(body in "(\\[\\[claim\\]\\]\n|id = \"a\"\n|number = \"[a-z0-9 .,%$£-]{0,12}\"\n|about = [\\[\\]\"a,0-9]{0,8}\n|[a-z]{1,6} = [0-9\"'\\[\\]{},.a-z-]{0,8}\n|\\p{Any}{0,4}){0,12}") {
            let _ = load_str_detached("c.toml", &body);
        }
    }

    #[test]
    fn expectations_exactly_one() {
        check(
            "[[claim]]\nid = \"a\"",
            "claims/no-expectation 3:6 this claim has no expectation key",
        );
        check(
            "[[claim]]\nid = \"a\"\nnumber = 1\ndate = 2012",
            "claims/two-expectations 5:1 `date` is a second expectation",
        );
    }
}
