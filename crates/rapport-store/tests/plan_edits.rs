//! The six-step plan's edits on the demo account: each refusal names the form field and leaves
//! the workspace exactly as it was, each edit round-trips through the file, and Undo takes it back.

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{
    AccountPlan, Assessment, Error, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft,
    ReviewDraft, Workspace,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn today() -> NaiveDate {
    day(2026, 11, 23)
}

struct Demo {
    ws: Workspace,
    id: AccountId,
}

impl Demo {
    fn new() -> Self {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let id = ws.create_demo(today()).expect("demo");
        Self { ws, id }
    }

    fn snap(&self) -> AccountSnapshot {
        self.ws.account_snapshot(&self.id).expect("loads")
    }

    fn person(&self, name: &str) -> Stakeholder {
        self.snap()
            .stakeholders
            .into_iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} on the demo map"))
    }

    fn ours(&self, name: &str) -> TeamMemberId {
        self.snap()
            .team
            .into_iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("{name} on our team"))
            .id
    }

    fn goal(&self, title: &str) -> Goal {
        self.snap()
            .goals
            .into_iter()
            .find(|g| g.title == title)
            .unwrap_or_else(|| panic!("goal {title}"))
    }

    fn undo_label(&self) -> Option<String> {
        self.ws.history_state(&self.id).expect("history").undo
    }

    /// Runs an edit that must be refused for `field`, and checks that nothing changed: not the
    /// account, not its reviews, not its undo history.
    fn refused<T: std::fmt::Debug>(
        &mut self,
        field: &str,
        edit: impl FnOnce(&mut Workspace, &AccountId) -> rapport_store::Result<T>,
    ) -> String {
        let before = (self.snap(), self.undo_label(), self.reviews());
        let err = edit(&mut self.ws, &self.id).expect_err("refused");
        let after = (self.snap(), self.undo_label(), self.reviews());
        assert_eq!(before, after, "a refused edit changed the workspace");
        match err {
            Error::Validation { field: f, message } => {
                assert_eq!(f, field, "{message}");
                message
            }
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }

    fn reviews(&self) -> usize {
        self.ws.reviews(&self.id).expect("reviews").len()
    }
}

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

#[test]
fn reviews_measure_and_show_what_moved_between_them() {
    let mut d = Demo::new();
    let review = |title: &str, date| ReviewDraft {
        title: title.into(),
        date,
        attendees: "Sarah Collins, David Moreau".into(),
        notes: String::new(),
    };
    let history = d.ws.review_history(&d.id, today()).expect("history");
    assert!(history.reviews.is_empty() && history.overdue && history.since_latest.is_none());
    assert_eq!(d.ws.last_review_date(&d.id).expect("date"), None);

    d.refused("title", |ws, id| {
        ws.record_review(id, &review(" ", today()))
    });

    d.ws.record_review(&d.id, &review("Q4 review", today()))
        .expect("recorded");
    let raj = d.person("Raj Patel");
    d.ws.set_stakeholder_assessment(
        &d.id,
        &raj.id,
        &Assessment {
            roles: raj.roles.clone(),
            role_tag: raj.role_tag.clone(),
            attitude: Attitude::Supporter,
            influence: raj.influence,
        },
    )
    .expect("attitude moved");
    let live = d.ws.review_history(&d.id, today()).expect("history");
    assert_eq!(live.since_latest.expect("one review").changes.len(), 1);

    d.ws.record_review(&d.id, &review("Q4 follow-up", today()))
        .expect("recorded");

    let history = d.ws.review_history(&d.id, today()).expect("history");
    assert_eq!(d.ws.last_review_date(&d.id).expect("date"), Some(today()));
    assert_eq!(history.reviews.len(), 2);
    assert!(!history.overdue);
    assert_eq!(history.next_due, day(2027, 2, 21));
    let latest = &history.reviews[0];
    assert_eq!(latest.review.title, "Q4 follow-up", "newest first");
    let changes = latest.changes.as_ref().expect("a review before it");
    assert_eq!(changes.changes.len(), 1);
    let change = &changes.changes[0];
    assert_eq!(
        (
            change.name.as_str(),
            change.field,
            change.before.as_str(),
            change.after.as_str()
        ),
        ("Raj Patel", ChangedField::Attitude, "skeptic", "supporter")
    );
    assert!(
        history.reviews[1].changes.is_none(),
        "the first has nothing before it"
    );
    assert_eq!(history.reviews[0].people, 16);
    assert!(history.since_latest.expect("reviews").is_empty());

    let before = d.snap();
    d.ws.delete_review(&d.id, &latest.review.id)
        .expect("deleted");
    assert_eq!(d.ws.reviews(&d.id).expect("reviews").len(), 1);
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Delete review “Q4 follow-up”")
    );
    d.ws.undo(&d.id).expect("undo");
    assert_eq!(d.ws.reviews(&d.id).expect("reviews").len(), 2);
    assert_eq!(d.snap(), before);
}
