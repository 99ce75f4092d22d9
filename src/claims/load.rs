//! Loading a claims file: TOML into raw structs with spans, then validation into
//! [`ClaimsFile`], every problem a [`Diagnostic`] pointing at the key or value.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::{
    CLAIM_KEYS, Claim, ClaimsFile, EXPECTATION_KEYS, Expectation, FILE_KEYS, ItemsMatch, Tolerance,
    Within,
};
use crate::diag::{Diagnostic, Source};
use crate::extract::{
    self, Context, Data, Date, Duration, Kind, Qualifier, Reference, Unit, Value,
};
use crate::span::Span;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    article: Spanned<String>,
    published: Option<Spanned<toml::Value>>,
    zone: Option<Spanned<String>>,
    required: Option<bool>,
    #[serde(default)]
    claim: Vec<Spanned<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Spanned<String>,
    says: Option<String>,
    about: Option<Spanned<OneOrMany>>,
    #[serde(rename = "in")]
    within: Option<Spanned<String>>,
    required: Option<bool>,
    tolerance: Option<Spanned<toml::Value>>,
    note: Option<String>,
    quote: Option<Spanned<String>>,
    speaker: Option<Spanned<OneOrMany>>,
    mentions: Option<Spanned<OneOrMany>>,
    absent: Option<Spanned<OneOrMany>>,
    number: Option<Spanned<toml::Value>>,
    ordinal: Option<Spanned<toml::Value>>,
    percent: Option<Spanned<toml::Value>>,
    money: Option<Spanned<toml::Value>>,
    duration: Option<Spanned<toml::Value>>,
    date: Option<Spanned<toml::Value>>,
    time: Option<Spanned<toml::Value>>,
    items: Option<Spanned<Vec<String>>>,
    #[serde(rename = "match")]
    items_match: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

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
                format!("cannot read claims file {shown}: {err}"),
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
    let source = Source {
        path: shown_path.to_owned(),
        text: Arc::from(text),
    };
    let raw: RawFile = toml::from_str(text).map_err(|err| vec![toml_error(&source, &err)])?;
    let mut problems = Vec::new();

    let article_span = span_of(&raw.article);
    let article = raw.article.into_inner();
    let article_path = dir.join(&article);
    check_article_path(
        &source,
        &article,
        article_span,
        &article_path,
        root,
        &mut problems,
    );

    let published = raw
        .published
        .as_ref()
        .and_then(|p| match read_published(p.get_ref()) {
            Some(date) => Some(date),
            None => {
                problems.push(
                    Diagnostic::error("claims/bad-value", "`published` is not a date")
                        .in_source(&source)
                        .at(span_of(p), "expected a date such as 2023-09-13")
                        .help("write `published = 2023-09-13` (a TOML date, no quotes needed)"),
                );
                None
            }
        });
    let zone = raw.zone.as_ref().and_then(|z| {
        let name = z.get_ref();
        if crate::extract::is_known_zone(name) {
            Some(name.clone())
        } else {
            problems.push(
                Diagnostic::error("claims/bad-value", format!("unknown time zone {name:?}"))
                    .in_source(&source)
                    .at(span_of(z), "not an IANA time zone name")
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
    for raw_claim in raw.claim {
        let claim_span = span_of(&raw_claim);
        let raw_claim = raw_claim.into_inner();
        let id_span = span_of(&raw_claim.id);
        let id = raw_claim.id.get_ref().clone();
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
                .in_source(&source)
                .at(id_span, "use lowercase letters, digits and hyphens")
                .help(format!("for example `id = \"{}\"`", suggest_id(&id))),
            );
        }
        if let Some(&first) = seen.get(&id) {
            problems.push(
                Diagnostic::error(
                    "claims/duplicate-id",
                    format!("two claims have the id {id:?}"),
                )
                .in_source(&source)
                .at(id_span, "this id")
                .also(first, "was already used here")
                .help("give every claim in a file its own id"),
            );
        } else {
            seen.insert(id.clone(), id_span);
        }
        if let Some(claim) = read_claim(
            &source,
            raw_claim,
            claim_span,
            &cx,
            default_required,
            &mut problems,
        ) {
            claims.push(Claim {
                id,
                id_span,
                ..claim
            });
        }
    }

    if problems.is_empty() {
        Ok(ClaimsFile {
            source,
            article,
            article_span,
            article_path,
            published,
            zone,
            claims,
        })
    } else {
        Err(problems)
    }
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
            Diagnostic::error("article/outside-repo", format!("article {article:?} lies outside the repository"))
                .in_source(source)
                .at(span, "this path leads outside the repository")
                .help("copy the article next to the claims file; claims may only read files in the repository"),
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
    claim_span: Span,
    cx: &Context,
    default_required: bool,
    problems: &mut Vec<Diagnostic>,
) -> Option<Claim> {
    let n_problems = problems.len();
    let present: Vec<(&'static str, Span)> = [
        ("quote", raw.quote.as_ref().map(span_of)),
        ("mentions", raw.mentions.as_ref().map(span_of)),
        ("absent", raw.absent.as_ref().map(span_of)),
        ("number", raw.number.as_ref().map(span_of)),
        ("ordinal", raw.ordinal.as_ref().map(span_of)),
        ("percent", raw.percent.as_ref().map(span_of)),
        ("money", raw.money.as_ref().map(span_of)),
        ("duration", raw.duration.as_ref().map(span_of)),
        ("date", raw.date.as_ref().map(span_of)),
        ("time", raw.time.as_ref().map(span_of)),
        ("items", raw.items.as_ref().map(span_of)),
    ]
    .into_iter()
    .filter_map(|(key, span)| Some((key, span?)))
    .collect();
    let id_span = span_of(&raw.id);
    match present.as_slice() {
        [] => {
            problems.push(
                Diagnostic::error(
                    "claims/no-expectation",
                    format!("claim {:?} says nothing to check", raw.id.get_ref()),
                )
                .in_source(source)
                .at(id_span, "this claim has no expectation key")
                .help(format!(
                    "add exactly one of: {}",
                    EXPECTATION_KEYS.join(", ")
                )),
            );
            return None;
        }
        [_] => {}
        [(first, first_span), rest @ ..] => {
            let mut diag = Diagnostic::error(
                "claims/two-expectations",
                format!(
                    "claim {:?} has {} expectation keys",
                    raw.id.get_ref(),
                    present.len()
                ),
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
            return None;
        }
    }
    if let Some(speaker) = &raw.speaker
        && raw.quote.is_none()
    {
        problems.push(
            Diagnostic::error("claims/misplaced-key", "`speaker` belongs with `quote`")
                .in_source(source)
                .at(span_of(speaker), "no `quote` in this claim")
                .help("add the quoted words as `quote = \"…\"`, or remove `speaker`"),
        );
    }
    if let Some(m) = &raw.items_match
        && raw.items.is_none()
    {
        problems.push(
            Diagnostic::error("claims/misplaced-key", "`match` belongs with `items`")
                .in_source(source)
                .at(span_of(m), "no `items` in this claim")
                .help("add `items = [\"…\", \"…\"]`, or remove `match`"),
        );
    }

    let expectation_span = present[0].1;
    let expectation = read_expectation(source, &raw, cx, problems);

    let within = raw
        .within
        .as_ref()
        .map(|w| match w.get_ref().trim().to_lowercase().as_str() {
            "headline" => Within::Headline,
            "standfirst" => Within::Standfirst,
            "dateline" => Within::Dateline,
            "body" => Within::Body,
            _ => Within::Section(w.get_ref().trim().to_owned()),
        });
    let tolerance = raw.tolerance.as_ref().and_then(|t| match read_tolerance(t.get_ref()) {
        Some(tolerance) => Some(tolerance),
        None => {
            problems.push(
                Diagnostic::error("claims/bad-value", "`tolerance` is not a tolerance")
                    .in_source(source)
                    .at(span_of(t), "expected a percentage, a number or a duration")
                    .help("write `tolerance = \"5%\"`, `tolerance = 0.5` or `tolerance = \"10 minutes\"`"),
            );
            None
        }
    });
    let about = raw
        .about
        .map(|a| a.into_inner().into_vec())
        .unwrap_or_default();
    let _ = claim_span;
    if problems.len() > n_problems {
        return None;
    }
    Some(Claim {
        id: String::new(),
        id_span,
        says: raw.says,
        about,
        within,
        required: raw.required.unwrap_or(default_required),
        tolerance,
        note: raw.note,
        expectation: expectation?,
        expectation_span,
    })
}

fn read_expectation(
    source: &Source,
    raw: &RawClaim,
    cx: &Context,
    problems: &mut Vec<Diagnostic>,
) -> Option<Expectation> {
    if let Some(quote) = &raw.quote {
        let speakers = raw
            .speaker
            .as_ref()
            .map(|s| s.get_ref().clone_vec())
            .unwrap_or_default();
        return Some(Expectation::Quote {
            words: quote.get_ref().clone(),
            speakers,
        });
    }
    if let Some(m) = &raw.mentions {
        return Some(Expectation::Mentions(m.get_ref().clone_vec()));
    }
    if let Some(a) = &raw.absent {
        return Some(Expectation::Absent(a.get_ref().clone_vec()));
    }
    if let Some(items) = &raw.items {
        let mode = match raw.items_match.as_ref().map(|m| m.get_ref().as_str()) {
            None | Some("exact") => ItemsMatch::Exact,
            Some("all") => ItemsMatch::All,
            Some("any") => ItemsMatch::Any,
            Some(other) => {
                // OK because `Some(other)` came from `items_match`.
                let span = span_of(raw.items_match.as_ref().unwrap());
                problems.push(
                    Diagnostic::error(
                        "claims/bad-value",
                        format!("`match = {other:?}` is not a way to match items"),
                    )
                    .in_source(source)
                    .at(span, "expected \"exact\", \"all\" or \"any\"")
                    .help(
                        "\"exact\": the same items; \"all\": at least these; \"any\": one of these",
                    ),
                );
                return None;
            }
        };
        return Some(Expectation::Items {
            items: items.get_ref().clone(),
            mode,
        });
    }
    let (kind, value) = [
        (Kind::Number, &raw.number),
        (Kind::Ordinal, &raw.ordinal),
        (Kind::Percent, &raw.percent),
        (Kind::Money, &raw.money),
        (Kind::Duration, &raw.duration),
        (Kind::Date, &raw.date),
        (Kind::Time, &raw.time),
    ]
    .into_iter()
    .find_map(|(kind, value)| Some((kind, value.as_ref()?)))?;
    match read_value(kind, value.get_ref(), cx) {
        Ok((text, value)) => Some(Expectation::Value { kind, text, value }),
        Err(why) => {
            problems.push(
                Diagnostic::error("claims/bad-value", format!("cannot read this {kind}"))
                    .in_source(source)
                    .at(span_of(value), why)
                    .help(example_for(kind)),
            );
            None
        }
    }
}

impl OneOrMany {
    fn clone_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
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

/// Reads an expectation value the way the extractor reads an article, plus the forms only
/// claims use: TOML numbers and dates, ISO strings, and `>`, `>=`, `<`, `<=`, `~` prefixes.
fn read_value(kind: Kind, value: &toml::Value, cx: &Context) -> Result<(String, Value), String> {
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
                _ => return Err(format!("a bare number is not a {kind}")),
            };
            Ok((text.clone(), whole(data, &text)))
        }
        toml::Value::Float(f) => {
            if !f.is_finite() {
                return Err("expected a finite number".to_owned());
            }
            let text = f.to_string();
            let data = match kind {
                Kind::Number => Data::Number {
                    value: *f,
                    unit: None,
                },
                Kind::Percent => Data::Percent(*f),
                _ => return Err(format!("a bare number is not a {kind}")),
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
                _ => return Err(format!("expected a {kind}")),
            };
            Ok((text.clone(), whole(data, &text)))
        }
        toml::Value::String(s) => read_value_str(kind, s, cx).map(|value| (s.clone(), value)),
        _ => Err(format!(
            "expected a string or a number, not {}",
            value.type_str()
        )),
    }
}

