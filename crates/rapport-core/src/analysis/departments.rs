//! Department rule: parts of the client where we know nobody.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, count, most_senior, stakeholder_person, who,
};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::plan::GoalTarget;
use std::collections::BTreeMap;

/// A named department with at least one active stakeholder, none of whom anybody of ours covers
/// at aware or better. The goal names the department's most senior person as the way in.
/// Departments are matched on their trimmed name; people without one are not a department.
pub(super) fn departments_uncovered(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    let mut departments: BTreeMap<&str, (Vec<usize>, bool)> = BTreeMap::new();
    for (i, s) in index.snapshot.stakeholders.iter().enumerate() {
        let name = s.department.trim();
        if !s.is_active() || name.is_empty() {
            continue;
        }
        let (members, covered) = departments.entry(name).or_default();
        members.push(i);
        *covered = *covered || index.covered_at(i, Strength::Aware);
    }
    for (department, (members, covered)) in departments {
        if covered {
            continue;
        }
        let Some(top) = most_senior(index, members.iter().copied()) else {
            continue;
        };
        let lead = index.stakeholder(top);
        let mut people: Vec<_> = members.iter().map(|&i| index.stakeholder(i)).collect();
        people.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
        let severity = Severity::Medium;
        out.push(Finding {
            key: FindingKind::DepartmentUncovered.key(&[department]),
            kind: FindingKind::DepartmentUncovered,
            severity,
            people: people.into_iter().map(stakeholder_person).collect(),
            title: text!("No relationship in ", department),
            explanation: text!(
                "Nobody of ours knows anyone in ",
                department,
                " (",
                count(members.len(), "person", "people"),
                "; the most senior is ",
                who(lead),
                ")."
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(lead.id.clone()),
                title: text!(
                    "Open a relationship in ",
                    department,
                    ", starting with ",
                    lead.name
                ),
                priority: severity.priority(),
                target: GoalTarget::Coverage {
                    team_member: None,
                    from: Strength::None,
                    to: Strength::Acquainted,
                },
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, tests::of_kind};
    use crate::fixture::Build;
    use crate::links::Strength;
    use crate::people::{StakeholderStatus, TeamRole};

    fn found(build: Build) -> Vec<Finding> {
        of_kind(build, FindingKind::DepartmentUncovered)
    }

    fn finance() -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.title = "CFO".into();
                s.department = "Finance".into();
                s.influence = 5;
            })
            .person("kim", "Kim Wu", |s| {
                s.department = " Finance ".into();
                s.influence = 2;
            })
            .person("lee", "Lee Park", |s| s.department = "IT".into())
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .covers("sam", "lee", Strength::Aware)
    }

    #[test]
    fn a_department_nobody_knows_is_found_with_its_most_senior_person() {
        let found = found(finance().covers("sam", "kim", Strength::None));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "departmentUncovered:Finance");
        assert_eq!(
            found[0].explanation,
            "Nobody of ours knows anyone in Finance (2 people; the most senior is Raj Patel (CFO))."
        );
        assert_eq!(
            found[0].suggested_goal.title,
            "Open a relationship in Finance, starting with Raj Patel"
        );
        assert_eq!(found[0].people.len(), 2);
    }

    #[test]
    fn one_covered_person_covers_the_department_and_departed_people_do_not_count() {
        assert!(found(finance().covers("sam", "kim", Strength::Aware)).is_empty());
        let gone = finance().edit(|a| {
            for s in &mut a.stakeholders[..2] {
                s.status = StakeholderStatus::LeftCompany;
            }
        });
        assert!(found(gone).is_empty());
    }
}
