//! Opening the workspace file the app or the CLI works on.

use crate::{Clock, Result};
use rapport_store::{Workspace, resolve_workspace_path};
use std::path::PathBuf;

/// The workspace as opened at start: the file, and whether this start wrote the demo into it.
pub struct Opened {
    pub workspace: Workspace,
    pub first_run: bool,
}

/// Set to `1` to start on an empty workspace as it is, without the demo (the end-to-end tests of
/// a first run). Temporary: new workspaces stop getting the demo with the app-shell work, which
/// removes this.
pub const NO_DEMO_ENV: &str = "RAPPORT_NO_DEMO";

/// Opens the chosen workspace (an explicit path, then `RAPPORT_WORKSPACE`, then the app-data
/// default); a workspace with no account yet gets the demo, so a new user sees a real map at once
/// (unless `RAPPORT_NO_DEMO=1`).
pub fn open_for_app(explicit: Option<PathBuf>, clock: &dyn Clock) -> Result<Opened> {
    let mut workspace = open(explicit)?;
    let skip_demo = std::env::var_os(NO_DEMO_ENV).is_some_and(|v| v == "1");
    let first_run = workspace.is_empty()? && !skip_demo;
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
