//! Drafting a claims file from an article: one claim per extracted value, enumeration and
//! attributed quote, for an editor to review, trim and keep.
//!
//! # What a drafted claim holds
//!
//! - `id`: the expectation key and the word that singles the evidence out
//!   (`duration-talks`, `quote-putin`), made unique with `-2`, `-3`.
//! - `says`: the article's own sentence (its clause when the sentence is long), so a reader
//!   sees the fact in context; the editor rewrites it in their words.
//! - `about` and `in`: chosen so the evidence is unambiguous. A value's `about` word comes from
//!   its clause and occurs in no other sentence (of the claim's scope) that holds a value of
//!   the same kind, and no other value of that kind in its sentence lies nearer to it. Failing
//!   one word, two words that never meet elsewhere; failing that, `in` narrows the scope to the
//!   headline, standfirst, dateline, body or the value's section. A value that is the only one
//!   of its kind in the article needs no `about`.
//! - the value as the article writes it (`duration = "more than five hours"`), which the
//!   extractor reads back to the same value.
//! - quotes: the quoted words and the resolved speaker; lists: the items, `match` exact.
//!
//! # Round trip
//!
//! A draft run unchanged through `check` must give `supported` for every claim. [`suggest`]
//! checks its own draft with the same code `check` uses and drops what would not pass (a value
//! no words single out, a phrase that reads back differently); the draft ends with a comment
//! counting what was dropped and why, so nothing is lost silently.
//!
//! Suggest writes nothing: the CLI prints the draft on standard output.

use std::collections::HashSet;

use crate::article::Article;
use crate::claims;
#[cfg(test)]
use crate::claims::Expectation;
use crate::extract::{self, Context, Data, Kind, Value};
use crate::span::Span;
use crate::verdict::{Passage, Place, Verdict, passages, text};

/// A drafted claims file.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The claims file, TOML, ready to save beside the article.
    pub text: String,
    /// How many claims it holds.
    pub n_claims: usize,
    /// Values left out, each with why.
    pub dropped: Vec<Dropped>,
}

/// A value the draft leaves out.
#[derive(Clone, Debug)]
pub struct Dropped {
    /// The value as the article writes it (shortened).
    pub text: String,
    /// 1-based line in the article.
    pub line: usize,
    pub why: String,
}

/// One claim of the draft before it is written.
#[derive(Clone, Debug)]
struct Proposal {
    id: String,
    says: String,
    within: Option<String>,
    about: Vec<String>,
    /// `key = value` lines (the expectation and its companions), TOML already.
    lines: Vec<String>,
    /// The value's span in the article, for ordering and for reporting drops.
    span: Span,
    /// Section heading (for the comment rules between groups).
    group: String,
}

/// Words never chosen as `about`: they occur everywhere and single nothing out.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have",
    "had", "his", "her", "its", "their", "they", "she", "him", "them", "who", "which", "what",
    "when", "where", "than", "then", "but", "not", "been", "will", "would", "could", "should",
    "said", "says", "also", "into", "over", "more", "less", "about", "some", "after", "before",
    "since", "while", "there", "these", "those", "our", "out", "all", "one", "two", "per", "cent",
    "such", "other", "than", "only", "just", "very", "can", "may", "did", "does", "being",
];

/// Drafts a claims file for an article, naming it in the draft as `article_name` (relative to
/// where the draft will be saved: usually the article's file name).
pub fn suggest(article_name: &str, article: &Article) -> Draft {
    let cx = crate::check::context(None, None, article);
    let values = extract::extract_article(article, &cx);
    let passages = passages(article);
    let mut proposals = Vec::new();
    let mut dropped = Vec::new();
    for value in &values {
        match propose(article, &passages, &values, value, &cx) {
            Ok(Some(p)) => proposals.push(p),
            Ok(None) => {}
            Err(why) => dropped.push(drop_of(article, value.span, why)),
        }
    }
    unique_ids(&mut proposals);

    // Check the draft as `check` would, and keep only the claims it supports.
    let draft = render(article_name, &proposals, &[]);
    let supported = verify(&draft, article, &values);
    let mut kept = Vec::new();
    for proposal in proposals {
        match supported.get(&proposal.id) {
            Some(Ok(())) => kept.push(proposal),
            Some(Err(why)) => dropped.push(drop_of(article, proposal.span, why.clone())),
            None => dropped.push(drop_of(
                article,
                proposal.span,
                "the claim would not load".to_owned(),
            )),
        }
    }
    dropped.sort_by_key(|d| d.line);
    Draft {
        text: render(article_name, &kept, &dropped),
        n_claims: kept.len(),
        dropped,
    }
}

