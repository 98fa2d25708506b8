//! `account_nps`: the account's answer to "would you recommend us?" over time, one score a day.

use super::{Table, Values};
use crate::error::Result;
use chrono::NaiveDate;
use rapport_core::{AccountId, NpsScore};
use rusqlite::{Connection, params};

pub(crate) const TABLE: Table = Table {
    name: "account_nps",
    columns: &["account_id", "date", "score"],
};

fn values(account: &AccountId, s: &NpsScore) -> Values {
    Values::default()
        .with("account_id", account.0.clone())
        .with("date", s.date)
        .with("score", s.score)
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, s: &NpsScore) -> Result<()> {
    TABLE.insert(conn, &values(account, s))
}

/// Sets the score of `s.date`; returns how many rows matched (0 when that day had none).
pub(crate) fn update(conn: &Connection, account: &AccountId, s: &NpsScore) -> Result<usize> {
    TABLE.update(
        conn,
        &["score"],
        &["account_id", "date"],
        &values(account, s),
    )
}

/// Removes the score of one day; returns how many rows went (0 or 1).
pub(crate) fn delete(conn: &Connection, account: &AccountId, date: NaiveDate) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM account_nps WHERE account_id = ?1 AND date = ?2",
        params![account.as_str(), date],
    )?)
}

/// The account's scores, oldest first.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<NpsScore>> {
    let mut stmt = conn.prepare_cached(&TABLE.select("WHERE account_id = ?1 ORDER BY date"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(NpsScore {
            date: r.get("date")?,
            score: r.get("score")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
