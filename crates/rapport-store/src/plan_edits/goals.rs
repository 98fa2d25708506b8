//! Determine: goals set by hand or from a finding.

use super::{check_team, stakeholder_in};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::goals;
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, Goal, GoalId, GoalStatus, GoalTarget, Priority, StakeholderId,
    analyse, goal_answering, rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A goal as the Determine form sends it; the store sets its id and creation date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalDraft {
    /// `None` for a goal about the account as a whole.
    pub stakeholder: Option<StakeholderId>,
    pub title: String,
    pub priority: Priority,
    pub target: GoalTarget,
    pub due: Option<NaiveDate>,
    pub status: GoalStatus,
}

/// The goal `draft` describes, tidied and checked against the account; `created_on` is today for
/// a new goal, or the goal's own creation date when it is edited.
fn checked(
    snapshot: &AccountSnapshot,
    id: GoalId,
    draft: &GoalDraft,
    created_on: NaiveDate,
) -> Result<Goal> {
    let goal = rules::normalise_goal(&Goal {
        id,
        stakeholder: draft.stakeholder.clone(),
        title: draft.title.clone(),
        priority: draft.priority,
        target: draft.target.clone(),
        created_on,
        due: draft.due,
        status: draft.status,
    });
    rules::check_goal(&goal)?;
    if let Some(id) = &goal.stakeholder {
        stakeholder_in(snapshot, id, "stakeholder")?;
    }
    if let GoalTarget::Coverage {
        team_member: Some(member),
        ..
    } = &goal.target
    {
        check_team(snapshot, std::slice::from_ref(member), "target")?;
    }
    Ok(goal)
}

fn no_goal() -> Error {
    Error::not_found("This goal no longer exists.")
}

impl Workspace {
    /// Sets a goal in Determine, created `today`.
    pub fn add_goal(
        &mut self,
        account: &AccountId,
        goal: &GoalDraft,
        today: NaiveDate,
    ) -> Result<GoalId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let goal = checked(&snapshot, GoalId(new_id()), goal, today)?;
            goals::insert(tx, account, &goal)?;
            Ok((format!("Add goal “{}”", goal.title), goal.id))
        })
    }

    /// Edits a goal; its creation date stays, and the due date may not come before it.
    pub fn update_goal(
        &mut self,
        account: &AccountId,
        id: &GoalId,
        goal: &GoalDraft,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(existing) = snapshot.goals.iter().find(|g| &g.id == id) else {
                return Err(no_goal());
            };
            let goal = checked(&snapshot, id.clone(), goal, existing.created_on)?;
            goals::update(tx, account, &goal)?;
            Ok((format!("Edit goal “{}”", goal.title), ()))
        })
    }

    /// Deletes a goal. Refused while an initiative works towards this goal alone: it would be
    /// left with no goal.
    pub fn delete_goal(&mut self, account: &AccountId, id: &GoalId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(goal) = snapshot.goals.iter().find(|g| &g.id == id) else {
                return Err(no_goal());
            };
            if let Some(only) = snapshot
                .initiatives
                .iter()
                .find(|i| i.goals.len() == 1 && i.goals[0] == *id)
            {
                return Err(Error::conflict(format!(
                    "“{}” works towards this goal only: link it to another goal or delete it \
                     first.",
                    only.title
                )));
            }
            goals::delete(tx, account, id)?;
            Ok((format!("Delete goal “{}”", goal.title), ()))
        })
    }

    /// Turns a finding's suggested goal into a goal, created `today`. The finding is found again
    /// by its stable key on the account as it is now, so a finding that no longer applies (the
    /// map changed since it was shown) is refused rather than answered with a stale goal.
    pub fn goal_from_finding(
        &mut self,
        account: &AccountId,
        finding_key: &str,
        today: NaiveDate,
    ) -> Result<GoalId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let findings = analyse(&snapshot, today);
            let Some(finding) = findings.iter().find(|f| f.key == finding_key) else {
                return Err(Error::not_found(
                    "This finding no longer applies: the map has changed since it was shown.",
                ));
            };
            if let Some(goal) = goal_answering(&snapshot, finding) {
                return Err(Error::conflict(format!(
                    "The goal “{}” already answers this finding.",
                    goal.title
                )));
            }
            let goal = finding
                .suggested_goal
                .clone()
                .into_goal(GoalId(new_id()), today);
            goals::insert(tx, account, &goal)?;
            Ok((format!("Make goal “{}”", goal.title), goal.id))
        })
    }
}
