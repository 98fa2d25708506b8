//! Thin commands, one file per area: take the state, call the store or core, return.

pub mod accounts;
pub mod analysis;
pub mod export;
pub mod history;
pub mod map;
pub mod plan;
pub mod workspace;

use rapport_core::{AccountId, AccountSnapshot};
use rapport_store::{HistoryState, Workspace};
use serde::Serialize;
use specta::Type;

/// Every command fails with the store's typed error, which the UI branches on.
pub type CommandResult<T> = Result<T, rapport_store::Error>;

/// What every editing command answers: the account as it now is, and what undo/redo would do.
/// One round trip per edit keeps the UI from showing a half-updated account.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountEdit {
    pub snapshot: AccountSnapshot,
    pub history: HistoryState,
}

/// Reads back the account after an edit.
pub fn edited(ws: &Workspace, account: &AccountId) -> CommandResult<AccountEdit> {
    Ok(AccountEdit {
        snapshot: ws.account_snapshot(account)?,
        history: ws.history_state(account)?,
    })
}
