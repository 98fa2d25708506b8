//! The one place a use case calls before it changes the workspace in a way the user may want
//! back after the undo history is gone (deleting an account today): it keeps a backup copy of
//! the workspace file as it was.

use crate::{Clock, Result};
use rapport_store::{BackupReason, Workspace};

/// Called before a destructive change (deleting an account): a copy of the file as it was.
/// A workspace kept in memory (tests) has no file to copy and needs none.
pub(crate) fn before_destructive_change(ws: &Workspace, clock: &dyn Clock) -> Result<()> {
    if ws.path().is_some() {
        ws.back_up(clock.now(), BackupReason::BeforeDelete)?;
    }
    Ok(())
}
