//! The plan as data for the template: every word and number already chosen and formatted here,
//! so the template only lays out.
//!
//! What client-safe output leaves out is decided by [`rapport_core::client_safe`] (findings,
//! goals and review changes about attitudes) and applied here: attitudes (words, colours, marks),
//! personal notes (notes, interests, birthday), the method's role tags, our internal notes
//! (coverage, relation, initiative, interaction and review notes, the manual analysis) and the
//! lifetime value as margin.
//!
//! One module per part of the plan: `summary` (cover, key figures), `people` (stakeholder and
//! team tables), `coverage`, `whitespace` (offerings × needs), `plan` (findings, notes, goals, initiatives), `interactions`,
//! `reviews`, `map` (the map's pages); `format` and `names` are shared by them.

mod coverage;
mod format;
mod interactions;
mod map;
mod names;
mod people;
mod plan;
mod reviews;
mod summary;
mod whitespace;

use format::date;
pub(crate) use map::{MapDoc, MapImageDoc, MapPageDoc};

use crate::PlanInput;
use crate::options::{ReportOptions, Sections};
use coverage::{CoverageDoc, coverage};
use interactions::{InteractionsDoc, interactions};
use names::Names;
use people::{PersonRow, TeamRow, stakeholder_rows, team_rows};
use plan::{FindingRow, GoalRow, InitiativeRow, NoteRow, finding_row, goal_row, initiatives};
use rapport_core::{Finding, client_safe};
use reviews::{ReviewsDoc, reviews};
use serde::Serialize;
use std::collections::HashSet;
use summary::{Pair, Summary, cover, summary};
use whitespace::{WhitespaceDoc, whitespace};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Doc {
    pub title: String,
    pub account: String,
    pub date: String,
    pub facilitator: String,
    pub version: String,
    pub client_safe: bool,
    /// Portrait page size in points.
    pub page_width: f64,
    pub page_height: f64,
    pub sections: Sections,
    pub cover: Vec<Pair>,
    pub summary: Summary,
    pub map: MapDoc,
    pub stakeholders: Vec<PersonRow>,
    pub team: Vec<TeamRow>,
    pub coverage: CoverageDoc,
    pub whitespace: WhitespaceDoc,
    pub findings: Vec<FindingRow>,
    pub notes: Vec<NoteRow>,
    pub goals: Vec<GoalRow>,
    pub initiatives: Vec<InitiativeRow>,
    pub interactions: InteractionsDoc,
    pub reviews: ReviewsDoc,
    /// The facilitator's guide, for the appendix.
    pub guide: Vec<GuideStep>,
}

/// Everything the template prints. `map` is the map's page plan, already drawn.
pub(crate) fn build(
    input: &PlanInput,
    options: &ReportOptions,
    findings: &[Finding],
    map: MapDoc,
) -> Doc {
    let snapshot = &input.snapshot;
    let today = input.today;
    let safe = options.client_safe;
    let account = &snapshot.account;
    let names = Names::of(snapshot);
    let metrics = rapport_core::account_metrics(snapshot, today);

    let findings: Vec<&Finding> = findings
        .iter()
        .filter(|f| !safe || client_safe::finding_shareable(f.kind))
        .collect();
    // Goals the client may not see, in the plan and in the reviews it is diffed against.
    let hidden_goals: HashSet<_> = if safe {
        snapshot
            .goals
            .iter()
            .chain(input.reviews.iter().flat_map(|r| &r.snapshot.goals))
            .filter(|g| !client_safe::goal_shareable(&g.target))
            .map(|g| &g.id)
            .collect()
    } else {
        HashSet::new()
    };
    let goals = plan::sorted_goals(
        snapshot
            .goals
            .iter()
            .filter(|g| !hidden_goals.contains(&g.id)),
    );
    let last_review = input.reviews.iter().map(|r| r.review.date).max();
    let next_due = rapport_core::next_review_due(last_review, account.created_on);

    Doc {
        title: format!("{}: account plan", account.name),
        account: account.name.clone(),
        date: date(today),
        facilitator: options.facilitator.trim().to_string(),
        version: options.plan_version.trim().to_string(),
        client_safe: safe,
        page_width: options.paper.size().0,
        page_height: options.paper.size().1,
        sections: options.sections,
        cover: cover(options, account, today),
        summary: summary(
            input,
            safe,
            client_safe::economics_shown(safe, options.client_safe_economics),
            &metrics,
            &findings,
            &goals,
            &names,
            next_due,
        ),
        map,
        stakeholders: stakeholder_rows(snapshot, today, safe, &names),
        team: team_rows(snapshot),
        coverage: coverage(snapshot, safe, &names),
        whitespace: whitespace(
            snapshot,
            client_safe::economics_shown(safe, options.client_safe_economics),
            &names,
        ),
        findings: findings.iter().map(|f| finding_row(f)).collect(),
        notes: plan::note_rows(snapshot, safe, &names),
        goals: goals.iter().map(|g| goal_row(g, &names)).collect(),
        initiatives: initiatives(snapshot, today, safe, &names, &hidden_goals),
        interactions: interactions(snapshot, today, safe, &names, &metrics.interaction_mix),
        reviews: reviews(input, safe, &hidden_goals, next_due),
        guide: guide_steps(),
    }
}

/// One step of the guide as the appendix prints it: "1 Understand", its purpose and questions.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GuideStep {
    pub title: String,
    pub purpose: &'static str,
    pub questions: &'static [&'static str],
}

fn guide_steps() -> Vec<GuideStep> {
    rapport_core::guide::GUIDE
        .iter()
        .enumerate()
        .map(|(i, g)| GuideStep {
            title: format!("{} {}", i + 1, g.step.label()),
            purpose: g.purpose,
            questions: g.questions,
        })
        .collect()
}

#[cfg(test)]
mod tests;
