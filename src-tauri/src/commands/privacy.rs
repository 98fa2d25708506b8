//! Personal data removed for good (the UI asks first; neither can be undone).

use super::{CommandResult, State};
use rapport_api::AccountEdit;
use rapport_api::privacy::{self, PersonErased};
use rapport_core::{AccountId, StakeholderId};

/// "Erase this person's personal data": from the map, the undo history and every review.
#[tauri::command]
#[specta::specta]
pub async fn erase_person_data(
    state: State<'_>,
    id: AccountId,
    stakeholder: StakeholderId,
) -> CommandResult<PersonErased> {
    state
        .call(|ws, _| privacy::erase_person(ws, &id, &stakeholder))
        .await
}

/// "Clear history": the account's undo and redo steps go.
#[tauri::command]
#[specta::specta]
pub async fn clear_history(state: State<'_>, id: AccountId) -> CommandResult<AccountEdit> {
    state.call(|ws, _| privacy::clear_history(ws, &id)).await
}
