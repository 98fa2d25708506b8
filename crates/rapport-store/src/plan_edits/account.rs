//! Understand and Identify: the account's plan fields and the assessment of one person.

use super::distinct;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::{accounts, stakeholders};
use crate::workspace::Workspace;
use rapport_core::{
    Account, AccountId, Attitude, ClientGoals, Role, Stakeholder, StakeholderId, rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// What Understand and Analyse write about the account as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountPlan {
    /// The relationship with the account in one word.
    pub relationship_word: String,
    pub strategy: String,
    pub client_goals: ClientGoals,
}

/// A row of the Identify table: how a person buys, feels about us and weighs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub roles: Vec<Role>,
    /// Another method's word for the person, kept verbatim.
    pub role_tag: String,
    pub attitude: Attitude,
    /// 1–5.
    pub influence: u8,
}

impl Workspace {
    /// Writes the relationship word, the strategy and the client's goals at 3, 6, 12 and 18
    /// months. The word must be one word.
    pub fn set_account_plan(&mut self, account: &AccountId, plan: &AccountPlan) -> Result<()> {
        rules::check_account_plan(&plan.relationship_word, &plan.strategy, &plan.client_goals)?;
        self.edit_recorded(account, |tx| {
            let before = accounts::load(tx, account)?;
            let after = rules::normalise_account(&Account {
                relationship_word: plan.relationship_word.clone(),
                strategy: plan.strategy.clone(),
                client_goals: plan.client_goals.clone(),
                ..before.clone()
            });
            let word = &after.relationship_word;
            let changed_word = *word != before.relationship_word;
            let changed_goals = after.client_goals != before.client_goals;
            let changed_strategy = after.strategy != before.strategy;
            let label = match (changed_word, changed_goals, changed_strategy) {
                // Nothing changed: nothing is written, so no step is recorded.
                (false, false, false) => return Ok((String::new(), ())),
                (true, false, false) if word.is_empty() => "Clear the relationship word".to_owned(),
                (true, false, false) => format!("Set the relationship word to “{word}”"),
                (false, true, false) => "Edit the client's goals".to_owned(),
                (false, false, true) => "Edit the account strategy".to_owned(),
                _ => "Edit the account plan".to_owned(),
            };
            accounts::update_plan(tx, &after)?;
            Ok((label, ()))
        })
    }

    /// The Identify table's edit of one person: roles, the other method's word, attitude and
    /// influence. Nothing is recorded when nothing changed.
    pub fn set_stakeholder_assessment(
        &mut self,
        account: &AccountId,
        stakeholder: &StakeholderId,
        assessment: &Assessment,
    ) -> Result<()> {
        rules::check_influence(assessment.influence)?;
        rules::check_line_chars("roleTag", "The other method's word", &assessment.role_tag)?;
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(person) = snapshot.stakeholder(stakeholder) else {
                return Err(Error::person_gone());
            };
            let mut roles = distinct(&assessment.roles);
            roles.sort();
            let updated = rules::normalise_stakeholder(&Stakeholder {
                roles,
                role_tag: assessment.role_tag.clone(),
                attitude: assessment.attitude,
                influence: assessment.influence,
                ..person.clone()
            });
            let changed = [
                updated.roles != person.roles,
                updated.role_tag != person.role_tag,
                updated.attitude != person.attitude,
                updated.influence != person.influence,
            ];
            let name = &person.name;
            let label = match changed {
                [false, false, false, false] => return Ok((String::new(), ())),
                [true, false, false, false] => format!("Set {name}'s roles"),
                [false, true, false, false] => format!("Set {name}'s role word"),
                [false, false, true, false] => format!("Set {name}'s attitude"),
                [false, false, false, true] => format!("Set {name}'s influence"),
                _ => format!("Assess {name}"),
            };
            stakeholders::update(tx, account, &updated, stakeholders::ASSESSMENT)?;
            if changed[0] {
                stakeholders::write_roles(tx, &updated)?;
            }
            Ok((label, ()))
        })
    }
}
