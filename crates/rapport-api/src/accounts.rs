//! The portfolio and opening one account.

use crate::{Clock, Result};
use chrono::{NaiveDate, NaiveDateTime};
use rapport_core::{
    AccountId, AccountSnapshot, Finding, Severity, analyse, next_review_due, revenue_concentration,
};
use rapport_store::Workspace;
use serde::Serialize;
use specta::Type;
use std::collections::HashMap;

/// One row of the home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountSummary {
    pub id: AccountId,
    pub name: String,
    pub industry: String,
    pub annual_revenue: f64,
    pub currency: String,
    /// This account's share of the revenue of all accounts in the workspace, 0–1.
    pub revenue_share: f64,
    pub stakeholder_count: u32,
    pub last_review: Option<NaiveDate>,
    pub next_review_due: NaiveDate,
    pub review_overdue: bool,
    pub last_opened_at: Option<NaiveDateTime>,
    /// The account's health: how many findings of each severity its map shows today.
    pub findings: FindingCounts,
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
}

/// Every account with what the home screen shows about it, as of today: most recently opened
/// first, then by name.
pub fn list_accounts(ws: &Workspace, clock: &dyn Clock) -> Result<Vec<AccountSummary>> {
    let today = clock.today();
    let mut rows = Vec::new();
    for listed in ws.account_listing()? {
        let account = listed.account;
        let last_review = ws.last_review_date(&account.id)?;
        let due = next_review_due(last_review, account.created_on);
        let snapshot = ws.account_snapshot(&account.id)?;
        rows.push(AccountSummary {
            stakeholder_count: u32::try_from(snapshot.stakeholders.len()).unwrap_or(u32::MAX),
            findings: FindingCounts::of(&analyse(&snapshot, today)),
            id: account.id,
            name: account.name,
            industry: account.industry,
            annual_revenue: account.annual_revenue,
            currency: account.currency,
            revenue_share: 0.0,
            last_opened_at: listed.last_opened_at,
            last_review,
            next_review_due: due,
            review_overdue: due < today,
        });
    }
    let revenues: Vec<_> = rows
        .iter()
        .map(|r| (r.id.clone(), r.annual_revenue))
        .collect();
    let shares: HashMap<_, _> = revenue_concentration(&revenues, revenues.len())
        .shares
        .into_iter()
        .map(|s| (s.account, s.share))
        .collect();
    for row in &mut rows {
        row.revenue_share = shares.get(&row.id).copied().unwrap_or(0.0);
    }
    Ok(rows)
}

/// Opens an account: remembers when (for the home screen's order) and returns all of it.
pub fn open_account(
    ws: &mut Workspace,
    clock: &dyn Clock,
    account: &AccountId,
) -> Result<AccountSnapshot> {
    ws.mark_opened(account, clock.now())?;
    Ok(ws.account_snapshot(account)?)
}
