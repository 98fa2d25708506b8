//! The power/interest grid (Mendelow): where each active stakeholder sits, and so how to manage
//! them.

use crate::ids::StakeholderId;
use crate::people::{Role, Stakeholder};
use crate::snapshot::AccountSnapshot;
use crate::vocabulary::labels;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Declared in the order a facilitator works through them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Quadrant {
    /// High power, high interest.
    ManageClosely,
    /// High power, low interest.
    KeepSatisfied,
    /// Low power, high interest.
    KeepInformed,
    /// Low power, low interest.
    Monitor,
}

labels!(Quadrant {
    ManageClosely => "Manage closely",
    KeepSatisfied => "Keep satisfied",
    KeepInformed => "Keep informed",
    Monitor => "Monitor",
});

impl Quadrant {
    /// What puts a person in the quadrant, shown under its name.
    pub fn hint(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "High power · engaged",
            Quadrant::KeepSatisfied => "High power · not engaged",
            Quadrant::KeepInformed => "Less power · engaged",
            Quadrant::Monitor => "Less power · not engaged",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GridPlacement {
    pub stakeholder: StakeholderId,
    pub quadrant: Quadrant,
    /// The stakeholder's influence, 1–5.
    pub power: u8,
    /// The attitude score, +2 (champion) to -2 (blocker), for placing the dot within the quadrant.
    pub support: i8,
}

/// Influence 4 or 5 is high power: those are the people who decide or can stop a decision.
pub const HIGH_POWER_FROM: u8 = 4;

/// Whether a stakeholder counts as highly interested (engaged) in what we do.
///
/// Rapport records no separate "interest" score, so the axis is derived. Someone with a clear
/// opinion of us, for or against (|attitude score| >= 1: champion, supporter, skeptic, blocker),
/// is paying attention; so is anyone who holds a budget or gatekeeper role, because the decision
/// lands on their desk whatever they feel. Only a neutral user, or a neutral person with no role,
/// is treated as low interest. A hostile person is therefore "interested" on purpose: Mendelow's
/// grid asks how much attention a person gives the matter, not whether they like us, and a
/// blocker with power must be managed closely.
pub fn is_engaged(s: &Stakeholder) -> bool {
    s.attitude.score().abs() >= 1 || s.has_role(Role::Budget) || s.has_role(Role::Gatekeeper)
}

/// Every active stakeholder's place on the grid, by quadrant then by name.
pub fn power_grid(snapshot: &AccountSnapshot) -> Vec<GridPlacement> {
    let mut placed: Vec<(&Stakeholder, GridPlacement)> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .map(|s| {
            let quadrant = match (s.influence >= HIGH_POWER_FROM, is_engaged(s)) {
                (true, true) => Quadrant::ManageClosely,
                (true, false) => Quadrant::KeepSatisfied,
                (false, true) => Quadrant::KeepInformed,
                (false, false) => Quadrant::Monitor,
            };
            let placement = GridPlacement {
                stakeholder: s.id.clone(),
                quadrant,
                power: s.influence,
                support: s.attitude.score(),
            };
            (s, placement)
        })
        .collect();
    placed.sort_by(|(sa, a), (sb, b)| {
        a.quadrant
            .cmp(&b.quadrant)
            .then_with(|| sa.name.cmp(&sb.name))
            .then_with(|| sa.id.cmp(&sb.id))
    });
    placed.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Build;
    use crate::people::{Attitude, StakeholderStatus};

    #[test]
    fn each_quadrant_follows_power_and_engagement() {
        let snapshot = Build::new()
            .person("blk", "Bo Blocker", |s| {
                s.influence = 5;
                s.attitude = Attitude::Blocker;
            })
            .person("cfo", "Cy Neutral Budget", |s| {
                s.influence = 4;
                s.roles = vec![Role::Budget];
            })
            .person("vp", "Di Neutral User", |s| {
                s.influence = 4;
                s.roles = vec![Role::User];
            })
            .person("fan", "Ed Fan", |s| {
                s.influence = 2;
                s.attitude = Attitude::Supporter;
            })
            .person("gk", "Fi Gatekeeper", |s| {
                s.influence = 3;
                s.roles = vec![Role::Gatekeeper];
            })
            .person("usr", "Gu User", |s| {
                s.influence = 1;
                s.roles = vec![Role::User];
            })
            .person("gone", "Ha Gone", |s| {
                s.influence = 5;
                s.status = StakeholderStatus::LeftCompany;
            })
            .done();
        let grid: Vec<(&str, Quadrant, u8, i8)> = power_grid(&snapshot)
            .iter()
            .map(|p| {
                let name = &snapshot.stakeholder(&p.stakeholder).expect("known").name;
                (name.as_str(), p.quadrant, p.power, p.support)
            })
            .collect();
        assert_eq!(
            grid,
            vec![
                ("Bo Blocker", Quadrant::ManageClosely, 5, -2),
                ("Cy Neutral Budget", Quadrant::ManageClosely, 4, 0),
                ("Di Neutral User", Quadrant::KeepSatisfied, 4, 0),
                ("Ed Fan", Quadrant::KeepInformed, 2, 1),
                ("Fi Gatekeeper", Quadrant::KeepInformed, 3, 0),
                ("Gu User", Quadrant::Monitor, 1, 0),
            ]
        );
    }
}
