use super::{CommandResult, State};
use rapport_api::{AccountEdit, PersonAdded, QuickAddReply, map};
use rapport_core::{
    AccountId, LinkId, PersonId, Position, QuickAddAnswers, QuickAddPreview, Stakeholder,
    StakeholderId, TeamMember,
};
use rapport_store::{HistoryState, LineEdit, NewLine, RemovalImpact};

/// Does what a quick-add line says (`Jane Doe, CFO, budget, blocker, reports to Tom Ng`), or
/// asks first.
#[tauri::command]
#[specta::specta]
pub async fn quick_add(
    state: State<'_>,
    id: AccountId,
    line: String,
    at: Option<Position>,
    answers: QuickAddAnswers,
) -> CommandResult<QuickAddReply> {
    state
        .call(|ws, _| map::quick_add_answered(ws, &id, &line, at, &answers))
        .await
}

/// How the quick-add bar reads the line typed so far, for its live preview.
#[tauri::command]
#[specta::specta]
pub async fn quick_add_preview(
    state: State<'_>,
    id: AccountId,
    line: String,
) -> CommandResult<QuickAddPreview> {
    state
        .call(|ws, _| map::quick_add_preview(ws, &id, &line))
        .await
}

/// Copies a person beside them (profile and manager, not contact details).
#[tauri::command]
#[specta::specta]
pub async fn duplicate_person(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<PersonAdded> {
    state
        .call(|ws, _| map::duplicate_person(ws, &id, &person))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_stakeholder(
    state: State<'_>,
    id: AccountId,
    stakeholder: Stakeholder,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::update_stakeholder(ws, &id, &stakeholder))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_team_member(
    state: State<'_>,
    id: AccountId,
    member: TeamMember,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::update_team_member(ws, &id, &member))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_person(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
    name: String,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::rename_person(ws, &id, &person, &name))
        .await
}

/// What deleting a person would take with them, for the confirmation.
#[tauri::command]
#[specta::specta]
pub async fn removal_impact(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<RemovalImpact> {
    state
        .call(|ws, _| map::removal_impact(ws, &id, &person))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_person(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::delete_person(ws, &id, &person))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_line(
    state: State<'_>,
    id: AccountId,
    line: NewLine,
) -> CommandResult<AccountEdit> {
    state.call(|ws, _| map::add_line(ws, &id, &line)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_line(
    state: State<'_>,
    id: AccountId,
    edit: LineEdit,
) -> CommandResult<AccountEdit> {
    state.call(|ws, _| map::update_line(ws, &id, &edit)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_line(
    state: State<'_>,
    id: AccountId,
    line: LinkId,
) -> CommandResult<AccountEdit> {
    state.call(|ws, _| map::delete_line(ws, &id, &line)).await
}

/// A card was dropped onto another card: that person is the new manager.
#[tauri::command]
#[specta::specta]
pub async fn move_under(
    state: State<'_>,
    id: AccountId,
    stakeholder: StakeholderId,
    manager: StakeholderId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::move_under(ws, &id, &stakeholder, &manager))
        .await
}

/// A card was dragged: store where it was dropped (pinned, so layouts keep it).
#[tauri::command]
#[specta::specta]
pub async fn move_person(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
    at: Position,
) -> CommandResult<HistoryState> {
    state
        .call(|ws, _| map::move_person(ws, &id, &person, at))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_pinned(
    state: State<'_>,
    id: AccountId,
    person: PersonId,
    pinned: bool,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| map::set_pinned(ws, &id, &person, pinned))
        .await
}
