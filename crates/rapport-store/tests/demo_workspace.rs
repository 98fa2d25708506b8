//! The demo account is what a first-run user sees: it must be a real, varied map.

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{DEMO_ACCOUNT, Workspace};
use std::collections::{HashMap, HashSet};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn demo() -> AccountSnapshot {
    let mut ws = Workspace::open_in_memory().expect("in-memory workspace");
    let id = ws.create_demo(today()).expect("demo written");
    ws.account_snapshot(&id).expect("demo loads")
}

#[test]
fn demo_has_fifteen_or_more_people_over_three_levels_and_departments() {
    let snap = demo();
    assert_eq!(snap.account.name, DEMO_ACCOUNT);
    assert!(
        snap.stakeholders.len() >= 15,
        "{} people",
        snap.stakeholders.len()
    );
    let departments: HashSet<_> = snap.stakeholders.iter().map(|s| &s.department).collect();
    assert!(departments.len() >= 3, "{departments:?}");

    // Depth of the solid reporting tree.
    let manager: HashMap<&str, &str> = snap
        .reports_to
        .iter()
        .filter(|r| !r.dotted)
        .map(|r| (r.stakeholder.as_str(), r.manager.as_str()))
        .collect();
    let depth = |start: &str| {
        let (mut id, mut d) = (start.to_owned(), 0);
        while let Some(m) = manager.get(id.as_str()) {
            id = (*m).to_owned();
            d += 1;
        }
        d
    };
    let deepest = snap.stakeholders.iter().map(|s| depth(s.id.as_str())).max();
    // Levels 0..=3: four levels of the client's hierarchy.
    assert!(deepest >= Some(2), "levels: {deepest:?}");
}

#[test]
fn demo_has_the_variety_a_workshop_needs() {
    let snap = demo();
    assert!(snap.reports_to.iter().any(|r| r.dotted), "a dotted line");
    let attitudes: HashSet<_> = snap.stakeholders.iter().map(|s| s.attitude).collect();
    assert!(attitudes.contains(&Attitude::Blocker) && attitudes.contains(&Attitude::Champion));
    for role in Role::ALL {
        assert!(
            snap.stakeholders.iter().any(|s| s.has_role(role)),
            "{role:?}"
        );
    }
    assert_eq!(snap.team.len(), 4);
    let strengths: HashSet<_> = snap.coverage.iter().map(|c| c.strength).collect();
    assert!(
        strengths.len() >= 3,
        "mixed coverage strengths: {strengths:?}"
    );
    assert!(!snap.interactions.is_empty() && !snap.goals.is_empty());
    assert!(!snap.initiatives.is_empty() && !snap.relations.is_empty());
    assert!(
        snap.stakeholders.iter().any(|s| !s.is_active()),
        "someone left"
    );
}

#[test]
fn every_demo_person_is_placed_and_no_two_cards_share_a_spot() {
    let snap = demo();
    let mut spots = HashSet::new();
    for p in snap
        .stakeholders
        .iter()
        .map(|s| s.placement)
        .chain(snap.team.iter().map(|t| t.placement))
    {
        let p = p.expect("every demo person has a position");
        assert!(spots.insert((p.position.x as i64, p.position.y as i64)));
    }
}

#[test]
fn demo_links_name_people_of_the_account() {
    let snap = demo();
    let people: HashSet<_> = snap.stakeholders.iter().map(|s| &s.id).collect();
    let ours: HashSet<_> = snap.team.iter().map(|t| &t.id).collect();
    for c in &snap.coverage {
        assert!(people.contains(&c.stakeholder) && ours.contains(&c.team_member));
    }
    for i in &snap.initiatives {
        assert!(!i.goals.is_empty());
    }
}

#[test]
fn the_demo_review_froze_an_account_that_names_only_what_it_holds() {
    let mut ws = Workspace::open_in_memory().expect("in-memory workspace");
    let id = ws.create_demo(today()).expect("demo written");
    let reviews = ws.reviews(&id).expect("reviews");
    assert_eq!(reviews.len(), 1);
    let then = &reviews[0].snapshot;
    let goals: HashSet<_> = then.goals.iter().map(|g| &g.id).collect();
    let people: HashSet<_> = then.stakeholders.iter().map(|s| &s.id).collect();
    for i in &then.initiatives {
        assert!(!i.goals.is_empty(), "{} has a goal", i.title);
        for g in &i.goals {
            assert!(
                goals.contains(g),
                "{} names a goal it does not hold",
                i.title
            );
        }
    }
    for line in &then.reports_to {
        assert!(people.contains(&line.stakeholder) && people.contains(&line.manager));
    }
    for c in &then.coverage {
        assert!(people.contains(&c.stakeholder));
    }
}
