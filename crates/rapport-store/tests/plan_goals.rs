//! Determine and Implement on the demo account: goals and initiatives round-trip, refusals name
//! the form field and leave the workspace as it was, and Undo takes an edit back.

mod common;

use common::{Demo, day, today};
use rapport_core::*;
use rapport_store::{Error, GoalDraft, InitiativeDraft};

fn goal_draft(stakeholder: Option<StakeholderId>, title: &str) -> GoalDraft {
    GoalDraft {
        stakeholder,
        title: title.into(),
        priority: Priority::High,
        target: GoalTarget::Attitude {
            from: Attitude::Skeptic,
            to: Attitude::Supporter,
        },
        due: Some(day(2027, 2, 1)),
        status: GoalStatus::Open,
    }
}

#[test]
fn a_goal_round_trips_and_undo_takes_it_back() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel");
    let before = d.snap();
    let id =
        d.ws.add_goal(
            &d.id,
            &goal_draft(Some(raj.id.clone()), "  Raj backs the pilot "),
            today(),
        )
        .expect("added");
    let goal = d
        .snap()
        .goals
        .into_iter()
        .find(|g| g.id == id)
        .expect("stored");
    assert_eq!(goal.title, "Raj backs the pilot");
    assert_eq!(goal.created_on, today());
    assert_eq!(goal.stakeholder, Some(raj.id.clone()));
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Add goal “Raj backs the pilot”")
    );

    let mut edit = goal_draft(Some(raj.id), "Raj backs the pilot");
    edit.status = GoalStatus::InProgress;
    edit.due = Some(today());
    d.ws.update_goal(&d.id, &id, &edit).expect("edited");
    let goal = d
        .snap()
        .goals
        .into_iter()
        .find(|g| g.id == id)
        .expect("stored");
    assert_eq!(
        (goal.status, goal.due),
        (GoalStatus::InProgress, Some(today()))
    );
    assert_eq!(goal.created_on, today(), "editing keeps the creation date");

    d.ws.undo(&d.id).expect("undo edit");
    d.ws.undo(&d.id).expect("undo add");
    assert_eq!(d.snap(), before);
}

#[test]
fn invalid_goals_are_refused_on_their_field() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel").id;
    let mut early = goal_draft(Some(raj.clone()), "Too early");
    early.due = Some(day(2026, 11, 22));
    let message = d.refused("due", |ws, id| ws.add_goal(id, &early, today()));
    assert!(message.contains("23 Nov 2026"), "{message}");

    let blank = goal_draft(Some(raj.clone()), "   ");
    d.refused("title", |ws, id| ws.add_goal(id, &blank, today()));

    // A person of another account.
    let other = {
        let nordlicht =
            d.ws.account_id_by_name("Nordlicht Energie")
                .expect("demo account");
        d.ws.account_snapshot(&nordlicht)
            .expect("loads")
            .stakeholders[0]
            .id
            .clone()
    };
    let elsewhere = goal_draft(Some(other), "Someone else's person");
    d.refused("stakeholder", |ws, id| ws.add_goal(id, &elsewhere, today()));

    let mut same = goal_draft(Some(raj.clone()), "Stay put");
    same.target = GoalTarget::Attitude {
        from: Attitude::Neutral,
        to: Attitude::Neutral,
    };
    d.refused("target", |ws, id| ws.add_goal(id, &same, today()));

    let mut weaker = goal_draft(Some(raj), "Know him less");
    weaker.target = GoalTarget::Coverage {
        team_member: None,
        from: Strength::Trusted,
        to: Strength::Aware,
    };
    d.refused("target", |ws, id| ws.add_goal(id, &weaker, today()));

    let account_wide = goal_draft(None, "Whose attitude?");
    d.refused("stakeholder", |ws, id| {
        ws.add_goal(id, &account_wide, today())
    });

    // Editing: the due date may not come before the goal's own creation date (60 days ago).
    let patel = d.goal("Earn Raj Patel's trust in our business case");
    let mut edit = GoalDraft {
        stakeholder: patel.stakeholder.clone(),
        title: patel.title.clone(),
        priority: patel.priority,
        target: patel.target.clone(),
        due: Some(patel.created_on.pred_opt().expect("a day before")),
        status: patel.status,
    };
    d.refused("due", |ws, id| ws.update_goal(id, &patel.id, &edit));
    edit.due = Some(patel.created_on);
    d.ws.update_goal(&d.id, &patel.id, &edit)
        .expect("the creation day itself is fine");
}

