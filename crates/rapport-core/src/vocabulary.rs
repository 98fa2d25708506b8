//! The words for every value a facilitator reads by name (an attitude, a goal's status, a
//! quadrant…), defined once, next to each type through `labels!`, and gathered here as one
//! serialisable [`Vocabulary`] (with the [`VisualLanguage`]) that the shell exports to the UI as
//! a constant. The editor, the plan's steps, the PDF and the CLI therefore say the same words.
//!
//! A label is the value's name as it reads on its own (a picker, a legend, a table cell), in
//! sentence case: "In progress", "Account manager". Inside a sentence it is lower-cased
//! ("attitude neutral → supporter"); the two enums whose words appear in analysis texts
//! ([`Attitude`], [`Strength`]) also have a `word()` that returns the lower-case form without
//! allocating.

use crate::account::{LifecycleStage, ReferenceKind};
use crate::analysis::Severity;
use crate::diff::ChangedField;
use crate::grid::Quadrant;
use crate::links::{RelationKind, Strength};
use crate::map::LineKind;
use crate::people::{Attitude, Role, StakeholderStatus, TeamRole};
use crate::personal::{ComingUpKind, ThankYouReason};
use crate::plan::{GoalStatus, InitiativeStatus, InteractionKind, NoteKind, Priority};
use crate::plan_progress::PlanStep;
use crate::references::SizeBand;
use crate::visual::{VisualLanguage, visual_language};
use crate::whitespace::WhitespaceState;
use serde::Serialize;
use specta::Type;

/// Gives an enum its `ALL` (every value, in the order pickers, legends and tables list them) and
/// its `label()`, from one list of `Variant => "Label"` pairs.
///
/// Written as a macro so the list cannot drift from the enum: `label()` is an exhaustive `match`,
/// so a variant left out of the list does not compile, and a variant listed twice is an
/// unreachable pattern (denied by the lints); `ALL` is built from the same list.
macro_rules! labels {
    ($ty:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in the order pickers, legends and tables list them.
            pub const ALL: [$ty; [$(stringify!($variant)),+].len()] = [$($ty::$variant),+];

            /// The value's name as it reads on its own (a picker, a legend, a table cell).
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $label),+
                }
            }
        }
    };
}
pub(crate) use labels;

/// One value of an enum with its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Term<T> {
    /// The value as it travels (serde's spelling, e.g. `"inProgress"`).
    pub value: T,
    /// The name as it reads on its own; lower-case it inside a sentence.
    pub label: String,
    /// A compact form where the UI has one: a role's badge letter ("B").
    pub short: Option<String>,
    /// A line under the label where the UI has one: a quadrant's "High power · engaged".
    pub hint: Option<String>,
}

/// Every user-facing enum's values in order with their words, and the visual language: what the
/// UI's pickers, legends and badges read instead of a hand-written copy.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Vocabulary {
    pub attitudes: Vec<Term<Attitude>>,
    pub roles: Vec<Term<Role>>,
    pub stakeholder_statuses: Vec<Term<StakeholderStatus>>,
    pub team_roles: Vec<Term<TeamRole>>,
    pub strengths: Vec<Term<Strength>>,
    pub relation_kinds: Vec<Term<RelationKind>>,
    pub line_kinds: Vec<Term<LineKind>>,
    pub lifecycle_stages: Vec<Term<LifecycleStage>>,
    pub reference_kinds: Vec<Term<ReferenceKind>>,
    pub whitespace_states: Vec<Term<WhitespaceState>>,
    pub thank_you_reasons: Vec<Term<ThankYouReason>>,
    pub coming_up_kinds: Vec<Term<ComingUpKind>>,
    pub size_bands: Vec<Term<SizeBand>>,
    pub note_kinds: Vec<Term<NoteKind>>,
    pub priorities: Vec<Term<Priority>>,
    pub goal_statuses: Vec<Term<GoalStatus>>,
    pub initiative_statuses: Vec<Term<InitiativeStatus>>,
    pub interaction_kinds: Vec<Term<InteractionKind>>,
    pub severities: Vec<Term<Severity>>,
    pub quadrants: Vec<Term<Quadrant>>,
    pub plan_steps: Vec<Term<PlanStep>>,
    pub changed_fields: Vec<Term<ChangedField>>,
    pub visual: VisualLanguage,
}

fn terms<T: Copy>(values: &[T], label: fn(T) -> &'static str) -> Vec<Term<T>> {
    values
        .iter()
        .map(|&value| Term {
            value,
            label: label(value).to_owned(),
            short: None,
            hint: None,
        })
        .collect()
}

