//! The six-step plan's edits: the account's plan fields, the Identify table's assessment of a
//! person, the coverage matrix, analysis notes, goals, initiatives and the interaction log.
//!
//! Each edit is validated against the account as it is *before* anything is written, so a refused
//! edit leaves the workspace untouched and says which form field to fix. Each edit that passes is
//! one recorded transaction ([`Workspace::edit_recorded`]), so Undo reverts it whole.

use crate::codec::{new_id, word};
use crate::error::{Error, Result};
use crate::insert::{
    insert_coverage, insert_goal, insert_initiative, insert_interaction, insert_note,
};
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, AnalysisNote, ClientGoals, Coverage, Goal, GoalId, GoalStatus,
    GoalTarget, Initiative, InitiativeId, InitiativeStatus, Interaction, InteractionId,
    InteractionKind, LinkId, NoteId, NoteKind, Priority, Role, Stakeholder, StakeholderId,
    Strength, TeamMemberId, analyse, check_coverage, goal_answering,
};
use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};
use specta::Type;

/// What Understand and Analyse write about the account as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountPlan {
    /// The relationship with the account in one word.
    pub relationship_word: String,
    pub strategy: String,
    pub client_goals: ClientGoals,
}

/// A row of the Identify table: how a person buys, feels about us and weighs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub roles: Vec<Role>,
    /// Another method's word for the person, kept verbatim.
    pub role_tag: String,
    pub attitude: rapport_core::Attitude,
    /// 1–5.
    pub influence: u8,
}

/// A manual issue, problem or opportunity as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NoteDraft {
    pub kind: NoteKind,
    pub text: String,
    pub stakeholders: Vec<StakeholderId>,
}

/// A goal as the Determine form sends it; the store sets its id and creation date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalDraft {
    /// `None` for a goal about the account as a whole.
    pub stakeholder: Option<StakeholderId>,
    pub title: String,
    pub priority: Priority,
    pub target: GoalTarget,
    pub due: Option<NaiveDate>,
    pub status: GoalStatus,
}

/// An initiative as the Implement form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InitiativeDraft {
    pub title: String,
    pub goals: Vec<GoalId>,
    pub owner: Option<TeamMemberId>,
    pub due: Option<NaiveDate>,
    pub status: InitiativeStatus,
    pub notes: String,
}

/// An entry of the interaction log as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InteractionDraft {
    pub date: NaiveDate,
    pub kind: InteractionKind,
    pub stakeholders: Vec<StakeholderId>,
    pub team_members: Vec<TeamMemberId>,
    pub note: String,
}

/// The longest relationship word the top bar shows whole.
const MAX_RELATIONSHIP_WORD: usize = 40;

/// Removes repeats, keeping the first of each, so a double click in a multi-select cannot write
/// a link twice (which the link tables' primary keys would refuse).
fn distinct<T: PartialEq + Clone>(items: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

fn stakeholder_in<'a>(
    snapshot: &'a AccountSnapshot,
    id: &StakeholderId,
    field: &str,
) -> Result<&'a Stakeholder> {
    snapshot.stakeholder(id).ok_or_else(|| {
        Error::validation(
            field,
            "That person is not on this account's map (any more); choose someone who is.",
        )
    })
}

fn check_stakeholders(
    snapshot: &AccountSnapshot,
    ids: &[StakeholderId],
    field: &str,
) -> Result<()> {
    for id in ids {
        stakeholder_in(snapshot, id, field)?;
    }
    Ok(())
}

fn check_team(snapshot: &AccountSnapshot, ids: &[TeamMemberId], field: &str) -> Result<()> {
    for id in ids {
        if snapshot.team_member(id).is_none() {
            return Err(Error::validation(
                field,
                "Only people of ours on this account's team can be chosen.",
            ));
        }
    }
    Ok(())
}

fn note_word(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Issue => "issue",
        NoteKind::Problem => "problem",
        NoteKind::Opportunity => "opportunity",
    }
}

