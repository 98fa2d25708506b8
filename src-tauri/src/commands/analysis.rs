use super::{AccountEdit, CommandResult, edited};
use crate::clock;
use crate::state::AppState;
use rapport_core::{
    AccountId, AccountMetrics, CrosswalkEntry, Finding, GridPlacement, LayoutMode, Removal, WhatIf,
};
use serde::Serialize;
use specta::Type;

/// What Analyse shows beside the map.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountAnalysis {
    pub findings: Vec<Finding>,
    pub metrics: AccountMetrics,
    pub power_grid: Vec<GridPlacement>,
}

/// Findings, metrics and the power/interest grid of one account, as of today.
#[tauri::command]
#[specta::specta]
pub async fn analyse_account(
    state: tauri::State<'_, AppState>,
    id: AccountId,
) -> CommandResult<AccountAnalysis> {
    let snapshot = state.workspace.lock().await.account_snapshot(&id)?;
    let today = clock::today();
    Ok(AccountAnalysis {
        findings: rapport_core::analyse(&snapshot, today),
        metrics: rapport_core::account_metrics(&snapshot, today),
        power_grid: rapport_core::power_grid(&snapshot),
    })
}

/// What would change if one person left the map (nothing is changed).
#[tauri::command]
#[specta::specta]
pub async fn what_if(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    removal: Removal,
) -> CommandResult<WhatIf> {
    let snapshot = state.workspace.lock().await.account_snapshot(&id)?;
    Ok(rapport_core::what_if(&snapshot, &removal, clock::today()))
}

/// Lays the map out, stores the positions (one undo step) and returns the account as it now is.
#[tauri::command]
#[specta::specta]
pub async fn layout_map(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    mode: LayoutMode,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.apply_layout(&id, mode)?;
    edited(&ws, &id)
}

/// Other methods' words for buying roles, and what they mean in Rapport.
#[tauri::command]
#[specta::specta]
pub fn role_crosswalk() -> Vec<CrosswalkEntry> {
    rapport_core::crosswalk_entries()
}
