use super::{CommandResult, State};
use rapport_api::AccountEdit;
use rapport_api::analysis::{self, AccountAnalysis};
use rapport_core::{AccountId, CrosswalkEntry, LayoutMode, Removal, WhatIf};

/// Findings, metrics and the power/interest grid of one account, as of today.
#[tauri::command]
#[specta::specta]
pub async fn analyse_account(state: State<'_>, id: AccountId) -> CommandResult<AccountAnalysis> {
    state
        .call(|ws, clock| analysis::analyse_account(ws, clock, &id))
        .await
}

/// What would change if these people left the map together (nothing is changed).
#[tauri::command]
#[specta::specta]
pub async fn what_if(
    state: State<'_>,
    id: AccountId,
    removals: Vec<Removal>,
) -> CommandResult<WhatIf> {
    state
        .call(|ws, clock| analysis::what_if(ws, clock, &id, &removals))
        .await
}

/// Lays the map out, stores the positions (one undo step) and returns the account as it now is.
#[tauri::command]
#[specta::specta]
pub async fn layout_map(
    state: State<'_>,
    id: AccountId,
    mode: LayoutMode,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| analysis::layout_map(ws, &id, mode))
        .await
}

/// Other methods' words for buying roles, and what they mean in Rapport.
#[tauri::command]
#[specta::specta]
pub fn role_crosswalk() -> Vec<CrosswalkEntry> {
    analysis::role_crosswalk()
}
