//! `goals`: what Determine sets out to move, about one person or the account.

use super::{Table, Values};
use crate::codec::{json_in, word, word_in};
use crate::error::{Error, Result};
use rapport_core::rules::normalise_goal;
use rapport_core::{AccountId, Goal, GoalId, StakeholderId};
use rusqlite::Connection;

pub(crate) const TABLE: Table = Table {
    name: "goals",
    columns: &[
        "id",
        "account_id",
        "stakeholder_id",
        "title",
        "priority",
        "target",
        "created_on",
        "due",
        "status",
    ],
};

/// What an edit may change; the creation date stays.
const EDITABLE: &[&str] = &[
    "stakeholder_id",
    "title",
    "priority",
    "target",
    "due",
    "status",
];

fn values(account: &AccountId, g: &Goal) -> Result<Values> {
    let g = normalise_goal(g);
    let target =
        serde_json::to_string(&g.target).map_err(|e| Error::validation("target", e.to_string()))?;
    Ok(Values::default()
        .with("id", g.id.0)
        .with("account_id", account.0.clone())
        .with("stakeholder_id", g.stakeholder.map(|s| s.0))
        .with("title", g.title)
        .with("priority", word(&g.priority))
        .with("target", target)
        .with("created_on", g.created_on)
        .with("due", g.due)
        .with("status", word(&g.status)))
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, g: &Goal) -> Result<()> {
    TABLE.insert(conn, &values(account, g)?)
}

pub(crate) fn update(conn: &Connection, account: &AccountId, g: &Goal) -> Result<()> {
    TABLE.update(conn, EDITABLE, &["id", "account_id"], &values(account, g)?)?;
    Ok(())
}

/// The account's goals, oldest first.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Goal>> {
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY created_on, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(Goal {
            id: GoalId(r.get("id")?),
            stakeholder: r
                .get::<_, Option<String>>("stakeholder_id")?
                .map(StakeholderId),
            title: r.get("title")?,
            priority: word_in(r, "priority")?,
            target: json_in(r, "target")?,
            created_on: r.get("created_on")?,
            due: r.get("due")?,
            status: word_in(r, "status")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes a goal; its links to initiatives go with it.
pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &GoalId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