fn drop_of(article: &Article, span: Span, why: String) -> Dropped {
    let text = span.of(&article.text);
    let text: String = if text.chars().count() > 60 {
        text.chars().take(57).chain("...".chars()).collect()
    } else {
        text.to_owned()
    };
    Dropped {
        text: collapse(&text),
        line: article.line_col(span.start).line,
        why,
    }
}

/// Each claim's outcome when the draft is checked: `Ok` when supported.
fn verify(
    draft: &str,
    article: &Article,
    values: &[Value],
) -> std::collections::HashMap<String, Result<(), String>> {
    let mut out = std::collections::HashMap::new();
    let Ok(file) = claims::load_str_detached("draft.toml", draft) else {
        return out;
    };
    let results = crate::verdict::evaluate(&file, article, values);
    for result in results {
        let outcome = if result.verdict == Verdict::Supported {
            Ok(())
        } else {
            Err(format!(
                "checking the draft gives {}{}",
                result.verdict.as_str(),
                result
                    .found
                    .map(|f| format!(" (found {f})"))
                    .unwrap_or_default()
            ))
        };
        out.insert(result.id, outcome);
    }
    out
}

/// The kind a claim on this value names: a range's ends' kind.
fn claim_kind(value: &Value) -> Kind {
    match &value.data {
        Data::Range(lo, _) => lo.kind(),
        data => data.kind(),
    }
}

/// A claim for one value; `Ok(None)` for values a claim does not speak of.
fn propose(
    article: &Article,
    passages: &[Passage],
    values: &[Value],
    value: &Value,
    cx: &Context,
) -> Result<Option<Proposal>, String> {
    let text = article.text.as_str();
    let Some(passage) = passages.iter().find(|p| p.span.contains(value.span)) else {
        return Err("the value runs across a sentence boundary".to_owned());
    };
    let group = match &passage.place {
        Place::Body(Some(h)) => h.clone(),
        Place::Body(None) | Place::Dateline => "Body".to_owned(),
        Place::Headline | Place::Standfirst => "Headline and standfirst".to_owned(),
    };
    let says = says_of(text, passage, value.span);
    match &value.data {
        Data::Quote { words, speaker, .. } => {
            let words = collapse(words);
            if text::words(&words).is_empty() {
                return Ok(None);
            }
            let mut lines = vec![format!("quote = {}", toml_string(&words))];
            let who = speaker.as_ref().map(|s| s.name.clone());
            if let Some(who) = &who {
                lines.push(format!("speaker = {}", toml_string(who)));
            }
            // Named by its first content words: speakers repeat, quotes rarely do.
            let id_words: Vec<String> = text::words(&words)
                .into_iter()
                .map(|(_, w)| w)
                .filter(|w| !STOPWORDS.contains(&w.as_str()))
                .take(3)
                .collect();
            let id_word = id_words.join("-");
            let says = match &who {
                Some(who) => format!("{who} said \"{}\".", shorten(&words, 120)),
                None => format!("The article quotes \"{}\".", shorten(&words, 120)),
            };
            // The headline and standfirst repeat the body's quotes under other attributions
            // ("the Russian head of state"): name the place, so the claim is about that one.
            let within = match passage.place {
                Place::Headline => Some("headline".to_owned()),
                Place::Standfirst => Some("standfirst".to_owned()),
                _ => None,
            };
            Ok(Some(Proposal {
                id: format!("quote-{}", slug(&id_word)),
                says,
                within,
                about: Vec::new(),
                lines,
                span: value.span,
                group,
            }))
        }
        Data::List { items } => {
            let names: Vec<String> = items.iter().map(|i| collapse(&i.text)).collect();
            if names.len() < 2 || names.iter().any(|n| n.is_empty()) {
                return Ok(None);
            }
            let (within, about) = single_out(passages, values, value, passage, Kind::List)?;
            let list = names
                .iter()
                .map(|n| toml_string(n))
                .collect::<Vec<_>>()
                .join(", ");
            Ok(Some(Proposal {
                id: format!("items-{}", slug(about.first().unwrap_or(&names[0]))),
                says,
                within,
                about,
                lines: vec![format!("items = [{list}]")],
                span: value.span,
                group,
            }))
        }
        _ => {
            let kind = claim_kind(value);
            let written = collapse(value.span.of(text));
            // The article's words must read back as the same value (a claim is read by the
            // same extractor, but alone, without the sentence around it).
            let read = claims::read_value(kind, &toml::Value::String(written.clone()), cx)
                .map_err(|bad| {
                    format!("`{written}` does not read back as a {kind}: {}", bad.why)
                })?;
            if reading(&read.1) != reading(value) {
                return Err(format!(
                    "`{written}` reads back as {} instead of {}",
                    reading(&read.1),
                    reading(value)
                ));
            }
            let (within, about) = single_out(passages, values, value, passage, kind)?;
            let id_word = about
                .first()
                .cloned()
                .or_else(|| within.clone())
                .unwrap_or_else(|| written.clone());
            Ok(Some(Proposal {
                id: format!("{}-{}", kind.as_str(), slug(&id_word)),
                says,
                within,
                about,
                lines: vec![format!("{} = {}", kind.as_str(), toml_string(&written))],
                span: value.span,
                group,
            }))
        }
    }
}

