//! Opening the workspace file the app or the CLI works on.

use crate::{Clock, Result};
use rapport_store::{Workspace, resolve_workspace_path};
use std::path::PathBuf;

/// The workspace as opened at start: the file, and whether this start wrote the demo into it.
pub struct Opened {
    pub workspace: Workspace,
    pub first_run: bool,
}

/// Opens the chosen workspace (an explicit path, then `RAPPORT_WORKSPACE`, then the app-data
/// default); a workspace with no account yet gets the demo, so a new user sees a real map at once.
pub fn open_for_app(explicit: Option<PathBuf>, clock: &dyn Clock) -> Result<Opened> {
    let mut workspace = open(explicit)?;
    let first_run = workspace.is_empty()?;
    if first_run {
        workspace.create_demo(clock.today())?;
    }
    Ok(Opened {
        workspace,
        first_run,
    })
}

/// Opens the chosen workspace file as it is.
pub fn open(explicit: Option<PathBuf>) -> Result<Workspace> {
    let path = resolve_workspace_path(explicit)?;
    Ok(Workspace::open(&path)?)
}
