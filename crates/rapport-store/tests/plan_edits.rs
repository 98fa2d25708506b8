//! The six-step plan's edits on the demo account: each refusal names the form field and leaves
//! the workspace exactly as it was, each edit round-trips through the file, and Undo takes it back.
//! Goals and initiatives are in `plan_goals.rs`.

mod common;

use common::{Demo, day, today};
use rapport_core::*;
use rapport_store::{AccountPlan, Assessment, Error, InteractionDraft, NoteDraft};

#[test]
fn logging_an_interaction_moves_last_contact_up_never_back() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel"); // last contact 130 days ago
    let sarah = d.ours("Sarah Collins");
    let before = d.snap();
    let date = day(2026, 11, 20);
    let id =
        d.ws.log_interaction(
            &d.id,
            &InteractionDraft {
                date,
                kind: InteractionKind::ValueAdd,
                stakeholders: vec![raj.id.clone()],
                team_members: vec![sarah.clone()],
                note: "ROI model walk-through".into(),
            },
            today(),
        )
        .expect("logged");
    let snap = d.snap();
    assert_eq!(snap.interactions[0].id, id, "newest first");
    assert_eq!(d.person("Raj Patel").last_contact, Some(date));
    let line = snap
        .coverage
        .iter()
        .find(|c| c.stakeholder == raj.id && c.team_member == sarah)
        .expect("Sarah covers Raj");
    assert_eq!(line.last_interaction, Some(date));
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Log interaction with Raj Patel")
    );
    // The stale-contact finding about Raj is gone.
    assert!(
        !analyse(&snap, today())
            .iter()
            .any(|f| f.kind == FindingKind::StaleContact && f.key.contains(raj.id.as_str()))
    );

    // An older interaction does not move the date back.
    d.ws.log_interaction(
        &d.id,
        &InteractionDraft {
            date: day(2026, 1, 5),
            kind: InteractionKind::Firefighting,
            stakeholders: vec![raj.id.clone()],
            team_members: vec![sarah],
            note: String::new(),
        },
        today(),
    )
    .expect("logged");
    assert_eq!(d.person("Raj Patel").last_contact, Some(date));

    d.ws.undo(&d.id).expect("undo");
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), before, "undo restores the old last contact too");
}

#[test]
fn invalid_interactions_are_refused_on_their_field() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel").id;
    let draft =
        |date, stakeholders: Vec<StakeholderId>, team: Vec<TeamMemberId>| InteractionDraft {
            date,
            kind: InteractionKind::Escalation,
            stakeholders,
            team_members: team,
            note: String::new(),
        };
    let future = draft(day(2026, 11, 24), vec![raj.clone()], vec![]);
    d.refused("date", |ws, id| ws.log_interaction(id, &future, today()));
    let nobody = draft(today(), vec![], vec![]);
    d.refused("stakeholders", |ws, id| {
        ws.log_interaction(id, &nobody, today())
    });
    let stranger = draft(today(), vec![raj], vec![TeamMemberId::from("stranger")]);
    d.refused("teamMembers", |ws, id| {
        ws.log_interaction(id, &stranger, today())
    });
}

#[test]
fn deleting_an_interaction_keeps_last_contact() {
    let mut d = Demo::new();
    let snap = d.snap();
    let oldest = snap.interactions.last().expect("demo log").clone();
    let contact = d.person("Raj Patel").last_contact;
    d.ws.delete_interaction(&d.id, &oldest.id).expect("deleted");
    assert!(!d.snap().interactions.iter().any(|i| i.id == oldest.id));
    assert_eq!(d.person("Raj Patel").last_contact, contact);
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), snap);
}

#[test]
fn the_identify_table_sets_roles_attitude_and_influence() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel");
    let before = d.snap();
    let assess = |attitude, influence| Assessment {
        roles: raj.roles.clone(),
        role_tag: raj.role_tag.clone(),
        attitude,
        influence,
    };
    // Nothing changed: nothing recorded.
    let label = d.undo_label();
    d.ws.set_stakeholder_assessment(&d.id, &raj.id, &assess(raj.attitude, raj.influence))
        .expect("no-op");
    assert_eq!((d.snap(), d.undo_label()), (before.clone(), label));

    d.ws.set_stakeholder_assessment(&d.id, &raj.id, &assess(Attitude::Supporter, 5))
        .expect("set");
    assert_eq!(d.person("Raj Patel").attitude, Attitude::Supporter);
    assert_eq!(d.undo_label().as_deref(), Some("Set Raj Patel's attitude"));

    let both = Assessment {
        roles: vec![Role::User, Role::Budget, Role::User],
        role_tag: " economic buyer ".into(),
        attitude: Attitude::Supporter,
        influence: 4,
    };
    d.ws.set_stakeholder_assessment(&d.id, &raj.id, &both)
        .expect("set");
    let now = d.person("Raj Patel");
    assert_eq!(now.roles, vec![Role::Budget, Role::User]);
    assert_eq!(
        (now.role_tag.as_str(), now.influence),
        ("economic buyer", 4)
    );
    assert_eq!(d.undo_label().as_deref(), Some("Assess Raj Patel"));

    d.refused("influence", |ws, id| {
        ws.set_stakeholder_assessment(id, &raj.id, &assess(Attitude::Neutral, 6))
    });
    d.ws.undo(&d.id).expect("undo");
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), before);
}

