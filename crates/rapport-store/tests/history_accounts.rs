//! Undo and redo are per account, but the tables are the workspace's: what another account (or an
//! import) writes between an undo and its redo must not break the redo, and undoing in one
//! account must never touch another's rows. (The crash harness found the first: SQLite hands a
//! deleted row's rowid to the next insert, so history keyed by rowid collided with it.)

use chrono::NaiveDate;
use proptest::prelude::*;
use rapport_core::*;
use rapport_store::{NewLine, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

struct TwoAccounts {
    ws: Workspace,
    helios: AccountId,
    nordlicht: AccountId,
}

fn demo() -> TwoAccounts {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let helios = ws.create_demo(today()).expect("demo");
    let nordlicht = ws
        .account_id_by_name("Nordlicht Energie")
        .expect("nordlicht");
    TwoAccounts {
        ws,
        helios,
        nordlicht,
    }
}

fn reports_to(ws: &Workspace, account: &AccountId, name: &str) -> Option<String> {
    let snap = ws.account_snapshot(account).expect("loads");
    let person = snap.stakeholders.iter().find(|s| s.name == name)?;
    let line = snap
        .reports_to
        .iter()
        .find(|l| l.stakeholder == person.id)?;
    snap.stakeholders
        .iter()
        .find(|s| s.id == line.manager)
        .map(|m| m.name.clone())
}

#[test]
fn redo_after_another_account_added_rows_in_the_same_tables() {
    let TwoAccounts {
        mut ws,
        helios,
        nordlicht,
    } = demo();
    ws.quick_add(&helios, "Ada Analyst, Analyst, reports to Raj Patel", None)
        .expect("added");
    let with_ada = ws.account_snapshot(&helios).expect("loads");
    ws.undo(&helios).expect("undone");
    let without_ada = ws.account_snapshot(&helios).expect("loads");

    // Another account's edit writes the same tables (a person, a reporting line, places).
    ws.quick_add(
        &nordlicht,
        "Nina Engineer, Engineer, reports to Lea Brandt",
        None,
    )
    .expect("added");
    let nordlicht_after = ws.account_snapshot(&nordlicht).expect("loads");

    assert_eq!(
        ws.redo(&helios).expect("redo works").as_deref(),
        Some("Add Ada Analyst")
    );
    let mut now = ws.account_snapshot(&helios).expect("loads");
    // Offerings are the workspace's catalogue: the import added its own to every account's view.
    now.offerings.clone_from(&with_ada.offerings);
    assert_eq!(now, with_ada);
    assert_eq!(
        reports_to(&ws, &helios, "Ada Analyst").as_deref(),
        Some("Raj Patel")
    );
    assert_eq!(
        ws.account_snapshot(&nordlicht).expect("loads"),
        nordlicht_after,
        "the other account is untouched"
    );

    // And back again, each account on its own.
    ws.undo(&helios).expect("undone");
    assert_eq!(ws.account_snapshot(&helios).expect("loads"), without_ada);
    assert_eq!(
        ws.account_snapshot(&nordlicht).expect("loads"),
        nordlicht_after
    );
    ws.undo(&nordlicht).expect("undone");
    assert_eq!(reports_to(&ws, &nordlicht, "Nina Engineer"), None);
    assert_eq!(ws.account_snapshot(&helios).expect("loads"), without_ada);
}

#[test]
fn redo_after_an_import_wrote_the_same_tables() {
    let TwoAccounts { mut ws, helios, .. } = demo();
    ws.quick_add(&helios, "Ada Analyst, Analyst, reports to Raj Patel", None)
        .expect("added");
    let with_ada = ws.account_snapshot(&helios).expect("loads");
    ws.undo(&helios).expect("undone");

    // An import is a step of the workspace, not of any account.
    let mut generated = synthetic_account(40, 7);
    generated.account.name = "Generated".into();
    rapport_exchange::with_new_ids(
        &mut generated,
        &mut Vec::new(),
        &mut rapport_store::id_sequence(),
    );
    let imported = ws.import_account(&generated, &[]).expect("imported");
    let imported_snap = ws.account_snapshot(&imported).expect("loads");

    assert_eq!(
        ws.redo(&helios).expect("redo works").as_deref(),
        Some("Add Ada Analyst")
    );
    let mut now = ws.account_snapshot(&helios).expect("loads");
    // Offerings are the workspace's catalogue: the import added its own to every account's view.
    now.offerings.clone_from(&with_ada.offerings);
    assert_eq!(now, with_ada);
    assert_eq!(
        ws.account_snapshot(&imported).expect("loads"),
        imported_snap
    );
}

#[derive(Debug, Clone)]
enum Op {
    Add { reports_to: Option<u8> },
    ReportsTo(u8, u8),
    Delete(u8),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = (bool, Op)> {
    let op = prop_oneof![
        3 => prop::option::of(any::<u8>()).prop_map(|reports_to| Op::Add { reports_to }),
        1 => (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Op::ReportsTo(a, b)),
        2 => any::<u8>().prop_map(Op::Delete),
        3 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ];
    (any::<bool>(), op)
}

/// One account's history as the user sees it: the account before each undoable step, and
/// after each undone one.
#[derive(Default)]
struct Expected {
    undo: Vec<AccountSnapshot>,
    redo: Vec<AccountSnapshot>,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Edits, undos and redos in two accounts, interleaved: each account is always what its own
    /// history says, whatever the other did in between.
    #[test]
    fn each_account_undoes_and_redoes_its_own_edits_whatever_the_other_does(
        ops in prop::collection::vec(op(), 1..40)
    ) {
        let TwoAccounts { mut ws, helios, nordlicht } = demo();
        let mut expected = [Expected::default(), Expected::default()];
        for (n, (second, op)) in ops.iter().enumerate() {
            let (account, other, model) = if *second {
                (&nordlicht, &helios, &mut expected[1])
            } else {
                (&helios, &nordlicht, &mut expected[0])
            };
            let before = ws.account_snapshot(account).expect("loads");
            let other_before = ws.account_snapshot(other).expect("loads");
            let people = &before.stakeholders;
            let pick = |i: u8| (!people.is_empty()).then(|| people[usize::from(i) % people.len()].clone());
            match op {
                Op::Undo => {
                    let undone = ws.undo(account).expect("undo works");
                    prop_assert_eq!(undone.is_some(), !model.undo.is_empty());
                    if let Some(state) = model.undo.pop() {
                        prop_assert_eq!(&ws.account_snapshot(account).expect("loads"), &state);
                        model.redo.push(before);
                    }
                }
                Op::Redo => {
                    let redone = ws.redo(account).expect("redo works");
                    prop_assert_eq!(redone.is_some(), !model.redo.is_empty());
                    if let Some(state) = model.redo.pop() {
                        prop_assert_eq!(&ws.account_snapshot(account).expect("loads"), &state);
                        model.undo.push(before);
                    }
                }
                edit => {
                    let result = match edit {
                        Op::Add { reports_to } => {
                            let manager = reports_to.and_then(pick);
                            let line = match manager {
                                Some(m) => format!("Person {n}, Analyst, reports to {}", m.name),
                                None => format!("Person {n}, Analyst"),
                            };
                            ws.quick_add(account, &line, None).map(|_| ())
                        }
                        Op::ReportsTo(a, b) => match (pick(*a), pick(*b)) {
                            (Some(a), Some(b)) => ws
                                .add_line(
                                    account,
                                    &NewLine::ReportsTo { stakeholder: a.id, manager: b.id, dotted: true },
                                )
                                .map(|_| ()),
                            _ => Ok(()),
                        },
                        Op::Delete(a) => match pick(*a) {
                            Some(p) => ws.delete_person(account, &PersonId::Stakeholder(p.id)),
                            None => Ok(()),
                        },
                        Op::Undo | Op::Redo => unreachable!(),
                    };
                    let after = ws.account_snapshot(account).expect("loads");
                    if result.is_ok() && after != before {
                        model.undo.push(before);
                        model.redo.clear();
                    } else {
                        prop_assert_eq!(&after, &before, "a refused edit changed the account");
                    }
                }
            }
            prop_assert_eq!(
                &ws.account_snapshot(other).expect("loads"),
                &other_before,
                "step {} changed the other account", n
            );
        }
    }
}
