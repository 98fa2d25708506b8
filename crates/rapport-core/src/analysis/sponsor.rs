//! Sponsor rule: the most senior budget holder should have an executive sponsor of ours.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, member_person, most_senior, stakeholder_person,
    who,
};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::people::{Role, TeamRole};
use crate::plan::GoalTarget;

/// The most senior active budget holder (highest influence; on a tie, fewest managers above
/// them along solid lines; then by name) is not covered, at aware or better, by any of our
/// executive sponsors. Senior buyers expect a peer on our side. An account without any budget
/// holder gives no finding here: the coverage rules cannot help before one is identified.
pub(super) fn no_executive_sponsor(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    let snapshot = index.snapshot;
    let budget_holders = (0..snapshot.stakeholders.len()).filter(|&i| {
        let s = index.stakeholder(i);
        s.is_active() && s.has_role(Role::Budget)
    });
    let Some(top) = most_senior(index, budget_holders) else {
        return;
    };
    let s = index.stakeholder(top);
    let mut sponsors: Vec<usize> = (0..snapshot.team.len())
        .filter(|&t| index.team_member(t).team_role == TeamRole::ExecutiveSponsor)
        .collect();
    sponsors.sort_by(|&a, &b| {
        let (ta, tb) = (index.team_member(a), index.team_member(b));
        ta.name.cmp(&tb.name).then_with(|| ta.id.cmp(&tb.id))
    });
    let strength_of = |t: usize| {
        index
            .coverage_of(top)
            .filter(|(_, by)| *by == t)
            .map(|(c, _)| c.strength)
            .max()
    };
    if sponsors
        .iter()
        .any(|&t| strength_of(t).is_some_and(|st| st >= Strength::Aware))
    {
        return;
    }
    let severity = Severity::High;
    let mut people = vec![stakeholder_person(s)];
    people.extend(
        sponsors
            .iter()
            .map(|&t| member_person(index.team_member(t))),
    );
    let (explanation, goal_title, sponsor) = match sponsors.first() {
        None => (
            text!(
                "Nobody on our team is an executive sponsor, so ",
                who(s),
                ", the most senior budget holder, has no peer on our side."
            ),
            text!("Name an executive sponsor for ", s.name),
            None,
        ),
        Some(&first) => {
            let names: Vec<&str> = sponsors
                .iter()
                .map(|&t| index.team_member(t).name.as_str())
                .collect();
            (
                text!(
                    who(s),
                    " is the most senior budget holder, but none of our executive sponsors (",
                    names.join(", "),
                    ") has a relationship with ",
                    s.name,
                    "."
                ),
                text!(
                    "Introduce ",
                    index.team_member(first).name,
                    " to ",
                    s.name,
                    " as executive sponsor"
                ),
                Some(first),
            )
        }
    };
    out.push(Finding {
        key: FindingKind::NoExecutiveSponsor.key(&[s.id.as_str()]),
        kind: FindingKind::NoExecutiveSponsor,
        severity,
        people,
        title: text!("No executive sponsor for ", s.name),
        explanation,
        suggested_goal: SuggestedGoal {
            stakeholder: Some(s.id.clone()),
            title: goal_title,
            priority: severity.priority(),
            target: GoalTarget::Coverage {
                team_member: sponsor.map(|t| index.team_member(t).id.clone()),
                from: sponsor.and_then(strength_of).unwrap_or(Strength::None),
                to: Strength::Acquainted,
            },
        },
    });
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, tests::of_kind};
    use crate::fixture::Build;
    use crate::ids::TeamMemberId;
    use crate::links::Strength;
    use crate::people::{Role, TeamRole};
    use crate::plan::GoalTarget;

    fn found(build: Build) -> Vec<Finding> {
        of_kind(build, FindingKind::NoExecutiveSponsor)
    }

    /// Two budget holders of equal influence; the CEO has no manager, so is the more senior.
    fn board() -> Build {
        Build::new()
            .person("ceo", "Ana Ruiz", |s| {
                s.title = "CEO".into();
                s.roles = vec![Role::Budget];
                s.influence = 5;
            })
            .person("cfo", "Raj Patel", |s| {
                s.title = "CFO".into();
                s.roles = vec![Role::Budget];
                s.influence = 5;
            })
            .reports("cfo", "ceo")
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
    }

    #[test]
    fn without_any_sponsor_the_most_senior_budget_holder_is_named() {
        let found = found(board().covers("sam", "ceo", Strength::Trusted));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].key, "noExecutiveSponsor:ceo");
        assert_eq!(
            found[0].explanation,
            "Nobody on our team is an executive sponsor, so Ana Ruiz (CEO), the most senior budget \
             holder, has no peer on our side."
        );
    }

    #[test]
    fn a_sponsor_who_covers_someone_else_is_suggested() {
        let found = found(
            board()
                .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
                .covers("eve", "cfo", Strength::Trusted)
                .covers("eve", "ceo", Strength::None),
        );
        assert_eq!(
            found[0].suggested_goal.title,
            "Introduce Eve Stone to Ana Ruiz as executive sponsor"
        );
        assert_eq!(
            found[0].suggested_goal.target,
            GoalTarget::Coverage {
                team_member: Some(TeamMemberId::from("eve")),
                from: Strength::None,
                to: Strength::Acquainted
            }
        );
    }

    #[test]
    fn a_sponsor_covering_the_top_budget_holder_or_no_budget_holder_gives_nothing() {
        let covered = board()
            .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
            .covers("eve", "ceo", Strength::Aware);
        assert!(found(covered).is_empty());
        let no_budget = Build::new().person("kim", "Kim Wu", |_| {});
        assert!(found(no_budget).is_empty());
    }

    #[test]
    fn higher_influence_beats_seniority_in_the_tree() {
        let build = board().edit(|a| a.stakeholders[0].influence = 4);
        assert_eq!(found(build)[0].key, "noExecutiveSponsor:cfo");
    }
}
