//! What the app holds while it runs: the open workspace and the clock.

use chrono::NaiveDate;
use rapport_api::{Clock, SystemClock};
use rapport_core::AccountId;
use rapport_store::Workspace;
use std::time::Instant;
use tokio::sync::Mutex;

pub struct AppState {
    /// One connection, one writer: commands take turns, so each edit is one whole transaction.
    workspace: Mutex<Workspace>,
    pub clock: SystemClock,
    pub first_run: bool,
    /// The account `--open` asked for, if the workspace has it.
    pub open_account: Option<AccountId>,
    /// Set by `--measure-startup`: when the process started.
    pub startup_clock: Option<Instant>,
}

impl AppState {
    pub fn new(
        opened: rapport_api::workspace::Opened,
        clock: SystemClock,
        open_account: Option<AccountId>,
        startup_clock: Option<Instant>,
    ) -> Self {
        Self {
            workspace: Mutex::new(opened.workspace),
            clock,
            first_run: opened.first_run,
            open_account,
            startup_clock,
        }
    }

    /// Runs one use case with the workspace (commands take turns) and the app's clock.
    pub async fn call<T>(
        &self,
        use_case: impl FnOnce(&mut Workspace, &dyn Clock) -> rapport_api::Result<T>,
    ) -> rapport_api::Result<T> {
        let mut workspace = self.workspace.lock().await;
        use_case(&mut workspace, &self.clock)
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }
}
