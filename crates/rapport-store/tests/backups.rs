//! Backups: consistent copies even of a live WAL workspace, newest first with their account
//! counts, the last twenty kept, one a day, and restores — over an open workspace (keeping the
//! current one), and in place of a workspace too damaged to open.

mod files;

use chrono::{Days, Duration};
use files::{demo_file, now};
use rapport_store::{BackupReason, Error, KEEP_BACKUPS, OpenMode, Workspace, backups};

fn people_in_helios(ws: &Workspace) -> usize {
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    ws.account_snapshot(&id).expect("loads").stakeholders.len()
}

#[test]
fn a_backup_of_a_live_workspace_holds_every_committed_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    // Committed, and still only in the -wal while the workspace stays open.
    ws.quick_add(&id, "Wal Only, CFO", None).expect("added");
    let file = ws.back_up(now(), BackupReason::Manual).expect("backed up");
    assert!(
        file.file_name.ends_with("-manual.rapport-backup"),
        "{file:?}"
    );

    let listed = backups::list_backups(&path).expect("listed");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].accounts, Some(3));
    assert!(listed[0].size_bytes > 0);
    let copy = backups::backups_folder(&path).join(&file.file_name);
    let conn = rusqlite::Connection::open(&copy).expect("opens");
    let found: u32 = conn
        .query_row(
            "SELECT count(*) FROM stakeholders WHERE name = 'Wal Only'",
            [],
            |r| r.get(0),
        )
        .expect("queried");
    assert_eq!(found, 1, "the backup has the edit that was only in the WAL");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "delete", "a backup is one self-contained file");
}

#[test]
fn backups_are_listed_newest_first_and_the_last_twenty_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    for minute in 0..(KEEP_BACKUPS as i64 + 5) {
        ws.back_up(now() + Duration::minutes(minute), BackupReason::Manual)
            .expect("backed up");
    }
    // Two in one second keep apart.
    ws.back_up(now() + Duration::minutes(40), BackupReason::Manual)
        .expect("one");
    ws.back_up(now() + Duration::minutes(40), BackupReason::Manual)
        .expect("two");
    let listed = backups::list_backups(&path).expect("listed");
    assert_eq!(listed.len(), KEEP_BACKUPS);
    let times: Vec<_> = listed.iter().map(|b| b.file.taken_at).collect();
    let mut newest_first = times.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, newest_first);
    assert!(
        listed[0]
            .file
            .file_name
            .ends_with("-manual-2.rapport-backup"),
        "{:?}",
        listed[0]
    );
    assert!(
        !listed.iter().any(|b| b.file.taken_at == now()),
        "the oldest went"
    );
}

#[test]
fn the_first_open_of_a_day_is_backed_up_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    assert!(ws.back_up_daily(now()).expect("daily").is_some());
    assert!(
        ws.back_up_daily(now() + Duration::hours(3))
            .expect("daily")
            .is_none()
    );
    let tomorrow = now().checked_add_days(Days::new(1)).expect("date");
    assert!(ws.back_up_daily(tomorrow).expect("daily").is_some());
    // An empty workspace has nothing worth a copy.
    let empty = Workspace::open(
        &dir.path().join("empty.rapport"),
        OpenMode::CreateIfMissing,
        now(),
    )
    .expect("created");
    assert!(empty.back_up_daily(now()).expect("daily").is_none());
}

#[test]
fn restoring_brings_the_backup_back_and_keeps_the_workspace_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    ws.claim_writer().expect("writer");
    let backup = ws.back_up(now(), BackupReason::Manual).expect("backed up");
    let id = ws.account_id_by_name("Helios Freight").expect("helios");
    ws.quick_add(&id, "After Backup, CTO", None).expect("added");
    assert_eq!(people_in_helios(&ws), 18);

    let later = now() + Duration::minutes(5);
    let kept = ws
        .restore_backup(&backup.file_name, later)
        .expect("restored");
    assert_eq!(kept.reason, BackupReason::BeforeRestore);
    assert_eq!(
        people_in_helios(&ws),
        17,
        "the change after the backup is gone"
    );
    assert!(ws.check_health().expect("checked").is_sound());
    // The writer's lock went with the workspace to its reopened connection.
    let mut other = Workspace::open(&path, OpenMode::ExistingOnly, later).expect("opens");
    assert!(matches!(other.claim_writer(), Err(Error::Locked { .. })));

    // Restoring the kept copy undoes the restore.
    ws.restore_backup(&kept.file_name, later + Duration::minutes(1))
        .expect("restored back");
    assert_eq!(people_in_helios(&ws), 18);
    drop(ws);
    assert_eq!(
        people_in_helios(&Workspace::open(&path, OpenMode::ExistingOnly, later).expect("reopened")),
        18
    );
}

#[test]
fn a_backup_is_named_by_the_list_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let mut ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
    for name in [
        "../ws.rapport",
        "/etc/passwd",
        "ws.rapport-20261123-093000-manual.rapport-backup",
    ] {
        let err = ws.restore_backup(name, now()).expect_err("refused");
        assert!(matches!(err, Error::NotFound { .. }), "{name}: {err:?}");
    }
    assert_eq!(people_in_helios(&ws), 17);
}

#[test]
fn a_damaged_workspace_is_replaced_by_its_backup_and_kept_aside() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = demo_file(dir.path());
    let backup = {
        let ws = Workspace::open(&path, OpenMode::ExistingOnly, now()).expect("opens");
        ws.back_up(now(), BackupReason::Manual).expect("backed up")
    };
    // Scribble over every page but the first.
    let mut bytes = std::fs::read(&path).expect("read");
    for b in bytes.iter_mut().skip(4096) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("damaged");
    let err = Workspace::open(&path, OpenMode::ExistingOnly, now())
        .err()
        .expect("refused");
    assert!(matches!(err, Error::Damaged { .. }), "{err:?}");
    assert!(err.to_string().contains("Restore from a backup"), "{err}");

    let later = now() + Duration::minutes(5);
    let kept = backups::restore_in_place_of(&path, &backup.file_name, later)
        .expect("restored")
        .expect("the damaged file is kept");
    assert!(kept.contains("-damaged"), "{kept}");
    assert_eq!(
        std::fs::read(backups::backups_folder(&path).join(&kept)).expect("kept"),
        bytes,
        "kept byte for byte"
    );
    let ws = Workspace::open(&path, OpenMode::ExistingOnly, later).expect("opens again");
    assert_eq!(people_in_helios(&ws), 17);
    assert!(ws.check_health().expect("checked").is_sound());
    let listed = backups::list_backups(&path).expect("listed");
    let damaged = listed
        .iter()
        .find(|b| b.file.reason == BackupReason::Damaged)
        .expect("listed too");
    assert_eq!(damaged.accounts, None, "it cannot be restored: {damaged:?}");
}
