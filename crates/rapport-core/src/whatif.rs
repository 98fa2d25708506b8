//! What-if: what the account would look like if some people left, before it happens.
//!
//! The people and every line touching them are taken off a copy of the account, both versions
//! are analysed, and findings are compared by their stable keys. Several people are removed
//! together because losses add up: two of ours may each leave someone covered by the other, and
//! only both leaving strands them.

use crate::analysis::{Finding, analyse};
use crate::ids::{GoalId, InitiativeId, StakeholderId, TeamMemberId};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::people::Role;
use crate::plan::{Goal, GoalTarget, InitiativeStatus};
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{HashMap, HashSet};

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
    /// Findings there today that would still be there and read worse (as they would read
    /// after): more severe, or with less behind them ("best coverage: acquainted, held by Sam"
    /// becoming "held by Eve" or "nobody of ours"). Removing people only takes away, so a
    /// finding that reads differently afterwards has lost something.
    pub worsened: Vec<Finding>,
    /// Findings that would no longer apply.
    pub vanished: Vec<Finding>,
    /// Active stakeholders someone of ours knows today (aware or better) and nobody would after:
    /// the people who lose their only way in.
    pub coverage_lost: Vec<StakeholderId>,
    /// Active budget holders with a trusted (or better) relationship today and none after: the
    /// people who sign, left without anyone of ours they trust.
    pub orphaned_budget_holders: Vec<StakeholderId>,
    /// Open goals whose person (the stakeholder, or the one of ours a coverage goal names) leaves.
    pub goals_at_risk: Vec<GoalId>,
    /// Open initiatives whose owner leaves or that serve a goal at risk.
    pub initiatives_at_risk: Vec<InitiativeId>,
}

pub fn what_if(snapshot: &AccountSnapshot, removals: &[Removal], today: NaiveDate) -> WhatIf {
    let after = without(snapshot, removals);
    let before_findings = analyse(snapshot, today);
    let after_findings = analyse(&after, today);
    let before_by_key: HashMap<_, _> = before_findings
        .iter()
        .map(|f| (f.key.as_str(), f))
        .collect();
    let after_keys: HashSet<_> = after_findings.iter().map(|f| f.key.clone()).collect();

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

    let goals_at_risk: Vec<GoalId> = snapshot
        .goals
        .iter()
        .filter(|g| g.status.is_open() && goal_loses_its_person(g, removals))
        .map(|g| g.id.clone())
        .collect();
    let initiatives_at_risk = snapshot
        .initiatives
        .iter()
        .filter(|i| {
            matches!(
                i.status,
                InitiativeStatus::Planned | InitiativeStatus::InProgress
            )
        })
        .filter(|i| {
            let owner_leaves = i
                .owner
                .as_ref()
                .is_some_and(|o| removals.contains(&Removal::TeamMember(o.clone())));
            owner_leaves || i.goals.iter().any(|g| goals_at_risk.contains(g))
        })
        .map(|i| i.id.clone())
        .collect();

    let (mut appeared, mut worsened) = (Vec::new(), Vec::new());
    for f in after_findings {
        match before_by_key.get(f.key.as_str()) {
            None => appeared.push(f),
            // Severity orders High first: a smaller value is worse.
            Some(was) if f.severity < was.severity || f.explanation != was.explanation => {
                worsened.push(f)
            }
            Some(_) => {}
        }
    }
    WhatIf {
        appeared,
        worsened,
        vanished: before_findings
            .into_iter()
            .filter(|f| !after_keys.contains(&f.key))
            .collect(),
        coverage_lost,
        orphaned_budget_holders,
        goals_at_risk,
        initiatives_at_risk,
    }
}

fn goal_loses_its_person(goal: &Goal, removals: &[Removal]) -> bool {
    let stakeholder_leaves = goal
        .stakeholder
        .as_ref()
        .is_some_and(|s| removals.contains(&Removal::Stakeholder(s.clone())));
    let member_leaves = match &goal.target {
        GoalTarget::Coverage {
            team_member: Some(t),
            ..
        } => removals.contains(&Removal::TeamMember(t.clone())),
        _ => false,
    };
    stakeholder_leaves || member_leaves
}

