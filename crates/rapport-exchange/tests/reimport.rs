//! Importing a newer export into an account that already has people: matched by CRM id, then
//! e-mail, then name; the preview lists who is new, who changed and who is missing.

mod common;

use common::*;
use rapport_core::{
    AccountSnapshot, Placement, Position, ReportsTo, Stakeholder, StakeholderStatus,
};
use rapport_exchange::{CrmIds, Field, ImportOptions, ProblemKind, preview};

/// Northwind after a first import of the Salesforce fixture, with Raj's card placed by hand.
fn northwind() -> (AccountSnapshot, CrmIds) {
    let account = empty_account("Northwind Holdings");
    let p = preview(
        &fixture("salesforce_api.csv"),
        &ImportOptions::default(),
        Some(&account),
    );
    let mut plan = plan_of(&p).clone();
    let mut n = 0;
    plan.assign_ids(&mut || {
        n += 1;
        format!("ULID{n:03}")
    });
    let mut crm_ids = CrmIds::new();
    let mut map = applied(&plan, &account, &mut crm_ids);
    let raj = map
        .stakeholders
        .iter_mut()
        .find(|s| s.name == "Raj Patel")
        .expect("Raj");
    raj.placement = Some(Placement {
        position: Position { x: 120.0, y: 340.0 },
        pinned: true,
    });
    (map, crm_ids)
}

const NEWER_EXPORT: &str = "\
Id,FirstName,LastName,Title,Department,Email,Phone,ReportsToId,AccountId
0035g00000NWC01IAQ,Ana,Ruiz,Chief Executive Officer,Executive,ana.ruiz@northwind.example,+44 20 7946 0001,,0015g00000NWNWNWN1
0035g00000NWC02IAQ,Raj,Patel,Chief Financial and Strategy Officer,Finance,raj.patel@northwind.example,+44 20 7946 0002,0035g00000NWC01IAQ,0015g00000NWNWNWN1
0035g00000NWC03IAQ,Tom,Ng,Chief Information Officer,IT,tom.ng@northwind.example,,0035g00000NWC01IAQ,0015g00000NWNWNWN1
0035g00000NWC04IAQ,Mia,Schmidt,\"Director, Procurement\",Purchasing,mia.schmidt@northwind.example,,0035g00000NWC03IAQ,0015g00000NWNWNWN1
0035g00000NWC06IAQ,Nia,Diallo,Data Engineer,IT,nia.diallo@northwind.example,,0035g00000NWC03IAQ,0015g00000NWNWNWN1
";

#[test]
fn new_changed_and_missing_people_are_listed_from_what_to_what() {
    let (map, crm_ids) = northwind();
    let options = ImportOptions {
        existing_crm_ids: crm_ids.clone(),
        ..ImportOptions::default()
    };
    let p = preview(NEWER_EXPORT.as_bytes(), &options, Some(&map));
    assert!(p.problems.is_empty(), "{:#?}", messages(&p));
    let c = &p.changes;
    let new: Vec<(&str, Option<u32>)> = c
        .new_people
        .iter()
        .map(|n| (n.name.as_str(), n.line))
        .collect();
    assert_eq!(new, [("Nia Diallo", Some(6))]);
    assert_eq!(c.unchanged, 2);
    let missing: Vec<&str> = c.missing.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(missing, ["Lars Okafor"]);
    let changed: Vec<(&str, Vec<String>)> = c
        .changed
        .iter()
        .map(|ch| {
            let described = ch.changes.iter().map(|f| f.describe()).collect();
            (ch.person.name.as_str(), described)
        })
        .collect();
    assert_eq!(
        changed,
        [
            (
                "Raj Patel",
                vec![
                    "Title: “Chief Financial Officer” → “Chief Financial and Strategy Officer”"
                        .to_owned()
                ]
            ),
            (
                "Mia Schmidt",
                vec![
                    "Department: “Procurement” → “Purchasing”".to_owned(),
                    "Reports To: “Raj Patel” → “Tom Ng”".to_owned()
                ]
            ),
        ]
    );
    assert_eq!(c.changed[1].changes[1].field, Field::ReportsTo);

    let plan = plan_of(&p);
    assert!(
        plan.mark_left.is_empty(),
        "missing people are only offered as having left"
    );
    let mut ids = crm_ids.clone();
    let after = applied(plan, &map, &mut ids);
    assert_eq!(manager(&after, "Mia Schmidt").as_deref(), Some("Tom Ng"));
    assert_eq!(manager(&after, "Nia Diallo").as_deref(), Some("Tom Ng"));
    assert_eq!(
        person(&after, "Lars Okafor").status,
        StakeholderStatus::Active
    );
    assert_eq!(
        person(&after, "Raj Patel").placement,
        person(&map, "Raj Patel").placement,
        "positions of people already placed are kept"
    );
    assert_eq!(after.stakeholders.len(), 6);
    assert_eq!(
        after.reports_to.len(),
        5,
        "Mia's old line is replaced, not doubled"
    );
    assert_eq!(plan.remove_lines.len(), 1);
}

