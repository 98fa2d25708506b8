//! The workspace file the app or the CLI works on: which one, opening another, starting a new
//! one, the demo's own file, and what the UI is told about it.
//!
//! The app holds a [`CurrentWorkspace`]: the open workspace, or none with the reason it could not
//! be opened. Switching files goes through the use cases here so the settings (last workspace,
//! Open recent) always follow; the window, menus and dialogs stay the shell's.

mod current;
mod demo;
mod info;
mod recover;
mod switch;

#[cfg(test)]
mod tests;

pub use current::CurrentWorkspace;
pub use demo::open_demo;
pub use info::{WorkspaceInfo, display_path, info, window_title};
pub use recover::{failed_workspace_backups, restore_failed_workspace};
pub use switch::{StartRequest, close, create_file, open_file, open_given, open_recent, start};

use crate::app_dirs::{AppDirs, WORKSPACE_ENV};
use crate::{Clock, Result};
use rapport_store::{OpenMode, Workspace};
use std::path::{Path, PathBuf};

/// Whether two paths name the same file (as written, or once links and `..` are resolved).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    a == b || std::fs::canonicalize(a).is_ok_and(|a| std::fs::canonicalize(b).is_ok_and(|b| a == b))
}

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

/// Opens the chosen workspace to change it (the CLI's writing commands): this process becomes
/// the file's one writer (another Rapport editing it is refused with [`crate::Error::Locked`]),
/// and the first open of a day takes that day's backup.
pub fn open_for_editing(
    explicit: Option<PathBuf>,
    mode: OpenMode,
    clock: &dyn Clock,
) -> Result<Workspace> {
    let path = resolve_path(explicit)?;
    let mut workspace = Workspace::open(&path, mode, clock.now())?;
    workspace.claim_writer()?;
    workspace.back_up_daily(clock.now())?;
    Ok(workspace)
}

/// Opens an existing workspace to read it ("No workspace at PATH" when there is none; nothing is
/// created). Takes no lock, so it works while the app has the file open.
pub fn open_existing(explicit: Option<PathBuf>, clock: &dyn Clock) -> Result<Workspace> {
    let path = resolve_path(explicit)?;
    Ok(Workspace::open(&path, OpenMode::ExistingOnly, clock.now())?)
}