/// "Raj Patel", "Raj Patel and Ana Ruiz", "Raj Patel and 2 others".
fn names(snapshot: &AccountSnapshot, ids: &[StakeholderId]) -> String {
    let first = ids
        .first()
        .and_then(|id| snapshot.stakeholder(id))
        .map_or("someone", |s| s.name.as_str());
    match ids.len() {
        0 | 1 => first.to_owned(),
        2 => {
            let second = snapshot
                .stakeholder(&ids[1])
                .map_or("someone", |s| s.name.as_str());
            format!("{first} and {second}")
        }
        n => format!("{first} and {} others", n - 1),
    }
}

fn validate_note(snapshot: &AccountSnapshot, note: &NoteDraft) -> Result<NoteDraft> {
    let text = note.text.trim();
    if text.is_empty() {
        return Err(Error::validation(
            "text",
            format!("Write what the {} is.", note_word(note.kind)),
        ));
    }
    let stakeholders = distinct(&note.stakeholders);
    check_stakeholders(snapshot, &stakeholders, "stakeholders")?;
    Ok(NoteDraft {
        kind: note.kind,
        text: text.to_owned(),
        stakeholders,
    })
}

/// Checks a goal against the account; `created_on` is today for a new goal, or the goal's own
/// creation date when it is edited.
fn validate_goal(
    snapshot: &AccountSnapshot,
    goal: &GoalDraft,
    created_on: NaiveDate,
) -> Result<GoalDraft> {
    let title = goal.title.trim();
    if title.is_empty() {
        return Err(Error::validation(
            "title",
            "Give the goal a title, e.g. “Win Raj Patel's trust”.",
        ));
    }
    if let Some(id) = &goal.stakeholder {
        stakeholder_in(snapshot, id, "stakeholder")?;
    }
    match &goal.target {
        GoalTarget::Attitude { from, to } => {
            if goal.stakeholder.is_none() {
                return Err(Error::validation(
                    "stakeholder",
                    "An attitude goal is about one person: choose whose attitude should move.",
                ));
            }
            if from == to {
                return Err(Error::validation(
                    "target",
                    format!(
                        "The attitude to reach must differ from where it is now ({}).",
                        from.label()
                    ),
                ));
            }
        }
        GoalTarget::Coverage {
            team_member,
            from,
            to,
        } => {
            if goal.stakeholder.is_none() {
                return Err(Error::validation(
                    "stakeholder",
                    "A coverage goal is about one person: choose who we should know better.",
                ));
            }
            if let Some(member) = team_member {
                check_team(snapshot, std::slice::from_ref(member), "target")?;
            }
            if to <= from {
                return Err(Error::validation(
                    "target",
                    format!(
                        "The coverage to reach must be stronger than where it is now ({}).",
                        from.label()
                    ),
                ));
            }
        }
        GoalTarget::Free { text } => {
            if text.trim().is_empty() {
                return Err(Error::validation(
                    "target",
                    "Say how we will know the goal is reached, e.g. “Pilot contract signed”.",
                ));
            }
        }
    }
    if let Some(due) = goal.due
        && due < created_on
    {
        return Err(Error::validation(
            "due",
            format!(
                "The due date cannot be before the goal was set ({}).",
                created_on.format("%-d %b %Y")
            ),
        ));
    }
    let target = match &goal.target {
        GoalTarget::Free { text } => GoalTarget::Free {
            text: text.trim().to_owned(),
        },
        other => other.clone(),
    };
    Ok(GoalDraft {
        title: title.to_owned(),
        target,
        ..goal.clone()
    })
}

