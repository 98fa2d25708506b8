use super::format::thousands;
use super::*;
use chrono::NaiveDate;
use rapport_core::{Attitude, FindingKind, PersonId, synthetic_account, synthetic_today};
use std::collections::BTreeSet;

const ATTITUDE_WORDS: [&str; 5] = ["champion", "supporter", "neutral", "skeptic", "blocker"];

#[test]
fn thousands_groups_digits() {
    assert_eq!(thousands(1_800_000.0), "1,800,000");
    assert_eq!(thousands(999.4), "999");
    assert_eq!(thousands(-12_345.0), "-12,345");
    assert_eq!(thousands(f64::NAN), "—");
}

#[test]
fn attitude_words_are_the_core_labels() {
    for (word, a) in ATTITUDE_WORDS.iter().zip(Attitude::ALL) {
        assert_eq!(*word, a.word());
    }
}

fn no_map() -> MapDoc {
    MapDoc {
        pages: Vec::new(),
        legend: 0,
        legend_width: 0.0,
        margin_x: 0.0,
        margin_top: 0.0,
        margin_bottom: 0.0,
    }
}

/// The people the PDF prints in red for being out of touch, and the people Analyse's stale
/// contact findings name: always the same, because both ask `rapport_core::contact`.
fn overdue_and_stale(input: &PlanInput) -> (BTreeSet<String>, BTreeSet<String>) {
    let findings = rapport_core::analyse(&input.snapshot, input.today);
    let doc = build(input, &ReportOptions::default(), &findings, no_map());
    let overdue = doc
        .stakeholders
        .iter()
        .filter(|p| p.overdue)
        .map(|p| p.name.clone())
        .collect();
    let stale = findings
        .iter()
        .filter(|f| f.kind == FindingKind::StaleContact)
        .flat_map(|f| &f.people)
        .filter_map(|p| match p {
            PersonId::Stakeholder(id) => input.snapshot.stakeholder(id),
            PersonId::TeamMember(_) => None,
        })
        .map(|s| s.name.clone())
        .collect();
    (overdue, stale)
}

fn demo_input(today: NaiveDate) -> PlanInput {
    let mut ws = rapport_store::Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today).expect("demo");
    PlanInput {
        snapshot: ws.account_snapshot(&id).expect("snapshot"),
        reviews: Vec::new(),
        today,
    }
}

#[test]
fn the_plan_marks_overdue_exactly_whom_analyse_finds_out_of_touch() {
    let created = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    for days_later in [0, 100] {
        let mut input = demo_input(created);
        input.today = created + chrono::Days::new(days_later);
        let (overdue, stale) = overdue_and_stale(&input);
        assert_eq!(overdue, stale, "demo, {days_later} days on");
        // A hundred days on, some are out of touch: the comparison is not trivially empty.
        assert!(days_later == 0 || !overdue.is_empty());
    }
    let synthetic = PlanInput {
        snapshot: synthetic_account(300, 5),
        reviews: Vec::new(),
        today: synthetic_today(),
    };
    let (overdue, stale) = overdue_and_stale(&synthetic);
    assert!(!overdue.is_empty());
    assert_eq!(overdue, stale, "synthetic");
}

/// Every place the plan prints one of our internal notes (coverage, analysis, initiative,
/// interaction and review notes) asks `client_safe::internal_notes_shown`: each is filled
/// exactly when that predicate says notes are shown.
#[test]
fn every_note_site_follows_the_shared_internal_notes_rule() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let mut input = demo_input(today);
    let mut ws = rapport_store::Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today).expect("demo");
    ws.record_review(
        &id,
        &rapport_store::ReviewDraft {
            title: "Q3 account review".into(),
            date: today,
            attendees: "Sarah Collins".into(),
            notes: "Agreed to focus on the CFO.".into(),
        },
    )
    .expect("review");
    input.reviews = ws.reviews(&id).expect("reviews");
    let findings = rapport_core::analyse(&input.snapshot, input.today);
    for safe in [false, true] {
        let options = ReportOptions {
            client_safe: safe,
            ..ReportOptions::default()
        };
        let doc = build(&input, &options, &findings, no_map());
        let shown = client_safe::internal_notes_shown(safe);
        let sites = [
            ("coverage", !doc.coverage.notes.is_empty()),
            ("analysis", !doc.notes.is_empty()),
            (
                "initiative",
                doc.initiatives.iter().any(|i| !i.notes.is_empty()),
            ),
            (
                "interaction",
                doc.interactions.recent.iter().any(|i| !i.note.is_empty()),
            ),
            (
                "review",
                doc.reviews.history.iter().any(|r| !r.notes.is_empty()),
            ),
        ];
        for (site, has_notes) in sites {
            assert_eq!(has_notes, shown, "{site} notes, client-safe {safe}");
        }
    }
}
