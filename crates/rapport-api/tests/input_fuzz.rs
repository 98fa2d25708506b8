//! Every editing use case with arbitrary input — any text (every Unicode class, far over the size
//! limits), any number (NaN positions, influence 200), any date, ids that exist and ids that do
//! not — in random sequences with undo and redo: each answer is the edit or a typed refusal
//! (validation, not found, conflict), never a panic and never a file error, and the workspace
//! stays sound.

use chrono::NaiveDate;
use proptest::prelude::*;
use rapport_api::{Error, SystemClock, history, map, plan, reviews};
use rapport_core::*;
use rapport_store::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, LineEdit, NewLine,
    NoteDraft, ReviewDraft, Workspace,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Text of every kind: short arbitrary strings, and long runs near and over the limits.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => "[\\PC\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Mn}]{0,40}",
        1 => (0usize..1_200).prop_map(|n| "ß".repeat(n)),
        1 => (19_900usize..20_200).prop_map(|n| "x".repeat(n)),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-800_000i32..1_500_000)
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or_else(today))
}

fn pick<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all.to_vec())
}

/// A person, line, goal… by position in the account as it is when the edit runs, or an id
/// that matches nothing.
#[derive(Debug, Clone)]
enum Which {
    Existing(usize),
    Unknown(String),
}

fn which() -> impl Strategy<Value = Which> {
    prop_oneof![4 => any::<usize>().prop_map(Which::Existing), 1 => text().prop_map(Which::Unknown)]
}

fn id_of<'a>(which: &'a Which, ids: &'a [String]) -> String {
    match which {
        Which::Existing(i) if !ids.is_empty() => ids[i % ids.len()].clone(),
        Which::Existing(_) => "none".into(),
        Which::Unknown(id) => id.clone(),
    }
}

