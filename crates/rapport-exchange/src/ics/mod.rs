//! The calendar export: an account's (or the whole portfolio's) dates as an iCalendar file
//! (RFC 5545) a calendar app can subscribe to or import — reviews held and the next one due,
//! initiatives' due dates, birthdays and other personal dates (yearly ones recur), and
//! thank-yous still owed.
//!
//! Every event is all-day (`VALUE=DATE`). Its UID is made of what the event is, the record's
//! stable id and the workspace's id (`review-<id>@<workspace id>.rapport`), so exporting again
//! gives the same UIDs and a calendar updates its events instead of adding copies. Nothing here
//! reads the clock: the caller passes the time stamped on the events (`DTSTAMP`).

mod text;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use rapport_core::{AccountSnapshot, InitiativeStatus, Review};
use text::{escape, push_line};

/// One account's part of a calendar.
pub struct AccountCalendar<'a> {
    pub snapshot: &'a AccountSnapshot,
    /// The reviews held, each with its date.
    pub reviews: &'a [Review],
    /// When the next review is due (core's `next_review_due`).
    pub next_review_due: NaiveDate,
}

/// What the calendar is called in the app that opens it, e.g. "Rapport — Helios Freight".
pub struct CalendarName<'a>(pub &'a str);

/// An all-day event.
struct Event {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
    /// The RRULE value of a yearly event.
    yearly: Option<&'static str>,
}

/// The UID of a record: what it is, its stable id and the workspace it is from.
fn uid(kind: &str, id: &str, workspace_id: &str) -> String {
    format!("{kind}-{id}@{workspace_id}.rapport")
}

/// The yearly rule of a date. A 29 February falls on the last day of February in other years
/// (`BYMONTHDAY=-1`), where a plain yearly rule would skip three years out of four.
fn yearly_rule(date: NaiveDate) -> &'static str {
    if date.month() == 2 && date.day() == 29 {
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    } else {
        "FREQ=YEARLY"
    }
}

fn events_of(account: &AccountCalendar<'_>, workspace_id: &str) -> Vec<Event> {
    let s = account.snapshot;
    let name = &s.account.name;
    let mut events = Vec::new();
    for review in account.reviews {
        events.push(Event {
            uid: uid("review", review.id.as_str(), workspace_id),
            date: review.date,
            summary: format!("Review: {} ({name})", review.title),
            description: review.attendees.clone(),
            yearly: None,
        });
    }
    events.push(Event {
        uid: uid("next-review", s.account.id.as_str(), workspace_id),
        date: account.next_review_due,
        summary: format!("Account review due: {name}"),
        description: String::new(),
        yearly: None,
    });
    for initiative in &s.initiatives {
        let open = matches!(
            initiative.status,
            InitiativeStatus::Planned | InitiativeStatus::InProgress
        );
        if let (true, Some(due)) = (open, initiative.due) {
            events.push(Event {
                uid: uid("initiative", initiative.id.as_str(), workspace_id),
                date: due,
                summary: format!("Due: {} ({name})", initiative.title),
                description: initiative.notes.clone(),
                yearly: None,
            });
        }
    }
    let active = |id| s.stakeholder(id).filter(|p| p.is_active());
    for person in s.stakeholders.iter().filter(|p| p.is_active()) {
        if let Some(birthday) = person.birthday {
            events.push(Event {
                uid: uid("birthday", person.id.as_str(), workspace_id),
                date: birthday,
                summary: format!("Birthday: {} ({name})", person.name),
                description: String::new(),
                yearly: Some(yearly_rule(birthday)),
            });
        }
    }
    for date in &s.personal_dates {
        let Some(person) = active(&date.stakeholder) else {
            continue;
        };
        events.push(Event {
            uid: uid("date", date.id.as_str(), workspace_id),
            date: date.date,
            summary: format!("{}: {} ({name})", date.label, person.name),
            description: String::new(),
            yearly: date.yearly.then(|| yearly_rule(date.date)),
        });
    }
    for thanks in s.thank_yous.iter().filter(|t| !t.done) {
        let Some(person) = active(&thanks.stakeholder) else {
            continue;
        };
        events.push(Event {
            uid: uid("thank-you", thanks.id.as_str(), workspace_id),
            date: thanks.due,
            summary: format!("Thank {} ({name})", person.name),
            description: if thanks.text.is_empty() {
                thanks.reason.label().to_owned()
            } else {
                format!("{}: {}", thanks.reason.label(), thanks.text)
            },
            yearly: None,
        });
    }
    events
}

/// The calendar of `accounts` as an `.ics` file's text: CRLF line ends, lines folded at 75
/// octets, text escaped, events in date order (then by UID) so two exports of the same data
/// are identical. `stamp` is the UTC time written as every event's `DTSTAMP`.
pub fn export_ics(
    name: CalendarName<'_>,
    workspace_id: &str,
    accounts: &[AccountCalendar<'_>],
    stamp: NaiveDateTime,
) -> String {
    let mut events: Vec<Event> = accounts
        .iter()
        .flat_map(|a| events_of(a, workspace_id))
        .collect();
    events.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    let mut out = String::new();
    let line = |out: &mut String, text: &str| push_line(out, text);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(
        &mut out,
        &format!(
            "PRODID:-//Rapport//Rapport {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
    );
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name.0)));
    let dtstamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for event in &events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", event.uid));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")),
        );
        let next_day = event
            .date
            .checked_add_days(Days::new(1))
            .unwrap_or(event.date);
        line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
        );
        if let Some(rule) = event.yearly {
            line(&mut out, &format!("RRULE:{rule}"));
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            line(
                &mut out,
                &format!("DESCRIPTION:{}", escape(&event.description)),
            );
        }
        // All-day reminders, not busy time.
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}
