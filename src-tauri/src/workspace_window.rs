//! What the window shows of the current workspace: its title names the file, File → Open recent
//! lists the recent ones, and the UI hears [`WorkspaceChanged`] to reload (also when a second
//! launch asked the running app to open a file).

use crate::menu;
use crate::state::{AppState, Switched};
use rapport_api::workspace::{CurrentWorkspace, WorkspaceInfo};
use rapport_api::{AppDirs, Clock};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::PathBuf;
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

/// Another workspace is open now (or none): the UI reloads the portfolio.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceChanged {
    pub path: Option<String>,
}

/// Switches the workspace with `change` (a `rapport_api::workspace` use case), then updates the
/// window and tells the UI.
pub async fn switch(
    app: &AppHandle,
    state: &AppState,
    change: impl FnOnce(&mut CurrentWorkspace, &AppDirs, &dyn Clock) -> rapport_api::Result<()>,
) -> rapport_api::Result<WorkspaceInfo> {
    let switched = state.switch(home(app).as_deref(), change).await?;
    show(app, &switched);
    let _ = WorkspaceChanged {
        path: switched.info.path.clone(),
    }
    .emit(app);
    Ok(switched.info)
}

/// Shows the workspace in the window's title and in File → Open recent.
pub fn show<R: Runtime>(app: &AppHandle<R>, switched: &Switched) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&switched.title);
    }
    let _ = menu::show_recent(app, &switched.info.recent);
}

pub fn home<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.path().home_dir().ok()
}
