//! `reference_requests`: prospects who asked to speak to one of our accounts.

use super::{Table, Values};
use crate::error::Result;
use rapport_core::rules::normalise_reference_request;
use rapport_core::{AccountId, ReferenceRequest, ReferenceRequestId};
use rusqlite::{Connection, Row};

pub(crate) const TABLE: Table = Table {
    name: "reference_requests",
    columns: &[
        "id",
        "account_id",
        "date",
        "prospect_name",
        "prospect_account_id",
        "note",
    ],
};

fn values(r: &ReferenceRequest) -> Values {
    let r = normalise_reference_request(r);
    Values::default()
        .with("id", r.id.0)
        .with("account_id", r.reference_account.0)
        .with("date", r.date)
        .with("prospect_name", r.prospect_name)
        .with("prospect_account_id", r.prospect_account.map(|a| a.0))
        .with("note", r.note)
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<ReferenceRequest> {
    Ok(ReferenceRequest {
        id: ReferenceRequestId(r.get("id")?),
        reference_account: AccountId(r.get("account_id")?),
        date: r.get("date")?,
        prospect_name: r.get("prospect_name")?,
        prospect_account: r
            .get::<_, Option<String>>("prospect_account_id")?
            .map(AccountId),
        note: r.get("note")?,
    })
}

pub(crate) fn insert(conn: &Connection, r: &ReferenceRequest) -> Result<()> {
    TABLE.insert(conn, &values(r))
}

pub(crate) fn delete(
    conn: &Connection,
    account: &AccountId,
    id: &ReferenceRequestId,
) -> Result<usize> {
    TABLE.delete(conn, account, id.as_str())
}

/// Every request of the workspace, oldest first.
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<ReferenceRequest>> {
    let mut stmt = conn.prepare(&TABLE.select("ORDER BY date, id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The requests an account was asked as a reference, or made as a prospect, oldest first.
pub(crate) fn load_for(conn: &Connection, account: &AccountId) -> Result<Vec<ReferenceRequest>> {
    let mut stmt = conn.prepare(
        &TABLE.select("WHERE account_id = ?1 OR prospect_account_id = ?1 ORDER BY date, id"),
    )?;
    let rows = stmt.query_map([account.as_str()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
