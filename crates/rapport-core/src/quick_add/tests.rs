//! The grammar, its preview and what a line does to a map (matching names: `resolve_tests`).

use super::resolve_tests::resolve;
use super::*;
use crate::crosswalk::CROSSWALK;
use crate::fixture::Build;
use crate::links::Strength;
use crate::people::{Attitude, Role, TeamRole};

#[test]
fn the_documented_example_is_understood() {
    let q = parse_quick_add("Jane Doe, CFO, budget, blocker, reports to Tom Ng").unwrap();
    assert_eq!(q.name, "Jane Doe");
    assert_eq!(q.title, "CFO");
    assert_eq!(q.roles, vec![Role::Budget]);
    assert_eq!(q.attitude, Some(Attitude::Blocker));
    assert_eq!(
        q.reports_to,
        Some(ReportsToName {
            name: "Tom Ng".into(),
            dotted: false
        })
    );
    assert!(!q.ours);
}

#[test]
fn parts_come_in_any_order_and_case() {
    let q = parse_quick_add(
        "Li Wei, Champion, Dotted to Ann Roe, Head of IT, IT, Influence 4, GATEKEEPER, user",
    )
    .unwrap();
    assert_eq!(q.attitude, Some(Attitude::Champion));
    assert_eq!(
        q.reports_to.as_ref().map(|r| (r.name.as_str(), r.dotted)),
        Some(("Ann Roe", true))
    );
    assert_eq!(
        (q.title.as_str(), q.department.as_str()),
        ("Head of IT", "IT")
    );
    assert_eq!(q.influence, Some(4));
    assert_eq!(q.roles, vec![Role::Gatekeeper, Role::User]);
}

#[test]
fn other_methods_words_become_roles_and_are_kept_as_the_tag() {
    let q = parse_quick_add("Ada, economic buyer").unwrap();
    assert_eq!(q.roles, vec![Role::Budget]);
    assert_eq!(q.role_tag, "economic buyer");
    assert_eq!(q.title, "");
}

#[test]
fn a_name_alone_is_enough_and_ours_marks_a_team_member() {
    assert_eq!(parse_quick_add("  Sam Lee ").unwrap().name, "Sam Lee");
    let ours = parse_quick_add("Sam Lee, ours, Solutions architect").unwrap();
    assert!(ours.ours);
    assert_eq!(ours.title, "Solutions architect");
}

#[test]
fn bad_lines_are_refused_naming_the_part() {
    assert_eq!(parse_quick_add(" , CFO"), Err(QuickAddError::MissingName));
    let err = parse_quick_add("Jo, influence 9").unwrap_err();
    assert_eq!(err, QuickAddError::BadInfluence("influence 9".into()));
    assert!(err.to_string().contains("1 to 5"));
    assert_eq!(
        parse_quick_add("Jo, reports to ").unwrap_err(),
        QuickAddError::MissingManager("reports to".into())
    );
    let err = parse_quick_add("Jo, CFO, Finance, likes golf").unwrap_err();
    assert!(err.to_string().contains("“likes golf”"), "{err}");
}

#[test]
fn an_over_long_line_is_refused_before_parsing() {
    let line = format!("Jo, {}", "x".repeat(crate::rules::MAX_QUICK_ADD_CHARS));
    assert_eq!(
        parse_quick_add(&line),
        Err(QuickAddError::TooLong {
            chars: crate::rules::MAX_QUICK_ADD_CHARS + 4
        })
    );
}

#[test]
fn a_word_that_only_starts_like_a_keyword_is_free_text() {
    let q = parse_quick_add("Jo, Influencer relations").unwrap();
    assert_eq!(q.title, "Influencer relations");
    assert_eq!(q.influence, None);
}

// ---- Position wins over role guessing ----

/// Every crosswalk word that also names a department, from the crosswalk itself.
fn department_words() -> Vec<&'static str> {
    CROSSWALK
        .iter()
        .filter(|t| t.names_a_department)
        .map(|t| t.term)
        .collect()
}

fn capitalised(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn the_crosswalk_names_its_department_words() {
    let words = department_words();
    for expected in ["procurement", "purchasing", "legal"] {
        assert!(
            words.contains(&expected),
            "{expected} missing from {words:?}"
        );
    }
    assert!(!words.contains(&"economic buyer"));
}

#[test]
fn every_department_that_is_a_role_word_keeps_its_department_when_given_by_position() {
    for word in department_words() {
        let department = capitalised(word);
        let line = format!("Eve Park, Head of {department}, {department}, gatekeeper, blocker");
        let q = parse_quick_add(&line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(q.title, format!("Head of {department}"), "{line}");
        assert_eq!(q.department, department, "{line}");
        assert_eq!(q.roles, vec![Role::Gatekeeper], "{line}");
        assert_eq!(q.role_tag, "", "{line}: the department is no role tag");
        assert_eq!(q.attitude, Some(Attitude::Blocker));
        // In the title's place too, and whatever the case.
        let q = parse_quick_add(&format!("Eve Park, {word}")).unwrap();
        assert_eq!(
            (q.title.as_str(), q.roles.len()),
            (word, 0),
            "{word} as the title"
        );
    }
}

#[test]
fn the_issue_line_reads_as_the_preview_says() {
    let parts =
        preview_line("Eve Park, Head of Procurement, Procurement, gatekeeper, blocker").unwrap();
    let texts: Vec<&str> = parts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Eve Park",
            "Title: Head of Procurement",
            "Department: Procurement",
            "Gatekeeper",
            "Blocker"
        ]
    );
}

