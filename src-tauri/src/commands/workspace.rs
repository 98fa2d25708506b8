//! The workspace file: what is open, switching to another, the demo. Choosing a file is the
//! shell's (native dialogs, opened here); the switch itself is one `rapport_api::workspace` use
//! case, after which the window's title and File → Open recent follow.

use super::{CommandResult, State};
use crate::startup_timeline::UiMark;
use crate::workspace_dialogs::{choose_new_workspace, choose_workspace_to_open};
use crate::workspace_window::{home, switch};
use rapport_api::workspace::{self, WorkspaceInfo};
use serde::Serialize;
use specta::Type;
use std::path::PathBuf;
use tauri::AppHandle;

/// The open workspace (or why none is), the recent files, today, and the account to show first.
#[tauri::command]
#[specta::specta]
pub async fn workspace_info(app: AppHandle, state: State<'_>) -> CommandResult<WorkspaceInfo> {
    Ok(state.describe_current(home(&app).as_deref()).await.info)
}

/// File → New workspace…: asks where, then creates an empty workspace there and opens it.
/// `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn new_workspace(
    app: AppHandle,
    state: State<'_>,
) -> CommandResult<Option<WorkspaceInfo>> {
    let Some(path) = choose_new_workspace(&app).await? else {
        return Ok(None);
    };
    switch(&app, &state, |current, dirs, clock| {
        workspace::create_file(current, dirs, &path, clock)
    })
    .await
    .map(Some)
}

/// File → Open workspace…: asks which file, then opens it. `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn open_workspace(
    app: AppHandle,
    state: State<'_>,
) -> CommandResult<Option<WorkspaceInfo>> {
    let Some(path) = choose_workspace_to_open(&app).await? else {
        return Ok(None);
    };
    switch(&app, &state, |current, dirs, clock| {
        workspace::open_file(current, dirs, &path, clock)
    })
    .await
    .map(Some)
}

/// File → Open recent: one of the files listed there (no other file is accepted).
#[tauri::command]
#[specta::specta]
pub async fn open_recent_workspace(
    app: AppHandle,
    state: State<'_>,
    path: String,
) -> CommandResult<WorkspaceInfo> {
    let path = PathBuf::from(path);
    switch(&app, &state, |current, dirs, clock| {
        workspace::open_recent(current, dirs, &path, clock)
    })
    .await
}

/// Opens the demo's own workspace, written afresh when it is from another day.
#[tauri::command]
#[specta::specta]
pub async fn open_demo(app: AppHandle, state: State<'_>) -> CommandResult<WorkspaceInfo> {
    switch(&app, &state, workspace::open_demo).await
}

/// File → Close workspace: the app then has none open until another is opened.
#[tauri::command]
#[specta::specta]
pub async fn close_workspace(app: AppHandle, state: State<'_>) -> CommandResult<WorkspaceInfo> {
    switch(&app, &state, |current, _, _| {
        workspace::close(current);
        Ok(())
    })
    .await
}

/// Help → About: the version and where Rapport keeps its files.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AboutRapport {
    pub version: String,
    /// The default workspace and the demo live here.
    pub data_folder: String,
    pub settings_file: String,
}

/// The version and Rapport's folders, for Help → About.
#[tauri::command]
#[specta::specta]
pub fn about_rapport(app: AppHandle, state: State<'_>) -> AboutRapport {
    AboutRapport {
        version: app.package_info().version.to_string(),
        data_folder: state.dirs.data.display().to_string(),
        settings_file: state.dirs.settings_file().display().to_string(),
    }
}

/// The UI calls this once it has drawn its first map, with its own marks of the start. Under
/// `--measure-startup` the app prints when each phase was reached and the time since the process
/// started, and quits; otherwise it does nothing.
#[tauri::command]
#[specta::specta]
pub async fn first_map_rendered(
    app: tauri::AppHandle,
    state: State<'_>,
    marks: Vec<UiMark>,
) -> CommandResult<()> {
    if let Some(timeline) = &state.startup_timeline {
        println!("{}", timeline.report(&marks));
        app.exit(0);
    }
    Ok(())
}