/// A value's reading as a claim compares it: the normalized value, its currency or zone,
/// and its qualifier (a number's counted noun is the sentence's business, not the value's).
fn reading(value: &Value) -> String {
    let extra = match &value.data {
        Data::Money { currency, .. } => currency.clone(),
        Data::Time(t) => t.zone.clone().unwrap_or_default(),
        _ => String::new(),
    };
    let qualifier = value.qualifier.map_or("", |q| q.as_str());
    format!("{} {extra} {qualifier}", value.data)
        .trim()
        .to_owned()
}

/// Values of `kind` that a claim of that kind could take as evidence in `passage`.
fn kind_values<'v>(values: &'v [Value], passage: &Passage, kind: Kind) -> Vec<&'v Value> {
    values
        .iter()
        .filter(|v| {
            passage.span.contains(v.span)
                && match kind {
                    Kind::List => v.kind() == Kind::List,
                    _ => v.kind().is_scalar() && claim_kind(v) == kind,
                }
        })
        .collect()
}

/// `in` and `about` words that make `value` the evidence of a claim of `kind`.
fn single_out(
    passages: &[Passage],
    values: &[Value],
    value: &Value,
    passage: &Passage,
    kind: Kind,
) -> Result<(Option<String>, Vec<String>), String> {
    // Scopes to try, widest first: a summary place is always named, since the same value
    // usually recurs in the body.
    let mut scopes: Vec<Option<String>> = match &passage.place {
        Place::Headline => vec![Some("headline".to_owned())],
        Place::Standfirst => vec![Some("standfirst".to_owned())],
        Place::Dateline => vec![Some("dateline".to_owned())],
        Place::Body(heading) => {
            let mut s = vec![None, Some("body".to_owned())];
            if let Some(h) = heading {
                s.push(Some(h.clone()));
            }
            s
        }
    };
    scopes.dedup();
    let in_scope = |scope: &Option<String>, p: &Passage| match (scope.as_deref(), &p.place) {
        (None, _) => true,
        (Some("headline"), Place::Headline) => true,
        (Some("standfirst"), Place::Standfirst) => true,
        (Some("dateline"), Place::Dateline) => true,
        (Some("body"), Place::Body(_)) => true,
        (Some(name), Place::Body(Some(h))) => {
            !matches!(name, "headline" | "standfirst" | "dateline" | "body")
                && text::fold(name) == text::fold(h)
        }
        _ => false,
    };
    let words = candidate_words(passage, values, value);
    for scope in &scopes {
        let rivals: Vec<&Passage> = passages
            .iter()
            .filter(|p| {
                p.span != passage.span
                    && in_scope(scope, p)
                    && !kind_values(values, p, kind).is_empty()
            })
            .collect();
        let in_passage = kind_values(values, passage, kind);
        if rivals.is_empty() && in_passage.len() == 1 && words.is_empty() {
            return Ok((scope.clone(), Vec::new()));
        }
        let singles = words.iter().map(|w| vec![w.clone()]);
        let pairs = words.iter().take(6).enumerate().flat_map(|(i, a)| {
            words
                .iter()
                .take(6)
                .skip(i + 1)
                .map(move |b| vec![a.clone(), b.clone()])
        });
        for about in singles.chain(pairs) {
            let phrases: Vec<Vec<String>> = about.iter().map(|w| vec![w.clone()]).collect();
            let holds_all = |p: &Passage| {
                phrases
                    .iter()
                    .all(|ph| !text::find_about(ph, &p.words).is_empty())
            };
            if rivals.iter().any(|p| holds_all(p)) {
                continue;
            }
            let spans: Vec<Span> = phrases
                .iter()
                .flat_map(|ph| text::find_about(ph, &passage.words))
                .collect();
            if is_nearest(passage, &spans, &in_passage, value) {
                return Ok((scope.clone(), about));
            }
        }
        if rivals.is_empty() && in_passage.len() == 1 {
            return Ok((scope.clone(), Vec::new()));
        }
    }
    Err(format!(
        "no words single this {kind} out from the others in its sentence or the article"
    ))
}

