//! The native dialogs that choose a workspace file, opened here in Rust (never by the webview).
//! `RAPPORT_OPEN_FILE` / `RAPPORT_SAVE_FILE` stand in for them in automated tests, which cannot
//! click a native dialog (as `RAPPORT_EXPORT_DIR` does for export).

use crate::commands::CommandResult;
use rapport_api::Error;
use rapport_api::app_dirs::WORKSPACE_EXTENSION;
use std::path::PathBuf;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, FilePath};

pub const OPEN_FILE_ENV: &str = "RAPPORT_OPEN_FILE";
pub const SAVE_FILE_ENV: &str = "RAPPORT_SAVE_FILE";

const FILE_TYPE: &str = "Rapport workspace";

/// File → Open workspace…: an existing workspace (`.rapport`, or `.sqlite` from earlier
/// versions). `None` when the user cancelled.
pub async fn choose_workspace_to_open(app: &AppHandle) -> CommandResult<Option<PathBuf>> {
    if let Some(path) = stand_in(OPEN_FILE_ENV) {
        return Ok(Some(path));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Open workspace")
        .add_filter(FILE_TYPE, &[WORKSPACE_EXTENSION, "sqlite"]);
    if let Ok(dir) = app.path().document_dir() {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_file(move |chosen| {
        let _ = tx.send(chosen);
    });
    chosen_path(rx.await).await
}

/// File → New workspace…: where to create it. `None` when the user cancelled.
pub async fn choose_new_workspace(app: &AppHandle) -> CommandResult<Option<PathBuf>> {
    if let Some(path) = stand_in(SAVE_FILE_ENV) {
        return Ok(Some(path));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app
        .dialog()
        .file()
        .set_title("New workspace")
        .set_file_name(format!("Accounts.{WORKSPACE_EXTENSION}"))
        .add_filter(FILE_TYPE, &[WORKSPACE_EXTENSION]);
    if let Ok(dir) = app.path().document_dir() {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file(move |chosen| {
        let _ = tx.send(chosen);
    });
    chosen_path(rx.await).await
}

fn stand_in(variable: &str) -> Option<PathBuf> {
    std::env::var_os(variable)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

async fn chosen_path(
    answer: Result<Option<FilePath>, tokio::sync::oneshot::error::RecvError>,
) -> CommandResult<Option<PathBuf>> {
    let chosen = answer.map_err(|_| Error::io("The file dialog closed unexpectedly."))?;
    chosen
        .map(|p| {
            p.into_path()
                .map_err(|e| Error::io(format!("That file cannot be used ({e}).")))
        })
        .transpose()
}
