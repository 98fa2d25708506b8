//! The map editor's edits: people and lines added, changed and removed, and what removing a
//! person would take with them.
//!
//! Each is one recorded edit (one transaction, one undo step). Every change is checked first —
//! fields by core's `rules`, the map's rules by core's `check_*` on the stored snapshot — so a
//! refused edit writes nothing and says why in the words the UI shows.

mod lines;
mod people;
mod removal;

pub use lines::{LineEdit, NewLine};
pub use removal::RemovalImpact;

use crate::error::{Error, Result};
use crate::positions::write_position;
use crate::snapshot::load_snapshot;
use rapport_core::{AccountId, LayoutMode, MapError, PersonId, Placement, Position, layout};
use rusqlite::Transaction;

fn conflict(err: MapError) -> Error {
    Error::conflict(format!("{err}."))
}

/// An unpinned place at `at`, if given.
fn placement(at: Option<Position>) -> Option<Placement> {
    at.map(|position| Placement {
        position,
        pinned: false,
    })
}

/// Gives every person without a position one, next to the rest (the core's layout, unplaced
/// only), so a new card never lands on another.
fn place_unplaced(tx: &Transaction<'_>, account: &AccountId) -> Result<()> {
    let snapshot = load_snapshot(tx, account)?;
    let unplaced = |p: &PersonId| match p {
        PersonId::Stakeholder(id) => snapshot
            .stakeholder(id)
            .is_some_and(|s| s.placement.is_none()),
        PersonId::TeamMember(id) => snapshot
            .team_member(id)
            .is_some_and(|t| t.placement.is_none()),
    };
    for p in layout(&snapshot, LayoutMode::UnplacedOnly) {
        if unplaced(&p.person) {
            write_position(tx, account, &p.person, p.position, None)?;
        }
    }
    Ok(())
}