/// Whether `value` ranks first among `candidates` for the `about` spans, as the evaluator
/// ranks them: same clause first, outside the headline, then nearest; ties go to the first.
fn is_nearest(passage: &Passage, about: &[Span], candidates: &[&Value], value: &Value) -> bool {
    if about.is_empty() {
        return false;
    }
    let rank = |v: &Value| {
        about
            .iter()
            .map(|a| {
                let distance = if a.overlaps(v.span) {
                    0
                } else if a.end <= v.span.start {
                    v.span.start - a.end
                } else {
                    a.start - v.span.end
                };
                (
                    passage.clause_of(a.start) != passage.clause_of(v.span.start),
                    distance,
                )
            })
            .min()
    };
    let mine = rank(value);
    if mine.is_none_or(|(other_clause, _)| other_clause) {
        return false;
    }
    candidates
        .iter()
        .filter(|v| v.span != value.span)
        .all(|v| match rank(v) {
            Some(r) => mine < Some(r) || (mine == Some(r) && value.span.start < v.span.start),
            None => true,
        })
}

/// Words of the value's clause that could be `about` words, nearest first.
fn candidate_words(passage: &Passage, values: &[Value], value: &Value) -> Vec<String> {
    let clause = passage.clause_of(value.span.start);
    let in_other_value = |span: Span| {
        values
            .iter()
            .any(|v| v.kind().is_scalar() && v.span != value.span && v.span.overlaps(span))
    };
    // Words of the value itself ("28-year-old", a counted noun) come last: they single it
    // out, but say less to a reader than the words around it.
    let mut scored: Vec<(bool, usize, String)> = passage
        .words
        .iter()
        .filter(|(span, word)| {
            passage.clause_of(span.start) == clause
                && word.chars().count() >= 3
                && word.chars().any(char::is_alphabetic)
                && !STOPWORDS.contains(&word.as_str())
                && !in_other_value(*span)
        })
        .map(|(span, word)| {
            let distance = if span.end <= value.span.start {
                value.span.start - span.end
            } else {
                span.start.saturating_sub(value.span.end)
            };
            (span.overlaps(value.span), distance, word.clone())
        })
        .collect();
    scored.sort();
    let mut seen = HashSet::new();
    scored
        .into_iter()
        .filter(|(_, _, w)| seen.insert(text::stem(w).to_owned()))
        .map(|(_, _, w)| w)
        .collect()
}

