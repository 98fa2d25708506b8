//! Accounts: the portfolio (the home screen's view), creating and managing accounts as a whole,
//! each account's profile and economics, and opening one.

mod edits;
mod portfolio;

pub use edits::{
    account_contents, create_account, delete_account, delete_account_nps, portfolio_redo,
    portfolio_undo, preview_lifetime_value, record_account_nps, rename_account,
    set_account_profile, set_archived,
};
pub use portfolio::{
    AccountSummary, FindingCounts, Portfolio, PortfolioColumn, PortfolioQuery, PortfolioSort,
    list_accounts, portfolio,
};

use crate::{Clock, Result};
use rapport_core::{AccountId, AccountSnapshot};
use rapport_store::Workspace;

/// Opens an account: remembers when (for the home screen's order) and returns all of it.
pub fn open_account(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<AccountSnapshot> {
    ws.mark_opened(account, clock.now())?;
    Ok(ws.account_snapshot(account)?)
}
