//! The portfolio: every account with what the home screen (and `rapport accounts`) shows about
//! it — revenue, its share and the cumulative share, lifetime value, NPS, health, lifecycle
//! stage, next review — filtered and sorted, with the revenue concentration of the whole.
//!
//! Shares and concentration are of the portfolio, not of what a filter shows: typing in the
//! search box must not make an account's share jump. Archived accounts leave the list, the
//! totals and the shares unless the query asks for them.

use crate::{Clock, Result};
use chrono::{NaiveDate, NaiveDateTime};
use rapport_core::{
    AccountId, Finding, LifecycleStage, LifetimeValue, NpsTrend, Severity, analyse, lifetime_value,
    next_review_due, nps_trend, revenue_concentration,
};
use rapport_store::{HistoryScope, HistoryState, Workspace};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

/// One row of the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountSummary {
    pub id: AccountId,
    pub name: String,
    pub industry: String,
    pub region: String,
    pub lifecycle_stage: LifecycleStage,
    pub annual_revenue: f64,
    pub currency: String,
    /// This account's share of the portfolio's revenue, 0–1.
    pub revenue_share: f64,
    /// This share plus every larger account's, 0–1: how much of the revenue the accounts down to
    /// this one hold.
    pub cumulative_share: f64,
    /// Revenue over the expected tenure (and as margin when one is set); `None` until the
    /// lifetime-value inputs are filled in.
    pub lifetime_value: Option<LifetimeValue>,
    /// The account's latest recommendation score (0–10) and its move from the one before.
    pub nps: NpsTrend,
    pub stakeholder_count: u32,
    pub last_review: Option<NaiveDate>,
    pub next_review_due: NaiveDate,
    pub review_overdue: bool,
    pub last_opened_at: Option<NaiveDateTime>,
    /// The account's health: how many findings of each severity its map shows today.
    pub findings: FindingCounts,
    /// Since when the account is archived; `None` while it is in the portfolio.
    pub archived_on: Option<NaiveDate>,
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Type)]
pub struct FindingCounts {
    pub high: u32,
    pub medium: u32,
    pub low: u32,
}

impl FindingCounts {
    pub fn of(findings: &[Finding]) -> Self {
        let mut counts = Self::default();
        for f in findings {
            match f.severity {
                Severity::High => counts.high += 1,
                Severity::Medium => counts.medium += 1,
                Severity::Low => counts.low += 1,
            }
        }
        counts
    }

    /// Worst first: more high findings, then more medium, then more low.
    fn severity_order(self) -> (u32, u32, u32) {
        (self.high, self.medium, self.low)
    }
}

/// A column the portfolio sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum PortfolioColumn {
    Name,
    Industry,
    #[default]
    Revenue,
    /// The same order as revenue: a share is revenue over one total.
    Share,
    LifetimeValue,
    Nps,
    /// Worst first when descending.
    Health,
    Lifecycle,
    NextReview,
    LastOpened,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioSort {
    pub column: PortfolioColumn,
    pub descending: bool,
}

impl Default for PortfolioSort {
    /// Largest revenue first, the order of the concentration curve.
    fn default() -> Self {
        Self {
            column: PortfolioColumn::Revenue,
            descending: true,
        }
    }
}

/// What the home screen asks for: which accounts, in which order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioQuery {
    /// Archived accounts too, in the list and the totals.
    pub include_archived: bool,
    /// Words in the name, industry or region, in any case; empty shows all.
    pub text: String,
    /// Only this industry (in any case); `None` shows all.
    pub industry: Option<String>,
    pub lifecycle_stage: Option<LifecycleStage>,
    pub sort: PortfolioSort,
}

/// The home screen: the accounts the query asks for, and the portfolio as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    pub accounts: Vec<AccountSummary>,
    /// Accounts counted in the totals (archived ones only when asked for) and archived ones.
    pub counted: u32,
    pub archived: u32,
    pub total_revenue: f64,
    /// The currencies of the counted accounts, most used first. More than one means the totals
    /// add amounts in different currencies as written (no exchange rates are kept).
    pub currencies: Vec<String>,
    /// How much of the revenue the 10 and the 20 largest accounts hold, 0–1.
    pub top10_share: f64,
    pub top20_share: f64,
    /// The cumulative share by rank, largest account first: the concentration curve.
    pub curve: Vec<f64>,
    /// Every industry named in the workspace, for the filter.
    pub industries: Vec<String>,
    /// What the portfolio's undo and redo would do.
    pub history: HistoryState,
}

fn summaries(ws: &Workspace, clock: &dyn Clock) -> Result<Vec<AccountSummary>> {
    let today = clock.today();
    let mut rows = Vec::new();
    for listed in ws.account_listing()? {
        let snapshot = ws.account_snapshot(&listed.account.id)?;
        let account = &snapshot.account;
        let last_review = ws.last_review_date(&account.id)?;
        let due = next_review_due(last_review, account.created_on);
        let ltv = lifetime_value(&account.lifetime_value);
        rows.push(AccountSummary {
            id: account.id.clone(),
            name: account.name.clone(),
            industry: account.industry.clone(),
            region: account.region.clone(),
            lifecycle_stage: account.lifecycle_stage,
            annual_revenue: account.annual_revenue,
            currency: account.currency.clone(),
            revenue_share: 0.0,
            cumulative_share: 0.0,
            lifetime_value: (ltv.revenue > 0.0).then_some(ltv),
            nps: nps_trend(&snapshot.nps_history),
            stakeholder_count: u32::try_from(snapshot.stakeholders.len()).unwrap_or(u32::MAX),
            last_review,
            next_review_due: due,
            review_overdue: due < today,
            last_opened_at: listed.last_opened_at,
            findings: FindingCounts::of(&analyse(&snapshot, today)),
            archived_on: listed.archived_on,
        });
    }
    Ok(rows)
}

