use super::{CommandResult, State};
use rapport_api::accounts::{self, AccountSummary};
use rapport_core::{AccountId, AccountSnapshot};

/// The portfolio for the home screen.
#[tauri::command]
#[specta::specta]
pub async fn list_accounts(state: State<'_>) -> CommandResult<Vec<AccountSummary>> {
    state
        .call(|ws, clock| accounts::list_accounts(ws, clock))
        .await
}

/// Opens an account: remembers when, and returns all of it.
#[tauri::command]
#[specta::specta]
pub async fn open_account(state: State<'_>, id: AccountId) -> CommandResult<AccountSnapshot> {
    state
        .call(|ws, clock| accounts::open_account(ws, clock, &id))
        .await
}
