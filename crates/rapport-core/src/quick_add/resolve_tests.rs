//! Matching a quick-add line's names against the map and the workspace: ours placed, never
//! duplicated; two of one name ask which; a second client of one name warns.

use super::*;
use crate::fixture::Build;
use crate::ids::{PersonId, TeamMemberId};
use crate::links::Strength;
use crate::people::{TeamMember, TeamRole};

/// Core's resolution with ids numbered `new1`, `new2`… (also used by the preview tests).
pub(super) fn resolve(
    line: &QuickAddLine,
    map: &crate::snapshot::AccountSnapshot,
    team: &[TeamMember],
    answers: &QuickAddAnswers,
) -> Result<QuickAddPlan, ResolveError> {
    let mut n = 0;
    resolve_quick_add(line, map, team, answers, &mut || {
        n += 1;
        format!("new{n}")
    })
}

fn line(text: &str) -> QuickAddLine {
    parse_quick_add_line(text).unwrap()
}

fn member(id: &str, name: &str, title: &str) -> TeamMember {
    let mut t = TeamMember::named(id, name, TeamRole::AccountManager);
    t.title = title.into();
    t
}

#[test]
fn an_existing_team_member_is_placed_by_name_not_duplicated() {
    let second_account = Build::new().0;
    let workspace = [member("sc", "Sarah Collins", "Account manager")];
    let plan = resolve(
        &line("sarah  collins, ours"),
        &second_account,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    assert_eq!(
        plan.person,
        PlannedPerson::PlaceTeamMember(workspace[0].clone())
    );
    assert_eq!(plan.focus, PersonId::TeamMember("sc".into()));
    assert_eq!(plan.label, "Place Sarah Collins");
    // A title on the line is hers from now on.
    let plan = resolve(
        &line("Sarah Collins, ours, Director"),
        &second_account,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    let PlannedPerson::PlaceTeamMember(t) = plan.person else {
        panic!()
    };
    assert_eq!((t.id.as_str(), t.title.as_str()), ("sc", "Director"));
    // Nobody of that name yet: a new one of ours.
    let plan = resolve(
        &line("Raj Patel, ours"),
        &second_account,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    assert!(matches!(plan.person, PlannedPerson::NewTeamMember(ref t) if t.name == "Raj Patel"));
}

#[test]
fn two_team_members_of_one_name_ask_which() {
    let map = Build::new().0;
    let workspace = [
        member("sc1", "Sarah Collins", "Sales"),
        member("sc2", "Sarah Collins", "Delivery"),
    ];
    let err = resolve(
        &line("Sarah Collins, ours"),
        &map,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap_err();
    let ResolveError::Question(QuickAddQuestion::ChooseTeamMember {
        name,
        candidates,
        may_add_new,
    }) = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(name, "Sarah Collins");
    assert!(may_add_new, "the line adds her: a new Sarah is an answer");
    assert_eq!(
        candidates
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str()))
            .collect::<Vec<_>>(),
        [("sc1", "Sales"), ("sc2", "Delivery")]
    );
    let picked = QuickAddAnswers {
        picked: vec![TeamMemberId::new("sc2")],
        ..Default::default()
    };
    let plan = resolve(&line("Sarah Collins, ours"), &map, &workspace, &picked).unwrap();
    assert!(matches!(plan.person, PlannedPerson::PlaceTeamMember(ref t) if t.id.as_str() == "sc2"));
    // "A new person" is the other answer.
    let anyway = QuickAddAnswers {
        add_anyway: true,
        ..Default::default()
    };
    let plan = resolve(&line("Sarah Collins, ours"), &map, &workspace, &anyway).unwrap();
    assert!(matches!(plan.person, PlannedPerson::NewTeamMember(_)));
    // The same question for a known-by name.
    let err = resolve(
        &line("Ben, known by Sarah Collins trusted"),
        &map,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            ResolveError::Question(QuickAddQuestion::ChooseTeamMember {
                may_add_new: false,
                ..
            })
        ),
        "{err:?}"
    );
    let plan = resolve(
        &line("Ben, known by Sarah Collins trusted"),
        &map,
        &workspace,
        &picked,
    )
    .unwrap();
    assert_eq!(plan.coverage[0].team_member.as_str(), "sc2");
    assert_eq!(plan.place_team, vec![workspace[1].clone()]);
}

#[test]
fn a_second_stakeholder_of_one_name_is_a_warning_unless_added_anyway() {
    let map = Build::new()
        .person("ben", "Ben Hale", |s| s.title = "CFO".into())
        .ours("sc", "Sarah Collins", TeamRole::AccountManager)
        .0;
    let err = resolve(
        &line("ben hale, CTO"),
        &map,
        &[],
        &QuickAddAnswers::default(),
    )
    .unwrap_err();
    let ResolveError::Question(QuickAddQuestion::AlreadyOnMap { name, message }) = err else {
        panic!("{err:?}")
    };
    assert_eq!(name, "ben hale");
    assert_eq!(
        message,
        "Ben Hale (CFO) is already on this map. Add another “ben hale” anyway?"
    );
    let anyway = QuickAddAnswers {
        add_anyway: true,
        ..Default::default()
    };
    let plan = resolve(&line("Ben Hale, CTO"), &map, &[], &anyway).unwrap();
    assert!(matches!(plan.person, PlannedPerson::NewStakeholder(ref s) if s.title == "CTO"));
    // One of ours on the map asks too, either way round.
    assert!(matches!(
        resolve(
            &line("Sarah Collins, CFO"),
            &map,
            &[],
            &QuickAddAnswers::default()
        ),
        Err(ResolveError::Question(
            QuickAddQuestion::AlreadyOnMap { .. }
        ))
    ));
    assert!(matches!(
        resolve(
            &line("Sarah Collins, ours"),
            &map,
            &map.team,
            &QuickAddAnswers::default()
        ),
        Err(ResolveError::Question(
            QuickAddQuestion::AlreadyOnMap { .. }
        ))
    ));
}

#[test]
fn known_by_draws_coverage_and_places_ours_from_the_workspace() {
    let map = Build::new()
        .person("ann", "Ann Roe", |_| {})
        .ours("raj", "Raj Patel", TeamRole::ExecutiveSponsor)
        .0;
    let workspace = [
        member("raj", "Raj Patel", ""),
        member("sc", "Sarah Collins", ""),
    ];
    let plan = resolve(
        &line("Ben Hale, CFO, budget, reports to Ann Roe, known by Sarah Collins trusted, known by raj patel aware -> acquainted"),
        &map,
        &workspace,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    let PlannedPerson::NewStakeholder(ben) = &plan.person else {
        panic!()
    };
    assert_eq!(
        plan.reports_to
            .as_ref()
            .map(|r| (r.stakeholder.clone(), r.manager.as_str(), r.dotted)),
        Some((ben.id.clone(), "ann", false))
    );
    assert_eq!(
        plan.coverage
            .iter()
            .map(|c| (
                c.team_member.as_str(),
                &c.stakeholder,
                c.strength,
                c.desired,
                c.exists
            ))
            .collect::<Vec<_>>(),
        [
            ("sc", &ben.id, Strength::Trusted, Strength::Trusted, false),
            ("raj", &ben.id, Strength::Aware, Strength::Acquainted, false)
        ]
    );
    assert_eq!(
        plan.place_team,
        vec![workspace[1].clone()],
        "Sarah joins this map; Raj is on it"
    );
}

#[test]
fn unknown_or_wrong_names_are_refused_naming_them() {
    let map = Build::new()
        .person("ann", "Ann Roe", |_| {})
        .ours("sc", "Sarah Collins", TeamRole::AccountManager)
        .0;
    let refused =
        |text: &str| match resolve(&line(text), &map, &map.team, &QuickAddAnswers::default()) {
            Err(ResolveError::Refused(m) | ResolveError::Unknown(m)) => m,
            other => panic!("{text}: {other:?}"),
        };
    assert_eq!(
        refused("Ben, known by Sara Colins trusted"),
        "No one of ours is called “Sara Colins”: add them first with “Sara Colins, ours”, or check the spelling."
    );
    assert!(refused("Ben, known by Ann Roe").contains("one of their people"));
    assert!(refused("Ben, reports to Nobody").contains("“Nobody”"));
    assert!(refused("Ben, reports to Sarah Collins").contains("one of our team"));
    assert!(refused("Sarah Collins covers Nobody: trusted").contains("“Nobody”"));
    assert_eq!(
        refused("Ann Roe covers Sarah Collins"),
        "Ann Roe is one of their people; only ours cover someone."
    );
    assert!(refused("Sam, ours, reports to Ann Roe").contains("only client stakeholders"));
}

#[test]
fn a_covers_line_draws_or_changes_one_line() {
    let map = Build::new()
        .person("ben", "Ben Hale", |_| {})
        .ours("sc", "Sarah Collins", TeamRole::AccountManager)
        .0;
    let plan = resolve(
        &line("Sarah Collins covers Ben Hale: acquainted -> trusted"),
        &map,
        &map.team,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    assert_eq!(plan.person, PlannedPerson::Nobody);
    assert_eq!(plan.focus, PersonId::Stakeholder("ben".into()));
    assert_eq!(plan.label, "Sarah Collins covers Ben Hale");
    let c = &plan.coverage[0];
    assert_eq!(
        (
            c.team_member.as_str(),
            c.stakeholder.as_str(),
            c.strength,
            c.desired,
            c.exists
        ),
        ("sc", "ben", Strength::Acquainted, Strength::Trusted, false)
    );
    let drawn = Build(map).covers("sc", "ben", Strength::Aware).0;
    let plan = resolve(
        &line("Sarah Collins covers Ben Hale: trusted"),
        &drawn,
        &drawn.team,
        &QuickAddAnswers::default(),
    )
    .unwrap();
    assert!(plan.coverage[0].exists);
    assert_eq!(plan.coverage[0].id, drawn.coverage[0].id);
}

#[test]
fn the_preview_on_the_map_says_what_enter_will_do() {
    let map = Build::new()
        .person("ben", "Ben Hale", |s| s.title = "CFO".into())
        .0;
    let workspace = [member("sc", "Sarah Collins", "")];
    let p = preview_on_map("Sarah Collins, ours", &map, &workspace);
    assert_eq!(
        p.notes,
        ["Sarah Collins is one of ours already: placed on this map, not added again."]
    );
    assert_eq!(p.problem, None);
    let p = preview_on_map("Ada, known by Sarah Collins trusted", &map, &workspace);
    assert_eq!(
        p.notes,
        ["Sarah Collins comes onto this map from our team."]
    );
    let p = preview_on_map("Ben Hale, CTO", &map, &workspace);
    assert_eq!(
        p.notes,
        ["Ben Hale (CFO) is already on this map. Add another “Ben Hale” anyway?"]
    );
    let p = preview_on_map("Ada, known by Raj trusted", &map, &workspace);
    assert!(
        p.problem.as_deref().is_some_and(|m| m.contains("“Raj”")),
        "{p:?}"
    );
    assert_eq!(p.parts.len(), 2, "the parts still show");
    let p = preview_on_map("Ada, influence 9", &map, &workspace);
    assert!(p.parts.is_empty());
    assert_eq!(
        p.problem.as_deref(),
        Some("“influence 9”: influence is a number from 1 to 5.")
    );
    assert!(matches!(
        resolve(
            &line("Ada, known by Raj"),
            &map,
            &workspace,
            &QuickAddAnswers::default()
        ),
        Err(ResolveError::Unknown(_))
    ));
}
