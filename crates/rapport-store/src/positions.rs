//! Where cards sit on an account's map: laying out (the core's layout, stored so the editor and
//! the PDF show the same map) and moving one card.

use crate::error::{Error, Result};
use crate::workspace::Workspace;
use rapport_core::{AccountId, LayoutMode, PersonId, PersonPosition, Position, layout};
use rusqlite::{Connection, params};

fn write_position(
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
        self.edit(|tx| {
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
        self.edit(|tx| write_position(tx, account, person, at, Some(pinned)))
    }
}
