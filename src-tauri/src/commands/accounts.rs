use super::CommandResult;
use crate::clock;
use crate::state::AppState;
use rapport_core::{AccountId, AccountSnapshot};
use rapport_store::AccountSummary;

/// The portfolio for the home screen.
#[tauri::command]
#[specta::specta]
pub async fn list_accounts(
    state: tauri::State<'_, AppState>,
) -> CommandResult<Vec<AccountSummary>> {
    state
        .workspace
        .lock()
        .await
        .account_summaries(clock::today())
}

/// Opens an account: remembers when, and returns all of it.
#[tauri::command]
#[specta::specta]
pub async fn open_account(
    state: tauri::State<'_, AppState>,
    id: AccountId,
) -> CommandResult<AccountSnapshot> {
    let mut ws = state.workspace.lock().await;
    ws.mark_opened(&id, clock::now())?;
    ws.account_snapshot(&id)
}