#[test]
fn a_marked_role_is_a_role_wherever_it_stands() {
    let q = parse_quick_add("Eve Park, role: procurement, Buyer, Finance").unwrap();
    assert_eq!(q.roles, vec![Role::Gatekeeper]);
    assert_eq!(q.role_tag, "procurement");
    assert_eq!(
        (q.title.as_str(), q.department.as_str()),
        ("Buyer", "Finance")
    );
    let err = parse_quick_add("Eve Park, role: astrologer").unwrap_err();
    assert_eq!(err, QuickAddError::NotARole("role: astrologer".into()));
    assert!(err.to_string().contains("not a role"), "{err}");
}

#[test]
fn a_department_word_beyond_both_slots_is_its_role() {
    let q = parse_quick_add("Eve Park, Buyer, Finance, procurement").unwrap();
    assert_eq!(
        (q.title.as_str(), q.department.as_str()),
        ("Buyer", "Finance")
    );
    assert_eq!(q.roles, vec![Role::Gatekeeper]);
    assert_eq!(q.role_tag, "procurement");
}

#[test]
fn title_and_department_can_be_marked_to_go_anywhere() {
    let q = parse_quick_add("Eve Park, department: Legal, blocker, title: Counsel").unwrap();
    assert_eq!(
        (q.title.as_str(), q.department.as_str()),
        ("Counsel", "Legal")
    );
    assert!(q.roles.is_empty());
    let q = parse_quick_add("Eve Park, Legal, title: Counsel").unwrap();
    assert_eq!(
        (q.title.as_str(), q.department.as_str()),
        ("Counsel", "Legal")
    );
}

#[test]
fn unambiguous_role_words_stay_roles() {
    let q = parse_quick_add("Ada, CFO, Finance, economic buyer, user").unwrap();
    assert_eq!(q.roles, vec![Role::Budget, Role::User]);
    assert_eq!(q.department, "Finance");
}

// ---- Preview ----

#[test]
fn the_preview_names_every_part_in_a_fixed_order() {
    let parts = preview_line(
        "Ben Hale, known by Sarah Collins acquainted -> trusted, CFO, Finance, economic buyer, \
         champion, influence 5, dotted to Ann Roe",
    )
    .unwrap();
    let read: Vec<(QuickAddPartKind, &str)> =
        parts.iter().map(|p| (p.kind, p.text.as_str())).collect();
    assert_eq!(
        read,
        [
            (QuickAddPartKind::Name, "Ben Hale"),
            (QuickAddPartKind::Title, "Title: CFO"),
            (QuickAddPartKind::Department, "Department: Finance"),
            (QuickAddPartKind::Role, "Budget (economic buyer)"),
            (QuickAddPartKind::Attitude, "Champion"),
            (QuickAddPartKind::Influence, "Influence 5"),
            (QuickAddPartKind::ReportsTo, "Dotted line to Ann Roe"),
            (
                QuickAddPartKind::KnownBy,
                "Known by Sarah Collins: acquainted → trusted"
            ),
        ]
    );
    assert_eq!(
        preview_line("Sam Lee, ours, Architect").unwrap()[1].text,
        "One of ours"
    );
    assert!(preview_line("Jo, CFO, Finance, likes golf").is_err());
}

