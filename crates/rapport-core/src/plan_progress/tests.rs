use super::*;
use crate::analysis::analyse;
use crate::fixture::{Build, day};
use crate::ids::GoalId;
use crate::links::Strength;
use crate::people::{Attitude, Role, StakeholderStatus, TeamRole};
use crate::plan::{Goal, Initiative, InitiativeStatus, Interaction, InteractionKind, Priority};

fn account() -> AccountSnapshot {
    Build::new()
        .person("raj", "Raj Patel", |s| {
            s.roles = vec![Role::Budget];
            s.influence = 5;
            s.attitude = Attitude::Skeptic;
        })
        .person("ana", "Ana Ruiz", |s| s.roles = vec![Role::User])
        .person("tom", "Tom Ng", |_| {})
        .person("old", "Old Hand", |s| {
            s.status = StakeholderStatus::LeftCompany
        })
        .ours("sam", "Sam Lee", TeamRole::AccountManager)
        .covers("sam", "ana", Strength::Trusted)
        .done()
}

fn step(progress: &[StepProgress], step: PlanStep) -> &StepProgress {
    progress
        .iter()
        .find(|p| p.step == step)
        .expect("every step")
}

#[test]
fn identify_counts_active_people_with_a_role() {
    let snap = account();
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    let identify = step(&p, PlanStep::Identify);
    assert_eq!((identify.done, identify.total), (2, 3));
    assert_eq!(identify.mark, "2/3 roles");
    assert_eq!(identify.summary, "2 of 3 people have a role");
    assert!(!identify.complete);
    assert_eq!(
        p.iter().map(|s| s.step).collect::<Vec<_>>(),
        PlanStep::ALL.to_vec()
    );
}

#[test]
fn understand_needs_everyone_mapped_and_a_word() {
    let mut snap = account();
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    let u = step(&p, PlanStep::Understand);
    assert_eq!(u.mark, "1/3 mapped");
    assert!(
        u.summary.ends_with("no word for the relationship yet"),
        "{}",
        u.summary
    );
    for who in ["raj", "tom"] {
        snap.coverage.push(crate::links::Coverage {
            id: format!("c-{who}").as_str().into(),
            team_member: "sam".into(),
            stakeholder: who.into(),
            strength: Strength::None,
            desired: Strength::Aware,
            last_interaction: None,
            notes: String::new(),
        });
    }
    assert!(
        !step(
            &plan_progress(&snap, &[], None, day(2024, 2, 1)),
            PlanStep::Understand
        )
        .complete
    );
    snap.account.relationship_word = "Cautious".into();
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    let u = step(&p, PlanStep::Understand);
    assert!(u.complete);
    assert!(u.summary.contains("“Cautious”"));
}

#[test]
fn analyse_counts_the_client_goal_horizons() {
    let mut snap = account();
    snap.account.client_goals.months3 = "Pick a pilot".into();
    snap.account.client_goals.months12 = "  ".into();
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    assert_eq!(step(&p, PlanStep::Analyse).mark, "1/4 client goals");
}

#[test]
fn a_finding_turned_into_a_goal_counts_as_answered() {
    let mut snap = account();
    let today = day(2024, 2, 1);
    let findings = analyse(&snap, today);
    assert!(!findings.is_empty());
    let before = step(
        &plan_progress(&snap, &findings, None, today),
        PlanStep::Determine,
    )
    .done;
    let first = findings[0].clone();
    assert!(goal_answering(&snap, &first).is_none());
    snap.goals.push(
        first
            .suggested_goal
            .clone()
            .into_goal(GoalId::from("g1"), today),
    );
    assert!(goal_answering(&snap, &first).is_some());
    let p = plan_progress(&snap, &findings, None, today);
    let determine = step(&p, PlanStep::Determine);
    assert!(determine.done > before);
    assert_eq!(
        determine.mark,
        format!("{}/{} findings", determine.done, findings.len())
    );
    // A dropped goal answers nothing.
    snap.goals[0].status = GoalStatus::Dropped;
    assert!(goal_answering(&snap, &first).is_none());
}