fn matches(row: &AccountSummary, query: &PortfolioQuery) -> bool {
    let text = query.text.trim().to_lowercase();
    let words_match = text.split_whitespace().all(|word| {
        [&row.name, &row.industry, &row.region]
            .iter()
            .any(|field| field.to_lowercase().contains(word))
    });
    let industry_matches = query
        .industry
        .as_ref()
        .is_none_or(|i| i.trim().eq_ignore_ascii_case(row.industry.trim()));
    let stage_matches = query
        .lifecycle_stage
        .is_none_or(|stage| stage == row.lifecycle_stage);
    words_match && industry_matches && stage_matches
}

/// `None` sorts after every value, whichever the direction.
fn some_first<T: PartialOrd>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            let o = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
            if descending { o.reverse() } else { o }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Orders two rows by the sort's column (ties by name, then id, so the order never flickers).
fn compare(a: &AccountSummary, b: &AccountSummary, sort: PortfolioSort) -> Ordering {
    use PortfolioColumn as C;
    let d = sort.descending;
    let directed = |o: Ordering| if d { o.reverse() } else { o };
    let text = |x: &str, y: &str| directed(x.to_lowercase().cmp(&y.to_lowercase()));
    let by_column = match sort.column {
        C::Name => text(&a.name, &b.name),
        C::Industry => some_first(
            (!a.industry.is_empty()).then(|| a.industry.to_lowercase()),
            (!b.industry.is_empty()).then(|| b.industry.to_lowercase()),
            d,
        ),
        C::Revenue | C::Share => directed(a.annual_revenue.total_cmp(&b.annual_revenue)),
        C::LifetimeValue => some_first(
            a.lifetime_value.map(|l| l.revenue),
            b.lifetime_value.map(|l| l.revenue),
            d,
        ),
        C::Nps => some_first(
            a.nps.latest.map(|s| s.score),
            b.nps.latest.map(|s| s.score),
            d,
        ),
        C::Health => directed(
            a.findings
                .severity_order()
                .cmp(&b.findings.severity_order()),
        ),
        C::Lifecycle => directed(stage_rank(a.lifecycle_stage).cmp(&stage_rank(b.lifecycle_stage))),
        C::NextReview => directed(a.next_review_due.cmp(&b.next_review_due)),
        C::LastOpened => some_first(a.last_opened_at, b.last_opened_at, d),
    };
    by_column
        .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        .then_with(|| a.id.cmp(&b.id))
}

fn stage_rank(stage: LifecycleStage) -> usize {
    LifecycleStage::ALL
        .iter()
        .position(|&s| s == stage)
        .unwrap_or(usize::MAX)
}

/// The portfolio as the query asks for it, as of the clock's today.
pub fn portfolio(ws: &Workspace, clock: &dyn Clock, query: &PortfolioQuery) -> Result<Portfolio> {
    let mut rows = summaries(ws, clock)?;
    let archived = rows.iter().filter(|r| r.archived_on.is_some()).count();
    let industries: BTreeSet<String> = rows
        .iter()
        .map(|r| r.industry.trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect();
    rows.retain(|r| query.include_archived || r.archived_on.is_none());

    let revenues: Vec<_> = rows
        .iter()
        .map(|r| (r.id.clone(), r.annual_revenue))
        .collect();
    let concentration = revenue_concentration(&revenues, 10);
    let by_account: HashMap<_, _> = concentration
        .shares
        .iter()
        .map(|s| (s.account.clone(), (s.share, s.cumulative)))
        .collect();
    for row in &mut rows {
        (row.revenue_share, row.cumulative_share) =
            by_account.get(&row.id).copied().unwrap_or((0.0, 0.0));
    }
    let mut currencies: Vec<(String, usize)> = Vec::new();
    for row in &rows {
        match currencies.iter_mut().find(|(c, _)| *c == row.currency) {
            Some((_, n)) => *n += 1,
            None => currencies.push((row.currency.clone(), 1)),
        }
    }
    currencies.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let counted = rows.len();
    let total_revenue = rows
        .iter()
        .map(|r| r.annual_revenue)
        .filter(|r| r.is_finite() && *r > 0.0)
        .sum();
    rows.retain(|r| matches(r, query));
    rows.sort_by(|a, b| compare(a, b, query.sort));
    Ok(Portfolio {
        accounts: rows,
        counted: u32::try_from(counted).unwrap_or(u32::MAX),
        archived: u32::try_from(archived).unwrap_or(u32::MAX),
        total_revenue,
        currencies: currencies.into_iter().map(|(c, _)| c).collect(),
        top10_share: concentration.top(10),
        top20_share: concentration.top(20),
        curve: concentration.shares.iter().map(|s| s.cumulative).collect(),
        industries: industries.into_iter().collect(),
        history: ws.history_state(HistoryScope::Workspace)?,
    })
}

/// The portfolio's rows in its default order (largest revenue first), archived accounts only
/// when asked for: what `rapport accounts` prints.
pub fn list_accounts(
    ws: &Workspace,
    clock: &dyn Clock,
    include_archived: bool,
) -> Result<Vec<AccountSummary>> {
    let query = PortfolioQuery {
        include_archived,
        ..PortfolioQuery::default()
    };
    Ok(portfolio(ws, clock, &query)?.accounts)
}
