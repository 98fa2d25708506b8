//! Everything about one account in one value: what the store loads, what analysis reads, what a
//! review freezes and what the report prints.

use crate::account::{Account, NpsScore};
use crate::links::{Coverage, Relation, ReportsTo};
use crate::people::{Stakeholder, TeamMember};
use crate::personal::{PersonalDate, ThankYou};
use crate::plan::{AnalysisNote, Goal, Initiative, Interaction};
use crate::whitespace::{Need, Offering, WhitespaceCell};
use serde::{Deserialize, Serialize};
use specta::Type;

// `Default` on every type a review freezes gives the blank values a field added later reads as in
// reviews stored before it existed (the store's `frozen` module).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountSnapshot {
    pub account: Account,
    /// The account's dated recommendation scores, oldest first. Absent from reviews and
    /// documents written before it existed, which read as no history.
    #[serde(default)]
    pub nps_history: Vec<NpsScore>,
    pub stakeholders: Vec<Stakeholder>,
    /// Our people on this account's map.
    pub team: Vec<TeamMember>,
    pub reports_to: Vec<ReportsTo>,
    pub coverage: Vec<Coverage>,
    pub relations: Vec<Relation>,
    pub goals: Vec<Goal>,
    pub initiatives: Vec<Initiative>,
    pub interactions: Vec<Interaction>,
    pub notes: Vec<AnalysisNote>,
    pub offerings: Vec<Offering>,
    pub needs: Vec<Need>,
    pub whitespace: Vec<WhitespaceCell>,
    /// Dates that matter to the account's people besides their birthdays. Absent from reviews
    /// and documents written before they existed, which read as none.
    #[serde(default)]
    pub personal_dates: Vec<PersonalDate>,
    /// Thank-yous owed to the account's people.
    #[serde(default)]
    pub thank_yous: Vec<ThankYou>,
}

impl AccountSnapshot {
    /// An account with nobody on its map and nothing planned yet.
    pub fn empty(account: Account) -> Self {
        Self {
            account,
            nps_history: Vec::new(),
            stakeholders: Vec::new(),
            team: Vec::new(),
            reports_to: Vec::new(),
            coverage: Vec::new(),
            relations: Vec::new(),
            goals: Vec::new(),
            initiatives: Vec::new(),
            interactions: Vec::new(),
            notes: Vec::new(),
            offerings: Vec::new(),
            needs: Vec::new(),
            whitespace: Vec::new(),
            personal_dates: Vec::new(),
            thank_yous: Vec::new(),
        }
    }

    pub fn stakeholder(&self, id: &crate::ids::StakeholderId) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| &s.id == id)
    }

    pub fn team_member(&self, id: &crate::ids::TeamMemberId) -> Option<&TeamMember> {
        self.team.iter().find(|t| &t.id == id)
    }
}
