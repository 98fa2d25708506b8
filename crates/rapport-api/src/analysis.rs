//! What the app derives from a map without changing it: findings, metrics, the power/interest
//! grid, what-if; and the layout, which it stores.

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use rapport_core::{
    AccountId, AccountMetrics, CoverageView, CrosswalkEntry, Finding, GridPlacement, LayoutMode,
    Removal, WhatIf, WhitespaceTotals,
};
use rapport_store::Workspace;
use serde::Serialize;
use specta::Type;

/// What Analyse shows beside the map.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountAnalysis {
    pub findings: Vec<Finding>,
    pub metrics: AccountMetrics,
    pub power_grid: Vec<GridPlacement>,
    /// How the map draws coverage (lines or badges) and our people's badge initials.
    pub coverage_view: CoverageView,
    /// Owned revenue, open cross-sell and up-sell of the whitespace matrix.
    pub whitespace: WhitespaceTotals,
}

/// Findings, metrics and the power/interest grid of one account, as of today.
pub fn analyse_account(
    ws: &Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<AccountAnalysis> {
    let snapshot = ws.account_snapshot(account)?;
    let today = clock.today();
    Ok(AccountAnalysis {
        findings: rapport_core::analyse(&snapshot, today),
        metrics: rapport_core::account_metrics(&snapshot, today),
        power_grid: rapport_core::power_grid(&snapshot),
        coverage_view: rapport_core::coverage_view(&snapshot),
        whitespace: rapport_core::whitespace_totals(&snapshot.whitespace),
    })
}

/// What would change if these people left the map together (nothing is changed).
pub fn what_if(
    ws: &Workspace,
    clock: &dyn Clock,
    account: &AccountId,
    removals: &[Removal],
) -> Result<WhatIf> {
    let snapshot = ws.account_snapshot(account)?;
    Ok(rapport_core::what_if(&snapshot, removals, clock.today()))
}

/// Lays the map out and stores the positions (one undo step).
pub fn layout_map(
    ws: &mut Workspace,
    account: &AccountId,
    mode: LayoutMode,
) -> Result<AccountEdit> {
    ws.apply_layout(account, mode)?;
    edited(ws, account)
}

/// Other methods' words for buying roles, and what they mean in Rapport.
pub fn role_crosswalk() -> Vec<CrosswalkEntry> {
    rapport_core::crosswalk_entries()
}
