//! Review and measure through the API: what each review measured and what moved between them.

use chrono::NaiveDate;
use rapport_api::SystemClock;
use rapport_api::reviews::review_history;
use rapport_core::*;
use rapport_store::{Assessment, Error, ReviewDraft, Workspace};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn today() -> NaiveDate {
    day(2026, 11, 23)
}

fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

struct Demo {
    ws: Workspace,
    id: AccountId,
}

impl Demo {
    fn new() -> Self {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let id = ws.create_demo(today()).expect("demo");
        Self { ws, id }
    }

    fn snap(&self) -> AccountSnapshot {
        self.ws.account_snapshot(&self.id).expect("loads")
    }

    fn person(&self, name: &str) -> Stakeholder {
        self.snap()
            .stakeholders
            .into_iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} on the demo map"))
    }

    fn undo_label(&self) -> Option<String> {
        self.ws.history_state(&self.id).expect("history").undo
    }
}

#[test]
fn reviews_measure_and_show_what_moved_between_them() {
    let mut d = Demo::new();
    let review = |title: &str, date| ReviewDraft {
        title: title.into(),
        date,
        attendees: "Sarah Collins, David Moreau".into(),
        notes: String::new(),
    };
    // The demo was reviewed 80 days ago, and the map moved since.
    let history = review_history(&d.ws, &clock(), &d.id).expect("history");
    assert_eq!(history.reviews.len(), 1);
    assert!(!history.overdue);
    assert_eq!(history.next_due, day(2026, 12, 3));
    let since = history.since_latest.expect("a review to compare with");
    assert_eq!(
        since
            .added
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Noah Schmidt"]
    );
    let moved: Vec<_> = since
        .changes
        .iter()
        .map(|c| (c.name.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    assert!(
        moved.contains(&("Elena Novak", "neutral", "supporter")),
        "{moved:?}"
    );
    assert!(
        moved.contains(&("Lukas Berg", "neutral", "skeptic")),
        "{moved:?}"
    );
    assert!(!since.coverage_changes.is_empty() && !since.goal_changes.is_empty());
    assert_eq!(
        d.ws.last_review_date(&d.id).expect("date"),
        Some(day(2026, 9, 4))
    );

    let before = (d.snap(), d.ws.reviews(&d.id).expect("reviews"));
    let err =
        d.ws.record_review(&d.id, &review(" ", today()))
            .expect_err("refused");
    assert!(
        matches!(err, Error::Validation { ref field, .. } if field == "title"),
        "{err:?}"
    );
    assert_eq!(before, (d.snap(), d.ws.reviews(&d.id).expect("reviews")));

    d.ws.record_review(&d.id, &review("Q4 review", today()))
        .expect("recorded");
    let raj = d.person("Raj Patel");
    d.ws.set_stakeholder_assessment(
        &d.id,
        &raj.id,
        &Assessment {
            roles: raj.roles.clone(),
            role_tag: raj.role_tag.clone(),
            attitude: Attitude::Supporter,
            influence: raj.influence,
        },
    )
    .expect("attitude moved");
    let live = review_history(&d.ws, &clock(), &d.id).expect("history");
    assert_eq!(live.since_latest.expect("one review").changes.len(), 1);

    d.ws.record_review(&d.id, &review("Q4 follow-up", today()))
        .expect("recorded");

    let history = review_history(&d.ws, &clock(), &d.id).expect("history");
    assert_eq!(d.ws.last_review_date(&d.id).expect("date"), Some(today()));
    assert_eq!(history.reviews.len(), 3);
    assert!(!history.overdue);
    assert_eq!(history.next_due, day(2027, 2, 21));
    let latest = &history.reviews[0];
    assert_eq!(latest.review.title, "Q4 follow-up", "newest first");
    let changes = latest.changes.as_ref().expect("a review before it");
    assert_eq!(changes.changes.len(), 1);
    let change = &changes.changes[0];
    assert_eq!(
        (
            change.name.as_str(),
            change.field,
            change.before.as_str(),
            change.after.as_str()
        ),
        ("Raj Patel", ChangedField::Attitude, "skeptic", "supporter")
    );
    assert!(history.reviews[1].changes.is_some(), "compared with Q3");
    assert!(
        history.reviews[2].changes.is_none(),
        "the first has nothing before it"
    );
    assert_eq!(history.reviews[0].people, 16);
    assert!(history.since_latest.expect("reviews").is_empty());

    let before = d.snap();
    d.ws.delete_review(&d.id, &latest.review.id)
        .expect("deleted");
    assert_eq!(d.ws.reviews(&d.id).expect("reviews").len(), 2);
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Delete review “Q4 follow-up”")
    );
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.ws.reviews(&d.id).expect("reviews").len(), 3);
    assert_eq!(d.snap(), before);
}
