use super::*;
use crate::fixture::Build;
use crate::links::Strength;
use crate::people::TeamRole;

fn at(x: f64, y: f64) -> Position {
    Position { x, y }
}

fn position_of(layout: &[PersonPosition], person: PersonId) -> Position {
    layout
        .iter()
        .find(|p| p.person == person)
        .map(|p| p.position)
        .expect("everyone has a position")
}

fn stakeholder(id: &str) -> PersonId {
    PersonId::Stakeholder(id.into())
}

fn member(id: &str) -> PersonId {
    PersonId::TeamMember(id.into())
}

fn cards_overlap(a: Position, b: Position) -> bool {
    (a.x - b.x).abs() < CARD_WIDTH && (a.y - b.y).abs() < CARD_HEIGHT
}

/// Ana heads Finance (Raj, Tom) and IT (Lee); Sam covers Finance, Eve covers IT.
fn company() -> Build {
    Build::new()
        .person("ana", "Ana Ruiz", |s| s.department = "Board".into())
        .person("raj", "Raj Patel", |s| s.department = "Finance".into())
        .person("lee", "Lee Park", |s| s.department = "IT".into())
        .person("tom", "Tom Ng", |s| s.department = "Finance".into())
        .reports("raj", "ana")
        .reports("lee", "ana")
        .reports("tom", "ana")
        .dotted("tom", "lee")
        .ours("eve", "Eve Stone", TeamRole::Specialist)
        .ours("sam", "Sam Lee", TeamRole::AccountManager)
        .ours("kai", "Kai Hale", TeamRole::Support)
        .covers("sam", "raj", Strength::Trusted)
        .covers("sam", "tom", Strength::Aware)
        .covers("eve", "lee", Strength::Aware)
}

#[test]
fn hierarchy_rows_department_order_and_team_lane() {
    let l = layout(&company().done(), LayoutMode::Full);
    assert_eq!(l.len(), 7);
    // Finance (Raj, Tom) left of IT (Lee); Ana centred over all three.
    assert_eq!(position_of(&l, stakeholder("raj")), at(0.0, ROW));
    assert_eq!(position_of(&l, stakeholder("tom")), at(COLUMN, ROW));
    assert_eq!(position_of(&l, stakeholder("lee")), at(2.0 * COLUMN, ROW));
    assert_eq!(position_of(&l, stakeholder("ana")), at(COLUMN, 0.0));
    // Our lane: 160 below the client's lowest card; Sam under Finance, Eve under IT, Kai (who
    // covers nobody) last.
    let lane = ROW + CARD_HEIGHT + TEAM_LANE_GAP;
    assert_eq!(position_of(&l, member("sam")), at(COLUMN / 2.0, lane));
    assert_eq!(position_of(&l, member("eve")), at(2.0 * COLUMN, lane));
    assert_eq!(position_of(&l, member("kai")), at(3.0 * COLUMN, lane));
}

#[test]
fn a_large_account_keeps_its_gaps() {
    let snapshot = crate::synthetic::synthetic_account(1_500, 11);
    let l = layout(&snapshot, LayoutMode::Full);
    assert_eq!(l.len(), snapshot.stakeholders.len() + snapshot.team.len());
    let mut cards: Vec<Position> = l.iter().map(|p| p.position).collect();
    cards.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    // Same row: a full column apart. Different rows: at least a row apart.
    for pair in cards.windows(2) {
        if pair[0].y == pair[1].y {
            assert!(pair[1].x - pair[0].x >= COLUMN, "{pair:?}");
        } else {
            assert!(pair[1].y - pair[0].y >= ROW, "{pair:?}");
        }
    }
    let client_bottom = l[..snapshot.stakeholders.len()]
        .iter()
        .map(|p| p.position.y + CARD_HEIGHT)
        .fold(f64::MIN, f64::max);
    let team_top = l[snapshot.stakeholders.len()..]
        .iter()
        .map(|p| p.position.y)
        .fold(f64::MAX, f64::min);
    assert!(team_top - client_bottom >= TEAM_LANE_GAP);
}

#[test]
fn unplaced_only_keeps_every_placed_card_and_fits_new_ones_around_them() {
    let placed = |x, y, pinned| {
        Some(Placement {
            position: at(x, y),
            pinned,
        })
    };
    let snapshot = company()
        .edit(|a| {
            // Ana placed far away; Raj dropped right where the hierarchy would put Tom.
            a.stakeholders[0].placement = placed(5_000.0, 3_000.0, false);
            a.stakeholders[1].placement = placed(5_000.0 + COLUMN, 3_000.0 + ROW, true);
        })
        .done();
    let l = layout(&snapshot, LayoutMode::UnplacedOnly);
    assert_eq!(position_of(&l, stakeholder("ana")), at(5_000.0, 3_000.0));
    assert_eq!(
        position_of(&l, stakeholder("raj")),
        at(5_000.0 + COLUMN, 3_000.0 + ROW)
    );
    // Tom and Lee follow their placed manager, one row below, and step around Raj.
    let tom = position_of(&l, stakeholder("tom"));
    let lee = position_of(&l, stakeholder("lee"));
    assert_eq!(tom.y, 3_000.0 + ROW);
    assert_eq!(lee.y, 3_000.0 + ROW);
    for (i, a) in l.iter().enumerate() {
        for b in &l[i + 1..] {
            assert!(!cards_overlap(a.position, b.position), "{a:?} {b:?}");
        }
    }
}