#[derive(Debug, Clone)]
enum Edit {
    QuickAdd(String, Option<(f64, f64)>),
    UpdateStakeholder(
        Which,
        [String; 6],
        u8,
        Option<u8>,
        Option<u32>,
        Option<NaiveDate>,
    ),
    UpdateTeamMember(Which, String, String, String),
    Rename(Which, String),
    Duplicate(Which),
    Delete(Which),
    AddLine(u8, Which, Which, Strength, Strength),
    UpdateLine(Which, bool, String),
    DeleteLine(Which),
    Move(Which, f64, f64, bool),
    AccountPlan(String, String, String),
    Assess(Which, Vec<Role>, String, Attitude, u8),
    CoverageStrength(Which, Which, Strength, Strength),
    CoverageNotes(Which, Which, String),
    AddNote(NoteKind, String, Vec<Which>),
    AddGoal(
        Option<Which>,
        String,
        Priority,
        u8,
        String,
        Option<NaiveDate>,
        GoalStatus,
    ),
    DeleteGoal(Which),
    AddInitiative(String, Vec<Which>, Option<Which>, Option<NaiveDate>, String),
    LogInteraction(NaiveDate, InteractionKind, Vec<Which>, Vec<Which>, String),
    RecordReview(String, NaiveDate, String, String),
    Undo,
    Redo,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (text(), proptest::option::of((any::<f64>(), any::<f64>())))
            .prop_map(|(l, at)| Edit::QuickAdd(l, at)),
        (
            which(),
            [text(), text(), text(), text(), text(), text()],
            any::<u8>(),
            any::<Option<u8>>(),
            any::<Option<u32>>(),
            proptest::option::of(date())
        )
            .prop_map(|(w, t, i, n, c, d)| Edit::UpdateStakeholder(w, t, i, n, c, d)),
        (which(), text(), text(), text())
            .prop_map(|(w, a, b, c)| Edit::UpdateTeamMember(w, a, b, c)),
        (which(), text()).prop_map(|(w, t)| Edit::Rename(w, t)),
        which().prop_map(Edit::Duplicate),
        which().prop_map(Edit::Delete),
        (
            0u8..4,
            which(),
            which(),
            pick(&Strength::ALL),
            pick(&Strength::ALL)
        )
            .prop_map(|(k, a, b, s, d)| Edit::AddLine(k, a, b, s, d)),
        (which(), any::<bool>(), text()).prop_map(|(w, d, t)| Edit::UpdateLine(w, d, t)),
        which().prop_map(Edit::DeleteLine),
        (which(), any::<f64>(), any::<f64>(), any::<bool>())
            .prop_map(|(w, x, y, p)| Edit::Move(w, x, y, p)),
        (text(), text(), text()).prop_map(|(a, b, c)| Edit::AccountPlan(a, b, c)),
        (
            which(),
            prop::collection::vec(pick(&Role::ALL), 0..5),
            text(),
            pick(&Attitude::ALL),
            any::<u8>()
        )
            .prop_map(|(w, r, t, a, i)| Edit::Assess(w, r, t, a, i)),
        (which(), which(), pick(&Strength::ALL), pick(&Strength::ALL))
            .prop_map(|(t, s, a, b)| Edit::CoverageStrength(t, s, a, b)),
        (which(), which(), text()).prop_map(|(t, s, n)| Edit::CoverageNotes(t, s, n)),
        (
            pick(&NoteKind::ALL),
            text(),
            prop::collection::vec(which(), 0..4)
        )
            .prop_map(|(k, t, w)| Edit::AddNote(k, t, w)),
        (
            proptest::option::of(which()),
            text(),
            pick(&Priority::ALL),
            0u8..3,
            text(),
            proptest::option::of(date()),
            pick(&GoalStatus::ALL)
        )
            .prop_map(|(w, t, p, k, x, d, s)| Edit::AddGoal(w, t, p, k, x, d, s)),
        which().prop_map(Edit::DeleteGoal),
        (
            text(),
            prop::collection::vec(which(), 0..3),
            proptest::option::of(which()),
            proptest::option::of(date()),
            text()
        )
            .prop_map(|(t, g, o, d, n)| Edit::AddInitiative(t, g, o, d, n)),
        (
            date(),
            pick(&InteractionKind::ALL),
            prop::collection::vec(which(), 0..4),
            prop::collection::vec(which(), 0..3),
            text()
        )
            .prop_map(|(d, k, s, t, n)| Edit::LogInteraction(d, k, s, t, n)),
        (text(), date(), text(), text()).prop_map(|(a, d, b, c)| Edit::RecordReview(a, d, b, c)),
        Just(Edit::Undo),
        Just(Edit::Redo),
    ]
}

