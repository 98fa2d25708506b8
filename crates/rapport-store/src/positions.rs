//! Where cards sit on an account's map: laying out (the core's layout, stored so the editor and
//! the PDF show the same map) and moving one card.

use crate::error::{Error, Result};
use crate::workspace::Workspace;
use rapport_core::{AccountId, LayoutMode, PersonId, PersonPosition, Position, layout};
use rusqlite::{Connection, params};

pub(crate) fn write_position(
    conn: &Connection,
    account: &AccountId,
    person: &PersonId,
    at: Position,
    pinned: Option<bool>,
) -> Result<()> {
    if !at.x.is_finite() || !at.y.is_finite() {
        return Err(Error::validation(
            "position",
            "A card's position must be a finite number.",
        ));
    }
    let changed = match person {
        PersonId::Stakeholder(id) => conn.execute(
            "UPDATE stakeholders SET pos_x = ?3, pos_y = ?4, pinned = coalesce(?5, pinned)
             WHERE id = ?1 AND account_id = ?2",
            params![id.as_str(), account.as_str(), at.x, at.y, pinned],
        )?,
        PersonId::TeamMember(id) => conn.execute(
            "UPDATE account_team SET pos_x = ?3, pos_y = ?4, pinned = coalesce(?5, pinned)
             WHERE team_member_id = ?1 AND account_id = ?2",
            params![id.as_str(), account.as_str(), at.x, at.y, pinned],
        )?,
    };
    if changed == 0 {
        return Err(Error::not_found(
            "This person is no longer on the account's map.",
        ));
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
        self.edit_recorded(account, &label, |tx| {
            match person {
                PersonId::Stakeholder(id) => tx.execute(
                    "UPDATE stakeholders SET pinned = ?3 WHERE id = ?1 AND account_id = ?2",
                    params![id.as_str(), account.as_str(), pinned],
                )?,
                PersonId::TeamMember(id) => tx.execute(
                    "UPDATE account_team SET pinned = ?3 WHERE team_member_id = ?1 AND account_id = ?2",
                    params![id.as_str(), account.as_str(), pinned],
                )?,
            };
            Ok(())
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
        PersonId::Stakeholder(id) => conn.query_row(
            "SELECT name FROM stakeholders WHERE id = ?1 AND account_id = ?2",
            params![id.as_str(), account.as_str()],
            |r| r.get(0),
        ),
        PersonId::TeamMember(id) => conn.query_row(
            "SELECT t.name FROM team_members t JOIN account_team a ON a.team_member_id = t.id
             WHERE t.id = ?1 AND a.account_id = ?2",
            params![id.as_str(), account.as_str()],
            |r| r.get(0),
        ),
    };
    match found {
        Ok(name) => Ok(name),
        Err(rusqlite::Error::QueryReturnedNoRows) => Err(Error::not_found(
            "This person is no longer on the account's map.",
        )),
        Err(e) => Err(e.into()),
    }
}
