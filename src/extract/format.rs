//! The normalized text of values, as DESIGN.md's table gives it: `1500000`, `PT5H`,
//! `2016-04-28`, `2023-09-13T07:09`, `1950/1953`.

use std::fmt::{self, Write};

use super::{Data, Date, Duration, Time, Unit};

/// A number in plain decimal: no exponent, no trailing zeros (`33`, `0.77`, `1500000`).
pub fn decimal(n: f64) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    if n == n.trunc() && n.abs() < 1e15 {
        return format!("{}", n as i64);
    }
    let s = format!("{:.6}", n);
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl fmt::Display for Duration {
    /// ISO 8601: `PT5H`, `P2W`, `P1Y6M`, `PT1H30M`. Weeks stand alone, as ISO wants.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = self.parts.clone();
        parts.sort_by_key(|&(_, unit)| std::cmp::Reverse(unit));
        if parts.len() == 1 && parts[0].1 == Unit::Week {
            return write!(f, "P{}W", decimal(parts[0].0));
        }
        let mut out = String::from("P");
        let mut in_time = false;
        for (n, unit) in parts {
            let (n, letter) = match unit {
                Unit::Year => (n, 'Y'),
                Unit::Quarter => (n * 3.0, 'M'),
                Unit::Month => (n, 'M'),
                Unit::Week => (n * 7.0, 'D'),
                Unit::Day => (n, 'D'),
                Unit::Hour => (n, 'H'),
                Unit::Minute => (n, 'M'),
                Unit::Second => (n, 'S'),
            };
            if unit <= Unit::Hour && !in_time {
                out.push('T');
                in_time = true;
            }
            let _ = write!(out, "{}{letter}", decimal(n));
        }
        if out == "P" {
            out.push_str("T0S");
        }
        f.write_str(&out)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Date::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Date::Week(monday) => {
                let week = monday.iso_week_date();
                write!(f, "{:04}-W{:02}", week.year(), week.week())
            }
            Date::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Date::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Date::Year(year) => write!(f, "{year:04}"),
            // ISO 8601's duration/end form of an interval.
            Date::Period { months, end, .. } => write!(
                f,
                "P{months}M/{:04}-{:02}-{:02}",
                end.year(),
                end.month(),
                end.day()
            ),
            Date::Decade(start) => write!(f, "{:03}X", start / 10),
            Date::YearlessDay { month, day } => write!(f, "XXXX-{month:02}-{day:02}"),
            Date::YearlessMonth { month } => write!(f, "XXXX-{month:02}"),
        }
    }
}

impl fmt::Display for Time {
    /// `2023-09-13T07:09`, or `T07:09` without a date; seconds only where the text gave them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.date {
            write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())?;
        }
        write!(f, "T{:02}:{:02}", self.time.hour(), self.time.minute())?;
        if self.has_seconds {
            write!(f, ":{:02}", self.time.second())?;
        }
        Ok(())
    }
}

impl fmt::Display for Data {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Data::Number { value, .. } => f.write_str(&decimal(*value)),
            Data::Ordinal(n) => write!(f, "{n}"),
            Data::Percent(p) => f.write_str(&decimal(*p)),
            Data::Money { amount, .. } => f.write_str(&decimal(*amount)),
            Data::Duration(d) => write!(f, "{d}"),
            Data::Date(d) => write!(f, "{d}"),
            Data::Time(t) => write!(f, "{t}"),
            Data::Range(lo, hi) => write!(f, "{lo}/{hi}"),
            Data::Quote { words, .. } => f.write_str(words),
            Data::List { items } => {
                let names: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
                f.write_str(&names.join("; "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_have_no_exponent_or_trailing_zeros() {
        assert_eq!(decimal(1_500_000.0), "1500000");
        assert_eq!(decimal(0.77), "0.77");
        assert_eq!(decimal(-504.0), "-504");
        assert_eq!(decimal(6.40), "6.4");
    }

    #[test]
    fn durations_are_iso() {
        let d = |parts: Vec<(f64, Unit)>| Duration { parts }.to_string();
        assert_eq!(d(vec![(5.0, Unit::Hour)]), "PT5H");
        assert_eq!(d(vec![(2.0, Unit::Week)]), "P2W");
        assert_eq!(d(vec![(30.0, Unit::Minute), (1.0, Unit::Hour)]), "PT1H30M");
        assert_eq!(d(vec![(1.0, Unit::Year), (2.0, Unit::Day)]), "P1Y2D");
    }
}
