use super::{CommandResult, State};
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
    /// The account to show first (`--open NAME`), instead of the portfolio.
    pub open_account: Option<rapport_core::AccountId>,
}

#[tauri::command]
#[specta::specta]
pub async fn workspace_info(state: State<'_>) -> CommandResult<WorkspaceInfo> {
    let path = state
        .call(|ws, _| Ok(ws.path().map(|p| p.display().to_string())))
        .await?;
    Ok(WorkspaceInfo {
        path: path.unwrap_or_default(),
        first_run: state.first_run,
        today: state.today(),
        open_account: state.open_account.clone(),
    })
}

/// The UI calls this once it has drawn its first map. Under `--measure-startup` the app prints
/// the time since the process started and quits; otherwise it does nothing.
#[tauri::command]
#[specta::specta]
pub async fn first_map_rendered(app: tauri::AppHandle, state: State<'_>) -> CommandResult<()> {
    if let Some(started) = state.startup_clock {
        println!(
            "first map rendered after {} ms",
            started.elapsed().as_millis()
        );
        app.exit(0);
    }
    Ok(())
}
