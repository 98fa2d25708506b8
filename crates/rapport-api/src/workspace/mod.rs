//! The workspace file the app or the CLI works on: which one, opening another, starting a new
//! one, the demo's own file, and what the UI is told about it.
//!
//! The app holds a [`CurrentWorkspace`]: the open workspace, or none with the reason it could not
//! be opened. Switching files goes through the use cases here so the settings (last workspace,
//! Open recent) always follow; the window, menus and dialogs stay the shell's.

mod current;
mod demo;
mod info;
mod switch;

#[cfg(test)]
mod tests;

pub use current::CurrentWorkspace;
pub use demo::open_demo;
pub use info::{WorkspaceInfo, display_path, info, window_title};
pub use switch::{StartRequest, close, create_file, open_file, open_given, open_recent, start};

use crate::Result;
use crate::app_dirs::{AppDirs, WORKSPACE_ENV};
use rapport_store::Workspace;
use std::path::PathBuf;

/// Which workspace file the CLI uses: an explicit path, then `RAPPORT_WORKSPACE`, then the
/// default workspace in the app-data folder (the same file the app opens by default).
pub fn resolve_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    match std::env::var_os(WORKSPACE_ENV) {
        Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
        _ => Ok(AppDirs::from_env()?.default_workspace()),
    }
}

/// Opens the chosen workspace file as it is (the CLI's way in).
pub fn open(explicit: Option<PathBuf>) -> Result<Workspace> {
    let path = resolve_path(explicit)?;
    Ok(Workspace::open(&path)?)
}
