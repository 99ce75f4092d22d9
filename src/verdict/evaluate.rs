//! Deciding claims: locate the evidence (the `in` scope, then sentences holding every `about`
//! word), tie values to the `about` words, compare, and explain.

use super::diff::{self, Diff};
use super::interval::{self, Interval};
use super::text::{self, Folded};
use super::{ClaimResult, Evidence, Place, Verdict};
use crate::article::{self, Article};
use crate::claims::{Claim, ClaimsFile, Expectation, ItemsMatch, Within};
use crate::extract::{Data, Date, Kind, Qualifier, Value};
use crate::span::Span;

/// Similarity above which a phrase or quote that is not verbatim counts as a near miss.
const NEAR_MISS: f32 = 0.6;

/// A sentence of the article (or its dateline) where evidence may lie.
pub(crate) struct Passage {
    pub(crate) place: Place,
    pub(crate) span: Span,
    /// Folded words with their spans, for `about` matching.
    pub(crate) words: Vec<(Span, String)>,
    /// Clause boundaries (byte offsets into the article).
    pub(crate) breaks: Vec<usize>,
    /// The sentence folded for phrase search, made on first use and kept for every claim.
    folded: std::cell::OnceCell<Folded>,
}

impl Passage {
    /// The sentence folded for phrase search (`text` is the article's text).
    fn folded(&self, text: &str) -> &Folded {
        self.folded.get_or_init(|| Folded::new(text, self.span))
    }

    /// Which clause of the sentence `offset` lies in (0 is the first).
    pub(crate) fn clause_of(&self, offset: usize) -> usize {
        self.breaks.partition_point(|&b| b <= offset)
    }
}

/// Decides every claim of `file`.
pub fn evaluate(file: &ClaimsFile, article: &Article, values: &[Value]) -> Vec<ClaimResult> {
    let passages = passages(article);
    file.claims
        .iter()
        .enumerate()
        .map(|(idx, claim)| decide(idx, claim, file, article, values, &passages))
        .collect()
}

/// Every sentence of the article, dateline first, with its place.
pub(crate) fn passages(article: &Article) -> Vec<Passage> {
    let text = article.text.as_str();
    let make = |place: Place, span: Span| {
        let words = text::words(span.of(text))
            .into_iter()
            .map(|(s, w)| (s.shift(span.start), w))
            .collect();
        Passage {
            place,
            span,
            words,
            breaks: clause_breaks(text, span),
            folded: Default::default(),
        }
    };
    let mut out = Vec::new();
    if let Some(d) = &article.dateline {
        out.push(make(Place::Dateline, d.span));
    }
    for block in article.iter_blocks() {
        let place = match block.place {
            article::Place::Headline => Place::Headline,
            article::Place::Standfirst => Place::Standfirst,
            article::Place::Body { heading } => Place::Body(heading.map(str::to_owned)),
        };
        for sentence in block.sentences() {
            out.push(make(place.clone(), sentence.span));
        }
    }
    out
}

/// Offsets where a new clause starts: after `;`, `:`, a spaced dash, a sentence end the splitter
/// missed, or a comma followed by a coordinating word ("…, and construction began in 2012").
/// Relative clauses (", which is marked on August 15") and brackets stay with the noun they
/// describe, so they are not breaks.
fn clause_breaks(text: &str, span: Span) -> Vec<usize> {
    const JOINERS: &[&str] = &[
        "and", "but", "while", "whereas", "although", "though", "yet", "so",
    ];
    let s = span.of(text);
    let mut breaks = Vec::new();
    for (i, c) in s.char_indices() {
        let after = i + c.len_utf8();
        let spaced = s[..i].ends_with(' ') && s[after..].starts_with(' ');
        let at = span.start + after;
        match c {
            ';' | ':' => breaks.push(at),
            '—' | '–' | '-' if spaced => breaks.push(at),
            '.' | '!' | '?' if s[after..].starts_with(' ') => breaks.push(at),
            ',' => {
                let next = s[after..]
                    .trim_start()
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                if JOINERS.iter().any(|j| next.eq_ignore_ascii_case(j)) {
                    breaks.push(at);
                }
            }
            _ => {}
        }
    }
    breaks
}

