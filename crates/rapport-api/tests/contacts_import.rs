//! Contacts through the API as the app and the CLI use them: preview, then import the same
//! bytes; refusals name the line; a new account takes the file's company as its name; a file
//! that names the client differently still lands in the account it is imported into.

mod common;

use common::*;
use rapport_api::import::{
    ContactImportOptions, ImportFile, ImportTarget, import_contacts, preview_contacts,
};
use rapport_exchange::MappingOverride;
use rapport_store::HistoryScope;
use rapport_store::Workspace;

fn new_account(name: &str) -> ImportTarget {
    ImportTarget::NewAccount { name: name.into() }
}

#[test]
fn a_new_account_is_named_after_the_files_company_and_gets_its_people() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let file = fixture("salesforce_api.csv");
    let options = ContactImportOptions::default();
    let shown = preview_contacts(&ws, &file, &options, &new_account("")).expect("preview");
    assert_eq!(shown.account_name, "Northwind Holdings");
    assert_eq!(shown.format_label, "Salesforce (API names)");
    assert!(shown.will_import && shown.name_problem.is_none());
    assert!(shown.preview.plan.is_none(), "the plan stays in Rust");
    assert_eq!(
        (shown.preview.people, shown.preview.other_company_rows),
        (5, 1)
    );
    assert_eq!(shown.fields.len(), 25);

    let mut stages = Vec::new();
    let done = import_contacts(
        &mut ws,
        &clock(),
        &file,
        &options,
        &new_account(""),
        &mut |s| stages.push(s),
    )
    .expect("imported");
    assert_eq!((done.added, done.updated, done.skipped), (5, 0, 0));
    let s = &done.edit.snapshot;
    assert_eq!(s.account.name, "Northwind Holdings");
    assert_eq!(s.account.created_on, today());
    assert!(s.stakeholders.iter().all(|p| p.placement.is_some()));
    assert_eq!(
        done.edit.history.undo, None,
        "nothing on the new account's own stack"
    );
    assert_eq!(
        ws.history_state(HistoryScope::Workspace)
            .expect("history")
            .undo
            .as_deref(),
        Some("Import 5 contacts from salesforce_api.csv"),
        "a step of the portfolio: its undo removes the account"
    );
    assert_eq!(stages.len(), 2, "checking, then writing");

    let again = preview_contacts(&ws, &file, &options, &new_account("northwind holdings"))
        .expect("preview");
    assert!(!again.will_import);
    assert!(
        again
            .name_problem
            .as_deref()
            .is_some_and(|p| p.contains("already has an account")),
        "{again:?}"
    );
}

#[test]
fn a_bad_row_refuses_the_import_naming_the_line_unless_invalid_rows_are_skipped() {
    let (mut ws, helios) = demo();
    let before = ws.account_snapshot(&helios).expect("loads");
    let file = ImportFile::new(
        "team.csv",
        b"Name,Title,Reports To\nNia Diallo,Engineer,Margaret Chen\n,Analyst,Nia Diallo\nOmar Haddad,Lead,Nobody Known\n"
            .to_vec(),
    );
    let target = ImportTarget::Account { id: helios.clone() };
    let strict = ContactImportOptions::default();
    let err = import_contacts(&mut ws, &clock(), &file, &strict, &target, &mut |_| {})
        .expect_err("refused");
    let message = err.to_string();
    assert!(
        message.starts_with("file: team.csv: nothing was imported. Line 3"),
        "{message}"
    );
    assert!(
        message.contains("(1 more problem in the preview)"),
        "{message}"
    );
    assert_eq!(ws.account_snapshot(&helios).expect("loads"), before);

    let lenient = ContactImportOptions {
        skip_invalid: true,
        keep_unmatched_managers: true,
        ..ContactImportOptions::default()
    };
    let done = import_contacts(&mut ws, &clock(), &file, &lenient, &target, &mut |_| {})
        .expect("imported");
    assert_eq!((done.added, done.skipped), (2, 1));
}

#[test]
fn a_file_naming_the_client_differently_still_imports_into_the_chosen_account() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let empty = ImportFile::new("seed.csv", b"Name\nSeed Person\n".to_vec());
    let options = ContactImportOptions::default();
    let id = import_contacts(
        &mut ws,
        &clock(),
        &empty,
        &options,
        &new_account("Northwind"),
        &mut |_| {},
    )
    .expect("seeded")
    .account;
    let file = fixture("salesforce_api.csv");
    let target = ImportTarget::Account { id };
    let shown = preview_contacts(&ws, &file, &options, &target).expect("preview");
    assert_eq!(
        shown.preview.people, 6,
        "no company is called Northwind: every row is kept"
    );
    assert_eq!(shown.preview.other_company_rows, 0);
}

#[test]
fn a_column_mapped_by_hand_is_read_as_that_field() {
    let ws = Workspace::open_in_memory().expect("workspace");
    let file = ImportFile::new(
        "chart.csv",
        b"Wer,Chef\nAna Ruiz,\nRaj Patel,Ana Ruiz\n".to_vec(),
    );
    let unmapped = preview_contacts(
        &ws,
        &file,
        &ContactImportOptions::default(),
        &new_account("X"),
    )
    .expect("preview");
    assert!(!unmapped.will_import, "no name column");
    let mapped = ContactImportOptions {
        mapping: vec![
            MappingOverride::parse("Wer=name").expect("pair"),
            MappingOverride::parse("B=reports to").expect("pair"),
        ],
        ..ContactImportOptions::default()
    };
    let shown = preview_contacts(&ws, &file, &mapped, &new_account("X")).expect("preview");
    assert!(shown.will_import, "{:?}", shown.preview.problems);
    assert_eq!(
        (shown.preview.people, shown.preview.managers_resolved),
        (2, 1)
    );
}
