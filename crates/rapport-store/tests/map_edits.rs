//! The editor's edits on a real workspace: each is stored at once, refused edits write nothing,
//! and every edit can be undone and redone — also after the file is closed and opened again.

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{Error, LineEdit, NewLine, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Opens (or creates) the workspace file at `path` on the test's day.
fn open(path: &std::path::Path) -> rapport_store::Result<Workspace> {
    let noon = today().and_hms_opt(12, 0, 0).expect("valid time");
    Workspace::open(path, rapport_store::OpenMode::CreateIfMissing, noon)
}

fn demo() -> (Workspace, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    (ws, id)
}

fn snap(ws: &Workspace, id: &AccountId) -> AccountSnapshot {
    ws.account_snapshot(id).expect("loads")
}

fn stakeholder(s: &AccountSnapshot, name: &str) -> Stakeholder {
    s.stakeholders
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is on the map"))
        .clone()
}

fn stakeholder_id(ws: &Workspace, id: &AccountId, name: &str) -> StakeholderId {
    stakeholder(&snap(ws, id), name).id
}

fn team_id(ws: &Workspace, id: &AccountId, name: &str) -> TeamMemberId {
    snap(ws, id)
        .team
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("{name} is on our team"))
        .id
        .clone()
}

#[test]
fn quick_add_stores_the_person_their_manager_and_a_free_place() {
    let (mut ws, id) = demo();
    let before = snap(&ws, &id);
    let added = ws
        .quick_add(
            &id,
            "Jane Doe, CFO, budget, blocker, reports to Margaret Chen",
            None,
        )
        .expect("added");
    let after = snap(&ws, &id);
    assert_eq!(after.stakeholders.len(), before.stakeholders.len() + 1);
    let jane = stakeholder(&after, "Jane Doe");
    assert_eq!(PersonId::Stakeholder(jane.id.clone()), added);
    assert_eq!(
        (jane.title.as_str(), jane.attitude),
        ("CFO", Attitude::Blocker)
    );
    assert_eq!(jane.roles, vec![Role::Budget]);
    let chen = stakeholder(&after, "Margaret Chen");
    assert!(
        after
            .reports_to
            .iter()
            .any(|r| r.stakeholder == jane.id && r.manager == chen.id && !r.dotted)
    );
    let at = jane.placement.expect("placed").position;
    let overlaps = after
        .stakeholders
        .iter()
        .filter(|s| s.id != jane.id)
        .filter_map(|s| s.placement)
        .any(|p| {
            (p.position.x - at.x).abs() < CARD_WIDTH && (p.position.y - at.y).abs() < CARD_HEIGHT
        });
    assert!(!overlaps, "the new card does not land on another one");
}

#[test]
fn quick_add_refuses_unknown_managers_and_ours_reporting_to_theirs_writing_nothing() {
    let (mut ws, id) = demo();
    let before = snap(&ws, &id);
    let err = ws
        .quick_add(&id, "Jane Doe, CFO, reports to Nobody Here", None)
        .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { field, message } if field == "quickAdd" && message.contains("Nobody Here")),
        "{err:?}"
    );
    let err = ws
        .quick_add(&id, "Jane Doe, reports to Sarah Collins", None)
        .unwrap_err();
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    let err = ws
        .quick_add(&id, "Sam Lee, ours, reports to Margaret Chen", None)
        .unwrap_err();
    assert!(err.to_string().contains("one of our team"), "{err}");
    let err = ws.quick_add(&id, "  ", None).unwrap_err();
    assert!(matches!(err, Error::Validation { .. }));
    assert_eq!(snap(&ws, &id), before);
    assert_eq!(ws.history_state(&id).expect("history").undo, None);
}

