//! Opening a workspace file: where it lives, how it is recognised and connected, and the one way
//! an edit reaches the disk.

use crate::error::{Error, Result};
use crate::file::{connect, create, identity, lock::WriterLock};
use crate::schema;
use chrono::NaiveDateTime;
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// Whether opening may create the file. Commands that only read use [`OpenMode::ExistingOnly`],
/// so a mistyped path is reported rather than turned into a new workspace (and its folders).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file (and its folder) when it is missing.
    CreateIfMissing,
    /// The file must exist: "No workspace at PATH" otherwise.
    ExistingOnly,
}

/// One open workspace file. All reads and writes go through it.
pub struct Workspace {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    /// Held while this workspace is the file's one writer (see [`Workspace::claim_writer`]).
    writer: Option<WriterLock>,
}

impl Workspace {
    /// Opens the workspace at `path`. An existing file is first checked without being touched: a
    /// file that is not a Rapport workspace, or was written by a newer Rapport, is refused as it
    /// is. An older workspace is backed up (`backups/` beside it, stamped `now`), then upgraded.
    /// A file or folder that cannot be written opens for reading only ([`Self::is_read_only`]).
    pub fn open(path: &Path, mode: OpenMode, now: NaiveDateTime) -> Result<Self> {
        match std::fs::metadata(path) {
            Ok(found) if found.is_dir() => {
                return Err(Error::NotAWorkspace {
                    message: format!(
                        "{} is a folder, not a Rapport workspace. Choose a workspace file.",
                        path.display()
                    ),
                });
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => match mode {
                OpenMode::ExistingOnly => {
                    return Err(Error::not_found(format!(
                        "No workspace at {}.",
                        path.display()
                    )));
                }
                OpenMode::CreateIfMissing => create::create_workspace(path, now)?,
            },
            Err(e) => {
                return Err(Error::io(format!(
                    "The workspace {} could not be read ({e}).",
                    path.display()
                )));
            }
        }
        let accepted = identity::inspect(path)?;
        let connected = connect::connect(path, accepted, now)?;
        Ok(Self {
            conn: connected.conn,
            path: Some(path.to_path_buf()),
            read_only: connected.read_only,
            writer: None,
        })
    }

    /// A throwaway workspace for tests and previews.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        connect::configure(&conn)?;
        conn.pragma_update(None, "application_id", crate::file::APPLICATION_ID)?;
        schema::migrations().to_latest(&mut conn)?;
        crate::meta::ensure_workspace_id(&conn)?;
        Ok(Self {
            conn,
            path: None,
            read_only: false,
            writer: None,
        })
    }

    /// The file this workspace lives in (`None` when in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the file or its folder cannot be written: the workspace was opened for reading
    /// and every edit is refused with [`Error::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Makes this the workspace's one writer: another program that tries to edit the same file
    /// is refused until this one is closed. The app claims it for as long as it has the file
    /// open; each CLI command that changes the file claims it for its run. A read-only
    /// workspace needs no claim (it cannot be changed).
    pub fn claim_writer(&mut self) -> Result<()> {
        if self.writer.is_some() || self.read_only {
            return Ok(());
        }
        if let Some(path) = &self.path {
            self.writer = Some(WriterLock::acquire(path)?);
        }
        Ok(())
    }

    /// Hands the writer's lock to `other` (the same file, reopened).
    pub(crate) fn pass_writer_to(&mut self, other: &mut Workspace) {
        other.writer = self.writer.take();
    }

    /// Runs one user edit as one transaction: either all of it reaches the disk, or none.
    pub(crate) fn edit<T>(
        &mut self,
        apply: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.refuse_if_read_only()?;
        let path = self.path.clone();
        let run = |conn: &mut Connection| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let out = apply(&tx)?;
            tx.commit()?;
            Ok(out)
        };
        run(&mut self.conn).map_err(|e: Error| e.located(path.as_deref()))
    }

    pub(crate) fn refuse_if_read_only(&self) -> Result<()> {
        if self.read_only {
            return Err(Error::file(
                crate::error::FileFault::ReadOnly,
                self.path.as_deref(),
            ));
        }
        Ok(())
    }
}
