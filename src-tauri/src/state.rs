//! What the app holds while it runs: the current workspace (or none, and why), Rapport's folders
//! and the clock.

use crate::startup_timeline::StartupTimeline;
use chrono::NaiveDate;
use rapport_api::workspace::{self, CurrentWorkspace, WorkspaceInfo};
use rapport_api::{AppDirs, Clock, SystemClock};
use rapport_core::AccountId;
use rapport_store::Workspace;
use std::path::Path;
use std::sync::Arc;
use tokio::sync::Mutex;

pub struct AppState {
    /// One connection, one writer: commands take turns, so each edit is one whole transaction,
    /// and a switch to another file never happens in the middle of an edit.
    current: Mutex<CurrentWorkspace>,
    pub dirs: AppDirs,
    pub clock: SystemClock,
    /// The account `--open` asked for, if the workspace opened at start has it; forgotten when
    /// the app switches to another workspace.
    open_account: std::sync::Mutex<Option<AccountId>>,
    /// Set by `--measure-startup`: when the process started and each phase since.
    pub startup_timeline: Option<Arc<StartupTimeline>>,
}

/// What a switch changed, for the window: its title and the recent files.
pub struct Switched {
    pub info: WorkspaceInfo,
    pub title: String,
}

impl AppState {
    pub fn new(
        current: CurrentWorkspace,
        dirs: AppDirs,
        clock: SystemClock,
        open_account: Option<AccountId>,
        startup_timeline: Option<Arc<StartupTimeline>>,
    ) -> Self {
        Self {
            current: Mutex::new(current),
            dirs,
            clock,
            open_account: std::sync::Mutex::new(open_account),
            startup_timeline,
        }
    }

    /// Runs one use case with the open workspace (commands take turns) and the app's clock; with
    /// none open, answers the typed `noWorkspace` error.
    pub async fn call<T>(
        &self,
        use_case: impl FnOnce(&mut Workspace, &dyn Clock) -> rapport_api::Result<T>,
    ) -> rapport_api::Result<T> {
        let mut current = self.current.lock().await;
        use_case(current.workspace_mut()?, &self.clock)
    }

    /// Runs a use case that looks at the current workspace (open or not) without changing it.
    pub async fn inspect_current<T>(
        &self,
        use_case: impl FnOnce(&CurrentWorkspace) -> rapport_api::Result<T>,
    ) -> rapport_api::Result<T> {
        use_case(&*self.current.lock().await)
    }

    /// Runs a use case that changes which workspace is open, and describes the result.
    pub async fn switch(
        &self,
        home: Option<&Path>,
        change: impl FnOnce(&mut CurrentWorkspace, &AppDirs, &dyn Clock) -> rapport_api::Result<()>,
    ) -> rapport_api::Result<Switched> {
        let mut current = self.current.lock().await;
        change(&mut current, &self.dirs, &self.clock)?;
        self.forget_open_account();
        Ok(self.describe(&current, home))
    }

    /// The current workspace as the UI and the window show it.
    pub async fn describe_current(&self, home: Option<&Path>) -> Switched {
        let current = self.current.lock().await;
        self.describe(&current, home)
    }

    fn describe(&self, current: &CurrentWorkspace, home: Option<&Path>) -> Switched {
        let open_account = self.open_account.lock().map(|a| a.clone()).unwrap_or(None);
        Switched {
            info: workspace::info(current, &self.dirs, self.today(), open_account),
            title: workspace::window_title(current, home),
        }
    }

    fn forget_open_account(&self) {
        if let Ok(mut account) = self.open_account.lock() {
            *account = None;
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }
}
