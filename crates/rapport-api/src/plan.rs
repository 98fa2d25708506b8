//! The six-step account plan: how complete each step is, and the plan's edits (the account plan,
//! Identify's assessments, the coverage matrix, Analyse's notes, goals, initiatives, the
//! interaction log). Every edit answers with the account as it now is; validation errors name the
//! form field to point at.

use crate::edit::edited;
use crate::{AccountEdit, Clock, Result};
use chrono::NaiveDate;
use rapport_core::{
    AccountId, GoalId, InitiativeId, InteractionId, LastThreeCheck, NoteId, StakeholderId,
    StepProgress, Strength, TeamMemberId,
};
use rapport_store::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft, Workspace,
};
use serde::Serialize;
use specta::Type;

/// What the step bar and Analyse show about the plan as a whole.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanOverview {
    /// One entry per step, in order.
    pub steps: Vec<StepProgress>,
    /// The same, counting only what the client may see (the step bar with the client in the
    /// room), from `rapport_core::client_safe`.
    pub client_safe_steps: Vec<StepProgress>,
    pub last_three: LastThreeCheck,
    /// Findings a goal already answers, so Analyse offers "Make goal" only for the others.
    pub answered: Vec<AnsweredFinding>,
    pub today: NaiveDate,
}

#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AnsweredFinding {
    pub finding: String,
    pub goal: GoalId,
}

/// How complete each step is, and the last-three-interactions check, as of today.
pub fn plan_overview(
    ws: &Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<PlanOverview> {
    let snapshot = ws.account_snapshot(account)?;
    let last_review = ws.last_review_date(account)?;
    let today = clock.today();
    let findings = rapport_core::analyse(&snapshot, today);
    Ok(PlanOverview {
        steps: rapport_core::plan_progress(&snapshot, &findings, last_review, today),
        client_safe_steps: rapport_core::client_safe::plan_progress(
            &snapshot,
            &findings,
            last_review,
            today,
        ),
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

/// The relationship word, the strategy and the client's goals at 3, 6, 12 and 18 months.
pub fn set_account_plan(
    ws: &mut Workspace,
    account: &AccountId,
    plan: &AccountPlan,
) -> Result<AccountEdit> {
    ws.set_account_plan(account, plan)?;
    edited(ws, account)
}

/// One row of the Identify table: roles, the other method's word, attitude and influence.
pub fn set_stakeholder_assessment(
    ws: &mut Workspace,
    account: &AccountId,
    stakeholder: &StakeholderId,
    assessment: &Assessment,
) -> Result<AccountEdit> {
    ws.set_stakeholder_assessment(account, stakeholder, assessment)?;
    edited(ws, account)
}

/// One cell of the coverage matrix: current and desired strength (draws the line if missing).
pub fn set_coverage_strength(
    ws: &mut Workspace,
    account: &AccountId,
    team_member: &TeamMemberId,
    stakeholder: &StakeholderId,
    strength: Strength,
    desired: Strength,
) -> Result<AccountEdit> {
    ws.set_coverage_strength(account, team_member, stakeholder, strength, desired)?;
    edited(ws, account)
}

/// The strengths and weaknesses of one relationship in the coverage matrix.
pub fn set_coverage_notes(
    ws: &mut Workspace,
    account: &AccountId,
    team_member: &TeamMemberId,
    stakeholder: &StakeholderId,
    notes: &str,
) -> Result<AccountEdit> {
    ws.set_coverage_notes(account, team_member, stakeholder, notes)?;
    edited(ws, account)
}

pub fn add_analysis_note(
    ws: &mut Workspace,
    account: &AccountId,
    note: &NoteDraft,
) -> Result<AccountEdit> {
    ws.add_analysis_note(account, note)?;
    edited(ws, account)
}

pub fn update_analysis_note(
    ws: &mut Workspace,
    account: &AccountId,
    id: &NoteId,
    note: &NoteDraft,
) -> Result<AccountEdit> {
    ws.update_analysis_note(account, id, note)?;
    edited(ws, account)
}

pub fn delete_analysis_note(
    ws: &mut Workspace,
    account: &AccountId,
    id: &NoteId,
) -> Result<AccountEdit> {
    ws.delete_analysis_note(account, id)?;
    edited(ws, account)
}

/// Sets a goal, created today.
pub fn add_goal(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
    goal: &GoalDraft,
) -> Result<AccountEdit> {
    ws.add_goal(account, goal, clock.today())?;
    edited(ws, account)
}

pub fn update_goal(
    ws: &mut Workspace,
    account: &AccountId,
    id: &GoalId,
    goal: &GoalDraft,
) -> Result<AccountEdit> {
    ws.update_goal(account, id, goal)?;
    edited(ws, account)
}

pub fn delete_goal(ws: &mut Workspace, account: &AccountId, id: &GoalId) -> Result<AccountEdit> {
    ws.delete_goal(account, id)?;
    edited(ws, account)
}

/// Turns a finding's suggested goal into a goal (the finding is found again by its key).
pub fn goal_from_finding(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
    finding_key: &str,
) -> Result<AccountEdit> {
    ws.goal_from_finding(account, finding_key, clock.today())?;
    edited(ws, account)
}

pub fn add_initiative(
    ws: &mut Workspace,
    account: &AccountId,
    initiative: &InitiativeDraft,
) -> Result<AccountEdit> {
    ws.add_initiative(account, initiative)?;
    edited(ws, account)
}

pub fn update_initiative(
    ws: &mut Workspace,
    account: &AccountId,
    id: &InitiativeId,
    initiative: &InitiativeDraft,
) -> Result<AccountEdit> {
    ws.update_initiative(account, id, initiative)?;
    edited(ws, account)
}

pub fn delete_initiative(
    ws: &mut Workspace,
    account: &AccountId,
    id: &InitiativeId,
) -> Result<AccountEdit> {
    ws.delete_initiative(account, id)?;
    edited(ws, account)
}

/// Logs an interaction; each person's last contact moves up to its date.
pub fn log_interaction(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
    interaction: &InteractionDraft,
) -> Result<AccountEdit> {
    ws.log_interaction(account, interaction, clock.today())?;
    edited(ws, account)
}

pub fn delete_interaction(
    ws: &mut Workspace,
    account: &AccountId,
    id: &InteractionId,
) -> Result<AccountEdit> {
    ws.delete_interaction(account, id)?;
    edited(ws, account)
}
