//! `reports_to`: who reports to whom (solid or dotted).

use super::{Table, Values};
use crate::error::Result;
use rapport_core::{AccountId, LinkId, ReportsTo, StakeholderId};
use rusqlite::Connection;

pub(crate) const TABLE: Table = Table {
    name: "reports_to",
    columns: &["id", "account_id", "stakeholder_id", "manager_id", "dotted"],
};

fn values(account: &AccountId, r: &ReportsTo) -> Values {
    Values::default()
        .with("id", r.id.0.clone())
        .with("account_id", account.0.clone())
        .with("stakeholder_id", r.stakeholder.0.clone())
        .with("manager_id", r.manager.0.clone())
        .with("dotted", r.dotted)
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, r: &ReportsTo) -> Result<()> {
    TABLE.insert(conn, &values(account, r))
}

/// Writes whether the line is dotted; its ends stay.
pub(crate) fn update(conn: &Connection, account: &AccountId, r: &ReportsTo) -> Result<()> {
    TABLE.update(
        conn,
        &["dotted"],
        &["id", "account_id"],
        &values(account, r),
    )?;
    Ok(())
}

pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<ReportsTo>> {
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(ReportsTo {
            id: LinkId(r.get("id")?),
            stakeholder: StakeholderId(r.get("stakeholder_id")?),
            manager: StakeholderId(r.get("manager_id")?),
            dotted: r.get("dotted")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes the line; returns whether it was there.
pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &LinkId) -> Result<bool> {
    Ok(TABLE.delete(conn, account, id.as_str())? > 0)
}
