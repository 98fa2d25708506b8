//! Each rule accepts what it should and refuses the rest on the right field.

use super::*;
use crate::fixture::day;
use crate::ids::{GoalId, InitiativeId, InteractionId, NoteId, ReviewId, StakeholderId};
use crate::links::Strength;
use crate::people::{Attitude, TeamRole};
use crate::plan::{GoalStatus, InitiativeStatus, InteractionKind, NoteKind, Priority};
use crate::{Account, AccountId, LinkId, RelationKind, TeamMemberId};

/// The field a refusal points at, or `None` when the value passes.
fn field(result: FieldResult) -> Option<String> {
    result.err().map(|e| e.field)
}

#[test]
fn lines_lose_surrounding_blanks_and_line_breaks() {
    assert_eq!(normalise_line("  Head of IT \t"), "Head of IT");
    assert_eq!(normalise_line("Head of\r\n  IT"), "Head of IT");
    assert_eq!(normalise_line("\n\n"), "");
    assert_eq!(
        normalise_line("Ana  Ruiz"),
        "Ana  Ruiz",
        "inner spaces stay"
    );
}

#[test]
fn notes_keep_their_own_layout() {
    assert_eq!(
        normalise_notes("\n  first\n  second  \n\n"),
        "first\n  second"
    );
}

#[test]
fn required_text_refuses_blanks_only() {
    assert_eq!(required_text("name", "Ana", "Name?"), Ok(()));
    assert_eq!(
        required_text("name", " \n ", "Name?"),
        Err(FieldError::new("name", "Name?"))
    );
}

#[test]
fn email_may_be_empty_but_not_malformed() {
    assert_eq!(check_email("email", ""), Ok(()));
    assert_eq!(check_email("email", "ana@example.com"), Ok(()));
    assert_eq!(
        field(check_email("email", "not an address")),
        Some("email".into())
    );
}

#[test]
fn a_stakeholder_is_checked_field_by_field() {
    let ok = Stakeholder::named("raj", "Raj Patel");
    assert_eq!(check_stakeholder(&ok), Ok(()));
    let cases: [(&str, Stakeholder); 6] = [
        ("name", Stakeholder::named("raj", "  ")),
        (
            "influence",
            Stakeholder {
                influence: 0,
                ..ok.clone()
            },
        ),
        (
            "influence",
            Stakeholder {
                influence: 6,
                ..ok.clone()
            },
        ),
        (
            "npsScore",
            Stakeholder {
                nps_score: Some(11),
                ..ok.clone()
            },
        ),
        (
            "cadenceDays",
            Stakeholder {
                cadence_days: Some(0),
                ..ok.clone()
            },
        ),
        (
            "email",
            Stakeholder {
                email: "raj at helios".into(),
                ..ok.clone()
            },
        ),
    ];
    for (expected, bad) in cases {
        assert_eq!(field(check_stakeholder(&bad)), Some(expected.into()));
    }
    let edge = Stakeholder {
        influence: 5,
        nps_score: Some(10),
        cadence_days: Some(1),
        email: "raj@helios.example".into(),
        ..ok.clone()
    };
    assert_eq!(check_stakeholder(&edge), Ok(()));
    assert_eq!(check_nps(Some(0)), Ok(()));
    assert_eq!(check_nps(None), Ok(()));
    assert_eq!(check_cadence(None), Ok(()));
    assert_eq!(check_influence(1), Ok(()));
}

#[test]
fn a_stakeholder_is_tidied_but_keeps_its_notes() {
    let s = Stakeholder {
        title: " CFO ".into(),
        personal_notes: "Runs marathons.\nTwo kids.\n".into(),
        role_tag: " coach".into(),
        ..Stakeholder::named("raj", " Raj Patel ")
    };
    let tidy = normalise_stakeholder(&s);
    assert_eq!(
        (
            tidy.name.as_str(),
            tidy.title.as_str(),
            tidy.role_tag.as_str()
        ),
        ("Raj Patel", "CFO", "coach")
    );
    assert_eq!(tidy.personal_notes, "Runs marathons.\nTwo kids.");
}

#[test]
fn a_team_member_needs_a_name_and_a_real_address() {
    let ok = TeamMember::named("sam", "Sam", TeamRole::Specialist);
    assert_eq!(check_team_member(&ok), Ok(()));
    let nameless = TeamMember::named("sam", "", TeamRole::Specialist);
    assert_eq!(field(check_team_member(&nameless)), Some("name".into()));
    let bad_mail = TeamMember {
        email: "sam".into(),
        ..ok.clone()
    };
    assert_eq!(field(check_team_member(&bad_mail)), Some("email".into()));
    let tidy = normalise_team_member(&TeamMember {
        title: " Sponsor ".into(),
        ..TeamMember::named("sam", " Sam ", TeamRole::Other)
    });
    assert_eq!(
        (tidy.name.as_str(), tidy.title.as_str()),
        ("Sam", "Sponsor")
    );
}

