//! The lines of a map: reporting, coverage, influence and conflict.

use crate::ids::{LinkId, StakeholderId, TeamMemberId};
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// How well one of ours knows one of theirs, 0 (none) to 4 (advisor).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Strength {
    #[default]
    None,
    Aware,
    Acquainted,
    Trusted,
    Advisor,
}

labels!(Strength {
    None => "None",
    Aware => "Aware",
    Acquainted => "Acquainted",
    Trusted => "Trusted",
    Advisor => "Advisor",
});

impl Strength {
    pub fn level(self) -> u8 {
        self as u8
    }

    pub fn from_level(level: u8) -> Option<Self> {
        Self::ALL.get(usize::from(level)).copied()
    }

    /// The label inside a sentence ("only aware"), without allocating: finding texts are built
    /// by the thousand.
    pub fn word(self) -> &'static str {
        match self {
            Strength::None => "none",
            Strength::Aware => "aware",
            Strength::Acquainted => "acquainted",
            Strength::Trusted => "trusted",
            Strength::Advisor => "advisor",
        }
    }

    /// Trusted or better: the bar a budget holder's coverage should reach.
    pub fn is_strong(self) -> bool {
        self >= Strength::Trusted
    }
}

/// A stakeholder reports to another; a dotted line is an informal or matrix manager.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportsTo {
    pub id: LinkId,
    pub stakeholder: StakeholderId,
    pub manager: StakeholderId,
    pub dotted: bool,
}

/// One of ours covers one of theirs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub id: LinkId,
    pub team_member: TeamMemberId,
    pub stakeholder: StakeholderId,
    pub strength: Strength,
    pub desired: Strength,
    pub last_interaction: Option<NaiveDate>,
    /// Strengths and weaknesses of this relationship (Understand).
    pub notes: String,
}

/// Informal lines between the client's people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum RelationKind {
    /// `from` sways `to` (an arrow on the map).
    #[default]
    Influences,
    /// `from` and `to` work against each other (symmetric).
    ConflictsWith,
}

labels!(RelationKind {
    Influences => "Influences",
    ConflictsWith => "In conflict",
});

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Relation {
    pub id: LinkId,
    pub kind: RelationKind,
    pub from: StakeholderId,
    pub to: StakeholderId,
    pub note: String,
}
