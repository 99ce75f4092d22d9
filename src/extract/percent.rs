//! Percents: a number followed by a percent sign or word.
//!
//! # Grammar
//!
//! - sign: `76%`, `76 %`, `-0.5%`
//! - words: `27 per cent`, `6.4 percent`, `five percent`, `half a percent`
//! - abbreviations: `76pc`, `76 pc`, `3.2 pct`
//! - joined by a hyphen, as a modifier: `a 50-pct stake`, `a 10-per-cent rise`, `5-percent`
//! - qualifiers: `more than 40%`, `about 6 per cent`, `5% or more`
//!
//! `percentage points` is not a percent: "rose 2 percentage points" is a difference between
//! two percents, and reading it as 2% would mislead a check. Shares in words ("a third",
//! "two-thirds") are left alone.

use super::number::lower;
use super::{Data, Scan, Value, qualifier};
use crate::span::Span;

// Out of line, so that a profile shows each finder's cost apart.
#[inline(never)]
pub(super) fn find(scan: &Scan, out: &mut Vec<Value>) {
    for m in &scan.numbers {
        let Some(end) = percent_sign(scan, m.end) else {
            continue;
        };
        let mut first = m.first;
        let mut stop = end;
        let mut q = None;
        if let Some((qual, start)) = qualifier::before(scan, first) {
            q = Some(qual);
            first = start;
        }
        if let Some((qual, after)) = qualifier::after(scan, stop) {
            q = q.or(Some(qual));
            stop = after;
        }
        let start = (scan.tokens[first].start as usize).min(m.span.start);
        out.push(Value {
            span: Span::new(start, scan.tokens[stop - 1].end as usize),
            qualifier: q,
            data: Data::Percent(m.value),
        });
    }
}

/// The end token of a percent sign or word starting at token `i`, or of a word a hyphen glues
/// to the number ("a 50-pct stake", "a 10-per-cent rise").
fn percent_sign(scan: &Scan, i: usize) -> Option<usize> {
    let token = *scan.tokens.get(i)?;
    if token.is_punct(scan.text, '-') && !token.space_before {
        let word = scan.tokens.get(i + 1)?;
        if !word.is_word()
            || word.space_before
            || !matches!(
                scan.text.as_bytes().get(word.start as usize),
                Some(b'p' | b'P')
            )
        {
            return None;
        }
        return percent_word(scan, i + 1, true);
    }
    // One byte turns most tokens away: a sign is `%` or `％` (bytes EF BC 85), a word `p…`.
    if !matches!(
        scan.text.as_bytes().get(token.start as usize),
        Some(b'%' | 0xEF | b'p' | b'P')
    ) {
        return None;
    }
    if token.is_punct(scan.text, '%') || token.is_punct(scan.text, '\u{FF05}') {
        return Some(i + 1);
    }
    if !token.is_word() {
        return None;
    }
    percent_word(scan, i, false)
}

/// The end token of a percent word at token `i` ("pct", "per cent"); `hyphens`: its words
/// are joined by hyphens ("per-cent"), not spaces.
fn percent_word(scan: &Scan, i: usize, hyphens: bool) -> Option<usize> {
    let token = *scan.tokens.get(i)?;
    let mut buf = [0u8; 16];
    let end = match lower(token.text(scan.text), &mut buf)? {
        "percent" | "pct" | "pc" => i + 1,
        "per" if hyphens => {
            let (dash, next) = (scan.tokens.get(i + 1)?, scan.tokens.get(i + 2)?);
            if !(dash.is_punct(scan.text, '-')
                && !dash.space_before
                && !next.space_before
                && next.is_word()
                && next.text(scan.text).eq_ignore_ascii_case("cent"))
            {
                return None;
            }
            i + 3
        }
        "per" => {
            let next = scan.tokens.get(i + 1)?;
            if !(next.is_word() && next.text(scan.text).eq_ignore_ascii_case("cent")) {
                return None;
            }
            i + 2
        }
        _ => return None,
    };
    // "76 pc." is fine; "76 PCs" is not a word we matched, and "pc" before a letter never is.
    Some(end)
}

#[cfg(test)]
mod tests {
    use crate::extract::format::decimal;
    use crate::extract::{Context, Data, extract};

    fn percents(text: &str) -> String {
        extract(text, &Context::default())
            .iter()
            .filter_map(|v| match v.data {
                Data::Percent(n) => Some(format!(
                    "{}={}{}",
                    v.span.of(text),
                    decimal(n),
                    v.qualifier
                        .map(|q| format!(" {}", q.as_str()))
                        .unwrap_or_default()
                )),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn check(text: &str, expected: &str) {
        assert_eq!(percents(text), expected, "in {text:?}");
    }

    #[test]
    fn forms() {
        check("76% of voters", "76%=76");
        check("27 per cent", "27 per cent=27");
        check("6.4 percent", "6.4 percent=6.4");
        check("up 76pc and 3.2 pct", "76pc=76 | 3.2 pct=3.2");
        check("more than five percent", "more than five percent=5 gt");
        check("-0.5%", "-0.5%=-0.5");
        check("rose 2 percentage points", "");
    }
}