fn read_value_str(kind: Kind, text: &str, cx: &Context) -> Result<Value, String> {
    let trimmed = text.trim();
    let (qualifier, rest) = symbol_qualifier(trimmed);
    let offset = text.len() - rest.len();
    if let Some(data) = read_iso(kind, rest) {
        return Ok(Value {
            span: Span::new(0, text.len()),
            qualifier,
            data,
        });
    }
    let mut values = extract::extract(rest, cx);
    values.retain(|v| v.kind().is_scalar());
    let covers = |v: &Value| {
        rest[..v.span.start].trim().is_empty()
            && rest[v.span.end..].trim_matches(['.', ' ']).is_empty()
    };
    let Some(found) = values.into_iter().find(covers) else {
        return Err(format!("this does not read as one {kind}"));
    };
    let data = coerce(kind, found.data)
        .ok_or_else(|| format!("this reads as something other than a {kind}"))?;
    let qualifier = qualifier.or(found.qualifier);
    Ok(Value {
        span: Span::new(0, text.len()).cover(found.span.shift(offset)),
        qualifier,
        data,
    })
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

/// ISO forms the article extractor has no reason to read: `2019-04`, `PT5H`, bare years.
fn read_iso(kind: Kind, text: &str) -> Option<Data> {
    match kind {
        Kind::Date => {
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

/// A TOML or serde error as a diagnostic, with "did you mean" for unknown keys.
fn toml_error(source: &Source, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim().to_owned();
    let span = err
        .span()
        .map(|r| Span::new(r.start, r.end))
        .unwrap_or_default();
    if let Some(key) = message
        .strip_prefix("unknown field `")
        .and_then(|m| m.split('`').next())
    {
        let known = if message.contains("`article`") {
            FILE_KEYS
        } else {
            CLAIM_KEYS
        };
        let help = match closest(key, known) {
            Some(close) => format!("did you mean `{close}`? known keys: {}", known.join(", ")),
            None => format!("known keys: {}", known.join(", ")),
        };
        return Diagnostic::error("claims/unknown-key", format!("unknown key `{key}`"))
            .in_source(source)
            .at(span, "not a key of the claims format")
            .help(help);
    }
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|m| m.split('`').next())
    {
        let help = match key {
            "article" => "add `article = \"article.txt\"` at the top of the file".to_owned(),
            "id" => "give the claim an id such as `id = \"talks-duration\"`".to_owned(),
            _ => format!("add `{key}`"),
        };
        return Diagnostic::error("claims/missing-key", format!("missing key `{key}`"))
            .in_source(source)
            .at(span, format!("`{key}` is required here"))
            .help(help);
    }
    if message.starts_with("invalid type") || message.contains("did not match any variant") {
        return Diagnostic::error("claims/wrong-type", "a value has the wrong type")
            .in_source(source)
            .at(
                span,
                message.replace(
                    "data did not match any variant of untagged enum OneOrMany",
                    "expected a string or a list of strings",
                ),
            )
            .help("strings need quotes; lists are written [\"a\", \"b\"]");
    }
    Diagnostic::error("claims/invalid-toml", "the claims file is not valid TOML")
        .in_source(source)
        .at(span, message)
        .help("see https://toml.io for the syntax; strings need double quotes")
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
