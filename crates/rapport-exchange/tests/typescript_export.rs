//! The preview, the plan and the refusals cross to the UI: they must export to TypeScript (no
//! 64-bit integers, serde attributes specta understands).

use rapport_exchange::{ImportPreview, JsonError, MappingOverride};
use specta::Types;
use specta_typescript::Typescript;

#[test]
fn ui_types_export_to_typescript() {
    let types = Types::default()
        .register::<ImportPreview>()
        .register::<JsonError>()
        .register::<MappingOverride>();
    let ts = Typescript::default()
        .export(&types, specta_serde::Format)
        .unwrap_or_else(|e| panic!("{e}"));
    for expected in [
        "invalidLines",
        "\"reportingCycle\"",
        "newPeople",
        "\"newerVersion\"",
    ] {
        assert!(ts.contains(expected), "{expected} missing from:\n{ts}");
    }
}