#[test]
fn positions_must_be_finite() {
    assert_eq!(check_position(Position { x: 1.0, y: -2.0 }), Ok(()));
    assert_eq!(
        field(check_position(Position {
            x: f64::NAN,
            y: 0.0
        })),
        Some("position".into())
    );
    assert_eq!(
        field(check_position(Position {
            x: 0.0,
            y: f64::INFINITY
        })),
        Some("position".into())
    );
}

#[test]
fn the_relationship_word_is_one_short_word() {
    assert_eq!(check_relationship_word(""), Ok(()));
    assert_eq!(check_relationship_word(" Cautious "), Ok(()));
    assert_eq!(
        field(check_relationship_word("Quite cautious")),
        Some("relationshipWord".into())
    );
    let long = "x".repeat(MAX_RELATIONSHIP_WORD_CHARS + 1);
    assert_eq!(
        field(check_relationship_word(&long)),
        Some("relationshipWord".into())
    );
    assert_eq!(
        check_relationship_word(&"x".repeat(MAX_RELATIONSHIP_WORD_CHARS)),
        Ok(())
    );
}

#[test]
fn an_account_is_tidied() {
    let mut a = Account::named(AccountId::from("a"), " Helios ", day(2026, 1, 1));
    a.strategy = "\nGrow.\n".into();
    a.client_goals.months3 = " Pilot ".into();
    let tidy = normalise_account(&a);
    assert_eq!(
        (
            tidy.name.as_str(),
            tidy.strategy.as_str(),
            tidy.client_goals.months3.as_str()
        ),
        ("Helios", "Grow.", "Pilot")
    );
}

#[test]
fn line_notes_are_tidied() {
    let c = Coverage {
        id: LinkId::from("c"),
        team_member: TeamMemberId::from("sam"),
        stakeholder: StakeholderId::from("raj"),
        strength: Strength::Aware,
        desired: Strength::Trusted,
        last_interaction: None,
        notes: " Weekly call \n".into(),
    };
    assert_eq!(normalise_coverage(&c).notes, "Weekly call");
    let r = Relation {
        id: LinkId::from("r"),
        kind: RelationKind::Influences,
        from: StakeholderId::from("a"),
        to: StakeholderId::from("b"),
        note: "  ".into(),
    };
    assert_eq!(normalise_relation(&r).note, "");
}

#[test]
fn a_note_needs_text_and_names_its_kind() {
    let note = AnalysisNote {
        id: NoteId::from("n"),
        kind: NoteKind::Problem,
        text: " Slow answers ".into(),
        stakeholders: vec![],
    };
    assert_eq!(check_analysis_note(&note), Ok(()));
    assert_eq!(normalise_analysis_note(&note).text, "Slow answers");
    let empty = AnalysisNote {
        text: "  ".into(),
        ..note
    };
    let err = check_analysis_note(&empty).unwrap_err();
    assert_eq!(err.field, "text");
    assert!(err.message.contains("problem"), "{err}");
}

fn goal(target: GoalTarget) -> Goal {
    Goal {
        id: GoalId::from("g"),
        stakeholder: Some(StakeholderId::from("raj")),
        title: "Win Raj".into(),
        priority: Priority::High,
        target,
        created_on: day(2026, 11, 23),
        due: Some(day(2027, 1, 1)),
        status: GoalStatus::Open,
    }
}

