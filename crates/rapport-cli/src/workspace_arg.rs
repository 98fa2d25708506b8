//! The options every subcommand shares: which workspace file, and which day is today.

use chrono::NaiveDate;
use clap::Args;
use rapport_api::SystemClock;
use rapport_store::Workspace;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct WorkspaceArg {
    /// The workspace file (default: $RAPPORT_WORKSPACE, then the app-data folder).
    #[arg(long, value_name = "FILE")]
    pub workspace: Option<PathBuf>,
    /// Treat this date as today (YYYY-MM-DD); by default the system date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
}

impl WorkspaceArg {
    pub(crate) fn open(&self) -> Result<Workspace, String> {
        rapport_api::workspace::open(self.workspace.clone()).map_err(|e| e.to_string())
    }

    pub(crate) fn clock(&self) -> SystemClock {
        SystemClock::pinned_to(self.today)
    }
}
