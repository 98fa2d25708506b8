use super::*;
use crate::fixture::{Build, day};
use crate::links::Strength;
use crate::people::{Attitude, Role, TeamRole};

/// Ana (CEO) ← Raj (CFO, solid) ← Tom (controller, solid); Tom dotted to Ana too.
fn finance() -> Build {
    Build::new()
        .person("ana", "Ana Ruiz", |s| {
            s.title = "CEO".into();
            s.department = "Executive".into();
            s.roles = vec![Role::Budget];
            s.attitude = Attitude::Champion;
            s.influence = 5;
        })
        .person("raj", "Raj Patel", |s| {
            s.title = "CFO".into();
            s.department = "Finance".into();
            s.roles = vec![Role::Gatekeeper, Role::Budget];
            s.influence = 4;
        })
        .person("tom", "Tom Ng", |s| {
            s.title = "Controller".into();
            s.department = "Finance".into();
            s.roles = vec![Role::User];
            s.attitude = Attitude::Skeptic;
            s.influence = 2;
        })
        .ours("sam", "Sam Lee", TeamRole::AccountManager)
        .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
        .reports("raj", "ana")
        .reports("tom", "raj")
        .dotted("tom", "ana")
        .covers_wanting("sam", "raj", Strength::Acquainted, Strength::Trusted)
        .covers("eve", "ana", Strength::Trusted)
        .relation(RelationKind::Influences, "tom", "raj")
        .relation(RelationKind::ConflictsWith, "raj", "ana")
        .edit(|a| a.coverage[0].last_interaction = Some(day(2025, 3, 14)))
}

fn map() -> StakeholderMap {
    StakeholderMap::from_snapshot(&finance().done()).expect("valid map")
}

fn s(id: &str) -> StakeholderId {
    StakeholderId::from(id)
}

fn reports_to(who: &str, manager: &str, dotted: bool) -> ReportsTo {
    ReportsTo {
        id: LinkId::new(format!("new-{who}-{manager}")),
        stakeholder: s(who),
        manager: s(manager),
        dotted,
    }
}

#[test]
fn renders_a_readable_picture_sorted_by_name() {
    assert_eq!(
        map().render_text(),
        "\
Stakeholders
  Ana Ruiz | CEO | Executive | B | champion | influence 5
  Raj Patel | CFO | Finance | BG | neutral | influence 4
    reports to Ana Ruiz
    in conflict with Ana Ruiz
  Tom Ng | Controller | Finance | U | skeptic | influence 2
    reports to Raj Patel
    reports to Ana Ruiz (dotted)
    influences Raj Patel
Our team
  Eve Stone | Executive sponsor
    covers Ana Ruiz: trusted
  Sam Lee | Account manager
    covers Raj Patel: acquainted, wants trusted, last met 2025-03-14
"
    );
}

#[test]
fn a_second_solid_manager_is_refused_with_a_plain_message() {
    let mut map = map();
    let before = map.render_text();
    let err = map
        .add_reports_to(reports_to("tom", "ana", false))
        .unwrap_err();
    assert!(matches!(err, MapError::DuplicateLine { .. }));
    let mut map2 = StakeholderMap::from_snapshot(
        &finance()
            .edit(|a| {
                a.reports_to.pop();
            })
            .done(),
    )
    .expect("valid");
    let err = map2
        .add_reports_to(reports_to("tom", "ana", false))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Tom Ng already reports to Raj Patel; a person has one solid manager — make this a dotted \
         line instead"
    );
    assert_eq!(map.render_text(), before);
}

#[test]
fn several_dotted_managers_are_allowed() {
    let mut map = StakeholderMap::from_snapshot(
        &finance()
            .person("kim", "Kim Wu", |_| {})
            .edit(|a| {
                a.reports_to.pop();
            })
            .done(),
    )
    .expect("valid");
    map.add_reports_to(reports_to("tom", "ana", true))
        .expect("first dotted");
    map.add_reports_to(reports_to("tom", "kim", true))
        .expect("second dotted");
    assert_eq!(map.managers(&s("tom")).len(), 3);
    assert_eq!(
        map.solid_manager(&s("tom")).map(|m| m.name.as_str()),
        Some("Raj Patel")
    );
}

