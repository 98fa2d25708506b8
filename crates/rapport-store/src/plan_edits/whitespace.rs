//! The account's whitespace matrix: its needs (or business units) and one cell per offering and
//! need. Each edit is one step of the account's history. A cell set back to "not relevant" with
//! nothing else in it is removed, so the catalogue only counts an offering as used where a
//! matrix says something about it.

use super::stakeholder_in;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::whitespace;
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, AccountSnapshot, Need, NeedId, WhitespaceCell, WhitespaceState, rules,
};

fn no_need() -> Error {
    Error::not_found("This need is no longer on the account.")
}

/// The need's name, tidied, checked and not already another need of the account.
fn checked_name(snapshot: &AccountSnapshot, id: Option<&NeedId>, name: &str) -> Result<String> {
    let name = rules::normalise_line(name);
    rules::check_need_name(&name)?;
    if let Some(taken) = snapshot
        .needs
        .iter()
        .find(|n| Some(&n.id) != id && n.name.to_lowercase() == name.to_lowercase())
    {
        return Err(Error::validation(
            "name",
            format!(
                "This account already has a need called “{}”: choose another name.",
                taken.name
            ),
        ));
    }
    Ok(name)
}

fn is_blank(cell: &WhitespaceCell) -> bool {
    cell.state == WhitespaceState::NotRelevant
        && cell.budget_holder.is_none()
        && cell.estimated_value.is_none()
        && cell.note.is_empty()
}

impl Workspace {
    /// Adds a need or business unit to the account's matrix.
    pub fn add_need(&mut self, account: &AccountId, name: &str) -> Result<NeedId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let need = Need {
                id: NeedId(new_id()),
                name: checked_name(&snapshot, None, name)?,
            };
            whitespace::insert_need(tx, account, &need)?;
            Ok((format!("Add need “{}”", need.name), need.id))
        })
    }

    pub fn rename_need(&mut self, account: &AccountId, id: &NeedId, name: &str) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let before = snapshot
                .needs
                .iter()
                .find(|n| &n.id == id)
                .ok_or_else(no_need)?;
            let need = Need {
                id: id.clone(),
                name: checked_name(&snapshot, Some(id), name)?,
            };
            whitespace::rename_need(tx, account, &need)?;
            Ok((
                format!("Rename need “{}” to “{}”", before.name, need.name),
                (),
            ))
        })
    }

    /// Removes a need with its row of cells.
    pub fn remove_need(&mut self, account: &AccountId, id: &NeedId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let need = snapshot
                .needs
                .iter()
                .find(|n| &n.id == id)
                .ok_or_else(no_need)?;
            whitespace::delete_need(tx, account, id)?;
            Ok((format!("Remove need “{}”", need.name), ()))
        })
    }

    /// Sets one cell of the matrix (its state, estimated value, budget holder and note). The
    /// need must be the account's, the offering in the catalogue and the budget holder a person
    /// on this account's map.
    pub fn set_whitespace_cell(
        &mut self,
        account: &AccountId,
        cell: &WhitespaceCell,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let cell = rules::normalise_whitespace_cell(cell);
            let need = snapshot
                .needs
                .iter()
                .find(|n| n.id == cell.need)
                .ok_or_else(|| {
                    Error::validation("need", "That need is not on this account (any more).")
                })?;
            let offering = snapshot
                .offerings
                .iter()
                .find(|o| o.id == cell.offering)
                .ok_or_else(|| {
                    Error::validation(
                        "offering",
                        "That offering is no longer in the catalogue; choose another.",
                    )
                })?;
            rules::check_whitespace_cell(&cell)?;
            if let Some(holder) = &cell.budget_holder {
                stakeholder_in(&snapshot, holder, "budgetHolder")?;
            }
            let label = format!("Set {} for {}", offering.name, need.name);
            if is_blank(&cell) {
                whitespace::delete_cell(tx, account, &cell)?;
            } else {
                whitespace::upsert_cell(tx, account, &cell)?;
            }
            Ok((label, ()))
        })
    }
}
