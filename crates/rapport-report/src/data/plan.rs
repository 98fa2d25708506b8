//! The plan's lists: findings, the manual analysis notes, goals and initiatives.

use super::format::opt_date;
use super::names::Names;
use chrono::NaiveDate;
use rapport_core::{AccountSnapshot, Finding, Goal, GoalId, GoalTarget, Severity, client_safe};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FindingRow {
    pub severity: String,
    pub level: u8,
    pub title: String,
    pub explanation: String,
    pub suggestion: String,
}

#[derive(Serialize)]
pub(crate) struct NoteRow {
    pub kind: String,
    pub text: String,
    pub people: String,
}

#[derive(Serialize)]
pub(crate) struct GoalRow {
    pub title: String,
    pub person: String,
    pub priority: String,
    pub target: String,
    pub due: String,
    pub status: String,
}

#[derive(Serialize)]
pub(crate) struct InitiativeRow {
    pub title: String,
    pub owner: String,
    pub goals: String,
    pub due: String,
    pub status: String,
    pub overdue: bool,
    pub notes: String,
}

pub(super) fn finding_row(f: &Finding) -> FindingRow {
    FindingRow {
        severity: f.severity.label().into(),
        level: severity_level(f.severity),
        title: f.title.clone(),
        explanation: f.explanation.clone(),
        suggestion: f.suggested_goal.title.clone(),
    }
}

pub(super) fn goal_row(g: &Goal, names: &Names) -> GoalRow {
    let target = match &g.target {
        GoalTarget::Attitude { from, to } => format!("{} → {}", from.word(), to.word()),
        GoalTarget::Coverage {
            team_member,
            from,
            to,
        } => {
            let who = team_member
                .as_ref()
                .map(|t| format!(" ({})", names.member(t)))
                .unwrap_or_default();
            format!("Relationship {} → {}{who}", from.word(), to.word())
        }
        GoalTarget::Free { text } => text.clone(),
    };
    GoalRow {
        title: g.title.clone(),
        person: g.stakeholder.as_ref().map_or_else(
            || "The account".to_string(),
            |s| names.stakeholder(s).to_string(),
        ),
        priority: g.priority.label().into(),
        target,
        due: opt_date(g.due),
        status: g.status.label().into(),
    }
}

pub(super) fn sorted_goals<'a>(goals: impl Iterator<Item = &'a Goal>) -> Vec<&'a Goal> {
    let mut goals: Vec<&Goal> = goals.collect();
    goals.sort_by(|a, b| {
        (
            !a.status.is_open(),
            a.priority,
            a.due.is_none(),
            a.due,
            &a.title,
        )
            .cmp(&(
                !b.status.is_open(),
                b.priority,
                b.due.is_none(),
                b.due,
                &b.title,
            ))
    });
    goals
}

pub(super) fn initiatives(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
    hidden_goals: &HashSet<&GoalId>,
) -> Vec<InitiativeRow> {
    let titles: HashMap<_, _> = snapshot
        .goals
        .iter()
        .filter(|g| !hidden_goals.contains(&g.id))
        .map(|g| (&g.id, g.title.as_str()))
        .collect();
    let mut list: Vec<_> = snapshot.initiatives.iter().collect();
    list.sort_by(|a, b| {
        (a.due.is_none(), a.due, &a.title, &a.id).cmp(&(b.due.is_none(), b.due, &b.title, &b.id))
    });
    list.into_iter()
        .map(|i| InitiativeRow {
            title: i.title.clone(),
            owner: i
                .owner
                .as_ref()
                .map_or_else(|| "—".to_string(), |o| names.member(o).to_string()),
            goals: i
                .goals
                .iter()
                .filter_map(|g| titles.get(g).copied())
                .collect::<Vec<_>>()
                .join("; "),
            due: opt_date(i.due),
            status: i.status.label().into(),
            overdue: i.is_overdue(today),
            notes: if client_safe::internal_notes_shown(safe) {
                i.notes.trim().to_string()
            } else {
                String::new()
            },
        })
        .collect()
}

/// 3 for high down to 1 for low: how strongly the template colours the severity.
fn severity_level(s: Severity) -> u8 {
    match s {
        Severity::High => 3,
        Severity::Medium => 2,
        Severity::Low => 1,
    }
}

/// The manual analysis notes (issues, problems, opportunities): ours, never in client-safe output.
pub(super) fn note_rows(snapshot: &AccountSnapshot, safe: bool, names: &Names) -> Vec<NoteRow> {
    if !client_safe::internal_notes_shown(safe) {
        return Vec::new();
    }
    snapshot
        .notes
        .iter()
        .map(|n| NoteRow {
            kind: n.kind.label().into(),
            text: n.text.clone(),
            people: n
                .stakeholders
                .iter()
                .map(|s| names.stakeholder(s))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect()
}
