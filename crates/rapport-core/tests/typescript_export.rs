//! Every core type that crosses to the UI must export to TypeScript: no 64-bit integers (specta
//! refuses BigInt) and serde attributes specta understands. This catches both here, before the
//! shell's binding generation does.

use rapport_core::*;
use specta::Types;
use specta_typescript::Typescript;

#[test]
fn ui_types_export_to_typescript() {
    let types = Types::default()
        .register::<AccountSnapshot>()
        .register::<Finding>()
        .register::<MapError>()
        .register::<Removal>()
        .register::<WhatIf>()
        .register::<GridPlacement>()
        .register::<CrosswalkEntry>()
        .register::<LayoutMode>()
        .register::<PersonPosition>()
        .register::<AccountMetrics>()
        .register::<Concentration>()
        .register::<ReviewDiff>()
        .register::<Vocabulary>()
        .register::<ContactStatus>();
    let ts = Typescript::default()
        .export(&types, specta_serde::Format)
        .unwrap_or_else(|e| panic!("{e}"));
    for expected in [
        "suggestedGoal",
        "\"budgetHolderUncovered\"",
        "stakeholderName",
        "orphanedBudgetHolders",
        "\"manageClosely\"",
        "\"unplacedOnly\"",
        "coverageChanges",
        "interactionKinds",
        "conflictsWith",
    ] {
        assert!(ts.contains(expected), "{expected} missing from:\n{ts}");
    }
}

/// The string values TypeScript gets for a plain enum: every variant serde knows, in order.
fn union_of<T: specta::Type>(name: &str) -> Vec<String> {
    let ts = Typescript::default()
        .export(&Types::default().register::<T>(), specta_serde::Format)
        .unwrap_or_else(|e| panic!("{e}"));
    let start = ts
        .find(&format!("export type {name} = "))
        .unwrap_or_else(|| panic!("{name} missing from:\n{ts}"));
    let union = &ts[start..];
    let union = &union[..union.find(';').expect("the type ends")];
    union
        .split('"')
        .skip(1)
        .step_by(2)
        .map(|v| format!("\"{v}\""))
        .collect()
}

fn values<T: serde::Serialize>(terms: &[Term<T>]) -> Vec<String> {
    terms
        .iter()
        .map(|t| serde_json::to_string(&t.value).expect("serialises"))
        .collect()
}

/// The vocabulary lists every variant of every enum exactly once, in declaration order: compared
/// with the TypeScript union specta derives from the enum itself.
#[test]
fn the_vocabulary_lists_every_value_of_every_enum_in_order() {
    let v = vocabulary();
    let checks = [
        (
            "Attitude",
            union_of::<Attitude>("Attitude"),
            values(&v.attitudes),
        ),
        ("Role", union_of::<Role>("Role"), values(&v.roles)),
        (
            "StakeholderStatus",
            union_of::<StakeholderStatus>("StakeholderStatus"),
            values(&v.stakeholder_statuses),
        ),
        (
            "TeamRole",
            union_of::<TeamRole>("TeamRole"),
            values(&v.team_roles),
        ),
        (
            "Strength",
            union_of::<Strength>("Strength"),
            values(&v.strengths),
        ),
        (
            "RelationKind",
            union_of::<RelationKind>("RelationKind"),
            values(&v.relation_kinds),
        ),
        (
            "LineKind",
            union_of::<LineKind>("LineKind"),
            values(&v.line_kinds),
        ),
        (
            "LifecycleStage",
            union_of::<LifecycleStage>("LifecycleStage"),
            values(&v.lifecycle_stages),
        ),
        (
            "ReferenceKind",
            union_of::<ReferenceKind>("ReferenceKind"),
            values(&v.reference_kinds),
        ),
        (
            "WhitespaceState",
            union_of::<WhitespaceState>("WhitespaceState"),
            values(&v.whitespace_states),
        ),
        (
            "NoteKind",
            union_of::<NoteKind>("NoteKind"),
            values(&v.note_kinds),
        ),
        (
            "Priority",
            union_of::<Priority>("Priority"),
            values(&v.priorities),
        ),
        (
            "GoalStatus",
            union_of::<GoalStatus>("GoalStatus"),
            values(&v.goal_statuses),
        ),
        (
            "InitiativeStatus",
            union_of::<InitiativeStatus>("InitiativeStatus"),
            values(&v.initiative_statuses),
        ),
        (
            "InteractionKind",
            union_of::<InteractionKind>("InteractionKind"),
            values(&v.interaction_kinds),
        ),
        (
            "Severity",
            union_of::<Severity>("Severity"),
            values(&v.severities),
        ),
        (
            "Quadrant",
            union_of::<Quadrant>("Quadrant"),
            values(&v.quadrants),
        ),
        (
            "PlanStep",
            union_of::<PlanStep>("PlanStep"),
            values(&v.plan_steps),
        ),
        (
            "ChangedField",
            union_of::<ChangedField>("ChangedField"),
            values(&v.changed_fields),
        ),
    ];
    for (name, union, listed) in checks {
        assert!(!union.is_empty(), "{name}: no values exported");
        assert_eq!(listed, union, "{name}");
    }
}
