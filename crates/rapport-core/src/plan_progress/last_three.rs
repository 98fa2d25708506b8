//! The last-three-interactions check of Analyse: are our latest contacts with the account
//! building value, or only putting out fires?

use super::count;
use crate::ids::InteractionId;
use crate::plan::{Interaction, InteractionKind};
use serde::{Deserialize, Serialize};
use specta::Type;

/// The verdict of the last-three-interactions check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum LastThreeVerdict {
    /// Nothing logged yet.
    NoneLogged,
    /// Every one built the relationship or added value.
    Healthy,
    /// Some value, some problems.
    Mixed,
    /// Most were firefighting, escalations or work the client does not value.
    Reactive,
}

/// Are our latest contacts with the account building value, or only putting out fires?
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LastThreeCheck {
    /// The latest (up to) three interactions, newest first.
    pub interactions: Vec<InteractionId>,
    /// Relationship building or value-add.
    pub valuable: u32,
    /// Firefighting, escalation or work the client does not value.
    pub reactive: u32,
    pub verdict: LastThreeVerdict,
    pub message: String,
}

impl InteractionKind {
    /// Relationship building and value-add grow the account; the rest only keeps it.
    pub fn adds_value(self) -> bool {
        matches!(
            self,
            InteractionKind::RelationshipBuilding | InteractionKind::ValueAdd
        )
    }
}

/// Looks at the three latest interactions (by date, then by when they were logged).
pub fn last_three_check(interactions: &[Interaction]) -> LastThreeCheck {
    let mut latest: Vec<&Interaction> = interactions.iter().collect();
    latest.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
    latest.truncate(3);
    let valuable = count(latest.iter().filter(|i| i.kind.adds_value()).count());
    let n = count(latest.len());
    let reactive = n - valuable;
    let which = if n == 1 {
        "The last interaction".to_owned()
    } else {
        format!("Of the last {n} interactions,")
    };
    let (verdict, message) = if n == 0 {
        (
            LastThreeVerdict::NoneLogged,
            "No interactions logged yet: log the last three contacts with the account.".to_owned(),
        )
    } else if reactive == 0 {
        (
            LastThreeVerdict::Healthy,
            if n == 1 {
                "The last interaction built the relationship or added value.".to_owned()
            } else {
                format!("All of the last {n} interactions built the relationship or added value.")
            },
        )
    } else if reactive * 2 > n {
        (
            LastThreeVerdict::Reactive,
            if n == 1 {
                "The last interaction was firefighting, an escalation or work the client does \
                 not value: plan a contact that adds value."
                    .to_owned()
            } else {
                format!(
                    "{which} {reactive} were firefighting, escalations or work the client does \
                     not value: plan a contact that adds value."
                )
            },
        )
    } else {
        (
            LastThreeVerdict::Mixed,
            format!("{which} {valuable} added value and {reactive} dealt with problems."),
        )
    };
    LastThreeCheck {
        interactions: latest.iter().map(|i| i.id.clone()).collect(),
        valuable,
        reactive,
        verdict,
        message,
    }
}
