//! Backups of the workspace file: take one now, list them (newest first, with the date and how
//! many accounts each holds), restore one. Restoring keeps the workspace as it was as a backup
//! too, so a restore can itself be undone by restoring that copy.

use crate::{Clock, Error, Result};
use rapport_store::backups::{self as store, BackupFile, BackupReason, ListedBackup};
use rapport_store::{OpenMode, Workspace};
use serde::Serialize;
use specta::Type;
use std::path::{Path, PathBuf};

/// The open workspace file as the status bar shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceFile {
    pub path: String,
    /// The file or its folder cannot be written: the workspace was opened for reading and every
    /// edit will be refused. The UI shows a banner.
    pub read_only: bool,
    /// Where its backups are kept.
    pub backups_folder: String,
}

/// A restore done: the backup now in place, and the copy of the workspace as it was just before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    pub restored: String,
    /// The workspace as it was before the restore (restore it to undo the restore); `None` when
    /// there was no file to keep.
    pub kept_as: Option<String>,
}

fn file_of(ws: &Workspace) -> Result<&Path> {
    ws.path()
        .ok_or_else(|| Error::io("This workspace is kept in memory: it has no file to back up."))
}

/// What the status bar says about the open workspace file.
pub fn workspace_file(ws: &Workspace) -> Result<WorkspaceFile> {
    let path = file_of(ws)?;
    Ok(WorkspaceFile {
        path: path.display().to_string(),
        read_only: ws.is_read_only(),
        backups_folder: store::backups_folder(path).display().to_string(),
    })
}

/// "Back up now": a consistent copy of the workspace in its backups folder.
pub fn back_up_now(ws: &Workspace, clock: &dyn Clock) -> Result<BackupFile> {
    Ok(ws.back_up(clock.now(), BackupReason::Manual)?)
}

/// The open workspace's backups, newest first.
pub fn list_backups(ws: &Workspace) -> Result<Vec<ListedBackup>> {
    list_backups_of(file_of(ws)?)
}

/// The backups of the workspace at `path`, whether or not it can be opened (the recovery
/// screen, `rapport restore --list`).
pub fn list_backups_of(path: &Path) -> Result<Vec<ListedBackup>> {
    Ok(store::list_backups(path)?)
}

/// Restores the backup called `file_name` over the open workspace (which is reopened).
pub fn restore_backup(ws: &mut Workspace, file_name: &str, clock: &dyn Clock) -> Result<Restored> {
    let kept = ws.restore_backup(file_name, clock.now())?;
    Ok(Restored {
        restored: file_name.to_owned(),
        kept_as: Some(kept.file_name),
    })
}

/// Restores the backup called `file_name` of the workspace at `path`: over the workspace when it
/// opens, or — when it is damaged or no longer a workspace — in its place (the file there is kept
/// in the backups folder). Refused while another Rapport edits the file.
pub fn restore_backup_at(path: &Path, file_name: &str, clock: &dyn Clock) -> Result<Restored> {
    match Workspace::open(path, OpenMode::ExistingOnly, clock.now()) {
        Ok(mut ws) => {
            ws.claim_writer()?;
            restore_backup(&mut ws, file_name, clock)
        }
        Err(
            rapport_store::Error::Damaged { .. }
            | rapport_store::Error::NotAWorkspace { .. }
            | rapport_store::Error::NotFound { .. },
        ) => {
            let kept = store::restore_in_place_of(path, file_name, clock.now())?;
            Ok(Restored {
                restored: file_name.to_owned(),
                kept_as: kept,
            })
        }
        Err(other) => Err(other.into()),
    }
}

/// The backups folder of the workspace at `path`.
pub fn backups_folder(path: &Path) -> PathBuf {
    store::backups_folder(path)
}
