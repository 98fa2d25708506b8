//! One test for each kind of bad row: the preview refuses the import and names the line and the
//! column, in words a key-account manager reads without help.

mod common;

use common::*;
use rapport_core::{ReportsTo, Stakeholder};
use rapport_exchange::{CrmIds, ImportOptions, ProblemKind, preview};

/// The one problem `text` has; the import is refused.
fn only_problem(text: &str) -> String {
    let p = preview_text(text);
    assert!(p.plan.is_none(), "one bad row imports nothing");
    assert_eq!(p.problems.len(), 1, "{:#?}", messages(&p));
    assert_eq!(p.invalid_lines, [p.problems[0].line]);
    p.problems[0].message.clone()
}

#[test]
fn a_row_without_a_name() {
    assert_eq!(
        only_problem("Name,Title\nAna Ruiz,CFO\n,CTO\n"),
        "Line 3, column “Name” (A): this row has no name. Every person needs one."
    );
}

#[test]
fn a_manager_that_matches_nobody() {
    assert_eq!(
        only_problem("Name,Title,Reports To\nAna Ruiz,CEO,\nRaj Patel,CFO,Tom Ng\n"),
        "Line 3, column “Reports To” (C): no one called “Tom Ng” is in this file."
    );
    assert_eq!(
        only_problem("Name,Manager\nAna,\nRaj,tom@x.io\n"),
        "Line 3, column “Manager” (B): no one with the e-mail “tom@x.io” is in this file."
    );
}

#[test]
fn a_reporting_cycle_names_every_row_in_it() {
    let p = preview_text("Name,Manager\nAna,Cy\nBo,Ana\nCy,Bo\nDee,Ana\n");
    assert!(p.plan.is_none());
    assert_eq!(p.invalid_lines, [2, 3, 4]);
    assert_eq!(
        p.problems[0].message,
        "Line 2, column “Manager” (B): these reporting lines go round in a circle: Ana reports \
         to Cy, who reports to Bo, who reports to Ana."
    );
}

#[test]
fn a_duplicate_email() {
    assert_eq!(
        only_problem("Name,Email\nAna,ana@x.io\nAnn,ANA@x.io\n"),
        "Line 3, column “Email” (B): ANA@x.io is also the e-mail on line 2; each person needs \
         their own."
    );
}

#[test]
fn a_duplicate_id() {
    assert_eq!(
        only_problem("Id,FirstName,LastName\n0031,Ana,Ruiz\n0031,Raj,Patel\n"),
        "Line 3, column “Id” (A): the id “0031” is also on line 2; each person needs their own."
    );
}

#[test]
fn a_person_reporting_to_themselves() {
    assert_eq!(
        only_problem("Name,Manager\nAna Ruiz,ana ruiz\n"),
        "Line 2, column “Manager” (B): Ana Ruiz is named as their own manager."
    );
}

#[test]
fn an_unknown_role_word() {
    let message = only_problem("Name,Roles\nAna,Budget; astrologer\n");
    assert!(
        message.starts_with("Line 2, column “Roles” (B): “astrologer” is not a buying role"),
        "{message}"
    );
}

#[test]
fn an_unknown_attitude_or_status() {
    assert_eq!(
        only_problem("Name,Attitude\nAna,fan\n"),
        "Line 2, column “Attitude” (B): “fan” is not an attitude; use champion, supporter, \
         neutral, skeptic or blocker."
    );
    assert_eq!(
        only_problem("Name,Status\nAna,retired\n"),
        "Line 2, column “Status” (B): “retired” is not a status; use “active” or “left the \
         company”."
    );
}

#[test]
fn influence_outside_one_to_five() {
    assert_eq!(
        only_problem("Name,Influence\nAna,7\n"),
        "Line 2, column “Influence” (B): influence is a number from 1 to 5, not “7”."
    );
}

#[test]
fn bad_and_ambiguous_dates_and_numbers() {
    assert_eq!(
        only_problem("Name,Last Contact\nAna,2025-02-30\n"),
        "Line 2, column “Last Contact” (B): “2025-02-30” is not a date Rapport can read; write \
         dates as 2025-03-14."
    );
    let message = only_problem("Name,Birthday\nAna,03/04/1980\n");
    assert!(message.starts_with("Line 2, column “Birthday” (B): “03/04/1980” could be"));
    // Another date in the column shows the day comes first.
    assert!(
        preview_text("Name,Birthday\nAna,03/04/1980\nRaj,25/12/1979\n")
            .plan
            .is_some()
    );
    assert_eq!(
        only_problem("Name,Cadence Days\nAna,often\n"),
        "Line 2, column “Cadence Days” (B): this needs a whole number from 1 to 3650, not \
         “often”."
    );
}

