//! Dated reviews: each freezes the whole account so the next one can show what changed.

use crate::codec::{from_json, new_id};
use crate::error::{Error, Result};
use crate::workspace::Workspace;
use rapport_core::{AccountId, AccountSnapshot, Review, ReviewDiff, ReviewId, diff_snapshots};
use rusqlite::params;
use serde::Serialize;
use specta::Type;

/// A review with the account as it stood that day.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StoredReview {
    pub review: Review,
    pub snapshot: AccountSnapshot,
}

impl StoredReview {
    /// What changed from `earlier` to this review.
    pub fn diff_since(&self, earlier: &StoredReview) -> ReviewDiff {
        diff_snapshots(&earlier.snapshot, &self.snapshot)
    }
}

impl Workspace {
    /// The account's reviews, oldest first (by date, then by when they were recorded).
    pub fn reviews(&self, account: &AccountId) -> Result<Vec<StoredReview>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, title, date, attendees, notes, snapshot FROM reviews
             WHERE account_id = ?1 ORDER BY date, rowid",
        )?;
        let rows = stmt.query_map([account.as_str()], |r| {
            Ok(StoredReview {
                review: Review {
                    id: ReviewId(r.get(0)?),
                    title: r.get(1)?,
                    date: r.get(2)?,
                    attendees: r.get(3)?,
                    notes: r.get(4)?,
                },
                snapshot: from_json(5, &r.get::<_, String>(5)?)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a review of the account as it is now. `review.id` is ignored; the new id is
    /// returned. An empty title is refused.
    pub fn record_review(&mut self, account: &AccountId, review: &Review) -> Result<ReviewId> {
        let title = review.title.trim();
        if title.is_empty() {
            return Err(Error::validation("title", "A review needs a title."));
        }
        let snapshot = self.account_snapshot(account)?;
        let json = serde_json::to_string(&snapshot).map_err(|e| {
            Error::io(format!(
                "The account could not be frozen for the review ({e})."
            ))
        })?;
        let id = ReviewId(new_id());
        self.edit_recorded(account, &format!("Record review “{title}”"), |tx| {
            tx.execute(
                "INSERT INTO reviews (id, account_id, title, date, attendees, notes, snapshot)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id.as_str(),
                    account.as_str(),
                    title,
                    review.date,
                    review.attendees.trim(),
                    review.notes,
                    json
                ],
            )?;
            Ok(())
        })?;
        Ok(id)
    }
}
