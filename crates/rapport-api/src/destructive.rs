//! The one place a use case calls before it changes the workspace in a way the user may want
//! back after the undo history is gone (deleting an account today): it keeps a backup copy of
//! the workspace file as it was.
//!
//! Today this does nothing: the backups (`rapport_api::backups`, `back_up_now`, on SQLite's
//! online backup API) arrive with the workspace-file work on branch `issue-file`. When they
//! land, this body becomes that call; its callers do not change.

use crate::{Clock, Result};
use rapport_store::Workspace;

/// Called before a destructive change named `what` (e.g. "Delete account “Acme”").
pub(crate) fn before_destructive_change(
    _ws: &Workspace,
    _clock: &dyn Clock,
    _what: &str,
) -> Result<()> {
    // issue-file: `crate::backups::back_up_now(ws, clock, what)?;`
    Ok(())
}
