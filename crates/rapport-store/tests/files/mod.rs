//! Helpers for the tests about the workspace as a file: a checksum, what lies beside a file,
//! and making a file or folder read-only even for root (CI runs as root, and root writes through
//! permission bits; `chattr +i` stops root too).
#![allow(dead_code)]

use chrono::{NaiveDate, NaiveDateTime};
use rapport_store::{OpenMode, Workspace};
use std::hash::{Hash, Hasher};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

pub fn now() -> NaiveDateTime {
    today().and_hms_opt(9, 30, 0).expect("valid time")
}

/// A workspace file with the demo in it, closed (so its WAL is merged into the file).
pub fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("ws.rapport");
    let mut ws = Workspace::open(&path, OpenMode::CreateIfMissing, now()).expect("created");
    ws.create_demo(today()).expect("demo");
    path
}

/// The file's bytes, hashed (deterministic within a test run).
pub fn checksum(path: &Path) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::fs::read(path).expect("readable").hash(&mut hasher);
    hasher.finish()
}

/// The SQLite files Rapport must not leave beside a file it refused.
pub fn leftovers(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .filter(|p| p.exists())
        .collect()
}

/// A file or folder made read-only until dropped.
pub struct ReadOnly {
    path: PathBuf,
    immutable: bool,
    mode: u32,
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        }
        let _ = std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(self.mode));
    }
}

/// Makes `path` read-only: its permission bits, and `chattr +i` when those do not stop this
/// process (root). `None`, with a message on stderr, when neither works here.
pub fn read_only(path: &Path) -> Option<ReadOnly> {
    let mode = std::fs::metadata(path)
        .expect("exists")
        .permissions()
        .mode();
    let bits = if path.is_dir() { 0o555 } else { 0o444 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(bits)).expect("chmod");
    let mut guard = ReadOnly {
        path: path.to_path_buf(),
        immutable: false,
        mode,
    };
    if !can_write(path) {
        return Some(guard);
    }
    let made = Command::new("chattr")
        .arg("+i")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    guard.immutable = made;
    if made && !can_write(path) {
        return Some(guard);
    }
    eprintln!(
        "SKIPPED: {} cannot be made read-only here (running as root without `chattr +i`).",
        path.display()
    );
    None
}

fn can_write(path: &Path) -> bool {
    if path.is_dir() {
        let probe = path.join(".write-probe");
        let ok = std::fs::write(&probe, b"x").is_ok();
        let _ = std::fs::remove_file(&probe);
        ok
    } else {
        std::fs::OpenOptions::new().append(true).open(path).is_ok()
    }
}
