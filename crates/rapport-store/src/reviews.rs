//! Dated reviews: each freezes the whole account so the next one can show what changed.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::reviews;
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{AccountId, Review, ReviewId, StoredReview, rules};
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
        self.edit_recorded(account, |tx| {
            // Frozen inside the transaction: the review holds exactly the account it is dated on.
            let snapshot = load_snapshot(tx, account)?;
            reviews::insert(tx, account, &review, &snapshot)?;
            Ok((
                format!("Record review “{}”", review.title),
                review.id.clone(),
            ))
        })
    }

    /// The date of the account's latest review, without reading the frozen accounts.
    pub fn last_review_date(&self, account: &AccountId) -> Result<Option<NaiveDate>> {
        reviews::latest_date(&self.conn, account)
    }

    /// Deletes a review and the account as it froze it.
    pub fn delete_review(&mut self, account: &AccountId, id: &ReviewId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let title = reviews::title(tx, account, id)?
                .ok_or_else(|| Error::not_found("This review no longer exists."))?;
            reviews::delete(tx, account, id)?;
            Ok((format!("Delete review “{title}”"), ()))
        })
    }
}
