//! `relations`: who influences or is in conflict with whom.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_relation;
use rapport_core::{AccountId, LinkId, Relation, StakeholderId};
use rusqlite::Connection;

pub(crate) const TABLE: Table = Table {
    name: "relations",
    columns: &["id", "account_id", "kind", "from_id", "to_id", "note"],
};

fn values(account: &AccountId, r: &Relation) -> Values {
    let r = normalise_relation(r);
    Values::default()
        .with("id", r.id.0)
        .with("account_id", account.0.clone())
        .with("kind", word(&r.kind))
        .with("from_id", r.from.0)
        .with("to_id", r.to.0)
        .with("note", r.note)
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, r: &Relation) -> Result<()> {
    TABLE.insert(conn, &values(account, r))
}

/// Writes the line's note; its kind and ends stay.
pub(crate) fn update(conn: &Connection, account: &AccountId, r: &Relation) -> Result<()> {
    TABLE.update(conn, &["note"], &["id", "account_id"], &values(account, r))?;
    Ok(())
}

pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Relation>> {
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(Relation {
            id: LinkId(r.get("id")?),
            kind: word_in(r, "kind")?,
            from: StakeholderId(r.get("from_id")?),
            to: StakeholderId(r.get("to_id")?),
            note: r.get("note")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes the line; returns whether it was there.
pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &LinkId) -> Result<bool> {
    Ok(TABLE.delete(conn, account, id.as_str())? > 0)
}
