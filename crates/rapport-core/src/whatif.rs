//! What-if: what the account would look like if one person left, before it happens.
//!
//! The person and every line touching them are taken off a copy of the account, both versions are
//! analysed, and findings are compared by their stable keys.

use crate::analysis::{Finding, analyse};
use crate::ids::{StakeholderId, TeamMemberId};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::people::Role;
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(tag = "kind", content = "id", rename_all = "camelCase")]
pub enum Removal {
    TeamMember(TeamMemberId),
    Stakeholder(StakeholderId),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WhatIf {
    /// Findings that the removal would cause, in analysis order.
    pub appeared: Vec<Finding>,
    /// Findings that would no longer apply.
    pub vanished: Vec<Finding>,
    /// Active stakeholders someone of ours knows today (aware or better) and nobody would after.
    pub coverage_lost: Vec<StakeholderId>,
    /// Active budget holders with a trusted (or better) relationship today and none after: the
    /// people who sign, left without anyone of ours they trust.
    pub orphaned_budget_holders: Vec<StakeholderId>,
}

pub fn what_if(snapshot: &AccountSnapshot, removal: &Removal, today: NaiveDate) -> WhatIf {
    let after = without(snapshot, removal);
    let before_findings = analyse(snapshot, today);
    let after_findings = analyse(&after, today);
    let keys = |f: &[Finding]| f.iter().map(|f| f.key.clone()).collect::<HashSet<_>>();
    let (before_keys, after_keys) = (keys(&before_findings), keys(&after_findings));

    let (was, is) = (AccountIndex::new(snapshot), AccountIndex::new(&after));
    let mut coverage_lost = Vec::new();
    let mut orphaned_budget_holders = Vec::new();
    for (i, s) in after.stakeholders.iter().enumerate() {
        let Some(before_i) = was.stakeholder_index(&s.id) else {
            continue;
        };
        if !s.is_active() {
            continue;
        }
        if was.covered_at(before_i, Strength::Aware) && !is.covered_at(i, Strength::Aware) {
            coverage_lost.push(s.id.clone());
        }
        if s.has_role(Role::Budget)
            && was.covered_at(before_i, Strength::Trusted)
            && !is.covered_at(i, Strength::Trusted)
        {
            orphaned_budget_holders.push(s.id.clone());
        }
    }
    coverage_lost.sort();
    orphaned_budget_holders.sort();

    WhatIf {
        appeared: after_findings
            .into_iter()
            .filter(|f| !before_keys.contains(&f.key))
            .collect(),
        vanished: before_findings
            .into_iter()
            .filter(|f| !after_keys.contains(&f.key))
            .collect(),
        coverage_lost,
        orphaned_budget_holders,
    }
}

/// A copy of the account without the person, their lines, and their place in logged
/// interactions. Goals naming a removed stakeholder are kept: they are the plan's, and analysis
/// ignores goals of people no longer on the map.
fn without(snapshot: &AccountSnapshot, removal: &Removal) -> AccountSnapshot {
    let mut after = snapshot.clone();
    match removal {
        Removal::TeamMember(id) => {
            after.team.retain(|t| &t.id != id);
            after.coverage.retain(|c| &c.team_member != id);
            for i in &mut after.interactions {
                i.team_members.retain(|t| t != id);
            }
        }
        Removal::Stakeholder(id) => {
            after.stakeholders.retain(|s| &s.id != id);
            after
                .reports_to
                .retain(|r| &r.stakeholder != id && &r.manager != id);
            after.coverage.retain(|c| &c.stakeholder != id);
            after.relations.retain(|r| &r.from != id && &r.to != id);
            for i in &mut after.interactions {
                i.stakeholders.retain(|s| s != id);
            }
        }
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::FindingKind;
    use crate::fixture::{Build, day};
    use crate::people::TeamRole;

    fn account() -> AccountSnapshot {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.roles = vec![Role::Budget];
                s.influence = 5;
                s.last_contact = Some(day(2025, 5, 1));
            })
            .person("kim", "Kim Wu", |s| {
                s.influence = 2;
                s.last_contact = Some(day(2025, 5, 1));
            })
            .reports("kim", "raj")
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
            .covers("sam", "raj", Strength::Trusted)
            .covers("eve", "raj", Strength::Trusted)
            .covers("sam", "kim", Strength::Aware)
            .done()
    }

    fn kinds(findings: &[Finding]) -> Vec<(FindingKind, &str)> {
        findings.iter().map(|f| (f.kind, f.key.as_str())).collect()
    }

    #[test]
    fn losing_the_account_manager_orphans_people() {
        let result = what_if(
            &account(),
            &Removal::TeamMember("sam".into()),
            day(2025, 6, 1),
        );
        assert_eq!(result.coverage_lost, vec![StakeholderId::from("kim")]);
        assert!(
            result.orphaned_budget_holders.is_empty(),
            "Eve still trusted by Raj"
        );
        assert_eq!(
            kinds(&result.appeared),
            vec![(
                FindingKind::SingleThreadedStakeholder,
                "singleThreadedStakeholder:raj"
            )]
        );
        assert!(result.vanished.is_empty());
    }

    #[test]
    fn losing_both_trusted_relationships_orphans_the_budget_holder() {
        let mut snapshot = account();
        snapshot.coverage.remove(1);
        let result = what_if(
            &snapshot,
            &Removal::TeamMember("sam".into()),
            day(2025, 6, 1),
        );
        assert_eq!(
            result.orphaned_budget_holders,
            vec![StakeholderId::from("raj")]
        );
        assert_eq!(
            result.coverage_lost,
            vec![StakeholderId::from("kim"), StakeholderId::from("raj")]
        );
        assert_eq!(
            kinds(&result.appeared),
            vec![(
                FindingKind::BudgetHolderUncovered,
                "budgetHolderUncovered:raj"
            )]
        );
        // Raj was single-threaded through Sam; with no one left that finding goes.
        assert_eq!(
            kinds(&result.vanished),
            vec![(
                FindingKind::SingleThreadedStakeholder,
                "singleThreadedStakeholder:raj"
            )]
        );
    }

    #[test]
    fn removing_a_stakeholder_takes_their_findings_away() {
        let mut snapshot = account();
        snapshot.stakeholders[0].attitude = crate::people::Attitude::Blocker;
        let result = what_if(
            &snapshot,
            &Removal::Stakeholder("raj".into()),
            day(2025, 6, 1),
        );
        assert_eq!(
            kinds(&result.vanished),
            vec![(FindingKind::HostileInfluencer, "hostileInfluencer:raj")]
        );
        assert!(result.coverage_lost.is_empty());
    }

    #[test]
    fn removing_nobody_changes_nothing() {
        let result = what_if(
            &account(),
            &Removal::Stakeholder("ghost".into()),
            day(2025, 6, 1),
        );
        assert_eq!(result, WhatIf::default());
    }

    #[test]
    fn removal_serialises_with_a_kind_tag() {
        let json = serde_json::to_string(&Removal::TeamMember("sam".into())).expect("serialises");
        assert_eq!(json, r#"{"kind":"teamMember","id":"sam"}"#);
    }
}
