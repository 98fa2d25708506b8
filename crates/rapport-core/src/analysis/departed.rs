//! Departure rule: people who have left the company but still carry part of the plan.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, count, member_person, stakeholder_person,
};
use crate::index::AccountIndex;
use crate::people::Role;
use crate::plan::GoalTarget;

/// A stakeholder marked as left who still holds a budget role, is still covered by one of ours,
/// or still has open goals: the plan is pointing at someone who can no longer buy or help.
pub(super) fn departed_still_mapped(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    let snapshot = index.snapshot;
    let mut open_goals = vec![0usize; snapshot.stakeholders.len()];
    for goal in &snapshot.goals {
        if let Some(i) = goal
            .stakeholder
            .as_ref()
            .and_then(|id| index.stakeholder_index(id))
            && goal.status.is_open()
        {
            open_goals[i] += 1;
        }
    }
    for (i, s) in snapshot.stakeholders.iter().enumerate() {
        if s.is_active() {
            continue;
        }
        let mut coverers: Vec<_> = index
            .coverage_of(i)
            .map(|(_, t)| index.team_member(t))
            .collect();
        coverers.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        coverers.dedup_by(|a, b| a.id == b.id);
        let mut still = Vec::new();
        if s.has_role(Role::Budget) {
            still.push("mapped as a budget holder".to_owned());
        }
        if !coverers.is_empty() {
            still.push(text!(
                "covered by ",
                count(coverers.len(), "of ours", "of ours")
            ));
        }
        if open_goals[i] > 0 {
            still.push(text!(
                "named in ",
                count(open_goals[i], "open goal", "open goals")
            ));
        }
        if still.is_empty() {
            continue;
        }
        let severity = Severity::Medium;
        let mut people = vec![stakeholder_person(s)];
        people.extend(coverers.iter().map(|t| member_person(t)));
        out.push(Finding {
            key: FindingKind::DepartedStillMapped.key(&[s.id.as_str()]),
            kind: FindingKind::DepartedStillMapped,
            severity,
            people,
            title: text!(s.name, " has left but is still on the plan"),
            explanation: text!(
                s.name,
                " has left the company but is still ",
                join_and(&still),
                "."
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!("Find ", s.name, "'s successor and move the plan to them"),
                priority: severity.priority(),
                target: GoalTarget::Free {
                    text: text!(
                        "Budget role, relationships and open goals moved from ",
                        s.name,
                        " to a successor"
                    ),
                },
            },
        });
    }
}

/// "a", "a and b", "a, b and c".
fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => text!(init.join(", "), " and ", last),
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, tests::of_kind};
    use crate::fixture::{Build, day};
    use crate::ids::GoalId;
    use crate::links::Strength;
    use crate::people::{Role, StakeholderStatus, TeamRole};
    use crate::plan::{Goal, GoalStatus, GoalTarget, Priority};

    fn found(build: Build) -> Vec<Finding> {
        of_kind(build, FindingKind::DepartedStillMapped)
    }

    fn goal(status: GoalStatus) -> Goal {
        Goal {
            id: GoalId::from("g1"),
            stakeholder: Some("raj".into()),
            title: "Win Raj over".into(),
            priority: Priority::High,
            target: GoalTarget::Free {
                text: String::new(),
            },
            created_on: day(2025, 1, 1),
            due: None,
            status,
        }
    }

    fn departed(roles: Vec<Role>) -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.status = StakeholderStatus::LeftCompany;
                s.roles = roles;
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("eve", "Eve Stone", TeamRole::Specialist)
    }

    #[test]
    fn everything_still_pointing_at_a_departed_person_is_listed() {
        let build = departed(vec![Role::Budget])
            .covers("sam", "raj", Strength::Trusted)
            .covers("eve", "raj", Strength::Aware)
            .edit(|a| a.goals.push(goal(GoalStatus::InProgress)));
        let found = found(build);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].explanation,
            "Raj Patel has left the company but is still mapped as a budget holder, covered by 2 \
             of ours and named in 1 open goal."
        );
        assert_eq!(found[0].people.len(), 3);
    }

    #[test]
    fn a_departed_person_with_nothing_left_or_only_closed_goals_is_fine() {
        assert!(found(departed(vec![Role::User])).is_empty());
        let closed = departed(vec![]).edit(|a| a.goals.push(goal(GoalStatus::Achieved)));
        assert!(found(closed).is_empty());
    }

    #[test]
    fn an_active_budget_holder_is_not_departed() {
        let active = departed(vec![Role::Budget])
            .edit(|a| a.stakeholders[0].status = StakeholderStatus::Active);
        assert!(found(active).is_empty());
    }
}
