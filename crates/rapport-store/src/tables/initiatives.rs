//! `initiatives` and `initiative_goals`: what Implement does, towards which goals.

use super::links::LinkTable;
use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_initiative;
use rapport_core::{AccountId, GoalId, Initiative, InitiativeId, TeamMemberId};
use rusqlite::{Connection, params};
use std::collections::HashMap;

pub(crate) const TABLE: Table = Table {
    name: "initiatives",
    columns: &[
        "id",
        "account_id",
        "title",
        "owner_id",
        "due",
        "status",
        "notes",
    ],
};

pub(crate) const GOALS: LinkTable = LinkTable {
    table: Table {
        name: "initiative_goals",
        columns: &["initiative_id", "goal_id"],
    },
    parent_table: "initiatives",
};

const EDITABLE: &[&str] = &["title", "owner_id", "due", "status", "notes"];

fn values(account: &AccountId, i: &Initiative) -> Values {
    let i = normalise_initiative(i);
    Values::default()
        .with("id", i.id.0)
        .with("account_id", account.0.clone())
        .with("title", i.title)
        .with("owner_id", i.owner.map(|o| o.0))
        .with("due", i.due)
        .with("status", word(&i.status))
        .with("notes", i.notes)
}

fn goal_ids(i: &Initiative) -> impl Iterator<Item = &str> {
    i.goals.iter().map(GoalId::as_str)
}

/// Adds an initiative with its goals.
pub(crate) fn insert(conn: &Connection, account: &AccountId, i: &Initiative) -> Result<()> {
    TABLE.insert(conn, &values(account, i))?;
    GOALS.insert(conn, i.id.as_str(), goal_ids(i))
}

/// Writes an initiative and replaces its goals.
pub(crate) fn update(conn: &Connection, account: &AccountId, i: &Initiative) -> Result<()> {
    TABLE.update(conn, EDITABLE, &["id", "account_id"], &values(account, i))?;
    GOALS.replace(conn, i.id.as_str(), goal_ids(i))
}

/// The account's initiatives, soonest due first (undated last), each with its goals.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Initiative>> {
    let mut goals: HashMap<String, Vec<GoalId>> = GOALS.grouped(conn, account)?;
    let mut stmt =
        conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY due IS NULL, due, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        let id: String = r.get("id")?;
        Ok(Initiative {
            goals: goals.remove(&id).unwrap_or_default(),
            id: InitiativeId(id),
            title: r.get("title")?,
            owner: r.get::<_, Option<String>>("owner_id")?.map(TeamMemberId),
            due: r.get("due")?,
            status: word_in(r, "status")?,
            notes: r.get("notes")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Leaves the account's initiatives owned by one of ours without an owner.
pub(crate) fn clear_owner(
    conn: &Connection,
    account: &AccountId,
    owner: &TeamMemberId,
) -> Result<()> {
    conn.execute(
        "UPDATE initiatives SET owner_id = NULL WHERE owner_id = ?1 AND account_id = ?2",
        params![owner.as_str(), account.as_str()],
    )?;
    Ok(())
}

pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &InitiativeId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