#[test]
fn an_email_that_is_not_one_and_a_name_too_long() {
    assert_eq!(
        only_problem("Name,Email\nAna,ana.x.io\n"),
        "Line 2, column “Email” (B): “ana.x.io” does not look like an e-mail address."
    );
    let long = "x".repeat(201);
    assert_eq!(
        only_problem(&format!("Name\n{long}\n")),
        "Line 2, column “Name” (A): this is 201 characters long; at most 200 fit here."
    );
    let title = "y".repeat(501);
    assert!(only_problem(&format!("Name,Title\nAna,{title}\n")).contains("at most 500"));
}

#[test]
fn a_manager_name_two_people_share() {
    assert_eq!(
        only_problem("Name,Manager\nTom Ng,\nTom Ng,\nAna,Tom Ng\n"),
        "Line 4, column “Manager” (B): more than one person answers to “Tom Ng” (lines 2 and \
         3); use their e-mail or id instead."
    );
}

#[test]
fn problems_are_reported_for_the_line_a_multi_line_record_starts_on() {
    let text = "Name,Notes,Influence\r\nAna,\"one\r\ntwo\",3\r\nRaj,\"x\",9\r\n";
    assert!(only_problem(text).starts_with("Line 4, column “Influence” (C)"));
}

#[test]
fn skip_invalid_imports_the_good_rows_and_lists_the_rest() {
    let text = "Name,Manager,Influence\nAna,,5\nBo,Ana,9\nCy,Bo,2\nDee,Ana,3\n";
    let refused = preview_text(text);
    assert!(refused.plan.is_none());
    assert_eq!(refused.invalid_lines, [3]);
    let options = ImportOptions {
        skip_invalid: true,
        ..ImportOptions::default()
    };
    let p = preview(text.as_bytes(), &options, None);
    assert_eq!(p.invalid_lines, [3]);
    assert_eq!(p.people, 3);
    let map = applied(plan_of(&p), &empty_account("X"), &mut CrmIds::new());
    let names: Vec<&str> = map.stakeholders.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ana", "Cy", "Dee"]);
    assert_eq!(
        manager(&map, "Cy"),
        None,
        "Bo is left out, so Cy has no manager"
    );
    assert!(matches!(
        p.notices[0].kind,
        ProblemKind::ManagerLeftOut { .. }
    ));
    assert!(
        p.notices[0]
            .message
            .starts_with("Line 4, column “Manager” (B): Bo (line 3) is left out")
    );
}

#[test]
fn skip_invalid_leaves_out_a_cycle_and_imports_the_rest() {
    let options = ImportOptions {
        skip_invalid: true,
        ..ImportOptions::default()
    };
    let p = preview(b"Name,Manager\nAna,Bo\nBo,Ana\nCy,\n", &options, None);
    assert_eq!(p.invalid_lines, [2, 3]);
    assert_eq!(plan_of(&p).new_people.len(), 1);
}

#[test]
fn a_manager_matching_nobody_can_be_kept_as_a_person_without_one() {
    let options = ImportOptions {
        keep_unmatched_managers: true,
        ..ImportOptions::default()
    };
    let p = preview(b"Name,Reports To\nAna,Tom Ng\n", &options, None);
    assert!(p.problems.is_empty());
    assert_eq!(
        p.notices[0].message,
        "Line 2, column “Reports To” (B): no one answers to “Tom Ng”, so Ana is imported \
         without a manager."
    );
    let map = applied(plan_of(&p), &empty_account("X"), &mut CrmIds::new());
    assert_eq!(manager(&map, "Ana"), None);
}

#[test]
fn a_cycle_through_people_already_on_the_map() {
    let mut account = empty_account("X");
    account.stakeholders = vec![
        Stakeholder::named("s1", "Ana"),
        Stakeholder::named("s2", "Bo"),
    ];
    account.reports_to.push(ReportsTo {
        id: "l1".into(),
        stakeholder: "s1".into(),
        manager: "s2".into(),
        dotted: false,
    });
    // Bo is on the map and in the file; Ana is only on the map and reports to Bo there.
    let p = preview(
        b"Name,Manager\nBo,Ana\n",
        &ImportOptions::default(),
        Some(&account),
    );
    assert_eq!(
        messages(&p),
        [
            "Line 2, column “Manager” (B): these reporting lines go round in a circle: Bo reports \
          to Ana, who reports to Bo."
        ]
    );
}
