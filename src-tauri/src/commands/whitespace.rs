//! The whitespace matrix: the workspace's offerings catalogue (its edits are steps of the
//! portfolio's undo) and one account's needs and cells (steps of that account's undo).

use super::{CommandResult, State};
use rapport_api::AccountEdit;
use rapport_api::offerings::{self, Catalogue};
use rapport_api::whitespace;
use rapport_core::{AccountId, NeedId, OfferingId, WhitespaceCell, WhitespaceTotals};
use rapport_store::OfferingDraft;

/// The offerings catalogue, with what the portfolio's undo/redo would do.
#[tauri::command]
#[specta::specta]
pub async fn offerings(state: State<'_>) -> CommandResult<Catalogue> {
    state.call(|ws, _| offerings::offerings(ws)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_offering(state: State<'_>, draft: OfferingDraft) -> CommandResult<Catalogue> {
    state
        .call(|ws, _| offerings::add_offering(ws, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_offering(
    state: State<'_>,
    offering: OfferingId,
    draft: OfferingDraft,
) -> CommandResult<Catalogue> {
    state
        .call(|ws, _| offerings::update_offering(ws, &offering, &draft))
        .await
}

/// Refused, naming the accounts, while any matrix has a cell on the offering.
#[tauri::command]
#[specta::specta]
pub async fn remove_offering(state: State<'_>, offering: OfferingId) -> CommandResult<Catalogue> {
    state
        .call(|ws, _| offerings::remove_offering(ws, &offering))
        .await
}

/// Owned revenue, open cross-sell and open up-sell of the account's matrix.
#[tauri::command]
#[specta::specta]
pub async fn whitespace_totals(state: State<'_>, id: AccountId) -> CommandResult<WhitespaceTotals> {
    state
        .call(|ws, _| whitespace::whitespace_totals_of(ws, &id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_need(state: State<'_>, id: AccountId, name: String) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| whitespace::add_need(ws, &id, &name))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_need(
    state: State<'_>,
    id: AccountId,
    need: NeedId,
    name: String,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| whitespace::rename_need(ws, &id, &need, &name))
        .await
}

/// Removes the need with its row of cells (undoable like every account edit).
#[tauri::command]
#[specta::specta]
pub async fn remove_need(
    state: State<'_>,
    id: AccountId,
    need: NeedId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| whitespace::remove_need(ws, &id, &need))
        .await
}

/// One cell: state, estimated value, budget holder and note.
#[tauri::command]
#[specta::specta]
pub async fn set_whitespace_cell(
    state: State<'_>,
    id: AccountId,
    cell: WhitespaceCell,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| whitespace::set_whitespace_cell(ws, &id, &cell))
        .await
}