/// Runs one edit through its use case; the refusal kind, or `None` when it was made.
fn run(ws: &mut Workspace, account: &AccountId, edit: &Edit) -> Result<(), Error> {
    let snap = ws.account_snapshot(account).expect("the account loads");
    let people: Vec<String> = snap.stakeholders.iter().map(|s| s.id.0.clone()).collect();
    let ours: Vec<String> = snap.team.iter().map(|t| t.id.0.clone()).collect();
    let goals: Vec<String> = snap.goals.iter().map(|g| g.id.0.clone()).collect();
    let lines: Vec<String> = snap
        .reports_to
        .iter()
        .map(|l| l.id.0.clone())
        .chain(snap.coverage.iter().map(|l| l.id.0.clone()))
        .chain(snap.relations.iter().map(|l| l.id.0.clone()))
        .collect();
    let person = |w: &Which| StakeholderId(id_of(w, &people));
    let member = |w: &Which| TeamMemberId(id_of(w, &ours));
    let everyone = |w: &Which| match w {
        Which::Existing(i) if i % 3 == 0 => PersonId::TeamMember(member(w)),
        _ => PersonId::Stakeholder(person(w)),
    };
    let clock = SystemClock::pinned_to(Some(today()));
    match edit {
        Edit::QuickAdd(line, at) => {
            let at = at.map(|(x, y)| Position { x, y });
            map::quick_add(ws, account, line, at).map(|_| ())
        }
        Edit::UpdateStakeholder(
            w,
            [name, title, email, phone, notes, tag],
            influence,
            nps,
            cadence,
            birthday,
        ) => {
            let base = snap
                .stakeholder(&person(w))
                .cloned()
                .unwrap_or_else(|| Stakeholder::named(person(w), ""));
            let changed = Stakeholder {
                name: name.clone(),
                title: title.clone(),
                email: email.clone(),
                phone: phone.clone(),
                personal_notes: notes.clone(),
                role_tag: tag.clone(),
                influence: *influence,
                nps_score: *nps,
                cadence_days: *cadence,
                birthday: *birthday,
                ..base
            };
            map::update_stakeholder(ws, account, &changed).map(|_| ())
        }
        Edit::UpdateTeamMember(w, name, title, email) => {
            let mut t = TeamMember::named(member(w), name.clone(), TeamRole::Other);
            t.title = title.clone();
            t.email = email.clone();
            map::update_team_member(ws, account, &t).map(|_| ())
        }
        Edit::Rename(w, name) => map::rename_person(ws, account, &everyone(w), name).map(|_| ()),
        Edit::Duplicate(w) => map::duplicate_person(ws, account, &everyone(w)).map(|_| ()),
        Edit::Delete(w) => map::delete_person(ws, account, &everyone(w)).map(|_| ()),
        Edit::AddLine(kind, a, b, strength, desired) => {
            let line = match kind {
                0 => NewLine::ReportsTo {
                    stakeholder: person(a),
                    manager: person(b),
                    dotted: false,
                },
                1 => NewLine::Covers {
                    team_member: member(a),
                    stakeholder: person(b),
                    strength: *strength,
                    desired: *desired,
                },
                2 => NewLine::Influences {
                    from: person(a),
                    to: person(b),
                },
                _ => NewLine::ConflictsWith {
                    from: person(a),
                    to: person(b),
                },
            };
            map::add_line(ws, account, &line).map(|_| ())
        }
        Edit::UpdateLine(w, dotted, note) => {
            let id = LinkId(id_of(w, &lines));
            let edit = if let Some(r) = snap.reports_to.iter().find(|r| r.id == id) {
                LineEdit::ReportsTo(ReportsTo {
                    dotted: *dotted,
                    ..r.clone()
                })
            } else if let Some(c) = snap.coverage.iter().find(|c| c.id == id) {
                LineEdit::Covers(Coverage {
                    notes: note.clone(),
                    ..c.clone()
                })
            } else {
                LineEdit::Relation(Relation {
                    id,
                    note: note.clone(),
                    ..Relation::default()
                })
            };
            map::update_line(ws, account, &edit).map(|_| ())
        }
        Edit::DeleteLine(w) => map::delete_line(ws, account, &LinkId(id_of(w, &lines))).map(|_| ()),
        Edit::Move(w, x, y, pinned) => {
            let at = Position { x: *x, y: *y };
            map::move_person(ws, account, &everyone(w), at)
                .and_then(|_| map::set_pinned(ws, account, &everyone(w), *pinned))
                .map(|_| ())
        }
        Edit::AccountPlan(word, strategy, goals) => {
            let plan = AccountPlan {
                relationship_word: word.clone(),
                strategy: strategy.clone(),
                client_goals: ClientGoals {
                    months3: goals.clone(),
                    ..ClientGoals::default()
                },
            };
            plan::set_account_plan(ws, account, &plan).map(|_| ())
        }
        Edit::Assess(w, roles, tag, attitude, influence) => {
            let assessment = Assessment {
                roles: roles.clone(),
                role_tag: tag.clone(),
                attitude: *attitude,
                influence: *influence,
            };
            plan::set_stakeholder_assessment(ws, account, &person(w), &assessment).map(|_| ())
        }
        Edit::CoverageStrength(t, s, a, b) => {
            plan::set_coverage_strength(ws, account, &member(t), &person(s), *a, *b).map(|_| ())
        }
        Edit::CoverageNotes(t, s, n) => {
            plan::set_coverage_notes(ws, account, &member(t), &person(s), n).map(|_| ())
        }
        Edit::AddNote(kind, text, who) => {
            let note = NoteDraft {
                kind: *kind,
                text: text.clone(),
                stakeholders: who.iter().map(person).collect(),
            };
            plan::add_analysis_note(ws, account, &note).map(|_| ())
        }
        Edit::AddGoal(about, title, priority, target, free, due, status) => {
            let target = match target {
                0 => GoalTarget::Attitude {
                    from: Attitude::Blocker,
                    to: Attitude::Neutral,
                },
                1 => GoalTarget::Coverage {
                    team_member: ours.first().map(|t| TeamMemberId(t.clone())),
                    from: Strength::Aware,
                    to: Strength::Trusted,
                },
                _ => GoalTarget::Free { text: free.clone() },
            };
            let goal = GoalDraft {
                stakeholder: about.as_ref().map(person),
                title: title.clone(),
                priority: *priority,
                target,
                due: *due,
                status: *status,
            };
            plan::add_goal(ws, &clock, account, &goal).map(|_| ())
        }
        Edit::DeleteGoal(w) => {
            plan::delete_goal(ws, account, &GoalId(id_of(w, &goals))).map(|_| ())
        }
        Edit::AddInitiative(title, towards, owner, due, notes) => {
            let initiative = InitiativeDraft {
                title: title.clone(),
                goals: towards.iter().map(|w| GoalId(id_of(w, &goals))).collect(),
                owner: owner.as_ref().map(member),
                due: *due,
                status: InitiativeStatus::Planned,
                notes: notes.clone(),
            };
            plan::add_initiative(ws, account, &initiative).map(|_| ())
        }
        Edit::LogInteraction(date, kind, theirs, ours_, note) => {
            let logged = InteractionDraft {
                date: *date,
                kind: *kind,
                stakeholders: theirs.iter().map(person).collect(),
                team_members: ours_.iter().map(member).collect(),
                note: note.clone(),
            };
            plan::log_interaction(ws, &clock, account, &logged).map(|_| ())
        }
        Edit::RecordReview(title, date, attendees, notes) => {
            let review = ReviewDraft {
                title: title.clone(),
                date: *date,
                attendees: attendees.clone(),
                notes: notes.clone(),
            };
            reviews::record_review(ws, account, &review).map(|_| ())
        }
        Edit::Undo => history::undo(ws, account).map(|_| ()),
        Edit::Redo => history::redo(ws, account).map(|_| ()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_edit_answers_with_the_edit_or_a_typed_refusal(edits in prop::collection::vec(edit(), 1..12)) {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let account = ws.create_demo(today()).expect("demo");
        for edit in &edits {
            match run(&mut ws, &account, edit) {
                Ok(()) | Err(Error::Validation { .. } | Error::NotFound { .. } | Error::Conflict { .. }) => {}
                Err(other) => prop_assert!(false, "{edit:?} failed with {other:?}"),
            }
        }
        let health = ws.check_health().expect("checked");
        prop_assert!(health.is_sound(), "{health:?}");
    }

    #[test]
    fn the_quick_add_parser_refuses_with_a_typed_error(line in text()) {
        match parse_quick_add(&line) {
            Ok(parsed) => prop_assert!(!parsed.name.is_empty()),
            Err(QuickAddError::TooLong { chars }) => prop_assert!(chars > rules::MAX_QUICK_ADD_CHARS),
            Err(_) => {}
        }
        // The whole-line reader (a person or a covers line) and the preview never panic either,
        // and the preview reads what the parser reads.
        match rapport_core::parse_quick_add_line(&line) {
            Ok(parsed) => prop_assert!(!rapport_core::quick_add::preview(&parsed).is_empty()),
            Err(e) => prop_assert_eq!(
                rapport_core::quick_add::preview_line(&line).unwrap_err(),
                e
            ),
        }
    }
}
