//! Contacts out: Rapport's template reads back to the same people and lines; the Salesforce
//! file carries the CRM ids so workshop changes can go back.

mod common;

use common::*;
use rapport_core::{Stakeholder, StakeholderId, synthetic_account};
use rapport_exchange::{
    CrmIds, Format, ImportOptions, TextEncoding, export_salesforce_csv, export_template_csv,
    preview,
};
use std::collections::BTreeSet;

/// Every reports-to line by names: (person, manager, dotted).
fn lines_by_name(s: &rapport_core::AccountSnapshot) -> BTreeSet<(String, String, bool)> {
    let name = |id: &StakeholderId| {
        s.stakeholder(id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    s.reports_to
        .iter()
        .map(|l| (name(&l.stakeholder), name(&l.manager), l.dotted))
        .collect()
}

/// A person with the id and the card position left out (neither travels in a CSV).
fn comparable(s: &Stakeholder) -> Stakeholder {
    Stakeholder {
        id: "-".into(),
        placement: None,
        ..s.clone()
    }
}

#[test]
fn the_template_reads_back_to_the_same_people_and_lines() {
    let mut account = synthetic_account(300, 7);
    let mut awkward = Stakeholder::named("odd", "O'Neil, \"Rex\"");
    awkward.title = "=SUM(A1:A9); head of R&D".into();
    awkward.phone = "+1 (555) 0100".into();
    awkward.personal_notes = "Two lines,\nwith \"quotes\" and ; semicolons".into();
    awkward.interests = "-ski touring".into();
    account.stakeholders.push(awkward);
    let mut crm_ids = CrmIds::new();
    for (i, s) in account.stakeholders.iter().enumerate().step_by(3) {
        crm_ids.insert(s.id.clone(), format!("CRM-{i}"));
    }

    let bytes = export_template_csv(&account, &crm_ids);
    assert!(bytes.starts_with(b"\xEF\xBB\xBFName,Title,Department,Email,Phone,CRM ID,Reports To"));
    let p = preview(&bytes, &ImportOptions::default(), None);
    assert_eq!(p.format, Format::RapportTemplate);
    assert_eq!(p.encoding, Some(TextEncoding::Utf8WithBom));
    let mut read_ids = CrmIds::new();
    let back = applied(plan_of(&p), &empty_account("Northwind"), &mut read_ids);

    assert_eq!(back.stakeholders.len(), account.stakeholders.len());
    for (before, after) in account.stakeholders.iter().zip(&back.stakeholders) {
        assert_eq!(comparable(after), comparable(before));
        assert_eq!(
            read_ids.get(&after.id),
            crm_ids.get(&before.id),
            "{}",
            before.name
        );
    }
    assert_eq!(lines_by_name(&back), lines_by_name(&account));
}

#[test]
fn shared_names_are_written_as_emails_or_crm_ids_so_lines_stay_exact() {
    let mut account = empty_account("X");
    let mut a = Stakeholder::named("a", "Sam Lee");
    a.email = "sam.lee@x.example".into();
    let b = Stakeholder::named("b", "Sam Lee");
    let c = Stakeholder::named("c", "Kim");
    let d = Stakeholder::named("d", "Jo");
    account.stakeholders = vec![a, b, c, d];
    let line = |id: &str, from: &str, to: &str| rapport_core::ReportsTo {
        id: id.into(),
        stakeholder: from.into(),
        manager: to.into(),
        dotted: false,
    };
    account.reports_to = vec![line("1", "c", "a"), line("2", "d", "b")];
    let crm_ids = CrmIds::from([(StakeholderId::from("b"), "0032".to_owned())]);
    let text = String::from_utf8(export_template_csv(&account, &crm_ids)).expect("utf-8");
    assert!(text.contains("\r\nKim,,,,,,sam.lee@x.example,"), "{text}");
    assert!(text.contains("\r\nJo,,,,,,0032,"), "{text}");
    let p = preview(text.as_bytes(), &ImportOptions::default(), None);
    let back = applied(plan_of(&p), &empty_account("X"), &mut CrmIds::new());
    let managers: Vec<(String, String)> = back
        .reports_to
        .iter()
        .map(|l| {
            let who = back.stakeholder(&l.stakeholder).expect("person");
            let boss = back.stakeholder(&l.manager).expect("manager");
            (who.name.clone(), boss.email.clone())
        })
        .collect();
    assert_eq!(
        managers,
        [
            ("Kim".to_owned(), "sam.lee@x.example".to_owned()),
            ("Jo".to_owned(), String::new())
        ]
    );
}

#[test]
fn the_salesforce_file_carries_crm_ids_and_reads_back_as_salesforce() {
    let account = synthetic_account(40, 3);
    let crm_ids: CrmIds = account
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), format!("0035g00000X{i:04}AAA")))
        .collect();
    let bytes = export_salesforce_csv(&account, &crm_ids);
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    let mut lines = text.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("Id,FirstName,LastName,Title,Department,Email,Phone,ReportsToId")
    );
    let first = &account.stakeholders[1];
    let (given, family) = first.name.rsplit_once(' ').expect("two names");
    let expected_start = format!("0035g00000X0001AAA,{given},{family},");
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("0035g00000X0000AAA,"))
    );
    assert!(lines.next().is_some_and(|l| l.starts_with(&expected_start)));

    let p = preview(&bytes, &ImportOptions::default(), None);
    assert_eq!(p.format, Format::SalesforceApi);
    let back = applied(plan_of(&p), &empty_account("X"), &mut CrmIds::new());
    let solid = |s: &rapport_core::AccountSnapshot| -> BTreeSet<(String, String, bool)> {
        lines_by_name(s).into_iter().filter(|l| !l.2).collect()
    };
    assert_eq!(solid(&back), solid(&account));
}

#[test]
fn people_without_a_crm_id_get_an_empty_id_and_manager_id() {
    let mut account = empty_account("X");
    account.stakeholders = vec![Stakeholder::named("a", "Cher")];
    let text = String::from_utf8(export_salesforce_csv(&account, &CrmIds::new())).expect("utf-8");
    assert_eq!(
        text,
        "Id,FirstName,LastName,Title,Department,Email,Phone,ReportsToId\r\n,,Cher,,,,,\r\n"
    );
}
