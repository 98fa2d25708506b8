//! The six-step plan's edits, one module per thing edited: the account's plan fields and a
//! person's assessment (Understand, Identify), coverage-matrix cells, analysis notes, goals,
//! initiatives, the interaction log, the whitespace matrix, personal touches and reference
//! requests.
//!
//! Each edit is checked against the account as it is *before* anything is written — field rules
//! by core's `rules`, references (a person on this map, one of ours on this team) here — so a
//! refused edit leaves the workspace untouched and says which form field to fix. Each edit that
//! passes is one recorded transaction (`Workspace::edit_recorded`), so Undo reverts it whole.

mod account;
mod coverage_cells;
mod goals;
mod initiatives;
mod interactions;
mod notes;
mod personal;
mod references;
mod whitespace;

pub use account::{AccountPlan, Assessment};
pub use goals::GoalDraft;
pub use initiatives::InitiativeDraft;
pub use interactions::InteractionDraft;
pub use notes::NoteDraft;
pub use personal::{PersonalDateDraft, ThankYouDraft};
pub use references::ReferenceRequestDraft;

use crate::error::{Error, Result};
use rapport_core::{AccountSnapshot, Stakeholder, StakeholderId, TeamMemberId};

/// Removes repeats, keeping the first of each, so a double click in a multi-select cannot write
/// a link twice (which the link tables' primary keys would refuse).
fn distinct<T: PartialEq + Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

fn stakeholder_in<'a>(
    snapshot: &'a AccountSnapshot,
    id: &StakeholderId,
    field: &str,
) -> Result<&'a Stakeholder> {
    snapshot.stakeholder(id).ok_or_else(|| {
        Error::validation(
            field,
            "That person is not on this account's map (any more); choose someone who is.",
        )
    })
}

fn check_stakeholders(
    snapshot: &AccountSnapshot,
    ids: &[StakeholderId],
    field: &str,
) -> Result<()> {
    for id in ids {
        stakeholder_in(snapshot, id, field)?;
    }
    Ok(())
}

fn check_team(snapshot: &AccountSnapshot, ids: &[TeamMemberId], field: &str) -> Result<()> {
    for id in ids {
        if snapshot.team_member(id).is_none() {
            return Err(Error::validation(
                field,
                "Only people of ours on this account's team can be chosen.",
            ));
        }
    }
    Ok(())
}
