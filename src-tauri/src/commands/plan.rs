use super::{CommandResult, State};
use rapport_api::AccountEdit;
use rapport_api::plan::{self, PlanOverview};
use rapport_api::reviews::{self, ReviewHistory};
use rapport_core::{
    AccountId, GoalId, InitiativeId, InteractionId, NoteId, ReviewId, StakeholderId, Strength,
    TeamMemberId,
};
use rapport_store::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft, ReviewDraft,
};

/// How complete each step is, and the last-three-interactions check, as of today.
#[tauri::command]
#[specta::specta]
pub async fn plan_overview(state: State<'_>, id: AccountId) -> CommandResult<PlanOverview> {
    state
        .call(|ws, clock| plan::plan_overview(ws, clock, &id))
        .await
}

/// Review and measure: the reviews newest first, each with what changed since the one before.
#[tauri::command]
#[specta::specta]
pub async fn review_history(state: State<'_>, id: AccountId) -> CommandResult<ReviewHistory> {
    state
        .call(|ws, clock| reviews::review_history(ws, clock, &id))
        .await
}

/// The relationship word, the strategy and the client's goals at 3, 6, 12 and 18 months.
#[tauri::command]
#[specta::specta]
pub async fn set_account_plan(
    state: State<'_>,
    id: AccountId,
    plan: AccountPlan,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::set_account_plan(ws, &id, &plan))
        .await
}

/// One row of the Identify table: roles, the other method's word, attitude and influence.
#[tauri::command]
#[specta::specta]
pub async fn set_stakeholder_assessment(
    state: State<'_>,
    id: AccountId,
    stakeholder: StakeholderId,
    assessment: Assessment,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::set_stakeholder_assessment(ws, &id, &stakeholder, &assessment))
        .await
}

/// One cell of the coverage matrix: current and desired strength (draws the line if missing).
#[tauri::command]
#[specta::specta]
pub async fn set_coverage_strength(
    state: State<'_>,
    id: AccountId,
    team_member: TeamMemberId,
    stakeholder: StakeholderId,
    strength: Strength,
    desired: Strength,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| {
            plan::set_coverage_strength(ws, &id, &team_member, &stakeholder, strength, desired)
        })
        .await
}

/// The strengths and weaknesses of one relationship in the coverage matrix.
#[tauri::command]
#[specta::specta]
pub async fn set_coverage_notes(
    state: State<'_>,
    id: AccountId,
    team_member: TeamMemberId,
    stakeholder: StakeholderId,
    notes: String,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::set_coverage_notes(ws, &id, &team_member, &stakeholder, &notes))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_analysis_note(
    state: State<'_>,
    id: AccountId,
    note: NoteDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::add_analysis_note(ws, &id, &note))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_analysis_note(
    state: State<'_>,
    id: AccountId,
    note_id: NoteId,
    note: NoteDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::update_analysis_note(ws, &id, &note_id, &note))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_analysis_note(
    state: State<'_>,
    id: AccountId,
    note_id: NoteId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::delete_analysis_note(ws, &id, &note_id))
        .await
}

/// Sets a goal, created today.
#[tauri::command]
#[specta::specta]
pub async fn add_goal(
    state: State<'_>,
    id: AccountId,
    goal: GoalDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, clock| plan::add_goal(ws, clock, &id, &goal))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_goal(
    state: State<'_>,
    id: AccountId,
    goal_id: GoalId,
    goal: GoalDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::update_goal(ws, &id, &goal_id, &goal))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_goal(
    state: State<'_>,
    id: AccountId,
    goal_id: GoalId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::delete_goal(ws, &id, &goal_id))
        .await
}

/// Turns a finding's suggested goal into a goal (the finding is found again by its key).
#[tauri::command]
#[specta::specta]
pub async fn goal_from_finding(
    state: State<'_>,
    id: AccountId,
    finding_key: String,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, clock| plan::goal_from_finding(ws, clock, &id, &finding_key))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_initiative(
    state: State<'_>,
    id: AccountId,
    initiative: InitiativeDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::add_initiative(ws, &id, &initiative))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_initiative(
    state: State<'_>,
    id: AccountId,
    initiative_id: InitiativeId,
    initiative: InitiativeDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::update_initiative(ws, &id, &initiative_id, &initiative))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_initiative(
    state: State<'_>,
    id: AccountId,
    initiative_id: InitiativeId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::delete_initiative(ws, &id, &initiative_id))
        .await
}

/// Logs an interaction; each person's last contact moves up to its date.
#[tauri::command]
#[specta::specta]
pub async fn log_interaction(
    state: State<'_>,
    id: AccountId,
    interaction: InteractionDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, clock| plan::log_interaction(ws, clock, &id, &interaction))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_interaction(
    state: State<'_>,
    id: AccountId,
    interaction_id: InteractionId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| plan::delete_interaction(ws, &id, &interaction_id))
        .await
}

/// Records a dated review that freezes the account as it is now.
#[tauri::command]
#[specta::specta]
pub async fn record_review(
    state: State<'_>,
    id: AccountId,
    review: ReviewDraft,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| reviews::record_review(ws, &id, &review))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_review(
    state: State<'_>,
    id: AccountId,
    review_id: ReviewId,
) -> CommandResult<AccountEdit> {
    state
        .call(|ws, _| reviews::delete_review(ws, &id, &review_id))
        .await
}
