//! `coverage`: which of ours knows which of theirs, how well, and how well we want them to.

use super::{Table, Values};
use crate::error::Result;
use chrono::NaiveDate;
use rapport_core::rules::normalise_coverage;
use rapport_core::{AccountId, Coverage, LinkId, StakeholderId, Strength, TeamMemberId};
use rusqlite::{Connection, Row, params};

pub(crate) const TABLE: Table = Table {
    name: "coverage",
    columns: &[
        "id",
        "account_id",
        "team_member_id",
        "stakeholder_id",
        "strength",
        "desired",
        "last_interaction",
        "notes",
    ],
};

/// What the line inspector edits; the ends of a line stay.
pub(crate) const DETAILS: &[&str] = &["strength", "desired", "last_interaction", "notes"];
/// A coverage-matrix cell.
pub(crate) const STRENGTHS: &[&str] = &["strength", "desired"];
/// Understand's strengths and weaknesses of one relationship.
pub(crate) const NOTES: &[&str] = &["notes"];

fn level(r: &Row<'_>, column: &str) -> rusqlite::Result<Strength> {
    let n: u8 = r.get(column)?;
    Strength::from_level(n).ok_or_else(|| {
        let index = r.as_ref().column_index(column).unwrap_or_default();
        rusqlite::Error::IntegralValueOutOfRange(index, n.into())
    })
}

fn values(account: &AccountId, c: &Coverage) -> Values {
    let c = normalise_coverage(c);
    Values::default()
        .with("id", c.id.0)
        .with("account_id", account.0.clone())
        .with("team_member_id", c.team_member.0)
        .with("stakeholder_id", c.stakeholder.0)
        .with("strength", c.strength.level())
        .with("desired", c.desired.level())
        .with("last_interaction", c.last_interaction)
        .with("notes", c.notes)
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, c: &Coverage) -> Result<()> {
    TABLE.insert(conn, &values(account, c))
}

/// Writes the `columns` of the line `c.id`.
pub(crate) fn update(
    conn: &Connection,
    account: &AccountId,
    c: &Coverage,
    columns: &[&'static str],
) -> Result<()> {
    TABLE.update(conn, columns, &["id", "account_id"], &values(account, c))?;
    Ok(())
}

pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Coverage>> {
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(Coverage {
            id: LinkId(r.get("id")?),
            team_member: TeamMemberId(r.get("team_member_id")?),
            stakeholder: StakeholderId(r.get("stakeholder_id")?),
            strength: level(r, "strength")?,
            desired: level(r, "desired")?,
            last_interaction: r.get("last_interaction")?,
            notes: r.get("notes")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Moves the last interaction of the line between these two up to `date`, never back.
pub(crate) fn advance_last_interaction(
    conn: &Connection,
    stakeholder: &StakeholderId,
    team_member: &TeamMemberId,
    date: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE coverage SET last_interaction = ?3
         WHERE stakeholder_id = ?1 AND team_member_id = ?2
           AND (last_interaction IS NULL OR last_interaction < ?3)",
    )?
    .execute(params![stakeholder.as_str(), team_member.as_str(), date])?;
    Ok(())
}

/// Deletes the line; returns whether it was there.
pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &LinkId) -> Result<bool> {
    Ok(TABLE.delete(conn, account, id.as_str())? > 0)
}

/// Deletes every line of one of ours on this account.
pub(crate) fn delete_of_team_member(
    conn: &Connection,
    account: &AccountId,
    team_member: &TeamMemberId,
) -> Result<()> {
    conn.execute(
        "DELETE FROM coverage WHERE team_member_id = ?1 AND account_id = ?2",
        params![team_member.as_str(), account.as_str()],
    )?;
    Ok(())
}
