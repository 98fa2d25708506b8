//! Contacts imports through the store: what is written equals the plan applied in memory,
//! re-imports update and keep places, one undo takes an import back, and a refused import
//! writes nothing.

mod common;

use common::{Demo, today};
use rapport_core::*;
use rapport_exchange::{ImportOptions, preview};
use rapport_store::HistoryScope;
use rapport_store::{Error, Workspace};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// The plan of `csv` against `existing`, with fresh ids given here so the test knows them.
fn plan(csv: &str, options: &ImportOptions, existing: Option<&AccountSnapshot>) -> ImportPlan {
    let p = preview(csv.as_bytes(), options, existing);
    let mut plan = p
        .plan
        .unwrap_or_else(|| panic!("refused: {:#?}", p.problems));
    plan.assign_ids(&mut || format!("T{:04}", NEXT_ID.fetch_add(1, Ordering::Relaxed)));
    plan
}

/// The account with people and lines in id order, roles sorted, and the places of `new`
/// people left out (the store lays them out).
fn comparable(s: &AccountSnapshot, new: &HashSet<StakeholderId>) -> AccountSnapshot {
    let mut s = s.clone();
    for p in &mut s.stakeholders {
        p.roles.sort();
        if new.contains(&p.id) {
            p.placement = None;
        }
    }
    s.stakeholders.sort_by(|a, b| a.id.cmp(&b.id));
    s.reports_to.sort_by(|a, b| a.id.cmp(&b.id));
    s
}

fn new_ids(plan: &ImportPlan) -> HashSet<StakeholderId> {
    plan.new_people
        .iter()
        .map(|p| p.stakeholder.id.clone())
        .collect()
}

/// Every card placed, no two on the same spot.
fn laid_out(s: &AccountSnapshot) {
    let mut spots = HashSet::new();
    for p in &s.stakeholders {
        let at = p
            .placement
            .unwrap_or_else(|| panic!("{} has no place", p.name));
        assert!(
            spots.insert((at.position.x.to_bits(), at.position.y.to_bits())),
            "{} shares a spot",
            p.name
        );
    }
}

const INTO_HELIOS: &str = "\
Name,Title,Email,CRM ID,Reports To,Dotted To,Roles
Raj Patel,CFO and Strategy,raj.patel@helios.example,SF-002,Margaret Chen,,Budget
Nia Diallo,Data Engineer,nia.diallo@helios.example,SF-101,Grace Liu,Raj Patel,User
Omar Haddad,Analytics Lead,,SF-102,Nia Diallo,,User; Gatekeeper
Sofia Marin,Head of Procurement,,,Tom Fischer,,
";

#[test]
fn writing_a_plan_equals_the_plan_applied_in_memory() {
    let mut demo = Demo::new();
    let before = demo.snap();
    let plan = plan(INTO_HELIOS, &ImportOptions::default(), Some(&before));
    assert_eq!(plan.new_people.len(), 2);
    assert_eq!(
        plan.updated_people.len(),
        1,
        "Raj's title and CRM id change"
    );
    assert_eq!(plan.remove_lines.len(), 1, "Sofia's manager changes");
    let mut expected = before.clone();
    plan.apply_to(&mut expected);
    let new = new_ids(&plan);
    demo.ws
        .import_contacts(&demo.id, plan, "Import 4 contacts from helios.csv")
        .expect("imported");
    let stored = demo.snap();
    assert_eq!(comparable(&stored, &new), comparable(&expected, &new));
    laid_out(&stored);
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Import 4 contacts from helios.csv")
    );
    let raj = demo.person("Raj Patel");
    assert_eq!(
        (raj.crm_id.as_str(), raj.title.as_str()),
        ("SF-002", "CFO and Strategy")
    );
}

