//! `team_members` and `account_team`: our people, workspace-wide, and where each account's map
//! places them.

use super::{Table, Values, placement_from, with_placement};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_team_member;
use rapport_core::{AccountId, Position, TeamMember, TeamMemberId};
use rusqlite::{Connection, OptionalExtension, params};

pub(crate) const TABLE: Table = Table {
    name: "team_members",
    columns: &["id", "name", "title", "team_role", "email"],
};

/// One of ours on one account's map.
pub(crate) const ON_ACCOUNT: Table = Table {
    name: "account_team",
    columns: &["account_id", "team_member_id", "pos_x", "pos_y", "pinned"],
};

/// What the inspector edits; the same on every account's map.
const DETAILS: &[&str] = &["name", "title", "team_role", "email"];

fn values(t: &TeamMember) -> Values {
    let t = normalise_team_member(t);
    Values::default()
        .with("id", t.id.0)
        .with("name", t.name)
        .with("title", t.title)
        .with("team_role", word(&t.team_role))
        .with("email", t.email)
}

/// Adds one of ours to the workspace (or refreshes their details when they are there already)
/// and places them on the account's map.
pub(crate) fn insert(conn: &Connection, account: &AccountId, t: &TeamMember) -> Result<()> {
    if TABLE.update(conn, DETAILS, &["id"], &values(t))? == 0 {
        TABLE.insert(conn, &values(t))?;
    }
    let placed = Values::default()
        .with("account_id", account.0.clone())
        .with("team_member_id", t.id.0.clone());
    ON_ACCOUNT.insert(conn, &with_placement(placed, t.placement))
}

/// Writes the details of one of ours (name, title, role, e-mail), on every map.
pub(crate) fn update(conn: &Connection, t: &TeamMember) -> Result<()> {
    TABLE.update(conn, DETAILS, &["id"], &values(t))?;
    Ok(())
}

/// Our people on the account's map, by name.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<TeamMember>> {
    let sql = format!(
        "SELECT {}, {} FROM account_team at JOIN team_members t ON t.id = at.team_member_id
         WHERE at.account_id = ?1 ORDER BY t.name, t.id",
        TABLE.columns_of("t"),
        ON_ACCOUNT.columns_of("at"),
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(TeamMember {
            id: TeamMemberId(r.get("id")?),
            name: r.get("name")?,
            title: r.get("title")?,
            team_role: word_in(r, "team_role")?,
            email: r.get("email")?,
            placement: placement_from(r)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Their name, or `None` when they are not on this account's map.
pub(crate) fn name_on(
    conn: &Connection,
    account: &AccountId,
    id: &TeamMemberId,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT t.name FROM team_members t JOIN account_team a ON a.team_member_id = t.id
             WHERE t.id = ?1 AND a.account_id = ?2",
            [id.as_str(), account.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Moves their card on this account's map; `pinned: None` keeps its pin. Returns whether they
/// are on the map.
pub(crate) fn set_position(
    conn: &Connection,
    account: &AccountId,
    id: &TeamMemberId,
    at: Position,
    pinned: Option<bool>,
) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE account_team SET pos_x = ?3, pos_y = ?4, pinned = coalesce(?5, pinned)
         WHERE team_member_id = ?1 AND account_id = ?2",
        params![id.as_str(), account.as_str(), at.x, at.y, pinned],
    )?;
    Ok(changed > 0)
}

pub(crate) fn set_pinned(
    conn: &Connection,
    account: &AccountId,
    id: &TeamMemberId,
    pinned: bool,
) -> Result<()> {
    conn.execute(
        "UPDATE account_team SET pinned = ?3 WHERE team_member_id = ?1 AND account_id = ?2",
        params![id.as_str(), account.as_str(), pinned],
    )?;
    Ok(())
}

/// Takes them off this account's map; they stay in the workspace for other accounts.
pub(crate) fn remove_from_account(
    conn: &Connection,
    account: &AccountId,
    id: &TeamMemberId,
) -> Result<()> {
    conn.execute(
        "DELETE FROM account_team WHERE team_member_id = ?1 AND account_id = ?2",
        params![id.as_str(), account.as_str()],
    )?;
    Ok(())
}
