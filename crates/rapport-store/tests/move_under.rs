//! Dropping a card onto another makes that person the new manager: the old solid line goes, the
//! card moves under the new manager, the map's rules hold, and one undo puts everything back.

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{Error, Workspace};

fn demo() -> (Workspace, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
    let id = ws.create_demo(today).expect("demo");
    (ws, id)
}

fn id_of(s: &AccountSnapshot, name: &str) -> StakeholderId {
    s.stakeholders
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is on the map"))
        .id
        .clone()
}

fn solid_managers(s: &AccountSnapshot, who: &StakeholderId) -> Vec<String> {
    s.reports_to
        .iter()
        .filter(|r| &r.stakeholder == who && !r.dotted)
        .map(|r| s.stakeholder(&r.manager).expect("on the map").name.clone())
        .collect()
}

fn position(s: &AccountSnapshot, who: &StakeholderId) -> Position {
    s.stakeholder(who)
        .and_then(|p| p.placement)
        .expect("placed")
        .position
}

#[test]
fn a_dropped_card_reports_to_its_new_manager_and_moves_under_them_in_one_undo_step() {
    let (mut ws, account) = demo();
    let before = ws.account_snapshot(&account).expect("loads");
    let noah = id_of(&before, "Noah Schmidt");
    let raj = id_of(&before, "Raj Patel");
    assert_eq!(solid_managers(&before, &noah), ["Priya Nair"]);

    ws.move_under(&account, &noah, &raj).expect("moved");
    let after = ws.account_snapshot(&account).expect("loads");
    assert_eq!(solid_managers(&after, &noah), ["Raj Patel"]);
    let (at, boss) = (position(&after, &noah), position(&after, &raj));
    assert!(
        at.y > boss.y,
        "under the new manager: {at:?} below {boss:?}"
    );
    for other in after.stakeholders.iter().filter(|p| p.id != noah) {
        let o = other.placement.expect("placed").position;
        let apart = (o.x - at.x).abs() >= CARD_WIDTH || (o.y - at.y).abs() >= CARD_HEIGHT;
        assert!(apart, "{} overlaps the moved card", other.name);
    }
    let history = ws.history_state(&account).expect("history");
    assert_eq!(
        history.undo.as_deref(),
        Some("Move Noah Schmidt under Raj Patel")
    );

    ws.undo(&account).expect("undone");
    assert_eq!(ws.account_snapshot(&account).expect("loads"), before);
}

#[test]
fn a_drop_that_would_make_a_cycle_or_changes_nothing_is_refused_and_writes_nothing() {
    let (mut ws, account) = demo();
    let before = ws.account_snapshot(&account).expect("loads");
    let margaret = id_of(&before, "Margaret Chen");
    let noah = id_of(&before, "Noah Schmidt");
    let priya = id_of(&before, "Priya Nair");

    // Noah reports (through Priya and Elena) to Margaret: she cannot report to him.
    let err = ws
        .move_under(&account, &margaret, &noah)
        .expect_err("a cycle");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    assert!(err.to_string().contains("Margaret Chen"), "{err}");

    let err = ws
        .move_under(&account, &noah, &priya)
        .expect_err("nothing to do");
    assert_eq!(
        err.to_string(),
        "Noah Schmidt already reports to Priya Nair."
    );
    let err = ws.move_under(&account, &noah, &noah).expect_err("self");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");

    assert_eq!(ws.account_snapshot(&account).expect("loads"), before);
    assert_eq!(ws.history_state(&account).expect("history").undo, None);
}