#[test]
fn a_reporting_cycle_is_refused_with_both_names_and_nothing_is_saved() {
    let (mut ws, id) = demo();
    let chen = stakeholder_id(&ws, &id, "Margaret Chen");
    let raj = stakeholder_id(&ws, &id, "Raj Patel");
    let before = snap(&ws, &id);
    let err = ws
        .add_line(
            &id,
            &NewLine::ReportsTo {
                stakeholder: chen,
                manager: raj,
                dotted: true,
            },
        )
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("Margaret Chen") && message.contains("Raj Patel"),
        "{message}"
    );
    assert_eq!(snap(&ws, &id), before);
}

#[test]
fn lines_are_drawn_edited_and_deleted() {
    let (mut ws, id) = demo();
    let ben = team_id(&ws, &id, "Ben Carter");
    ws.quick_add(&id, "Jane Doe, CFO", None).expect("added");
    let jane = stakeholder_id(&ws, &id, "Jane Doe");
    let line = ws
        .add_line(
            &id,
            &NewLine::Covers {
                team_member: ben.clone(),
                stakeholder: jane.clone(),
                strength: Strength::Aware,
                desired: Strength::Trusted,
            },
        )
        .expect("drawn");
    let mut stored = snap(&ws, &id)
        .coverage
        .into_iter()
        .find(|c| c.id == line)
        .expect("stored");
    assert_eq!(
        (stored.strength, stored.desired),
        (Strength::Aware, Strength::Trusted)
    );
    stored.strength = Strength::Acquainted;
    stored.notes = "Met at the kick-off".into();
    ws.update_line(&id, &LineEdit::Covers(stored.clone()))
        .expect("edited");
    assert!(snap(&ws, &id).coverage.contains(&stored));
    let again = ws.add_line(
        &id,
        &NewLine::Covers {
            team_member: ben,
            stakeholder: jane,
            strength: Strength::Aware,
            desired: Strength::Aware,
        },
    );
    assert!(again.unwrap_err().to_string().contains("already covers"));
    ws.delete_line(&id, &line).expect("deleted");
    assert!(!snap(&ws, &id).coverage.iter().any(|c| c.id == line));
    assert!(matches!(
        ws.delete_line(&id, &line),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn making_a_dotted_line_solid_is_refused_when_there_is_a_solid_manager() {
    let (mut ws, id) = demo();
    let s = snap(&ws, &id);
    let dotted = s
        .reports_to
        .iter()
        .find(|r| r.dotted)
        .expect("the demo has a dotted line")
        .clone();
    let has_solid = s
        .reports_to
        .iter()
        .any(|r| r.stakeholder == dotted.stakeholder && !r.dotted);
    assert!(has_solid, "the demo's dotted line is a second manager");
    let err = ws
        .update_line(
            &id,
            &LineEdit::ReportsTo(ReportsTo {
                dotted: false,
                ..dotted
            }),
        )
        .unwrap_err();
    assert!(err.to_string().contains("one solid manager"), "{err}");
    assert_eq!(snap(&ws, &id), s);
}

#[test]
fn the_inspector_saves_every_field_and_refuses_bad_ones_by_field() {
    let (mut ws, id) = demo();
    let mut raj = stakeholder(&snap(&ws, &id), "Raj Patel");
    raj.title = "Chief Operating Officer".into();
    raj.roles = vec![Role::Budget, Role::User];
    raj.attitude = Attitude::Supporter;
    raj.influence = 5;
    raj.email = "raj@helios.example".into();
    raj.personal_notes = "Runs marathons".into();
    raj.nps_score = Some(8);
    raj.cadence_days = Some(30);
    raj.status = StakeholderStatus::LeftCompany;
    ws.update_stakeholder(&id, &raj).expect("saved");
    assert_eq!(stakeholder(&snap(&ws, &id), "Raj Patel"), raj);

    for (field, bad) in [
        (
            "name",
            Stakeholder {
                name: " ".into(),
                ..raj.clone()
            },
        ),
        (
            "influence",
            Stakeholder {
                influence: 0,
                ..raj.clone()
            },
        ),
        (
            "npsScore",
            Stakeholder {
                nps_score: Some(11),
                ..raj.clone()
            },
        ),
        (
            "email",
            Stakeholder {
                email: "not an address".into(),
                ..raj.clone()
            },
        ),
    ] {
        let err = ws.update_stakeholder(&id, &bad).unwrap_err();
        assert!(
            matches!(&err, Error::Validation { field: f, .. } if f == field),
            "{field}: {err:?}"
        );
    }
    assert_eq!(stakeholder(&snap(&ws, &id), "Raj Patel"), raj);
}

#[test]
fn deleting_names_what_goes_and_takes_it() {
    let (mut ws, id) = demo();
    let s = snap(&ws, &id);
    // The demo's goals are about people; pick the person of the first personal goal.
    let goal = s
        .goals
        .iter()
        .find(|g| g.stakeholder.is_some())
        .expect("a personal goal");
    let person = goal.stakeholder.clone().expect("about someone");
    let impact = ws
        .removal_impact(&id, &PersonId::Stakeholder(person.clone()))
        .expect("impact");
    assert!(impact.goals.contains(&goal.title));
    assert!(impact.lines > 0);
    ws.delete_person(&id, &PersonId::Stakeholder(person.clone()))
        .expect("deleted");
    let after = snap(&ws, &id);
    assert!(after.stakeholder(&person).is_none());
    assert!(!after.goals.iter().any(|g| g.id == goal.id));
    assert!(
        !after
            .reports_to
            .iter()
            .any(|r| r.stakeholder == person || r.manager == person)
    );
    assert!(!after.coverage.iter().any(|c| c.stakeholder == person));
}

#[test]
fn undo_and_redo_walk_back_and_forth_over_every_edit_including_cascades() {
    let (mut ws, id) = demo();
    let start = snap(&ws, &id);
    ws.quick_add(&id, "Jane Doe, CFO, budget", None)
        .expect("added");
    let jane = stakeholder_id(&ws, &id, "Jane Doe");
    let ben = team_id(&ws, &id, "Ben Carter");
    ws.add_line(
        &id,
        &NewLine::Covers {
            team_member: ben,
            stakeholder: jane.clone(),
            strength: Strength::Aware,
            desired: Strength::Trusted,
        },
    )
    .expect("drawn");
    let with_line = snap(&ws, &id);
    // Deleting a well-connected person cascades to lines, roles and goals.
    let chen = stakeholder_id(&ws, &id, "Margaret Chen");
    ws.delete_person(&id, &PersonId::Stakeholder(chen))
        .expect("deleted");
    assert_eq!(
        ws.history_state(&id).expect("history").undo.as_deref(),
        Some("Delete Margaret Chen")
    );

    assert_eq!(
        ws.undo(&id).expect("undone").as_deref(),
        Some("Delete Margaret Chen")
    );
    assert_eq!(snap(&ws, &id), with_line, "the cascade came back whole");
    ws.undo(&id).expect("undone");
    ws.undo(&id).expect("undone");
    assert_eq!(snap(&ws, &id), start);
    assert_eq!(ws.undo(&id).expect("nothing left"), None);

    ws.redo(&id).expect("redone");
    ws.redo(&id).expect("redone");
    assert_eq!(snap(&ws, &id), with_line);
    // A new edit drops what could have been redone.
    ws.rename_person(&id, &PersonId::Stakeholder(jane), "Jane Smith")
        .expect("renamed");
    let state = ws.history_state(&id).expect("history");
    assert_eq!(state.undo.as_deref(), Some("Rename Jane Doe"));
    assert_eq!(state.redo, None);
}

#[test]
fn history_survives_closing_and_reopening_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.sqlite");
    let id = {
        let mut ws = open(&path).expect("workspace");
        let id = ws.create_demo(today()).expect("demo");
        ws.quick_add(&id, "Jane Doe, CFO", None).expect("added");
        ws.quick_add(&id, "John Roe, CTO", None).expect("added");
        id
    };
    let mut ws = open(&path).expect("reopened");
    assert_eq!(
        ws.undo(&id).expect("undone").as_deref(),
        Some("Add John Roe")
    );
    let names: Vec<String> = snap(&ws, &id)
        .stakeholders
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert!(names.contains(&"Jane Doe".to_owned()) && !names.contains(&"John Roe".to_owned()));
    drop(ws);
    let ws = open(&path).expect("reopened again");
    assert_eq!(
        ws.history_state(&id).expect("history").redo.as_deref(),
        Some("Add John Roe")
    );
}

#[test]
fn moves_pins_and_layouts_are_undoable_but_opening_an_account_is_not() {
    let (mut ws, id) = demo();
    let raj = stakeholder(&snap(&ws, &id), "Raj Patel");
    let person = PersonId::Stakeholder(raj.id.clone());
    let from = raj.placement.expect("placed");
    ws.mark_opened(&id, today().and_hms_opt(9, 0, 0).expect("time"))
        .expect("opened");
    assert_eq!(ws.history_state(&id).expect("history").undo, None);
    ws.move_person(
        &id,
        &person,
        Position {
            x: 9000.0,
            y: 9000.0,
        },
        true,
    )
    .expect("moved");
    ws.set_pinned(&id, &person, false).expect("unpinned");
    assert_eq!(
        ws.undo(&id).expect("undo").as_deref(),
        Some("Unpin Raj Patel")
    );
    assert_eq!(
        ws.undo(&id).expect("undo").as_deref(),
        Some("Move Raj Patel")
    );
    assert_eq!(
        stakeholder(&snap(&ws, &id), "Raj Patel").placement,
        Some(from)
    );
    ws.apply_layout(&id, LayoutMode::Full).expect("laid out");
    assert_eq!(
        ws.history_state(&id).expect("history").undo.as_deref(),
        Some("Lay out the map")
    );
}

#[test]
fn a_team_member_leaves_this_account_only() {
    let (mut ws, id) = demo();
    let sarah = team_id(&ws, &id, "Sarah Collins");
    let impact = ws
        .removal_impact(&id, &PersonId::TeamMember(sarah.clone()))
        .expect("impact");
    assert!(impact.lines > 0);
    ws.delete_person(&id, &PersonId::TeamMember(sarah.clone()))
        .expect("removed");
    let after = snap(&ws, &id);
    assert!(after.team_member(&sarah).is_none());
    assert!(!after.coverage.iter().any(|c| c.team_member == sarah));
    ws.undo(&id).expect("undone");
    assert!(snap(&ws, &id).team_member(&sarah).is_some());
}

#[test]
fn duplicating_copies_the_profile_and_the_manager_not_the_contact_details() {
    let (mut ws, id) = demo();
    let raj = stakeholder(&snap(&ws, &id), "Raj Patel");
    let copy = ws
        .duplicate_person(&id, &PersonId::Stakeholder(raj.id.clone()))
        .expect("duplicated");
    let PersonId::Stakeholder(copy) = copy else {
        panic!("a stakeholder's copy is a stakeholder")
    };
    let after = snap(&ws, &id);
    let c = after.stakeholder(&copy).expect("stored");
    assert_eq!(c.name, "Raj Patel (copy)");
    assert_eq!(
        (&c.title, &c.roles, c.attitude),
        (&raj.title, &raj.roles, raj.attitude)
    );
    assert!(c.email.is_empty() && c.personal_notes.is_empty());
    assert_ne!(
        c.placement.map(|p| p.position),
        raj.placement.map(|p| p.position)
    );
}

#[test]
fn a_generated_thousand_person_account_imports_whole_and_is_refused_twice() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let generated = synthetic_account(1000, 7);
    let id = ws.import_account(&generated, &[]).expect("imported");
    let stored = snap(&ws, &id);
    assert_eq!(stored.stakeholders.len(), generated.stakeholders.len());
    assert_eq!(stored.reports_to.len(), generated.reports_to.len());
    assert_eq!(stored.coverage.len(), generated.coverage.len());
    assert_eq!(stored.relations.len(), generated.relations.len());
    let again = ws.import_account(&generated, &[]).unwrap_err();
    assert!(
        again.to_string().contains("already has an account"),
        "{again}"
    );
}
