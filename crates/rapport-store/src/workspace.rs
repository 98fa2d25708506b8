//! Opening a workspace file: where it lives, how the connection is set up, and the one way an edit
//! reaches the disk.

use crate::error::{Error, Result};
use crate::schema;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// The environment variable that chooses a workspace file when `--workspace` is not given.
pub const WORKSPACE_ENV: &str = "RAPPORT_WORKSPACE";

/// One open workspace file. All reads and writes go through it.
pub struct Workspace {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
}

impl Workspace {
    /// Opens the file, creating it (and its folder) when missing, and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(format!(
                    "Could not create the folder {}: {e}.",
                    dir.display()
                ))
            })?;
        }
        let describe = |e: &dyn std::fmt::Display| {
            Error::io(format!(
                "Could not open the workspace {}: {e}. Choose another file or restore a backup.",
                path.display()
            ))
        };
        let conn = Connection::open(path).map_err(|e| describe(&e))?;
        let mut ws = Self {
            conn,
            path: Some(path.to_path_buf()),
        };
        ws.prepare().map_err(|e| describe(&e))?;
        Ok(ws)
    }

    /// A throwaway workspace for tests and previews.
    pub fn open_in_memory() -> Result<Self> {
        let mut ws = Self {
            conn: Connection::open_in_memory()?,
            path: None,
        };
        ws.prepare()?;
        Ok(ws)
    }

    fn prepare(&mut self) -> Result<()> {
        // WAL lets the UI read while an edit commits; FULL sync because an edit that returned
        // must survive a power cut in the middle of a workshop. PRAGMAs stay out of migrations.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        schema::migrations().to_latest(&mut self.conn)?;
        Ok(())
    }

    /// The file this workspace lives in (`None` when in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs one user edit as one transaction: either all of it reaches the disk, or none.
    pub(crate) fn edit<T>(
        &mut self,
        apply: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = apply(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// The default workspace file in the OS app-data folder
/// (e.g. `~/.local/share/rapport/workspace.sqlite` on Linux).
pub fn default_workspace_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("app", "Rapport", "Rapport")
        .map(|dirs| dirs.data_dir().join("workspace.sqlite"))
        .ok_or_else(|| {
            Error::io("No home folder was found for the default workspace; pass --workspace FILE.")
        })
}

/// Which workspace file to use: an explicit path first, then `RAPPORT_WORKSPACE`, then the default.
pub fn resolve_workspace_path(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path);
    }
    match std::env::var_os(WORKSPACE_ENV) {
        Some(path) if !path.is_empty() => Ok(PathBuf::from(path)),
        _ => default_workspace_path(),
    }
}
