//! Helios Freight's past: the account's recommendation scores over the last year, and one review
//! recorded about 80 days ago, before the map moved, so Review shows what changed since and the
//! next review falls due in about ten days.

use super::days_before;
use crate::codec::new_id;
use crate::error::Result;
use crate::snapshot::load_snapshot;
use crate::tables::{account_nps, reviews};
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, Attitude, NpsScore, Review, ReviewId, StakeholderStatus, Strength,
};

/// When the review was held, in days before today.
pub(super) const REVIEW_DAYS_AGO: u64 = 80;

/// (days ago, score): a slide after the Hamburg outage, climbing back since.
const NPS: [(u64, u8); 5] = [(380, 7), (290, 8), (170, 6), (REVIEW_DAYS_AGO, 5), (10, 7)];

pub(super) fn write(
    tx: &rusqlite::Connection,
    account: &AccountId,
    today: NaiveDate,
) -> Result<()> {
    for (days, score) in NPS {
        let score = NpsScore {
            date: days_before(today, days),
            score,
        };
        account_nps::insert(tx, account, &score)?;
    }
    let now = load_snapshot(tx, account)?;
    let held = days_before(today, REVIEW_DAYS_AGO);
    let review = Review {
        id: ReviewId(new_id()),
        title: "Q3 account review".into(),
        date: held,
        attendees: "Sarah Collins, David Moreau, Ben Carter".into(),
        notes: "Hamburg outage dominates; Elena Novak open to a pilot if security signs off."
            .into(),
    };
    reviews::insert(tx, account, &review, &as_it_was(&now, held))
}

fn named<'a>(s: &'a mut AccountSnapshot, name: &str) -> Option<&'a mut rapport_core::Stakeholder> {
    s.stakeholders.iter_mut().find(|p| p.name == name)
}

/// The account as the review froze it: before Noah Schmidt joined the map, before Elena Novak
/// warmed to us and Lukas Berg cooled, while Peter Vogel was still there, before Sarah Collins
/// earned Elena's trust, and before the goal about Raj Patel was set.
fn as_it_was(now: &AccountSnapshot, held: NaiveDate) -> AccountSnapshot {
    let mut then = now.clone();
    let newcomer = then
        .stakeholders
        .iter()
        .find(|p| p.name == "Noah Schmidt")
        .map(|p| p.id.clone());
    if let Some(gone) = newcomer {
        then.stakeholders.retain(|p| p.id != gone);
        then.reports_to
            .retain(|r| r.stakeholder != gone && r.manager != gone);
        then.coverage.retain(|c| c.stakeholder != gone);
        then.relations.retain(|r| r.from != gone && r.to != gone);
        for i in &mut then.interactions {
            i.stakeholders.retain(|p| p != &gone);
        }
        then.interactions.retain(|i| !i.stakeholders.is_empty());
    }
    let novak = named(&mut then, "Elena Novak").map(|p| {
        p.attitude = Attitude::Neutral;
        p.id.clone()
    });
    if let Some(berg) = named(&mut then, "Lukas Berg") {
        berg.attitude = Attitude::Neutral;
    }
    if let Some(vogel) = named(&mut then, "Peter Vogel") {
        vogel.status = StakeholderStatus::Active;
    }
    for c in &mut then.coverage {
        if Some(&c.stakeholder) == novak.as_ref() && c.strength == Strength::Trusted {
            c.strength = Strength::Acquainted;
        }
    }
    then.goals
        .retain(|g| g.title != "Earn Raj Patel's trust in our business case");
    // An initiative for a goal not set yet was not planned yet either: the frozen account names
    // only goals it holds (an account JSON export checks every id it carries).
    let set: std::collections::HashSet<_> = then.goals.iter().map(|g| g.id.clone()).collect();
    for i in &mut then.initiatives {
        i.goals.retain(|g| set.contains(g));
    }
    then.initiatives.retain(|i| !i.goals.is_empty());
    then.nps_history.retain(|s| s.date <= held);
    then
}
