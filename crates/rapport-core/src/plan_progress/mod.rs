//! How far the six-step plan has come: one completeness mark per step ("12 of 15 people have a
//! role"), and the last-three-interactions check of Analyse.
//!
//! Every step is a view over the same account, so its completeness is counted from the snapshot
//! (and the findings and last review date the caller already has), never stored.

mod last_three;

pub use last_three::{LastThreeCheck, LastThreeVerdict, last_three_check};

use crate::analysis::Finding;
use crate::plan::{GoalStatus, GoalTarget, next_review_due};
use crate::snapshot::AccountSnapshot;
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashSet;

/// The six steps, in the method's order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum PlanStep {
    Understand,
    Identify,
    Analyse,
    Determine,
    Implement,
    Review,
}

labels!(PlanStep {
    Understand => "Understand",
    Identify => "Identify",
    Analyse => "Analyse",
    Determine => "Determine",
    Implement => "Implement",
    Review => "Review",
});

/// How complete one step is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StepProgress {
    pub step: PlanStep,
    pub done: u32,
    pub total: u32,
    /// Nothing left to do in this step.
    pub complete: bool,
    /// The short mark on the step's tab, e.g. "12/15 roles".
    pub mark: String,
    /// The sentence behind the mark, e.g. "12 of 15 people have a role".
    pub summary: String,
}

/// "23 Nov 2026", as the room reads a date.
fn long_date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn people(n: u32) -> &'static str {
    if n == 1 { "person" } else { "people" }
}

/// The completeness of every step, in order.
///
/// - Understand: active people with at least one of ours mapped against them, and a word for the
///   relationship.
/// - Identify: active people with a buying role.
/// - Analyse: the client's own goals written for the four horizons (3, 6, 12, 18 months).
/// - Determine: findings answered by a goal (see [`goal_answering`]).
/// - Implement: open goals with an initiative that is not cancelled.
/// - Review: a review within the last 90 days.
pub fn plan_progress(
    snapshot: &AccountSnapshot,
    findings: &[Finding],
    last_review: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<StepProgress> {
    let active: Vec<_> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .collect();
    let total_people = count(active.len());

    let covered: HashSet<_> = snapshot.coverage.iter().map(|c| &c.stakeholder).collect();
    let mapped = count(active.iter().filter(|s| covered.contains(&s.id)).count());
    let word = snapshot.account.relationship_word.trim();
    let understand = StepProgress {
        step: PlanStep::Understand,
        done: mapped,
        total: total_people,
        complete: mapped == total_people && !word.is_empty(),
        mark: format!("{mapped}/{total_people} mapped"),
        summary: format!(
            "{mapped} of {total_people} {} have a relationship with one of ours mapped; {}",
            people(total_people),
            if word.is_empty() {
                "no word for the relationship yet".to_owned()
            } else {
                format!("the relationship in one word: “{word}”")
            }
        ),
    };

    let with_role = count(active.iter().filter(|s| !s.roles.is_empty()).count());
    let identify = StepProgress {
        step: PlanStep::Identify,
        done: with_role,
        total: total_people,
        complete: with_role == total_people,
        mark: format!("{with_role}/{total_people} roles"),
        summary: format!(
            "{with_role} of {total_people} {} have a role",
            people(total_people)
        ),
    };

    let goals = &snapshot.account.client_goals;
    let horizons = count(
        [
            &goals.months3,
            &goals.months6,
            &goals.months12,
            &goals.months18,
        ]
        .iter()
        .filter(|g| !g.trim().is_empty())
        .count(),
    );
    let analyse = StepProgress {
        step: PlanStep::Analyse,
        done: horizons,
        total: 4,
        complete: horizons == 4,
        mark: format!("{horizons}/4 client goals"),
        summary: format!(
            "{} findings; the client's own goals written for {horizons} of 4 horizons",
            findings.len()
        ),
    };

    let answered = count(
        findings
            .iter()
            .filter(|f| goal_answering(snapshot, f).is_some())
            .count(),
    );
    let total_findings = count(findings.len());
    let determine = StepProgress {
        step: PlanStep::Determine,
        done: answered,
        total: total_findings,
        complete: answered == total_findings,
        mark: if total_findings == 0 {
            format!("{} goals", snapshot.goals.len())
        } else {
            format!("{answered}/{total_findings} findings")
        },
        summary: if total_findings == 0 {
            "No findings to answer".to_owned()
        } else {
            format!("{answered} of {total_findings} findings have a goal")
        },
    };

    let open_goals: Vec<_> = snapshot
        .goals
        .iter()
        .filter(|g| g.status.is_open())
        .collect();
    let backed = count(
        open_goals
            .iter()
            .filter(|g| {
                snapshot.initiatives.iter().any(|i| {
                    i.status != crate::plan::InitiativeStatus::Cancelled && i.goals.contains(&g.id)
                })
            })
            .count(),
    );
    let total_open = count(open_goals.len());
    let overdue = snapshot
        .initiatives
        .iter()
        .filter(|i| i.is_overdue(today))
        .count();
    let implement = StepProgress {
        step: PlanStep::Implement,
        done: backed,
        total: total_open,
        complete: backed == total_open && overdue == 0,
        mark: format!("{backed}/{total_open} goals"),
        summary: format!(
            "{backed} of {total_open} open goals have an initiative{}",
            match overdue {
                0 => String::new(),
                1 => "; 1 initiative is overdue".to_owned(),
                n => format!("; {n} initiatives are overdue"),
            }
        ),
    };

    let due = next_review_due(last_review, snapshot.account.created_on);
    let on_time = due >= today;
    let reviewed = u32::from(last_review.is_some() && on_time);
    let review = StepProgress {
        step: PlanStep::Review,
        done: reviewed,
        total: 1,
        complete: reviewed == 1,
        mark: if on_time {
            format!("due {}", due.format("%-d %b"))
        } else {
            "overdue".to_owned()
        },
        summary: match (last_review, on_time) {
            (None, true) => format!("No review yet; the first is due by {}", long_date(due)),
            (None, false) => format!("No review yet; one was due by {}", long_date(due)),
            (Some(last), true) => format!(
                "Last review {}; the next is due by {}",
                long_date(last),
                long_date(due)
            ),
            (Some(last), false) => format!(
                "Last review {}; the next was due by {} and is overdue",
                long_date(last),
                long_date(due)
            ),
        },
    };

    vec![understand, identify, analyse, determine, implement, review]
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn same_target_kind(a: &GoalTarget, b: &GoalTarget) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The goal that answers a finding, if any: a goal that is not dropped, about the same person
/// with the same kind of target (attitude, coverage or free), or with the suggested goal's title.
pub fn goal_answering<'a>(
    snapshot: &'a AccountSnapshot,
    finding: &Finding,
) -> Option<&'a crate::plan::Goal> {
    let suggested = &finding.suggested_goal;
    let title = suggested.title.trim();
    snapshot.goals.iter().find(|g| {
        g.status != GoalStatus::Dropped
            && ((suggested.stakeholder.is_some()
                && g.stakeholder == suggested.stakeholder
                && same_target_kind(&g.target, &suggested.target))
                || g.title.trim().eq_ignore_ascii_case(title))
    })
}

#[cfg(test)]
mod tests;
