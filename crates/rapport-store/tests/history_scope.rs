//! History has scopes: each account's undo stays inside that account, and the portfolio's undo
//! takes back creating, renaming, archiving and deleting accounts, in order, without touching
//! what was edited inside them.

mod common;

use common::{today, whole};
use rapport_core::*;
use rapport_store::{AccountProfile, HistoryScope, NewAccount, Workspace};

const PORTFOLIO: HistoryScope = HistoryScope::Workspace;

fn names(ws: &Workspace, id: &AccountId) -> Vec<String> {
    let mut n: Vec<String> = ws
        .account_snapshot(id)
        .expect("loads")
        .stakeholders
        .into_iter()
        .map(|s| s.name)
        .collect();
    n.sort();
    n
}

fn two_accounts() -> (Workspace, AccountId, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let a = ws
        .create_account(&NewAccount::named("Acme"), today())
        .expect("a");
    let b = ws
        .create_account(&NewAccount::named("Bolt"), today())
        .expect("b");
    (ws, a, b)
}

#[test]
fn an_accounts_undo_never_touches_another_account() {
    let (mut ws, a, b) = two_accounts();
    ws.quick_add(&a, "Ana Ruiz, CFO", None).expect("a1");
    ws.quick_add(&b, "Ben Cho, CTO", None).expect("b1");
    ws.quick_add(&a, "Cy Dunn, COO", None).expect("a2");
    ws.quick_add(&b, "Di Eze, CIO", None).expect("b2");
    let bolt = ws.account_snapshot(&b).expect("loads");
    let portfolio = ws.history_state(PORTFOLIO).expect("history");

    assert_eq!(ws.undo(&a).expect("undo").as_deref(), Some("Add Cy Dunn"));
    assert_eq!(ws.undo(&a).expect("undo").as_deref(), Some("Add Ana Ruiz"));
    assert_eq!(ws.undo(&a).expect("nothing left"), None);
    assert!(names(&ws, &a).is_empty());
    assert_eq!(
        ws.account_snapshot(&b).expect("loads"),
        bolt,
        "Bolt untouched"
    );
    assert_eq!(ws.history_state(PORTFOLIO).expect("history"), portfolio);
    assert_eq!(
        ws.history_state(&b).expect("history").undo.as_deref(),
        Some("Add Di Eze")
    );
    ws.redo(&a).expect("redo");
    assert_eq!(names(&ws, &a), ["Ana Ruiz"]);
    assert_eq!(ws.account_snapshot(&b).expect("loads"), bolt);
}

#[test]
fn the_portfolio_undo_takes_back_create_rename_and_archive_in_order() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let empty = whole(&ws);
    let id = ws
        .create_account(&NewAccount::named("Acme"), today())
        .expect("created");
    ws.rename_account(&id, "Acme Group").expect("renamed");
    ws.set_archived(&id, true, today()).expect("archived");
    let last = whole(&ws);

    let undone: Vec<_> = (0..3)
        .map(|_| ws.undo(PORTFOLIO).expect("undo").expect("a step"))
        .collect();
    assert_eq!(
        undone,
        [
            "Archive “Acme Group”",
            "Rename “Acme” to “Acme Group”",
            "Create account “Acme”"
        ]
    );
    assert!(ws.account_listing().expect("listing").is_empty());
    assert_eq!(whole(&ws).listing, empty.listing);
    for _ in 0..3 {
        ws.redo(PORTFOLIO).expect("redo").expect("a step");
    }
    assert_eq!(whole(&ws), last);
}

#[test]
fn a_rename_and_a_profile_edit_of_one_account_undo_independently() {
    let (mut ws, a, _) = two_accounts();
    ws.rename_account(&a, "Acme Group")
        .expect("renamed on the portfolio");
    let mut profile = AccountProfile::of(&ws.account_snapshot(&a).expect("loads").account);
    profile.annual_revenue = 750_000.0;
    ws.set_account_profile(&a, &profile)
        .expect("revenue set in the account");

    ws.undo(PORTFOLIO).expect("rename undone");
    let account = ws.account_snapshot(&a).expect("loads").account;
    assert_eq!(account.name, "Acme");
    assert_eq!(
        account.annual_revenue, 750_000.0,
        "the account's edit stays"
    );
    ws.undo(&a).expect("revenue undone");
    let account = ws.account_snapshot(&a).expect("loads").account;
    assert_eq!(
        (account.name.as_str(), account.annual_revenue),
        ("Acme", 0.0)
    );
    ws.redo(PORTFOLIO).expect("rename redone");
    assert_eq!(
        ws.account_snapshot(&a).expect("loads").account.name,
        "Acme Group"
    );
}

#[test]
fn undoing_a_creation_removes_what_was_added_inside_and_redo_brings_it_back() {
    let (mut ws, a, b) = two_accounts();
    for line in [
        "Ana Ruiz, CFO",
        "Ben Cho, CTO, reports to Ana Ruiz",
        "Cy Dunn, COO",
    ] {
        ws.quick_add(&b, line, None).expect("added");
    }
    let bolt = ws.account_snapshot(&b).expect("loads");
    assert_eq!(
        ws.undo(PORTFOLIO).expect("undo").as_deref(),
        Some("Create account “Bolt”")
    );
    assert!(
        ws.account_snapshot(&b).is_err(),
        "Bolt and its map are gone"
    );
    assert_eq!(ws.account_listing().expect("listing").len(), 1);
    ws.redo(PORTFOLIO).expect("redo");
    assert_eq!(ws.account_snapshot(&b).expect("back"), bolt);
    assert!(ws.account_snapshot(&a).is_ok());
}

/// A deleted account's rows free their rowids; rows added later elsewhere may take them. Undo
/// statements name rows by primary key, so the deletion is still undone exactly and the other
/// account's undo still removes only its own people.
#[test]
fn a_deletion_is_undone_exactly_after_other_accounts_grew() {
    let (mut ws, a, b) = two_accounts();
    for n in 0..5 {
        ws.quick_add(&b, &format!("Person {n}, Title"), None)
            .expect("added");
    }
    let bolt = ws.account_snapshot(&b).expect("loads");
    ws.delete_account(&b).expect("deleted");
    for n in 0..5 {
        ws.quick_add(&a, &format!("Other {n}, Title"), None)
            .expect("added");
    }
    let acme = ws.account_snapshot(&a).expect("loads");
    ws.undo(PORTFOLIO).expect("deletion undone");
    assert_eq!(ws.account_snapshot(&b).expect("back"), bolt);
    assert_eq!(ws.account_snapshot(&a).expect("loads"), acme);
    for _ in 0..5 {
        ws.undo(&a).expect("undo").expect("a step");
    }
    assert!(names(&ws, &a).is_empty());
    assert_eq!(
        ws.account_snapshot(&b).expect("loads"),
        bolt,
        "Bolt untouched"
    );
}

#[test]
fn a_new_portfolio_step_clears_only_the_portfolio_redo() {
    let (mut ws, a, _) = two_accounts();
    ws.quick_add(&a, "Ana Ruiz, CFO", None).expect("added");
    ws.undo(&a).expect("undone");
    ws.undo(PORTFOLIO).expect("Bolt's creation undone");
    ws.create_account(&NewAccount::named("Cobalt"), today())
        .expect("created");
    assert_eq!(ws.history_state(PORTFOLIO).expect("history").redo, None);
    assert_eq!(
        ws.history_state(&a).expect("history").redo.as_deref(),
        Some("Add Ana Ruiz"),
        "the account's redo stays"
    );
}
