//! The workspace the app works on right now — or none, and why.

use crate::{Error, Result};
use rapport_store::Workspace;
use std::path::{Path, PathBuf};

/// The app's open workspace, or the reason there is none. Use cases that need a workspace get it
/// through [`CurrentWorkspace::workspace_mut`], which answers [`Error::NoWorkspace`] when none is
/// open, so every command says the same clear thing.
#[derive(Default)]
pub struct CurrentWorkspace {
    open: Option<(PathBuf, Workspace)>,
    /// The file that could not be opened and why; `None` while one is open or after Close.
    pub(crate) problem: Option<(PathBuf, Error)>,
    /// The last switch worked but the settings could not be written (it will not be reopened).
    pub(crate) settings_error: Option<Error>,
}

impl CurrentWorkspace {
    /// No workspace open, for no particular reason (before start, after Close).
    pub fn none() -> Self {
        Self::default()
    }

    /// The open workspace, or the error that says none is open.
    pub fn workspace_mut(&mut self) -> Result<&mut Workspace> {
        match &mut self.open {
            Some((_, ws)) => Ok(ws),
            None => Err(Error::NoWorkspace {
                message: "No workspace is open. Open one with File → Open workspace…, or start \
                          one with File → New workspace…."
                    .into(),
            }),
        }
    }

    /// The file of the open workspace.
    pub fn path(&self) -> Option<&Path> {
        self.open.as_ref().map(|(path, _)| path.as_path())
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Why no workspace is open: the file and the error, when opening one failed.
    pub fn problem(&self) -> Option<(&Path, &Error)> {
        self.problem.as_ref().map(|(p, e)| (p.as_path(), e))
    }

    pub(crate) fn set_open(&mut self, path: PathBuf, workspace: Workspace) {
        self.open = Some((path, workspace));
        self.problem = None;
    }

    pub(crate) fn set_failed(&mut self, path: PathBuf, error: Error) {
        self.open = None;
        self.problem = Some((path, error));
    }

    /// Closes the open workspace (its connection ends here, so its file may be replaced).
    pub(crate) fn close(&mut self) {
        self.open = None;
        self.problem = None;
    }
}
