//! `offerings`, `needs` and `whitespace`: our offerings (workspace-wide) against an account's
//! needs, one cell per pair.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_line;
use rapport_core::{AccountId, Need, NeedId, Offering, OfferingId, StakeholderId, WhitespaceCell};
use rusqlite::Connection;

pub(crate) const OFFERINGS: Table = Table {
    name: "offerings",
    columns: &["id", "name"],
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
    ],
};

/// The offering called `name` (ignoring case), added to the workspace when it is new.
pub(crate) fn offering_named(conn: &Connection, name: &str) -> Result<Offering> {
    let name = normalise_line(name);
    let find = OFFERINGS.select("WHERE name = ?1");
    let existing = |conn: &Connection| {
        conn.query_row(&find, [&name], |r| {
            Ok(Offering {
                id: OfferingId(r.get("id")?),
                name: r.get("name")?,
            })
        })
    };
    match existing(conn) {
        Ok(offering) => Ok(offering),
        Err(rusqlite::Error::QueryReturnedNoRows) => {
            let offering = Offering {
                id: OfferingId(crate::codec::new_id()),
                name,
            };
            let values = Values::default()
                .with("id", offering.id.0.clone())
                .with("name", offering.name.clone());
            OFFERINGS.insert(conn, &values)?;
            Ok(offering)
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) fn insert_need(conn: &Connection, account: &AccountId, need: &Need) -> Result<()> {
    let values = Values::default()
        .with("id", need.id.0.clone())
        .with("account_id", account.0.clone())
        .with("name", normalise_line(&need.name));
    NEEDS.insert(conn, &values)
}

pub(crate) fn insert_cell(
    conn: &Connection,
    account: &AccountId,
    cell: &WhitespaceCell,
) -> Result<()> {
    let values = Values::default()
        .with("account_id", account.0.clone())
        .with("offering_id", cell.offering.0.clone())
        .with("need_id", cell.need.0.clone())
        .with("state", word(&cell.state))
        .with(
            "budget_holder_id",
            cell.budget_holder.as_ref().map(|s| s.0.clone()),
        );
    TABLE.insert(conn, &values)
}

/// Every offering of the workspace, by name.
pub(crate) fn load_offerings(conn: &Connection) -> Result<Vec<Offering>> {
    let mut stmt = conn.prepare(&OFFERINGS.select("ORDER BY name"))?;
    let rows = stmt.query_map([], |r| {
        Ok(Offering {
            id: OfferingId(r.get("id")?),
            name: r.get("name")?,
        })
    })?;
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
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
