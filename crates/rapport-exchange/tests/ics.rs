//! The calendar export read back by a maintained iCalendar parser (the `icalendar` crate): the
//! events, their summaries and dates, yearly rules, stable UIDs, and text that needs escaping
//! and folding.

use chrono::{NaiveDate, NaiveDateTime};
use icalendar::{Calendar, Component, DatePerhapsTime};
use rapport_core::*;
use rapport_exchange::{AccountCalendar, CalendarName, export_ics};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn stamp() -> NaiveDateTime {
    day(2026, 11, 23).and_hms_opt(9, 30, 0).expect("valid time")
}

const WORKSPACE: &str = "01jws";

fn account() -> AccountSnapshot {
    let mut s = AccountSnapshot::empty(Account::named("acc1", "Helios Freight", day(2025, 1, 1)));
    let mut raj = Stakeholder::named("raj", "Raj Patel");
    raj.birthday = Some(day(1976, 2, 29));
    let mut ana = Stakeholder::named("ana", "Ana Ruiz");
    ana.birthday = Some(day(1980, 5, 17));
    ana.status = StakeholderStatus::LeftCompany;
    s.stakeholders = vec![raj, ana];
    s.initiatives = vec![
        Initiative {
            id: "in1".into(),
            title: "Pilot telematics, phase 1; then rollout".into(),
            goals: vec![],
            owner: None,
            due: Some(day(2026, 12, 15)),
            status: InitiativeStatus::InProgress,
            notes: "Line one\nLine two, with a comma".into(),
        },
        Initiative {
            id: "in2".into(),
            title: "Finished work".into(),
            goals: vec![],
            owner: None,
            due: Some(day(2026, 10, 1)),
            status: InitiativeStatus::Done,
            notes: String::new(),
        },
    ];
    s.personal_dates = vec![
        PersonalDate {
            id: "pd1".into(),
            stakeholder: "raj".into(),
            label: "Work anniversary".into(),
            date: day(2019, 3, 1),
            yearly: true,
        },
        PersonalDate {
            id: "pd2".into(),
            stakeholder: "raj".into(),
            label: "Daughter's graduation".into(),
            date: day(2027, 6, 30),
            yearly: false,
        },
    ];
    s.thank_yous = vec![
        ThankYou {
            id: "ty1".into(),
            stakeholder: "raj".into(),
            reason: ThankYouReason::ReferenceCall,
            text: "the call with Nordlicht; it went well, thanks\\".into(),
            due: day(2026, 12, 1),
            done: false,
        },
        ThankYou {
            id: "ty2".into(),
            stakeholder: "raj".into(),
            reason: ThankYouReason::WonDeal,
            text: String::new(),
            due: day(2026, 12, 2),
            done: true,
        },
    ];
    s
}

fn reviews() -> Vec<Review> {
    vec![Review {
        id: "rv1".into(),
        title: "Q3 review".into(),
        date: day(2026, 9, 4),
        attendees: "Sarah, David".into(),
        notes: String::new(),
    }]
}

fn export(snapshot: &AccountSnapshot) -> String {
    let reviews = reviews();
    export_ics(
        CalendarName("Rapport — Helios Freight"),
        WORKSPACE,
        &[AccountCalendar {
            snapshot,
            reviews: &reviews,
            next_review_due: day(2026, 12, 3),
        }],
        stamp(),
    )
}

fn parsed(text: &str) -> Calendar {
    text.parse()
        .unwrap_or_else(|e| panic!("not a calendar: {e}\n{text}"))
}

fn event<'a>(calendar: &'a Calendar, uid: &str) -> &'a icalendar::Event {
    calendar
        .events()
        .find(|e| e.get_uid() == Some(uid))
        .unwrap_or_else(|| panic!("no event {uid}"))
}

fn start(e: &icalendar::Event) -> NaiveDate {
    match e.get_start() {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("not an all-day start: {other:?}"),
    }
}

