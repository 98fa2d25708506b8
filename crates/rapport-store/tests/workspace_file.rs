//! The workspace as a file: created on first use, reopened intact, bad files named clearly.

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

#[test]
fn a_new_file_is_created_with_its_folder_and_reopens_with_the_same_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nested/folder/ws.sqlite");
    let id = {
        let mut ws = open(&path).expect("created");
        ws.create_demo(today()).expect("demo")
    };
    assert!(path.exists());
    let before = open(&path)
        .expect("reopened")
        .account_snapshot(&id)
        .expect("loads");
    let again = open(&path)
        .expect("reopened twice")
        .account_snapshot(&id)
        .expect("loads");
    assert_eq!(before, again);
    assert_eq!(before.stakeholders.len(), 17);
}

#[test]
fn a_file_that_is_not_a_workspace_is_refused_with_its_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not a database, just some text that is long enough",
    )
    .expect("written");
    let err = open(&path).err().expect("refused");
    match &err {
        Error::NotAWorkspace { message } => assert!(message.contains("notes.txt"), "{message}"),
        other => panic!("expected “not a workspace”, got {other:?}"),
    }
    // The file is left as it was.
    assert_eq!(
        std::fs::read_to_string(&path).expect("still readable"),
        "this is not a database, just some text that is long enough"
    );
}

#[test]
fn unknown_account_names_are_reported_by_name() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    ws.create_demo(today()).expect("demo");
    assert!(
        ws.account_id_by_name("helios freight").is_ok(),
        "case-insensitive"
    );
    let err = ws.account_id_by_name("Acme").expect_err("missing");
    assert_eq!(
        err,
        Error::not_found("No account is called \"Acme\" in this workspace.")
    );
}

#[test]
fn every_stakeholder_field_round_trips() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    let snap = ws.account_snapshot(&id).expect("loads");
    let patel = snap
        .stakeholders
        .iter()
        .find(|s| s.name == "Raj Patel")
        .expect("Raj is in the demo");
    assert_eq!(patel.roles, vec![Role::Budget]);
    assert_eq!(patel.attitude, Attitude::Skeptic);
    assert_eq!(patel.influence, 5);
    assert_eq!(patel.role_tag, "economic buyer");
    assert_eq!(patel.cadence_days, Some(45));
    assert_eq!(patel.nps_score, Some(5));
    assert_eq!(
        patel.last_contact,
        today().checked_sub_days(chrono::Days::new(130))
    );
    let elena = snap
        .stakeholders
        .iter()
        .find(|s| s.name == "Elena Novak")
        .expect("Elena is in the demo");
    assert_eq!(elena.roles, vec![Role::Budget, Role::Gatekeeper]);
    let fischer_goal = snap
        .goals
        .iter()
        .find(|g| g.title.contains("Tom Fischer"))
        .expect("goal");
    assert_eq!(
        fischer_goal.target,
        GoalTarget::Attitude {
            from: Attitude::Blocker,
            to: Attitude::Neutral
        }
    );
}

/// The file's id (what calendar UIDs are made of) is made once and kept: reopening gives the
/// same one, and another file has another.
#[test]
fn a_workspace_keeps_its_own_id_across_openings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.sqlite");
    let first = open(&path).expect("created").workspace_id().expect("id");
    assert_ne!(first, rapport_store::UNNAMED_WORKSPACE_ID);
    assert!(!first.is_empty());
    assert_eq!(
        open(&path).expect("reopened").workspace_id().expect("id"),
        first
    );
    let other = open(&dir.path().join("other.sqlite"))
        .expect("created")
        .workspace_id()
        .expect("id");
    assert_ne!(other, first);
}
