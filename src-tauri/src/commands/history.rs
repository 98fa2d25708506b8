use super::{CommandResult, State};
use rapport_api::{AccountEdit, history};
use rapport_core::AccountId;

/// Undoes the account's latest edit (nothing happens when there is none).
#[tauri::command]
#[specta::specta]
pub async fn undo(state: State<'_>, id: AccountId) -> CommandResult<AccountEdit> {
    state.call(|ws, _| history::undo(ws, &id)).await
}

/// Redoes the latest undone edit (nothing happens when there is none).
#[tauri::command]
#[specta::specta]
pub async fn redo(state: State<'_>, id: AccountId) -> CommandResult<AccountEdit> {
    state.call(|ws, _| history::redo(ws, &id)).await
}

/// The account with its undo/redo state, for opening the editor.
#[tauri::command]
#[specta::specta]
pub async fn account_edit_state(state: State<'_>, id: AccountId) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| history::account_edit_state(ws, &id))
        .await
}
