//! Anyone's name by id, for the tables that refer to people.

use rapport_core::{AccountSnapshot, StakeholderId, TeamMemberId};
use std::collections::HashMap;

pub(super) struct Names<'a> {
    stakeholders: HashMap<&'a StakeholderId, &'a str>,
    team: HashMap<&'a TeamMemberId, &'a str>,
}

impl<'a> Names<'a> {
    pub fn of(s: &'a AccountSnapshot) -> Self {
        Self {
            stakeholders: s
                .stakeholders
                .iter()
                .map(|p| (&p.id, p.name.as_str()))
                .collect(),
            team: s.team.iter().map(|t| (&t.id, t.name.as_str())).collect(),
        }
    }

    pub fn stakeholder(&self, id: &StakeholderId) -> &'a str {
        self.stakeholders
            .get(id)
            .copied()
            .unwrap_or("(not on the map)")
    }

    pub fn member(&self, id: &TeamMemberId) -> &'a str {
        self.team.get(id).copied().unwrap_or("(not on the team)")
    }
}