/// The sentence as `says`, or its clause around the value when the sentence is long.
fn says_of(text: &str, passage: &Passage, value: Span) -> String {
    let sentence = collapse(passage.span.of(text));
    if sentence.chars().count() <= 200 {
        return sentence;
    }
    let clause = passage.clause_of(value.start);
    let start = if clause == 0 {
        passage.span.start
    } else {
        passage.breaks[clause - 1]
    };
    let end = passage
        .breaks
        .get(clause)
        .copied()
        .unwrap_or(passage.span.end);
    let part = collapse(Span::new(start, end.max(start)).of(text));
    format!(
        "… {} …",
        part.trim_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `[a-z0-9-]+` from any words: "Putin's" → "putin-s", "Kozlov" → "kozlov".
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 32 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "value".to_owned()
    } else {
        out.to_owned()
    }
}

fn unique_ids(proposals: &mut [Proposal]) {
    let mut seen: HashSet<String> = HashSet::new();
    for p in proposals.iter_mut() {
        let base = p.id.clone();
        let mut n = 2;
        while !seen.insert(p.id.clone()) {
            p.id = format!("{base}-{n}");
            n += 1;
        }
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn render(article_name: &str, proposals: &[Proposal], dropped: &[Dropped]) -> String {
    let mut out = String::new();
    out.push_str("#:schema ../claims.schema.json\n");
    out.push_str(
        "# Drafted by `factcheck suggest`: review every claim, rewrite `says` in your own words,\n",
    );
    out.push_str("# and delete the claims that do not matter to the story.\n");
    out.push_str(&format!("article = {}\n", toml_string(article_name)));
    out.push_str(
        "# published = YYYY-MM-DD   # the publication date: \"Wednesday\", \"last July\" are read against it\n",
    );
    let mut group: Option<&str> = None;
    for p in proposals {
        if group != Some(p.group.as_str()) {
            group = Some(p.group.as_str());
            if !p.group.is_empty() {
                out.push_str(&format!("\n# --- {} ---\n", p.group));
            }
        }
        out.push_str("\n[[claim]]\n");
        out.push_str(&format!("id = {}\n", toml_string(&p.id)));
        out.push_str(&format!("says = {}\n", toml_string(&p.says)));
        if let Some(within) = &p.within {
            out.push_str(&format!("in = {}\n", toml_string(within)));
        }
        match p.about.as_slice() {
            [] => {}
            about => {
                let list: Vec<String> = about.iter().map(|a| toml_string(a)).collect();
                out.push_str(&format!("about = [{}]\n", list.join(", ")));
            }
        }
        for line in &p.lines {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !dropped.is_empty() {
        out.push_str(&format!(
            "\n# Left out: {} value{} whose claim would not check as supported.\n",
            dropped.len(),
            if dropped.len() == 1 { "" } else { "s" }
        ));
        for d in dropped {
            out.push_str(&format!("# line {}: {:?}: {}\n", d.line, d.text, d.why));
        }
    }
    out
}

/// Whether an expectation came from `suggest` in the shape it writes (for tests).
#[cfg(test)]
fn key_of(expectation: &Expectation) -> &'static str {
    expectation.key()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str) -> Draft {
        suggest(
            "article.txt",
            &Article::from_text(text, crate::article::Format::Plain),
        )
    }

    /// Drafts claims for `article` and checks them; returns "id: key" lines.
    fn check(article: &str, expected: &str) {
        let draft = draft(article);
        let file = claims::load_str_detached("draft.toml", &draft.text)
            .unwrap_or_else(|d| panic!("the draft loads: {d:?}\n{}", draft.text));
        let got: Vec<String> = file
            .claims
            .iter()
            .map(|c| {
                let about = if c.about.is_empty() {
                    String::new()
                } else {
                    format!(" about {}", c.about.join("+"))
                };
                format!("{} {}{about}", c.id, key_of(&c.expectation))
            })
            .collect();
        assert_eq!(got.join("; "), expected, "\n{}", draft.text);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Putin's"), "putin-s");
        assert_eq!(slug("  "), "value");
        assert_eq!(slug("Aist-2D"), "aist-2d");
    }

    #[test]
    fn two_numbers_in_one_sentence_get_their_own_words() {
        check(
            "Five ministers met and 12 deputies voted.",
            "number-ministers number about ministers; number-deputies number about deputies",
        );
    }

    #[test]
    fn a_number_without_distinguishing_words_is_dropped() {
        let draft = draft("It was 5 and 6.");
        assert_eq!(draft.n_claims + draft.dropped.len(), 2, "{}", draft.text);
    }
}
