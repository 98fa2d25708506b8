//! Whole accounts through the API: a JSON document exported, imported into another workspace
//! and exported again is the same document once ids are normalised (the demo, and generated
//! accounts as a property); our team members and offerings are matched, never duplicated; and
//! `rapport generate` stores everything it generates.

mod common;

use common::*;
use proptest::prelude::*;
use rapport_api::generate::add_generated_account;
use rapport_api::import::{ImportFile, import_account_json};
use rapport_core::*;
use rapport_exchange::normalised_document;
use rapport_store::{ReviewDraft, Workspace};

fn import(ws: &mut Workspace, bytes: &[u8], name: Option<&str>) -> AccountId {
    let file = ImportFile::new("account.json", bytes.to_vec());
    import_account_json(ws, &file, name)
        .expect("imports")
        .account
}

fn same_once_normalised(a: &[u8], b: &[u8]) {
    let (a, b) = (
        normalised_document(a).expect("reads"),
        normalised_document(b).expect("reads"),
    );
    assert!(
        a == b,
        "the documents differ:\n{}",
        first_difference(&String::from_utf8_lossy(&a), &String::from_utf8_lossy(&b))
    );
}

fn first_difference(a: &str, b: &str) -> String {
    a.lines()
        .zip(b.lines())
        .enumerate()
        .find(|(_, (x, y))| x != y)
        .map_or_else(
            || "(one is longer)".to_owned(),
            |(i, (x, y))| format!("line {}: {x}\n     vs: {y}", i + 1),
        )
}

/// A review, then a change after it, so the frozen snapshot and the account differ.
fn review_and_change(ws: &mut Workspace, id: &AccountId) {
    ws.record_review(
        id,
        &ReviewDraft {
            title: "Q3 review".into(),
            date: today(),
            attendees: "Sarah Collins".into(),
            notes: "Before the reorganisation.".into(),
        },
    )
    .expect("review");
    let first = ws.account_snapshot(id).expect("loads").stakeholders[0].clone();
    let attitude = if first.attitude == Attitude::Blocker {
        Attitude::Neutral
    } else {
        Attitude::Blocker
    };
    ws.update_stakeholder(id, &Stakeholder { attitude, ..first })
        .expect("edited");
}

#[test]
fn the_demo_round_trips_through_another_workspace() {
    let (mut ws, id) = demo();
    review_and_change(&mut ws, &id);
    let exported = export_json(&ws, &id);
    let mut other = Workspace::open_in_memory().expect("workspace");
    let copy = import(&mut other, &exported, None);
    let again = export_json(&other, &copy);
    same_once_normalised(&exported, &again);
    let copy_snapshot = other.account_snapshot(&copy).expect("loads");
    let reviews = other.reviews(&copy).expect("reviews");
    assert_eq!(reviews.len(), 2, "the demo's own review and this one");
    let ours = reviews
        .iter()
        .find(|r| r.review.title == "Q3 review")
        .expect("this test's review");
    let diff = diff_snapshots(&ours.snapshot, &copy_snapshot);
    assert!(
        !diff.changes.is_empty() && diff.added.is_empty() && diff.gone.is_empty(),
        "the review still matches people: {diff:?}"
    );
    assert_eq!(
        other
            .history_state(rapport_store::HistoryScope::Workspace)
            .expect("history")
            .undo
            .as_deref(),
        Some("Import Helios Freight"),
        "a step of the portfolio"
    );
    other
        .undo(rapport_store::HistoryScope::Workspace)
        .expect("undone");
    assert!(
        other.account_listing().expect("listed").is_empty(),
        "undo removes the account"
    );
}

#[test]
fn our_team_and_offerings_are_matched_not_duplicated() {
    let (mut ws, id) = demo();
    let team = ws.team_members().expect("team").len();
    let offerings = ws.offerings().expect("offerings").len();
    let exported = export_json(&ws, &id);
    let copy = import(&mut ws, &exported, None);
    let second = import(&mut ws, &exported, Some("Helios Rail"));
    assert_eq!(ws.team_members().expect("team").len(), team);
    assert_eq!(ws.offerings().expect("offerings").len(), offerings);
    let names: Vec<String> = ws
        .account_listing()
        .expect("accounts")
        .into_iter()
        .map(|a| a.account.name)
        .collect();
    assert!(
        names.contains(&"Helios Freight (2)".to_owned()),
        "{names:?}"
    );
    assert!(names.contains(&"Helios Rail".to_owned()), "{names:?}");
    let original = ws.account_snapshot(&id).expect("loads");
    for account in [copy, second] {
        let s = ws.account_snapshot(&account).expect("loads");
        assert_eq!(
            s.team, original.team,
            "the same people of ours, placed alike"
        );
        assert_eq!(s.coverage.len(), original.coverage.len());
        assert_eq!(s.whitespace.len(), original.whitespace.len());
    }
}

