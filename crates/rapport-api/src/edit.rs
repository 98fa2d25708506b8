//! What every editing use case answers: the account as it now is, and what undo/redo would do.
//! One round trip per edit keeps the UI from ever showing a half-updated account.

use crate::Result;
use rapport_core::{AccountId, AccountSnapshot, PersonId, QuickAddQuestion};
use rapport_store::{HistoryState, Workspace};
use serde::Serialize;
use specta::Type;

/// What every editing command answers: the account as it now is, and what undo/redo would do.
/// One round trip per edit keeps the UI from showing a half-updated account.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountEdit {
    pub snapshot: AccountSnapshot,
    pub history: HistoryState,
}

/// A person was added: who, so the editor can select them, and the account as it now is.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonAdded {
    pub person: PersonId,
    pub edit: AccountEdit,
}

/// What a quick-add line did: added (or placed, or drew coverage for) someone, or needs an answer
/// first, in which case nothing was written.
#[derive(Debug, Serialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum QuickAddReply {
    // Boxed: the account is large, the question small (serialised the same either way).
    Added {
        person: PersonId,
        edit: Box<AccountEdit>,
    },
    Asks {
        question: QuickAddQuestion,
    },
}

/// Reads the account back after an edit.
pub(crate) fn edited(ws: &Workspace, account: &AccountId) -> Result<AccountEdit> {
    Ok(AccountEdit {
        snapshot: ws.account_snapshot(account)?,
        history: ws.history_state(account)?,
    })
}
