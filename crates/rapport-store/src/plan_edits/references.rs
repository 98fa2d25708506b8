//! Reference requests: a prospect asked to speak to one of our accounts. The request is a record
//! of the reference account and a step of its history; when the prospect is an account of the
//! workspace too, it shows on theirs as well.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::tables::{accounts, reference_requests};
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{AccountId, ReferenceRequest, ReferenceRequestId, rules};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A reference request as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRequestDraft {
    pub date: NaiveDate,
    pub prospect_name: String,
    /// The prospect's own account, when it is one of the workspace's.
    pub prospect_account: Option<AccountId>,
    pub note: String,
}

impl Workspace {
    /// Logs a request on `reference`, the account asked to be the reference. Refused, writing
    /// nothing, without a prospect's name, dated after `today`, or naming a prospect account
    /// that does not exist or is the reference itself.
    pub fn log_reference_request(
        &mut self,
        reference: &AccountId,
        draft: &ReferenceRequestDraft,
        today: NaiveDate,
    ) -> Result<ReferenceRequestId> {
        self.edit_recorded(reference, |tx| {
            let request = rules::normalise_reference_request(&ReferenceRequest {
                id: ReferenceRequestId(new_id()),
                reference_account: reference.clone(),
                date: draft.date,
                prospect_name: draft.prospect_name.clone(),
                prospect_account: draft.prospect_account.clone(),
                note: draft.note.clone(),
            });
            rules::check_reference_request(&request, today)?;
            if let Some(prospect) = &request.prospect_account {
                accounts::require(tx, prospect).map_err(|_| {
                    Error::validation(
                        "prospectAccount",
                        "That prospect account is no longer in the workspace; choose another \
                         or leave it empty.",
                    )
                })?;
            }
            reference_requests::insert(tx, &request)?;
            Ok((
                format!("Log a reference request from {}", request.prospect_name),
                request.id,
            ))
        })
    }

    /// Removes a request from the reference account; a step of its history.
    pub fn delete_reference_request(
        &mut self,
        reference: &AccountId,
        id: &ReferenceRequestId,
    ) -> Result<()> {
        self.edit_recorded(reference, |tx| {
            let request = reference_requests::load_for(tx, reference)?
                .into_iter()
                .find(|r| &r.id == id && &r.reference_account == reference)
                .ok_or_else(|| Error::not_found("This reference request is no longer logged."))?;
            reference_requests::delete(tx, reference, id)?;
            Ok((
                format!(
                    "Remove the reference request from {}",
                    request.prospect_name
                ),
                (),
            ))
        })
    }

    /// The requests `account` was asked as a reference, and those it made as a prospect,
    /// oldest first.
    pub fn reference_requests(&self, account: &AccountId) -> Result<Vec<ReferenceRequest>> {
        accounts::require(&self.conn, account)?;
        reference_requests::load_for(&self.conn, account)
    }

    /// Every reference request of the workspace, oldest first (what the finder counts).
    pub fn all_reference_requests(&self) -> Result<Vec<ReferenceRequest>> {
        reference_requests::load_all(&self.conn)
    }
}