#[test]
fn a_goal_an_initiative_depends_on_alone_cannot_be_deleted() {
    let mut d = Demo::new();
    let patel = d.goal("Earn Raj Patel's trust in our business case");
    let before = d.snap();
    let err = d.ws.delete_goal(&d.id, &patel.id).expect_err("refused");
    assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
    assert_eq!(d.snap(), before);

    // The account goal shares its initiative with another goal: deleting it unlinks it.
    let pilot = d.goal("Win the Hamburg warehouse pilot");
    d.ws.delete_goal(&d.id, &pilot.id).expect("deleted");
    let snap = d.snap();
    assert!(!snap.goals.iter().any(|g| g.id == pilot.id));
    let report = snap
        .initiatives
        .iter()
        .find(|i| i.title == "Hamburg scanner root-cause report")
        .expect("initiative stays");
    assert_eq!(report.goals.len(), 1);
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), before, "undo brings the goal and its links back");
}

#[test]
fn a_finding_becomes_a_goal_once() {
    let mut d = Demo::new();
    let snap = d.snap();
    let finding = analyse(&snap, today())
        .into_iter()
        .find(|f| goal_answering(&snap, f).is_none())
        .expect("an unanswered finding in the demo");
    let id =
        d.ws.goal_from_finding(&d.id, &finding.key, today())
            .expect("made");
    let goal = d
        .snap()
        .goals
        .into_iter()
        .find(|g| g.id == id)
        .expect("stored");
    assert_eq!(goal.title, finding.suggested_goal.title);
    assert_eq!(goal.target, finding.suggested_goal.target);
    assert_eq!(goal.stakeholder, finding.suggested_goal.stakeholder);
    assert_eq!((goal.created_on, goal.status), (today(), GoalStatus::Open));
    assert_eq!(
        d.undo_label(),
        Some(format!("Make goal “{}”", finding.suggested_goal.title))
    );

    let before = d.snap();
    let again = d.ws.goal_from_finding(&d.id, &finding.key, today());
    assert!(matches!(again, Err(Error::Conflict { .. })), "{again:?}");
    let gone =
        d.ws.goal_from_finding(&d.id, "staleContact:nobody", today());
    assert!(matches!(gone, Err(Error::NotFound { .. })), "{gone:?}");
    assert_eq!(d.snap(), before);

    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), snap);
}

fn initiative(goals: Vec<GoalId>, owner: Option<TeamMemberId>) -> InitiativeDraft {
    InitiativeDraft {
        title: "CFO lunch".into(),
        goals,
        owner,
        due: Some(day(2026, 12, 10)),
        status: InitiativeStatus::Planned,
        notes: " Bring the ROI sheet ".into(),
    }
}

#[test]
fn initiatives_need_a_goal_of_the_account_and_an_owner_of_ours() {
    let mut d = Demo::new();
    let patel = d.goal("Earn Raj Patel's trust in our business case").id;
    let sarah = d.ours("Sarah Collins");
    let none = initiative(vec![], Some(sarah.clone()));
    let message = d.refused("goals", |ws, id| ws.add_initiative(id, &none));
    assert!(message.contains("at least one goal"), "{message}");
    let foreign = initiative(vec![GoalId::from("not-a-goal")], Some(sarah.clone()));
    d.refused("goals", |ws, id| ws.add_initiative(id, &foreign));
    let stranger = initiative(vec![patel.clone()], Some(TeamMemberId::from("stranger")));
    d.refused("owner", |ws, id| ws.add_initiative(id, &stranger));
    let mut blank = initiative(vec![patel.clone()], None);
    blank.title = " ".into();
    d.refused("title", |ws, id| ws.add_initiative(id, &blank));

    let before = d.snap();
    let id =
        d.ws.add_initiative(
            &d.id,
            &initiative(vec![patel.clone(), patel.clone()], Some(sarah)),
        )
        .expect("added");
    let stored = d
        .snap()
        .initiatives
        .into_iter()
        .find(|i| i.id == id)
        .expect("stored");
    assert_eq!(
        stored.goals,
        vec![patel.clone()],
        "a goal chosen twice is linked once"
    );
    assert_eq!(stored.notes, "Bring the ROI sheet");

    let fischer = d.goal("Turn Tom Fischer from blocker to neutral").id;
    let mut edit = initiative(vec![fischer.clone(), patel], None);
    edit.status = InitiativeStatus::Done;
    d.ws.update_initiative(&d.id, &id, &edit).expect("edited");
    let stored = d
        .snap()
        .initiatives
        .into_iter()
        .find(|i| i.id == id)
        .expect("stored");
    assert_eq!(
        (stored.owner, stored.status),
        (None, InitiativeStatus::Done)
    );
    assert_eq!(stored.goals.len(), 2);
    let unlinked = initiative(vec![], None);
    d.refused("goals", |ws, account| {
        ws.update_initiative(account, &id, &unlinked)
    });

    d.ws.delete_initiative(&d.id, &id).expect("deleted");
    assert!(!d.snap().initiatives.iter().any(|i| i.id == id));
    for _ in 0..3 {
        d.ws.undo(&d.id).expect("undo");
    }
    assert_eq!(d.snap(), before);
}
