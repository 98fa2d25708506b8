//! The cover and the one-page summary: who and when, the key figures, the top findings and
//! goals, the strategy and the client's own goals.

use super::format::{date, money, plural};
use super::names::Names;
use super::plan::{FindingRow, GoalRow, finding_row, goal_row};
use crate::PlanInput;
use crate::options::ReportOptions;
use chrono::NaiveDate;
use rapport_core::{Account, AccountMetrics, Finding, Goal, Severity};
use serde::Serialize;

#[derive(Serialize)]
pub(crate) struct Pair {
    pub label: String,
    pub value: String,
}

/// A key figure: a short value in large type, with a note under it.
#[derive(Serialize)]
pub(crate) struct Figure {
    pub label: String,
    pub value: String,
    pub note: String,
    /// Printed in red: something is late.
    pub alert: bool,
}

fn figure(label: &str, value: impl Into<String>, note: impl Into<String>) -> Figure {
    Figure {
        label: label.into(),
        value: value.into(),
        note: note.into(),
        alert: false,
    }
}

pub(super) fn pair(label: &str, value: impl Into<String>) -> Pair {
    Pair {
        label: label.into(),
        value: value.into(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Summary {
    pub relationship_word: String,
    pub figures: Vec<Figure>,
    pub findings: Vec<FindingRow>,
    pub finding_count: usize,
    pub goals: Vec<GoalRow>,
    pub open_goal_count: usize,
    pub strategy: String,
    pub client_goals: Vec<Pair>,
}

/// The cover's facts, in the order they are printed; blank ones are left out.
pub(super) fn cover(options: &ReportOptions, account: &Account, today: NaiveDate) -> Vec<Pair> {
    let mut cover = vec![pair("Date", date(today))];
    if !options.facilitator.trim().is_empty() {
        cover.push(pair("Facilitator", options.facilitator.trim()));
    }
    if !options.plan_version.trim().is_empty() {
        cover.push(pair("Plan version", options.plan_version.trim()));
    }
    for (label, value) in [
        ("Industry", &account.industry),
        ("Region", &account.region),
        ("Size", &account.size),
    ] {
        if !value.trim().is_empty() {
            cover.push(pair(label, value.trim()));
        }
    }
    cover.push(pair("Lifecycle stage", account.lifecycle_stage.label()));
    cover
}

/// What the summary page says, from what [`super::build`] has already filtered for the reader.
pub(super) fn summary(
    input: &PlanInput,
    safe: bool,
    metrics: &AccountMetrics,
    findings: &[&Finding],
    goals: &[&Goal],
    names: &Names,
    next_due: NaiveDate,
) -> Summary {
    let snapshot = &input.snapshot;
    let account = &snapshot.account;
    let today = input.today;
    // Key figures.
    let active = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .count();
    let mut figures = vec![figure(
        "Annual revenue",
        money(&account.currency, account.annual_revenue),
        format!("lifecycle stage: {}", account.lifecycle_stage.label()),
    )];
    let ltv = metrics.lifetime_value;
    if ltv.revenue > 0.0 {
        match ltv.margin {
            Some(margin) if !safe => figures.push(figure(
                "Lifetime value",
                money(&account.currency, margin),
                format!(
                    "margin, on {} revenue",
                    money(&account.currency, ltv.revenue)
                ),
            )),
            _ => figures.push(figure(
                "Lifetime value",
                money(&account.currency, ltv.revenue),
                "revenue over the expected tenure",
            )),
        }
    }
    figures.push(figure(
        "People on the map",
        snapshot.stakeholders.len().to_string(),
        format!("{active} active, {} of ours", snapshot.team.len()),
    ));
    figures.push(figure(
        "Covered by us",
        format!("{} of {}", metrics.coverage.covered, metrics.coverage.total),
        format!("{} trusted or better", metrics.coverage.strong),
    ));
    if let Some(nps) = metrics.nps {
        let score = nps.score.round();
        figures.push(figure(
            "Net promoter score",
            if score == 0.0 {
                "0".to_string()
            } else {
                format!("{score:+.0}")
            },
            format!(
                "{}: {} promoters, {} detractors",
                plural(nps.responses as usize, "answer", "answers"),
                nps.promoters,
                nps.detractors
            ),
        ));
    }
    let open_goals = goals.iter().filter(|g| g.status.is_open()).count();
    let overdue_initiatives = snapshot
        .initiatives
        .iter()
        .filter(|i| i.is_overdue(today))
        .count();
    figures.push(Figure {
        alert: overdue_initiatives > 0,
        ..figure(
            "Open goals",
            open_goals.to_string(),
            format!(
                "{} overdue",
                plural(overdue_initiatives, "initiative", "initiatives")
            ),
        )
    });
    let high = findings
        .iter()
        .filter(|f| f.severity == Severity::High)
        .count();
    figures.push(figure(
        "Findings",
        findings.len().to_string(),
        format!("{high} of high severity"),
    ));
    figures.push(Figure {
        alert: next_due < today,
        ..figure(
            "Next review",
            date(next_due),
            if next_due < today {
                format!("overdue by {} days", (today - next_due).num_days())
            } else {
                format!("in {} days", (next_due - today).num_days())
            },
        )
    });

    let client_goals = [
        ("In 3 months", &account.client_goals.months3),
        ("In 6 months", &account.client_goals.months6),
        ("In 12 months", &account.client_goals.months12),
        ("In 18 months", &account.client_goals.months18),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| pair(label, text.trim()))
    .collect();

    Summary {
        relationship_word: account.relationship_word.trim().to_string(),
        figures,
        findings: findings.iter().take(5).map(|f| finding_row(f)).collect(),
        finding_count: findings.len(),
        goals: goals
            .iter()
            .filter(|g| g.status.is_open())
            .take(5)
            .map(|g| goal_row(g, names))
            .collect(),
        open_goal_count: open_goals,
        strategy: account.strategy.trim().to_string(),
        client_goals,
    }
}
