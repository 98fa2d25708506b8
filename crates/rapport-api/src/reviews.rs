//! Review and measure: dated reviews that freeze the account, and what changed between them.

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use rapport_core::{AccountId, ReviewId};
use rapport_store::{ReviewDraft, ReviewHistory, Workspace};

/// The reviews newest first, each with what changed since the one before.
pub fn review_history(
    ws: &Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<ReviewHistory> {
    Ok(ws.review_history(account, clock.today())?)
}

/// Records a dated review that freezes the account as it is now.
pub fn record_review(
    ws: &mut Workspace,
    account: &AccountId,
    review: &ReviewDraft,
) -> Result<AccountEdit> {
    ws.record_review(account, review)?;
    edited(ws, account)
}

pub fn delete_review(
    ws: &mut Workspace,
    account: &AccountId,
    id: &ReviewId,
) -> Result<AccountEdit> {
    ws.delete_review(account, id)?;
    edited(ws, account)
}