#[test]
fn a_cycle_is_refused_naming_both_people() {
    let mut map = map();
    let before = map.render_text();
    let err = map
        .add_reports_to(reports_to("ana", "tom", true))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Ana Ruiz cannot report to Tom Ng: Tom Ng already reports (directly or indirectly) to \
         Ana Ruiz"
    );
    // Through a dotted line only: Tom reports to Ana dotted, so Ana cannot report to Tom at all.
    let mut dotted_only = StakeholderMap::from_snapshot(
        &Build::new()
            .person("ana", "Ana Ruiz", |_| {})
            .person("tom", "Tom Ng", |_| {})
            .dotted("tom", "ana")
            .done(),
    )
    .expect("valid");
    let err = dotted_only
        .add_reports_to(reports_to("ana", "tom", false))
        .unwrap_err();
    assert!(matches!(err, MapError::ReportsToCycle { .. }));
    assert_eq!(map.render_text(), before);
}

#[test]
fn self_links_unknown_people_and_wrong_sides_are_refused() {
    let mut map = map();
    let before = map.render_text();
    assert_eq!(
        map.add_reports_to(reports_to("tom", "tom", true))
            .unwrap_err()
            .to_string(),
        "Tom Ng cannot be linked to themselves"
    );
    assert!(matches!(
        map.add_reports_to(reports_to("tom", "ghost", true)),
        Err(MapError::UnknownPerson { .. })
    ));
    // One of ours in a stakeholder's place, and a stakeholder in ours.
    let err = map
        .add_reports_to(reports_to("tom", "sam", true))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Sam Lee is one of our team; only client stakeholders report to each other on the map"
    );
    let cover = |member: &str, who: &str| Coverage {
        id: LinkId::from("c"),
        team_member: member.into(),
        stakeholder: who.into(),
        strength: Strength::Aware,
        desired: Strength::Aware,
        last_interaction: None,
        notes: String::new(),
    };
    assert_eq!(
        map.add_coverage(cover("tom", "raj"))
            .unwrap_err()
            .to_string(),
        "Tom Ng is a client stakeholder; only our team members cover stakeholders"
    );
    assert!(matches!(
        map.add_coverage(cover("sam", "eve")),
        Err(MapError::NotAStakeholder {
            line: LineKind::Covers,
            ..
        })
    ));
    assert_eq!(
        map.add_coverage(cover("sam", "raj"))
            .unwrap_err()
            .to_string(),
        "Sam Lee already covers Raj Patel; change the strength of that line instead"
    );
    let conflict = Relation {
        id: LinkId::from("r"),
        kind: RelationKind::ConflictsWith,
        from: s("ana"),
        to: s("raj"),
        note: String::new(),
    };
    assert_eq!(
        map.add_relation(conflict).unwrap_err().to_string(),
        "Ana Ruiz and Raj Patel are already shown in conflict"
    );
    assert!(matches!(
        map.add_stakeholder(Stakeholder::named("tom", "Tom Again")),
        Err(MapError::DuplicatePerson { .. })
    ));
    assert_eq!(map.render_text(), before);
}

#[test]
fn removing_a_person_removes_their_lines() {
    let mut map = map();
    let lines = map.line_count();
    let removed = map
        .remove_person(&PersonId::Stakeholder(s("raj")))
        .expect("on the map");
    assert_eq!(removed.name(), "Raj Patel");
    assert_eq!(map.line_count(), lines - 5);
    assert!(
        map.reports(&s("ana"))
            .iter()
            .all(|(r, _)| r.name != "Raj Patel")
    );
    assert!(matches!(
        map.remove_person(&PersonId::Stakeholder(s("raj"))),
        Err(MapError::UnknownPerson { .. })
    ));
    // Tom lost his solid manager, so a new one is fine now.
    map.add_reports_to(reports_to("tom", "ana", false))
        .expect_err("dotted line to Ana exists");
    assert!(map.remove_line(&LinkId::from("l2")).is_some());
    map.add_reports_to(reports_to("tom", "ana", false))
        .expect("now free");
}

