//! Managing accounts: creating, renaming, archiving and deleting them (steps of the portfolio's
//! undo), and editing one account's profile, economics and dated scores (steps of that account's
//! undo).

use crate::destructive::before_destructive_change;
use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use chrono::NaiveDate;
use rapport_core::{AccountId, LifetimeValue, LifetimeValueInputs, lifetime_value, rules};
use rapport_store::{
    AccountContents, AccountProfile, HistoryScope, HistoryState, NewAccount, Workspace,
};

fn portfolio_history(ws: &Workspace) -> Result<HistoryState> {
    Ok(ws.history_state(HistoryScope::Workspace)?)
}

/// Creates an account (only the name is required) and returns its id; the UI opens it on its
/// empty map. Undo on the portfolio removes it.
pub fn create_account(
    ws: &mut Workspace,
    clock: &dyn Clock,
    draft: &NewAccount,
) -> Result<AccountId> {
    Ok(ws.create_account(draft, clock.today())?)
}

/// Renames an account; answers with the portfolio's undo/redo.
pub fn rename_account(ws: &mut Workspace, id: &AccountId, name: &str) -> Result<HistoryState> {
    ws.rename_account(id, name)?;
    portfolio_history(ws)
}

/// Archives an account (it leaves the portfolio's list and totals) or brings it back.
pub fn set_archived(
    ws: &mut Workspace,
    clock: &dyn Clock,
    id: &AccountId,
    archived: bool,
) -> Result<HistoryState> {
    ws.set_archived(id, archived, clock.today())?;
    portfolio_history(ws)
}

/// What goes with an account when it is deleted, for the question the UI asks first.
pub fn account_contents(ws: &Workspace, id: &AccountId) -> Result<AccountContents> {
    Ok(ws.account_contents(id)?)
}

/// Deletes an account and everything in it, after a backup of the workspace as it was. The
/// portfolio's undo brings it back; the backup outlives the undo history.
pub fn delete_account(
    ws: &mut Workspace,
    clock: &dyn Clock,
    id: &AccountId,
) -> Result<HistoryState> {
    ws.account_contents(id)?;
    before_destructive_change(ws, clock)?;
    ws.delete_account(id)?;
    portfolio_history(ws)
}

/// Saves the profile and economics panel; answers with the account and its undo/redo.
pub fn set_account_profile(
    ws: &mut Workspace,
    id: &AccountId,
    profile: &AccountProfile,
) -> Result<AccountEdit> {
    ws.set_account_profile(id, profile)?;
    edited(ws, id)
}

/// Records the account's recommendation score (0–10) given on `date` (replacing that day's).
/// The score arrives as typed, so a negative one is refused on its field rather than by the
/// transport.
pub fn record_account_nps(
    ws: &mut Workspace,
    clock: &dyn Clock,
    id: &AccountId,
    date: NaiveDate,
    score: i32,
) -> Result<AccountEdit> {
    ws.record_account_nps(id, date, i64::from(score), clock.today())?;
    edited(ws, id)
}

/// Removes the account's score of one day.
pub fn delete_account_nps(
    ws: &mut Workspace,
    id: &AccountId,
    date: NaiveDate,
) -> Result<AccountEdit> {
    ws.delete_account_nps(id, date)?;
    edited(ws, id)
}

/// The lifetime value of inputs as they are being typed, or the refusal of the field that is
/// wrong: the profile panel shows either under the fields before anything is saved.
pub fn preview_lifetime_value(inputs: &LifetimeValueInputs) -> Result<LifetimeValue> {
    rules::check_lifetime_value_inputs(inputs).map_err(rapport_store::Error::from)?;
    Ok(lifetime_value(inputs))
}

/// Undoes the portfolio's latest step (creating, renaming, archiving or deleting an account);
/// nothing happens when there is none.
pub fn portfolio_undo(ws: &mut Workspace) -> Result<HistoryState> {
    ws.undo(HistoryScope::Workspace)?;
    portfolio_history(ws)
}

/// Redoes the portfolio's latest undone step.
pub fn portfolio_redo(ws: &mut Workspace) -> Result<HistoryState> {
    ws.redo(HistoryScope::Workspace)?;
    portfolio_history(ws)
}
