//! Claims files: the facts an article must state, as editors write them in TOML.
//!
//! # Format
//!
//! A claims file names its article and lists claims:
//!
//! ```toml
//! article = "article.txt"        # relative to this file; must stay inside the repository
//! published = 2023-09-13         # optional reference date for relative dates
//! zone = "Europe/Moscow"         # optional default IANA zone for times
//! required = true                # optional default for every claim
//!
//! [[claim]]
//! id = "talks-duration"
//! says = "The talks lasted more than five hours."
//! about = ["talks"]
//! duration = "more than 5 hours"
//! ```
//!
//! File keys:
//! - `article` (string, required): the article's path, relative to the claims file.
//! - `published` (TOML date or `YYYY-MM-DD` string, optional): the reference date.
//! - `zone` (string, optional): the default IANA zone for times ("Europe/Moscow").
//! - `required` (bool, default `true`): whether claims without evidence fail.
//! - `claim` (array of tables): the claims.
//!
//! Claim keys:
//! - `id` (string `[a-z0-9-]+`, required, unique in the file).
//! - `says` (string): the fact in plain words, shown in reports.
//! - `about` (string or list): words that must all occur in the evidence sentence.
//! - `in` (string): `headline`, `standfirst`, `dateline`, `body`, or a section heading.
//! - `required` (bool): overrides the file's default.
//! - `tolerance` (string or number): `"5%"`, `"0.5"`, `"10 minutes"`; for approximate values.
//! - `note` (string): for reviewers; never evaluated.
//! - exactly one expectation: `quote` (+ `speaker`, string or list of aliases), `mentions`,
//!   `absent` (string or list), `number`, `ordinal`, `percent`, `money`, `duration`, `date`,
//!   `time`, `items` (+ `match` = `"exact"` | `"all"` | `"any"`).
//!
//! Expectation values are read by the article's own extractor, so an editor writes them the
//! way an article would ("more than five hours", "April 28, 2016", "7:09 a.m. Moscow time").
//!
//! # Why a flat struct
//!
//! The raw claim is one struct with an optional field per key rather than a tagged enum:
//! serde's tagged and flattened enums buffer their input, and `toml::Spanned` inside them
//! loses the span, so every error would point at `[[claim]]` instead of the key.

pub mod lint;
mod load;
pub mod schema;

use std::path::PathBuf;

use crate::diag::Source;
use crate::extract::{Kind, Value};
use crate::span::Span;

pub use lint::{Lint, lint_article, lint_path};
pub(crate) use load::read_value;
pub use load::{load, load_str, load_str_detached};

/// A loaded, validated claims file.
#[derive(Clone, Debug)]
pub struct ClaimsFile {
    pub source: Source,
    /// The article as written in the file, and its resolved path on disk.
    pub article: String,
    pub article_span: Span,
    pub article_path: PathBuf,
    pub published: Option<jiff::civil::Date>,
    pub zone: Option<String>,
    pub claims: Vec<Claim>,
}

/// One claim.
#[derive(Clone, Debug)]
pub struct Claim {
    pub id: String,
    pub id_span: Span,
    pub says: Option<String>,
    pub about: Vec<String>,
    /// Where each `about` entry is written, for warnings about it.
    pub about_spans: Vec<Span>,
    pub within: Option<Within>,
    /// The `in` value in the claims file.
    pub within_span: Option<Span>,
    pub required: bool,
    pub tolerance: Option<Tolerance>,
    pub note: Option<String>,
    pub expectation: Expectation,
    /// The expectation key's value in the claims file, for errors and reports.
    pub expectation_span: Span,
}

/// Where the evidence must lie (`in = "…"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Within {
    Headline,
    Standfirst,
    Dateline,
    Body,
    /// Under the section heading with this text (compared without case).
    Section(String),
}

/// How far an approximate value may stray.
#[derive(Clone, Debug, PartialEq)]
pub enum Tolerance {
    /// A fraction of the value: `"5%"` is 0.05.
    Relative(f64),
    /// In the kind's own unit: seconds for durations and times, days for dates.
    Absolute(f64),
}

/// How a list of items must match the enumeration found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ItemsMatch {
    /// The same items, no more, no fewer.
    #[default]
    Exact,
    /// At least the claimed items.
    All,
    /// At least one of them.
    Any,
}

/// What the article must say.
#[derive(Clone, Debug)]
pub enum Expectation {
    Quote {
        words: String,
        speakers: Vec<String>,
    },
    Mentions(Vec<String>),
    Absent(Vec<String>),
    /// A scalar value (`number`, `ordinal`, `percent`, `money`, `duration`, `date`, `time`),
    /// as the extractor read it; `text` is what the editor wrote.
    Value {
        kind: Kind,
        text: String,
        value: Value,
    },
    Items {
        items: Vec<String>,
        mode: ItemsMatch,
    },
}

impl Expectation {
    /// The expectation key's name.
    pub fn key(&self) -> &'static str {
        match self {
            Expectation::Quote { .. } => "quote",
            Expectation::Mentions(_) => "mentions",
            Expectation::Absent(_) => "absent",
            Expectation::Value { kind, .. } => kind.as_str(),
            Expectation::Items { .. } => "items",
        }
    }
}

/// Every expectation key, in the order the format documents them.
pub const EXPECTATION_KEYS: &[&str] = &[
    "quote", "mentions", "absent", "number", "ordinal", "percent", "money", "duration", "date",
    "time", "items",
];

/// Every key a claim may have.
pub const CLAIM_KEYS: &[&str] = &[
    "id",
    "says",
    "about",
    "in",
    "required",
    "tolerance",
    "note",
    "quote",
    "speaker",
    "mentions",
    "absent",
    "number",
    "ordinal",
    "percent",
    "money",
    "duration",
    "date",
    "time",
    "items",
    "match",
];

/// Every key a claims file may have at its top level.
pub const FILE_KEYS: &[&str] = &["article", "published", "zone", "required", "claim"];