fn decide(
    claim_idx: usize,
    claim: &Claim,
    file: &ClaimsFile,
    article: &Article,
    values: &[Value],
    passages: &[Passage],
) -> ClaimResult {
    let mut result = ClaimResult {
        id: claim.id.clone(),
        claim_idx,
        verdict: Verdict::Missing,
        passed: false,
        expected: expected_text(claim),
        found: None,
        evidence: Vec::new(),
        conflicts: 0,
        diff: None,
        reason: None,
    };
    let in_scope: Vec<&Passage> = passages
        .iter()
        .filter(|p| within(claim.within.as_ref(), &p.place))
        .collect();
    if in_scope.is_empty()
        && let Some(Within::Section(name)) = &claim.within
    {
        let headings: Vec<&str> = article.iter_headings().collect();
        result.reason = Some(format!(
            "the article has no section {name:?} (it has: {})",
            headings.join(", ")
        ));
    }
    let about: Vec<Vec<String>> = claim
        .about
        .iter()
        .map(|a| text::words(a).into_iter().map(|(_, w)| w).collect())
        .collect();
    // Each passage that holds every `about` phrase, with where the phrases are.
    let candidates: Vec<(&Passage, Vec<Span>)> = in_scope
        .iter()
        .filter_map(|p| {
            let mut spans = Vec::new();
            for phrase in &about {
                let found = text::find_about(phrase, &p.words);
                if found.is_empty() {
                    return None;
                }
                spans.extend(found);
            }
            Some((*p, spans))
        })
        .collect();
    if !about.is_empty() && candidates.is_empty() && result.reason.is_none() {
        result.reason = Some(format!(
            "no sentence mentions {}",
            quoted_list(&claim.about)
        ));
    }

    match &claim.expectation {
        Expectation::Value {
            value: expected, ..
        } => decide_value(
            &mut result,
            claim,
            file,
            article,
            values,
            &candidates,
            expected,
        ),
        Expectation::Quote { words, speakers } => {
            decide_quote(&mut result, article, values, &candidates, words, speakers)
        }
        Expectation::Mentions(phrases) => {
            decide_mentions(&mut result, article, &candidates, phrases, false)
        }
        Expectation::Absent(phrases) => {
            decide_mentions(&mut result, article, &candidates, phrases, true)
        }
        Expectation::Items { items, mode } => {
            decide_items(&mut result, values, &candidates, items, *mode)
        }
    }
    result.conflicts = result
        .evidence
        .iter()
        .skip(1)
        .filter(|e| e.verdict != result.verdict)
        .count();
    result.passed = match result.verdict {
        Verdict::Supported => true,
        Verdict::Refuted => false,
        Verdict::Unclear | Verdict::Missing => !claim.required,
    };
    result
}

fn within(scope: Option<&Within>, place: &Place) -> bool {
    match (scope, place) {
        (None, _) => true,
        (Some(Within::Headline), Place::Headline) => true,
        (Some(Within::Standfirst), Place::Standfirst) => true,
        (Some(Within::Dateline), Place::Dateline) => true,
        (Some(Within::Body), Place::Body(_)) => true,
        (Some(Within::Section(name)), Place::Body(Some(heading))) => {
            text::fold(name) == text::fold(heading)
        }
        _ => false,
    }
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(" and ")
}