fn validate_initiative(
    snapshot: &AccountSnapshot,
    initiative: &InitiativeDraft,
) -> Result<InitiativeDraft> {
    let title = initiative.title.trim();
    if title.is_empty() {
        return Err(Error::validation(
            "title",
            "Give the initiative a title, e.g. “Executive breakfast with the COO”.",
        ));
    }
    let goals = distinct(&initiative.goals);
    if goals.is_empty() {
        return Err(Error::validation(
            "goals",
            "Link the initiative to at least one goal it works towards.",
        ));
    }
    if goals
        .iter()
        .any(|g| !snapshot.goals.iter().any(|have| &have.id == g))
    {
        return Err(Error::validation(
            "goals",
            "One of the chosen goals is not a goal of this account (any more).",
        ));
    }
    if let Some(owner) = &initiative.owner {
        check_team(snapshot, std::slice::from_ref(owner), "owner")?;
    }
    Ok(InitiativeDraft {
        title: title.to_owned(),
        goals,
        notes: initiative.notes.trim().to_owned(),
        ..initiative.clone()
    })
}

fn validate_interaction(
    snapshot: &AccountSnapshot,
    interaction: &InteractionDraft,
    today: NaiveDate,
) -> Result<InteractionDraft> {
    if interaction.date > today {
        return Err(Error::validation(
            "date",
            "Log an interaction once it has happened: choose today or an earlier date.",
        ));
    }
    let stakeholders = distinct(&interaction.stakeholders);
    if stakeholders.is_empty() {
        return Err(Error::validation(
            "stakeholders",
            "Choose at least one of their people who took part.",
        ));
    }
    check_stakeholders(snapshot, &stakeholders, "stakeholders")?;
    let team_members = distinct(&interaction.team_members);
    check_team(snapshot, &team_members, "teamMembers")?;
    Ok(InteractionDraft {
        stakeholders,
        team_members,
        note: interaction.note.trim().to_owned(),
        ..interaction.clone()
    })
}

fn goal_target_json(target: &GoalTarget) -> Result<String> {
    serde_json::to_string(target).map_err(|e| Error::validation("target", e.to_string()))
}

fn write_note_people(tx: &Transaction<'_>, note: &NoteId, people: &[StakeholderId]) -> Result<()> {
    tx.execute(
        "DELETE FROM analysis_note_stakeholders WHERE note_id = ?1",
        [note.as_str()],
    )?;
    let mut link = tx.prepare_cached(
        "INSERT INTO analysis_note_stakeholders (note_id, stakeholder_id) VALUES (?1, ?2)",
    )?;
    for s in people {
        link.execute(params![note.as_str(), s.as_str()])?;
    }
    Ok(())
}

fn write_initiative_goals(
    tx: &Transaction<'_>,
    initiative: &InitiativeId,
    goals: &[GoalId],
) -> Result<()> {
    tx.execute(
        "DELETE FROM initiative_goals WHERE initiative_id = ?1",
        [initiative.as_str()],
    )?;
    let mut link =
        tx.prepare_cached("INSERT INTO initiative_goals (initiative_id, goal_id) VALUES (?1, ?2)")?;
    for goal in goals {
        link.execute(params![initiative.as_str(), goal.as_str()])?;
    }
    Ok(())
}

impl Workspace {
    /// Writes the relationship word, the strategy and the client's goals at 3, 6, 12 and 18
    /// months. The word must be one word.
    pub fn set_account_plan(&mut self, account: &AccountId, plan: &AccountPlan) -> Result<()> {
        let before = self.account_snapshot(account)?.account;
        let word = plan.relationship_word.trim();
        if word.split_whitespace().count() > 1 {
            return Err(Error::validation(
                "relationshipWord",
                "Describe the relationship in one word, e.g. “Cautious” or “Partnership”.",
            ));
        }
        if word.chars().count() > MAX_RELATIONSHIP_WORD {
            return Err(Error::validation(
                "relationshipWord",
                format!("Keep the word under {MAX_RELATIONSHIP_WORD} letters."),
            ));
        }
        let trim = |s: &str| s.trim().to_owned();
        let goals = ClientGoals {
            months3: trim(&plan.client_goals.months3),
            months6: trim(&plan.client_goals.months6),
            months12: trim(&plan.client_goals.months12),
            months18: trim(&plan.client_goals.months18),
        };
        let strategy = plan.strategy.trim();
        let changed_word = word != before.relationship_word;
        let changed_goals = goals != before.client_goals;
        let changed_strategy = strategy != before.strategy;
        let label = match (changed_word, changed_goals, changed_strategy) {
            (false, false, false) => return Ok(()),
            (true, false, false) if word.is_empty() => "Clear the relationship word".to_owned(),
            (true, false, false) => format!("Set the relationship word to “{word}”"),
            (false, true, false) => "Edit the client's goals".to_owned(),
            (false, false, true) => "Edit the account strategy".to_owned(),
            _ => "Edit the account plan".to_owned(),
        };
        self.edit_recorded(account, &label, |tx| {
            tx.execute(
                "UPDATE accounts SET relationship_word = ?2, strategy = ?3, goals_3m = ?4,
                    goals_6m = ?5, goals_12m = ?6, goals_18m = ?7
                 WHERE id = ?1",
                params![
                    account.as_str(),
                    word,
                    strategy,
                    goals.months3,
                    goals.months6,
                    goals.months12,
                    goals.months18
                ],
            )?;
            Ok(())
        })
    }

