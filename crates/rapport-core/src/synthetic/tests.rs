use super::*;
use crate::map::StakeholderMap;

#[test]
fn the_same_seed_gives_the_same_account_and_another_seed_another() {
    assert_eq!(synthetic_account(200, 1), synthetic_account(200, 1));
    assert_ne!(synthetic_account(200, 1), synthetic_account(200, 2));
}

#[test]
fn generated_accounts_satisfy_the_map_rules() {
    for (people, seed) in [(0, 1), (1, 1), (2, 5), (100, 1), (1_000, 2), (10_000, 3)] {
        let snapshot = synthetic_account(people, seed);
        let map = StakeholderMap::from_snapshot(&snapshot)
            .unwrap_or_else(|e| panic!("{people} people, seed {seed}: {e}"));
        assert_eq!(snapshot.stakeholders.len(), people);
        assert_eq!(map.person_count(), people + (people / 25).max(2));
    }
}

#[test]
fn shape_is_realistic() {
    let snapshot = synthetic_account(10_000, 9);
    let people = snapshot.stakeholders.len() as f64;
    let lines =
        (snapshot.reports_to.len() + snapshot.coverage.len() + snapshot.relations.len()) as f64;
    assert!(
        (2.5..=3.5).contains(&(lines / people)),
        "{} lines per person",
        lines / people
    );
    assert_eq!(snapshot.team.len(), 400);
    assert!(snapshot.reports_to.iter().any(|r| r.dotted));
    assert!(snapshot.stakeholders.iter().all(|s| s.placement.is_none()));
    let departments: HashSet<&str> = snapshot
        .stakeholders
        .iter()
        .map(|s| s.department.as_str())
        .collect();
    assert_eq!(departments.len(), DEPARTMENTS.len() + 1);
    let names: HashSet<&str> = snapshot
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names.len(), snapshot.stakeholders.len());
}

#[test]
fn tree_has_four_to_six_levels() {
    for people in [100, 1_000, 10_000] {
        let snapshot = synthetic_account(people, 4);
        let index = crate::index::AccountIndex::new(&snapshot);
        let deepest = (0..people).map(|i| index.solid_depth(i)).max().unwrap_or(0) + 1;
        assert!((4..=6).contains(&deepest), "{people}: {deepest} levels");
    }
}
