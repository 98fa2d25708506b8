//! The options every subcommand shares: which workspace file, and which day is today.

use chrono::NaiveDate;
use clap::Args;
use rapport_api::SystemClock;
use rapport_store::{OpenMode, Workspace};
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
    /// For commands that only read: the file must exist, and no lock is taken (the app may have
    /// it open).
    pub(crate) fn open_to_read(&self) -> Result<Workspace, String> {
        rapport_api::workspace::open_existing(self.workspace.clone(), &self.clock())
            .map_err(|e| e.to_string())
    }

    /// For commands that change the file: refused while the app (or another command) edits it.
    pub(crate) fn open_to_edit(&self, mode: OpenMode) -> Result<Workspace, String> {
        rapport_api::workspace::open_for_editing(self.workspace.clone(), mode, &self.clock())
            .map_err(|e| e.to_string())
    }

    /// The workspace file this command names (the option, `RAPPORT_WORKSPACE`, or the default).
    pub(crate) fn path(&self) -> Result<PathBuf, String> {
        rapport_api::workspace::resolve_path(self.workspace.clone()).map_err(|e| e.to_string())
    }

    pub(crate) fn clock(&self) -> SystemClock {
        SystemClock::pinned_to(self.today)
    }
}
