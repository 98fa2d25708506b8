//! One writer per workspace. Undo history is per account in the file, so two programs editing one
//! workspace would undo each other's edits; SQLite keeps each transaction whole but cannot know
//! that. The writer (the app, or a CLI command that changes the file) holds an exclusive lock on
//! `<file>.lock` for as long as it has the workspace open; a second writer is refused at once
//! with a message that says so. Readers (`rapport accounts`, exports) take no lock: WAL lets them
//! read while the app writes.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on Windows) on a separate
//! file, never on the workspace itself: Windows locks are mandatory and would block SQLite's own
//! reads. The lock ends when the process does, however it ends, so a crash leaves no stale lock.
//! The `.lock` file itself stays (removing it would race with the next writer).

use super::sibling;
use crate::error::{Error, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub(crate) struct WriterLock {
    _file: File,
}

/// The lock file of a workspace.
pub fn lock_path(workspace: &Path) -> PathBuf {
    sibling(workspace, ".lock")
}

impl WriterLock {
    /// Takes the workspace's writer lock, or says who has it.
    pub fn acquire(workspace: &Path) -> Result<Self> {
        let path = lock_path(workspace);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| {
                Error::io(format!(
                    "Could not take the lock {} that keeps a second program from editing the \
                     workspace at the same time ({e}).",
                    path.display()
                ))
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(Error::Locked {
                message: format!(
                    "{} is open for editing in another Rapport (the app, or a command that is \
                     still running). Close it there first, or make the change there.",
                    workspace.display()
                ),
            }),
            Err(TryLockError::Error(e)) => Err(Error::io(format!(
                "Could not lock {} ({e}).",
                path.display()
            ))),
        }
    }
}
