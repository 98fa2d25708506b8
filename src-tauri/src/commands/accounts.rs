use super::{CommandResult, State};
use chrono::NaiveDate;
use rapport_api::AccountEdit;
use rapport_api::accounts::{self, Portfolio, PortfolioQuery};
use rapport_core::{AccountId, AccountSnapshot, LifetimeValue, LifetimeValueInputs};
use rapport_store::{AccountContents, AccountProfile, HistoryState, NewAccount};

/// The portfolio for the home screen, filtered and sorted as asked.
#[tauri::command]
#[specta::specta]
pub async fn portfolio(state: State<'_>, query: PortfolioQuery) -> CommandResult<Portfolio> {
    state
        .call(|ws, clock| accounts::portfolio(ws, clock, &query))
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

/// Creates an account (only the name is required); answers with its id.
#[tauri::command]
#[specta::specta]
pub async fn create_account(state: State<'_>, draft: NewAccount) -> CommandResult<AccountId> {
    state
        .call(|ws, clock| accounts::create_account(ws, clock, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_account(
    state: State<'_>,
    id: AccountId,
    name: String,
) -> CommandResult<HistoryState> {
    state
        .call(|ws, _| accounts::rename_account(ws, &id, &name))
        .await
}

/// Archives an account, or brings it back.
#[tauri::command]
#[specta::specta]
pub async fn set_archived(
    state: State<'_>,
    id: AccountId,
    archived: bool,
) -> CommandResult<HistoryState> {
    state
        .call(|ws, clock| accounts::set_archived(ws, clock, &id, archived))
        .await
}

/// What goes with an account when it is deleted.
#[tauri::command]
#[specta::specta]
pub async fn account_contents(state: State<'_>, id: AccountId) -> CommandResult<AccountContents> {
    state
        .call(|ws, _| accounts::account_contents(ws, &id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_account(state: State<'_>, id: AccountId) -> CommandResult<HistoryState> {
    state
        .call(|ws, clock| accounts::delete_account(ws, clock, &id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn portfolio_undo(state: State<'_>) -> CommandResult<HistoryState> {
    state.call(|ws, _| accounts::portfolio_undo(ws)).await
}

#[tauri::command]
#[specta::specta]
pub async fn portfolio_redo(state: State<'_>) -> CommandResult<HistoryState> {
    state.call(|ws, _| accounts::portfolio_redo(ws)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_account_profile(
    state: State<'_>,
    id: AccountId,
    profile: AccountProfile,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| accounts::set_account_profile(ws, &id, &profile))
        .await
}

/// Records the account's recommendation score (0–10) given on `date`.
#[tauri::command]
#[specta::specta]
pub async fn record_account_nps(
    state: State<'_>,
    id: AccountId,
    date: NaiveDate,
    score: i32,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, clock| accounts::record_account_nps(ws, clock, &id, date, score))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_account_nps(
    state: State<'_>,
    id: AccountId,
    date: NaiveDate,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| accounts::delete_account_nps(ws, &id, date))
        .await
}

/// The lifetime value of the inputs as typed, or the field that is wrong.
#[tauri::command]
#[specta::specta]
pub async fn preview_lifetime_value(inputs: LifetimeValueInputs) -> CommandResult<LifetimeValue> {
    accounts::preview_lifetime_value(&inputs)
}