    /// The Identify table's edit of one person: roles, the other method's word, attitude and
    /// influence. Nothing is recorded when nothing changed.
    pub fn set_stakeholder_assessment(
        &mut self,
        account: &AccountId,
        stakeholder: &StakeholderId,
        assessment: &Assessment,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(person) = snapshot.stakeholder(stakeholder) else {
            return Err(Error::not_found(
                "This person is no longer on the account's map.",
            ));
        };
        if !(1..=5).contains(&assessment.influence) {
            return Err(Error::validation(
                "influence",
                "Influence runs from 1 (little say) to 5 (decides).",
            ));
        }
        let mut roles = distinct(&assessment.roles);
        roles.sort();
        let tag = assessment.role_tag.trim();
        let changed = [
            roles != person.roles,
            tag != person.role_tag,
            assessment.attitude != person.attitude,
            assessment.influence != person.influence,
        ];
        let name = &person.name;
        let label = match changed {
            [false, false, false, false] => return Ok(()),
            [true, false, false, false] => format!("Set {name}'s roles"),
            [false, true, false, false] => format!("Set {name}'s role word"),
            [false, false, true, false] => format!("Set {name}'s attitude"),
            [false, false, false, true] => format!("Set {name}'s influence"),
            _ => format!("Assess {name}"),
        };
        let updated = Stakeholder {
            roles,
            ..person.clone()
        };
        self.edit_recorded(account, &label, |tx| {
            tx.execute(
                "UPDATE stakeholders SET role_tag = ?2, attitude = ?3, influence = ?4 WHERE id = ?1",
                params![
                    stakeholder.as_str(),
                    tag,
                    word(&assessment.attitude),
                    assessment.influence
                ],
            )?;
            if changed[0] {
                crate::insert::write_roles(tx, &updated)?;
            }
            Ok(())
        })
    }

    /// A coverage-matrix cell: how well one of ours knows one of theirs now, and how well we want
    /// them to. Draws the covers line when there is none yet.
    pub fn set_coverage_strength(
        &mut self,
        account: &AccountId,
        team_member: &TeamMemberId,
        stakeholder: &StakeholderId,
        strength: Strength,
        desired: Strength,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let line = snapshot
            .coverage
            .iter()
            .find(|c| &c.team_member == team_member && &c.stakeholder == stakeholder);
        if line.is_none() {
            check_coverage(&snapshot, team_member, stakeholder)
                .map_err(|e| Error::conflict(format!("{e}.")))?;
        }
        if line.is_some_and(|c| c.strength == strength && c.desired == desired) {
            return Ok(());
        }
        let (ours, theirs) = match (
            snapshot.team_member(team_member),
            snapshot.stakeholder(stakeholder),
        ) {
            (Some(t), Some(s)) => (t.name.clone(), s.name.clone()),
            _ => return Err(Error::not_found("This person is no longer on the map.")),
        };
        let label = format!("Set how well {ours} knows {theirs}");
        let existing = line.map(|c| c.id.clone());
        self.edit_recorded(account, &label, |tx| {
            match existing {
                Some(id) => {
                    tx.execute(
                        "UPDATE coverage SET strength = ?2, desired = ?3 WHERE id = ?1",
                        params![id.as_str(), strength.level(), desired.level()],
                    )?;
                }
                None => insert_coverage(
                    tx,
                    account,
                    &Coverage {
                        id: LinkId(new_id()),
                        team_member: team_member.clone(),
                        stakeholder: stakeholder.clone(),
                        strength,
                        desired,
                        last_interaction: None,
                        notes: String::new(),
                    },
                )?,
            }
            Ok(())
        })
    }

