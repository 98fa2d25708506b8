//! Quick-add lines on a real workspace: each line is one transaction and one undo step, a line
//! that asks a question or is refused writes nothing, and names are matched — one of ours is
//! placed on a second account, never copied.

use chrono::NaiveDate;
use rapport_core::quick_add::preview_line;
use rapport_core::*;
use rapport_store::{Error, NewAccount, QuickAddOutcome, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid date")
}

/// A workspace with two empty accounts.
fn two_accounts() -> (Workspace, AccountId, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let acme = ws
        .create_account(&NewAccount::named("Acme"), today())
        .expect("acme");
    let globex = ws
        .create_account(&NewAccount::named("Globex"), today())
        .expect("globex");
    (ws, acme, globex)
}

fn snap(ws: &Workspace, id: &AccountId) -> AccountSnapshot {
    ws.account_snapshot(id).expect("loads")
}

fn add(ws: &mut Workspace, id: &AccountId, line: &str) -> PersonId {
    ws.quick_add(id, line, None)
        .unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn answered(
    ws: &mut Workspace,
    id: &AccountId,
    line: &str,
    answers: &QuickAddAnswers,
) -> QuickAddOutcome {
    ws.quick_add_answered(id, line, None, answers)
        .unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn undo_label(ws: &Workspace, id: &AccountId) -> Option<String> {
    ws.history_state(id).expect("history").undo
}

#[test]
fn a_department_that_is_a_role_word_is_stored_as_the_preview_says() {
    let (mut ws, acme, _) = two_accounts();
    let line = "Eve Park, Head of Procurement, Procurement, gatekeeper, blocker";
    let shown: Vec<String> = preview_line(line)
        .expect("reads")
        .into_iter()
        .map(|p| p.text)
        .collect();
    add(&mut ws, &acme, line);
    let eve = snap(&ws, &acme).stakeholders.pop().expect("added");
    assert_eq!(
        shown,
        [
            eve.name.clone(),
            format!("Title: {}", eve.title),
            format!("Department: {}", eve.department),
            eve.roles[0].label().to_owned(),
            eve.attitude.label().to_owned(),
        ]
    );
    assert_eq!(eve.department, "Procurement");
    assert_eq!(eve.role_tag, "");
}

#[test]
fn one_of_ours_on_a_second_account_is_placed_not_copied() {
    let (mut ws, acme, globex) = two_accounts();
    let sarah = add(&mut ws, &acme, "Sarah Collins, ours, Account manager");
    let placed = add(&mut ws, &globex, "sarah collins, ours");
    assert_eq!(placed, sarah, "the same person on both maps");
    assert_eq!(snap(&ws, &globex).team.len(), 1);
    assert_eq!(snap(&ws, &globex).team[0].title, "Account manager");
    assert_eq!(
        undo_label(&ws, &globex).as_deref(),
        Some("Place Sarah Collins")
    );
    // Placing her again on the same map asks first, and writes nothing.
    let before = snap(&ws, &globex);
    let again = answered(
        &mut ws,
        &globex,
        "Sarah Collins, ours",
        &QuickAddAnswers::default(),
    );
    assert!(
        matches!(
            again,
            QuickAddOutcome::Asks(QuickAddQuestion::AlreadyOnMap { .. })
        ),
        "{again:?}"
    );
    assert_eq!(snap(&ws, &globex), before);
    // Undo takes her off this map only.
    ws.undo(&globex).expect("undone");
    assert!(snap(&ws, &globex).team.is_empty());
    assert_eq!(snap(&ws, &acme).team.len(), 1);
}

#[test]
fn two_of_ours_with_one_name_ask_which_and_the_answer_places_that_one() {
    let (mut ws, acme, globex) = two_accounts();
    add(&mut ws, &acme, "Sarah Collins, ours, Sales");
    let anyway = QuickAddAnswers {
        add_anyway: true,
        ..Default::default()
    };
    let QuickAddOutcome::Done(PersonId::TeamMember(second)) =
        answered(&mut ws, &acme, "Sarah Collins, ours, Delivery", &anyway)
    else {
        panic!("a second Sarah when asked for")
    };
    let before = snap(&ws, &globex);
    let asked = answered(
        &mut ws,
        &globex,
        "Sarah Collins, ours",
        &QuickAddAnswers::default(),
    );
    let QuickAddOutcome::Asks(QuickAddQuestion::ChooseTeamMember { candidates, .. }) = asked else {
        panic!("{asked:?}")
    };
    assert_eq!(candidates.len(), 2);
    assert_eq!(snap(&ws, &globex), before, "asking writes nothing");
    assert_eq!(undo_label(&ws, &globex), None);
    let err = ws
        .quick_add(&globex, "Sarah Collins, ours", None)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("2 of ours are called “Sarah Collins”"),
        "{err}"
    );
    let picked = QuickAddAnswers {
        picked: vec![second.clone()],
        ..Default::default()
    };
    let done = answered(&mut ws, &globex, "Sarah Collins, ours", &picked);
    assert_eq!(
        done,
        QuickAddOutcome::Done(PersonId::TeamMember(second.clone()))
    );
    assert_eq!(snap(&ws, &globex).team[0].title, "Delivery");
}

#[test]
fn a_second_stakeholder_of_one_name_needs_add_anyway() {
    let (mut ws, acme, _) = two_accounts();
    add(&mut ws, &acme, "Ben Hale, CFO");
    let before = snap(&ws, &acme);
    let asked = answered(&mut ws, &acme, "Ben Hale, CTO", &QuickAddAnswers::default());
    let QuickAddOutcome::Asks(QuickAddQuestion::AlreadyOnMap { message, .. }) = asked else {
        panic!("{asked:?}")
    };
    assert!(
        message.contains("Ben Hale (CFO) is already on this map"),
        "{message}"
    );
    assert_eq!(snap(&ws, &acme), before);
    let anyway = QuickAddAnswers {
        add_anyway: true,
        ..Default::default()
    };
    answered(&mut ws, &acme, "Ben Hale, CTO", &anyway);
    assert_eq!(snap(&ws, &acme).stakeholders.len(), 2);
}

#[test]
fn a_person_with_their_manager_and_coverage_is_one_undo_step() {
    let (mut ws, acme, globex) = two_accounts();
    add(&mut ws, &acme, "Sarah Collins, ours");
    add(&mut ws, &globex, "Ann Roe, CEO");
    let before = snap(&ws, &globex);
    add(
        &mut ws,
        &globex,
        "Ben Hale, CFO, budget, reports to Ann Roe, known by Sarah Collins acquainted -> trusted",
    );
    let after = snap(&ws, &globex);
    let ben = after
        .stakeholders
        .iter()
        .find(|s| s.name == "Ben Hale")
        .expect("Ben");
    let ann = after
        .stakeholders
        .iter()
        .find(|s| s.name == "Ann Roe")
        .expect("Ann");
    assert!(
        after
            .reports_to
            .iter()
            .any(|r| r.stakeholder == ben.id && r.manager == ann.id)
    );
    assert_eq!(
        after.team.len(),
        1,
        "Sarah comes onto this map from the workspace"
    );
    assert_eq!(
        after
            .coverage
            .iter()
            .map(|c| (&c.team_member, &c.stakeholder, c.strength, c.desired))
            .collect::<Vec<_>>(),
        [(
            &after.team[0].id,
            &ben.id,
            Strength::Acquainted,
            Strength::Trusted
        )]
    );
    assert!(
        after.team[0].placement.is_some(),
        "placed beside the others"
    );
    assert_eq!(undo_label(&ws, &globex).as_deref(), Some("Add Ben Hale"));
    ws.undo(&globex).expect("undone");
    assert_eq!(
        snap(&ws, &globex),
        before,
        "one undo takes the person, both lines and Sarah's place"
    );
    ws.redo(&globex).expect("redone");
    assert_eq!(snap(&ws, &globex).coverage.len(), 1);
}

#[test]
fn a_covers_line_draws_then_changes_coverage() {
    let (mut ws, acme, _) = two_accounts();
    add(&mut ws, &acme, "Sarah Collins, ours");
    add(&mut ws, &acme, "Ben Hale, CFO");
    let ben = add(
        &mut ws,
        &acme,
        "Sarah Collins covers Ben Hale: acquainted → trusted",
    );
    let c = snap(&ws, &acme).coverage;
    assert_eq!(
        (c.len(), c[0].strength, c[0].desired),
        (1, Strength::Acquainted, Strength::Trusted)
    );
    assert_eq!(ben, PersonId::Stakeholder(c[0].stakeholder.clone()));
    assert_eq!(
        undo_label(&ws, &acme).as_deref(),
        Some("Sarah Collins covers Ben Hale")
    );
    add(&mut ws, &acme, "Sarah Collins covers Ben Hale: trusted");
    let c2 = snap(&ws, &acme).coverage;
    assert_eq!(
        (c2.len(), c2[0].id.clone(), c2[0].strength),
        (1, c[0].id.clone(), Strength::Trusted)
    );
    ws.undo(&acme).expect("undone");
    assert_eq!(snap(&ws, &acme).coverage, c);
}

#[test]
fn a_refused_line_writes_nothing_at_all() {
    let (mut ws, acme, _) = two_accounts();
    add(&mut ws, &acme, "Ann Roe, CEO");
    let before = snap(&ws, &acme);
    let label = undo_label(&ws, &acme);
    for (line, expect) in [
        (
            "Ben Hale, CFO, known by Sara Colins trusted",
            "“Sara Colins”",
        ),
        (
            "Ben Hale, CFO, reports to Ann Roe, known by Nobody",
            "“Nobody”",
        ),
        ("Nobody covers Ann Roe: trusted", "“Nobody”"),
        ("Ben Hale, CFO, likes golf, more", "“more”"),
    ] {
        let err = ws.quick_add(&acme, line, None).unwrap_err();
        assert!(
            matches!(err, Error::Validation { ref field, .. } if field == "quickAdd"),
            "{line}: {err:?}"
        );
        assert!(err.to_string().contains(expect), "{line}: {err}");
        assert_eq!(snap(&ws, &acme), before, "{line}");
        assert_eq!(undo_label(&ws, &acme), label, "{line}");
    }
    let long_title = format!(
        "Ben Hale, {}, reports to Ann Roe",
        "T".repeat(rules::MAX_LINE_CHARS + 1)
    );
    let err = ws.quick_add(&acme, &long_title, None).unwrap_err();
    assert!(matches!(err, Error::Validation { .. }), "{err:?}");
    assert_eq!(snap(&ws, &acme), before);
}
