//! Exporting an account: the plan as PDF, the map as SVG or PNG. The file is chosen in a native
//! save dialog opened here in Rust (never by the webview), the document is rendered off the async
//! runtime while progress streams to the UI, and the file is written atomically: a failed export
//! leaves no half-written file behind.

use super::CommandResult;
use crate::clock;
use crate::state::AppState;
use rapport_core::{AccountId, AccountSnapshot};
use rapport_report::{PlanInput, ReportOptions, ReportStage};
use rapport_store::Error;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::{Path, PathBuf};
use tauri::ipc::Channel;
use tauri_plugin_dialog::DialogExt;

/// Set to a folder, exports are written there under their default name without asking: for
/// automated tests, which cannot click a native dialog.
pub const EXPORT_DIR_ENV: &str = "RAPPORT_EXPORT_DIR";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportKind {
    PlanPdf,
    MapSvg,
    MapPng,
}

impl ExportKind {
    fn extension(self) -> &'static str {
        match self {
            ExportKind::PlanPdf => "pdf",
            ExportKind::MapSvg => "svg",
            ExportKind::MapPng => "png",
        }
    }

    fn default_name(self, account: &str, client_safe: bool) -> String {
        // File names must not carry a path separator from the account's name.
        let account: String = account
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let what = match self {
            ExportKind::PlanPdf => "account plan",
            ExportKind::MapSvg | ExportKind::MapPng => "stakeholder map",
        };
        let shared = if client_safe { " (client copy)" } else { "" };
        format!("{account} – {what}{shared}.{}", self.extension())
    }
}

/// What the export is doing, streamed to the UI while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportStage {
    Preparing,
    Typesetting,
    Writing,
    Saving,
}

impl From<ReportStage> for ExportStage {
    fn from(stage: ReportStage) -> Self {
        match stage {
            ReportStage::Preparing => ExportStage::Preparing,
            ReportStage::Typesetting => ExportStage::Typesetting,
            ReportStage::Writing => ExportStage::Writing,
        }
    }
}

/// Where an export was saved.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub path: String,
    pub bytes: u32,
}

/// Asks where to save, renders and saves. `None` when the user cancelled the dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_account(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
    id: AccountId,
    kind: ExportKind,
    options: ReportOptions,
    progress: Channel<ExportStage>,
) -> CommandResult<Option<Exported>> {
    let (snapshot, reviews) = {
        let ws = state.workspace.lock().await;
        (ws.account_snapshot(&id)?, ws.reviews(&id)?)
    };
    let name = kind.default_name(&snapshot.account.name, options.client_safe);
    let Some(path) = choose_path(&app, kind, &name).await? else {
        return Ok(None);
    };
    let input = PlanInput {
        snapshot,
        reviews,
        today: clock::today(),
    };
    let target = path.clone();
    let bytes = tokio::task::spawn_blocking(move || -> CommandResult<usize> {
        let bytes = render(kind, &input, &options, &mut |stage| {
            let _ = progress.send(stage);
        })?;
        let _ = progress.send(ExportStage::Saving);
        rapport_report::write_atomically(&target, &bytes).map_err(|e| {
            Error::io(format!(
                "Could not save {}: {e}. Nothing was written there; choose another folder.",
                target.display()
            ))
        })?;
        Ok(bytes.len())
    })
    .await
    .map_err(|e| Error::io(format!("The export stopped unexpectedly ({e}).")))??;
    Ok(Some(Exported {
        path: path.display().to_string(),
        bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
    }))
}

fn render(
    kind: ExportKind,
    input: &PlanInput,
    options: &ReportOptions,
    progress: &mut dyn FnMut(ExportStage),
) -> CommandResult<Vec<u8>> {
    let failed = |e: rapport_report::ReportError| Error::io(e.to_string());
    let snapshot: &AccountSnapshot = &input.snapshot;
    match kind {
        ExportKind::PlanPdf => {
            rapport_report::render_pdf(input, options, &mut |s| progress(s.into())).map_err(failed)
        }
        ExportKind::MapSvg => {
            progress(ExportStage::Preparing);
            Ok(rapport_report::map_svg(snapshot, options.client_safe).into_bytes())
        }
        ExportKind::MapPng => {
            progress(ExportStage::Preparing);
            rapport_report::map_png(snapshot, options.client_safe, 2.0).map_err(failed)
        }
    }
}

/// The file to write: from the native save dialog, or under `RAPPORT_EXPORT_DIR` in tests.
async fn choose_path(
    app: &tauri::AppHandle,
    kind: ExportKind,
    name: &str,
) -> CommandResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(EXPORT_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(Some(Path::new(&dir).join(name)));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let filter = match kind {
        ExportKind::PlanPdf => "PDF document",
        ExportKind::MapSvg => "SVG drawing",
        ExportKind::MapPng => "PNG image",
    };
    app.dialog()
        .file()
        .set_title("Export")
        .set_file_name(name)
        .add_filter(filter, &[kind.extension()])
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