fn expected_text(claim: &Claim) -> String {
    match &claim.expectation {
        Expectation::Value { text, value, .. } => with_reading(text, value),
        Expectation::Quote { words, speakers } if speakers.is_empty() => format!("\"{words}\""),
        Expectation::Quote { words, speakers } => {
            format!("\"{words}\" said by {}", speakers.join(" or "))
        }
        Expectation::Mentions(p) => format!("mentions {}", quoted_list(p)),
        Expectation::Absent(p) => format!("does not mention {}", quoted_list(p)),
        Expectation::Items { items, mode } => {
            let mode = match mode {
                ItemsMatch::Exact => "exactly",
                ItemsMatch::All => "at least",
                ItemsMatch::Any => "any of",
            };
            format!("{mode} [{}]", items.join(", "))
        }
    }
}

/// What the editor or the article wrote, with its reading where that says more:
/// `more than 5 hours (PT5H gt)`, but `2012` alone.
fn with_reading(text: &str, value: &Value) -> String {
    let reading = describe(value);
    if reading == text {
        reading
    } else {
        format!("{text} ({reading})")
    }
}

/// A value's normalized reading: `PT5H gt`, `2016-04-28`, `1130000000 USD`.
pub(crate) fn describe(value: &Value) -> String {
    let mut out = value.data.to_string();
    match &value.data {
        Data::Money { currency, .. } => {
            out.push(' ');
            out.push_str(currency);
        }
        Data::Time(t) => {
            if let Some(zone) = &t.zone {
                out.push(' ');
                out.push_str(zone);
            }
        }
        Data::Percent(_) => out.push('%'),
        _ => {}
    }
    if let Some(q) = value.qualifier {
        out.push(' ');
        out.push_str(q.as_str());
    }
    out
}

fn matches_kind(value: &Value, kind: Kind) -> bool {
    match &value.data {
        Data::Range(lo, _) => lo.kind() == kind,
        data => data.kind() == kind,
    }
}

/// The candidate values of a passage: inside it and of the claimed kind.
fn values_in(values: &[Value], span: Span, kind: Kind) -> impl Iterator<Item = &Value> {
    let first = values.partition_point(|v| v.span.end <= span.start);
    values[first..]
        .iter()
        .take_while(move |v| v.span.start < span.end)
        .filter(move |v| span.contains(v.span) && matches_kind(v, kind))
}

fn decide_value(
    result: &mut ClaimResult,
    claim: &Claim,
    file: &ClaimsFile,
    article: &Article,
    values: &[Value],
    candidates: &[(&Passage, Vec<Span>)],
    expected: &Value,
) {
    let kind = match &expected.data {
        Data::Range(lo, _) => lo.kind(),
        data => data.kind(),
    };
    let mut scored: Vec<Scored> = Vec::new();
    for (idx, (passage, about_spans)) in candidates.iter().enumerate() {
        let mut best_in_passage: Option<(Rank, &Value)> = None;
        for value in values_in(values, passage.span, kind) {
            let rank = tie_rank(passage, about_spans, value.span);
            if best_in_passage.is_none_or(|(r, _)| rank < r) {
                best_in_passage = Some((rank, value));
            }
            if about_spans.is_empty() {
                let verdict = compare(expected, value, claim, file);
                scored.push(Scored {
                    rank,
                    passage: idx,
                    value,
                    verdict,
                });
            }
        }
        if !about_spans.is_empty()
            && let Some((rank, value)) = best_in_passage
        {
            let verdict = compare(expected, value, claim, file);
            scored.push(Scored {
                rank,
                passage: idx,
                value,
                verdict,
            });
        }
    }
    if scored.is_empty() {
        if result.reason.is_none() {
            let scope = if claim.about.is_empty() {
                "the article".to_owned()
            } else {
                format!("sentences mentioning {}", quoted_list(&claim.about))
            };
            result.reason = Some(format!("no {kind} in {scope}"));
        }
        return;
    }
    let best = if claim.about.is_empty() {
        // Without `about`, any value of the kind may be the one meant: the best agreement wins.
        let order = |v: Verdict| match v {
            Verdict::Supported => 0,
            Verdict::Unclear => 1,
            _ => 2,
        };
        (0..scored.len()).min_by_key(|&i| (order(scored[i].verdict), i))
    } else {
        (0..scored.len()).min_by_key(|&i| (scored[i].rank, i))
    };
    // OK because `scored` is not empty.
    let best = best.unwrap();
    let shown: Vec<usize> = if claim.about.is_empty() {
        vec![best]
    } else {
        std::iter::once(best)
            .chain((0..scored.len()).filter(|&i| i != best))
            .collect()
    };
    for i in shown {
        let Scored {
            passage,
            value,
            verdict,
            ..
        } = scored[i];
        let passage = candidates[passage].0;
        result.evidence.push(Evidence {
            place: passage.place.clone(),
            sentence: passage.span,
            matched: Some(value.span),
            verdict,
            found: Some(describe(value)),
        });
    }
    let Scored { value, verdict, .. } = scored[best];
    result.verdict = verdict;
    result.found = Some(with_reading(value.span.of(&article.text), value));
    if verdict != Verdict::Supported {
        result.diff = Some(Diff::Values {
            expected: describe(expected),
            found: describe(value),
        });
        if verdict == Verdict::Unclear && result.reason.is_none() {
            result.reason =
                Some("the value found neither implies nor contradicts the claim".to_owned());
        }
    }
}

