//! What the import tests share: the date, the clock, a demo workspace, the exchange crate's
//! fixture files, and exporting an account's JSON document the way the app does.
#![allow(dead_code)]

use chrono::NaiveDate;
use rapport_api::SystemClock;
use rapport_api::export::{ExportKind, plan_input, render};
use rapport_api::import::ImportFile;
use rapport_core::AccountId;
use rapport_report::ReportOptions;
use rapport_store::Workspace;
use std::path::Path;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

pub fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

pub fn demo() -> (Workspace, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    (ws, id)
}

/// A fixture of the exchange crate's tests (one set of contact files for every layer).
pub fn fixture(name: &str) -> ImportFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../rapport-exchange/tests/fixtures")
        .join(name);
    ImportFile::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The account's JSON document, exported as the app and the CLI export it.
pub fn export_json(ws: &Workspace, id: &AccountId) -> Vec<u8> {
    let input = plan_input(ws, &clock(), id).expect("loads");
    render(
        ExportKind::AccountJson,
        &input,
        &ReportOptions::default(),
        1.0,
        &mut |_| {},
    )
    .expect("exports")
}
