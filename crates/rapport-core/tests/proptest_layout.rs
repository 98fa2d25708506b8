//! Layout never puts a card on top of another, and never moves a card it must keep.

use proptest::prelude::*;
use rapport_core::{
    AccountSnapshot, CARD_HEIGHT, CARD_WIDTH, LayoutMode, Placement, Position, layout,
    synthetic_account,
};

fn overlap(a: Position, b: Position) -> bool {
    (a.x - b.x).abs() < CARD_WIDTH && (a.y - b.y).abs() < CARD_HEIGHT
}

/// A synthetic account where some people already have a place: scattered near the origin (so
/// they collide with where the layout wants people), some pinned.
fn placed_account() -> impl Strategy<Value = (AccountSnapshot, LayoutMode)> {
    (
        0usize..120,
        any::<u64>(),
        proptest::collection::vec(
            proptest::option::weighted(0.4, (-60i32..=60, -30i32..=30, any::<bool>())),
            0..130,
        ),
        any::<bool>(),
    )
        .prop_map(|(people, seed, placements, full)| {
            let mut snapshot = synthetic_account(people, seed);
            let cards = snapshot
                .stakeholders
                .iter_mut()
                .map(|s| &mut s.placement)
                .chain(snapshot.team.iter_mut().map(|t| &mut t.placement));
            for (slot, wanted) in cards.zip(placements) {
                *slot = wanted.map(|(x, y, pinned)| Placement {
                    position: Position {
                        x: f64::from(x) * 37.0,
                        y: f64::from(y) * 29.0,
                    },
                    pinned,
                });
            }
            let mode = if full {
                LayoutMode::Full
            } else {
                LayoutMode::UnplacedOnly
            };
            (snapshot, mode)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn layout_never_overlaps_and_keeps_what_it_must((snapshot, mode) in placed_account()) {
        let result = layout(&snapshot, mode);
        let placements: Vec<Option<Placement>> = snapshot
            .stakeholders
            .iter()
            .map(|s| s.placement)
            .chain(snapshot.team.iter().map(|t| t.placement))
            .collect();
        prop_assert_eq!(result.len(), placements.len());
        let kept: Vec<bool> = placements
            .iter()
            .map(|p| match (mode, p) {
                (LayoutMode::UnplacedOnly, Some(_)) => true,
                (LayoutMode::Full, Some(p)) => p.pinned,
                _ => false,
            })
            .collect();
        for (i, (got, placement)) in result.iter().zip(&placements).enumerate() {
            prop_assert!(got.position.x.is_finite() && got.position.y.is_finite());
            if kept[i] {
                prop_assert_eq!(Some(got.position), placement.map(|p| p.position));
            }
        }
        // Cards the facilitator put on top of each other may stay so; every other pair is apart.
        for i in 0..result.len() {
            for j in i + 1..result.len() {
                if kept[i] && kept[j] {
                    continue;
                }
                prop_assert!(
                    !overlap(result[i].position, result[j].position),
                    "{:?} overlaps {:?}", result[i], result[j]
                );
            }
        }
    }
}

proptest! {
    // Big accounts are slower to check (every pair of cards): fewer cases, bigger accounts.
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// The compact layout of a generated big account: nobody overlaps, the same account lays out
    /// the same way twice, and the map stays between 1:2 and 2:1 (readable when fitted).
    #[test]
    fn big_accounts_lay_out_compact_without_overlaps(people in 150usize..1_100, seed in any::<u64>()) {
        let snapshot = synthetic_account(people, seed);
        let result = layout(&snapshot, LayoutMode::Full);
        prop_assert_eq!(&result, &layout(&snapshot, LayoutMode::Full), "deterministic");
        let mut cards: Vec<Position> = result.iter().map(|p| p.position).collect();
        cards.sort_by(|a, b| a.x.total_cmp(&b.x));
        for (i, a) in cards.iter().enumerate() {
            // Sorted by x: only the cards within a card's width can overlap it.
            for b in cards[i + 1..].iter().take_while(|b| b.x - a.x < CARD_WIDTH) {
                prop_assert!(!overlap(*a, *b), "{:?} overlaps {:?}", a, b);
            }
        }
        let (left, right) = cards.iter().fold((f64::MAX, f64::MIN), |(l, r), c| (l.min(c.x), r.max(c.x + CARD_WIDTH)));
        let (top, bottom) = cards.iter().fold((f64::MAX, f64::MIN), |(t, b), c| (t.min(c.y), b.max(c.y + CARD_HEIGHT)));
        let ratio = (right - left) / (bottom - top);
        prop_assert!((0.5..=2.0).contains(&ratio), "{} people, seed {}: ratio {:.2}", people, seed, ratio);
    }
}
