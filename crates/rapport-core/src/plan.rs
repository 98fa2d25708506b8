//! What the six-step plan records beside the map: manual analysis notes, goals, initiatives,
//! interactions and reviews.

use crate::ids::{
    GoalId, InitiativeId, InteractionId, NoteId, ReviewId, StakeholderId, TeamMemberId,
};
use crate::links::Strength;
use crate::people::Attitude;
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A manual entry in Analyse, beside the findings the app derives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    #[default]
    Issue,
    Problem,
    Opportunity,
}

labels!(NoteKind {
    Issue => "Issue",
    Problem => "Problem",
    Opportunity => "Opportunity",
});

impl NoteKind {
    /// The label inside a sentence ("Add issue", "Write what the problem is.").
    pub fn word(self) -> &'static str {
        match self {
            NoteKind::Issue => "issue",
            NoteKind::Problem => "problem",
            NoteKind::Opportunity => "opportunity",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisNote {
    pub id: NoteId,
    pub kind: NoteKind,
    pub text: String,
    pub stakeholders: Vec<StakeholderId>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

labels!(Priority {
    High => "High",
    Medium => "Medium",
    Low => "Low",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum GoalStatus {
    #[default]
    Open,
    InProgress,
    Achieved,
    Dropped,
}

labels!(GoalStatus {
    Open => "Open",
    InProgress => "In progress",
    Achieved => "Achieved",
    Dropped => "Dropped",
});

impl GoalStatus {
    pub fn is_open(self) -> bool {
        matches!(self, GoalStatus::Open | GoalStatus::InProgress)
    }
}

/// What a goal wants to move, so progress can be measured against the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum GoalTarget {
    /// Move a stakeholder's attitude, e.g. neutral → supporter.
    Attitude { from: Attitude, to: Attitude },
    /// Raise one of ours' coverage of the stakeholder, e.g. acquainted → trusted.
    Coverage {
        team_member: Option<TeamMemberId>,
        from: Strength,
        to: Strength,
    },
    /// Anything else, in words.
    Free { text: String },
}

/// A goal stored before its target existed reads as a free target with no text.
impl Default for GoalTarget {
    fn default() -> Self {
        GoalTarget::Free {
            text: String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: GoalId,
    /// `None` for a goal about the account as a whole.
    pub stakeholder: Option<StakeholderId>,
    pub title: String,
    pub priority: Priority,
    pub target: GoalTarget,
    pub created_on: NaiveDate,
    pub due: Option<NaiveDate>,
    pub status: GoalStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum InitiativeStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Cancelled,
}

labels!(InitiativeStatus {
    Planned => "Planned",
    InProgress => "In progress",
    Done => "Done",
    Cancelled => "Cancelled",
});

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Initiative {
    pub id: InitiativeId,
    pub title: String,
    pub goals: Vec<GoalId>,
    pub owner: Option<TeamMemberId>,
    pub due: Option<NaiveDate>,
    pub status: InitiativeStatus,
    pub notes: String,
}

impl Initiative {
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        matches!(
            self.status,
            InitiativeStatus::Planned | InitiativeStatus::InProgress
        ) && self.due.is_some_and(|due| due < today)
    }
}

/// The kinds of the interaction log.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum InteractionKind {
    #[default]
    RelationshipBuilding,
    /// Value-add / share of wallet.
    ValueAdd,
    Firefighting,
    Escalation,
    /// Work the client does not value.
    UnvaluedWork,
}

labels!(InteractionKind {
    RelationshipBuilding => "Relationship building",
    ValueAdd => "Value-add / share of wallet",
    Firefighting => "Firefighting",
    Escalation => "Escalation",
    UnvaluedWork => "Work the client does not value",
});

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Interaction {
    pub id: InteractionId,
    pub date: NaiveDate,
    pub kind: InteractionKind,
    pub stakeholders: Vec<StakeholderId>,
    pub team_members: Vec<TeamMemberId>,
    pub note: String,
}

/// A dated review; `snapshot` is the account as it stood, for diffing against the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: ReviewId,
    pub title: String,
    pub date: NaiveDate,
    pub attendees: String,
    pub notes: String,
}

/// A recorded review with the account as it stood that day (frozen when it was recorded), so
/// consecutive reviews can be diffed and the plan can print what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StoredReview {
    pub review: Review,
    pub snapshot: crate::snapshot::AccountSnapshot,
}

impl StoredReview {
    /// What changed from `earlier` to this review.
    pub fn diff_since(&self, earlier: &StoredReview) -> crate::diff::ReviewDiff {
        crate::diff::diff_snapshots(&earlier.snapshot, &self.snapshot)
    }
}

/// Reviews are due at least quarterly: the next one falls 90 days after the last (or after the
/// account was created, when there has been none).
pub const REVIEW_INTERVAL_DAYS: u64 = 90;

pub fn next_review_due(last_review: Option<NaiveDate>, account_created: NaiveDate) -> NaiveDate {
    let from = last_review.unwrap_or(account_created);
    from.checked_add_days(chrono::Days::new(REVIEW_INTERVAL_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn next_review_is_ninety_days_after_the_last_or_after_creation() {
        assert_eq!(
            next_review_due(Some(date(2026, 1, 1)), date(2025, 1, 1)),
            date(2026, 4, 1)
        );
        assert_eq!(next_review_due(None, date(2026, 10, 1)), date(2026, 12, 30));
    }

    #[test]
    fn only_open_initiatives_past_due_are_overdue() {
        let mut i = Initiative {
            id: InitiativeId::from("i"),
            title: "Lunch".into(),
            goals: vec![],
            owner: None,
            due: Some(date(2026, 5, 1)),
            status: InitiativeStatus::Planned,
            notes: String::new(),
        };
        assert!(i.is_overdue(date(2026, 5, 2)));
        assert!(!i.is_overdue(date(2026, 5, 1)));
        i.status = InitiativeStatus::Done;
        assert!(!i.is_overdue(date(2026, 6, 1)));
    }
}
