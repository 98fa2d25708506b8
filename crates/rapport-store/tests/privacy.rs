//! Erasing a person's personal data: deleting stays undoable, erasing removes the person from the
//! map, the undo history and every review's frozen copy — and from the file's bytes.

mod files;

use files::{demo_file, now, today};
use rapport_core::*;
use rapport_store::{OpenMode, ReviewDraft, Workspace};
use std::path::Path;

const MARKER: &str = "Loves sailing; daughter Mia; ERASE-MARKER-7f3c";

fn file_holds(path: &Path, text: &str) -> bool {
    let mut bytes = std::fs::read(path).expect("readable");
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn erasing_a_person_removes_them_from_history_and_reviews_but_keeps_the_rest_undoable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    let snap = ws.account_snapshot(&id).expect("loads");
    let raj = snap
        .stakeholders
        .iter()
        .find(|s| s.name == "Raj Patel")
        .expect("Raj")
        .clone();
    // History and a review both come to hold Raj's personal notes.
    ws.update_stakeholder(
        &id,
        &Stakeholder {
            personal_notes: MARKER.into(),
            ..raj.clone()
        },
    )
    .expect("edited");
    ws.record_review(
        &id,
        &ReviewDraft {
            title: "Before the erase".into(),
            date: today(),
            attendees: String::new(),
            notes: String::new(),
        },
    )
    .expect("review");
    ws.quick_add(&id, "Unrelated Person, COO", None)
        .expect("added");
    // Deleting is undoable, and so keeps him.
    ws.delete_person(&id, &PersonId::Stakeholder(raj.id.clone()))
        .expect("deleted");
    ws.undo(&id).expect("undone");
    assert!(
        ws.account_snapshot(&id)
            .expect("loads")
            .stakeholder(&raj.id)
            .is_some()
    );
    assert!(file_holds(&path, MARKER));

    let erased = ws.erase_person(&id, &raj.id).expect("erased");
    assert_eq!(erased.name, "Raj Patel");
    assert_eq!(erased.reviews, 2, "the demo's own review and this one");
    assert!(erased.history_steps >= 2, "{erased:?}");

    let after = ws.account_snapshot(&id).expect("loads");
    assert!(after.stakeholder(&raj.id).is_none());
    assert!(
        !after
            .goals
            .iter()
            .any(|g| g.stakeholder.as_ref() == Some(&raj.id))
    );
    let reviews = ws.reviews(&id).expect("reviews");
    assert!(reviews[0].snapshot.stakeholder(&raj.id).is_none());
    assert!(
        !serde_json::to_string(&reviews[0].snapshot)
            .expect("json")
            .contains("Raj Patel"),
        "no trace of him in the frozen copy"
    );
    // Undo never brings him back, and what is left of history still works.
    while ws.undo(&id).expect("undo").is_some() {}
    assert!(
        ws.account_snapshot(&id)
            .expect("loads")
            .stakeholder(&raj.id)
            .is_none()
    );
    while ws.redo(&id).expect("redo").is_some() {}
    assert!(ws.check_health().expect("checked").is_sound());
    drop(ws);
    assert!(
        !file_holds(&path, MARKER),
        "overwritten in the file and its WAL"
    );
    assert!(!file_holds(&path, raj.id.as_str()));
}

#[test]
fn clearing_history_leaves_nothing_to_undo() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    ws.quick_add(&id, "Someone New", None).expect("added");
    ws.quick_add(&id, "Someone Else", None).expect("added");
    ws.undo(&id).expect("undone");
    assert_eq!(ws.clear_history(&id).expect("cleared"), 2);
    let state = ws.history_state(&id).expect("state");
    assert_eq!((state.undo, state.redo), (None, None));
    assert_eq!(ws.undo(&id).expect("nothing"), None);
    assert!(ws.check_health().expect("checked").is_sound());
}
