//! `analysis_notes` and `analysis_note_stakeholders`: Analyse's manual issues, problems and
//! opportunities, and whom each is about.

use super::links::LinkTable;
use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::normalise_analysis_note;
use rapport_core::{AccountId, AnalysisNote, NoteId, StakeholderId};
use rusqlite::Connection;
use std::collections::HashMap;

pub(crate) const TABLE: Table = Table {
    name: "analysis_notes",
    columns: &["id", "account_id", "kind", "text"],
};

pub(crate) const STAKEHOLDERS: LinkTable = LinkTable {
    table: Table {
        name: "analysis_note_stakeholders",
        columns: &["note_id", "stakeholder_id"],
    },
    parent_table: "analysis_notes",
};

fn values(account: &AccountId, n: &AnalysisNote) -> Values {
    let n = normalise_analysis_note(n);
    Values::default()
        .with("id", n.id.0)
        .with("account_id", account.0.clone())
        .with("kind", word(&n.kind))
        .with("text", n.text)
}

fn people(n: &AnalysisNote) -> impl Iterator<Item = &str> {
    n.stakeholders.iter().map(StakeholderId::as_str)
}

pub(crate) fn insert(conn: &Connection, account: &AccountId, n: &AnalysisNote) -> Result<()> {
    TABLE.insert(conn, &values(account, n))?;
    STAKEHOLDERS.insert(conn, n.id.as_str(), people(n))
}

/// Writes a note's kind and text and replaces whom it is about.
pub(crate) fn update(conn: &Connection, account: &AccountId, n: &AnalysisNote) -> Result<()> {
    TABLE.update(
        conn,
        &["kind", "text"],
        &["id", "account_id"],
        &values(account, n),
    )?;
    STAKEHOLDERS.replace(conn, n.id.as_str(), people(n))
}

pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<AnalysisNote>> {
    let mut about: HashMap<String, Vec<StakeholderId>> = STAKEHOLDERS.grouped(conn, account)?;
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        let id: String = r.get("id")?;
        Ok(AnalysisNote {
            stakeholders: about.remove(&id).unwrap_or_default(),
            id: NoteId(id),
            kind: word_in(r, "kind")?,
            text: r.get("text")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &NoteId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
