//! The cover and the one-page summary: who and when, the key figures, the account's profile and
//! economics (lifecycle, revenue, lifetime value with its inputs, NPS and its trend,
//! reference-ability), the top findings and goals, the strategy and the client's own goals.
//!
//! A client-safe plan leaves out the lifetime value and NPS unless asked for
//! ([`rapport_core::client_safe::economics_shown`]), and the margin always.

use super::format::{date, money, plural};
use super::names::Names;
use super::plan::{FindingRow, GoalRow, finding_row, goal_row};
use crate::PlanInput;
use crate::options::ReportOptions;
use chrono::NaiveDate;
use rapport_core::{
    Account, AccountMetrics, Finding, Goal, LifecycleStage, ReferenceKind, Severity, nps_trend,
};
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

/// One dated score on the NPS trend line, both coordinates 0–1 (date across, score up).
#[derive(Serialize)]
pub(crate) struct TrendPoint {
    pub x: f64,
    pub y: f64,
}

/// The account's profile and economics, as the summary prints them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Profile {
    /// Industry, region, size, lifecycle stage, revenue with us.
    pub facts: Vec<Pair>,
    /// Lifetime value with its inputs and the NPS; empty when withheld from the client.
    pub economics: Vec<Pair>,
    /// Two or more dated scores to draw, oldest first; empty otherwise.
    pub nps_trend: Vec<TrendPoint>,
    /// "Nov 2025 – Nov 2026" under the trend line.
    pub nps_span: String,
    /// What the client would do for us and what a prospect would match them on.
    pub reference: Vec<Pair>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Summary {
    pub relationship_word: String,
    pub figures: Vec<Figure>,
    pub profile: Profile,
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

/// 2.5 → "2.5", 6.0 → "6": inputs as the user typed them.
fn number(v: f64) -> String {
    let text = format!("{v:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn stage_words(stage: LifecycleStage) -> String {
    let position = LifecycleStage::ALL
        .iter()
        .position(|&s| s == stage)
        .map_or(0, |i| i + 1);
    format!(
        "{} (stage {position} of {})",
        stage.label(),
        LifecycleStage::ALL.len()
    )
}

fn reference_pairs(account: &Account) -> Vec<Pair> {
    let r = &account.referenceability;
    let willing: Vec<String> = ReferenceKind::ALL
        .into_iter()
        .filter(|&k| r.is_willing(k))
        .enumerate()
        .map(|(i, k)| {
            if i == 0 {
                k.label().to_string()
            } else {
                k.label().to_lowercase()
            }
        })
        .collect();
    let mut pairs = vec![pair(
        "Reference",
        if willing.is_empty() {
            "Not willing, or not asked yet".to_string()
        } else {
            willing.join(", ")
        },
    )];
    let matches: Vec<&str> = [&r.industry, &r.geography, &r.size]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !matches.is_empty() {
        pairs.push(pair("Matches on", matches.join(" · ")));
    }
    if !r.problem_solved.trim().is_empty() {
        pairs.push(pair("Problem solved", r.problem_solved.trim()));
    }
    pairs
}

/// The profile and economics block; `economics` says whether lifetime value and NPS may show,
/// `safe` whether the margin must stay out.
fn profile(account: &Account, input: &PlanInput, economics: bool, safe: bool) -> Profile {
    let mut facts: Vec<Pair> = [
        ("Industry", &account.industry),
        ("Region", &account.region),
        ("Size", &account.size),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(label, v)| pair(label, v.trim()))
    .collect();
    facts.push(pair(
        "Lifecycle stage",
        stage_words(account.lifecycle_stage),
    ));
    facts.push(pair(
        "Revenue with us",
        format!(
            "{} a year",
            money(&account.currency, account.annual_revenue)
        ),
    ));
    let mut profile = Profile {
        facts,
        economics: Vec::new(),
        nps_trend: Vec::new(),
        nps_span: String::new(),
        reference: reference_pairs(account),
    };
    if !economics {
        return profile;
    }
    let inputs = &account.lifetime_value;
    let ltv = rapport_core::lifetime_value(inputs);
    let currency = &account.currency;
    if ltv.revenue > 0.0 {
        profile.economics.push(pair(
            "Lifetime value",
            format!(
                "{} over {} years",
                money(currency, ltv.revenue),
                number(inputs.expected_tenure_years)
            ),
        ));
        profile.economics.push(pair(
            "Built from",
            format!(
                "{} a deal × {} a year",
                money(currency, inputs.average_deal_size),
                number(inputs.purchases_per_year)
            ),
        ));
        if let (Some(margin), Some(rate), false) = (ltv.margin, inputs.gross_margin, safe) {
            profile.economics.push(pair(
                "As margin",
                format!("{} at {}%", money(currency, margin), number(rate * 100.0)),
            ));
        }
    } else {
        profile
            .economics
            .push(pair("Lifetime value", "Not estimated yet"));
    }
    let history = &input.snapshot.nps_history;
    let trend = nps_trend(history);
    profile.economics.push(pair(
        "NPS",
        match (trend.latest, trend.change) {
            (None, _) => "Not recorded yet".to_string(),
            (Some(l), None) => format!("{} of 10 ({})", l.score, date(l.date)),
            (Some(l), Some(change)) => format!(
                "{} of 10 ({}), {}",
                l.score,
                date(l.date),
                match change {
                    0 => "unchanged".to_string(),
                    c if c > 0 => format!("up {c}"),
                    c => format!("down {}", -c),
                }
            ),
        },
    ));
    let mut by_date = history.clone();
    by_date.sort_by_key(|s| s.date);
    if let (Some(first), Some(last)) = (by_date.first(), by_date.last())
        && by_date.len() >= 2
    {
        let span = (last.date - first.date).num_days().max(1) as f64;
        profile.nps_trend = by_date
            .iter()
            .map(|s| TrendPoint {
                x: (s.date - first.date).num_days() as f64 / span,
                y: f64::from(s.score) / 10.0,
            })
            .collect();
        profile.nps_span = format!(
            "{} – {}",
            first.date.format("%b %Y"),
            last.date.format("%b %Y")
        );
    }
    profile
}

/// What the summary page says, from what [`super::build`] has already filtered for the reader.
/// `economics`: whether lifetime value and NPS are printed (always internally; for the client
/// only when asked).
#[allow(clippy::too_many_arguments)]
pub(super) fn summary(
    input: &PlanInput,
    safe: bool,
    economics: bool,
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
    if economics && ltv.revenue > 0.0 {
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
    if let Some(nps) = metrics.nps.filter(|_| economics) {
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
        profile: profile(account, input, economics, safe),
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