/// How strongly a value is tied to the `about` words; smaller is stronger (see [`tie_rank`]).
type Rank = (bool, bool, usize);

/// One candidate value: its tie to the `about` words, its passage, and its own verdict.
#[derive(Clone, Copy)]
struct Scored<'v> {
    rank: Rank,
    passage: usize,
    value: &'v Value,
    verdict: Verdict,
}

/// How strongly a value is tied to the `about` words: same clause first, outside the
/// headline, then nearest.
fn tie_rank(passage: &Passage, about_spans: &[Span], value: Span) -> Rank {
    let summary = matches!(passage.place, Place::Headline | Place::Standfirst);
    let Some((same_clause, distance)) = about_spans
        .iter()
        .map(|a| {
            let distance = if a.overlaps(value) {
                0
            } else if a.end <= value.start {
                value.start - a.end
            } else {
                a.start - value.end
            };
            (
                passage.clause_of(a.start) == passage.clause_of(value.start),
                distance,
            )
        })
        .min_by_key(|&(same, d)| (!same, d))
    else {
        return (false, summary, 0);
    };
    (!same_clause, summary, distance)
}

/// The verdict one found value gives a claimed one.
fn compare(expected: &Value, found: &Value, claim: &Claim, file: &ClaimsFile) -> Verdict {
    if let (Data::Money { currency: a, .. }, Data::Money { currency: b, .. }) =
        (&expected.data, &found.data)
        && a != b
    {
        return Verdict::Unclear;
    }
    let zone = match &expected.data {
        Data::Time(t) => t.zone.as_deref().or(file.zone.as_deref()),
        _ => file.zone.as_deref(),
    };
    let (expected_data, found_data, capped) = comparable(&expected.data, &found.data);
    let (Some(claimed_base), Some(found_base)) = (
        interval::base(&expected_data, zone),
        interval::base(&found_data, zone),
    ) else {
        return Verdict::Unclear;
    };
    let claimed = claimed_base.qualified(
        expected.qualifier,
        interval::tolerance(expected, &claimed_base, claim.tolerance.as_ref()),
    );
    let supported_by =
        found_base.qualified(found.qualifier.filter(|&q| q != Qualifier::Approx), 0.0);
    let refutable_by: Interval = found_base.qualified(
        found.qualifier,
        interval::tolerance(found, &found_base, claim.tolerance.as_ref()),
    );
    if supported_by.is_within(&claimed) {
        if capped {
            Verdict::Unclear
        } else {
            Verdict::Supported
        }
    } else if !refutable_by.meets(&claimed) {
        Verdict::Refuted
    } else {
        Verdict::Unclear
    }
}