    /// The strengths and weaknesses of one relationship (a coverage line that exists).
    pub fn set_coverage_notes(
        &mut self,
        account: &AccountId,
        team_member: &TeamMemberId,
        stakeholder: &StakeholderId,
        notes: &str,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let (ours, theirs) = match (
            snapshot.team_member(team_member),
            snapshot.stakeholder(stakeholder),
        ) {
            (Some(t), Some(s)) => (t.name.clone(), s.name.clone()),
            _ => return Err(Error::not_found("This person is no longer on the map.")),
        };
        let Some(line) = snapshot
            .coverage
            .iter()
            .find(|c| &c.team_member == team_member && &c.stakeholder == stakeholder)
        else {
            return Err(Error::validation(
                "notes",
                format!("Set how well {ours} knows {theirs} first, then describe it."),
            ));
        };
        let notes = notes.trim();
        if notes == line.notes {
            return Ok(());
        }
        let id = line.id.clone();
        self.edit_recorded(
            account,
            &format!("Edit notes on {ours} and {theirs}"),
            |tx| {
                tx.execute(
                    "UPDATE coverage SET notes = ?2 WHERE id = ?1",
                    params![id.as_str(), notes],
                )?;
                Ok(())
            },
        )
    }

    /// Adds a manual issue, problem or opportunity to Analyse.
    pub fn add_analysis_note(&mut self, account: &AccountId, note: &NoteDraft) -> Result<NoteId> {
        let snapshot = self.account_snapshot(account)?;
        let note = validate_note(&snapshot, note)?;
        let stored = AnalysisNote {
            id: NoteId(new_id()),
            kind: note.kind,
            text: note.text,
            stakeholders: note.stakeholders,
        };
        self.edit_recorded(account, &format!("Add {}", note_word(note.kind)), |tx| {
            insert_note(tx, account, &stored)
        })?;
        Ok(stored.id)
    }

    pub fn update_analysis_note(
        &mut self,
        account: &AccountId,
        id: &NoteId,
        note: &NoteDraft,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        if !snapshot.notes.iter().any(|n| &n.id == id) {
            return Err(Error::not_found("This note no longer exists."));
        }
        let note = validate_note(&snapshot, note)?;
        self.edit_recorded(account, &format!("Edit {}", note_word(note.kind)), |tx| {
            tx.execute(
                "UPDATE analysis_notes SET kind = ?2, text = ?3 WHERE id = ?1",
                params![id.as_str(), word(&note.kind), note.text],
            )?;
            write_note_people(tx, id, &note.stakeholders)
        })
    }

