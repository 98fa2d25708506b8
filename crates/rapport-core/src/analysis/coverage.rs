//! Coverage rules: budget holders and champions we do not know well enough, and relationships
//! that are below what the plan wants.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, member_person, stakeholder_person, who,
};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::people::{Attitude, Role, Stakeholder, TeamMember};
use crate::plan::GoalTarget;

/// The texts of one "reach trusted" finding.
struct ReachTrustedWords {
    title: String,
    explanation: String,
    goal_title: String,
}

/// The finding both the budget-holder and the champion rules give: every active stakeholder
/// `picked` selects whose best relationship with us is below trusted gets a finding of `kind`
/// whose goal is to reach trusted, held by the team member who holds the best relationship now.
/// `words` writes the texts from the person and, when someone of ours knows them at all, the
/// best strength and who holds it.
fn reach_trusted(
    index: &AccountIndex<'_>,
    out: &mut Vec<Finding>,
    kind: FindingKind,
    severity: Severity,
    picked: impl Fn(&Stakeholder) -> bool,
    words: impl Fn(&Stakeholder, Option<(Strength, &TeamMember)>) -> ReachTrustedWords,
) {
    let below_trusted = index
        .snapshot
        .stakeholders
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_active() && picked(s))
        .map(|(i, s)| (s, index.best_coverage(i)))
        .filter(|(_, best)| !best.is_some_and(|(strength, _)| strength.is_strong()));
    for (s, best) in below_trusted {
        let mut people = vec![stakeholder_person(s)];
        let known = match best {
            Some((strength, t)) if strength > Strength::None => {
                let member = index.team_member(t);
                people.push(member_person(member));
                Some((strength, member))
            }
            _ => None,
        };
        let ReachTrustedWords {
            title,
            explanation,
            goal_title,
        } = words(s, known);
        out.push(Finding {
            key: kind.key(&[s.id.as_str()]),
            kind,
            severity,
            people,
            title,
            explanation,
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: goal_title,
                priority: severity.priority(),
                target: GoalTarget::Coverage {
                    team_member: best.map(|(_, t)| index.team_member(t).id.clone()),
                    from: best.map_or(Strength::None, |(strength, _)| strength),
                    to: Strength::Trusted,
                },
            },
        });
    }
}

/// An active budget holder whose best relationship with us is below trusted: the person who
/// signs is the one we must know best.
pub(super) fn budget_holders_uncovered(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    reach_trusted(
        index,
        out,
        FindingKind::BudgetHolderUncovered,
        Severity::High,
        |s| s.has_role(Role::Budget),
        |s, known| ReachTrustedWords {
            title: text!("Budget holder ", s.name, " has no trusted relationship"),
            explanation: match known {
                Some((strength, member)) => text!(
                    who(s),
                    " holds budget but nobody of ours knows ",
                    s.name,
                    " well (best coverage: ",
                    strength.word(),
                    ", held by ",
                    member.name,
                    ")."
                ),
                None => text!(
                    who(s),
                    " holds budget but nobody of ours has a relationship with ",
                    s.name,
                    " yet."
                ),
            },
            goal_title: text!("Reach 'trusted' with ", s.name, " within a quarter"),
        },
    );
}

/// An active champion whose best relationship with us is below trusted: a champion sells for us
/// inside only if someone of ours has their trust.
pub(super) fn champions_under_covered(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    reach_trusted(
        index,
        out,
        FindingKind::ChampionUnderCovered,
        Severity::Medium,
        |s| s.attitude == Attitude::Champion,
        |s, known| ReachTrustedWords {
            title: text!("Champion ", s.name, " is not covered well"),
            explanation: match known {
                Some((strength, member)) => text!(
                    who(s),
                    " is a champion, but our best relationship with ",
                    s.name,
                    " is only ",
                    strength.word(),
                    " (held by ",
                    member.name,
                    "). A champion needs someone of ours they trust ",
                    "before they will sell for us inside."
                ),
                None => text!(
                    who(s),
                    " is a champion, but nobody of ours has a relationship with ",
                    s.name,
                    " yet."
                ),
            },
            goal_title: text!("Reach 'trusted' with champion ", s.name),
        },
    );
}

