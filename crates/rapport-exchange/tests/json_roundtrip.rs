//! The account JSON round trip: export → import (every id new) → export gives the same document
//! once ids are normalised, for generated accounts of any size and random small ones; review
//! diffs still match people after the ids changed.

mod common;

use common::random::{Ingredients, random_account};
use proptest::prelude::*;
use rapport_core::{
    AccountSnapshot, Review, ReviewDiff, StoredReview, synthetic_account, synthetic_today,
};
use rapport_exchange::{
    export_account_json, import_account_json, normalise_ids, normalised_document,
};

/// A fresh-id generator like the store's, never repeating an id from the source.
fn fresh_ids() -> impl FnMut() -> String {
    let mut n = 0u64;
    move || {
        n += 1;
        format!("01NEW{n:021}")
    }
}

/// What a review diff says, by names (the ids differ after an import).
fn names_in(diff: &ReviewDiff) -> Vec<String> {
    let mut names: Vec<String> = diff.added.iter().map(|p| format!("+{}", p.name)).collect();
    names.extend(diff.gone.iter().map(|p| format!("-{}", p.name)));
    names.extend(
        diff.changes
            .iter()
            .map(|c| format!("{}:{:?}:{}>{}", c.name, c.field, c.before, c.after)),
    );
    names.extend(
        diff.coverage_changes
            .iter()
            .map(|c| format!("{}>{}", c.team_member_name, c.stakeholder_name)),
    );
    names.extend(diff.goal_changes.iter().map(|g| g.title.clone()));
    names
}

fn check_round_trip(snapshot: &AccountSnapshot, reviews: &[StoredReview]) {
    let document = export_account_json(snapshot, reviews);
    let (imported, imported_reviews) =
        import_account_json(&document, &mut fresh_ids()).expect("our own export imports");
    assert!(
        imported
            .stakeholders
            .iter()
            .all(|s| s.id.as_str().starts_with("01NEW"))
    );
    assert!(imported.account.id.as_str().starts_with("01NEW"));
    let again = export_account_json(&imported, &imported_reviews);
    assert_eq!(
        normalised_document(&document).expect("normalises"),
        normalised_document(&again).expect("normalises")
    );
    assert_eq!(
        normalise_ids(snapshot, reviews),
        normalise_ids(&imported, &imported_reviews)
    );
    for pair in 1..reviews.len() {
        assert_eq!(
            names_in(&reviews[pair].diff_since(&reviews[pair - 1])),
            names_in(&imported_reviews[pair].diff_since(&imported_reviews[pair - 1])),
            "review diffs match the same people after the ids changed"
        );
    }
    // A review's frozen person is the same person in the live account after the import.
    for (before, after) in reviews.iter().zip(&imported_reviews) {
        for (p, q) in before
            .snapshot
            .stakeholders
            .iter()
            .zip(&after.snapshot.stakeholders)
        {
            let live_before = snapshot.stakeholder(&p.id).map(|s| &s.name);
            let live_after = imported.stakeholder(&q.id).map(|s| &s.name);
            assert_eq!(live_before, live_after);
        }
    }
}

/// The synthetic account with two reviews: one when it was smaller, one as it is.
fn with_reviews(snapshot: AccountSnapshot) -> (AccountSnapshot, Vec<StoredReview>) {
    let mut earlier = snapshot.clone();
    earlier
        .stakeholders
        .truncate(earlier.stakeholders.len() / 2);
    let kept: std::collections::HashSet<_> =
        earlier.stakeholders.iter().map(|s| s.id.clone()).collect();
    earlier
        .reports_to
        .retain(|l| kept.contains(&l.stakeholder) && kept.contains(&l.manager));
    earlier.coverage.retain(|c| kept.contains(&c.stakeholder));
    earlier
        .relations
        .retain(|r| kept.contains(&r.from) && kept.contains(&r.to));
    earlier
        .goals
        .retain(|g| g.stakeholder.as_ref().is_none_or(|s| kept.contains(s)));
    earlier
        .interactions
        .iter_mut()
        .for_each(|i| i.stakeholders.retain(|s| kept.contains(s)));
    earlier.whitespace.iter_mut().for_each(|w| {
        if w.budget_holder.as_ref().is_some_and(|s| !kept.contains(s)) {
            w.budget_holder = None;
        }
    });
    let review = |id: &str, snapshot: AccountSnapshot| StoredReview {
        review: Review {
            id: id.into(),
            title: format!("Review {id}"),
            date: synthetic_today(),
            attendees: "Sam, Eve".into(),
            notes: String::new(),
        },
        snapshot,
    };
    let reviews = vec![review("r1", earlier), review("r2", snapshot.clone())];
    (snapshot, reviews)
}

#[test]
fn a_large_generated_account_round_trips() {
    let (snapshot, reviews) = with_reviews(synthetic_account(400, 11));
    check_round_trip(&snapshot, &reviews);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn generated_accounts_round_trip(people in 0usize..60, seed in any::<u64>()) {
        let (snapshot, reviews) = with_reviews(synthetic_account(people, seed));
        check_round_trip(&snapshot, &reviews);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_small_accounts_round_trip(
        seed in any::<u64>(),
        people in 0usize..9,
        team in 0usize..4,
        reviews in 0usize..4,
        words in proptest::collection::vec("\\PC{0,12}", 1..12),
        numbers in proptest::collection::vec(
            any::<f64>().prop_filter("finite", |n| n.is_finite()), 1..8),
    ) {
        let ingredients = Ingredients { seed, people, team, reviews, words, numbers };
        let (snapshot, reviews) = random_account(&ingredients);
        check_round_trip(&snapshot, &reviews);
    }
}
