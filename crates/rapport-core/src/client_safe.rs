//! What a client may see: the one definition behind the client-safe PDF and map (and the UI's
//! "client in the room" mode), so the room and the document hide exactly the same things.
//!
//! Left out for the client: how we judge their people's attitudes (the words, colours and marks,
//! findings and goals that rest on them, attitude changes in a review's diff), personal details
//! (personal notes, interests, birthday), the other methods' role tags we keep beside the buying
//! roles, our internal notes (on coverage, relations, initiatives, interactions and reviews, and
//! the manual analysis notes), and our economics with the client's scores — lifetime value and
//! NPS — unless the facilitator asks for them ([`economics_shown`]).

use crate::analysis::FindingKind;
use crate::diff::ChangedField;
use crate::plan::GoalTarget;

/// Whether lifetime value and NPS are shown: always to us; to the client only when asked for
/// (a reference-customer story may want the scores, a pricing talk never the margin).
pub fn economics_shown(client_safe: bool, asked_for: bool) -> bool {
    !client_safe || asked_for
}

/// Whether a finding of this kind may be shown to the client: none that rest on how we judge
/// their people's attitude.
pub fn finding_shareable(kind: FindingKind) -> bool {
    !matches!(
        kind,
        FindingKind::HostileInfluencer | FindingKind::ChampionUnderCovered
    )
}

/// Whether a goal with this target may be shown to the client: a goal to move an attitude names
/// that attitude.
pub fn goal_shareable(target: &GoalTarget) -> bool {
    !matches!(target, GoalTarget::Attitude { .. })
}

/// Whether a person's change between reviews may be shown to the client.
pub fn change_shareable(field: ChangedField) -> bool {
    field != ChangedField::Attitude
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::links::Strength;
    use crate::people::Attitude;

    #[test]
    fn what_rests_on_attitudes_is_withheld_and_the_rest_is_shared() {
        let hidden: Vec<_> = FindingKind::ALL
            .into_iter()
            .filter(|&k| !finding_shareable(k))
            .collect();
        assert_eq!(
            hidden,
            [
                FindingKind::HostileInfluencer,
                FindingKind::ChampionUnderCovered
            ]
        );
        assert!(!goal_shareable(&GoalTarget::Attitude {
            from: Attitude::Neutral,
            to: Attitude::Supporter
        }));
        assert!(goal_shareable(&GoalTarget::Coverage {
            team_member: None,
            from: Strength::Aware,
            to: Strength::Trusted
        }));
        let shared: Vec<_> = ChangedField::ALL
            .into_iter()
            .filter(|&f| change_shareable(f))
            .collect();
        assert_eq!(shared.len(), ChangedField::ALL.len() - 1);
    }
}