#[test]
fn queries_answer_in_a_stable_order() {
    let map = map();
    let names = |v: Vec<&str>| v.into_iter().map(str::to_owned).collect::<Vec<_>>();
    let managers: Vec<_> = map
        .managers(&s("tom"))
        .iter()
        .map(|(m, _)| m.name.clone())
        .collect();
    assert_eq!(managers, names(vec!["Raj Patel", "Ana Ruiz"]));
    let reports: Vec<_> = map
        .reports(&s("ana"))
        .iter()
        .map(|(r, _)| r.name.clone())
        .collect();
    assert_eq!(reports, names(vec!["Raj Patel", "Tom Ng"]));
    let coverers: Vec<_> = map
        .coverers(&s("raj"))
        .iter()
        .map(|(t, _)| t.name.clone())
        .collect();
    assert_eq!(coverers, names(vec!["Sam Lee"]));
    let covered: Vec<_> = map
        .covered_by(&TeamMemberId::from("eve"))
        .iter()
        .map(|(s, _)| s.name.clone())
        .collect();
    assert_eq!(covered, names(vec!["Ana Ruiz"]));
    let related: Vec<_> = map
        .relations_of(&s("raj"))
        .iter()
        .map(|(s, _)| s.name.clone())
        .collect();
    assert_eq!(related, names(vec!["Ana Ruiz", "Tom Ng"]));
    assert!(map.reports_up_to(&s("tom"), &s("ana")));
    assert!(!map.reports_up_to(&s("ana"), &s("tom")));
}

#[test]
fn snapshot_checks_agree_with_the_map() {
    let snapshot = finance().person("kim", "Kim Wu", |_| {}).done();
    let cases = [
        ("tom", "ana", false),
        ("tom", "kim", false),
        ("tom", "kim", true),
        ("ana", "tom", true),
        ("kim", "kim", true),
        ("kim", "ghost", true),
        ("kim", "sam", false),
    ];
    for (who, manager, dotted) in cases {
        let mut map = StakeholderMap::from_snapshot(&snapshot).expect("valid");
        let by_map = map
            .add_reports_to(reports_to(who, manager, dotted))
            .map(|_| ());
        let by_check = check_reports_to(&snapshot, &s(who), &s(manager), dotted);
        assert_eq!(by_map, by_check, "{who} -> {manager} dotted={dotted}");
    }
    assert_eq!(
        check_coverage(&snapshot, &TeamMemberId::from("sam"), &s("raj"))
            .unwrap_err()
            .to_string(),
        "Sam Lee already covers Raj Patel; change the strength of that line instead"
    );
    assert!(check_coverage(&snapshot, &TeamMemberId::from("sam"), &s("kim")).is_ok());
    assert!(check_relation(&snapshot, RelationKind::ConflictsWith, &s("ana"), &s("raj")).is_err());
    assert!(check_relation(&snapshot, RelationKind::Influences, &s("raj"), &s("tom")).is_ok());
}

#[test]
fn errors_serialise_with_a_kind_tag_and_camel_case_fields() {
    let err = MapError::SecondSolidManager {
        stakeholder: s("tom"),
        stakeholder_name: "Tom Ng".into(),
        manager: s("ana"),
        manager_name: "Ana Ruiz".into(),
    };
    let json = serde_json::to_value(&err).expect("serialises");
    assert_eq!(json["kind"], "secondSolidManager");
    assert_eq!(json["stakeholderName"], "Tom Ng");
    let back: MapError = serde_json::from_value(json).expect("round trip");
    assert_eq!(back, err);
}

#[test]
fn an_invalid_snapshot_is_refused_at_the_first_bad_line() {
    let cyclic = finance().reports("ana", "tom").done();
    assert!(matches!(
        StakeholderMap::from_snapshot(&cyclic),
        Err(MapError::ReportsToCycle { .. })
    ));
}
