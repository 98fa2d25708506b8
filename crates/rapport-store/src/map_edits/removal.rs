//! What deleting a person would take with them, for the confirmation dialog.

use crate::error::Result;
use crate::positions::person_name;
use crate::workspace::Workspace;
use rapport_core::{AccountId, PersonId};
use serde::Serialize;
use specta::Type;

/// What deleting a person takes with them, for the confirmation dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RemovalImpact {
    pub name: String,
    /// Lines of every kind that end at this person.
    pub lines: u32,
    /// Titles of the goals about this person, which go too.
    pub goals: Vec<String>,
    /// Titles of initiatives left with no goal once those goals go.
    pub initiatives_left_without_goal: Vec<String>,
    /// Titles of initiatives this team member owns, which lose their owner.
    pub initiatives_losing_owner: Vec<String>,
    pub interactions: u32,
}

impl Workspace {
    /// What deleting `person` would take with them, for the confirmation dialog.
    pub fn removal_impact(&self, account: &AccountId, person: &PersonId) -> Result<RemovalImpact> {
        let snapshot = self.account_snapshot(account)?;
        let name = person_name(&self.conn, account, person)?;
        let mut impact = RemovalImpact {
            name,
            lines: 0,
            goals: Vec::new(),
            initiatives_left_without_goal: Vec::new(),
            initiatives_losing_owner: Vec::new(),
            interactions: 0,
        };
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        match person {
            PersonId::Stakeholder(id) => {
                impact.lines = count(
                    snapshot
                        .reports_to
                        .iter()
                        .filter(|r| &r.stakeholder == id || &r.manager == id)
                        .count()
                        + snapshot
                            .coverage
                            .iter()
                            .filter(|c| &c.stakeholder == id)
                            .count()
                        + snapshot
                            .relations
                            .iter()
                            .filter(|r| &r.from == id || &r.to == id)
                            .count(),
                );
                let goals: Vec<_> = snapshot
                    .goals
                    .iter()
                    .filter(|g| g.stakeholder.as_ref() == Some(id))
                    .collect();
                impact.goals = goals.iter().map(|g| g.title.clone()).collect();
                impact.initiatives_left_without_goal = snapshot
                    .initiatives
                    .iter()
                    .filter(|i| {
                        !i.goals.is_empty()
                            && i.goals.iter().all(|g| goals.iter().any(|x| &x.id == g))
                    })
                    .map(|i| i.title.clone())
                    .collect();
                impact.interactions = count(
                    snapshot
                        .interactions
                        .iter()
                        .filter(|i| i.stakeholders.contains(id))
                        .count(),
                );
            }
            PersonId::TeamMember(id) => {
                impact.lines = count(
                    snapshot
                        .coverage
                        .iter()
                        .filter(|c| &c.team_member == id)
                        .count(),
                );
                impact.initiatives_losing_owner = snapshot
                    .initiatives
                    .iter()
                    .filter(|i| i.owner.as_ref() == Some(id))
                    .map(|i| i.title.clone())
                    .collect();
                impact.interactions = count(
                    snapshot
                        .interactions
                        .iter()
                        .filter(|i| i.team_members.contains(id))
                        .count(),
                );
            }
        }
        Ok(impact)
    }
}
