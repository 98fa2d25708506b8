use super::{CommandResult, State};
use crate::menu::history::{show_history, shown_history};
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

/// Edit → Undo and Redo name the steps the page's history would take now.
#[tauri::command]
#[specta::specta]
pub fn show_history_in_menu(app: tauri::AppHandle, undo: Option<String>, redo: Option<String>) {
    // A menu that cannot be renamed is not worth an error in the page.
    let _ = show_history(&app, undo.as_deref(), redo.as_deref());
}

/// What Edit → Undo and Redo say and whether they can be chosen (end-to-end tests read it).
#[tauri::command]
#[specta::specta]
pub fn history_in_menu(app: tauri::AppHandle) -> Vec<(String, bool)> {
    shown_history(&app).map(Vec::from).unwrap_or_default()
}
