//! Where cards sit on an account's map: laying out (the core's layout, stored so the editor and
//! the PDF show the same map) and moving one card.

use crate::error::{Error, Result};
use crate::tables::{stakeholders, team};
use crate::workspace::Workspace;
use rapport_core::{AccountId, LayoutMode, PersonId, PersonPosition, Position, layout, rules};
use rusqlite::Connection;

pub(crate) fn write_position(
    conn: &Connection,
    account: &AccountId,
    person: &PersonId,
    at: Position,
    pinned: Option<bool>,
) -> Result<()> {
    rules::check_position(at)?;
    let found = match person {
        PersonId::Stakeholder(id) => stakeholders::set_position(conn, account, id, at, pinned)?,
        PersonId::TeamMember(id) => team::set_position(conn, account, id, at, pinned)?,
    };
    if !found {
        return Err(Error::person_gone());
    }
    Ok(())
}

impl Workspace {
    /// Lays the account's map out with the core's layout and stores every position, in one edit.
    /// Returns the positions written.
    pub fn apply_layout(
        &mut self,
        account: &AccountId,
        mode: LayoutMode,
    ) -> Result<Vec<PersonPosition>> {
        let snapshot = self.account_snapshot(account)?;
        let positions = layout(&snapshot, mode);
        self.edit_recorded(account, "Lay out the map", |tx| {
            for p in &positions {
                write_position(tx, account, &p.person, p.position, None)?;
            }
            Ok(())
        })?;
        Ok(positions)
    }

    /// Moves one card; `pinned` marks a position the facilitator chose, which layouts keep.
    pub fn move_person(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        at: Position,
        pinned: bool,
    ) -> Result<()> {
        let label = format!("Move {}", person_name(&self.conn, account, person)?);
        self.edit_recorded(account, &label, |tx| {
            write_position(tx, account, person, at, Some(pinned))
        })
    }

    /// Pins a card where it is (layouts keep it) or unpins it (the next layout may move it).
    pub fn set_pinned(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        pinned: bool,
    ) -> Result<()> {
        let name = person_name(&self.conn, account, person)?;
        let label = if pinned {
            format!("Pin {name}")
        } else {
            format!("Unpin {name}")
        };
        self.edit_recorded(account, &label, |tx| match person {
            PersonId::Stakeholder(id) => stakeholders::set_pinned(tx, account, id, pinned),
            PersonId::TeamMember(id) => team::set_pinned(tx, account, id, pinned),
        })
    }
}

/// A person's name on this account's map, for undo labels and messages.
pub(crate) fn person_name(
    conn: &Connection,
    account: &AccountId,
    person: &PersonId,
) -> Result<String> {
    let found = match person {
        PersonId::Stakeholder(id) => stakeholders::name_on(conn, account, id)?,
        PersonId::TeamMember(id) => team::name_on(conn, account, id)?,
    };
    found.ok_or_else(Error::person_gone)
}