/// A relationship weaker than the plan's desired strength for it.
pub(super) fn below_desired(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    for (c, i, t) in index.coverage_lines() {
        if c.strength >= c.desired {
            continue;
        }
        let (s, member) = (index.stakeholder(i), index.team_member(t));
        if !s.is_active() {
            continue;
        }
        let severity = Severity::Low;
        out.push(Finding {
            key: FindingKind::CoverageBelowDesired.key(&[s.id.as_str(), member.id.as_str()]),
            kind: FindingKind::CoverageBelowDesired,
            severity,
            people: vec![stakeholder_person(s), member_person(member)],
            title: text!(member.name, " is below plan with ", s.name),
            explanation: text!(
                member.name,
                "'s relationship with ",
                who(s),
                " is ",
                c.strength.word(),
                "; the plan wants ",
                c.desired.word(),
                "."
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!(
                    "Raise ",
                    member.name,
                    "'s relationship with ",
                    s.name,
                    " to '",
                    c.desired.word(),
                    "'"
                ),
                priority: severity.priority(),
                target: GoalTarget::Coverage {
                    team_member: Some(member.id.clone()),
                    from: c.strength,
                    to: c.desired,
                },
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{FindingKind, tests::of_kind};
    use crate::fixture::Build;
    use crate::ids::TeamMemberId;
    use crate::links::Strength;
    use crate::people::{Attitude, Role, StakeholderStatus, TeamRole};
    use crate::plan::GoalTarget;

    fn cfo() -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.title = "CFO".into();
                s.roles = vec![Role::Budget];
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("eve", "Eve Stone", TeamRole::Specialist)
    }

    #[test]
    fn budget_holder_known_only_as_acquaintance_is_found() {
        let found = of_kind(
            cfo()
                .covers("sam", "raj", Strength::Acquainted)
                .covers("eve", "raj", Strength::Aware),
            FindingKind::BudgetHolderUncovered,
        );
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(f.key, "budgetHolderUncovered:raj");
        assert_eq!(
            f.explanation,
            "Raj Patel (CFO) holds budget but nobody of ours knows Raj Patel well (best coverage: \
             acquainted, held by Sam Lee)."
        );
        assert_eq!(
            f.suggested_goal.title,
            "Reach 'trusted' with Raj Patel within a quarter"
        );
        assert_eq!(
            f.suggested_goal.target,
            GoalTarget::Coverage {
                team_member: Some(TeamMemberId::from("sam")),
                from: Strength::Acquainted,
                to: Strength::Trusted
            }
        );
    }

    #[test]
    fn budget_holder_nobody_knows_is_found_without_an_owner() {
        let found = of_kind(cfo(), FindingKind::BudgetHolderUncovered);
        assert_eq!(
            found[0].explanation,
            "Raj Patel (CFO) holds budget but nobody of ours has a relationship with Raj Patel yet."
        );
        assert!(matches!(
            found[0].suggested_goal.target,
            GoalTarget::Coverage {
                team_member: None,
                from: Strength::None,
                ..
            }
        ));
    }

    #[test]
    fn trusted_budget_holder_inactive_one_and_non_budget_people_are_fine() {
        assert!(
            of_kind(
                cfo().covers("sam", "raj", Strength::Trusted),
                FindingKind::BudgetHolderUncovered
            )
            .is_empty()
        );
        let left = cfo().edit(|a| a.stakeholders[0].status = StakeholderStatus::LeftCompany);
        assert!(of_kind(left, FindingKind::BudgetHolderUncovered).is_empty());
        let user = cfo().edit(|a| a.stakeholders[0].roles = vec![Role::User]);
        assert!(of_kind(user, FindingKind::BudgetHolderUncovered).is_empty());
    }

    #[test]
    fn champion_below_trusted_is_found_and_trusted_one_is_not() {
        let champion = |b: Build| b.edit(|a| a.stakeholders[0].attitude = Attitude::Champion);
        let found = of_kind(
            champion(cfo().covers("eve", "raj", Strength::Aware)),
            FindingKind::ChampionUnderCovered,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "championUnderCovered:raj");
        assert!(
            found[0]
                .explanation
                .contains("only aware (held by Eve Stone)")
        );
        assert!(
            of_kind(
                champion(cfo().covers("eve", "raj", Strength::Advisor)),
                FindingKind::ChampionUnderCovered
            )
            .is_empty()
        );
        assert!(of_kind(cfo(), FindingKind::ChampionUnderCovered).is_empty());
    }

    #[test]
    fn coverage_below_desired_names_both_people() {
        let found = of_kind(
            cfo()
                .covers_wanting("sam", "raj", Strength::Acquainted, Strength::Trusted)
                .covers_wanting("eve", "raj", Strength::Trusted, Strength::Aware),
            FindingKind::CoverageBelowDesired,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "coverageBelowDesired:raj:sam");
        assert_eq!(
            found[0].explanation,
            "Sam Lee's relationship with Raj Patel (CFO) is acquainted; the plan wants trusted."
        );
        assert_eq!(
            found[0].suggested_goal.title,
            "Raise Sam Lee's relationship with Raj Patel to 'trusted'"
        );
    }
}
