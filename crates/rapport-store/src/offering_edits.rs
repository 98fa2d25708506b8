//! The offerings catalogue: our products and services, shared by every account's whitespace
//! matrix. Its edits are steps of the workspace's history (the portfolio's undo), never of one
//! account's, because every account sees the same catalogue. Every refusal — an empty or taken
//! name, a negative deal size, removing an offering a matrix still uses — writes nothing.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::history::HistoryScope;
use crate::tables::whitespace;
use crate::workspace::Workspace;
use rapport_core::{Offering, OfferingId, rules};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;

/// What the catalogue's form sends; only the name is required.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct OfferingDraft {
    pub name: String,
    pub family: String,
    pub typical_deal_size: Option<f64>,
}

impl OfferingDraft {
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
}

/// The offering `draft` describes, tidied and checked, with the name free in the workspace.
fn checked(conn: &Connection, id: OfferingId, draft: &OfferingDraft) -> Result<Offering> {
    let offering = rules::normalise_offering(&Offering {
        id,
        name: draft.name.clone(),
        family: draft.family.clone(),
        typical_deal_size: draft.typical_deal_size,
    });
    rules::check_offering(&offering)?;
    if let Some(taken) = whitespace::other_offering_named(conn, &offering.name, &offering.id)? {
        return Err(Error::validation(
            "name",
            format!("There is already an offering called “{taken}”: choose another name."),
        ));
    }
    Ok(offering)
}

fn no_offering() -> Error {
    Error::not_found("This offering is no longer in the catalogue.")
}

fn find(conn: &Connection, id: &OfferingId) -> Result<Offering> {
    whitespace::load_offerings(conn)?
        .into_iter()
        .find(|o| &o.id == id)
        .ok_or_else(no_offering)
}

impl Workspace {
    /// Adds an offering to the catalogue; a step of the workspace's history.
    pub fn add_offering(&mut self, draft: &OfferingDraft) -> Result<OfferingId> {
        let offering = checked(&self.conn, OfferingId(new_id()), draft)?;
        let label = format!("Add offering “{}”", offering.name);
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            let offering = checked(tx, offering.id.clone(), draft)?;
            whitespace::insert_offering(tx, &offering)?;
            Ok(offering.id)
        })
    }

    /// Renames an offering or edits its family and deal size; a step of the workspace's history
    /// named after what changed. Nothing is recorded when nothing changed.
    pub fn update_offering(&mut self, id: &OfferingId, draft: &OfferingDraft) -> Result<()> {
        let before = find(&self.conn, id)?;
        let after = checked(&self.conn, id.clone(), draft)?;
        if after == before {
            return Ok(());
        }
        let label = if after.name != before.name {
            format!("Rename offering “{}” to “{}”", before.name, after.name)
        } else {
            format!("Edit offering “{}”", after.name)
        };
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            find(tx, id)?;
            let after = checked(tx, id.clone(), draft)?;
            whitespace::update_offering(tx, &after)
        })
    }

    /// Removes an offering from the catalogue; a step of the workspace's history. Refused while
    /// any account's whitespace matrix has a cell on it, naming those accounts.
    pub fn remove_offering(&mut self, id: &OfferingId) -> Result<()> {
        let offering = find(&self.conn, id)?;
        let label = format!("Remove offering “{}”", offering.name);
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            let users = whitespace::accounts_using_offering(tx, id)?;
            if !users.is_empty() {
                return Err(Error::conflict(format!(
                    "“{}” is still in the whitespace of {}: clear its cells there first.",
                    offering.name,
                    users
                        .iter()
                        .map(|name| format!("“{name}”"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            whitespace::delete_offering(tx, id)
        })
    }
}