/// The preview is read off the same value the map gets: what it says is what is added.
#[test]
fn the_preview_matches_what_is_added() {
    let map = Build::new()
        .person("ann", "Ann Roe", |_| {})
        .ours("sc", "Sarah Collins", TeamRole::AccountManager)
        .0;
    for line in [
        "Eve Park, Head of Procurement, Procurement, gatekeeper, blocker",
        "Ben Hale, CFO, Finance, economic buyer, influence 4, reports to Ann Roe, known by Sarah Collins trusted",
        "Cy, Legal, role: legal, supporter",
    ] {
        let parsed = parse_quick_add_line(line).unwrap();
        let shown = preview(&parsed);
        let plan = resolve(&parsed, &map, &[], &QuickAddAnswers::default()).unwrap();
        let PlannedPerson::NewStakeholder(s) = &plan.person else {
            panic!("{line}: a stakeholder")
        };
        let has = |kind, text: String| {
            assert!(
                shown.iter().any(|p| p.kind == kind && p.text == text),
                "{line}: preview lacks {text:?}: {shown:?}"
            )
        };
        has(QuickAddPartKind::Name, s.name.clone());
        let count = |kind| shown.iter().filter(|p| p.kind == kind).count();
        assert_eq!(
            count(QuickAddPartKind::Title),
            usize::from(!s.title.is_empty()),
            "{line}"
        );
        if !s.title.is_empty() {
            has(QuickAddPartKind::Title, format!("Title: {}", s.title));
        }
        assert_eq!(
            count(QuickAddPartKind::Department),
            usize::from(!s.department.is_empty())
        );
        if !s.department.is_empty() {
            has(
                QuickAddPartKind::Department,
                format!("Department: {}", s.department),
            );
        }
        assert_eq!(count(QuickAddPartKind::Role), s.roles.len(), "{line}");
        for role in &s.roles {
            assert!(
                shown
                    .iter()
                    .any(|p| p.kind == QuickAddPartKind::Role && p.text.starts_with(role.label()))
            );
        }
        assert_eq!(
            count(QuickAddPartKind::ReportsTo),
            usize::from(plan.reports_to.is_some())
        );
        assert_eq!(count(QuickAddPartKind::KnownBy), plan.coverage.len());
        for c in &plan.coverage {
            has(
                QuickAddPartKind::KnownBy,
                format!("Known by Sarah Collins: {}", c.strength.word()),
            );
        }
    }
}

// ---- Coverage in the line ----

#[test]
fn known_by_takes_a_name_and_strengths() {
    let q = parse_quick_add("Ben Hale, CFO, budget, known by Sarah Collins trusted").unwrap();
    assert_eq!(
        q.known_by,
        vec![KnownBy {
            name: "Sarah Collins".into(),
            strength: Strength::Trusted,
            desired: Strength::Trusted
        }]
    );
    let q = parse_quick_add("Ben, known by Sarah Collins: acquainted → trusted, known by Raj 1->3")
        .unwrap();
    assert_eq!(
        q.known_by
            .iter()
            .map(|k| (k.name.as_str(), k.strength, k.desired))
            .collect::<Vec<_>>(),
        [
            ("Sarah Collins", Strength::Acquainted, Strength::Trusted),
            ("Raj", Strength::Aware, Strength::Trusted)
        ]
    );
    let q = parse_quick_add("Ben, known by Sarah Collins").unwrap();
    assert_eq!(
        (q.known_by[0].strength, q.known_by[0].desired),
        (DEFAULT_STRENGTH, DEFAULT_STRENGTH)
    );
    assert_eq!(q.title, "", "a known-by part is no title");
    assert_eq!(
        parse_quick_add("Ben, known by ").unwrap_err(),
        QuickAddError::MissingTeamMember("known by".into())
    );
    assert!(matches!(
        parse_quick_add("Ben, known by Sarah -> best friends"),
        Err(QuickAddError::BadStrength(_))
    ));
    assert!(matches!(
        parse_quick_add("Sam, ours, known by Sarah"),
        Err(QuickAddError::KnownByOurs(_))
    ));
}

#[test]
fn a_covers_line_stands_on_its_own_with_either_arrow() {
    for line in [
        "Sarah Collins covers Ben Hale: acquainted → trusted",
        "Sarah Collins covers Ben Hale: acquainted -> trusted",
        "sarah collins COVERS Ben Hale acquainted->trusted",
        "Sarah Collins covers Ben Hale, 2 -> 3",
    ] {
        let QuickAddLine::Covers(c) = parse_quick_add_line(line).unwrap() else {
            panic!("{line}: a coverage line")
        };
        assert!(same_name(&c.team_member, "Sarah Collins"), "{line}");
        assert_eq!(c.stakeholder, "Ben Hale", "{line}");
        assert_eq!(
            (c.strength, c.desired),
            (Strength::Acquainted, Strength::Trusted),
            "{line}"
        );
    }
    let QuickAddLine::Covers(c) = parse_quick_add_line("Sarah covers Ben trusted").unwrap() else {
        panic!()
    };
    assert_eq!(
        (c.strength, c.desired),
        (Strength::Trusted, Strength::Trusted)
    );
    // "covers" after a comma is a person line's part (here, the title).
    assert!(matches!(
        parse_quick_add_line("Ann, covers Ben"),
        Ok(QuickAddLine::Person(q)) if q.title == "covers Ben"
    ));
    assert!(matches!(
        parse_quick_add_line("Sarah covers : trusted"),
        Err(QuickAddError::BadCovers(_))
    ));
    assert_eq!(
        preview_line("Sarah Collins covers Ben Hale: acquainted → trusted").unwrap()[0].text,
        "Sarah Collins covers Ben Hale: acquainted → trusted"
    );
}
