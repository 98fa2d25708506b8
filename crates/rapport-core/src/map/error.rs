//! Why an edit of the map was refused, in words a facilitator understands.
//!
//! The variants carry people's names as well as their ids: the message is shown as-is in the UI
//! and the CLI, and the ids let the UI highlight the cards concerned.

use crate::ids::{PersonId, StakeholderId, TeamMemberId};
use crate::vocabulary::labels;
use serde::{Deserialize, Serialize};
use specta::Type;
use thiserror::Error;

/// The kinds of map line, as named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum LineKind {
    ReportsTo,
    Covers,
    Influences,
    ConflictsWith,
}

labels!(LineKind {
    ReportsTo => "Reports to",
    Covers => "Covers",
    Influences => "Influences",
    ConflictsWith => "In conflict",
});

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum MapError {
    #[error("This person is not on the account's map (they may have been removed)")]
    UnknownPerson { person: PersonId },

    #[error("{name} is already on the map")]
    DuplicatePerson { person: PersonId, name: String },

    #[error("{name} cannot be linked to themselves")]
    SelfLink { person: PersonId, name: String },

    /// A covers line must start at one of our team members.
    #[error("{name} is a client stakeholder; only our team members cover stakeholders")]
    NotOnOurTeam { person: StakeholderId, name: String },

    /// Reports-to, influence and conflict lines join client stakeholders, and a covers line ends
    /// at one.
    #[error("{}", not_a_stakeholder_message(.name, .line))]
    NotAStakeholder {
        person: TeamMemberId,
        name: String,
        line: LineKind,
    },

    #[error("{}", duplicate_message(.from_name, .to_name, .line))]
    DuplicateLine {
        from: PersonId,
        from_name: String,
        to: PersonId,
        to_name: String,
        line: LineKind,
    },

    /// `manager` is the solid manager the stakeholder already has.
    #[error(
        "{stakeholder_name} already reports to {manager_name}; a person has one solid manager \
         — make this a dotted line instead"
    )]
    SecondSolidManager {
        stakeholder: StakeholderId,
        stakeholder_name: String,
        manager: StakeholderId,
        manager_name: String,
    },

    #[error(
        "{stakeholder_name} cannot report to {manager_name}: {manager_name} already reports \
         (directly or indirectly) to {stakeholder_name}"
    )]
    ReportsToCycle {
        stakeholder: StakeholderId,
        stakeholder_name: String,
        manager: StakeholderId,
        manager_name: String,
    },
}

fn not_a_stakeholder_message(name: &str, line: &LineKind) -> String {
    match line {
        LineKind::Covers => {
            format!(
                "{name} is one of our team; our people cover client stakeholders, not each other"
            )
        }
        LineKind::ReportsTo => format!(
            "{name} is one of our team; only client stakeholders report to each other on the map"
        ),
        LineKind::Influences | LineKind::ConflictsWith => format!(
            "{name} is one of our team; influence and conflict lines join client stakeholders"
        ),
    }
}

fn duplicate_message(from: &str, to: &str, line: &LineKind) -> String {
    match line {
        LineKind::ReportsTo => format!(
            "{from} already reports to {to}; change that line (solid or dotted) instead of adding \
             another"
        ),
        LineKind::Covers => {
            format!("{from} already covers {to}; change the strength of that line instead")
        }
        LineKind::Influences => format!("{from} is already shown influencing {to}"),
        LineKind::ConflictsWith => format!("{from} and {to} are already shown in conflict"),
    }
}
