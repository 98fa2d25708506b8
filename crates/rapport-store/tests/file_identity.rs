//! Which files Rapport opens, and how: its own mark on new files, nothing created by a read,
//! newer files refused by name, creation without a race, one writer at a time, read-only files
//! and folders opened for reading, a full disk reported as such.

mod files;

use files::{checksum, demo_file, leftovers, now, read_only};
use rapport_core::*;
use rapport_store::{APPLICATION_ID, Error, OpenMode, Workspace, lock_path};
use std::sync::{Arc, Barrier};

#[test]
fn a_new_workspace_carries_rapports_mark_from_the_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let bytes = std::fs::read(&path).expect("readable");
    assert_eq!(&bytes[68..72], &APPLICATION_ID.to_be_bytes());
    assert_eq!(&bytes[60..64], &6u32.to_be_bytes(), "schema version 6");
    // Nothing of the making is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["ws.rapport".to_owned()], "{names:?}");
}

#[test]
fn existing_only_never_creates_a_file_or_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no/such/folder/w.sqlite");
    let err = Workspace::open(&path, OpenMode::ExistingOnly, now())
        .err()
        .expect("refused");
    assert_eq!(
        err,
        Error::not_found(format!("No workspace at {}.", path.display()))
    );
    assert!(!dir.path().join("no").exists());
    let err = Workspace::open(dir.path(), OpenMode::ExistingOnly, now())
        .err()
        .expect("refused");
    assert!(
        matches!(err, Error::NotAWorkspace { .. }),
        "a folder: {err:?}"
    );
}

#[test]
fn a_file_from_a_newer_rapport_says_which_version_wrote_it_and_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        conn.execute_batch(
            "UPDATE workspace_meta SET value = '9.1.0' WHERE key = 'written_by';
             PRAGMA user_version = 9;",
        )
        .expect("made newer");
    }
    let sum = checksum(&path);
    let err = Workspace::open(&path, OpenMode::ExistingOnly, now())
        .err()
        .expect("refused");
    match &err {
        Error::NewerVersion { message } => {
            assert!(message.contains("written by Rapport 9.1.0"), "{message}");
            assert!(message.contains("Update Rapport"), "{message}");
        }
        other => panic!("expected a newer version, got {other:?}"),
    }
    assert_eq!(checksum(&path), sum, "the file is untouched");
    assert!(leftovers(&path).is_empty());

    // Without its record of who wrote it, the schema number says it.
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        conn.execute_batch("DROP TABLE workspace_meta;")
            .expect("dropped");
    }
    let err = Workspace::open(&path, OpenMode::ExistingOnly, now())
        .err()
        .expect("refused");
    assert!(err.to_string().contains("workspace format 9"), "{err}");
}

#[test]
fn processes_creating_one_file_at_once_all_get_the_same_whole_workspace() {
    for round in 0..5 {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = Arc::new(dir.path().join(format!("race-{round}.rapport")));
        let start = Arc::new(Barrier::new(6));
        let racers: Vec<_> = (0..6)
            .map(|_| {
                let (path, start) = (Arc::clone(&path), Arc::clone(&start));
                std::thread::spawn(move || {
                    start.wait();
                    Workspace::open(&path, OpenMode::CreateIfMissing, now())
                        .and_then(|ws| ws.is_empty())
                })
            })
            .collect();
        for racer in racers {
            assert_eq!(racer.join().expect("no panic"), Ok(true), "round {round}");
        }
        // No half-made temporary file is left behind. SQLite's own `-wal` and `-shm` may stay:
        // the last of six connections closing at once cannot always take the lock it needs to
        // remove them, and the next open uses them as usual.
        let strays: Vec<_> = std::fs::read_dir(dir.path())
            .expect("listed")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| {
                let workspace = format!("race-{round}.rapport");
                name != &workspace
                    && name != &format!("{workspace}-wal")
                    && name != &format!("{workspace}-shm")
            })
            .collect();
        assert!(strays.is_empty(), "only the workspace is left: {strays:?}");
        let reopened = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("reopened");
        assert_eq!(reopened.is_empty(), Ok(true), "round {round}");
    }
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_workspace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut app = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("app");
    app.claim_writer().expect("the app edits");
    let mut cli = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("reads");
    let err = cli.claim_writer().expect_err("refused");
    match &err {
        Error::Locked { message } => {
            assert!(
                message.contains("open for editing in another Rapport"),
                "{message}"
            );
            assert!(message.contains("ws.rapport"), "{message}");
        }
        other => panic!("expected locked, got {other:?}"),
    }
    // Reading goes on meanwhile.
    assert_eq!(cli.account_listing().expect("listed").len(), 3);
    drop(app);
    cli.claim_writer()
        .expect("free once the app closed the workspace");
    assert!(lock_path(&path).exists());
}

