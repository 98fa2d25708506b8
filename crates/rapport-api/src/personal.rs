//! Personal touches: a stakeholder's dates and the thank-yous we owe them (steps of the account's
//! undo), and the portfolio's "coming up" list across every account.

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use rapport_core::{AccountId, ComingUp, PersonalDateId, ThankYouId, coming_up};
use rapport_store::{PersonalDateDraft, ThankYouDraft, Workspace};

/// How far ahead the portfolio's "coming up" panel looks.
pub const COMING_UP_DAYS: u32 = 30;

/// Birthdays, personal dates, thank-yous due and people due a contact in the next `days` days
/// (overdue ones included) across every account still in the portfolio, soonest first.
pub fn coming_up_in_portfolio(
    ws: &Workspace,
    clock: &dyn Clock,
    days: u32,
) -> Result<Vec<ComingUp>> {
    let snapshots = ws
        .account_listing()?
        .into_iter()
        .filter(|l| l.archived_on.is_none())
        .map(|l| ws.account_snapshot(&l.account.id))
        .collect::<rapport_store::Result<Vec<_>>>()?;
    Ok(coming_up(&snapshots, clock.today(), days))
}

pub fn add_personal_date(
    ws: &mut Workspace,
    account: &AccountId,
    draft: &PersonalDateDraft,
) -> Result<AccountEdit> {
    ws.add_personal_date(account, draft)?;
    edited(ws, account)
}

pub fn update_personal_date(
    ws: &mut Workspace,
    account: &AccountId,
    id: &PersonalDateId,
    draft: &PersonalDateDraft,
) -> Result<AccountEdit> {
    ws.update_personal_date(account, id, draft)?;
    edited(ws, account)
}

pub fn delete_personal_date(
    ws: &mut Workspace,
    account: &AccountId,
    id: &PersonalDateId,
) -> Result<AccountEdit> {
    ws.delete_personal_date(account, id)?;
    edited(ws, account)
}

pub fn add_thank_you(
    ws: &mut Workspace,
    account: &AccountId,
    draft: &ThankYouDraft,
) -> Result<AccountEdit> {
    ws.add_thank_you(account, draft)?;
    edited(ws, account)
}

/// Edits a thank-you, marking it done or not done included.
pub fn update_thank_you(
    ws: &mut Workspace,
    account: &AccountId,
    id: &ThankYouId,
    draft: &ThankYouDraft,
) -> Result<AccountEdit> {
    ws.update_thank_you(account, id, draft)?;
    edited(ws, account)
}

pub fn delete_thank_you(
    ws: &mut Workspace,
    account: &AccountId,
    id: &ThankYouId,
) -> Result<AccountEdit> {
    ws.delete_thank_you(account, id)?;
    edited(ws, account)
}
