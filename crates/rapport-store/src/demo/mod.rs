//! The demo workspace a first-run user opens: Helios Freight, a logistics client with a real map
//! (17 people over four levels and four departments, a blocker, champions, a dotted line, one
//! person who left), four of our people with coverage of mixed strength, interactions, goals and
//! initiatives, one review about 80 days ago with changes since, and two smaller accounts so the
//! portfolio's revenue shares, lifecycle stages and scores mean something. It also fills the growth
//! side: an offerings catalogue and Helios' whitespace matrix (every state, values, one weakly
//! covered opportunity's finding), personal dates and thank-yous, reference-ability details and
//! reference requests.
//!
//! Dates are relative to `today`, so stale contacts and due dates stay meaningful whenever the
//! demo is created.

mod helios;
mod helios_history;
mod personal;
mod small_accounts;

use crate::error::Result;
use crate::workspace::Workspace;
use chrono::{Datelike, Days, NaiveDate};
use rapport_core::{
    AccountId, LifecycleStage, LifetimeValueInputs, Placement, Position, ReferenceKind,
    ReferenceRequest, ReferenceRequestId,
};
use small_accounts::SmallAccount;

/// Horizontal spacing of the hand-laid demo maps, in map units.
const COLUMN: f64 = 280.0;

fn days_before(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_sub_days(Days::new(days)).unwrap_or(today)
}

fn days_after(today: NaiveDate, days: u64) -> NaiveDate {
    today.checked_add_days(Days::new(days)).unwrap_or(today)
}

/// The same day `years` years earlier (28 February for a 29th in a year without one).
fn years_before(date: NaiveDate, years: i32) -> NaiveDate {
    let year = date.year() - years;
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
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

/// Prospects who asked to speak to the demo's references: Nordlicht twice (once by Atlas, an
/// account of the demo too), Helios once, so the finder ranks Helios before Nordlicht.
fn write_reference_requests(
    tx: &rusqlite::Connection,
    today: NaiveDate,
    helios: &AccountId,
    nordlicht: &AccountId,
    atlas: &AccountId,
) -> Result<()> {
    let requests = [
        (
            nordlicht,
            300,
            "Hanse Energie",
            None,
            "Asked about grid maintenance planning.",
        ),
        (
            nordlicht,
            40,
            "Atlas Retail Group",
            Some(atlas),
            "Wanted to hear how the rollout went.",
        ),
        (
            helios,
            15,
            "Baltic Shipping AB",
            None,
            "Took the call with Priya Nair.",
        ),
    ];
    for (reference, days, prospect, prospect_account, note) in requests {
        let request = ReferenceRequest {
            id: ReferenceRequestId(crate::codec::new_id()),
            reference_account: reference.clone(),
            date: days_before(today, days),
            prospect_name: prospect.into(),
            prospect_account: prospect_account.cloned(),
            note: note.into(),
        };
        crate::tables::reference_requests::insert(tx, &request)?;
    }
    Ok(())
}

/// The name of the demo account.
pub const DEMO_ACCOUNT: &str = "Helios Freight";

impl Workspace {
    /// Writes the demo accounts into this workspace (one transaction) and returns Helios Freight.
    pub fn create_demo(&mut self, today: NaiveDate) -> Result<AccountId> {
        self.edit(|tx| {
            crate::meta::record_demo_created(tx, today)?;
            let helios = helios::write(tx, today)?;
            let nordlicht = small_accounts::write(
                tx,
                today,
                &SmallAccount {
                    name: "Nordlicht Energie",
                    industry: "Energy",
                    size: "2,400 employees",
                    revenue: 2_600_000.0,
                    stage: LifecycleStage::Loyalty,
                    lifetime_value: LifetimeValueInputs {
                        average_deal_size: 800_000.0,
                        purchases_per_year: 3.0,
                        expected_tenure_years: 8.0,
                        gross_margin: Some(0.3),
                    },
                    nps: &[(300, 8), (150, 9), (30, 9)],
                    willing_to: &[ReferenceKind::NamedReference, ReferenceKind::CaseStudy],
                    problem_solved: "Grid maintenance planned from one schedule",
                    people: &[
                        ("Jan Hoffmann", "Head of Grid Operations"),
                        ("Lea Brandt", "CFO"),
                    ],
                },
            )?;
            let atlas = small_accounts::write(
                tx,
                today,
                &SmallAccount {
                    name: "Atlas Retail Group",
                    industry: "Retail",
                    size: "800 employees",
                    revenue: 950_000.0,
                    stage: LifecycleStage::Purchase,
                    lifetime_value: LifetimeValueInputs {
                        average_deal_size: 300_000.0,
                        purchases_per_year: 1.5,
                        expected_tenure_years: 4.0,
                        gross_margin: None,
                    },
                    nps: &[(120, 6), (40, 5)],
                    willing_to: &[],
                    problem_solved: "",
                    people: &[("Marco Rossi", "Supply Chain Director")],
                },
            )?;
            write_reference_requests(tx, today, &helios, &nordlicht, &atlas)?;
            Ok(helios)
        })
    }
}
