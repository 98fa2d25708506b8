//! `interactions`, `interaction_stakeholders` and `interaction_team`: the interaction log and
//! who took part on each side.

use super::links::LinkTable;
use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_interaction;
use rapport_core::{AccountId, Interaction, InteractionId, StakeholderId, TeamMemberId};
use rusqlite::Connection;
use std::collections::HashMap;

pub(crate) const TABLE: Table = Table {
    name: "interactions",
    columns: &["id", "account_id", "date", "kind", "note"],
};

pub(crate) const STAKEHOLDERS: LinkTable = LinkTable {
    table: Table {
        name: "interaction_stakeholders",
        columns: &["interaction_id", "stakeholder_id"],
    },
    parent_table: "interactions",
};

pub(crate) const TEAM: LinkTable = LinkTable {
    table: Table {
        name: "interaction_team",
        columns: &["interaction_id", "team_member_id"],
    },
    parent_table: "interactions",
};

fn values(account: &AccountId, i: &Interaction) -> Values {
    let i = normalise_interaction(i);
    Values::default()
        .with("id", i.id.0)
        .with("account_id", account.0.clone())
        .with("date", i.date)
        .with("kind", word(&i.kind))
        .with("note", i.note)
}

/// Adds an interaction with the people who took part.
pub(crate) fn insert(conn: &Connection, account: &AccountId, i: &Interaction) -> Result<()> {
    TABLE.insert(conn, &values(account, i))?;
    let id = i.id.as_str();
    STAKEHOLDERS.insert(conn, id, i.stakeholders.iter().map(StakeholderId::as_str))?;
    TEAM.insert(conn, id, i.team_members.iter().map(TeamMemberId::as_str))
}

/// The account's log, newest first.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Interaction>> {
    let mut theirs: HashMap<String, Vec<StakeholderId>> = STAKEHOLDERS.grouped(conn, account)?;
    let mut ours: HashMap<String, Vec<TeamMemberId>> = TEAM.grouped(conn, account)?;
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY date DESC, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        let id: String = r.get("id")?;
        Ok(Interaction {
            stakeholders: theirs.remove(&id).unwrap_or_default(),
            team_members: ours.remove(&id).unwrap_or_default(),
            id: InteractionId(id),
            date: r.get("date")?,
            kind: word_in(r, "kind")?,
            note: r.get("note")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &InteractionId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
