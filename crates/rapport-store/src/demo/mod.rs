//! The demo workspace a first-run user opens: Helios Freight, a logistics client with a real map
//! (17 people over four levels and four departments, a blocker, champions, a dotted line, one
//! person who left), four of our people with coverage of mixed strength, interactions, goals and
//! initiatives, and two smaller accounts so the portfolio's revenue shares mean something.
//!
//! Dates are relative to `today`, so stale contacts and due dates stay meaningful whenever the
//! demo is created.

mod helios;
mod small_accounts;

use crate::error::Result;
use crate::workspace::Workspace;
use chrono::{Days, NaiveDate};
use rapport_core::{AccountId, Placement, Position};

/// Horizontal spacing of the hand-laid demo maps, in map units.
const COLUMN: f64 = 280.0;

fn days_before(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

fn days_after(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_add_days(Days::new(days)).unwrap_or(today)
}

/// An unpinned place in `column` (of [`COLUMN`] units) at height `y`.
fn at(column: f64, y: f64) -> Option<Placement> {
    Some(Placement {
        position: Position {
            x: column * COLUMN,
            y,
        },
        pinned: false,
    })
}

/// The name of the demo account.
pub const DEMO_ACCOUNT: &str = "Helios Freight";

impl Workspace {
    /// Writes the demo accounts into this workspace (one transaction) and returns Helios Freight.
    pub fn create_demo(&mut self, today: NaiveDate) -> Result<AccountId> {
        self.edit(|tx| {
            crate::meta::record_demo_created(tx, today)?;
            let helios = helios::write(tx, today)?;
            small_accounts::write(
                tx,
                today,
                "Nordlicht Energie",
                "Energy",
                2_600_000.0,
                &[
                    ("Jan Hoffmann", "Head of Grid Operations"),
                    ("Lea Brandt", "CFO"),
                ],
            )?;
            small_accounts::write(
                tx,
                today,
                "Atlas Retail Group",
                "Retail",
                950_000.0,
                &[("Marco Rossi", "Supply Chain Director")],
            )?;
            Ok(helios)
        })
    }
}