#[test]
fn a_team_member_is_matched_by_email_before_name() {
    let (mut ws, id) = demo();
    let exported = export_json(&ws, &id);
    let mut doc: serde_json::Value = serde_json::from_slice(&exported).expect("json");
    // In the colleague's workspace Sarah goes by another name but the same address.
    let sarah = doc["snapshot"]["team"]
        .as_array_mut()
        .expect("team")
        .iter_mut()
        .find(|t| t["name"] == "Sarah Collins")
        .expect("Sarah");
    sarah["name"] = "S. Collins".into();
    let ours = ws.team_members().expect("team");
    let email = ours
        .iter()
        .find(|t| t.name == "Sarah Collins")
        .map(|t| t.email.clone())
        .expect("Sarah");
    assert!(!email.is_empty(), "the demo's team has addresses");
    sarah["email"] = email.into();
    let copy = import(&mut ws, doc.to_string().as_bytes(), Some("Helios by mail"));
    assert_eq!(ws.team_members().expect("team").len(), ours.len());
    let team = ws.account_snapshot(&copy).expect("loads").team;
    assert!(
        team.iter().any(|t| t.name == "Sarah Collins"),
        "ours as we have them"
    );
}

#[test]
fn a_document_a_workspace_cannot_hold_is_refused_by_path_and_nothing_is_written() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let file = ImportFile::read(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../rapport-exchange/tests/fixtures/account_v1.json"),
    )
    .expect("fixture");
    let err = import_account_json(&mut ws, &file, None).expect_err("a negative amount");
    assert!(
        err.to_string()
            .contains("account_v1.json: At “snapshot.account.lifetimeValue.averageDealSize”"),
        "{err}"
    );
    assert!(ws.is_empty().expect("count"));
    assert!(ws.team_members().expect("team").is_empty());
}

#[test]
fn generate_stores_everything_it_generates_and_reuses_our_team() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let (id, generated) = add_generated_account(&mut ws, 120, 7, None).expect("generated");
    let stored = ws.account_snapshot(&id).expect("loads");
    let sizes = |s: &AccountSnapshot| {
        [
            s.stakeholders.len(),
            s.team.len(),
            s.reports_to.len(),
            s.coverage.len(),
            s.relations.len(),
            s.goals.len(),
            s.initiatives.len(),
            s.interactions.len(),
            s.notes.len(),
            s.offerings.len(),
            s.needs.len(),
            s.whitespace.len(),
        ]
    };
    assert_eq!(sizes(&stored), sizes(&generated));
    assert!(!stored.whitespace.is_empty(), "the whitespace grid is kept");
    assert!(
        stored.stakeholders.iter().all(|s| s.placement.is_some()),
        "laid out"
    );
    let team = ws.team_members().expect("team").len();
    let offerings = ws.offerings().expect("offerings").len();
    add_generated_account(&mut ws, 120, 7, Some("Second")).expect("generated again");
    assert_eq!(ws.team_members().expect("team").len(), team);
    assert_eq!(ws.offerings().expect("offerings").len(), offerings);
    let again = add_generated_account(&mut ws, 120, 7, None).expect_err("same name");
    assert!(
        again.to_string().contains("already has an account"),
        "{again}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Generated accounts of any size and seed, with a review: stored, exported, imported into
    /// an empty workspace, exported again — the same document once ids are normalised.
    #[test]
    fn generated_accounts_round_trip_through_the_store(seed in 0u64..10_000, people in 3usize..80) {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let (id, _) = add_generated_account(&mut ws, people, seed, None).expect("generated");
        review_and_change(&mut ws, &id);
        let exported = export_json(&ws, &id);
        let mut other = Workspace::open_in_memory().expect("workspace");
        let copy = import(&mut other, &exported, None);
        same_once_normalised(&exported, &export_json(&other, &copy));
    }
}

#[test]
fn two_scores_on_one_day_are_refused_by_place_and_nothing_is_written() {
    let (ws, id) = demo();
    let mut document: serde_json::Value =
        serde_json::from_slice(&export_json(&ws, &id)).expect("json");
    let history = document["snapshot"]["npsHistory"]
        .as_array_mut()
        .expect("the demo has an NPS history");
    let first = history[0].clone();
    history.push(first);
    let at = history.len() - 1;
    let mut other = Workspace::open_in_memory().expect("workspace");
    let file = ImportFile::new(
        "account.json",
        serde_json::to_vec(&document).expect("bytes"),
    );
    let err = import_account_json(&mut other, &file, None).expect_err("two scores one day");
    let message = err.to_string();
    assert!(
        message.contains(&format!("At “npsHistory[{at}]”")),
        "{message}"
    );
    assert!(message.contains("one score a day"), "{message}");
    assert!(other.is_empty().expect("count"), "nothing written");
}
