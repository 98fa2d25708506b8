//! Removing personal data for good: erasing one person (from the map, the undo history and every
//! review's frozen copy), and clearing an account's history. Neither can be undone.

use crate::edit::edited;
use crate::{AccountEdit, Result};
use rapport_core::{AccountId, StakeholderId};
use rapport_store::{Erasure, Workspace};
use serde::Serialize;
use specta::Type;

/// A person erased: what went with them, and the account as it now is.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonErased {
    pub erasure: Erasure,
    pub edit: AccountEdit,
}

/// "Erase this person's personal data" (the UI asks first).
pub fn erase_person(
    ws: &mut Workspace,
    account: &AccountId,
    stakeholder: &StakeholderId,
) -> Result<PersonErased> {
    let erasure = ws.erase_person(account, stakeholder)?;
    Ok(PersonErased {
        erasure,
        edit: edited(ws, account)?,
    })
}

/// "Clear history": the account's undo and redo steps go.
pub fn clear_history(ws: &mut Workspace, account: &AccountId) -> Result<AccountEdit> {
    ws.clear_history(account)?;
    edited(ws, account)
}
