//! The account's whitespace matrix: its needs × the catalogue's offerings, with the totals. Each
//! edit is a step of the account's undo and answers with the account as it now is.

use crate::edit::edited;
use crate::{AccountEdit, Result};
use rapport_core::{AccountId, NeedId, WhitespaceCell, WhitespaceTotals, whitespace_totals};
use rapport_store::Workspace;

/// Owned revenue, open cross-sell and open up-sell of the account's matrix.
pub fn whitespace_totals_of(ws: &Workspace, account: &AccountId) -> Result<WhitespaceTotals> {
    Ok(whitespace_totals(&ws.account_snapshot(account)?.whitespace))
}

pub fn add_need(ws: &mut Workspace, account: &AccountId, name: &str) -> Result<AccountEdit> {
    ws.add_need(account, name)?;
    edited(ws, account)
}

pub fn rename_need(
    ws: &mut Workspace,
    account: &AccountId,
    id: &NeedId,
    name: &str,
) -> Result<AccountEdit> {
    ws.rename_need(account, id, name)?;
    edited(ws, account)
}

/// Removes a need with its row of cells.
pub fn remove_need(ws: &mut Workspace, account: &AccountId, id: &NeedId) -> Result<AccountEdit> {
    ws.remove_need(account, id)?;
    edited(ws, account)
}

/// Sets one cell: state, estimated value, budget holder (a person on this map) and note.
pub fn set_whitespace_cell(
    ws: &mut Workspace,
    account: &AccountId,
    cell: &WhitespaceCell,
) -> Result<AccountEdit> {
    ws.set_whitespace_cell(account, cell)?;
    edited(ws, account)
}