/// Puts two values on one axis: a clock time against a dated one compares clocks, a date
/// without a year takes the other's year. `capped` when support rests on such a guess.
fn comparable(expected: &Data, found: &Data) -> (Data, Data, bool) {
    match (expected, found) {
        (Data::Time(e), Data::Time(f)) if e.date.is_some() != f.date.is_some() => {
            let mut e = e.clone();
            let mut f = f.clone();
            let capped = e.date.is_some();
            e.date = None;
            f.date = None;
            (Data::Time(e), Data::Time(f), capped)
        }
        (Data::Date(e), Data::Date(f)) => match (year_of(e), year_of(f)) {
            (None, Some(year)) => (Data::Date(with_year(e, year)), found.clone(), false),
            (Some(year), None) => (expected.clone(), Data::Date(with_year(f, year)), true),
            (None, None) => (
                Data::Date(with_year(e, 2000)),
                Data::Date(with_year(f, 2000)),
                false,
            ),
            _ => (expected.clone(), found.clone(), false),
        },
        _ => (expected.clone(), found.clone(), false),
    }
}

fn year_of(date: &Date) -> Option<i16> {
    match *date {
        Date::Day(d) | Date::Week(d) | Date::Period { end: d, .. } => Some(d.year()),
        Date::Month { year, .. }
        | Date::Quarter { year, .. }
        | Date::Year(year)
        | Date::Decade(year) => Some(year),
        Date::YearlessDay { .. } | Date::YearlessMonth { .. } => None,
    }
}

fn with_year(date: &Date, year: i16) -> Date {
    match *date {
        Date::YearlessDay { month, day } => jiff::civil::Date::new(year, month, day)
            .map(Date::Day)
            .unwrap_or(Date::Month { year, month }),
        Date::YearlessMonth { month } => Date::Month { year, month },
        other => other,
    }
}

