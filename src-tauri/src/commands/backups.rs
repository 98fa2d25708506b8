//! The workspace file: its status (read-only or not), backups, restore, and restoring in place
//! of a workspace that could not be opened.

use super::{CommandResult, State};
use crate::workspace_window::switch;
use rapport_api::backups::{self, Restored, WorkspaceFile};
use rapport_api::workspace::{self, WorkspaceInfo};
use rapport_store::{BackupFile, ListedBackup};
use tauri::AppHandle;

/// The open workspace file: its path, whether it opened read-only, where its backups are.
#[tauri::command]
#[specta::specta]
pub async fn workspace_file(state: State<'_>) -> CommandResult<WorkspaceFile> {
    state.call(|ws, _| backups::workspace_file(ws)).await
}

/// "Back up now".
#[tauri::command]
#[specta::specta]
pub async fn back_up_now(state: State<'_>) -> CommandResult<BackupFile> {
    state
        .call(|ws, clock| backups::back_up_now(ws, clock))
        .await
}

/// The workspace's backups, newest first, with their dates and account counts.
#[tauri::command]
#[specta::specta]
pub async fn list_backups(state: State<'_>) -> CommandResult<Vec<ListedBackup>> {
    state.call(|ws, _| backups::list_backups(ws)).await
}

/// Restores a backup (named as the list names it) over the open workspace, keeping the workspace
/// as it was as a backup. The app's connection is replaced by a fresh one on the restored file
/// inside this one call, while the state's lock keeps every other command waiting.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_>, file_name: String) -> CommandResult<Restored> {
    state
        .call(|ws, clock| backups::restore_backup(ws, &file_name, clock))
        .await
}

/// The backups of the workspace that could not be opened (the no-workspace screen's way back).
#[tauri::command]
#[specta::specta]
pub async fn failed_workspace_backups(state: State<'_>) -> CommandResult<Vec<ListedBackup>> {
    state
        .inspect_current(workspace::failed_workspace_backups)
        .await
}

/// Puts a backup in place of the workspace that could not be opened (that file is kept in the
/// backups folder) and opens it.
#[tauri::command]
#[specta::specta]
pub async fn restore_failed_workspace(
    app: AppHandle,
    state: State<'_>,
    file_name: String,
) -> CommandResult<WorkspaceInfo> {
    switch(&app, &state, |current, dirs, clock| {
        workspace::restore_failed_workspace(current, dirs, &file_name, clock).map(|_| ())
    })
    .await
}
