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
        .register::<ReviewDiff>();
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
    ] {
        assert!(ts.contains(expected), "{expected} missing from:\n{ts}");
    }
}
