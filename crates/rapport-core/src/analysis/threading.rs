//! Threading rules: a person we reach through one relationship only, and an account whose strong
//! relationships mostly hang on one of ours.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, count, member_person, stakeholder_person, who,
};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::people::Role;
use crate::plan::GoalTarget;

/// An influential (3+) or budget-holding active stakeholder known by exactly one of ours (at
/// aware or better): if that person leaves or the relationship sours, we lose our way in.
/// Nobody at all is a different problem, left to the coverage and department rules.
pub(super) fn single_threaded_stakeholders(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    for (i, s) in index.snapshot.stakeholders.iter().enumerate() {
        if !s.is_active() || !(s.influence >= 3 || s.has_role(Role::Budget)) {
            continue;
        }
        let mut members: Vec<usize> = index
            .coverage_of(i)
            .filter(|(c, _)| c.strength >= Strength::Aware)
            .map(|(_, t)| t)
            .collect();
        members.sort_unstable();
        members.dedup();
        let [only] = members[..] else {
            continue;
        };
        let member = index.team_member(only);
        let severity = Severity::Medium;
        out.push(Finding {
            key: FindingKind::SingleThreadedStakeholder.key(&[s.id.as_str()]),
            kind: FindingKind::SingleThreadedStakeholder,
            severity,
            people: vec![stakeholder_person(s), member_person(member)],
            title: text!("Only one way in to ", s.name),
            explanation: text!(
                "Only ",
                member.name,
                " of ours knows ",
                who(s),
                ". If ",
                member.name,
                " moves on or the relationship sours, we lose our way in."
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!("Give ", s.name, " a second relationship on our side"),
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

/// One of ours holds more than half of the account's strong (trusted or better) relationships
/// with active stakeholders, and there are at least two of them: a single resignation would
/// take most of the account's trust with it.
pub(super) fn single_threaded_account(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    let mut held = vec![0usize; index.snapshot.team.len()];
    let mut total = 0;
    for (c, i, t) in index.coverage_lines() {
        if c.strength.is_strong() && index.stakeholder(i).is_active() {
            held[t] += 1;
            total += 1;
        }
    }
    if total < 2 {
        return;
    }
    let Some((t, &most)) = held.iter().enumerate().max_by_key(|&(_, n)| *n) else {
        return;
    };
    if most * 2 <= total {
        return;
    }
    let member = index.team_member(t);
    let severity = Severity::High;
    out.push(Finding {
        key: FindingKind::SingleThreadedAccount.key(&[member.id.as_str()]),
        kind: FindingKind::SingleThreadedAccount,
        severity,
        people: vec![member_person(member)],
        title: text!("The account hangs on ", member.name),
        explanation: text!(
            member.name,
            " holds ",
            most,
            " of the account's ",
            count(total, "trusted relationship", "trusted relationships"),
            ". If ",
            member.name,
            " leaves or moves on, most of the trust we have built at ",
            index.snapshot.account.name,
            " goes too."
        ),
        suggested_goal: SuggestedGoal {
            stakeholder: None,
            title: text!("Build trusted relationships beyond ", member.name),
            priority: severity.priority(),
            target: GoalTarget::Free {
                text: "No one of ours holds more than half of the account's trusted relationships"
                    .to_owned(),
            },
        },
    });
}

#[cfg(test)]
mod tests {
    use crate::analysis::{FindingKind, tests::of_kind};
    use crate::fixture::Build;
    use crate::links::Strength;
    use crate::people::{Role, TeamRole};

    fn team() -> Build {
        Build::new()
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
    }

    #[test]
    fn influential_person_known_by_one_of_ours_is_single_threaded() {
        let build = team()
            .person("raj", "Raj Patel", |s| s.influence = 4)
            .covers("sam", "raj", Strength::Trusted)
            .covers("eve", "raj", Strength::None);
        let found = of_kind(build, FindingKind::SingleThreadedStakeholder);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "singleThreadedStakeholder:raj");
        assert_eq!(
            found[0].explanation,
            "Only Sam Lee of ours knows Raj Patel. If Sam Lee moves on or the relationship sours, \
             we lose our way in."
        );
    }

    #[test]
    fn two_relationships_low_influence_or_none_at_all_are_not_single_threaded() {
        let two = team()
            .person("raj", "Raj Patel", |s| s.influence = 4)
            .covers("sam", "raj", Strength::Aware)
            .covers("eve", "raj", Strength::Aware);
        assert!(of_kind(two, FindingKind::SingleThreadedStakeholder).is_empty());
        let minor = team().person("kim", "Kim Wu", |s| s.influence = 2).covers(
            "sam",
            "kim",
            Strength::Aware,
        );
        assert!(of_kind(minor, FindingKind::SingleThreadedStakeholder).is_empty());
        let nobody = team().person("raj", "Raj Patel", |s| s.influence = 5);
        assert!(of_kind(nobody, FindingKind::SingleThreadedStakeholder).is_empty());
    }

    #[test]
    fn low_influence_budget_holder_counts() {
        let build = team()
            .person("kim", "Kim Wu", |s| {
                s.influence = 1;
                s.roles = vec![Role::Budget];
            })
            .covers("eve", "kim", Strength::Acquainted);
        assert_eq!(
            of_kind(build, FindingKind::SingleThreadedStakeholder).len(),
            1
        );
    }

    fn three_people() -> Build {
        team()
            .person("a", "Ana Ruiz", |_| {})
            .person("b", "Ben Cho", |_| {})
            .person("c", "Cy Dunn", |_| {})
    }

    #[test]
    fn one_of_ours_holding_most_strong_relationships_is_found() {
        let build = three_people()
            .covers("sam", "a", Strength::Trusted)
            .covers("sam", "b", Strength::Advisor)
            .covers("eve", "c", Strength::Trusted)
            .covers("eve", "a", Strength::Acquainted);
        let found = of_kind(build, FindingKind::SingleThreadedAccount);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "singleThreadedAccount:sam");
        assert_eq!(
            found[0].explanation,
            "Sam Lee holds 2 of the account's 3 trusted relationships. If Sam Lee leaves or moves \
             on, most of the trust we have built at Acme goes too."
        );
    }

    #[test]
    fn an_even_split_or_a_single_strong_relationship_is_fine() {
        let even = three_people().covers("sam", "a", Strength::Trusted).covers(
            "eve",
            "b",
            Strength::Trusted,
        );
        assert!(of_kind(even, FindingKind::SingleThreadedAccount).is_empty());
        let single = three_people().covers("sam", "a", Strength::Trusted);
        assert!(of_kind(single, FindingKind::SingleThreadedAccount).is_empty());
    }
}