fn decide_quote(
    result: &mut ClaimResult,
    article: &Article,
    values: &[Value],
    candidates: &[(&Passage, Vec<Span>)],
    words: &str,
    speakers: &[String],
) {
    let text = article.text.as_str();
    let needle = text::fold(words);
    let quotes: Vec<(&Passage, &Value)> = candidates
        .iter()
        .flat_map(|(p, _)| {
            values
                .iter()
                .filter(move |v| v.kind() == Kind::Quote && v.span.overlaps(p.span))
                .map(move |v| (*p, v))
        })
        .collect();
    let mut verbatim: Vec<(&Passage, &Value, Span, Verdict)> = Vec::new();
    for &(passage, value) in &quotes {
        let Data::Quote {
            words_span,
            speaker,
            ..
        } = &value.data
        else {
            continue;
        };
        let Some(&at) = Folded::new(text, *words_span).find_words(&needle).first() else {
            continue;
        };
        let verdict = match (speakers.is_empty(), speaker) {
            (true, _) => Verdict::Supported,
            (false, None) => Verdict::Unclear,
            (false, Some(s))
                if speakers.iter().any(|alias| {
                    speaker_matches(alias, &s.name) || speaker_matches(alias, &s.phrase)
                }) =>
            {
                Verdict::Supported
            }
            (false, Some(_)) => Verdict::Refuted,
        };
        if !verbatim.iter().any(|(_, v, ..)| v.span == value.span) {
            verbatim.push((passage, value, at, verdict));
        }
    }
    if !verbatim.is_empty() {
        verbatim.sort_by_key(|&(.., verdict)| verdict);
        for &(passage, value, at, verdict) in &verbatim {
            result.evidence.push(Evidence {
                place: passage.place.clone(),
                sentence: passage.span,
                matched: Some(at),
                verdict,
                found: speaker_of(value),
            });
        }
        let (_, value, at, verdict) = verbatim[0];
        result.verdict = verdict;
        result.found = Some(format!(
            "\"{}\"{}",
            at.of(text),
            speaker_of(value)
                .map(|s| format!(" said by {s}"))
                .unwrap_or_default()
        ));
        match verdict {
            Verdict::Refuted => {
                result.diff = Some(Diff::Speaker {
                    expected: speakers.to_vec(),
                    found: speaker_of(value),
                })
            }
            Verdict::Unclear => {
                result.reason =
                    Some("the article quotes these words but does not say who said them".to_owned())
            }
            _ => {}
        }
        return;
    }
    // Not verbatim: the closest stretch of quoted words is a near miss.
    let near = quotes
        .iter()
        .filter_map(|&(passage, value)| {
            let Data::Quote { words_span, .. } = &value.data else {
                return None;
            };
            let (span, score) = closest_window(text, *words_span, words)?;
            Some((score, passage, span))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match near {
        Some((score, passage, span)) if score >= NEAR_MISS => {
            result.verdict = Verdict::Refuted;
            result.found = Some(format!("\"{}\"", span.of(text)));
            result.diff = Some(diff::words(words, span.of(text)));
            result.evidence.push(Evidence {
                place: passage.place.clone(),
                sentence: passage.span,
                matched: Some(span),
                verdict: Verdict::Refuted,
                found: None,
            });
        }
        _ => {
            if result.reason.is_none() {
                result.reason = Some("the article quotes nothing like these words".to_owned());
            }
        }
    }
}

fn speaker_of(value: &Value) -> Option<String> {
    match &value.data {
        Data::Quote {
            speaker: Some(s), ..
        } if s.name != s.phrase => Some(format!("{} ({})", s.name, s.phrase)),
        Data::Quote {
            speaker: Some(s), ..
        } => Some(s.name.clone()),
        _ => None,
    }
}

/// Whether an alias names the speaker: the same words, or a run of them ("Putin" in
/// "Vladimir Putin").
fn speaker_matches(alias: &str, name: &str) -> bool {
    let alias: Vec<String> = text::words(alias).into_iter().map(|(_, w)| w).collect();
    let name: Vec<String> = text::words(name).into_iter().map(|(_, w)| w).collect();
    !alias.is_empty() && name.windows(alias.len()).any(|w| w == alias.as_slice())
}

/// The run of words in `text[span]` most like `words`, and how alike (0 to 1).
fn closest_window(text: &str, span: Span, words: &str) -> Option<(Span, f32)> {
    let hay: Vec<Span> = text::words(span.of(text))
        .into_iter()
        .map(|(s, _)| s.shift(span.start))
        .collect();
    // A passage of no words (an article that is a lone quote mark) has no window; `windows(0)`
    // would panic.
    if hay.is_empty() {
        return None;
    }
    let n = text::words(words).len().max(1);
    let mut best: Option<(Span, f32)> = None;
    for len in n.saturating_sub(1).max(1)..=n + 1 {
        for window in hay.windows(len.min(hay.len())) {
            // OK because `windows` yields non-empty slices.
            let s = window[0].cover(*window.last().unwrap());
            let score = diff::similarity(words, s.of(text));
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((s, score));
            }
        }
    }
    best
}

fn decide_mentions(
    result: &mut ClaimResult,
    article: &Article,
    candidates: &[(&Passage, Vec<Span>)],
    phrases: &[String],
    absent: bool,
) {
    let text = article.text.as_str();
    let folded: Vec<(&Passage, &Folded)> = candidates
        .iter()
        .map(|(p, _)| (*p, p.folded(text)))
        .collect();
    let mut missing = Vec::new();
    for phrase in phrases {
        let needle = text::fold(phrase);
        let mut hits = folded
            .iter()
            .flat_map(|(p, f)| f.find_words(&needle).into_iter().map(move |s| (*p, s)))
            .peekable();
        if hits.peek().is_none() {
            missing.push(phrase.clone());
        }
        for (passage, span) in hits {
            if result.evidence.iter().any(|e| e.sentence == passage.span) {
                continue;
            }
            let verdict = if absent {
                Verdict::Refuted
            } else {
                Verdict::Supported
            };
            result.evidence.push(Evidence {
                place: passage.place.clone(),
                sentence: passage.span,
                matched: Some(span),
                verdict,
                found: None,
            });
        }
    }
    if absent {
        result.verdict = if result.evidence.is_empty() {
            Verdict::Supported
        } else {
            Verdict::Refuted
        };
        if let Some(first) = result.evidence.first().and_then(|e| e.matched) {
            result.found = Some(format!("\"{}\"", first.of(text)));
        }
        return;
    }
    if missing.is_empty() {
        result.verdict = Verdict::Supported;
        result.found = result
            .evidence
            .first()
            .and_then(|e| e.matched)
            .map(|m| format!("\"{}\"", m.of(text)));
        return;
    }
    // A missing phrase with a near miss refutes; without one, the claim is missing.
    for phrase in &missing {
        let near = candidates
            .iter()
            .filter_map(|(p, _)| {
                closest_window(text, p.span, phrase).map(|(s, score)| (score, *p, s))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((score, passage, span)) = near
            && score >= NEAR_MISS.max(0.75)
        {
            result.verdict = Verdict::Refuted;
            result.found = Some(format!("\"{}\"", span.of(text)));
            result.diff = Some(diff::words(phrase, span.of(text)));
            result.evidence.insert(
                0,
                Evidence {
                    place: passage.place.clone(),
                    sentence: passage.span,
                    matched: Some(span),
                    verdict: Verdict::Refuted,
                    found: None,
                },
            );
            return;
        }
    }
    result.verdict = Verdict::Missing;
    result.reason = Some(format!("not found: {}", quoted_list(&missing)));
}

fn decide_items(
    result: &mut ClaimResult,
    values: &[Value],
    candidates: &[(&Passage, Vec<Span>)],
    claimed: &[String],
    mode: ItemsMatch,
) {
    let claimed_folded: Vec<String> = claimed.iter().map(|c| text::fold(c)).collect();
    let mut best: Option<(usize, &Passage, &Value, Vec<String>)> = None;
    for (passage, _) in candidates {
        for value in values
            .iter()
            .filter(|v| v.kind() == Kind::List && passage.span.contains(v.span))
        {
            let Data::List { items } = &value.data else {
                continue;
            };
            let found: Vec<String> = items.iter().map(|i| i.text.clone()).collect();
            let overlap = found
                .iter()
                .filter(|f| claimed_folded.contains(&text::fold(f)))
                .count();
            if best.as_ref().is_none_or(|b| overlap > b.0) {
                best = Some((overlap, passage, value, found));
            }
        }
    }
    let Some((overlap, passage, value, found)) = best else {
        if result.reason.is_none() {
            result.reason = Some("no enumeration found in the evidence".to_owned());
        }
        return;
    };
    let found_folded: Vec<String> = found.iter().map(|f| text::fold(f)).collect();
    let missing: Vec<String> = claimed
        .iter()
        .zip(&claimed_folded)
        .filter(|(_, f)| !found_folded.contains(f))
        .map(|(c, _)| c.clone())
        .collect();
    let extra: Vec<String> = found
        .iter()
        .zip(&found_folded)
        .filter(|(_, f)| !claimed_folded.contains(f))
        .map(|(c, _)| c.clone())
        .collect();
    let verdict = match mode {
        ItemsMatch::Exact if missing.is_empty() && extra.is_empty() => Verdict::Supported,
        ItemsMatch::All if missing.is_empty() => Verdict::Supported,
        ItemsMatch::Any if overlap > 0 => Verdict::Supported,
        _ => Verdict::Refuted,
    };
    result.verdict = verdict;
    result.found = Some(format!("[{}]", found.join(", ")));
    result.evidence.push(Evidence {
        place: passage.place.clone(),
        sentence: passage.span,
        matched: Some(value.span),
        verdict,
        found: None,
    });
    if verdict == Verdict::Refuted {
        result.diff = Some(Diff::Items { missing, extra });
    }
}
