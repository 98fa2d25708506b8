//! Restoring a backup. The workspace as it is goes into the backups first (so a restore can be
//! undone by restoring that copy), then the backup is written into the workspace through SQLite's
//! backup API — into the open connection itself, never as a file copied over a live WAL
//! database, whose `-wal` would then belong to another file.

use super::{BackupFile, BackupReason, back_up_connection, backup_path, backups_folder};
use crate::error::{Error, Result};
use crate::file::{connect, create, identity, lock::WriterLock, sibling};
use crate::workspace::{OpenMode, Workspace};
use chrono::NaiveDateTime;
use naming_for_damaged::aside_name;
use rusqlite::backup::{Backup, StepResult};
use std::path::Path;

/// Checks that a backup is a whole workspace this Rapport can open before anything is replaced.
fn checked_backup(workspace: &Path, file_name: &str) -> Result<std::path::PathBuf> {
    let backup = backup_path(workspace, file_name)?;
    identity::inspect(&backup).map_err(|e| match e {
        Error::NotAWorkspace { message }
        | Error::Damaged { message }
        | Error::NewerVersion { message } => Error::Conflict {
            message: format!("This backup cannot be restored: {message}"),
        },
        other => other,
    })?;
    Ok(backup)
}

impl Workspace {
    /// Restores the backup `file_name` over this workspace, after backing the workspace up as
    /// it is now. Returns that copy (restoring it undoes the restore). The workspace is reopened
    /// afterwards, so an older backup is upgraded like any older file.
    pub fn restore_backup(&mut self, file_name: &str, now: NaiveDateTime) -> Result<BackupFile> {
        self.refuse_if_read_only()?;
        let Some(path) = self.path().map(Path::to_path_buf) else {
            return Err(Error::io("A workspace kept in memory has no backups."));
        };
        let backup = checked_backup(&path, file_name)?;
        let kept = back_up_connection(&self.conn, &path, now, BackupReason::BeforeRestore)?;
        let source = identity::look_inside(&backup)?;
        {
            let copy = Backup::new(&source, &mut self.conn)?;
            if copy.step(-1)? != StepResult::Done {
                return Err(Error::file(crate::error::FileFault::Busy, Some(&path)));
            }
        }
        drop(source);
        // Into the file itself, so the reopening below reads the restored header.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let mut reopened = Workspace::open(&path, OpenMode::ExistingOnly, now)?;
        self.pass_writer_to(&mut reopened);
        *self = reopened;
        Ok(kept)
    }
}

/// Restores the backup `file_name` of a workspace that cannot be opened (damaged, or not a
/// workspace at all any more): the file there is moved into the backups folder as it is (never
/// deleted), and a new workspace file is built from the backup in its place. Returns the name
/// the old file was kept under, when there was one.
pub fn restore_in_place_of(
    workspace: &Path,
    file_name: &str,
    now: NaiveDateTime,
) -> Result<Option<String>> {
    let backup = checked_backup(workspace, file_name)?;
    // Nobody may be editing the file while it is replaced.
    let _lock = WriterLock::acquire(workspace)?;
    let kept = if workspace.exists() {
        let aside = aside_name(workspace, now);
        let folder = backups_folder(workspace);
        std::fs::create_dir_all(&folder)
            .map_err(|e| Error::io(format!("Could not create {}: {e}.", folder.display())))?;
        for suffix in ["", "-wal", "-shm"] {
            let from = sibling(workspace, suffix);
            if from.exists() {
                std::fs::rename(&from, sibling(&folder.join(&aside), suffix)).map_err(|e| {
                    Error::io(format!("Could not move {} aside: {e}.", from.display()))
                })?;
            }
        }
        Some(aside)
    } else {
        None
    };
    let source = identity::look_inside(&backup)?;
    let temp = create::temp_beside(workspace, "restoring");
    create::build(&temp.0, |conn| {
        let copy = Backup::new(&source, conn)?;
        match copy.step(-1)? {
            StepResult::Done => Ok(()),
            _ => Err(Error::file(crate::error::FileFault::Busy, Some(&backup))),
        }
    })?;
    // A backup from before the mark or an older format is upgraded as it is put back.
    {
        let mut conn = rusqlite::Connection::open(&temp.0)?;
        connect::upgrade(&mut conn, false)?;
    }
    create::put_in_place(&temp.0, workspace)?;
    Ok(kept)
}

mod naming_for_damaged {
    use super::super::naming::BackupName;
    use super::{BackupReason, backups_folder};
    use chrono::NaiveDateTime;
    use std::path::Path;

    /// The backups-folder name a file that could not be opened is kept under.
    pub(super) fn aside_name(workspace: &Path, now: NaiveDateTime) -> String {
        BackupName::free_in(
            &backups_folder(workspace),
            workspace,
            now,
            BackupReason::Damaged,
        )
        .file_name()
    }
}
