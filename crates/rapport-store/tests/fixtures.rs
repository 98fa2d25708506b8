//! Files from every released version open in this one: workspace files from each schema version
//! (recognised, backed up, marked and upgraded) and reviews' frozen accounts from each version of
//! the document (a field added since reads as its blank value).

use chrono::{NaiveDate, NaiveDateTime};
use rapport_core::*;
use rapport_store::{
    APPLICATION_ID, BackupReason, OpenMode, RAPPORT_VERSION, Workspace, backups,
    read_frozen_snapshot,
};
use std::path::{Path, PathBuf};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(9, 30, 0).expect("valid time")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The application id and schema version in a file's own header.
fn header(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).expect("readable");
    let field = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (field(68), field(60))
}

#[test]
fn every_released_workspace_format_opens_and_upgrades() {
    for (name, version, marked) in [
        ("workspace-schema1.sqlite", 1, false),
        ("workspace-schema2.sqlite", 2, false),
        ("workspace-schema3.sqlite", 3, true),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.sqlite");
        std::fs::copy(fixture(name), &path).expect("copied");
        let mark = if marked { APPLICATION_ID as u32 } else { 0 };
        assert_eq!(header(&path), (mark, version), "{name}'s header");

        let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            header(&path),
            (APPLICATION_ID as u32, 6),
            "{name} marked and upgraded"
        );
        assert_eq!(
            ws.written_by().expect("meta").as_deref(),
            Some(RAPPORT_VERSION)
        );

        // The file as it was is kept, before anything was changed.
        let kept = backups::list_backups(&path).expect("listed");
        assert_eq!(kept.len(), 1, "{name}: one backup");
        assert_eq!(kept[0].file.reason, BackupReason::BeforeUpgrade);
        assert_eq!(kept[0].accounts, Some(3));

        // The accounts are all there, and editable with undo.
        let id = ws.account_id_by_name("Helios Freight").expect("helios");
        let before = ws.account_snapshot(&id).expect("loads");
        assert_eq!(before.stakeholders.len(), 17, "{name}");
        ws.quick_add(&id, "Fixture Person, CFO", None)
            .expect("edit");
        assert_eq!(
            ws.undo(&id).expect("undo").as_deref(),
            Some("Add Fixture Person")
        );
        assert_eq!(ws.account_snapshot(&id).expect("loads"), before);

        if version == 2 {
            let reviews = ws.reviews(&id).expect("the V2 review loads");
            assert_eq!(reviews.len(), 1);
            assert_eq!(reviews[0].review.title, "Q4 account review");
            assert_eq!(reviews[0].snapshot.stakeholders.len(), 17);
        }
        if version < 4 {
            // Steps recorded by rowid before the upgrade are not carried over (replaying them
            // could change the wrong row); the data is whole and new edits undo as usual.
            assert_eq!(ws.undo(&id).expect("undo"), None);
        }
        drop(ws);
        // Opened again: accepted as it is, no second upgrade and no second backup.
        Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("reopened");
        assert_eq!(backups::list_backups(&path).expect("listed").len(), 1);
    }
}

#[test]
fn reviews_frozen_by_every_version_still_load() {
    maybe_write_current_review_fixture();
    for name in [
        "review-snapshot-schema2.json",
        "review-snapshot-schema3.json",
    ] {
        let json = std::fs::read_to_string(fixture(name)).expect("fixture");
        let snap = read_frozen_snapshot(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(snap.account.name, "Helios Freight", "{name}");
        assert_eq!(snap.stakeholders.len(), 17, "{name}");
    }
}

#[test]
fn a_field_added_later_reads_as_blank_in_an_older_review() {
    // An older document lacks fields this version has: take every optional-looking field out of
    // the fixture and read it back.
    let json = std::fs::read_to_string(fixture("review-snapshot-schema2.json")).expect("fixture");
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("json");
    value["account"]
        .as_object_mut()
        .expect("object")
        .remove("referenceability");
    value["account"]
        .as_object_mut()
        .expect("object")
        .remove("lifetimeValue");
    value.as_object_mut().expect("object").remove("whitespace");
    for person in value["stakeholders"].as_array_mut().expect("people") {
        let person = person.as_object_mut().expect("object");
        person.remove("npsScore");
        person.remove("roleTag");
        person.remove("placement");
    }
    for goal in value["goals"].as_array_mut().expect("goals") {
        goal.as_object_mut().expect("object").remove("status");
    }
    let snap = read_frozen_snapshot(&value.to_string()).expect("an older review still loads");
    assert_eq!(snap.account.referenceability, Referenceability::default());
    assert!(snap.whitespace.is_empty());
    assert!(
        snap.stakeholders
            .iter()
            .all(|s| s.nps_score.is_none() && s.role_tag.is_empty())
    );
    assert!(snap.goals.iter().all(|g| g.status == GoalStatus::Open));
}

/// `UPDATE_FIXTURES=1` writes today's review document (never done by a plain test run).
fn maybe_write_current_review_fixture() {
    if std::env::var_os("UPDATE_FIXTURES").is_none() {
        return;
    }
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    let snapshot = ws.account_snapshot(&id).expect("loads");
    let json = serde_json::to_string_pretty(&snapshot).expect("json");
    std::fs::write(fixture("review-snapshot-schema3.json"), json + "\n").expect("written");
}
