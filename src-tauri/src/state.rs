//! What the app holds while it runs: the open workspace.

use crate::launch::LaunchOptions;
use chrono::NaiveDate;
use rapport_core::AccountId;
use rapport_store::{Workspace, resolve_workspace_path};
use std::time::Instant;
use tokio::sync::Mutex;

pub struct AppState {
    /// One connection, one writer: commands take turns, so each edit is one whole transaction.
    pub workspace: Mutex<Workspace>,
    pub first_run: bool,
    /// The account `--open` asked for, if the workspace has it.
    pub open_account: Option<AccountId>,
    /// Set by `--measure-startup`: when the process started.
    pub startup_clock: Option<Instant>,
}

impl AppState {
    /// Opens the chosen workspace; a workspace with no account yet gets the demo, so a new user
    /// sees a real map at once.
    pub fn open(
        options: &LaunchOptions,
        today: NaiveDate,
        started: Instant,
    ) -> rapport_store::Result<Self> {
        let path = resolve_workspace_path(options.workspace.clone())?;
        let mut workspace = Workspace::open(&path)?;
        let first_run = workspace.is_empty()?;
        if first_run {
            workspace.create_demo(today)?;
        }
        // An account that is not there (renamed, another workspace) is no reason not to start:
        // say so and show the portfolio.
        let open_account = options.open_account.as_ref().and_then(|name| {
            workspace
                .account_id_by_name(name)
                .inspect_err(|err| eprintln!("rapport-app: {err} Showing all accounts instead."))
                .ok()
        });
        Ok(Self {
            workspace: Mutex::new(workspace),
            first_run,
            open_account,
            startup_clock: options.measure_startup.then_some(started),
        })
    }
}