#[test]
fn missing_people_can_be_marked_as_having_left_never_deleted() {
    let (map, crm_ids) = northwind();
    let options = ImportOptions {
        existing_crm_ids: crm_ids.clone(),
        mark_missing_as_left: true,
        ..ImportOptions::default()
    };
    let p = preview(NEWER_EXPORT.as_bytes(), &options, Some(&map));
    let after = applied(plan_of(&p), &map, &mut crm_ids.clone());
    assert_eq!(
        person(&after, "Lars Okafor").status,
        StakeholderStatus::LeftCompany
    );
    assert_eq!(after.stakeholders.len(), 6);
}

#[test]
fn people_are_matched_by_email_when_the_file_has_no_crm_ids() {
    let (map, _) = northwind();
    let text = "Name,Email,Title\nAnnie Ruiz,ANA.RUIZ@northwind.example,CEO\n";
    let p = preview(text.as_bytes(), &ImportOptions::default(), Some(&map));
    assert!(p.changes.new_people.is_empty());
    let described: Vec<String> = p.changes.changed[0]
        .changes
        .iter()
        .map(|f| f.describe())
        .collect();
    assert_eq!(
        described,
        [
            "Name: “Ana Ruiz” → “Annie Ruiz”",
            "Title: “Chief Executive Officer” → “CEO”"
        ]
    );
}

#[test]
fn people_are_matched_by_name_whatever_the_case_and_managers_may_be_on_the_map_only() {
    let (map, _) = northwind();
    let text = "Name,Manager,Title\nTOM  NG,,CIO\nNia Diallo,tom ng,Engineer\n";
    let p = preview(text.as_bytes(), &ImportOptions::default(), Some(&map));
    assert_eq!(p.changes.changed[0].person.name, "TOM NG");
    let after = applied(plan_of(&p), &map, &mut CrmIds::new());
    assert_eq!(manager(&after, "Nia Diallo").as_deref(), Some("TOM NG"));
    // Not named in the file: Ana stays Tom's manager (an empty cell keeps what the map has).
    assert_eq!(manager(&after, "TOM NG").as_deref(), Some("Ana Ruiz"));
    let text = "Name,Manager\nNia Diallo,Lars Okafor\n";
    let p = preview(text.as_bytes(), &ImportOptions::default(), Some(&map));
    let after = applied(plan_of(&p), &map, &mut CrmIds::new());
    assert_eq!(
        manager(&after, "Nia Diallo").as_deref(),
        Some("Lars Okafor")
    );
}

#[test]
fn an_unknown_manager_on_a_reimport_says_the_map_was_searched_too() {
    let (map, _) = northwind();
    let p = preview(
        b"Name,Manager\nNia,Zed\n",
        &ImportOptions::default(),
        Some(&map),
    );
    assert_eq!(
        messages(&p),
        ["Line 2, column “Manager” (B): no one called “Zed” is in this file or on the map."]
    );
}

#[test]
fn one_person_twice_or_a_name_two_people_share_is_a_problem() {
    let (map, _) = northwind();
    let p = preview(
        b"Name,Email\nRaj Patel,\nR. Patel,raj.patel@northwind.example\n",
        &ImportOptions::default(),
        Some(&map),
    );
    assert_eq!(
        messages(&p),
        ["Line 3: this is R. Patel again, who is already on line 2; keep one row per person."]
    );
    let mut twins = empty_account("X");
    twins.stakeholders = vec![
        Stakeholder::named("a", "Sam Lee"),
        Stakeholder::named("b", "Sam Lee"),
    ];
    let p = preview(b"Name\nSam Lee\n", &ImportOptions::default(), Some(&twins));
    assert!(matches!(
        p.problems[0].kind,
        ProblemKind::AmbiguousExistingPerson { .. }
    ));
}

#[test]
fn a_dotted_line_that_becomes_the_solid_one_is_replaced() {
    let mut map = empty_account("X");
    map.stakeholders = vec![
        Stakeholder::named("a", "Ana"),
        Stakeholder::named("b", "Bo"),
        Stakeholder::named("c", "Cy"),
    ];
    let line = |id: &str, from: &str, to: &str, dotted| ReportsTo {
        id: id.into(),
        stakeholder: from.into(),
        manager: to.into(),
        dotted,
    };
    map.reports_to = vec![line("l1", "c", "a", false), line("l2", "c", "b", true)];
    let p = preview(
        b"Name,Manager,Dotted To\nCy,Bo,Ana\n",
        &ImportOptions::default(),
        Some(&map),
    );
    let plan = plan_of(&p);
    let mut removed = plan.remove_lines.clone();
    removed.sort();
    assert_eq!(removed, ["l1".into(), "l2".into()]);
    let after = applied(plan, &map, &mut CrmIds::new());
    assert_eq!(manager(&after, "Cy").as_deref(), Some("Bo"));
    assert_eq!(dotted(&after, "Cy"), ["Ana"]);
}
