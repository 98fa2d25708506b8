//! `offerings`, `needs` and `whitespace`: our offerings (workspace-wide) against an account's
//! needs, one cell per pair.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::{normalise_line, normalise_offering, normalise_whitespace_cell};
use rapport_core::{AccountId, Need, NeedId, Offering, OfferingId, StakeholderId, WhitespaceCell};
use rusqlite::{Connection, OptionalExtension};

pub(crate) const OFFERINGS: Table = Table {
    name: "offerings",
    columns: &["id", "name", "family", "typical_deal_size"],
};

pub(crate) const NEEDS: Table = Table {
    name: "needs",
    columns: &["id", "account_id", "name"],
};

pub(crate) const TABLE: Table = Table {
    name: "whitespace",
    columns: &[
        "account_id",
        "offering_id",
        "need_id",
        "state",
        "budget_holder_id",
        "estimated_value",
        "note",
    ],
};

fn offering_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Offering> {
    Ok(Offering {
        id: OfferingId(r.get("id")?),
        name: r.get("name")?,
        family: r.get("family")?,
        typical_deal_size: r.get("typical_deal_size")?,
    })
}

fn offering_values(o: &Offering) -> Values {
    let o = normalise_offering(o);
    Values::default()
        .with("id", o.id.0)
        .with("name", o.name)
        .with("family", o.family)
        .with("typical_deal_size", o.typical_deal_size)
}

fn cell_values(account: &AccountId, cell: &WhitespaceCell) -> Values {
    let cell = normalise_whitespace_cell(cell);
    Values::default()
        .with("account_id", account.0.clone())
        .with("offering_id", cell.offering.0.clone())
        .with("need_id", cell.need.0.clone())
        .with("state", word(&cell.state))
        .with(
            "budget_holder_id",
            cell.budget_holder.as_ref().map(|s| s.0.clone()),
        )
        .with("estimated_value", cell.estimated_value)
        .with("note", cell.note)
}

/// The offering called `name` (ignoring case), added to the workspace when it is new.
pub(crate) fn offering_named(conn: &Connection, name: &str) -> Result<Offering> {
    let name = normalise_line(name);
    let find = OFFERINGS.select("WHERE name = ?1 COLLATE NOCASE");
    let existing = |conn: &Connection| conn.query_row(&find, [&name], offering_from);
    match existing(conn) {
        Ok(offering) => Ok(offering),
        Err(rusqlite::Error::QueryReturnedNoRows) => {
            let offering = Offering {
                id: OfferingId(crate::codec::new_id()),
                name,
                ..Offering::default()
            };
            insert_offering(conn, &offering)?;
            Ok(offering)
        }
        Err(e) => Err(e.into()),
    }
}

/// Adds an offering with its own id (an imported account's, when the workspace has none of
/// that name).
pub(crate) fn insert_offering(conn: &Connection, offering: &Offering) -> Result<()> {
    OFFERINGS.insert(conn, &offering_values(offering))
}

/// Writes an offering's name, family and typical deal size.
pub(crate) fn update_offering(conn: &Connection, offering: &Offering) -> Result<()> {
    OFFERINGS.update(
        conn,
        &["name", "family", "typical_deal_size"],
        &["id"],
        &offering_values(offering),
    )?;
    Ok(())
}

pub(crate) fn delete_offering(conn: &Connection, id: &OfferingId) -> Result<()> {
    conn.execute("DELETE FROM offerings WHERE id = ?1", [id.as_str()])?;
    Ok(())
}

/// The offering of another id called `name` (ignoring case), if any.
pub(crate) fn other_offering_named(
    conn: &Connection,
    name: &str,
    id: &OfferingId,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM offerings WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
            [name, id.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

/// The names of the accounts with a cell on `offering`, by name.
pub(crate) fn accounts_using_offering(conn: &Connection, id: &OfferingId) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT a.name FROM whitespace w JOIN accounts a ON a.id = w.account_id
         WHERE w.offering_id = ?1 ORDER BY a.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([id.as_str()], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn insert_need(conn: &Connection, account: &AccountId, need: &Need) -> Result<()> {
    let values = Values::default()
        .with("id", need.id.0.clone())
        .with("account_id", account.0.clone())
        .with("name", normalise_line(&need.name));
    NEEDS.insert(conn, &values)
}

pub(crate) fn rename_need(conn: &Connection, account: &AccountId, need: &Need) -> Result<()> {
    let values = Values::default()
        .with("id", need.id.0.clone())
        .with("account_id", account.0.clone())
        .with("name", normalise_line(&need.name));
    NEEDS.update(conn, &["name"], &["id", "account_id"], &values)?;
    Ok(())
}

/// Removes a need with its cells (the schema's cascade).
pub(crate) fn delete_need(conn: &Connection, account: &AccountId, id: &NeedId) -> Result<()> {
    NEEDS.delete(conn, account, id.as_str())?;
    Ok(())
}

/// Removes the cell of `cell`'s offering and need.
pub(crate) fn delete_cell(
    conn: &Connection,
    account: &AccountId,
    cell: &WhitespaceCell,
) -> Result<()> {
    conn.execute(
        "DELETE FROM whitespace WHERE account_id = ?1 AND offering_id = ?2 AND need_id = ?3",
        [account.as_str(), cell.offering.as_str(), cell.need.as_str()],
    )?;
    Ok(())
}

/// Writes a cell, replacing the one of the same offering and need.
pub(crate) fn upsert_cell(
    conn: &Connection,
    account: &AccountId,
    cell: &WhitespaceCell,
) -> Result<()> {
    let values = cell_values(account, cell);
    let updated = TABLE.update(
        conn,
        &["state", "budget_holder_id", "estimated_value", "note"],
        &["account_id", "offering_id", "need_id"],
        &values,
    )?;
    if updated == 0 {
        TABLE.insert(conn, &values)?;
    }
    Ok(())
}

pub(crate) fn insert_cell(
    conn: &Connection,
    account: &AccountId,
    cell: &WhitespaceCell,
) -> Result<()> {
    TABLE.insert(conn, &cell_values(account, cell))
}

/// Every offering of the workspace, by name.
pub(crate) fn load_offerings(conn: &Connection) -> Result<Vec<Offering>> {
    let mut stmt = conn.prepare(&OFFERINGS.select("ORDER BY name"))?;
    let rows = stmt.query_map([], offering_from)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load_needs(conn: &Connection, account: &AccountId) -> Result<Vec<Need>> {
    let mut stmt = conn.prepare(&NEEDS.select("WHERE account_id = ?1 ORDER BY name, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(Need {
            id: NeedId(r.get("id")?),
            name: r.get("name")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn load_cells(conn: &Connection, account: &AccountId) -> Result<Vec<WhitespaceCell>> {
    let mut stmt =
        conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY offering_id, need_id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(WhitespaceCell {
            offering: OfferingId(r.get("offering_id")?),
            need: NeedId(r.get("need_id")?),
            state: word_in(r, "state")?,
            budget_holder: r
                .get::<_, Option<String>>("budget_holder_id")?
                .map(StakeholderId),
            estimated_value: r.get("estimated_value")?,
            note: r.get("note")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
