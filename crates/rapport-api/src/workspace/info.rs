//! What the UI and the window title are told about the current workspace.

use super::CurrentWorkspace;
use super::demo::is_demo;
use crate::Error;
use crate::app_dirs::AppDirs;
use crate::settings::Settings;
use chrono::NaiveDate;
use rapport_core::AccountId;
use serde::Serialize;
use specta::Type;
use std::path::Path;

#[derive(Debug, Clone, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInfo {
    /// The open workspace file, or the one that could not be opened; for the status bar.
    pub path: Option<String>,
    /// Whether a workspace is open; when not, commands that need one answer `noWorkspace`.
    pub open: bool,
    /// Why no workspace is open (the file could not be opened); `None` while one is open.
    pub problem: Option<Error>,
    /// The open workspace is the demo's own file.
    pub is_demo: bool,
    /// File → Open recent, most recent first (files that are gone are left out).
    pub recent: Vec<String>,
    /// The settings could not be saved: this workspace will not be reopened on the next start.
    pub settings_problem: Option<Error>,
    pub today: NaiveDate,
    /// The account to show first (`--open NAME`), instead of the portfolio.
    pub open_account: Option<AccountId>,
}

/// The current workspace as the UI shows it.
pub fn info(
    current: &CurrentWorkspace,
    dirs: &AppDirs,
    today: NaiveDate,
    open_account: Option<AccountId>,
) -> WorkspaceInfo {
    let shown = current
        .path()
        .or_else(|| current.problem().map(|(path, _)| path));
    WorkspaceInfo {
        path: shown.map(|p| p.display().to_string()),
        open: current.is_open(),
        problem: current.problem().map(|(_, e)| e.clone()),
        is_demo: current.path().is_some_and(|p| is_demo(dirs, p)),
        recent: Settings::load(&dirs.settings_file())
            .recent_existing()
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        settings_problem: current.settings_error.clone(),
        today,
        open_account,
    }
}

/// The window's title: "Rapport — ~/Documents/acme.rapport", or that no workspace is open.
pub fn window_title(current: &CurrentWorkspace, home: Option<&Path>) -> String {
    match current.path() {
        Some(path) => format!("Rapport — {}", display_path(path, home)),
        None => "Rapport — no workspace open".to_owned(),
    }
}

/// A path as people write it: the home folder as `~`.
pub fn display_path(path: &Path, home: Option<&Path>) -> String {
    match home.and_then(|home| path.strip_prefix(home).ok()) {
        Some(rest) if !rest.as_os_str().is_empty() => {
            format!("~{}{}", std::path::MAIN_SEPARATOR, rest.display())
        }
        _ => path.display().to_string(),
    }
}
