//! Past reviews, when the next is due, and what changed since the latest one.

use super::format::{blank, date};
use crate::PlanInput;
use chrono::NaiveDate;
use rapport_core::{GoalId, GoalStatus, PersonRef, Strength, client_safe};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ReviewsDoc {
    pub history: Vec<ReviewRow>,
    pub next_due: String,
    pub overdue: bool,
    pub diff: Option<DiffDoc>,
}

#[derive(Serialize)]
pub(crate) struct ReviewRow {
    pub title: String,
    pub date: String,
    pub attendees: String,
    pub notes: String,
}

#[derive(Serialize)]
pub(crate) struct DiffDoc {
    pub since: String,
    pub groups: Vec<DiffGroup>,
}

#[derive(Serialize)]
pub(crate) struct DiffGroup {
    pub title: String,
    pub lines: Vec<String>,
}

pub(super) fn reviews(
    input: &PlanInput,
    safe: bool,
    hidden_goals: &HashSet<&GoalId>,
    next_due: NaiveDate,
) -> ReviewsDoc {
    let mut history: Vec<_> = input.reviews.iter().collect();
    history.sort_by(|a, b| (b.review.date, &b.review.id).cmp(&(a.review.date, &a.review.id)));
    let latest = history.first();
    let diff = latest.map(|latest| {
        let d = rapport_core::diff_snapshots(&latest.snapshot, &input.snapshot);
        let names =
            |people: &[PersonRef]| people.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        let strength = |s: Option<Strength>| s.map_or("no line", Strength::word);
        let status = |s: Option<GoalStatus>| s.map_or("none", GoalStatus::label);
        let groups = vec![
            DiffGroup {
                title: "New on the map".into(),
                lines: names(&d.added),
            },
            DiffGroup {
                title: "No longer on the map".into(),
                lines: names(&d.gone),
            },
            DiffGroup {
                title: "People who changed".into(),
                lines: d
                    .changes
                    .iter()
                    .filter(|c| !safe || client_safe::change_shareable(c.field))
                    .map(|c| {
                        format!(
                            "{}: {} {} → {}",
                            c.name,
                            c.field.label().to_lowercase(),
                            blank(&c.before),
                            blank(&c.after)
                        )
                    })
                    .collect(),
            },
            DiffGroup {
                title: "Relationships".into(),
                lines: d
                    .coverage_changes
                    .iter()
                    .map(|c| {
                        format!(
                            "{} with {}: {} → {}",
                            c.team_member_name,
                            c.stakeholder_name,
                            strength(c.before),
                            strength(c.after)
                        )
                    })
                    .collect(),
            },
            DiffGroup {
                title: "Goals".into(),
                lines: d
                    .goal_changes
                    .iter()
                    .filter(|g| !hidden_goals.contains(&g.goal))
                    .map(|g| format!("{}: {} → {}", g.title, status(g.before), status(g.after)))
                    .collect(),
            },
        ]
        .into_iter()
        .filter(|g| !g.lines.is_empty())
        .collect();
        DiffDoc {
            since: format!("{} ({})", latest.review.title, date(latest.review.date)),
            groups,
        }
    });
    ReviewsDoc {
        history: history
            .iter()
            .map(|r| ReviewRow {
                title: r.review.title.clone(),
                date: date(r.review.date),
                attendees: r.review.attendees.clone(),
                notes: if client_safe::internal_notes_shown(safe) {
                    r.review.notes.trim().to_string()
                } else {
                    String::new()
                },
            })
            .collect(),
        next_due: date(next_due),
        overdue: next_due < input.today,
        diff,
    }
}
