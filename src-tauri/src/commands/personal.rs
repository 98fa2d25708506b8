//! Personal touches (a stakeholder's dates and the thank-yous we owe), the portfolio's "coming
//! up" list, reference accounts and the calendar export. Each is one call into `rapport-api`;
//! the calendar's save dialog is the shell's own, as for every export.

use super::export::choose_save_path;
use super::{CommandResult, State};
use rapport_api::AccountEdit;
use rapport_api::calendar;
use rapport_api::export::Exported;
use rapport_api::personal::{self, COMING_UP_DAYS};
use rapport_api::references::{self, AccountReferenceRequests};
use rapport_core::{
    AccountId, ComingUp, PersonalDateId, ReferenceCandidate, ReferenceQuery, ReferenceRequestId,
    ThankYouId,
};
use rapport_store::{PersonalDateDraft, ReferenceRequestDraft, ThankYouDraft};

/// The next 30 days' birthdays, dates, thank-yous due and contacts due across the portfolio
/// (overdue ones first), from the app's today.
#[tauri::command]
#[specta::specta]
pub async fn coming_up(state: State<'_>) -> CommandResult<Vec<ComingUp>> {
    state
        .call(|ws, clock| personal::coming_up_in_portfolio(ws, clock, COMING_UP_DAYS))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_personal_date(
    state: State<'_>,
    id: AccountId,
    date: PersonalDateDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::add_personal_date(ws, &id, &date))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_personal_date(
    state: State<'_>,
    id: AccountId,
    date_id: PersonalDateId,
    date: PersonalDateDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::update_personal_date(ws, &id, &date_id, &date))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_personal_date(
    state: State<'_>,
    id: AccountId,
    date_id: PersonalDateId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::delete_personal_date(ws, &id, &date_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_thank_you(
    state: State<'_>,
    id: AccountId,
    thank_you: ThankYouDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::add_thank_you(ws, &id, &thank_you))
        .await
}

/// Edits a thank-you, ticking it done included.
#[tauri::command]
#[specta::specta]
pub async fn update_thank_you(
    state: State<'_>,
    id: AccountId,
    thank_you_id: ThankYouId,
    thank_you: ThankYouDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::update_thank_you(ws, &id, &thank_you_id, &thank_you))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_thank_you(
    state: State<'_>,
    id: AccountId,
    thank_you_id: ThankYouId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| personal::delete_thank_you(ws, &id, &thank_you_id))
        .await
}

/// The portfolio's accounts willing to be a reference that match, least used first.
#[tauri::command]
#[specta::specta]
pub async fn find_references(
    state: State<'_>,
    query: ReferenceQuery,
) -> CommandResult<Vec<ReferenceCandidate>> {
    state
        .call(|ws, _| references::find_reference_accounts(ws, &query))
        .await
}

/// The requests an account was asked as a reference, and those it made as a prospect.
#[tauri::command]
#[specta::specta]
pub async fn reference_requests(
    state: State<'_>,
    id: AccountId,
) -> CommandResult<AccountReferenceRequests> {
    state
        .call(|ws, _| references::reference_requests(ws, &id))
        .await
}

/// Logs a prospect's request on the reference account (a step of its undo).
#[tauri::command]
#[specta::specta]
pub async fn log_reference_request(
    state: State<'_>,
    id: AccountId,
    request: ReferenceRequestDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, clock| references::log_reference_request(ws, clock, &id, &request))
        .await
}

/// Removes a request from the reference account (a step of its undo).
#[tauri::command]
#[specta::specta]
pub async fn delete_reference_request(
    state: State<'_>,
    id: AccountId,
    request_id: ReferenceRequestId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| references::delete_reference_request(ws, &id, &request_id))
        .await
}

/// File → Export calendar…: one account's dates (`id`), or the whole portfolio's (`None`), as
/// an `.ics` file where the user chooses. `None` when the user cancelled the dialog.
#[tauri::command]
#[specta::specta]
pub async fn export_calendar(
    app: tauri::AppHandle,
    state: State<'_>,
    id: Option<AccountId>,
) -> CommandResult<Option<Exported>> {
    let name = match &id {
        Some(id) => {
            let account = state
                .call(|ws, _| Ok(ws.account_snapshot(id)?.account.name))
                .await?;
            calendar::calendar_file_name(Some(&account))
        }
        None => calendar::calendar_file_name(None),
    };
    let Some(path) =
        choose_save_path(&app, "Export calendar", "iCalendar file", "ics", &name).await?
    else {
        return Ok(None);
    };
    let bytes = state
        .call(|ws, clock| calendar::save_calendar(ws, clock, id.as_ref(), &path))
        .await?;
    Ok(Some(Exported {
        path: path.display().to_string(),
        bytes,
    }))
}
