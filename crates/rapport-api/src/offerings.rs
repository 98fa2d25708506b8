//! The offerings catalogue, shared by every account's whitespace matrix. Its edits are steps of
//! the portfolio's undo (the workspace's history), so each answers with the catalogue and that
//! history.

use crate::Result;
use rapport_core::{Offering, OfferingId};
use rapport_store::{HistoryScope, HistoryState, OfferingDraft, Workspace};
use serde::Serialize;
use specta::Type;

/// The catalogue after an edit, with what the portfolio's undo/redo would do.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Catalogue {
    /// By name.
    pub offerings: Vec<Offering>,
    pub history: HistoryState,
}

fn catalogue(ws: &Workspace) -> Result<Catalogue> {
    Ok(Catalogue {
        offerings: ws.offerings()?,
        history: ws.history_state(HistoryScope::Workspace)?,
    })
}

/// The catalogue as it is.
pub fn offerings(ws: &Workspace) -> Result<Catalogue> {
    catalogue(ws)
}

/// Adds an offering (the name is required and unique, ignoring case).
pub fn add_offering(ws: &mut Workspace, draft: &OfferingDraft) -> Result<Catalogue> {
    ws.add_offering(draft)?;
    catalogue(ws)
}

/// Renames an offering or edits its family and typical deal size.
pub fn update_offering(
    ws: &mut Workspace,
    id: &OfferingId,
    draft: &OfferingDraft,
) -> Result<Catalogue> {
    ws.update_offering(id, draft)?;
    catalogue(ws)
}

/// Removes an offering no account's matrix uses (refused, naming the accounts, otherwise).
pub fn remove_offering(ws: &mut Workspace, id: &OfferingId) -> Result<Catalogue> {
    ws.remove_offering(id)?;
    catalogue(ws)
}