    pub fn delete_analysis_note(&mut self, account: &AccountId, id: &NoteId) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(note) = snapshot.notes.iter().find(|n| &n.id == id) else {
            return Err(Error::not_found("This note no longer exists."));
        };
        self.edit_recorded(account, &format!("Delete {}", note_word(note.kind)), |tx| {
            tx.execute("DELETE FROM analysis_notes WHERE id = ?1", [id.as_str()])?;
            Ok(())
        })
    }

    /// Sets a goal in Determine, created `today`.
    pub fn add_goal(
        &mut self,
        account: &AccountId,
        goal: &GoalDraft,
        today: NaiveDate,
    ) -> Result<GoalId> {
        let snapshot = self.account_snapshot(account)?;
        let goal = validate_goal(&snapshot, goal, today)?;
        let stored = Goal {
            id: GoalId(new_id()),
            stakeholder: goal.stakeholder,
            title: goal.title,
            priority: goal.priority,
            target: goal.target,
            created_on: today,
            due: goal.due,
            status: goal.status,
        };
        self.edit_recorded(account, &format!("Add goal “{}”", stored.title), |tx| {
            insert_goal(tx, account, &stored)
        })?;
        Ok(stored.id)
    }

    /// Edits a goal; its creation date stays, and the due date may not come before it.
    pub fn update_goal(
        &mut self,
        account: &AccountId,
        id: &GoalId,
        goal: &GoalDraft,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(existing) = snapshot.goals.iter().find(|g| &g.id == id) else {
            return Err(Error::not_found("This goal no longer exists."));
        };
        let goal = validate_goal(&snapshot, goal, existing.created_on)?;
        let target = goal_target_json(&goal.target)?;
        self.edit_recorded(account, &format!("Edit goal “{}”", goal.title), |tx| {
            tx.execute(
                "UPDATE goals SET stakeholder_id = ?2, title = ?3, priority = ?4, target = ?5,
                    due = ?6, status = ?7
                 WHERE id = ?1",
                params![
                    id.as_str(),
                    goal.stakeholder.as_ref().map(|s| s.as_str()),
                    goal.title,
                    word(&goal.priority),
                    target,
                    goal.due,
                    word(&goal.status)
                ],
            )?;
            Ok(())
        })
    }

    /// Deletes a goal. Refused while an initiative works towards this goal alone: it would be
    /// left with no goal.
    pub fn delete_goal(&mut self, account: &AccountId, id: &GoalId) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(goal) = snapshot.goals.iter().find(|g| &g.id == id) else {
            return Err(Error::not_found("This goal no longer exists."));
        };
        if let Some(only) = snapshot
            .initiatives
            .iter()
            .find(|i| i.goals.len() == 1 && i.goals[0] == *id)
        {
            return Err(Error::conflict(format!(
                "“{}” works towards this goal only: link it to another goal or delete it first.",
                only.title
            )));
        }
        self.edit_recorded(account, &format!("Delete goal “{}”", goal.title), |tx| {
            tx.execute("DELETE FROM goals WHERE id = ?1", [id.as_str()])?;
            Ok(())
        })
    }

    /// Turns a finding's suggested goal into a goal, created `today`. The finding is found again
    /// by its stable key on the account as it is now, so a finding that no longer applies (the
    /// map changed since it was shown) is refused rather than answered with a stale goal.
    pub fn goal_from_finding(
        &mut self,
        account: &AccountId,
        finding_key: &str,
        today: NaiveDate,
    ) -> Result<GoalId> {
        let snapshot = self.account_snapshot(account)?;
        let findings = analyse(&snapshot, today);
        let Some(finding) = findings.iter().find(|f| f.key == finding_key) else {
            return Err(Error::not_found(
                "This finding no longer applies: the map has changed since it was shown.",
            ));
        };
        if let Some(goal) = goal_answering(&snapshot, finding) {
            return Err(Error::conflict(format!(
                "The goal “{}” already answers this finding.",
                goal.title
            )));
        }
        let goal = finding
            .suggested_goal
            .clone()
            .into_goal(GoalId(new_id()), today);
        self.edit_recorded(account, &format!("Make goal “{}”", goal.title), |tx| {
            insert_goal(tx, account, &goal)
        })?;
        Ok(goal.id)
    }

    /// Adds an initiative towards one or more of the account's goals.
    pub fn add_initiative(
        &mut self,
        account: &AccountId,
        initiative: &InitiativeDraft,
    ) -> Result<InitiativeId> {
        let snapshot = self.account_snapshot(account)?;
        let i = validate_initiative(&snapshot, initiative)?;
        let stored = Initiative {
            id: InitiativeId(new_id()),
            title: i.title,
            goals: i.goals,
            owner: i.owner,
            due: i.due,
            status: i.status,
            notes: i.notes,
        };
        self.edit_recorded(
            account,
            &format!("Add initiative “{}”", stored.title),
            |tx| insert_initiative(tx, account, &stored),
        )?;
        Ok(stored.id)
    }

    pub fn update_initiative(
        &mut self,
        account: &AccountId,
        id: &InitiativeId,
        initiative: &InitiativeDraft,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        if !snapshot.initiatives.iter().any(|i| &i.id == id) {
            return Err(Error::not_found("This initiative no longer exists."));
        }
        let i = validate_initiative(&snapshot, initiative)?;
        self.edit_recorded(
            account,
            &format!("Edit initiative “{}”", i.title),
            |tx| {
                tx.execute(
                    "UPDATE initiatives SET title = ?2, owner_id = ?3, due = ?4, status = ?5,
                    notes = ?6
                 WHERE id = ?1",
                    params![
                        id.as_str(),
                        i.title,
                        i.owner.as_ref().map(|o| o.as_str()),
                        i.due,
                        word(&i.status),
                        i.notes
                    ],
                )?;
                write_initiative_goals(tx, id, &i.goals)
            },
        )
    }

    pub fn delete_initiative(&mut self, account: &AccountId, id: &InitiativeId) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(initiative) = snapshot.initiatives.iter().find(|i| &i.id == id) else {
            return Err(Error::not_found("This initiative no longer exists."));
        };
        self.edit_recorded(
            account,
            &format!("Delete initiative “{}”", initiative.title),
            |tx| {
                tx.execute("DELETE FROM initiatives WHERE id = ?1", [id.as_str()])?;
                Ok(())
            },
        )
    }

    /// Logs an interaction that happened on or before `today`. Each stakeholder's last contact
    /// moves up to its date (never back), and so does the last interaction of every covers line
    /// between the team members and stakeholders who took part.
    pub fn log_interaction(
        &mut self,
        account: &AccountId,
        interaction: &InteractionDraft,
        today: NaiveDate,
    ) -> Result<InteractionId> {
        let snapshot = self.account_snapshot(account)?;
        let i = validate_interaction(&snapshot, interaction, today)?;
        let stored = Interaction {
            id: InteractionId(new_id()),
            date: i.date,
            kind: i.kind,
            stakeholders: i.stakeholders,
            team_members: i.team_members,
            note: i.note,
        };
        let label = format!(
            "Log interaction with {}",
            names(&snapshot, &stored.stakeholders)
        );
        self.edit_recorded(account, &label, |tx| {
            insert_interaction(tx, account, &stored)?;
            let mut contact = tx.prepare_cached(
                "UPDATE stakeholders SET last_contact = ?2
                 WHERE id = ?1 AND (last_contact IS NULL OR last_contact < ?2)",
            )?;
            let mut line = tx.prepare_cached(
                "UPDATE coverage SET last_interaction = ?3
                 WHERE stakeholder_id = ?1 AND team_member_id = ?2
                   AND (last_interaction IS NULL OR last_interaction < ?3)",
            )?;
            for s in &stored.stakeholders {
                contact.execute(params![s.as_str(), stored.date])?;
                for t in &stored.team_members {
                    line.execute(params![s.as_str(), t.as_str(), stored.date])?;
                }
            }
            Ok(())
        })?;
        Ok(stored.id)
    }

    /// Removes an interaction from the log. Last contact dates stay as they are: they may have
    /// been set by hand, and Undo is the way to take back an interaction logged by mistake.
    pub fn delete_interaction(&mut self, account: &AccountId, id: &InteractionId) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(interaction) = snapshot.interactions.iter().find(|i| &i.id == id) else {
            return Err(Error::not_found(
                "This interaction is no longer in the log.",
            ));
        };
        let label = format!(
            "Delete interaction of {}",
            interaction.date.format("%-d %b %Y")
        );
        self.edit_recorded(account, &label, |tx| {
            tx.execute("DELETE FROM interactions WHERE id = ?1", [id.as_str()])?;
            Ok(())
        })
    }
}