#[test]
fn two_unlocked_writers_never_corrupt_each_other_or_fail_with_a_file_error() {
    // Without the lock (two old-style processes), each edit still checks the account inside its
    // own transaction: the loser of a race is told the person is gone, never a SQL error.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let workers: Vec<_> = (0..2)
        .map(|worker| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
                let id = ws.account_id_by_name("Helios Freight").expect("helios");
                for round in 0..40 {
                    let people = ws.account_snapshot(&id).expect("loads").stakeholders;
                    let person = &people[(round * 7 + worker) % people.len().max(1)];
                    let outcome = match (round + worker) % 3 {
                        0 if people.len() < 8 => ws
                            .quick_add(&id, &format!("Temp {worker}-{round}"), None)
                            .map(|_| ()),
                        0 => ws.delete_person(&id, &PersonId::Stakeholder(person.id.clone())),
                        1 => ws.rename_person(
                            &id,
                            &PersonId::Stakeholder(person.id.clone()),
                            &format!("{} {worker}", person.name),
                        ),
                        _ => ws.undo(&id).map(|_| ()),
                    };
                    match outcome {
                        Ok(()) | Err(Error::NotFound { .. } | Error::Conflict { .. }) => {}
                        Err(other) => panic!("worker {worker}: {other:?}"),
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("no panic");
    }
    let ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    let health = ws.check_health().expect("checked");
    assert!(health.is_sound(), "{health:?}");
}

#[test]
fn a_read_only_file_opens_for_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let sum = checksum(&path);
    let Some(_guard) = read_only(&path) else {
        return;
    };
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens to read");
    assert!(ws.is_read_only());
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    assert_eq!(
        ws.account_snapshot(&id).expect("reads").stakeholders.len(),
        17
    );
    ws.mark_opened(&id, now())
        .expect("opening an account is no edit");
    let err = ws.quick_add(&id, "Jo Bloggs", None).expect_err("refused");
    assert!(matches!(err, Error::ReadOnly { .. }), "{err:?}");
    assert!(err.to_string().contains("ws.rapport"), "{err}");
    ws.claim_writer()
        .expect("nothing to claim on a read-only workspace");
    drop(ws);
    assert_eq!(checksum(&path), sum);
}

#[test]
fn a_workspace_in_a_read_only_folder_opens_for_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).expect("folder");
    let path = demo_file(&folder);
    let sum = checksum(&path);
    let Some(_guard) = read_only(&folder) else {
        return;
    };
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens to read");
    assert!(ws.is_read_only());
    assert_eq!(ws.account_listing().expect("reads").len(), 3);
    let id = ws.account_id_by_name("Atlas Retail Group").expect("atlas");
    let err = ws
        .rename_person(&id, &PersonId::Stakeholder("x".into()), "Y")
        .expect_err("no");
    assert!(matches!(err, Error::ReadOnly { .. }), "{err:?}");
    drop(ws);
    assert_eq!(checksum(&path), sum);
    assert!(leftovers(&path).is_empty());
}

#[test]
fn a_full_disk_is_reported_and_nothing_is_half_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    let before = ws.account_listing().expect("listed");
    ws.cap_file_size_for_tests(ws.page_count_for_tests().expect("pages") + 2)
        .expect("capped");
    let mut big = synthetic_account(400, 7);
    rapport_exchange::with_new_ids(&mut big, &mut Vec::new(), &mut rapport_store::id_sequence());
    let err = ws.import_account(&big, &[]).expect_err("the disk is full");
    match &err {
        Error::DiskFull { message } => {
            assert!(message.contains("is full: nothing was saved"), "{message}");
            assert!(message.contains("ws.rapport"), "{message}");
        }
        other => panic!("expected a full disk, got {other:?}"),
    }
    assert_eq!(
        ws.account_listing().expect("listed"),
        before,
        "nothing half-written"
    );
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    let err = ws
        .set_account_plan(
            &id,
            &rapport_store::AccountPlan {
                relationship_word: String::new(),
                strategy: "x".repeat(19_000),
                client_goals: ClientGoals {
                    months3: "y".repeat(19_000),
                    months6: "z".repeat(19_000),
                    ..ClientGoals::default()
                },
            },
        )
        .expect_err("full");
    assert!(matches!(err, Error::DiskFull { .. }), "{err:?}");
    assert!(ws.check_health().expect("checked").is_sound());
}
