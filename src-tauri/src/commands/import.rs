//! Importing contacts and accounts. What is the shell's own: the native open dialog (opened
//! here in Rust, never by the webview) and streaming progress; reading, previewing and writing
//! are `rapport_api::import`'s, one call per command.

use super::{CommandResult, State};
use rapport_api::Error;
use rapport_api::import::{
    self, AccountImported, ContactImportOptions, ContactsImported, ContactsPreview, ImportStage,
    ImportTarget,
};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use tauri::ipc::Channel;
use tauri_plugin_dialog::DialogExt;

/// Set to one file (or several, separated like `PATH`), the file chooser answers with it
/// without asking, the next file on each call: for automated tests, which cannot click a
/// native dialog.
pub const IMPORT_FILE_ENV: &str = "RAPPORT_IMPORT_FILE";

/// Which of the stand-in files the next choice takes.
static NEXT_STAND_IN: AtomicUsize = AtomicUsize::new(0);

/// What is being imported, for the dialog's title and file filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ImportFileKind {
    Contacts,
    Account,
}

/// A file the user chose: where it is (handed back to preview and import) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ChosenFile {
    pub path: String,
    pub name: String,
}

async fn choose(app: &tauri::AppHandle, kind: ImportFileKind) -> CommandResult<Option<PathBuf>> {
    if let Some(list) = std::env::var_os(IMPORT_FILE_ENV).filter(|l| !l.is_empty()) {
        let files: Vec<PathBuf> = std::env::split_paths(&list).collect();
        let next = NEXT_STAND_IN.fetch_add(1, Ordering::Relaxed) % files.len().max(1);
        return Ok(files.get(next).cloned());
    }
    let (title, filter, extensions): (&str, &str, &[&str]) = match kind {
        ImportFileKind::Contacts => ("Import contacts", "Contacts (CSV)", &["csv", "txt", "tsv"]),
        ImportFileKind::Account => ("Import an account", "Rapport account (JSON)", &["json"]),
    };
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(filter, extensions)
        .pick_file(move |chosen| {
            let _ = tx.send(chosen);
        });
    let chosen = rx
        .await
        .map_err(|_| Error::io("The file dialog closed unexpectedly."))?;
    chosen
        .map(|p| {
            p.into_path()
                .map_err(|e| Error::io(format!("That file cannot be opened ({e}).")))
        })
        .transpose()
}

/// Asks which file to import (native dialog); `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_import_file(
    app: tauri::AppHandle,
    kind: ImportFileKind,
) -> CommandResult<Option<ChosenFile>> {
    Ok(choose(&app, kind).await?.map(|path| ChosenFile {
        name: path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        path: path.display().to_string(),
    }))
}

/// What importing the chosen contacts file would do; nothing is written.
#[tauri::command]
#[specta::specta]
pub async fn preview_contacts(
    state: State<'_>,
    path: String,
    options: ContactImportOptions,
    target: ImportTarget,
) -> CommandResult<ContactsPreview> {
    state
        .call(|ws, _| import::preview_contacts_file(ws, path.as_ref(), &options, &target))
        .await
}

/// Imports the chosen contacts file as previewed (one undo step); progress streams to the UI.
#[tauri::command]
#[specta::specta]
pub async fn import_contacts(
    state: State<'_>,
    path: String,
    options: ContactImportOptions,
    target: ImportTarget,
    progress: Channel<ImportStage>,
) -> CommandResult<ContactsImported> {
    state
        .call(|ws, clock| {
            import::import_contacts_file(ws, clock, path.as_ref(), &options, &target, &mut |s| {
                let _ = progress.send(s);
            })
        })
        .await
}

/// Asks for an account file (native dialog) and adds its account; `None` when cancelled.
#[tauri::command]
#[specta::specta]
pub async fn import_account(
    app: tauri::AppHandle,
    state: State<'_>,
) -> CommandResult<Option<AccountImported>> {
    let Some(path) = choose(&app, ImportFileKind::Account).await? else {
        return Ok(None);
    };
    state
        .call(|ws, _| import::import_account_file(ws, &path, None))
        .await
        .map(Some)
}
