//! Layouts and moves are stored, so the editor and the PDF show the same map after a restart.

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{Error, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Opens (or creates) the workspace file at `path` on the test's day.
fn open(path: &std::path::Path) -> rapport_store::Result<Workspace> {
    let noon = today().and_hms_opt(12, 0, 0).expect("valid time");
    Workspace::open(path, rapport_store::OpenMode::CreateIfMissing, noon)
}

fn placements(snap: &AccountSnapshot) -> Vec<(String, Option<Placement>)> {
    snap.stakeholders
        .iter()
        .map(|s| (s.id.to_string(), s.placement))
        .chain(snap.team.iter().map(|t| (t.id.to_string(), t.placement)))
        .collect()
}

#[test]
fn laying_out_only_the_unplaced_keeps_a_placed_map_as_it_is() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    let before = placements(&ws.account_snapshot(&id).expect("loads"));
    ws.apply_layout(&id, LayoutMode::UnplacedOnly)
        .expect("laid out");
    assert_eq!(
        placements(&ws.account_snapshot(&id).expect("loads")),
        before
    );
}

#[test]
fn a_full_layout_is_stored_and_keeps_pinned_cards() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.sqlite");
    let mut ws = open(&path).expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    let snap = ws.account_snapshot(&id).expect("loads");
    let chen = PersonId::Stakeholder(snap.stakeholders[0].id.clone());
    let pinned_at = Position {
        x: -5000.0,
        y: -5000.0,
    };
    ws.move_person(&id, &chen, pinned_at, true).expect("moved");

    let written = ws.apply_layout(&id, LayoutMode::Full).expect("laid out");
    assert_eq!(written.len(), snap.stakeholders.len() + snap.team.len());
    drop(ws);

    let after = open(&path)
        .expect("reopened")
        .account_snapshot(&id)
        .expect("loads");
    let chen_now = after.stakeholders[0].placement.expect("placed");
    assert_eq!(chen_now.position, pinned_at);
    assert!(chen_now.pinned);
    for p in &written {
        let stored = match &p.person {
            PersonId::Stakeholder(s) => after.stakeholder(s).and_then(|s| s.placement),
            PersonId::TeamMember(t) => after.team_member(t).and_then(|t| t.placement),
        };
        assert_eq!(stored.map(|s| s.position), Some(p.position));
    }
}

#[test]
fn moves_to_nowhere_or_of_nobody_are_refused() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    let snap = ws.account_snapshot(&id).expect("loads");
    let someone = PersonId::Stakeholder(snap.stakeholders[1].id.clone());
    let err = ws
        .move_person(
            &id,
            &someone,
            Position {
                x: f64::NAN,
                y: 0.0,
            },
            false,
        )
        .expect_err("NaN refused");
    assert!(matches!(err, Error::Validation { ref field, .. } if field == "position"));
    let nobody = PersonId::TeamMember(TeamMemberId::from("nobody"));
    let err = ws
        .move_person(&id, &nobody, Position { x: 1.0, y: 1.0 }, false)
        .expect_err("unknown person");
    assert!(matches!(err, Error::NotFound { .. }));
    assert_eq!(
        ws.account_snapshot(&id).expect("loads"),
        snap,
        "nothing changed"
    );
}
