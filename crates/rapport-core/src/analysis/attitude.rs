//! Attitude rules: influential people who are against us.

use super::text::text;
use super::{Finding, FindingKind, Severity, SuggestedGoal, stakeholder_person, who};
use crate::index::AccountIndex;
use crate::people::Attitude;
use crate::plan::GoalTarget;

/// An active skeptic or blocker with influence 4 or 5. A blocker can stop a decision outright,
/// so it is high; a skeptic slows or weakens it, so medium. The suggested goal aims for neutral:
/// turning an opponent into a supporter in one step is rarely realistic.
pub(super) fn hostile_influencers(index: &AccountIndex<'_>, out: &mut Vec<Finding>) {
    for s in &index.snapshot.stakeholders {
        if !s.is_active() || !s.attitude.is_hostile() || s.influence < 4 {
            continue;
        }
        let (severity, consequence) = if s.attitude == Attitude::Blocker {
            (Severity::High, "they can stop or stall a decision we need")
        } else {
            (
                Severity::Medium,
                "their doubts will weigh on any decision about us",
            )
        };
        out.push(Finding {
            key: FindingKind::HostileInfluencer.key(&[s.id.as_str()]),
            kind: FindingKind::HostileInfluencer,
            severity,
            people: vec![stakeholder_person(s)],
            title: text!("Influential ", s.attitude.word(), ": ", s.name),
            explanation: text!(
                who(s),
                " is a ",
                s.attitude.word(),
                " with influence ",
                s.influence,
                " of 5: ",
                consequence,
                "."
            ),
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!("Move ", s.name, " from ", s.attitude.word(), " to neutral"),
                priority: severity.priority(),
                target: GoalTarget::Attitude {
                    from: s.attitude,
                    to: Attitude::Neutral,
                },
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, Severity, tests::of_kind};
    use crate::fixture::Build;
    use crate::people::{Attitude, StakeholderStatus};
    use crate::plan::GoalTarget;

    fn found(attitude: Attitude, influence: u8, status: StakeholderStatus) -> Vec<Finding> {
        let build = Build::new().person("raj", "Raj Patel", |s| {
            s.title = "CFO".into();
            s.attitude = attitude;
            s.influence = influence;
            s.status = status;
        });
        of_kind(build, FindingKind::HostileInfluencer)
    }

    #[test]
    fn influential_blocker_is_high_and_skeptic_medium() {
        let blocker = found(Attitude::Blocker, 5, StakeholderStatus::Active);
        assert_eq!(blocker.len(), 1);
        assert_eq!(blocker[0].severity, Severity::High);
        assert_eq!(
            blocker[0].explanation,
            "Raj Patel (CFO) is a blocker with influence 5 of 5: they can stop or stall a decision \
             we need."
        );
        assert_eq!(
            blocker[0].suggested_goal.title,
            "Move Raj Patel from blocker to neutral"
        );
        assert_eq!(
            blocker[0].suggested_goal.target,
            GoalTarget::Attitude {
                from: Attitude::Blocker,
                to: Attitude::Neutral
            }
        );
        let skeptic = found(Attitude::Skeptic, 4, StakeholderStatus::Active);
        assert_eq!(skeptic[0].severity, Severity::Medium);
    }

    #[test]
    fn low_influence_friendly_or_departed_people_are_not_flagged() {
        assert!(found(Attitude::Blocker, 3, StakeholderStatus::Active).is_empty());
        assert!(found(Attitude::Neutral, 5, StakeholderStatus::Active).is_empty());
        assert!(found(Attitude::Blocker, 5, StakeholderStatus::LeftCompany).is_empty());
    }
}
