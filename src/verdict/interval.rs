//! Values as intervals on one axis per kind, and the three questions a verdict asks of two
//! intervals: does the found one lie inside the claimed one, do they meet at all.
//!
//! Axes: numbers, percents and money on their own scale; durations in seconds; dates in days
//! since 1970-01-01 (a date covers its whole grain: `2012` is 366 days); times in seconds,
//! absolute where both date and zone are known, else on the clock of the claim's zone.

use crate::claims::Tolerance;
use crate::extract::{Data, Date, Kind, Qualifier, Time, Value, zone_db};

/// An interval with open or closed ends; infinite ends are open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub lo_closed: bool,
    pub hi: f64,
    pub hi_closed: bool,
}

const EPSILON: f64 = 1e-9;

fn eq(a: f64, b: f64) -> bool {
    a == b
        || (a.is_finite()
            && b.is_finite()
            && (a - b).abs() <= EPSILON * a.abs().max(b.abs()).max(1.0))
}

impl Interval {
    pub fn point(v: f64) -> Interval {
        Interval {
            lo: v,
            lo_closed: true,
            hi: v,
            hi_closed: true,
        }
    }

    /// `[lo, hi)`: a grain such as a day or a minute.
    pub fn grain(lo: f64, hi: f64) -> Interval {
        Interval {
            lo,
            lo_closed: true,
            hi,
            hi_closed: false,
        }
    }

    /// Whether `self` lies inside `outer`.
    pub fn is_within(&self, outer: &Interval) -> bool {
        let lo_ok = if eq(self.lo, outer.lo) {
            outer.lo_closed || !self.lo_closed
        } else {
            self.lo > outer.lo
        };
        let hi_ok = if eq(self.hi, outer.hi) {
            outer.hi_closed || !self.hi_closed
        } else {
            self.hi < outer.hi
        };
        lo_ok && hi_ok
    }

    /// Whether the two share any point.
    pub fn meets(&self, other: &Interval) -> bool {
        let below = |a: &Interval, b: &Interval| {
            if eq(a.hi, b.lo) {
                !(a.hi_closed && b.lo_closed)
            } else {
                a.hi < b.lo
            }
        };
        !below(self, other) && !below(other, self)
    }

    /// The interval a qualifier makes of a base value: "more than 5" is (5, ∞).
    pub fn qualified(self, qualifier: Option<Qualifier>, tolerance: f64) -> Interval {
        let inf = f64::INFINITY;
        match qualifier {
            None => self,
            Some(Qualifier::Gt) => Interval {
                lo: self.hi,
                lo_closed: !self.hi_closed,
                hi: inf,
                hi_closed: false,
            },
            Some(Qualifier::Ge) => Interval {
                hi: inf,
                hi_closed: false,
                ..self
            },
            Some(Qualifier::Lt) => Interval {
                lo: -inf,
                lo_closed: false,
                hi: self.lo,
                hi_closed: !self.lo_closed,
            },
            Some(Qualifier::Le) => Interval {
                lo: -inf,
                lo_closed: false,
                ..self
            },
            Some(Qualifier::Approx) => self.widened(tolerance),
        }
    }

    pub fn widened(self, by: f64) -> Interval {
        if by <= 0.0 {
            return self;
        }
        Interval {
            lo: self.lo - by,
            lo_closed: true,
            hi: self.hi + by,
            hi_closed: true,
        }
    }

    /// A representative magnitude, for relative tolerances.
    pub fn magnitude(&self) -> f64 {
        if self.lo.is_finite() {
            self.lo.abs()
        } else {
            self.hi.abs()
        }
    }
}

/// The base interval of a value's data (before its qualifier), on its kind's axis, with the
/// zone times are read in. `None` where the data has no axis (quotes, lists) or is yearless.
pub fn base(data: &Data, zone: Option<&str>) -> Option<Interval> {
    Some(match data {
        Data::Number { value, .. } | Data::Percent(value) => Interval::point(*value),
        Data::Money { amount, .. } => Interval::point(*amount),
        Data::Ordinal(n) => Interval::point(*n as f64),
        Data::Duration(d) => Interval::point(d.seconds()),
        Data::Date(date) => {
            let (lo, hi) = date_days(date)?;
            Interval::grain(lo as f64, hi as f64)
        }
        Data::Time(time) => {
            let t = time_seconds(time, zone)?;
            let grain = if time.has_seconds { 1.0 } else { 60.0 };
            Interval::grain(t, t + grain)
        }
        Data::Range(lo, hi) => {
            let (lo, hi) = (base(lo, zone)?, base(hi, zone)?);
            Interval {
                lo: lo.lo,
                lo_closed: lo.lo_closed,
                hi: hi.hi,
                hi_closed: hi.hi_closed,
            }
        }
        Data::Quote { .. } | Data::List { .. } => return None,
    })
}

/// The default tolerance of `about` for a value: 10% of it, 15 minutes for times, none for
/// dates (a date's grain is its own tolerance).
pub fn tolerance(value: &Value, base: &Interval, claimed: Option<&Tolerance>) -> f64 {
    let end_kind = match &value.data {
        Data::Range(lo, _) => lo.kind(),
        data => data.kind(),
    };
    match (claimed, end_kind) {
        (Some(Tolerance::Relative(fraction)), _) => fraction * base.magnitude(),
        (Some(Tolerance::Absolute(n)), _) => *n,
        (None, Kind::Time) => 15.0 * 60.0,
        (None, Kind::Date) => 0.0,
        (None, _) => 0.1 * base.magnitude(),
    }
}

