//! Injected time: lockouts and creation dates read the clock, and tests move it.

use crate::screen::Date;
use std::fmt::Debug;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Midnight (UTC) at the start of `date`.
    pub fn from_date(date: Date) -> Timestamp {
        Timestamp(days_from_civil(date) * 86_400)
    }

    /// The calendar date (UTC) this instant falls on.
    pub fn date(self) -> Date {
        civil_from_days(self.0.div_euclid(86_400))
    }
}

/// A source of the current time.
pub trait Clock: Debug + Send + Sync {
    /// The current instant.
    fn now(&self) -> Timestamp;
}

/// The real time of the machine.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Timestamp(i64::try_from(secs).unwrap_or(i64::MAX))
    }
}

/// Real time, shifted so that it starts at a chosen instant: the simulated world
/// can begin on the article's date and still let a lockout expire.
#[derive(Debug, Clone, Copy)]
pub struct SimulatedClock {
    start: Timestamp,
    began: std::time::Instant,
}

impl SimulatedClock {
    /// A clock reading 09:00 UTC on `date` now, and moving with real time.
    pub fn from_date(date: Date) -> Self {
        SimulatedClock {
            start: Timestamp(Timestamp::from_date(date).0 + 9 * 3600),
            began: std::time::Instant::now(),
        }
    }
}

impl Clock for SimulatedClock {
    fn now(&self) -> Timestamp {
        let elapsed = i64::try_from(self.began.elapsed().as_secs()).unwrap_or(i64::MAX);
        Timestamp(self.start.0.saturating_add(elapsed))
    }
}

/// A clock that moves only when told to; clones share the same time.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    /// A clock standing at `start`.
    pub fn new(start: Timestamp) -> Self {
        ManualClock(Arc::new(AtomicI64::new(start.0)))
    }

    /// A clock standing at 09:00 UTC on `date`.
    pub fn at_date(date: Date) -> Self {
        ManualClock::new(Timestamp(Timestamp::from_date(date).0 + 9 * 3600))
    }

    /// Moves the clock forward by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
fn days_from_civil(d: Date) -> i64 {
    let (m, day) = (i64::from(d.month), i64::from(d.day));
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date { year, month, day }
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = Date { year, month, day };
        let valid =
            (1..=12).contains(&month) && day >= 1 && civil_from_days(days_from_civil(date)) == date;
        valid.then_some(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_timestamps() {
        for s in [
            "1970-01-01",
            "2015-11-19",
            "2016-02-29",
            "2000-03-01",
            "1999-12-31",
        ] {
            let d = Date::parse(s).expect("valid date");
            assert_eq!(Timestamp::from_date(d).date(), d, "{s}");
            assert_eq!(d.to_string(), s);
        }
        assert_eq!(Timestamp(0).date().to_string(), "1970-01-01");
    }

    #[test]
    fn impossible_dates_are_refused() {
        for s in [
            "2015-02-29",
            "2015-13-01",
            "2015-00-10",
            "2015-04-31",
            "x",
            "2015-1",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
    }

    #[test]
    fn simulated_clock_starts_at_nine_on_the_date() {
        let date = Date::parse("2015-11-19").expect("valid date");
        let clock = SimulatedClock::from_date(date);
        assert_eq!(clock.now().date(), date);
        assert!(clock.now().0 - Timestamp::from_date(date).0 >= 9 * 3600);
    }

    #[test]
    fn manual_clock_moves_only_when_told_and_clones_share_it() {
        let clock = ManualClock::new(Timestamp(100));
        let other = clock.clone();
        assert_eq!(clock.now(), Timestamp(100));
        other.advance(60);
        assert_eq!(clock.now(), Timestamp(160));
    }
}
