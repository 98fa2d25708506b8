use super::CommandResult;
use crate::state::AppState;
use serde::Serialize;
use specta::Type;

#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    /// The workspace file, for the status bar.
    pub path: String,
    /// True when this start created the demo: the home screen shows a first-run hint.
    pub first_run: bool,
    pub today: chrono::NaiveDate,
}

#[tauri::command]
#[specta::specta]
pub async fn workspace_info(state: tauri::State<'_, AppState>) -> CommandResult<WorkspaceInfo> {
    let ws = state.workspace.lock().await;
    Ok(WorkspaceInfo {
        path: ws
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        first_run: state.first_run,
        today: crate::clock::today(),
    })
}