#[test]
fn implement_counts_open_goals_with_a_live_initiative_and_flags_overdue_ones() {
    let mut snap = account();
    let goal = |id: &str, status| Goal {
        id: id.into(),
        stakeholder: None,
        title: id.into(),
        priority: Priority::Medium,
        target: GoalTarget::Free { text: "x".into() },
        created_on: day(2024, 1, 1),
        due: None,
        status,
    };
    snap.goals = vec![
        goal("a", GoalStatus::Open),
        goal("b", GoalStatus::InProgress),
        goal("c", GoalStatus::Achieved),
    ];
    let initiative = |id: &str, goals: &[&str], status, due| Initiative {
        id: id.into(),
        title: id.into(),
        goals: goals.iter().map(|g| GoalId::from(*g)).collect(),
        owner: None,
        due,
        status,
        notes: String::new(),
    };
    snap.initiatives = vec![
        initiative(
            "i1",
            &["a"],
            InitiativeStatus::Planned,
            Some(day(2024, 1, 15)),
        ),
        initiative("i2", &["b"], InitiativeStatus::Cancelled, None),
    ];
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    let implement = step(&p, PlanStep::Implement);
    assert_eq!(implement.mark, "1/2 goals");
    assert_eq!(
        implement.summary,
        "1 of 2 open goals have an initiative; 1 initiative is overdue"
    );
}

#[test]
fn review_is_complete_within_ninety_days_of_the_last() {
    let snap = account(); // created 1 Jan 2024
    let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
    let r = step(&p, PlanStep::Review);
    assert_eq!((r.done, r.mark.as_str()), (0, "due 31 Mar"));
    assert_eq!(r.summary, "No review yet; the first is due by 31 Mar 2024");
    let p = plan_progress(&snap, &[], Some(day(2024, 3, 1)), day(2024, 4, 1));
    let r = step(&p, PlanStep::Review);
    assert!(r.complete);
    assert_eq!(
        r.summary,
        "Last review 1 Mar 2024; the next is due by 30 May 2024"
    );
    let p = plan_progress(&snap, &[], Some(day(2024, 3, 1)), day(2024, 6, 1));
    let r = step(&p, PlanStep::Review);
    assert_eq!((r.complete, r.mark.as_str()), (false, "overdue"));
}

fn logged(id: &str, date: NaiveDate, kind: InteractionKind) -> Interaction {
    Interaction {
        id: id.into(),
        date,
        kind,
        stakeholders: vec![],
        team_members: vec![],
        note: String::new(),
    }
}

#[test]
fn last_three_looks_at_the_newest_three_only() {
    use InteractionKind::*;
    let log = vec![
        logged("1", day(2024, 1, 1), ValueAdd),
        logged("2", day(2024, 3, 1), Firefighting),
        logged("3", day(2024, 2, 1), Escalation),
        logged("4", day(2024, 3, 1), UnvaluedWork),
    ];
    let check = last_three_check(&log);
    let ids: Vec<_> = check.interactions.iter().map(|i| i.as_str()).collect();
    assert_eq!(ids, vec!["4", "2", "3"]);
    assert_eq!((check.valuable, check.reactive), (0, 3));
    assert_eq!(check.verdict, LastThreeVerdict::Reactive);
    assert!(
        check
            .message
            .starts_with("Of the last 3 interactions, 3 were firefighting")
    );

    let check = last_three_check(&log[..1]);
    assert_eq!(check.verdict, LastThreeVerdict::Healthy);
    assert_eq!(
        check.message,
        "The last interaction built the relationship or added value."
    );

    let mixed = vec![
        logged("1", day(2024, 1, 1), RelationshipBuilding),
        logged("2", day(2024, 1, 2), ValueAdd),
        logged("3", day(2024, 1, 3), Firefighting),
    ];
    let check = last_three_check(&mixed);
    assert_eq!(check.verdict, LastThreeVerdict::Mixed);
    assert_eq!(
        check.message,
        "Of the last 3 interactions, 2 added value and 1 dealt with problems."
    );
    assert_eq!(last_three_check(&[]).verdict, LastThreeVerdict::NoneLogged);
}
