//! The only place the app decides what "today" is. `RAPPORT_TODAY=YYYY-MM-DD` pins the date so
//! end-to-end tests and screenshots are reproducible.

use chrono::NaiveDate;
use rapport_api::SystemClock;

pub fn app_clock() -> SystemClock {
    let pinned = std::env::var("RAPPORT_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    SystemClock::pinned_to(pinned)
}
