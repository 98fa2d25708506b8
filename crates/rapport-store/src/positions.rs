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
        self.edit_recorded(account, |tx| {
            let positions = lay_out(tx, account, mode)?;
            Ok(("Lay out the map".to_owned(), positions))
        })
    }

    /// Moves one card; `pinned` marks a position the facilitator chose, which layouts keep.
    pub fn move_person(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        at: Position,
        pinned: bool,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let label = format!("Move {}", person_name(tx, account, person)?);
            write_position(tx, account, person, at, Some(pinned))?;
            Ok((label, ()))
        })
    }

    /// Pins a card where it is (layouts keep it) or unpins it (the next layout may move it).
    pub fn set_pinned(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        pinned: bool,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let name = person_name(tx, account, person)?;
            match person {
                PersonId::Stakeholder(id) => stakeholders::set_pinned(tx, account, id, pinned)?,
                PersonId::TeamMember(id) => team::set_pinned(tx, account, id, pinned)?,
            }
            let label = if pinned {
                format!("Pin {name}")
            } else {
                format!("Unpin {name}")
            };
            Ok((label, ()))
        })
    }
}

/// Lays the account out with the core's layout and stores every position; returns them.
pub(crate) fn lay_out(
    conn: &Connection,
    account: &AccountId,
    mode: LayoutMode,
) -> Result<Vec<PersonPosition>> {
    let snapshot = crate::snapshot::load_snapshot(conn, account)?;
    let positions = layout(&snapshot, mode);
    for p in &positions {
        write_position(conn, account, &p.person, p.position, None)?;
    }
    Ok(positions)
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
