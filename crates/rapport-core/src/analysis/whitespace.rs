//! Whitespace rule: an opportunity is only as good as our relationship with whoever holds its
//! budget.

use super::text::text;
use super::{
    Finding, FindingKind, Severity, SuggestedGoal, member_person, stakeholder_person, who,
};
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::plan::GoalTarget;
use crate::whitespace::{WhitespaceCell, WhitespaceState};

/// How many cells a finding names before it says "and N more".
const CELLS_NAMED: usize = 3;

/// One finding per active stakeholder who holds the budget for at least one open whitespace
/// cell (an opportunity or a deal in progress) while nobody of ours knows them better than
/// "acquainted". A deal already in progress makes it high; opportunities alone, medium. The
/// suggested goal is to reach "trusted", held by whoever of ours knows them best now.
pub(super) fn weakly_covered_opportunities(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    let snapshot = index.snapshot;
    let mut by_holder: Vec<Vec<&WhitespaceCell>> = vec![Vec::new(); snapshot.stakeholders.len()];
    for cell in snapshot.whitespace.iter().filter(|c| c.state.is_open()) {
        if let Some(i) = cell
            .budget_holder
            .as_ref()
            .and_then(|id| index.stakeholder_index(id))
        {
            by_holder[i].push(cell);
        }
    }
    for (i, cells) in by_holder.into_iter().enumerate() {
        let s = index.stakeholder(i);
        if cells.is_empty() || !s.is_active() {
            continue;
        }
        let best = index.best_coverage(i);
        let strength = best.map_or(Strength::None, |(strength, _)| strength);
        if strength > Strength::Acquainted {
            continue;
        }
        let severity = if cells.iter().any(|c| c.state == WhitespaceState::InProgress) {
            Severity::High
        } else {
            Severity::Medium
        };
        let offering_name = |c: &WhitespaceCell| {
            snapshot
                .offerings
                .iter()
                .find(|o| o.id == c.offering)
                .map_or("an offering", |o| o.name.as_str())
        };
        let need_name = |c: &WhitespaceCell| {
            snapshot
                .needs
                .iter()
                .find(|n| n.id == c.need)
                .map_or("a need", |n| n.name.as_str())
        };
        let mut named: Vec<String> = cells
            .iter()
            .take(CELLS_NAMED)
            .map(|c| text!(offering_name(c), " for ", need_name(c)))
            .collect();
        if cells.len() > CELLS_NAMED {
            named.push(text!(cells.len() - CELLS_NAMED, " more"));
        }
        let mut people = vec![stakeholder_person(s)];
        let known = best.filter(|(strength, _)| *strength > Strength::None);
        let reason = match known {
            Some((strength, t)) => {
                let member = index.team_member(t);
                people.push(member_person(member));
                text!(
                    "our best relationship with ",
                    s.name,
                    " is only ",
                    strength.word(),
                    " (",
                    member.name,
                    ")."
                )
            }
            None => text!("nobody of ours knows ", s.name, " yet."),
        };
        let what = if cells.len() == 1 {
            "an open opportunity"
        } else {
            "open opportunities"
        };
        out.push(Finding {
            key: FindingKind::WeaklyCoveredOpportunity.key(&[s.id.as_str()]),
            kind: FindingKind::WeaklyCoveredOpportunity,
            severity,
            people,
            title: text!(
                s.name,
                " holds the budget for ",
                what,
                " but barely knows us"
            ),
            explanation: text!(
                who(s),
                " holds the budget for ",
                named.join(", "),
                ", but ",
                reason
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!(
                    "Reach 'trusted' with ",
                    s.name,
                    " before pursuing ",
                    offering_name(cells[0])
                ),
                priority: severity.priority(),
                target: GoalTarget::Coverage {
                    team_member: best.map(|(_, t)| index.team_member(t).id.clone()),
                    from: strength,
                    to: Strength::Trusted,
                },
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, Severity, tests::of_kind};
    use crate::fixture::Build;
    use crate::ids::TeamMemberId;
    use crate::links::Strength;
    use crate::people::{StakeholderStatus, TeamRole};
    use crate::plan::GoalTarget;
    use crate::whitespace::{Need, Offering, WhitespaceCell, WhitespaceState};

    fn found(build: Build) -> Vec<Finding> {
        of_kind(build, FindingKind::WeaklyCoveredOpportunity)
    }

    /// Raj (CFO) holds the budget for telematics in the fleet, in `state`; Sam knows him at
    /// `strength`.
    fn fleet(state: WhitespaceState, strength: Strength) -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| s.title = "CFO".into())
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .covers("sam", "raj", strength)
            .edit(|a| {
                a.offerings.push(Offering {
                    id: "tel".into(),
                    name: "Telematics".into(),
                    ..Offering::default()
                });
                a.needs.push(Need {
                    id: "fleet".into(),
                    name: "Fleet".into(),
                });
                a.whitespace.push(WhitespaceCell {
                    offering: "tel".into(),
                    need: "fleet".into(),
                    state,
                    budget_holder: Some("raj".into()),
                    estimated_value: Some(50_000.0),
                    note: String::new(),
                });
            })
    }

    #[test]
    fn an_opportunity_whose_budget_holder_is_only_acquainted_is_found_with_a_goal() {
        let found = found(fleet(WhitespaceState::Opportunity, Strength::Acquainted));
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(f.key, "weaklyCoveredOpportunity:raj");
        assert_eq!(f.severity, Severity::Medium);
        assert_eq!(
            f.explanation,
            "Raj Patel (CFO) holds the budget for Telematics for Fleet, but our best relationship \
             with Raj Patel is only acquainted (Sam Lee)."
        );
        assert_eq!(
            f.suggested_goal.title,
            "Reach 'trusted' with Raj Patel before pursuing Telematics"
        );
        assert_eq!(
            f.suggested_goal.target,
            GoalTarget::Coverage {
                team_member: Some(TeamMemberId::from("sam")),
                from: Strength::Acquainted,
                to: Strength::Trusted,
            }
        );
    }

    #[test]
    fn a_deal_in_progress_with_an_unknown_holder_is_high() {
        let build = fleet(WhitespaceState::InProgress, Strength::None);
        let found = found(build);
        assert_eq!(found[0].severity, Severity::High);
        assert!(
            found[0]
                .explanation
                .ends_with("nobody of ours knows Raj Patel yet.")
        );
    }

    #[test]
    fn trusted_holders_closed_cells_no_holder_and_departed_holders_give_nothing() {
        assert!(found(fleet(WhitespaceState::Opportunity, Strength::Trusted)).is_empty());
        for closed in [
            WhitespaceState::Owned,
            WhitespaceState::Competitor,
            WhitespaceState::NotRelevant,
        ] {
            assert!(
                found(fleet(closed, Strength::None)).is_empty(),
                "{closed:?}"
            );
        }
        let no_holder = fleet(WhitespaceState::Opportunity, Strength::None)
            .edit(|a| a.whitespace[0].budget_holder = None);
        assert!(found(no_holder).is_empty());
        let left = fleet(WhitespaceState::Opportunity, Strength::None)
            .edit(|a| a.stakeholders[0].status = StakeholderStatus::LeftCompany);
        assert!(found(left).is_empty());
    }
}