/// The whole vocabulary, for the UI's bindings.
pub fn vocabulary() -> Vocabulary {
    Vocabulary {
        attitudes: terms(&Attitude::ALL, Attitude::label),
        roles: terms(&Role::ALL, Role::label)
            .into_iter()
            .map(|t| Term {
                short: Some(t.value.letter().to_string()),
                ..t
            })
            .collect(),
        stakeholder_statuses: terms(&StakeholderStatus::ALL, StakeholderStatus::label),
        team_roles: terms(&TeamRole::ALL, TeamRole::label),
        strengths: terms(&Strength::ALL, Strength::label),
        relation_kinds: terms(&RelationKind::ALL, RelationKind::label),
        line_kinds: terms(&LineKind::ALL, LineKind::label),
        lifecycle_stages: terms(&LifecycleStage::ALL, LifecycleStage::label),
        reference_kinds: terms(&ReferenceKind::ALL, ReferenceKind::label),
        whitespace_states: terms(&WhitespaceState::ALL, WhitespaceState::label),
        thank_you_reasons: terms(&ThankYouReason::ALL, ThankYouReason::label),
        coming_up_kinds: terms(&ComingUpKind::ALL, ComingUpKind::label),
        size_bands: terms(&SizeBand::ALL, SizeBand::label),
        note_kinds: terms(&NoteKind::ALL, NoteKind::label),
        priorities: terms(&Priority::ALL, Priority::label),
        goal_statuses: terms(&GoalStatus::ALL, GoalStatus::label),
        initiative_statuses: terms(&InitiativeStatus::ALL, InitiativeStatus::label),
        interaction_kinds: terms(&InteractionKind::ALL, InteractionKind::label),
        severities: terms(&Severity::ALL, Severity::label),
        quadrants: terms(&Quadrant::ALL, Quadrant::label)
            .into_iter()
            .map(|t| Term {
                hint: Some(t.value.hint().to_owned()),
                ..t
            })
            .collect(),
        plan_steps: terms(&PlanStep::ALL, PlanStep::label),
        changed_fields: terms(&ChangedField::ALL, ChangedField::label),
        visual: visual_language(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Each list as (serde spellings, labels), for checks that hold for every enum.
    type List<'a> = (&'static str, Vec<String>, Vec<&'a str>);

    fn lists(v: &Vocabulary) -> Vec<List<'_>> {
        fn of<'a, T: Serialize>(name: &'static str, terms: &'a [Term<T>]) -> List<'a> {
            (
                name,
                terms
                    .iter()
                    .map(|t| serde_json::to_string(&t.value).expect("serialises"))
                    .collect(),
                terms.iter().map(|t| t.label.as_str()).collect(),
            )
        }
        vec![
            of("attitudes", &v.attitudes),
            of("roles", &v.roles),
            of("stakeholderStatuses", &v.stakeholder_statuses),
            of("teamRoles", &v.team_roles),
            of("strengths", &v.strengths),
            of("relationKinds", &v.relation_kinds),
            of("lineKinds", &v.line_kinds),
            of("lifecycleStages", &v.lifecycle_stages),
            of("referenceKinds", &v.reference_kinds),
            of("whitespaceStates", &v.whitespace_states),
            of("thankYouReasons", &v.thank_you_reasons),
            of("comingUpKinds", &v.coming_up_kinds),
            of("sizeBands", &v.size_bands),
            of("noteKinds", &v.note_kinds),
            of("priorities", &v.priorities),
            of("goalStatuses", &v.goal_statuses),
            of("initiativeStatuses", &v.initiative_statuses),
            of("interactionKinds", &v.interaction_kinds),
            of("severities", &v.severities),
            of("quadrants", &v.quadrants),
            of("planSteps", &v.plan_steps),
            of("changedFields", &v.changed_fields),
        ]
    }

    #[test]
    fn every_value_appears_once_with_a_distinct_sentence_case_label() {
        let v = vocabulary();
        let lists = lists(&v);
        // Every field of the vocabulary is checked: the JSON has one key per list plus `visual`.
        let json = serde_json::to_value(&v).expect("serialises");
        assert_eq!(
            json.as_object().expect("an object").len(),
            lists.len() + 1,
            "a list missing from this test"
        );
        for (name, values, labels) in lists {
            assert!(!values.is_empty(), "{name} is empty");
            let unique: HashSet<_> = values.iter().collect();
            assert_eq!(unique.len(), values.len(), "{name} repeats a value");
            let unique: HashSet<_> = labels.iter().collect();
            assert_eq!(unique.len(), labels.len(), "{name} repeats a label");
            for label in labels {
                let first = label.chars().next().expect("a label is never empty");
                // A size band's label starts with its number ("250–999").
                assert!(
                    (first.is_uppercase() || first.is_ascii_digit()) && label.trim() == label,
                    "{name}: {label:?} is not in sentence case"
                );
            }
        }
    }

    #[test]
    fn words_are_the_labels_in_running_text() {
        for a in Attitude::ALL {
            assert_eq!(a.word(), a.label().to_lowercase());
        }
        for s in Strength::ALL {
            assert_eq!(s.word(), s.label().to_lowercase());
        }
    }

    #[test]
    fn roles_carry_their_badge_letter_and_quadrants_their_hint() {
        let v = vocabulary();
        let letters: Vec<_> = v.roles.iter().filter_map(|t| t.short.clone()).collect();
        assert_eq!(letters, ["B", "G", "U"]);
        assert!(
            v.quadrants
                .iter()
                .all(|t| t.hint.as_deref().is_some_and(|h| !h.is_empty()))
        );
    }
}
