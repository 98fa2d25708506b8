//! Opening damaged and foreign files: truncated, bytes and whole pages overwritten, header fields
//! changed, empty, another program's SQLite database, a wrong mark, a newer Rapport's file. Each
//! either opens (and then reads or says "damaged") or is refused with the right kind — never a
//! panic — and a refused file is left byte for byte, with no `-wal`/`-shm` beside it.

mod files;

use files::{checksum, demo_file, leftovers, now};
use proptest::prelude::*;
use rapport_store::{Error, OpenMode, Workspace};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A good workspace (the demo and one review), made once.
fn good_file() -> &'static (tempfile::TempDir, PathBuf, Vec<u8>) {
    static GOOD: OnceLock<(tempfile::TempDir, PathBuf, Vec<u8>)> = OnceLock::new();
    GOOD.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = demo_file(dir.path());
        let bytes = std::fs::read(&path).expect("read");
        (dir, path, bytes)
    })
}

/// Opens `bytes` written as a file and checks the outcome; returns the error kind's name.
fn open_checked(bytes: &[u8]) -> Result<&'static str, TestCaseError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fuzzed.rapport");
    std::fs::write(&path, bytes).expect("written");
    let before = checksum(&path);
    match Workspace::open(&path, OpenMode::ExistingOnly, now()) {
        Ok(ws) => {
            read_everything(&ws)?;
            Ok("opened")
        }
        Err(err) => {
            let kind = match &err {
                Error::NotAWorkspace { .. } => "notAWorkspace",
                Error::Damaged { .. } => "damaged",
                Error::NewerVersion { .. } => "newerVersion",
                other => return Err(TestCaseError::fail(format!("wrong kind: {other:?}"))),
            };
            prop_assert!(
                err.to_string().contains("fuzzed.rapport"),
                "the message names the file: {err}"
            );
            prop_assert_eq!(checksum(&path), before, "a refused file is left as it was");
            prop_assert!(leftovers(&path).is_empty(), "{:?}", leftovers(&path));
            Ok(kind)
        }
    }
}

/// Reads every account, its reviews and history: each read works or says "damaged".
fn read_everything(ws: &Workspace) -> Result<(), TestCaseError> {
    let only_damage = |r: Result<(), Error>| match r {
        Ok(()) | Err(Error::Damaged { .. }) => Ok(()),
        Err(other) => Err(TestCaseError::fail(format!("reading: {other:?}"))),
    };
    let listing = match ws.account_listing() {
        Ok(listing) => listing,
        Err(e) => return only_damage(Err(e)),
    };
    for listed in listing {
        let id = &listed.account.id;
        only_damage(ws.account_snapshot(id).map(|_| ()))?;
        only_damage(ws.reviews(id).map(|_| ()))?;
        only_damage(ws.history_state(id).map(|_| ()))?;
    }
    only_damage(ws.check_health().map(|_| ()))
}

fn write_db(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).expect("sqlite");
    conn.execute_batch(sql).expect("sql");
}

#[test]
fn files_that_are_not_workspaces_are_refused_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    type Make = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, Make)> = vec![
        ("empty", Box::new(|p| std::fs::write(p, b"").expect("w"))),
        (
            "text",
            Box::new(|p| std::fs::write(p, "SQLite format 3 but not really").expect("w")),
        ),
        (
            "another program's database",
            Box::new(|p| {
                write_db(
                    p,
                    "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');",
                )
            }),
        ),
        (
            "another program's database in WAL mode",
            Box::new(|p| {
                write_db(
                    p,
                    "PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                )
            }),
        ),
        (
            "an empty SQLite database",
            Box::new(|p| write_db(p, "PRAGMA user_version = 0;")),
        ),
        (
            "Rapport's tables under another program's mark",
            Box::new(|p| {
                std::fs::copy(&good_file().1, p).expect("copied");
                write_db(p, "PRAGMA application_id = 1234;");
            }),
        ),
    ];
    for (what, make) in cases {
        let path = dir.path().join(format!("{}.db", what.replace(' ', "-")));
        make(&path);
        let bytes = std::fs::read(&path).expect("read");
        let kind = open_checked(&bytes).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(kind, "notAWorkspace", "{what}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn truncated_files(keep in 0usize..245_760) {
        let good = &good_file().2;
        let kind = open_checked(&good[..keep.min(good.len().saturating_sub(1))])?;
        prop_assert!(kind != "newerVersion", "{kind}");
    }

    #[test]
    fn bytes_overwritten_after_the_header(
        damage in proptest::collection::vec((100usize..245_760, any::<u8>()), 1..40),
    ) {
        let mut bytes = good_file().2.clone();
        let len = bytes.len();
        for (at, value) in damage {
            bytes[at % len] = value;
        }
        open_checked(&bytes)?;
    }

    #[test]
    fn whole_pages_overwritten(page in 1usize..60, seed in any::<u64>()) {
        let mut bytes = good_file().2.clone();
        let pages = bytes.len() / 4096;
        let start = (page % pages) * 4096;
        let mut x = seed | 1;
        for b in &mut bytes[start..start + 4096] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        open_checked(&bytes)?;
    }

    #[test]
    fn header_bytes_changed(at in 0usize..100, value in any::<u8>()) {
        let mut bytes = good_file().2.clone();
        bytes[at] = value;
        open_checked(&bytes)?;
    }
}
