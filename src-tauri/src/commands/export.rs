//! Exporting an account. What is the shell's own: the native save dialog (opened here in Rust,
//! never by the webview), running the render off the async runtime, and streaming progress to the
//! UI. Rendering and the atomic write are `rapport_api::export`'s.

use super::{CommandResult, State};
use rapport_api::Error;
use rapport_api::export::{self, ExportKind, ExportStage, Exported};
use rapport_core::AccountId;
use rapport_report::ReportOptions;
use std::path::{Path, PathBuf};
use tauri::ipc::Channel;
use tauri_plugin_dialog::DialogExt;

/// Set to a folder, exports are written there under their default name without asking: for
/// automated tests, which cannot click a native dialog.
pub const EXPORT_DIR_ENV: &str = "RAPPORT_EXPORT_DIR";

/// Asks where to save, renders and saves. `None` when the user cancelled the dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_account(
    app: tauri::AppHandle,
    state: State<'_>,
    id: AccountId,
    kind: ExportKind,
    options: ReportOptions,
    progress: Channel<ExportStage>,
) -> CommandResult<Option<Exported>> {
    let input = state
        .call(|ws, clock| export::plan_input(ws, clock, &id))
        .await?;
    let name = kind.default_file_name(&input.snapshot.account.name, options.client_safe);
    let Some(path) = choose_path(&app, kind, &name).await? else {
        return Ok(None);
    };
    tokio::task::spawn_blocking(move || {
        export::save(kind, &input, &options, 2.0, &path, &mut |stage| {
            let _ = progress.send(stage);
        })
    })
    .await
    .map_err(|e| Error::io(format!("The export stopped unexpectedly ({e}).")))?
    .map(Some)
}

/// The file to write: from the native save dialog, or under `RAPPORT_EXPORT_DIR` in tests.
async fn choose_path(
    app: &tauri::AppHandle,
    kind: ExportKind,
    name: &str,
) -> CommandResult<Option<PathBuf>> {
    choose_save_path(app, "Export", kind.file_type(), kind.extension(), name).await
}

/// Where to save a file the app writes (an export, the calendar): the native save dialog
/// proposing `name`, or `name` under `RAPPORT_EXPORT_DIR` in tests. `None` when cancelled.
pub(crate) async fn choose_save_path(
    app: &tauri::AppHandle,
    title: &str,
    file_type: &str,
    extension: &str,
    name: &str,
) -> CommandResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(Some(Path::new(&dir).join(name)));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(file_type, &[extension])
        .save_file(move |chosen| {
            let _ = tx.send(chosen);
        });
    let chosen = rx
        .await
        .map_err(|_| Error::io("The save dialog closed unexpectedly."))?;
    chosen
        .map(|p| {
            p.into_path()
                .map_err(|e| Error::io(format!("That location cannot be written to ({e}).")))
        })
        .transpose()
}
