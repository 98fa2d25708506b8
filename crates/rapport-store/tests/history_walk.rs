//! Random sequences of editor edits, then undo all of them and redo all of them: the account must
//! come back exactly to where it started, and exactly to where it ended. Refused edits must not
//! leave an undo step.

use chrono::NaiveDate;
use proptest::prelude::*;
use rapport_core::*;
use rapport_store::{NewLine, Workspace};

#[derive(Debug, Clone)]
enum Op {
    QuickAdd(u8),
    Cover(u8, u8),
    ReportsTo(u8, u8, bool),
    Conflict(u8, u8),
    Attitude(u8, u8),
    Move(u8, i16, i16),
    Delete(u8),
    DeleteOurs(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        any::<u8>().prop_map(Op::QuickAdd),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Op::Cover(a, b)),
        (any::<u8>(), any::<u8>(), any::<bool>()).prop_map(|(a, b, d)| Op::ReportsTo(a, b, d)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Op::Conflict(a, b)),
        (any::<u8>(), any::<u8>()).prop_map(|(a, b)| Op::Attitude(a, b)),
        (any::<u8>(), any::<i16>(), any::<i16>()).prop_map(|(a, x, y)| Op::Move(a, x, y)),
        any::<u8>().prop_map(Op::Delete),
        any::<u8>().prop_map(Op::DeleteOurs),
    ]
}

fn pick<T: Clone>(items: &[T], i: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[usize::from(i) % items.len()].clone())
}

/// Applies one edit; true when it was accepted (and so made one undo step).
fn apply(ws: &mut Workspace, id: &AccountId, op: &Op) -> bool {
    let s = ws.account_snapshot(id).expect("loads");
    let theirs: Vec<StakeholderId> = s.stakeholders.iter().map(|p| p.id.clone()).collect();
    let ours: Vec<TeamMemberId> = s.team.iter().map(|t| t.id.clone()).collect();
    let result = match op {
        Op::QuickAdd(n) => ws
            .quick_add(id, &format!("Person {n}, Title {n}"), None)
            .map(|_| ()),
        Op::Cover(a, b) => match (pick(&ours, *a), pick(&theirs, *b)) {
            (Some(t), Some(p)) => ws
                .add_line(
                    id,
                    &NewLine::Covers {
                        team_member: t,
                        stakeholder: p,
                        strength: Strength::Aware,
                        desired: Strength::Trusted,
                    },
                )
                .map(|_| ()),
            _ => return false,
        },
        Op::ReportsTo(a, b, dotted) => match (pick(&theirs, *a), pick(&theirs, *b)) {
            (Some(x), Some(y)) => ws
                .add_line(
                    id,
                    &NewLine::ReportsTo {
                        stakeholder: x,
                        manager: y,
                        dotted: *dotted,
                    },
                )
                .map(|_| ()),
            _ => return false,
        },
        Op::Conflict(a, b) => match (pick(&theirs, *a), pick(&theirs, *b)) {
            (Some(from), Some(to)) => ws
                .add_line(id, &NewLine::ConflictsWith { from, to })
                .map(|_| ()),
            _ => return false,
        },
        Op::Attitude(a, v) => match pick(&s.stakeholders, *a) {
            Some(mut p) => {
                p.attitude = Attitude::ALL[usize::from(*v) % 5];
                if p == pick(&s.stakeholders, *a).expect("same person") {
                    return false; // no change, no step
                }
                ws.update_stakeholder(id, &p)
            }
            None => return false,
        },
        Op::Move(a, x, y) => match pick(&theirs, *a) {
            Some(p) => ws.move_person(
                id,
                &PersonId::Stakeholder(p),
                Position {
                    x: f64::from(*x),
                    y: f64::from(*y),
                },
                true,
            ),
            None => return false,
        },
        Op::Delete(a) => match pick(&theirs, *a) {
            Some(p) => ws.delete_person(id, &PersonId::Stakeholder(p)),
            None => return false,
        },
        Op::DeleteOurs(a) => match pick(&ours, *a) {
            Some(t) => ws.delete_person(id, &PersonId::TeamMember(t)),
            None => return false,
        },
    };
    result.is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn undoing_everything_restores_the_start_and_redoing_restores_the_end(
        ops in prop::collection::vec(op(), 1..25)
    ) {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let id = ws.create_demo(NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")).expect("demo");
        let start = ws.account_snapshot(&id).expect("loads");
        let mut steps = 0;
        for op in &ops {
            let before = ws.history_state(&id).expect("history");
            if apply(&mut ws, &id, op) {
                steps += 1;
            } else {
                prop_assert_eq!(ws.history_state(&id).expect("history"), before, "a refused edit left a step");
            }
        }
        let end = ws.account_snapshot(&id).expect("loads");
        for _ in 0..steps {
            prop_assert!(ws.undo(&id).expect("undo").is_some());
        }
        prop_assert_eq!(ws.undo(&id).expect("nothing left"), None);
        prop_assert_eq!(&ws.account_snapshot(&id).expect("loads"), &start);
        for _ in 0..steps {
            prop_assert!(ws.redo(&id).expect("redo").is_some());
        }
        prop_assert_eq!(&ws.account_snapshot(&id).expect("loads"), &end);
    }
}
