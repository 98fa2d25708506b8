//! The map editor's edits: people and lines added, changed and removed, and what removing a
//! person would take with them.
//!
//! Each is one recorded edit (one transaction, one undo step). Every change is checked first —
//! fields by core's `rules`, the map's rules by core's `check_*` on the stored snapshot — so a
//! refused edit writes nothing and says why in the words the UI shows.

mod lines;
mod people;
mod removal;
mod reparent;

pub use lines::{LineEdit, NewLine};
pub use people::QuickAddOutcome;
pub use removal::RemovalImpact;

use crate::error::{Error, Result};
use crate::positions::write_position;
use crate::snapshot::load_snapshot;
use rapport_core::{AccountId, LayoutMode, MapError, PersonId, Placement, Position, layout};
use rusqlite::Transaction;
use std::collections::HashSet;

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
    // Looked up once per card the layout places: a set, not a scan of the account each time.
    let unplaced: HashSet<PersonId> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.placement.is_none())
        .map(|s| PersonId::Stakeholder(s.id.clone()))
        .chain(
            snapshot
                .team
                .iter()
                .filter(|t| t.placement.is_none())
                .map(|t| PersonId::TeamMember(t.id.clone())),
        )
        .collect();
    if unplaced.is_empty() {
        return Ok(());
    }
    for p in layout(&snapshot, LayoutMode::UnplacedOnly) {
        if unplaced.contains(&p.person) {
            write_position(tx, account, &p.person, p.position, None)?;
        }
    }
    Ok(())
}
