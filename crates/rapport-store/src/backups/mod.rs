//! Backups: consistent copies of a workspace in a `backups/` folder beside it, made with SQLite's
//! online backup API, so a copy taken while the app is editing is a complete transaction-
//! consistent file (a plain file copy of a live WAL workspace can miss committed edits that are
//! still in the `-wal` file).
//!
//! A copy is taken before any upgrade of the file, on the first edit-open of each day, before a
//! restore, and on request. Each is `<file name>-YYYYMMDD-HHMMSS-<reason>.rapport-backup`; the
//! newest [`KEEP_BACKUPS`] of a workspace are kept. A copy is written under a temporary name and
//! renamed when complete, so the list never shows a half-written one.

mod naming;
mod restore;

pub use naming::BackupReason;
pub use restore::restore_in_place_of;

use crate::error::{Error, Result};
use crate::file::{create::TempFile, identity, sync_folder};
use crate::workspace::Workspace;
use chrono::NaiveDateTime;
use naming::BackupName;
use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};
use serde::Serialize;
use specta::Type;
use std::path::{Path, PathBuf};

/// How many backups of a workspace are kept; the oldest beyond this are removed.
pub const KEEP_BACKUPS: usize = 20;

/// The folder holding a workspace's backups: `backups/` beside the file.
pub fn backups_folder(workspace: &Path) -> PathBuf {
    crate::file::folder_of(workspace).join("backups")
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    /// The file's name in the backups folder; a restore names the backup by it.
    pub file_name: String,
    pub taken_at: NaiveDateTime,
    pub reason: BackupReason,
}

/// A backup as the restore list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListedBackup {
    pub file: BackupFile,
    /// How many accounts it holds; `None` when it could not be read (see `problem`).
    pub accounts: Option<u32>,
    /// Why it could not be read, when it could not.
    pub problem: Option<String>,
    /// Exported as a plain `number` (a file size is never NaN, and specta refuses 64-bit
    /// integers).
    #[specta(type = i32)]
    pub size_bytes: u64,
}

/// Copies the database behind `from` into a new file `to` (one backup step: a consistent copy
/// even while others write), as a self-contained file outside WAL mode.
pub(crate) fn copy_database(from: &Connection, to: &Path) -> Result<()> {
    let temp = TempFile(crate::file::sibling(to, ".partial"));
    {
        let mut copy = Connection::open(&temp.0)?;
        {
            let backup = Backup::new(from, &mut copy)?;
            match backup.step(-1)? {
                StepResult::Done => {}
                _ => return Err(Error::file(crate::error::FileFault::Busy, None)),
            }
        }
        // The copy's header still says WAL (copied from the workspace): make it one plain file.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        copy.close().map_err(|(_, e)| Error::from(e))?;
    }
    std::fs::File::open(&temp.0)
        .and_then(|f| f.sync_all())
        .and_then(|()| std::fs::rename(&temp.0, to))
        .map_err(|e| Error::io(format!("Could not write the backup {}: {e}.", to.display())))?;
    sync_folder(&crate::file::folder_of(to));
    Ok(())
}

/// Backs the database behind `conn` (the workspace at `workspace`) up now, for `reason`, and
/// removes the oldest beyond [`KEEP_BACKUPS`].
pub(crate) fn back_up_connection(
    conn: &Connection,
    workspace: &Path,
    now: NaiveDateTime,
    reason: BackupReason,
) -> Result<BackupFile> {
    let folder = backups_folder(workspace);
    std::fs::create_dir_all(&folder).map_err(|e| {
        Error::io(format!(
            "Could not create the backups folder {}: {e}. Nothing was changed.",
            folder.display()
        ))
    })?;
    let name = BackupName::free_in(&folder, workspace, now, reason);
    copy_database(conn, &folder.join(name.file_name())).map_err(|e| e.located(Some(workspace)))?;
    prune(workspace)?;
    Ok(name.into_file())
}

/// The workspace's backups, newest first.
fn backups_of(workspace: &Path) -> Result<Vec<(BackupName, PathBuf)>> {
    let folder = backups_folder(workspace);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Error::io(format!(
                "Could not read the backups folder {}: {e}.",
                folder.display()
            )));
        }
    };
    let mut found: Vec<_> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let name = BackupName::parse(workspace, &entry.file_name().to_string_lossy())?;
            Some((name, entry.path()))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(found)
}

/// Removes the workspace's oldest backups beyond [`KEEP_BACKUPS`].
fn prune(workspace: &Path) -> Result<()> {
    for (_, path) in backups_of(workspace)?.into_iter().skip(KEEP_BACKUPS) {
        std::fs::remove_file(&path).map_err(|e| {
            Error::io(format!(
                "Could not remove the old backup {}: {e}.",
                path.display()
            ))
        })?;
    }
    Ok(())
}

/// Every backup of the workspace at `workspace`, newest first, with how many accounts each
/// holds (read from the backup itself). Works whether or not the workspace can be opened.
pub fn list_backups(workspace: &Path) -> Result<Vec<ListedBackup>> {
    Ok(backups_of(workspace)?
        .into_iter()
        .map(|(name, path)| {
            let (accounts, problem) = match count_accounts(&path) {
                Ok(n) => (Some(n), None),
                Err(e) => (None, Some(e.to_string())),
            };
            ListedBackup {
                file: name.into_file(),
                accounts,
                problem,
                size_bytes: std::fs::metadata(&path).map_or(0, |m| m.len()),
            }
        })
        .collect())
}

/// The backup of `workspace` called `file_name`: only a name the list gave (no folders).
pub fn backup_path(workspace: &Path, file_name: &str) -> Result<PathBuf> {
    let not_one = || {
        Error::not_found(format!(
            "“{file_name}” is not one of the backups of {}.",
            workspace.display()
        ))
    };
    if file_name.contains(['/', '\\']) || BackupName::parse(workspace, file_name).is_none() {
        return Err(not_one());
    }
    let path = backups_folder(workspace).join(file_name);
    if !path.is_file() {
        return Err(not_one());
    }
    Ok(path)
}

fn count_accounts(backup: &Path) -> Result<u32> {
    identity::inspect(backup)?;
    let conn = identity::look_inside(backup)?;
    Ok(conn.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?)
}

impl Workspace {
    /// Takes a backup now ("Back up now", `rapport backup`, before a restore).
    pub fn back_up(&self, now: NaiveDateTime, reason: BackupReason) -> Result<BackupFile> {
        let Some(path) = self.path() else {
            return Err(Error::io(
                "A workspace kept in memory has no file to back up.",
            ));
        };
        back_up_connection(&self.conn, path, now, reason)
    }

    /// The first backup of the day, taken when the workspace is opened for editing: `None` when
    /// today's is already there (or the workspace is read-only or in memory).
    pub fn back_up_daily(&self, now: NaiveDateTime) -> Result<Option<BackupFile>> {
        let Some(path) = self.path() else {
            return Ok(None);
        };
        // A workspace with no account yet has nothing worth a copy.
        if self.is_read_only()
            || self.is_empty()?
            || backups_of(path)?
                .iter()
                .any(|(name, _)| name.taken_at.date() == now.date())
        {
            return Ok(None);
        }
        self.back_up(now, BackupReason::Daily).map(Some)
    }
}
