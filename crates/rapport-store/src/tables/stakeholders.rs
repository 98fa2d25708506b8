//! `stakeholders` and `stakeholder_roles`: the client's people and their buying roles.

use super::links::LinkTable;
use super::{Table, Values, placement_from, with_placement};
use crate::codec::{from_word, word, word_in};
use crate::error::Result;
use chrono::NaiveDate;
use rapport_core::rules::normalise_stakeholder;
use rapport_core::{AccountId, Position, Role, Stakeholder, StakeholderId};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

pub(crate) const TABLE: Table = Table {
    name: "stakeholders",
    columns: &[
        "id",
        "account_id",
        "name",
        "title",
        "department",
        "email",
        "phone",
        "personal_notes",
        "birthday",
        "interests",
        "role_tag",
        "attitude",
        "influence",
        "status",
        "last_contact",
        "cadence_days",
        "nps_score",
        "pos_x",
        "pos_y",
        "pinned",
    ],
};

pub(crate) const ROLES: LinkTable = LinkTable {
    table: Table {
        name: "stakeholder_roles",
        columns: &["stakeholder_id", "role"],
    },
    parent_table: "stakeholders",
};

/// What the inspector edits: every field but the card's place on the map.
pub(crate) const DETAILS: &[&str] = &[
    "name",
    "title",
    "department",
    "email",
    "phone",
    "personal_notes",
    "birthday",
    "interests",
    "role_tag",
    "attitude",
    "influence",
    "status",
    "last_contact",
    "cadence_days",
    "nps_score",
];

/// What the Identify table edits (besides the roles).
pub(crate) const ASSESSMENT: &[&str] = &["role_tag", "attitude", "influence"];

const KEY: &[&str] = &["id", "account_id"];

fn from_row(r: &Row<'_>, roles: Vec<Role>) -> rusqlite::Result<Stakeholder> {
    Ok(Stakeholder {
        id: StakeholderId(r.get("id")?),
        name: r.get("name")?,
        title: r.get("title")?,
        department: r.get("department")?,
        email: r.get("email")?,
        phone: r.get("phone")?,
        personal_notes: r.get("personal_notes")?,
        birthday: r.get("birthday")?,
        interests: r.get("interests")?,
        roles,
        role_tag: r.get("role_tag")?,
        attitude: word_in(r, "attitude")?,
        influence: r.get("influence")?,
        status: word_in(r, "status")?,
        last_contact: r.get("last_contact")?,
        cadence_days: r.get("cadence_days")?,
        nps_score: r.get("nps_score")?,
        placement: placement_from(r)?,
    })
}

fn values(account: &AccountId, s: &Stakeholder) -> Values {
    let s = normalise_stakeholder(s);
    let values = Values::default()
        .with("id", s.id.0)
        .with("account_id", account.0.clone())
        .with("name", s.name)
        .with("title", s.title)
        .with("department", s.department)
        .with("email", s.email)
        .with("phone", s.phone)
        .with("personal_notes", s.personal_notes)
        .with("birthday", s.birthday)
        .with("interests", s.interests)
        .with("role_tag", s.role_tag)
        .with("attitude", word(&s.attitude))
        .with("influence", s.influence)
        .with("status", word(&s.status))
        .with("last_contact", s.last_contact)
        .with("cadence_days", s.cadence_days)
        .with("nps_score", s.nps_score);
    with_placement(values, s.placement)
}

/// Adds a person with their roles.
pub(crate) fn insert(conn: &Connection, account: &AccountId, s: &Stakeholder) -> Result<()> {
    TABLE.insert(conn, &values(account, s))?;
    ROLES.insert(
        conn,
        s.id.as_str(),
        role_words(&s.roles).iter().map(String::as_str),
    )
}

/// Writes the `columns` of a person who is on `account`'s map (the roles are written apart).
pub(crate) fn update(
    conn: &Connection,
    account: &AccountId,
    s: &Stakeholder,
    columns: &[&'static str],
) -> Result<()> {
    TABLE.update(conn, columns, KEY, &values(account, s))?;
    Ok(())
}

/// Replaces a person's roles.
pub(crate) fn write_roles(conn: &Connection, s: &Stakeholder) -> Result<()> {
    ROLES.replace(
        conn,
        s.id.as_str(),
        role_words(&s.roles).iter().map(String::as_str),
    )
}

fn role_words(roles: &[Role]) -> Vec<String> {
    roles.iter().map(word).collect()
}

/// The account's people, by name, each with their roles in order.
pub(crate) fn load(conn: &Connection, account: &AccountId) -> Result<Vec<Stakeholder>> {
    let mut roles: HashMap<String, Vec<String>> = ROLES.grouped(conn, account)?;
    let mut stmt = conn.prepare(&TABLE.select("WHERE account_id = ?1 ORDER BY name, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        let id: String = r.get("id")?;
        let index = r.as_ref().column_index("id")?;
        let mut theirs = roles
            .remove(&id)
            .unwrap_or_default()
            .iter()
            .map(|w| from_word::<Role>(index, w))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        theirs.sort();
        from_row(r, theirs)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The person's name, or `None` when they are not on this account's map.
pub(crate) fn name_on(
    conn: &Connection,
    account: &AccountId,
    id: &StakeholderId,
) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM stakeholders WHERE id = ?1 AND account_id = ?2",
            [id.as_str(), account.as_str()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Moves a card; `pinned: None` keeps its pin. Returns whether the person was found.
pub(crate) fn set_position(
    conn: &Connection,
    account: &AccountId,
    id: &StakeholderId,
    at: Position,
    pinned: Option<bool>,
) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE stakeholders SET pos_x = ?3, pos_y = ?4, pinned = coalesce(?5, pinned)
         WHERE id = ?1 AND account_id = ?2",
        params![id.as_str(), account.as_str(), at.x, at.y, pinned],
    )?;
    Ok(changed > 0)
}

pub(crate) fn set_pinned(
    conn: &Connection,
    account: &AccountId,
    id: &StakeholderId,
    pinned: bool,
) -> Result<()> {
    conn.execute(
        "UPDATE stakeholders SET pinned = ?3 WHERE id = ?1 AND account_id = ?2",
        params![id.as_str(), account.as_str(), pinned],
    )?;
    Ok(())
}

/// Moves the person's last contact up to `date`, never back.
pub(crate) fn advance_last_contact(
    conn: &Connection,
    id: &StakeholderId,
    date: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE stakeholders SET last_contact = ?2
         WHERE id = ?1 AND (last_contact IS NULL OR last_contact < ?2)",
    )?
    .execute(params![id.as_str(), date])?;
    Ok(())
}

/// Deletes a person; their lines, roles and goals go with them (`ON DELETE CASCADE`).
pub(crate) fn delete(conn: &Connection, account: &AccountId, id: &StakeholderId) -> Result<()> {
    TABLE.delete(conn, account, id.as_str())?;
    Ok(())
}
