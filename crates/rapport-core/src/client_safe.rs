//! What a client may see: the one definition behind the client-safe PDF and map (and the UI's
//! "client in the room" mode), so the room and the document hide exactly the same things.
//!
//! Left out for the client: how we judge their people's attitudes (the words, colours and marks,
//! findings and goals that rest on them, attitude changes in a review's diff), personal details
//! (personal notes, interests, birthday), the other methods' role tags we keep beside the buying
//! roles, our internal notes (on coverage, relations, initiatives, interactions and reviews, and
//! the manual analysis notes), and our economics with the client's scores — lifetime value and
//! NPS — unless the facilitator asks for them ([`economics_shown`]).

use crate::analysis::{Finding, FindingKind};
use crate::diff::ChangedField;
use crate::plan::GoalTarget;
use crate::plan_progress::StepProgress;
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

/// A part of a stakeholder that the client does not see: how we judge them, what we keep
/// about them personally, and the other methods' role tags kept beside the buying roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PersonField {
    Attitude,
    RoleTag,
    PersonalNotes,
    Interests,
    Birthday,
}

/// The stakeholder fields client-safe output leaves out (the PDF's people table and map cards,
/// the editor's cards and inspector with the client in the room).
pub const HIDDEN_PERSON_FIELDS: [PersonField; 5] = [
    PersonField::Attitude,
    PersonField::RoleTag,
    PersonField::PersonalNotes,
    PersonField::Interests,
    PersonField::Birthday,
];

/// Whether a stakeholder field is shown in this output.
pub fn person_field_shown(client_safe: bool, field: PersonField) -> bool {
    !client_safe || !HIDDEN_PERSON_FIELDS.contains(&field)
}

/// What the editor hides with the client in the room, as data the UI receives (the bindings'
/// `CLIENT_SAFE` constant). Built from the same functions the PDF calls, so the room and the
/// document cannot drift apart.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ClientSafeView {
    /// Stakeholder fields not shown (cards, inspector).
    pub hidden_person_fields: Vec<PersonField>,
    /// Kinds of finding not shown (markers, lists).
    pub hidden_findings: Vec<FindingKind>,
    /// Whether goals that move an attitude are hidden.
    pub attitude_goals_hidden: bool,
    /// Whether our internal notes are hidden (coverage, relations, initiatives, interactions,
    /// reviews, the manual analysis notes).
    pub internal_notes_hidden: bool,
    /// Kinds of change between reviews not shown (a review's diff).
    pub hidden_changes: Vec<ChangedField>,
    /// Whether our economics are hidden: whitespace values and their money totals (the room
    /// never asks for them, as the PDF leaves them out unless asked).
    pub economics_hidden: bool,
}

/// The client-safe view's rules, from [`person_field_shown`], [`finding_shareable`] and
/// [`goal_shareable`], [`internal_notes_shown`] and [`change_shareable`].
pub fn view() -> ClientSafeView {
    ClientSafeView {
        hidden_person_fields: HIDDEN_PERSON_FIELDS
            .into_iter()
            .filter(|&f| !person_field_shown(true, f))
            .collect(),
        hidden_findings: FindingKind::ALL
            .into_iter()
            .filter(|&k| !finding_shareable(k))
            .collect(),
        attitude_goals_hidden: !goal_shareable(&GoalTarget::Attitude {
            from: crate::people::Attitude::Neutral,
            to: crate::people::Attitude::Supporter,
        }),
        internal_notes_hidden: !internal_notes_shown(true),
        hidden_changes: ChangedField::ALL
            .into_iter()
            .filter(|&f| !change_shareable(f))
            .collect(),
        economics_hidden: !economics_shown(true, false),
    }
}

/// Whether our internal notes (on coverage, relations, initiatives, interactions, reviews, and
/// the manual analysis notes) are shown.
pub fn internal_notes_shown(client_safe: bool) -> bool {
    !client_safe
}

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

/// How far the plan has come as the client may see it (the step bar with the client in the
/// room): only the findings and goals they may see are counted, so no mark gives away how many
/// are hidden.
pub fn plan_progress(
    snapshot: &AccountSnapshot,
    findings: &[Finding],
    last_review: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<StepProgress> {
    let findings: Vec<Finding> = findings
        .iter()
        .filter(|f| finding_shareable(f.kind))
        .cloned()
        .collect();
    let mut shared = snapshot.clone();
    shared.goals.retain(|g| goal_shareable(&g.target));
    crate::plan_progress::plan_progress(&shared, &findings, last_review, today)
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

    #[test]
    fn the_clients_step_bar_counts_only_what_they_may_see() {
        let mut snapshot = crate::synthetic_account(60, 7);
        let today = crate::synthetic_today();
        let findings = crate::analyse(&snapshot, today);
        let shared = findings
            .iter()
            .filter(|f| finding_shareable(f.kind))
            .count();
        assert!(shared < findings.len(), "the account has attitude findings");
        snapshot.goals.push(crate::plan::Goal {
            id: "g-attitude".into(),
            stakeholder: None,
            title: "Win them over".into(),
            priority: crate::plan::Priority::High,
            target: GoalTarget::Attitude {
                from: Attitude::Blocker,
                to: Attitude::Neutral,
            },
            created_on: today,
            due: None,
            status: crate::plan::GoalStatus::Open,
        });
        let determine = |steps: Vec<StepProgress>| {
            steps
                .into_iter()
                .find(|s| s.step == crate::plan_progress::PlanStep::Determine)
                .expect("determine")
        };
        let ours = determine(crate::plan_progress::plan_progress(
            &snapshot, &findings, None, today,
        ));
        let theirs = determine(plan_progress(&snapshot, &findings, None, today));
        assert_eq!(ours.total as usize, findings.len());
        assert_eq!(theirs.total as usize, shared);
        assert!(
            theirs.mark.ends_with(&format!("/{shared} findings")),
            "{}",
            theirs.mark
        );
        let implement = |steps: Vec<StepProgress>| {
            steps
                .into_iter()
                .find(|s| s.step == crate::plan_progress::PlanStep::Implement)
                .expect("implement")
                .total
        };
        let open_shared = snapshot
            .goals
            .iter()
            .filter(|g| g.status.is_open() && goal_shareable(&g.target))
            .count();
        assert_eq!(
            implement(plan_progress(&snapshot, &findings, None, today)) as usize,
            open_shared,
            "the attitude goal is not counted for the client"
        );
        assert!(
            implement(crate::plan_progress::plan_progress(
                &snapshot, &findings, None, today
            )) as usize
                > open_shared
        );
    }

    #[test]
    fn the_view_the_ui_receives_is_the_pdfs_predicates() {
        let view = view();
        for kind in FindingKind::ALL {
            assert_eq!(
                view.hidden_findings.contains(&kind),
                !finding_shareable(kind),
                "{kind:?}"
            );
        }
        for field in HIDDEN_PERSON_FIELDS {
            assert!(view.hidden_person_fields.contains(&field), "{field:?}");
            assert!(!person_field_shown(true, field), "{field:?}");
            assert!(person_field_shown(false, field), "{field:?}");
        }
        assert!(view.attitude_goals_hidden);
        assert!(view.internal_notes_hidden);
        assert_eq!(view.hidden_changes, [ChangedField::Attitude]);
        assert!(view.economics_hidden, "the room never asks for the values");
        let json = serde_json::to_value(&view).expect("serialises");
        assert_eq!(json["hiddenPersonFields"][0], "attitude");
        assert_eq!(json["hiddenFindings"][0], "hostileInfluencer");
    }
}
