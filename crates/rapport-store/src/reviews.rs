//! Dated reviews: each freezes the whole account so the next one can show what changed.

use crate::accounts::FindingCounts;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::tables::reviews;
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, CoverageRatio, Review, ReviewDiff, ReviewId, StoredReview, analyse, coverage_ratio,
    diff_snapshots, next_review_due, rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A review as the Review form sends it; the store freezes the account beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewDraft {
    pub title: String,
    pub date: NaiveDate,
    pub attendees: String,
    pub notes: String,
}

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

impl Workspace {
    /// The account's reviews, oldest first (by date, then by when they were recorded).
    pub fn reviews(&self, account: &AccountId) -> Result<Vec<StoredReview>> {
        reviews::load(&self.conn, account)
    }

    /// Records a review of the account as it is now and returns its id. An empty title is
    /// refused.
    pub fn record_review(&mut self, account: &AccountId, review: &ReviewDraft) -> Result<ReviewId> {
        let review = rules::normalise_review(&Review {
            id: ReviewId(new_id()),
            title: review.title.clone(),
            date: review.date,
            attendees: review.attendees.clone(),
            notes: review.notes.clone(),
        });
        rules::check_review(&review)?;
        let snapshot = self.account_snapshot(account)?;
        let label = format!("Record review “{}”", review.title);
        self.edit_recorded(account, &label, |tx| {
            reviews::insert(tx, account, &review, &snapshot)
        })?;
        Ok(review.id)
    }

    /// The date of the account's latest review, without reading the frozen accounts.
    pub fn last_review_date(&self, account: &AccountId) -> Result<Option<NaiveDate>> {
        reviews::latest_date(&self.conn, account)
    }

    /// Reviews newest first with their measures and changes, as of `today`.
    pub fn review_history(&self, account: &AccountId, today: NaiveDate) -> Result<ReviewHistory> {
        let stored = self.reviews(account)?;
        let now = self.account_snapshot(account)?;
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
            overdue: next_due < today,
        })
    }

    /// Deletes a review and the account as it froze it.
    pub fn delete_review(&mut self, account: &AccountId, id: &ReviewId) -> Result<()> {
        let title = reviews::title(&self.conn, account, id)?
            .ok_or_else(|| Error::not_found("This review no longer exists."))?;
        self.edit_recorded(account, &format!("Delete review “{title}”"), |tx| {
            reviews::delete(tx, account, id)
        })
    }
}