/// `[first day, day after last)` of a date, in days since 1970-01-01.
pub fn date_days(date: &Date) -> Option<(i64, i64)> {
    let day = |y: i16, m: i8, d: i8| days_from_civil(y as i64, m as i64, d as i64);
    Some(match *date {
        Date::Day(d) => {
            let n = day(d.year(), d.month(), d.day());
            (n, n + 1)
        }
        Date::Week(monday) => {
            let n = day(monday.year(), monday.month(), monday.day());
            (n, n + 7)
        }
        Date::Month { year, month } => {
            let (ny, nm) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
            (day(year, month, 1), day(ny, nm, 1))
        }
        Date::Quarter { year, quarter } => {
            let first = (quarter - 1) * 3 + 1;
            let (ny, nm) = if quarter == 4 {
                (year + 1, 1)
            } else {
                (year, first + 3)
            };
            (day(year, first, 1), day(ny, nm, 1))
        }
        Date::Year(year) => (day(year, 1, 1), day(year + 1, 1, 1)),
        Date::Period { months, end, .. } => {
            let first = crate::extract::period_start(end, months)?;
            (
                day(first.year(), first.month(), first.day()),
                day(end.year(), end.month(), end.day()) + 1,
            )
        }
        Date::Decade(start) => (day(start, 1, 1), day(start + 10, 1, 1)),
        Date::YearlessDay { .. } | Date::YearlessMonth { .. } => return None,
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A time in seconds: since the epoch where it has a date (in `zone` or its own), else since
/// midnight on the clock of `zone` (converted from its own zone on the day the reference gives).
fn time_seconds(time: &Time, zone: Option<&str>) -> Option<f64> {
    let clock = |t: jiff::civil::Time| {
        t.hour() as f64 * 3600.0 + t.minute() as f64 * 60.0 + t.second() as f64
    };
    let own = time.zone.as_deref().or(zone);
    match time.date {
        Some(date) => {
            let datetime = date.to_datetime(time.time);
            match own.and_then(resolve_zone) {
                Some(tz) => tz
                    .to_ambiguous_zoned_datetime(datetime)
                    .compatible()
                    .ok()
                    .map(|z| z.timestamp().as_second() as f64),
                None => Some(
                    days_from_civil(date.year() as i64, date.month() as i64, date.day() as i64)
                        as f64
                        * 86_400.0
                        + clock(time.time),
                ),
            }
        }
        None => {
            // A clock time: shift it into `zone` where both zones are known.
            let (Some(from), Some(to)) = (
                time.zone.as_deref().and_then(resolve_zone),
                zone.and_then(resolve_zone),
            ) else {
                return Some(clock(time.time));
            };
            let day = jiff::civil::date(2000, 1, 1).to_datetime(time.time);
            let zoned = from.to_ambiguous_zoned_datetime(day).compatible().ok()?;
            let there = zoned.with_time_zone(to).datetime();
            let days = (there.date() - jiff::civil::date(2000, 1, 1)).get_days() as f64;
            Some(days * 86_400.0 + clock(there.time()))
        }
    }
}

/// An IANA name or a fixed offset ("+03:00", "UTC+3") as a jiff time zone.
pub fn resolve_zone(name: &str) -> Option<jiff::tz::TimeZone> {
    if name.eq_ignore_ascii_case("utc")
        || name.eq_ignore_ascii_case("z")
        || name.eq_ignore_ascii_case("gmt")
    {
        return Some(jiff::tz::TimeZone::UTC);
    }
    if let Ok(tz) = zone_db().get(name) {
        return Some(tz);
    }
    let rest = name.trim_start_matches("UTC").trim_start_matches("GMT");
    let sign = match rest.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = &rest[1..];
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None => (digits.parse::<i32>().ok()?, 0),
    };
    let offset = jiff::tz::Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()?;
    Some(jiff::tz::TimeZone::fixed(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualified_intervals() {
        let five = Interval::point(5.0);
        let more_than_five = five.qualified(Some(Qualifier::Gt), 0.0);
        let more_than_four = Interval::point(4.0).qualified(Some(Qualifier::Gt), 0.0);
        assert!(!five.is_within(&more_than_five));
        assert!(Interval::point(5.5).is_within(&more_than_five));
        assert!(!more_than_four.is_within(&more_than_five));
        assert!(more_than_four.meets(&more_than_five));
        assert!(!Interval::point(4.0).meets(&more_than_five));
        assert!(five.widened(0.5).meets(&more_than_five));
    }

    #[test]
    fn dates_cover_their_grain() {
        let april = date_days(&Date::Month {
            year: 2019,
            month: 4,
        })
        .unwrap();
        let year = date_days(&Date::Year(2019)).unwrap();
        let a = Interval::grain(april.0 as f64, april.1 as f64);
        let y = Interval::grain(year.0 as f64, year.1 as f64);
        assert!(a.is_within(&y));
        assert!(!y.is_within(&a));
        assert_eq!(date_days(&Date::Year(1970)).unwrap(), (0, 365));
        let y2013 = date_days(&Date::Year(2013)).unwrap();
        let g2013 = Interval::grain(y2013.0 as f64, y2013.1 as f64);
        let y2012 = date_days(&Date::Year(2012)).unwrap();
        assert!(!Interval::grain(y2012.0 as f64, y2012.1 as f64).meets(&g2013));
    }

    #[test]
    fn clock_times_convert_between_zones() {
        let t = |h, zone: Option<&str>| Time {
            date: None,
            time: jiff::civil::time(h, 9, 0, 0),
            has_seconds: false,
            zone: zone.map(str::to_owned),
        };
        let moscow = time_seconds(&t(7, Some("Europe/Moscow")), Some("UTC")).unwrap();
        assert_eq!(moscow, 4.0 * 3600.0 + 9.0 * 60.0);
        assert_eq!(
            time_seconds(&t(7, None), Some("UTC")).unwrap(),
            7.0 * 3600.0 + 540.0
        );
    }
}