const FIRST_EXPORT: &str = "\
Id,FirstName,LastName,Title,Department,Email,ReportsToId
003A,Ana,Ruiz,Chief Executive Officer,Executive,ana.ruiz@northwind.example,
003B,Raj,Kumar,Chief Financial Officer,Finance,raj.kumar@northwind.example,003A
003C,Tom,Ng,Chief Information Officer,IT,tom.ng@northwind.example,003A
003D,Mia,Schmidt,Procurement Lead,Finance,mia.schmidt@northwind.example,003B
003E,Lars,Okafor,Engineer,IT,lars.okafor@northwind.example,003C
";

const NEWER_EXPORT: &str = "\
Id,FirstName,LastName,Title,Department,Email,ReportsToId
003A,Ana,Ruiz,Chief Executive Officer,Executive,ana.ruiz@northwind.example,
003B,Raj,Kumar,Chief Financial and Strategy Officer,Finance,raj.kumar@northwind.example,003A
003C,Tom,Ng,Chief Information Officer,IT,tom.ng@northwind.example,003A
003D,Mia,Schmidt,Procurement Lead,Purchasing,mia.schmidt@northwind.example,003C
003F,Nia,Diallo,Data Engineer,IT,nia.diallo@northwind.example,003C
";

fn northwind() -> (Workspace, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let first = plan(FIRST_EXPORT, &ImportOptions::default(), None);
    let id = ws
        .import_contacts_as_new_account("Northwind", today(), first, "Import 5 contacts")
        .expect("imported");
    (ws, id)
}

#[test]
fn a_reimport_updates_matched_people_keeps_places_and_marks_missing_only_when_asked() {
    let (mut ws, id) = northwind();
    let snap = |ws: &Workspace| ws.account_snapshot(&id).expect("loads");
    let raj = |s: &AccountSnapshot| {
        s.stakeholders
            .iter()
            .find(|p| p.name == "Raj Kumar")
            .cloned()
            .expect("Raj")
    };
    let dropped_at = Position {
        x: 1234.0,
        y: -56.0,
    };
    ws.move_person(
        &id,
        &PersonId::Stakeholder(raj(&snap(&ws)).id),
        dropped_at,
        true,
    )
    .expect("moved");
    let before = snap(&ws);
    laid_out(&before);

    let newer = plan(NEWER_EXPORT, &ImportOptions::default(), Some(&before));
    assert!(
        newer.mark_left.is_empty(),
        "missing people are only offered"
    );
    let mut expected = before.clone();
    newer.apply_to(&mut expected);
    let new = new_ids(&newer);
    ws.import_contacts(&id, newer, "Re-import")
        .expect("re-imported");
    let after = snap(&ws);
    assert_eq!(comparable(&after, &new), comparable(&expected, &new));
    assert_eq!(raj(&after).title, "Chief Financial and Strategy Officer");
    assert_eq!(raj(&after).placement.map(|p| p.position), Some(dropped_at));
    for p in &before.stakeholders {
        let now = after.stakeholder(&p.id).expect("nobody deleted");
        assert_eq!(now.placement, p.placement, "{} stays where it was", p.name);
    }
    let lars = |s: &AccountSnapshot| {
        s.stakeholders
            .iter()
            .find(|p| p.name == "Lars Okafor")
            .map(|p| p.status)
    };
    assert_eq!(lars(&after), Some(StakeholderStatus::Active));
    laid_out(&after);

    let asked = ImportOptions {
        mark_missing_as_left: true,
        ..ImportOptions::default()
    };
    let marking = plan(NEWER_EXPORT, &asked, Some(&after));
    assert_eq!(marking.mark_left.len(), 1);
    ws.import_contacts(&id, marking, "Mark Lars")
        .expect("marked");
    assert_eq!(lars(&snap(&ws)), Some(StakeholderStatus::LeftCompany));
    assert_eq!(snap(&ws).stakeholders.len(), 6, "never deleted");
}

