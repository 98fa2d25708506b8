//! What the app holds while it runs: the open workspace.

use crate::launch::LaunchOptions;
use chrono::NaiveDate;
use rapport_store::{Workspace, resolve_workspace_path};
use tokio::sync::Mutex;

pub struct AppState {
    /// One connection, one writer: commands take turns, so each edit is one whole transaction.
    pub workspace: Mutex<Workspace>,
    pub first_run: bool,
}

impl AppState {
    /// Opens the chosen workspace; a workspace with no account yet gets the demo, so a new user
    /// sees a real map at once.
    pub fn open(options: &LaunchOptions, today: NaiveDate) -> rapport_store::Result<Self> {
        let path = resolve_workspace_path(options.workspace.clone())?;
        let mut workspace = Workspace::open(&path)?;
        let first_run = workspace.is_empty()?;
        if first_run {
            workspace.create_demo(today)?;
        }
        Ok(Self {
            workspace: Mutex::new(workspace),
            first_run,
        })
    }
}
