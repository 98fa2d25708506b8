//! The portfolio and opening one account.

use crate::{Clock, Result};
use rapport_core::{AccountId, AccountSnapshot};
use rapport_store::{AccountSummary, Workspace};

/// Every account with what the home screen shows about it, as of today.
pub fn list_accounts(ws: &Workspace, clock: &dyn Clock) -> Result<Vec<AccountSummary>> {
    Ok(ws.account_summaries(clock.today())?)
}

/// Opens an account: remembers when (for the home screen's order) and returns all of it.
pub fn open_account(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<AccountSnapshot> {
    ws.mark_opened(account, clock.now())?;
    Ok(ws.account_snapshot(account)?)
}

/// The account called `name` (case does not matter), as the CLI's `--account NAME` names it.
pub fn find_account(ws: &Workspace, name: &str) -> Result<AccountSnapshot> {
    let id = ws.account_id_by_name(name)?;
    Ok(ws.account_snapshot(&id)?)
}
