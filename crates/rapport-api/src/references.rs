//! Reference accounts: finding accounts willing to speak for us, least used first, and logging a
//! prospect's request on the reference account (a step of its undo).

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use rapport_core::{
    AccountId, ReferenceCandidate, ReferenceQuery, ReferenceRequest, ReferenceRequestId,
    find_references,
};
use rapport_store::{ReferenceRequestDraft, Workspace};
use serde::Serialize;
use specta::Type;
use std::collections::HashMap;

/// The portfolio's accounts (archived ones left out) willing to be a reference that match
/// `query`, least used first, each with how often it was asked and when last.
pub fn find_reference_accounts(
    ws: &Workspace,
    query: &ReferenceQuery,
) -> Result<Vec<ReferenceCandidate>> {
    let accounts: Vec<_> = ws
        .account_listing()?
        .into_iter()
        .filter(|l| l.archived_on.is_none())
        .map(|l| l.account)
        .collect();
    let requests = ws.all_reference_requests()?;
    Ok(find_references(&accounts, &requests, query))
}

/// A reference request as an account's screen lists it, with the names of the accounts it
/// links, so the screen can say who was asked and open the other account.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ListedReferenceRequest {
    pub request: ReferenceRequest,
    /// The account asked to be the reference.
    pub reference_name: String,
    /// The prospect's account's name, when the prospect is one of the workspace's accounts.
    pub prospect_account_name: Option<String>,
}

/// An account's reference requests, split by the part it played.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountReferenceRequests {
    /// Prospects who asked to speak to this account: kept on it, each removal a step of its
    /// history. Oldest first.
    pub as_reference: Vec<ListedReferenceRequest>,
    /// Requests this account made, as a prospect, to another account's reference: kept on that
    /// account (removed and undone there). Oldest first.
    pub as_prospect: Vec<ListedReferenceRequest>,
}

/// The requests an account was asked as a reference, and those it made as a prospect.
pub fn reference_requests(ws: &Workspace, account: &AccountId) -> Result<AccountReferenceRequests> {
    let requests = ws.reference_requests(account)?;
    // Archived accounts keep their names: an old request still says who it was.
    let names: HashMap<AccountId, String> = ws
        .account_listing()?
        .into_iter()
        .map(|l| (l.account.id, l.account.name))
        .collect();
    let name_of = |id: &AccountId| names.get(id).cloned().unwrap_or_default();
    let mut listed = AccountReferenceRequests::default();
    for request in requests {
        let item = ListedReferenceRequest {
            reference_name: name_of(&request.reference_account),
            prospect_account_name: request.prospect_account.as_ref().map(name_of),
            request,
        };
        if &item.request.reference_account == account {
            listed.as_reference.push(item);
        } else {
            listed.as_prospect.push(item);
        }
    }
    Ok(listed)
}

/// Logs a request on `reference`; answers with the reference account as it now is.
pub fn log_reference_request(
    ws: &mut Workspace,
    clock: &dyn Clock,
    reference: &AccountId,
    draft: &ReferenceRequestDraft,
) -> Result<AccountEdit> {
    ws.log_reference_request(reference, draft, clock.today())?;
    edited(ws, reference)
}

pub fn delete_reference_request(
    ws: &mut Workspace,
    reference: &AccountId,
    id: &ReferenceRequestId,
) -> Result<AccountEdit> {
    ws.delete_reference_request(reference, id)?;
    edited(ws, reference)
}
