//! Undo and redo of an account's edits (kept in the workspace, so they survive a restart).

use crate::edit::edited;
use crate::{AccountEdit, Result};
use rapport_core::AccountId;
use rapport_store::Workspace;

/// Undoes the account's latest edit (nothing happens when there is none).
pub fn undo(ws: &mut Workspace, account: &AccountId) -> Result<AccountEdit> {
    ws.undo(account)?;
    edited(ws, account)
}

/// Redoes the latest undone edit (nothing happens when there is none).
pub fn redo(ws: &mut Workspace, account: &AccountId) -> Result<AccountEdit> {
    ws.redo(account)?;
    edited(ws, account)
}

/// The account with its undo/redo state, for opening the editor.
pub fn account_edit_state(ws: &Workspace, account: &AccountId) -> Result<AccountEdit> {
    edited(ws, account)
}
