//! What Analyse tells the facilitator: a finding, how serious it is, who it concerns and the goal
//! it suggests.

use crate::ids::{GoalId, PersonId, StakeholderId};
use crate::plan::{Goal, GoalStatus, GoalTarget, Priority};
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Declared most serious first, so sorting by severity puts the urgent findings on top.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    High,
    Medium,
    Low,
}

labels!(Severity {
    High => "High",
    Medium => "Medium",
    Low => "Low",
});

impl Severity {
    /// The goal priority that matches a finding of this severity.
    pub fn priority(self) -> Priority {
        match self {
            Severity::High => Priority::High,
            Severity::Medium => Priority::Medium,
            Severity::Low => Priority::Low,
        }
    }
}

/// The rules of Analyse. The serialised names are stable: they start every finding's key and
/// the UI branches on them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum FindingKind {
    BudgetHolderUncovered,
    SingleThreadedStakeholder,
    SingleThreadedAccount,
    HostileInfluencer,
    ChampionUnderCovered,
    StaleContact,
    CoverageBelowDesired,
    NoExecutiveSponsor,
    DepartmentUncovered,
    DepartedStillMapped,
    /// An open whitespace cell whose budget holder we know no better than "acquainted".
    WeaklyCoveredOpportunity,
}

impl FindingKind {
    pub const ALL: [FindingKind; 11] = [
        FindingKind::BudgetHolderUncovered,
        FindingKind::SingleThreadedStakeholder,
        FindingKind::SingleThreadedAccount,
        FindingKind::HostileInfluencer,
        FindingKind::ChampionUnderCovered,
        FindingKind::StaleContact,
        FindingKind::CoverageBelowDesired,
        FindingKind::NoExecutiveSponsor,
        FindingKind::DepartmentUncovered,
        FindingKind::DepartedStillMapped,
        FindingKind::WeaklyCoveredOpportunity,
    ];

    /// The serialised name, which begins the finding's key.
    pub fn key_prefix(self) -> &'static str {
        match self {
            FindingKind::BudgetHolderUncovered => "budgetHolderUncovered",
            FindingKind::SingleThreadedStakeholder => "singleThreadedStakeholder",
            FindingKind::SingleThreadedAccount => "singleThreadedAccount",
            FindingKind::HostileInfluencer => "hostileInfluencer",
            FindingKind::ChampionUnderCovered => "championUnderCovered",
            FindingKind::StaleContact => "staleContact",
            FindingKind::CoverageBelowDesired => "coverageBelowDesired",
            FindingKind::NoExecutiveSponsor => "noExecutiveSponsor",
            FindingKind::DepartmentUncovered => "departmentUncovered",
            FindingKind::DepartedStillMapped => "departedStillMapped",
            FindingKind::WeaklyCoveredOpportunity => "weaklyCoveredOpportunity",
        }
    }

    /// A stable key: the kind and what the finding is about, joined by colons, e.g.
    /// `budgetHolderUncovered:<stakeholder id>`. The same situation gives the same key from one
    /// run to the next, which is how what-if and reviews tell new findings from old ones.
    pub fn key(self, subject: &[&str]) -> String {
        let prefix = self.key_prefix();
        let len = prefix.len() + subject.iter().map(|s| s.len() + 1).sum::<usize>();
        let mut key = String::with_capacity(len);
        key.push_str(prefix);
        for part in subject {
            key.push(':');
            key.push_str(part);
        }
        key
    }
}

/// The goal a finding proposes; the facilitator can accept it into Determine as it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct SuggestedGoal {
    pub stakeholder: Option<StakeholderId>,
    pub title: String,
    pub priority: Priority,
    pub target: GoalTarget,
}

impl SuggestedGoal {
    /// The goal as the facilitator accepts it: open, created today, no due date yet.
    pub fn into_goal(self, id: GoalId, created_on: NaiveDate) -> Goal {
        Goal {
            id,
            stakeholder: self.stakeholder,
            title: self.title,
            priority: self.priority,
            target: self.target,
            created_on,
            due: None,
            status: GoalStatus::Open,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable across runs; see [`FindingKind::key`].
    pub key: String,
    pub kind: FindingKind,
    pub severity: Severity,
    /// The people concerned: the stakeholder(s) first, then our team members.
    pub people: Vec<PersonId>,
    pub title: String,
    pub explanation: String,
    pub suggested_goal: SuggestedGoal,
}