#[test]
fn goals_follow_their_rules() {
    let attitude = goal(GoalTarget::Attitude {
        from: Attitude::Skeptic,
        to: Attitude::Supporter,
    });
    let coverage = goal(GoalTarget::Coverage {
        team_member: None,
        from: Strength::Aware,
        to: Strength::Trusted,
    });
    let free = goal(GoalTarget::Free {
        text: "Pilot signed".into(),
    });
    for ok in [&attitude, &coverage, &free] {
        assert_eq!(check_goal(ok), Ok(()));
    }
    let due_on_creation = Goal {
        due: Some(day(2026, 11, 23)),
        ..free.clone()
    };
    assert_eq!(check_goal(&due_on_creation), Ok(()));
    let account_wide_free = Goal {
        stakeholder: None,
        ..free.clone()
    };
    assert_eq!(check_goal(&account_wide_free), Ok(()));

    let refused = [
        (
            "title",
            Goal {
                title: " ".into(),
                ..free.clone()
            },
        ),
        (
            "stakeholder",
            Goal {
                stakeholder: None,
                ..attitude.clone()
            },
        ),
        (
            "stakeholder",
            Goal {
                stakeholder: None,
                ..coverage.clone()
            },
        ),
        (
            "target",
            goal(GoalTarget::Attitude {
                from: Attitude::Neutral,
                to: Attitude::Neutral,
            }),
        ),
        (
            "target",
            goal(GoalTarget::Coverage {
                team_member: None,
                from: Strength::Trusted,
                to: Strength::Trusted,
            }),
        ),
        ("target", goal(GoalTarget::Free { text: "  ".into() })),
        (
            "due",
            Goal {
                due: Some(day(2026, 11, 22)),
                ..free.clone()
            },
        ),
    ];
    for (expected, bad) in refused {
        assert_eq!(field(check_goal(&bad)), Some(expected.into()), "{bad:?}");
    }
    let early = Goal {
        due: Some(day(2026, 11, 22)),
        ..free.clone()
    };
    assert!(
        check_goal(&early)
            .unwrap_err()
            .message
            .contains("23 Nov 2026")
    );
}

#[test]
fn goals_are_tidied() {
    let g = Goal {
        title: "  Win Raj ".into(),
        ..goal(GoalTarget::Free {
            text: " Pilot signed ".into(),
        })
    };
    let tidy = normalise_goal(&g);
    assert_eq!(tidy.title, "Win Raj");
    assert_eq!(
        tidy.target,
        GoalTarget::Free {
            text: "Pilot signed".into()
        }
    );
}

#[test]
fn an_initiative_needs_a_title_and_a_goal() {
    let ok = Initiative {
        id: InitiativeId::from("i"),
        title: " Breakfast ".into(),
        goals: vec![GoalId::from("g")],
        owner: None,
        due: None,
        status: InitiativeStatus::Planned,
        notes: " Bring the sheet ".into(),
    };
    assert_eq!(check_initiative(&ok), Ok(()));
    let tidy = normalise_initiative(&ok);
    assert_eq!(
        (tidy.title.as_str(), tidy.notes.as_str()),
        ("Breakfast", "Bring the sheet")
    );
    let untitled = Initiative {
        title: "".into(),
        ..ok.clone()
    };
    assert_eq!(field(check_initiative(&untitled)), Some("title".into()));
    let aimless = Initiative {
        goals: vec![],
        ..ok
    };
    assert_eq!(field(check_initiative(&aimless)), Some("goals".into()));
}

#[test]
fn an_interaction_has_happened_and_involves_someone_of_theirs() {
    let today = day(2026, 11, 23);
    let ok = Interaction {
        id: InteractionId::from("x"),
        date: today,
        kind: InteractionKind::Escalation,
        stakeholders: vec![StakeholderId::from("raj")],
        team_members: vec![],
        note: " Outage \n".into(),
    };
    assert_eq!(check_interaction(&ok, today), Ok(()));
    assert_eq!(normalise_interaction(&ok).note, "Outage");
    let future = Interaction {
        date: day(2026, 11, 24),
        ..ok.clone()
    };
    assert_eq!(
        field(check_interaction(&future, today)),
        Some("date".into())
    );
    let nobody = Interaction {
        stakeholders: vec![],
        ..ok
    };
    assert_eq!(
        field(check_interaction(&nobody, today)),
        Some("stakeholders".into())
    );
}

#[test]
fn a_review_needs_a_title() {
    let ok = Review {
        id: ReviewId::from("r"),
        title: " Q4 ".into(),
        date: day(2026, 11, 23),
        attendees: " Sarah, Raj ".into(),
        notes: "Went well.\n".into(),
    };
    assert_eq!(check_review(&ok), Ok(()));
    let tidy = normalise_review(&ok);
    assert_eq!(
        (
            tidy.title.as_str(),
            tidy.attendees.as_str(),
            tidy.notes.as_str()
        ),
        ("Q4", "Sarah, Raj", "Went well.")
    );
    let untitled = Review {
        title: " ".into(),
        ..ok
    };
    assert_eq!(
        check_review(&untitled),
        Err(FieldError::new("title", "A review needs a title."))
    );
}

#[test]
fn the_size_limits_are_ordered() {
    const {
        assert!(MAX_RELATIONSHIP_WORD_CHARS < MAX_NAME_CHARS);
        assert!(MAX_NAME_CHARS < MAX_LINE_CHARS);
        assert!(MAX_LINE_CHARS < MAX_NOTES_CHARS);
    }
}
