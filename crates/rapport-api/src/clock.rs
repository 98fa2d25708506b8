//! The clock, passed into every use case that needs a date, so nothing below reads the system
//! time on its own and tests can pin "today".

use chrono::{NaiveDate, NaiveDateTime};

/// Where a use case learns today's date and the current time.
pub trait Clock: Send + Sync {
    fn today(&self) -> NaiveDate;
    fn now(&self) -> NaiveDateTime;
}

/// The computer's clock, with an optional fixed date (the CLI's `--today`, the app's
/// `RAPPORT_TODAY`) for reproducible runs. The time of day always comes from the system; with a
/// pinned date, `now` is that time of day on the pinned date, so "today" and "now" agree (the day's
/// backup, the day an edit was made).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock {
    pinned_today: Option<NaiveDate>,
}

impl SystemClock {
    /// The system clock, with `today` fixed when a date is given.
    pub fn pinned_to(today: Option<NaiveDate>) -> Self {
        Self {
            pinned_today: today,
        }
    }
}

impl Clock for SystemClock {
    fn today(&self) -> NaiveDate {
        self.pinned_today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn now(&self) -> NaiveDateTime {
        let now = chrono::Local::now().naive_local();
        match self.pinned_today {
            Some(day) => day.and_time(now.time()),
            None => now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinned_date_wins_over_the_calendar() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 2).expect("valid date");
        assert_eq!(SystemClock::pinned_to(Some(day)).today(), day);
        assert_eq!(
            SystemClock::pinned_to(None).today(),
            chrono::Local::now().date_naive()
        );
    }
}
