//! The way back when the workspace could not be opened (damaged, not a workspace any more, gone):
//! its backups, and putting one in its place. The file is the one that failed, as the app holds
//! it: the webview never names a path.

use super::CurrentWorkspace;
use super::switch::switch_to;
use crate::app_dirs::AppDirs;
use crate::backups::{self, Restored};
use crate::{Clock, Error, Result};
use rapport_store::{ListedBackup, OpenMode};
use std::path::PathBuf;

/// The backups of the workspace that could not be opened, newest first.
pub fn failed_workspace_backups(current: &CurrentWorkspace) -> Result<Vec<ListedBackup>> {
    backups::list_backups_of(&failed_path(current)?)
}

/// Restores the backup called `file_name` in place of the workspace that could not be opened
/// (the file there is kept in the backups folder), then opens it.
pub fn restore_failed_workspace(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    file_name: &str,
    clock: &dyn Clock,
) -> Result<Restored> {
    let path = failed_path(current)?;
    let restored = backups::restore_backup_at(&path, file_name, clock)?;
    switch_to(current, dirs, &path, OpenMode::ExistingOnly, clock)?;
    Ok(restored)
}

fn failed_path(current: &CurrentWorkspace) -> Result<PathBuf> {
    current
        .problem()
        .map(|(path, _)| path.to_path_buf())
        .ok_or_else(|| Error::NotFound {
            message: "No workspace failed to open, so there is nothing to restore in its place."
                .into(),
        })
}
