//! The quick-add bar's use cases: the preview says what Enter does, Enter asks before a
//! duplicate and answers with the account as it now is.

use chrono::NaiveDate;
use rapport_api::{QuickAddReply, map};
use rapport_core::*;
use rapport_store::{NewAccount, Workspace};

fn setup() -> (Workspace, AccountId, AccountId) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let acme = ws
        .create_account(&NewAccount::named("Acme"), today)
        .expect("acme");
    let globex = ws
        .create_account(&NewAccount::named("Globex"), today)
        .expect("globex");
    (ws, acme, globex)
}

fn enter(
    ws: &mut Workspace,
    id: &AccountId,
    line: &str,
    answers: &QuickAddAnswers,
) -> QuickAddReply {
    map::quick_add_answered(ws, id, line, None, answers).unwrap_or_else(|e| panic!("{line}: {e}"))
}

#[test]
fn the_preview_and_enter_agree_about_a_team_member_on_a_second_account() {
    let (mut ws, acme, globex) = setup();
    enter(
        &mut ws,
        &acme,
        "Sarah Collins, ours, Account manager",
        &QuickAddAnswers::default(),
    );
    let preview = map::quick_add_preview(&ws, &globex, "Sarah Collins, ours").expect("preview");
    let texts: Vec<&str> = preview.parts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["Sarah Collins", "One of ours"]);
    assert_eq!(
        preview.notes,
        ["Sarah Collins is one of ours already: placed on this map, not added again."]
    );
    let QuickAddReply::Added { person, edit } = enter(
        &mut ws,
        &globex,
        "Sarah Collins, ours",
        &QuickAddAnswers::default(),
    ) else {
        panic!("placed")
    };
    assert_eq!(edit.snapshot.team.len(), 1);
    assert_eq!(
        PersonId::TeamMember(edit.snapshot.team[0].id.clone()),
        person
    );
    assert_eq!(edit.history.undo.as_deref(), Some("Place Sarah Collins"));
    assert_eq!(
        ws.team_members().expect("team").len(),
        1,
        "no second Sarah in the workspace"
    );
}

#[test]
fn enter_asks_before_a_duplicate_stakeholder_and_writes_nothing() {
    let (mut ws, acme, _) = setup();
    enter(&mut ws, &acme, "Ben Hale, CFO", &QuickAddAnswers::default());
    let before = ws.account_snapshot(&acme).expect("snapshot");
    let reply = enter(&mut ws, &acme, "Ben Hale, CTO", &QuickAddAnswers::default());
    assert!(
        matches!(reply, QuickAddReply::Asks { question: QuickAddQuestion::AlreadyOnMap { ref name, .. } } if name == "Ben Hale"),
        "{reply:?}"
    );
    assert_eq!(ws.account_snapshot(&acme).expect("snapshot"), before);
    let anyway = QuickAddAnswers {
        add_anyway: true,
        ..Default::default()
    };
    let QuickAddReply::Added { edit, .. } = enter(&mut ws, &acme, "Ben Hale, CTO", &anyway) else {
        panic!("added anyway")
    };
    assert_eq!(edit.snapshot.stakeholders.len(), 2);
}

#[test]
fn a_refused_line_is_a_quick_add_field_error() {
    let (mut ws, acme, _) = setup();
    let preview =
        map::quick_add_preview(&ws, &acme, "Ben, known by Nobody trusted").expect("preview");
    let problem = preview.problem.expect("a problem");
    let err = map::quick_add_answered(
        &mut ws,
        &acme,
        "Ben, known by Nobody trusted",
        None,
        &QuickAddAnswers::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&err, rapport_api::Error::Validation { field, message } if field == "quickAdd" && *message == problem),
        "the preview warned with Enter's words: {err:?}"
    );
}
