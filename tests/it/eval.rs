//! Duckling's English corpus (`../shared/eval/duckling-en`), scored in Rust through the library,
//! so extraction accuracy never regresses silently. The comparison rules are those of
//! `../shared/eval/score.py` (its figures and these agree):
//!
//! - a row counts when some value on its line has the row's kind (dates and times may stand for
//!   each other) and an equal value; `expected` may list alternatives split on `|`;
//! - numbers and ordinals within 1e-6 (relative above 1);
//! - durations by length in seconds, a month being 30 days and a year 365;
//! - dates and times as strings (":00" seconds dropped), or as instants where the expected value
//!   has a time: the extracted one in its zone, or at the reference offset where it names none.
//!
//! Fails when a kind drops below its target: number and ordinal 98%, duration 95%, date and time
//! 90%. Skips with a message where the corpus is absent.

use std::collections::BTreeMap;
use std::path::Path;

use factcheck::extract::{self, Context, Prefer, Reference};
use factcheck::report::wire::ExtractedValue;
use jiff::civil;
use jiff::tz::{Offset, TimeZone};

/// Duckling's test instant: Tuesday 2013-02-12 04:30:00 at UTC-02:00.
fn reference() -> Reference {
    Reference {
        datetime: civil::date(2013, 2, 12).at(4, 30, 0, 0),
        // OK because -2 hours is a valid offset.
        offset: Some(Offset::from_hours(-2).unwrap()),
    }
}

const TARGETS: &[(&str, f64)] = &[
    ("number", 98.0),
    ("ordinal", 98.0),
    ("duration", 95.0),
    ("date", 90.0),
    ("time", 90.0),
];

/// Seconds of an ISO 8601 duration ("P1Y6M", "PT1.5H"), as score.py's `duration_seconds`.
fn duration_seconds(v: &str) -> Option<f64> {
    let v = v.trim();
    let rest = v.strip_prefix('P')?;
    if rest.is_empty() || rest == "T" {
        return None;
    }
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let mut total = 0.0;
    let mut add = |part: &str, units: &[(char, f64)]| -> Option<()> {
        let mut number = String::new();
        let mut at = 0;
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            // Units must come in order, each at most once.
            let k = units[at..].iter().position(|&(u, _)| u == c)? + at;
            total += number.parse::<f64>().ok()? * units[k].1;
            number.clear();
            at = k + 1;
        }
        number.is_empty().then_some(())
    };
    const DAY: f64 = 86_400.0;
    add(
        date,
        &[
            ('Y', 365.0 * DAY),
            ('M', 30.0 * DAY),
            ('W', 7.0 * DAY),
            ('D', DAY),
        ],
    )?;
    if let Some(time) = time {
        add(time, &[('H', 3600.0), ('M', 60.0), ('S', 1.0)])?;
    }
    Some(total)
}

/// "T15:00:00" → "T15:00", as score.py's `strip_zero_seconds`.
fn strip_zero_seconds(v: &str) -> String {
    let v = v.trim();
    if let Some(t) = v.find('T') {
        let tail = &v[t..];
        let b = tail.as_bytes();
        let after = tail.get(9..).unwrap_or("");
        if b.len() >= 9
            && &tail[6..9] == ":00"
            && b[3] == b':'
            && (after.is_empty() || after.starts_with(['+', '-', 'Z']))
        {
            return format!("{}{}{}", &v[..t], &tail[..6], after);
        }
    }
    v.to_owned()
}

/// A time value as an instant (seconds since the epoch), or `None` when it has no date part.
fn instant(value: &str, zone: Option<&str>) -> Option<i64> {
    let mut v = value.trim();
    let mut offset = None;
    if let Some(stripped) = v.strip_suffix('Z') {
        offset = Some(Offset::UTC);
        v = stripped;
    } else if v.len() > 6 {
        let (head, tail) = v.split_at(v.len() - 6);
        let b = tail.as_bytes();
        if matches!(b[0], b'+' | b'-') && b[3] == b':' {
            let h: i32 = tail.get(1..3)?.parse().ok()?;
            let m: i32 = tail.get(4..6)?.parse().ok()?;
            let sign = if b[0] == b'-' { -1 } else { 1 };
            offset = Some(Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()?);
            v = head;
        }
    }
    if !v.contains('T') || v.starts_with('T') {
        return None;
    }
    let dt: civil::DateTime = v.parse().ok()?;
    let tz = match (offset, zone) {
        (Some(o), _) => TimeZone::fixed(o),
        (None, Some(z)) => extract::zone_db()
            .get(z)
            .unwrap_or_else(|_| TimeZone::fixed(reference().offset.unwrap_or(Offset::UTC))),
        // OK because the reference has an offset.
        (None, None) => TimeZone::fixed(reference().offset.unwrap()),
    };
    Some(tz.to_timestamp(dt).ok()?.as_second())
}

fn equal(kind: &str, expected: &str, got: &ExtractedValue) -> bool {
    expected.split('|').any(|exp| match kind {
        "number" | "ordinal" => match (exp.parse::<f64>(), got.value.parse::<f64>()) {
            (Ok(a), Ok(b)) => (a - b).abs() <= 1e-6 * a.abs().max(1.0),
            _ => false,
        },
        "duration" => match (duration_seconds(exp), duration_seconds(&got.value)) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.max(1.0),
            _ => false,
        },
        _ => {
            strip_zero_seconds(exp) == strip_zero_seconds(&got.value)
                || exp.contains('T')
                    && instant(exp, None).is_some_and(|a| instant(&got.value, got.zone) == Some(a))
        }
    })
}

fn kinds_for(kind: &str) -> &[&str] {
    match kind {
        "date" => &["date", "time"],
        "time" => &["time", "date"],
        "number" => &["number"],
        "ordinal" => &["ordinal"],
        "duration" => &["duration"],
        _ => &[],
    }
}

#[test]
fn duckling_english_at_target() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/duckling-en");
    if !dir.is_dir() {
        println!("skipped: {} is absent", dir.display());
        return;
    }
    let cx = Context {
        reference: Some(reference()),
        prefer: Prefer::Future,
        zone: None,
    };
    // (file, kind) → (rows, found)
    let mut scores: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the eval folder is readable")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    for name in &names {
        let data = std::fs::read_to_string(dir.join(name)).expect("TSV files are UTF-8");
        for line in data.lines().skip(1) {
            let parts: Vec<&str> = line.split('\t').collect();
            let [kind, phrase, expected, ..] = parts[..] else {
                continue;
            };
            let values = extract::extract(phrase, &cx);
            let found = values.iter().any(|v| {
                let wire = ExtractedValue::new(v, phrase, 1);
                kinds_for(kind).contains(&wire.kind) && equal(kind, expected, &wire)
            });
            let score = scores.entry((name.clone(), kind.to_owned())).or_default();
            score.0 += 1;
            score.1 += usize::from(found);
        }
    }
    let mut failures = Vec::new();
    for ((file, kind), (rows, found)) in &scores {
        let pct = 100.0 * *found as f64 / *rows as f64;
        println!("{file:18} {kind:9} {found:4}/{rows:<4} {pct:6.1}%");
        let target = (file == "time.tsv" || !file.starts_with("time"))
            .then(|| TARGETS.iter().find(|(k, _)| k == kind))
            .flatten();
        if let Some(&(_, target)) = target
            && pct < target
        {
            failures.push(format!("{file} {kind}: {pct:.1}% < {target}%"));
        }
    }
    assert!(failures.is_empty(), "below target: {}", failures.join("; "));
}
