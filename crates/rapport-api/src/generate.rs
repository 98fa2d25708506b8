//! A large, realistic generated account (core's `synthetic_account`), laid out and stored: for
//! performance runs of the editor and the report.

use crate::Result;
use rapport_core::{AccountId, AccountSnapshot, LayoutMode, synthetic_account};
use rapport_store::Workspace;

/// Adds a generated account of about `people` stakeholders; the same seed gives the same account.
/// Returns its id and what was stored.
pub fn add_generated_account(
    ws: &mut Workspace,
    people: usize,
    seed: u64,
    name: Option<&str>,
) -> Result<(AccountId, AccountSnapshot)> {
    let mut snapshot = synthetic_account(people, seed);
    snapshot.account.name = name
        .map(str::to_owned)
        .unwrap_or_else(|| format!("Northwind Holdings ({people} people)"));
    // One transaction: a generated account is never stored without its layout.
    let id = ws.import_snapshot_laid_out(&snapshot, LayoutMode::Full)?;
    Ok((id, snapshot))
}
