//! `reviews`: dated reviews, each with the account frozen as JSON so the next can be diffed.

use super::{Table, Values};
use crate::error::{Error, Result};
use crate::frozen::frozen_in;
use chrono::NaiveDate;
use rapport_core::rules::normalise_review;
use rapport_core::{AccountId, AccountSnapshot, Review, ReviewId, StoredReview};
use rusqlite::{Connection, OptionalExtension};

pub(crate) const TABLE: Table = Table {
    name: "reviews",
    columns: &[
        "id",
        "account_id",
        "title",
        "date",
        "attendees",
        "notes",
        "snapshot",
    ],
};

/// Adds a review with the account as it stands.
pub(crate) fn insert(
    conn: &Connection,
    account: &AccountId,
    review: &Review,
    snapshot: &AccountSnapshot,
) -> Result<()> {
    let r = normalise_review(review);
    let frozen = serde_json::to_string(snapshot).map_err(|e| {
        Error::io(format!(
            "The account could not be frozen for the review ({e})."
        ))
    })?;
    let values = Values::default()
        .with("id", r.id.0)
        .with("account_id", account.0.clone())
        .with("title", r.title)
        .with("date", r.date)
        .with("attendees", r.attendees)
        .with("notes", r.notes)
        .with("snapshot", frozen);
    TABLE.insert(conn, &values)
}

/// The account's reviews, oldest first (by date, then by when they were recorded).
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<StoredReview>> {
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY date, rowid"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(StoredReview {
            review: Review {
                id: ReviewId(r.get("id")?),
                title: r.get("title")?,
                date: r.get("date")?,
                attendees: r.get("attendees")?,
                notes: r.get("notes")?,
            },
            snapshot: frozen_in(r, "snapshot")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The date of the account's latest review, without reading the frozen accounts.
pub(crate) fn latest_date(conn: &Connection, account: &AccountId) -> Result<Option<NaiveDate>> {
    Ok(conn.query_row(
        "SELECT max(date) FROM reviews WHERE account_id = ?1",
        [account.as_str()],
        |r| r.get(0),
    )?)
}

/// The review's title, or `None` when the account has no such review.
pub(crate) fn title(
    conn: &Connection,
    account: &AccountId,
    id: &ReviewId,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT title FROM reviews WHERE id = ?1 AND account_id = ?2",
            [id.as_str(), account.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &ReviewId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