#[test]
fn every_kind_of_date_is_an_all_day_event_with_its_summary() {
    let text = export(&account());
    let calendar = parsed(&text);
    let uids: Vec<&str> = calendar.events().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        [
            "birthday-raj@01jws.rapport",
            "date-pd1@01jws.rapport",
            "review-rv1@01jws.rapport",
            "thank-you-ty1@01jws.rapport",
            "next-review-acc1@01jws.rapport",
            "initiative-in1@01jws.rapport",
            "date-pd2@01jws.rapport",
        ],
        "in date order; a done initiative or thank-you and someone who left are not there"
    );
    let review = event(&calendar, "review-rv1@01jws.rapport");
    assert_eq!(
        review.get_summary(),
        Some("Review: Q3 review (Helios Freight)")
    );
    assert_eq!(review.get_description(), Some("Sarah, David"));
    assert_eq!(start(review), day(2026, 9, 4));
    assert_eq!(
        review.get_end(),
        Some(DatePerhapsTime::Date(day(2026, 9, 5))),
        "one whole day"
    );
    let due = event(&calendar, "next-review-acc1@01jws.rapport");
    assert_eq!(
        due.get_summary(),
        Some("Account review due: Helios Freight")
    );
    assert_eq!(start(due), day(2026, 12, 3));
    let initiative = event(&calendar, "initiative-in1@01jws.rapport");
    assert_eq!(
        initiative.get_summary(),
        Some("Due: Pilot telematics, phase 1; then rollout (Helios Freight)")
    );
    assert_eq!(
        initiative.get_description(),
        Some("Line one\nLine two, with a comma")
    );
    let thanks = event(&calendar, "thank-you-ty1@01jws.rapport");
    assert_eq!(
        thanks.get_summary(),
        Some("Thank Raj Patel (Helios Freight)")
    );
    assert_eq!(
        thanks.get_description(),
        Some("Reference call: the call with Nordlicht; it went well, thanks\\")
    );
    assert!(text.contains("DTSTAMP:20261123T093000Z\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:20260904\r\n"));
}

#[test]
fn yearly_dates_recur_and_a_feb_29_birthday_falls_on_the_last_day_of_february() {
    let calendar = parsed(&export(&account()));
    let birthday = event(&calendar, "birthday-raj@01jws.rapport");
    assert_eq!(
        birthday.get_summary(),
        Some("Birthday: Raj Patel (Helios Freight)")
    );
    assert_eq!(start(birthday), day(1976, 2, 29));
    assert_eq!(
        birthday.property_value("RRULE"),
        Some("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")
    );
    let anniversary = event(&calendar, "date-pd1@01jws.rapport");
    assert_eq!(anniversary.property_value("RRULE"), Some("FREQ=YEARLY"));
    assert_eq!(
        anniversary.get_summary(),
        Some("Work anniversary: Raj Patel (Helios Freight)")
    );
    let once = event(&calendar, "date-pd2@01jws.rapport");
    assert_eq!(once.property_value("RRULE"), None);
}

#[test]
fn two_exports_give_the_same_uids_and_the_same_text() {
    let first = export(&account());
    let mut changed = account();
    changed.initiatives[0].title = "Renamed".into();
    let second = export(&changed);
    let uids = |text: &str| {
        parsed(text)
            .events()
            .filter_map(|e| e.get_uid().map(str::to_owned))
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&first), uids(&second), "an edit keeps the event's UID");
    assert_eq!(
        first,
        export(&account()),
        "the same data gives the same file"
    );
}

#[test]
fn lines_end_in_crlf_fold_at_75_octets_and_long_awkward_text_round_trips() {
    let mut snapshot = account();
    let long_name = format!("Dr. Ærøskøbing, Smith; \\ {}", "Ö".repeat(200 - 25));
    assert_eq!(long_name.chars().count(), 200);
    snapshot.stakeholders[0].name = long_name.clone();
    snapshot.personal_dates[0].label = "Anniversary,\nsecond line; with \\ backslash".into();
    let text = export(&snapshot);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let calendar = parsed(&text);
    assert_eq!(
        event(&calendar, "birthday-raj@01jws.rapport").get_summary(),
        Some(format!("Birthday: {long_name} (Helios Freight)").as_str())
    );
    assert_eq!(
        event(&calendar, "date-pd1@01jws.rapport").get_summary(),
        Some(
            format!("Anniversary,\nsecond line; with \\ backslash: {long_name} (Helios Freight)")
                .as_str()
        )
    );
}
