//! The interaction log: logging what happened (which moves last-contact dates up) and removing
//! an entry.

use super::{check_stakeholders, check_team, distinct};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::{coverage, interactions, stakeholders};
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, Interaction, InteractionId, InteractionKind, StakeholderId,
    TeamMemberId, rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// An entry of the interaction log as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InteractionDraft {
    pub date: NaiveDate,
    pub kind: InteractionKind,
    pub stakeholders: Vec<StakeholderId>,
    pub team_members: Vec<TeamMemberId>,
    pub note: String,
}

/// "Raj Patel", "Raj Patel and Ana Ruiz", "Raj Patel and 2 others".
fn names(snapshot: &AccountSnapshot, ids: &[StakeholderId]) -> String {
    let first = ids
        .first()
        .and_then(|id| snapshot.stakeholder(id))
        .map_or("someone", |s| s.name.as_str());
    match ids.len() {
        0 | 1 => first.to_owned(),
        2 => {
            let second = snapshot
                .stakeholder(&ids[1])
                .map_or("someone", |s| s.name.as_str());
            format!("{first} and {second}")
        }
        n => format!("{first} and {} others", n - 1),
    }
}

impl Workspace {
    /// Logs an interaction that happened on or before `today`. Each stakeholder's last contact
    /// moves up to its date (never back), and so does the last interaction of every covers line
    /// between the team members and stakeholders who took part.
    pub fn log_interaction(
        &mut self,
        account: &AccountId,
        interaction: &InteractionDraft,
        today: NaiveDate,
    ) -> Result<InteractionId> {
        let logged = rules::normalise_interaction(&Interaction {
            id: InteractionId(new_id()),
            date: interaction.date,
            kind: interaction.kind,
            stakeholders: distinct(&interaction.stakeholders),
            team_members: distinct(&interaction.team_members),
            note: interaction.note.clone(),
        });
        rules::check_interaction(&logged, today)?;
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            check_stakeholders(&snapshot, &logged.stakeholders, "stakeholders")?;
            check_team(&snapshot, &logged.team_members, "teamMembers")?;
            let label = format!(
                "Log interaction with {}",
                names(&snapshot, &logged.stakeholders)
            );
            interactions::insert(tx, account, &logged)?;
            for s in &logged.stakeholders {
                stakeholders::advance_last_contact(tx, s, logged.date)?;
                for t in &logged.team_members {
                    coverage::advance_last_interaction(tx, s, t, logged.date)?;
                }
            }
            Ok((label, logged.id.clone()))
        })
    }

    /// Removes an interaction from the log. Last contact dates stay as they are: they may have
    /// been set by hand, and Undo is the way to take back an interaction logged by mistake.
    pub fn delete_interaction(&mut self, account: &AccountId, id: &InteractionId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(interaction) = snapshot.interactions.iter().find(|i| &i.id == id) else {
                return Err(Error::not_found(
                    "This interaction is no longer in the log.",
                ));
            };
            let label = format!(
                "Delete interaction of {}",
                interaction.date.format("%-d %b %Y")
            );
            interactions::delete(tx, account, id)?;
            Ok((label, ()))
        })
    }
}