#[test]
fn a_coverage_cell_updates_or_draws_the_line() {
    let mut d = Demo::new();
    let raj = d.person("Raj Patel").id;
    let (sarah, david) = (d.ours("Sarah Collins"), d.ours("David Moreau"));
    let before = d.snap();

    d.ws.set_coverage_strength(&d.id, &sarah, &raj, Strength::Acquainted, Strength::Advisor)
        .expect("updated");
    let line = |snap: &AccountSnapshot, who: &TeamMemberId| {
        snap.coverage
            .iter()
            .find(|c| &c.team_member == who && c.stakeholder == raj)
            .cloned()
    };
    let sarahs = line(&d.snap(), &sarah).expect("line");
    assert_eq!(
        (sarahs.strength, sarahs.desired),
        (Strength::Acquainted, Strength::Advisor)
    );
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Set how well Sarah Collins knows Raj Patel")
    );

    // David does not cover Raj yet: the note is refused, the strength draws the line.
    d.refused("notes", |ws, id| {
        ws.set_coverage_notes(id, &david, &raj, "Golf partners")
    });
    d.ws.set_coverage_strength(&d.id, &david, &raj, Strength::Aware, Strength::Trusted)
        .expect("drawn");
    d.ws.set_coverage_notes(&d.id, &david, &raj, " Golf partners ")
        .expect("noted");
    let davids = line(&d.snap(), &david).expect("new line");
    assert_eq!(
        (davids.strength, davids.desired, davids.notes.as_str()),
        (Strength::Aware, Strength::Trusted, "Golf partners")
    );

    // A stakeholder cannot cover a stakeholder.
    let err = d.ws.set_coverage_strength(
        &d.id,
        &TeamMemberId::new(raj.as_str()),
        &d.person("Elena Novak").id,
        Strength::Aware,
        Strength::Aware,
    );
    assert!(matches!(err, Err(Error::Conflict { .. })), "{err:?}");

    for _ in 0..3 {
        d.ws.undo(&d.id).expect("undo");
    }
    assert_eq!(d.snap(), before);
}

#[test]
fn the_account_plan_takes_one_word_and_the_client_goals() {
    let mut d = Demo::new();
    let before = d.snap();
    let plan = |word: &str| AccountPlan {
        relationship_word: word.into(),
        strategy: before.account.strategy.clone(),
        client_goals: ClientGoals {
            months3: " Pick the pilot site ".into(),
            ..before.account.client_goals.clone()
        },
    };
    d.refused("relationshipWord", |ws, id| {
        ws.set_account_plan(id, &plan("Very cautious"))
    });
    d.ws.set_account_plan(&d.id, &plan(" Warming "))
        .expect("set");
    let account = d.snap().account;
    assert_eq!(account.relationship_word, "Warming");
    assert_eq!(account.client_goals.months3, "Pick the pilot site");
    assert_eq!(
        account.client_goals.months18,
        before.account.client_goals.months18
    );
    assert_eq!(d.undo_label().as_deref(), Some("Edit the account plan"));
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.snap(), before);
}

#[test]
fn analysis_notes_round_trip() {
    let mut d = Demo::new();
    let before = d.snap();
    let raj = d.person("Raj Patel").id;
    let empty = NoteDraft {
        kind: NoteKind::Problem,
        text: "  ".into(),
        stakeholders: vec![],
    };
    let message = d.refused("text", |ws, id| ws.add_analysis_note(id, &empty));
    assert!(message.contains("problem"), "{message}");

    let id =
        d.ws.add_analysis_note(
            &d.id,
            &NoteDraft {
                kind: NoteKind::Opportunity,
                text: "Route optimisation for the CFO's cost programme".into(),
                stakeholders: vec![raj.clone()],
            },
        )
        .expect("added");
    assert_eq!(d.undo_label().as_deref(), Some("Add opportunity"));
    d.ws.update_analysis_note(
        &d.id,
        &id,
        &NoteDraft {
            kind: NoteKind::Issue,
            text: "Cost programme freezes new spend".into(),
            stakeholders: vec![],
        },
    )
    .expect("edited");
    let note = d
        .snap()
        .notes
        .into_iter()
        .find(|n| n.id == id)
        .expect("stored");
    assert_eq!(
        (note.kind, note.text.as_str(), note.stakeholders.len()),
        (NoteKind::Issue, "Cost programme freezes new spend", 0)
    );
    d.ws.delete_analysis_note(&d.id, &id).expect("deleted");
    for _ in 0..3 {
        d.ws.undo(&d.id).expect("undo");
    }
    assert_eq!(d.snap(), before);
}
