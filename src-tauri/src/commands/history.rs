//! Undo and redo of an account's edits (kept in the workspace, so they survive a restart).

use super::{AccountEdit, CommandResult, edited};
use crate::state::AppState;
use rapport_core::AccountId;

/// Undoes the account's latest edit (nothing happens when there is none).
#[tauri::command]
#[specta::specta]
pub async fn undo(state: tauri::State<'_, AppState>, id: AccountId) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.undo(&id)?;
    edited(&ws, &id)
}

/// Redoes the latest undone edit (nothing happens when there is none).
#[tauri::command]
#[specta::specta]
pub async fn redo(state: tauri::State<'_, AppState>, id: AccountId) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.redo(&id)?;
    edited(&ws, &id)
}

/// The account with its undo/redo state, for opening the editor.
#[tauri::command]
#[specta::specta]
pub async fn account_edit_state(
    state: tauri::State<'_, AppState>,
    id: AccountId,
) -> CommandResult<AccountEdit> {
    edited(&*state.workspace.lock().await, &id)
}
