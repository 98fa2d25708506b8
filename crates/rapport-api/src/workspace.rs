//! Opening the workspace file the app or the CLI works on: for editing (the app, and the CLI's
//! commands that change the file) with the writer's lock and the day's first backup, or only to
//! read (the CLI's listings and exports), which never creates a file or a folder.

use crate::{Clock, Result};
use rapport_store::{OpenMode, Workspace, resolve_workspace_path};
use std::path::PathBuf;

/// The workspace as opened at start: the file, and whether this start wrote the demo into it.
pub struct Opened {
    pub workspace: Workspace,
    pub first_run: bool,
}

/// Opens the chosen workspace (an explicit path, then `RAPPORT_WORKSPACE`, then the app-data
/// default) for editing; a workspace with no account yet gets the demo, so a new user sees a
/// real map at once.
pub fn open_for_app(explicit: Option<PathBuf>, clock: &dyn Clock) -> Result<Opened> {
    let mut workspace = open_for_editing(explicit, OpenMode::CreateIfMissing, clock)?;
    let first_run = workspace.is_empty()? && !workspace.is_read_only();
    if first_run {
        workspace.create_demo(clock.today())?;
    }
    Ok(Opened {
        workspace,
        first_run,
    })
}

/// Opens the chosen workspace to change it: this process becomes the file's one writer (another
/// Rapport editing it is refused with [`crate::Error::Locked`]), and the first open of a day
/// takes that day's backup.
pub fn open_for_editing(
    explicit: Option<PathBuf>,
    mode: OpenMode,
    clock: &dyn Clock,
) -> Result<Workspace> {
    let path = resolve_workspace_path(explicit)?;
    let mut workspace = Workspace::open(&path, mode, clock.now())?;
    workspace.claim_writer()?;
    workspace.back_up_daily(clock.now())?;
    Ok(workspace)
}

/// Opens an existing workspace to read it ("No workspace at PATH" when there is none). Takes no
/// lock, so it works while the app has the file open.
pub fn open_existing(explicit: Option<PathBuf>, clock: &dyn Clock) -> Result<Workspace> {
    let path = resolve_workspace_path(explicit)?;
    Ok(Workspace::open(&path, OpenMode::ExistingOnly, clock.now())?)
}
