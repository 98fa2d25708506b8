//! Implement: initiatives towards the account's goals.

use super::{check_team, distinct};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::initiatives;
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, GoalId, Initiative, InitiativeId, InitiativeStatus, TeamMemberId,
    rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// An initiative as the Implement form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InitiativeDraft {
    pub title: String,
    pub goals: Vec<GoalId>,
    pub owner: Option<TeamMemberId>,
    pub due: Option<NaiveDate>,
    pub status: InitiativeStatus,
    pub notes: String,
}

/// The initiative `draft` describes, tidied and checked against the account.
fn checked(
    snapshot: &AccountSnapshot,
    id: InitiativeId,
    draft: &InitiativeDraft,
) -> Result<Initiative> {
    let initiative = rules::normalise_initiative(&Initiative {
        id,
        title: draft.title.clone(),
        goals: distinct(&draft.goals),
        owner: draft.owner.clone(),
        due: draft.due,
        status: draft.status,
        notes: draft.notes.clone(),
    });
    rules::check_initiative(&initiative)?;
    if initiative
        .goals
        .iter()
        .any(|g| !snapshot.goals.iter().any(|have| &have.id == g))
    {
        return Err(Error::validation(
            "goals",
            "One of the chosen goals is not a goal of this account (any more).",
        ));
    }
    if let Some(owner) = &initiative.owner {
        check_team(snapshot, std::slice::from_ref(owner), "owner")?;
    }
    Ok(initiative)
}

fn no_initiative() -> Error {
    Error::not_found("This initiative no longer exists.")
}

impl Workspace {
    /// Adds an initiative towards one or more of the account's goals.
    pub fn add_initiative(
        &mut self,
        account: &AccountId,
        initiative: &InitiativeDraft,
    ) -> Result<InitiativeId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let initiative = checked(&snapshot, InitiativeId(new_id()), initiative)?;
            initiatives::insert(tx, account, &initiative)?;
            let label = format!("Add initiative “{}”", initiative.title);
            Ok((label, initiative.id))
        })
    }

    pub fn update_initiative(
        &mut self,
        account: &AccountId,
        id: &InitiativeId,
        initiative: &InitiativeDraft,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            if !snapshot.initiatives.iter().any(|i| &i.id == id) {
                return Err(no_initiative());
            }
            let initiative = checked(&snapshot, id.clone(), initiative)?;
            initiatives::update(tx, account, &initiative)?;
            Ok((format!("Edit initiative “{}”", initiative.title), ()))
        })
    }

    pub fn delete_initiative(&mut self, account: &AccountId, id: &InitiativeId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(initiative) = snapshot.initiatives.iter().find(|i| &i.id == id) else {
                return Err(no_initiative());
            };
            initiatives::delete(tx, account, id)?;
            Ok((format!("Delete initiative “{}”", initiative.title), ()))
        })
    }
}
