//! Reference accounts: finding accounts willing to speak for us, least used first, and logging a
//! prospect's request on the reference account (a step of its undo).

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use rapport_core::{
    AccountId, ReferenceCandidate, ReferenceQuery, ReferenceRequest, ReferenceRequestId,
    find_references,
};
use rapport_store::{ReferenceRequestDraft, Workspace};

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

/// The requests an account was asked as a reference, and those it made as a prospect.
pub fn reference_requests(ws: &Workspace, account: &AccountId) -> Result<Vec<ReferenceRequest>> {
    Ok(ws.reference_requests(account)?)
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
