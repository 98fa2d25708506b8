//! The map editor's commands: people and lines added, edited, moved and removed. Each answers
//! with the account as it now is (see [`AccountEdit`]), except moves, which the editor has
//! already drawn.

use super::{AccountEdit, CommandResult, edited};
use crate::state::AppState;
use rapport_core::{AccountId, LinkId, PersonId, Position, Stakeholder, TeamMember};
use rapport_store::{HistoryState, LineEdit, NewLine, RemovalImpact};
use serde::Serialize;
use specta::Type;

/// A person was added: who, so the editor can select them, and the account as it now is.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonAdded {
    pub person: PersonId,
    pub edit: AccountEdit,
}

/// Adds whoever a quick-add line describes (`Jane Doe, CFO, budget, blocker, reports to Tom Ng`).
#[tauri::command]
#[specta::specta]
pub async fn quick_add(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    line: String,
    at: Option<Position>,
) -> CommandResult<PersonAdded> {
    let mut ws = state.workspace.lock().await;
    let person = ws.quick_add(&id, &line, at)?;
    Ok(PersonAdded {
        person,
        edit: edited(&ws, &id)?,
    })
}

/// Copies a person beside them (profile and manager, not contact details).
#[tauri::command]
#[specta::specta]
pub async fn duplicate_person(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<PersonAdded> {
    let mut ws = state.workspace.lock().await;
    let person = ws.duplicate_person(&id, &person)?;
    Ok(PersonAdded {
        person,
        edit: edited(&ws, &id)?,
    })
}

#[tauri::command]
#[specta::specta]
pub async fn update_stakeholder(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    stakeholder: Stakeholder,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_stakeholder(&id, &stakeholder)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn update_team_member(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    member: TeamMember,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_team_member(&id, &member)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn rename_person(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
    name: String,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.rename_person(&id, &person, &name)?;
    edited(&ws, &id)
}

/// What deleting a person would take with them, for the confirmation.
#[tauri::command]
#[specta::specta]
pub async fn removal_impact(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<RemovalImpact> {
    state.workspace.lock().await.removal_impact(&id, &person)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_person(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_person(&id, &person)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn add_line(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    line: NewLine,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.add_line(&id, &line)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn update_line(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    edit: LineEdit,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_line(&id, &edit)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_line(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    line: LinkId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_line(&id, &line)?;
    edited(&ws, &id)
}

/// A card was dragged: store where it was dropped (pinned, so layouts keep it).
#[tauri::command]
#[specta::specta]
pub async fn move_person(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
    at: Position,
) -> CommandResult<HistoryState> {
    let mut ws = state.workspace.lock().await;
    ws.move_person(&id, &person, at, true)?;
    ws.history_state(&id)
}

#[tauri::command]
#[specta::specta]
pub async fn set_pinned(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    person: PersonId,
    pinned: bool,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.set_pinned(&id, &person, pinned)?;
    edited(&ws, &id)
}