#[test]
fn full_moves_unpinned_cards_and_keeps_pinned_ones() {
    let snapshot = company()
        .edit(|a| {
            a.stakeholders[0].placement = Some(Placement {
                position: at(-999.0, -999.0),
                pinned: false,
            });
            a.team[0].placement = Some(Placement {
                position: at(0.0, ROW),
                pinned: true,
            });
        })
        .done();
    let l = layout(&snapshot, LayoutMode::Full);
    assert_eq!(position_of(&l, stakeholder("ana")), at(COLUMN, 0.0));
    assert_eq!(position_of(&l, member("eve")), at(0.0, ROW));
    // Raj would have sat on Eve's pinned card, so he moved; nobody overlaps.
    assert_ne!(position_of(&l, stakeholder("raj")), at(0.0, ROW));
    for (i, a) in l.iter().enumerate() {
        for b in &l[i + 1..] {
            assert!(!cards_overlap(a.position, b.position), "{a:?} {b:?}");
        }
    }
}

#[test]
fn an_empty_map_and_a_team_without_clients_lay_out() {
    assert!(layout(&Build::new().done(), LayoutMode::Full).is_empty());
    let team_only = Build::new()
        .ours("sam", "Sam Lee", TeamRole::AccountManager)
        .ours("eve", "Eve Stone", TeamRole::Specialist)
        .done();
    let l = layout(&team_only, LayoutMode::UnplacedOnly);
    assert_eq!(position_of(&l, member("eve")), at(0.0, 0.0));
    assert_eq!(position_of(&l, member("sam")), at(COLUMN, 0.0));
}

/// The whole map's width and height in map units, cards included.
fn extent(l: &[PersonPosition]) -> (f64, f64) {
    let (mut left, mut top) = (f64::MAX, f64::MAX);
    let (mut right, mut bottom) = (f64::MIN, f64::MIN);
    for p in l {
        left = left.min(p.position.x);
        top = top.min(p.position.y);
        right = right.max(p.position.x + CARD_WIDTH);
        bottom = bottom.max(p.position.y + CARD_HEIGHT);
    }
    (right - left, bottom - top)
}

#[test]
fn generated_accounts_of_300_and_1000_people_are_between_1_2_and_2_1() {
    for (people, seed) in [(300, 1), (1_000, 1), (300, 7), (1_000, 42)] {
        let snapshot = crate::synthetic::synthetic_account(people, seed);
        let l = layout(&snapshot, LayoutMode::Full);
        let (width, height) = extent(&l);
        let ratio = width / height;
        eprintln!("{people} people seed {seed}: {width} x {height} ratio {ratio:.2}");
        assert!(
            (0.5..=2.0).contains(&ratio),
            "{people} people (seed {seed}): {width} × {height} is {ratio:.2}:1"
        );
    }
}

#[test]
fn reporting_lines_down_a_spine_cross_no_card() {
    // The editor and the PDF draw a report more than a row below their manager with a line
    // down the gap left of the report (ui lines.tsx, report lines.rs): that gap must be free.
    for (people, seed) in [(40, 3), (300, 1), (1_000, 42)] {
        let snapshot = crate::synthetic::synthetic_account(people, seed);
        let l = layout(&snapshot, LayoutMode::Full);
        let index = AccountIndex::new(&snapshot);
        let cards: Vec<Position> = l.iter().map(|p| p.position).collect();
        let mut spines = 0;
        for i in 0..snapshot.stakeholders.len() {
            let Some(m) = index.solid_manager(i) else {
                continue;
            };
            let (report, manager) = (cards[i], cards[m]);
            let manager_bottom = manager.y + CARD_HEIGHT;
            if report.y <= manager_bottom + V_GAP + 1.0 {
                continue;
            }
            spines += 1;
            let x = report.x - H_GAP / 2.0;
            let (top, bottom) = (manager_bottom + V_GAP / 2.0, report.y + CARD_HEIGHT / 2.0);
            for c in &cards {
                let crosses =
                    c.x < x && x < c.x + CARD_WIDTH && c.y < bottom && top < c.y + CARD_HEIGHT;
                assert!(
                    !crosses,
                    "{people}: the spine at x {x} from {top} to {bottom} crosses the card at {c:?}"
                );
            }
        }
        assert!(spines > 0, "{people} people: stacks and shelves were used");
    }
}

#[test]
fn a_manager_with_many_reports_who_manage_nobody_gets_them_stacked_in_columns() {
    let mut build = Build::new().person("boss", "Ana Boss", |s| s.department = "Sales".into());
    for k in 0..9 {
        let id = format!("r{k}");
        build = build
            .person(&id, &format!("Rep {k}"), |s| s.department = "Sales".into())
            .reports(&id, "boss");
    }
    let l = layout(&build.done(), LayoutMode::Full);
    let reps: Vec<Position> = (0..9)
        .map(|k| position_of(&l, stakeholder(&format!("r{k}"))))
        .collect();
    let columns: std::collections::BTreeSet<i64> = reps.iter().map(|p| p.x as i64).collect();
    let rows: std::collections::BTreeSet<i64> = reps.iter().map(|p| p.y as i64).collect();
    // Nine leaves: three columns of three, not one row of nine; read top to bottom by name.
    assert_eq!((columns.len(), rows.len()), (3, 3));
    assert_eq!(reps[0], at(0.0, ROW));
    assert_eq!(reps[1], at(0.0, 2.0 * ROW));
    assert_eq!(reps[3], at(COLUMN, ROW));
    // Three reports or fewer stay a row.
    let few = company().done();
    let l = layout(&few, LayoutMode::Full);
    assert_eq!(position_of(&l, stakeholder("lee")), at(2.0 * COLUMN, ROW));
}
