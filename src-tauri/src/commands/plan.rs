//! The six-step account plan and the interaction log. Every edit answers with the account as it
//! now is ([`AccountEdit`]); validation errors name the form field to point at.

use super::{AccountEdit, CommandResult, edited};
use crate::clock;
use crate::state::AppState;
use rapport_core::{
    AccountId, GoalId, InitiativeId, InteractionId, LastThreeCheck, NoteId, ReviewId,
    StakeholderId, StepProgress, Strength, TeamMemberId,
};
use rapport_store::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft, ReviewDraft,
    ReviewHistory,
};
use serde::Serialize;
use specta::Type;

/// What the step bar and Analyse show about the plan as a whole.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanOverview {
    /// One entry per step, in order.
    pub steps: Vec<StepProgress>,
    pub last_three: LastThreeCheck,
    /// Findings a goal already answers, so Analyse offers "Make goal" only for the others.
    pub answered: Vec<AnsweredFinding>,
    pub today: chrono::NaiveDate,
}

#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredFinding {
    pub finding: String,
    pub goal: GoalId,
}

/// How complete each step is, and the last-three-interactions check, as of today.
#[tauri::command]
#[specta::specta]
pub async fn plan_overview(
    state: tauri::State<'_, AppState>,
    id: AccountId,
) -> CommandResult<PlanOverview> {
    let ws = state.workspace.lock().await;
    let snapshot = ws.account_snapshot(&id)?;
    let last_review = ws.last_review_date(&id)?;
    let today = clock::today();
    let findings = rapport_core::analyse(&snapshot, today);
    Ok(PlanOverview {
        steps: rapport_core::plan_progress(&snapshot, &findings, last_review, today),
        last_three: rapport_core::last_three_check(&snapshot.interactions),
        answered: findings
            .iter()
            .filter_map(|f| {
                rapport_core::goal_answering(&snapshot, f).map(|g| AnsweredFinding {
                    finding: f.key.clone(),
                    goal: g.id.clone(),
                })
            })
            .collect(),
        today,
    })
}

/// Review and measure: the reviews newest first, each with what changed since the one before.
#[tauri::command]
#[specta::specta]
pub async fn review_history(
    state: tauri::State<'_, AppState>,
    id: AccountId,
) -> CommandResult<ReviewHistory> {
    state
        .workspace
        .lock()
        .await
        .review_history(&id, clock::today())
}

/// The relationship word, the strategy and the client's goals at 3, 6, 12 and 18 months.
#[tauri::command]
#[specta::specta]
pub async fn set_account_plan(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    plan: AccountPlan,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.set_account_plan(&id, &plan)?;
    edited(&ws, &id)
}

/// One row of the Identify table: roles, the other method's word, attitude and influence.
#[tauri::command]
#[specta::specta]
pub async fn set_stakeholder_assessment(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    stakeholder: StakeholderId,
    assessment: Assessment,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.set_stakeholder_assessment(&id, &stakeholder, &assessment)?;
    edited(&ws, &id)
}

/// One cell of the coverage matrix: current and desired strength (draws the line if missing).
#[tauri::command]
#[specta::specta]
pub async fn set_coverage_strength(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    team_member: TeamMemberId,
    stakeholder: StakeholderId,
    strength: Strength,
    desired: Strength,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.set_coverage_strength(&id, &team_member, &stakeholder, strength, desired)?;
    edited(&ws, &id)
}

/// The strengths and weaknesses of one relationship in the coverage matrix.
#[tauri::command]
#[specta::specta]
pub async fn set_coverage_notes(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    team_member: TeamMemberId,
    stakeholder: StakeholderId,
    notes: String,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.set_coverage_notes(&id, &team_member, &stakeholder, &notes)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn add_analysis_note(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    note: NoteDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.add_analysis_note(&id, &note)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn update_analysis_note(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    note_id: NoteId,
    note: NoteDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_analysis_note(&id, &note_id, &note)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_analysis_note(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    note_id: NoteId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_analysis_note(&id, &note_id)?;
    edited(&ws, &id)
}

/// Sets a goal, created today.
#[tauri::command]
#[specta::specta]
pub async fn add_goal(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    goal: GoalDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.add_goal(&id, &goal, clock::today())?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn update_goal(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    goal_id: GoalId,
    goal: GoalDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_goal(&id, &goal_id, &goal)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_goal(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    goal_id: GoalId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_goal(&id, &goal_id)?;
    edited(&ws, &id)
}

/// Turns a finding's suggested goal into a goal (the finding is found again by its key).
#[tauri::command]
#[specta::specta]
pub async fn goal_from_finding(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    finding_key: String,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.goal_from_finding(&id, &finding_key, clock::today())?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn add_initiative(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    initiative: InitiativeDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.add_initiative(&id, &initiative)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn update_initiative(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    initiative_id: InitiativeId,
    initiative: InitiativeDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.update_initiative(&id, &initiative_id, &initiative)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_initiative(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    initiative_id: InitiativeId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_initiative(&id, &initiative_id)?;
    edited(&ws, &id)
}

/// Logs an interaction; each person's last contact moves up to its date.
#[tauri::command]
#[specta::specta]
pub async fn log_interaction(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    interaction: InteractionDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.log_interaction(&id, &interaction, clock::today())?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_interaction(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    interaction_id: InteractionId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_interaction(&id, &interaction_id)?;
    edited(&ws, &id)
}

/// Records a dated review that freezes the account as it is now.
#[tauri::command]
#[specta::specta]
pub async fn record_review(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    review: ReviewDraft,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.record_review(&id, &review)?;
    edited(&ws, &id)
}

#[tauri::command]
#[specta::specta]
pub async fn delete_review(
    state: tauri::State<'_, AppState>,
    id: AccountId,
    review_id: ReviewId,
) -> CommandResult<AccountEdit> {
    let mut ws = state.workspace.lock().await;
    ws.delete_review(&id, &review_id)?;
    edited(&ws, &id)
}
