//! A large, realistic generated account (core's `synthetic_account`), laid out and stored: for
//! performance runs of the editor and the report. It is written the way an imported account is
//! (every id new, our team and offerings matched to the workspace's, whitespace included, laid
//! out in the same step), so nothing of it is lost and nothing of ours is added twice.

use crate::Result;
use rapport_core::{AccountId, AccountSnapshot, synthetic_account};
use rapport_exchange::{use_workspace_team_and_offerings, with_new_ids};
use rapport_store::{Workspace, id_sequence};

/// Adds a generated account of about `people` stakeholders; the same seed gives the same account.
/// Returns its id and what was generated.
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
    let mut reviews = Vec::new();
    with_new_ids(&mut snapshot, &mut reviews, &mut id_sequence());
    use_workspace_team_and_offerings(
        &mut snapshot,
        &mut reviews,
        &ws.team_members()?,
        &ws.offerings()?,
    );
    let id = ws.import_account(&snapshot, &reviews)?;
    Ok((id, snapshot))
}