/// A copy of the account without the people, their lines, and their place in logged
/// interactions. Goals naming a removed stakeholder are kept: they are the plan's, and analysis
/// ignores goals of people no longer on the map.
fn without(snapshot: &AccountSnapshot, removals: &[Removal]) -> AccountSnapshot {
    let mut after = snapshot.clone();
    for removal in removals {
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
            &[Removal::TeamMember("sam".into())],
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
            &[Removal::TeamMember("sam".into())],
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
            &[Removal::Stakeholder("raj".into())],
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
            &[Removal::Stakeholder("ghost".into())],
            day(2025, 6, 1),
        );
        assert_eq!(result, WhatIf::default());
    }

    #[test]
    fn two_leaving_together_strand_someone_neither_strands_alone() {
        // Lee is known to Sam and to Eve: either one leaving leaves the other.
        let snapshot = Build(account())
            .person("lee", "Lee Park", |s| {
                s.last_contact = Some(day(2025, 5, 1))
            })
            .covers("sam", "lee", Strength::Aware)
            .covers("eve", "lee", Strength::Aware)
            .done();
        let today = day(2025, 6, 1);
        let lee = StakeholderId::from("lee");
        for alone in ["sam", "eve"] {
            let one = what_if(&snapshot, &[Removal::TeamMember(alone.into())], today);
            assert!(
                !one.coverage_lost.contains(&lee),
                "{alone} alone strands Lee"
            );
        }
        let both = what_if(
            &snapshot,
            &[
                Removal::TeamMember("sam".into()),
                Removal::TeamMember("eve".into()),
            ],
            today,
        );
        assert_eq!(
            both.coverage_lost,
            vec![StakeholderId::from("kim"), lee, StakeholderId::from("raj")]
        );
        assert_eq!(
            both.orphaned_budget_holders,
            vec![StakeholderId::from("raj")]
        );
    }

    #[test]
    fn a_finding_that_loses_its_backing_is_worse_not_new() {
        // Raj holds budget and is known only as acquainted (Sam) and aware (Eve): the finding
        // is there today; with Sam gone it still is, now resting on Eve's awareness alone.
        let mut snapshot = account();
        snapshot.coverage[0].strength = Strength::Acquainted;
        snapshot.coverage[1].strength = Strength::Aware;
        let today = day(2025, 6, 1);
        let result = what_if(&snapshot, &[Removal::TeamMember("sam".into())], today);
        assert_eq!(
            kinds(&result.worsened),
            vec![(
                FindingKind::BudgetHolderUncovered,
                "budgetHolderUncovered:raj"
            )]
        );
        assert!(
            result.worsened[0].explanation.contains("Eve Stone"),
            "{}",
            result.worsened[0].explanation
        );
        assert!(
            !kinds(&result.appeared).contains(&(
                FindingKind::BudgetHolderUncovered,
                "budgetHolderUncovered:raj"
            )),
            "a finding already there is not new"
        );
    }

    #[test]
    fn goals_and_initiatives_of_people_who_leave_are_at_risk() {
        use crate::plan::{Goal, GoalStatus, Initiative};
        let goal = |id: &str, stakeholder: &str, member: Option<&str>, status| Goal {
            id: id.into(),
            stakeholder: Some(stakeholder.into()),
            title: id.into(),
            target: GoalTarget::Coverage {
                team_member: member.map(Into::into),
                from: Strength::Aware,
                to: Strength::Trusted,
            },
            status,
            ..Goal::default()
        };
        let initiative = |id: &str, owner: Option<&str>, goals: &[&str]| Initiative {
            id: id.into(),
            title: id.into(),
            owner: owner.map(Into::into),
            goals: goals.iter().map(|&g| g.into()).collect(),
            ..Initiative::default()
        };
        let snapshot = Build(account())
            .edit(|s| {
                s.goals = vec![
                    goal("kim-by-sam", "kim", Some("sam"), GoalStatus::Open),
                    goal("raj", "raj", None, GoalStatus::InProgress),
                    goal("kim-done", "kim", Some("sam"), GoalStatus::Achieved),
                    goal("kim-by-eve", "kim", Some("eve"), GoalStatus::Open),
                ];
                s.initiatives = vec![
                    initiative("owned-by-sam", Some("sam"), &[]),
                    initiative("for-kim", Some("eve"), &["kim-by-sam"]),
                    initiative("unrelated", Some("eve"), &["kim-by-eve"]),
                ];
            })
            .done();
        let result = what_if(
            &snapshot,
            &[
                Removal::TeamMember("sam".into()),
                Removal::Stakeholder("raj".into()),
            ],
            day(2025, 6, 1),
        );
        assert_eq!(
            result.goals_at_risk,
            vec![GoalId::from("kim-by-sam"), GoalId::from("raj")],
            "an achieved goal is not at risk; Eve's goal for Kim stays"
        );
        assert_eq!(
            result.initiatives_at_risk,
            vec![
                InitiativeId::from("owned-by-sam"),
                InitiativeId::from("for-kim")
            ]
        );
    }

    #[test]
    fn removal_serialises_with_a_kind_tag() {
        let json = serde_json::to_string(&Removal::TeamMember("sam".into())).expect("serialises");
        assert_eq!(json, r#"{"kind":"teamMember","id":"sam"}"#);
    }
}
