//! Review and measure: dated reviews that freeze the account, what each measured, and what
//! changed between them.

use crate::accounts::FindingCounts;
use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use chrono::NaiveDate;
use rapport_core::{
    AccountId, CoverageRatio, Review, ReviewDiff, ReviewId, analyse, coverage_ratio,
    diff_snapshots, next_review_due,
};
use rapport_store::{ReviewDraft, Workspace};
use serde::Serialize;
use specta::Type;

/// One review in the history, with what it measured and what changed since the one before.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSummary {
    pub review: Review,
    /// Active stakeholders on the map that day.
    pub people: u32,
    pub coverage: CoverageRatio,
    /// The findings the map showed on the review's date.
    pub findings: FindingCounts,
    /// What changed since the review before; `None` for the first review.
    pub changes: Option<ReviewDiff>,
}

/// Review and measure: every review (newest first), when the next is due, and what has changed
/// since the latest one.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewHistory {
    pub reviews: Vec<ReviewSummary>,
    pub next_due: NaiveDate,
    pub overdue: bool,
    /// From the latest review to the account as it is now; `None` before the first review.
    pub since_latest: Option<ReviewDiff>,
}

/// The reviews newest first, each with what it measured and what changed since the one before.
pub fn review_history(
    ws: &Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<ReviewHistory> {
    let stored = ws.reviews(account)?;
    let now = ws.account_snapshot(account)?;
    let mut reviews: Vec<ReviewSummary> = stored
        .iter()
        .enumerate()
        .map(|(i, r)| ReviewSummary {
            review: r.review.clone(),
            people: u32::try_from(
                r.snapshot
                    .stakeholders
                    .iter()
                    .filter(|s| s.is_active())
                    .count(),
            )
            .unwrap_or(u32::MAX),
            coverage: coverage_ratio(&r.snapshot),
            findings: FindingCounts::of(&analyse(&r.snapshot, r.review.date)),
            changes: i.checked_sub(1).map(|prev| r.diff_since(&stored[prev])),
        })
        .collect();
    reviews.reverse();
    let last = stored.last();
    let next_due = next_review_due(last.map(|r| r.review.date), now.account.created_on);
    Ok(ReviewHistory {
        since_latest: last.map(|r| diff_snapshots(&r.snapshot, &now)),
        reviews,
        next_due,
        overdue: next_due < clock.today(),
    })
}

/// Records a dated review that freezes the account as it is now.
pub fn record_review(
    ws: &mut Workspace,
    account: &AccountId,
    review: &ReviewDraft,
) -> Result<AccountEdit> {
    ws.record_review(account, review)?;
    edited(ws, account)
}

pub fn delete_review(
    ws: &mut Workspace,
    account: &AccountId,
    id: &ReviewId,
) -> Result<AccountEdit> {
    ws.delete_review(account, id)?;
    edited(ws, account)
}
