//! The only place the app reads the calendar. `RAPPORT_TODAY=YYYY-MM-DD` pins the date so
//! end-to-end tests and screenshots are reproducible.

use chrono::{NaiveDate, NaiveDateTime};

pub fn today() -> NaiveDate {
    std::env::var("RAPPORT_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

pub fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}