#[test]
fn one_undo_takes_an_import_into_an_existing_account_back_and_redo_brings_it() {
    let mut demo = Demo::new();
    let before = demo.snap();
    let history = demo.ws.history_state(&demo.id).expect("history");
    let plan = plan(INTO_HELIOS, &ImportOptions::default(), Some(&before));
    demo.ws
        .import_contacts(&demo.id, plan, "Import 4 contacts")
        .expect("imported");
    let after = demo.snap();
    assert_eq!(
        demo.ws.undo(&demo.id).expect("undone").as_deref(),
        Some("Import 4 contacts")
    );
    assert_eq!(demo.snap(), before);
    assert_eq!(
        demo.ws.history_state(&demo.id).expect("history").undo,
        history.undo
    );
    demo.ws.redo(&demo.id).expect("redone");
    assert_eq!(demo.snap(), after);
}

#[test]
fn an_import_into_a_new_account_is_laid_out_and_one_undo_step() {
    let (mut ws, id) = northwind();
    let s = ws.account_snapshot(&id).expect("loads");
    assert_eq!(s.account.name, "Northwind");
    assert_eq!((s.stakeholders.len(), s.reports_to.len()), (5, 4));
    laid_out(&s);
    let ana = s
        .stakeholders
        .iter()
        .find(|p| p.name == "Ana Ruiz")
        .expect("Ana");
    let lars = s
        .stakeholders
        .iter()
        .find(|p| p.name == "Lars Okafor")
        .expect("Lars");
    let y = |p: &Stakeholder| p.placement.expect("placed").position.y;
    assert!(y(ana) < y(lars), "the hierarchy reads top down");
    // A step of the workspace: its undo removes the account with its people.
    let history = ws.history_state(HistoryScope::Workspace).expect("history");
    assert_eq!(history.undo.as_deref(), Some("Import 5 contacts"));
    assert_eq!(ws.history_state(&id).expect("history").undo, None);
    ws.undo(HistoryScope::Workspace).expect("undone");
    assert!(ws.account_snapshot(&id).is_err(), "the account is gone");
}

/// Runs an import that must be refused and checks nothing changed: the account, its reviews,
/// its undo history, the list of accounts.
fn refused(demo: &mut Demo, plan: ImportPlan) -> Error {
    let state = |d: &Demo| {
        (
            d.snap(),
            d.ws.history_state(&d.id).expect("history"),
            d.reviews(),
            d.ws.account_listing().expect("accounts").len(),
        )
    };
    let before = state(demo);
    let err = demo
        .ws
        .import_contacts(&demo.id, plan, "Refused")
        .expect_err("refused");
    assert_eq!(
        state(demo),
        before,
        "a refused import changed the workspace"
    );
    err
}

#[test]
fn refused_imports_write_nothing_and_say_why() {
    let mut demo = Demo::new();
    let before = demo.snap();
    let good = plan(INTO_HELIOS, &ImportOptions::default(), Some(&before));

    let mut bad_field = good.clone();
    bad_field.new_people[1].stakeholder.influence = 9;
    match refused(&mut demo, bad_field) {
        Error::Validation { field, message } => {
            assert_eq!(field, "influence");
            assert!(message.starts_with("Line 4: Influence runs"), "{message}");
        }
        other => panic!("{other:?}"),
    }

    let mut cycle = good.clone();
    let chen = demo.person("Margaret Chen").id;
    let nia = good.new_people[0].stakeholder.id.clone();
    cycle.add_lines.push(ReportsTo {
        id: "T-cycle".into(),
        stakeholder: chen,
        manager: nia,
        dotted: false,
    });
    let err = refused(&mut demo, cycle);
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    assert!(err.to_string().contains("Margaret Chen"), "{err}");

    let mut stale = good.clone();
    stale.updated_people[0].stakeholder.id = "gone".into();
    let err = refused(&mut demo, stale);
    assert!(err.to_string().contains("Preview the file again"), "{err}");

    let accounts = demo.ws.account_listing().expect("accounts").len();
    let taken = demo
        .ws
        .import_contacts_as_new_account("helios freight", today(), good, "Taken")
        .expect_err("the name is taken");
    assert!(
        taken.to_string().contains("already has an account"),
        "{taken}"
    );
    assert_eq!(demo.ws.account_listing().expect("accounts").len(), accounts);
}
