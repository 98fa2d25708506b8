//! The portfolio: every account with what the home screen shows about it.

use crate::error::{Error, Result};
use crate::tables::{accounts, reviews, stakeholders};
use crate::workspace::Workspace;
use chrono::{NaiveDate, NaiveDateTime};
use rapport_core::{AccountId, Severity, analyse, next_review_due, revenue_concentration};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Type)]
pub struct FindingCounts {
    pub high: u32,
    pub medium: u32,
    pub low: u32,
}

impl FindingCounts {
    pub fn of(findings: &[rapport_core::Finding]) -> Self {
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

impl Workspace {
    /// Every account, most recently opened first, then by name.
    pub fn account_summaries(&self, today: NaiveDate) -> Result<Vec<AccountSummary>> {
        let mut rows = Vec::new();
        for listed in accounts::load_all(&self.conn)? {
            let a = listed.account;
            let last_review = reviews::latest_date(&self.conn, &a.id)?;
            let due = next_review_due(last_review, a.created_on);
            let snapshot = crate::snapshot::load_snapshot(&self.conn, &a.id)?;
            rows.push(AccountSummary {
                stakeholder_count: stakeholders::count(&self.conn, &a.id)?,
                findings: FindingCounts::of(&analyse(&snapshot, today)),
                id: a.id,
                name: a.name,
                industry: a.industry,
                annual_revenue: a.annual_revenue,
                currency: a.currency,
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

    /// Finds an account by its name, ignoring case (the CLI's `--account NAME`).
    pub fn account_id_by_name(&self, name: &str) -> Result<AccountId> {
        accounts::id_by_name(&self.conn, name)?.ok_or_else(|| {
            Error::not_found(format!(
                "No account is called \"{}\" in this workspace.",
                name.trim()
            ))
        })
    }

    /// The whole account, as analysis, the editor and the report read it.
    pub fn account_snapshot(&self, id: &AccountId) -> Result<rapport_core::AccountSnapshot> {
        crate::snapshot::load_snapshot(&self.conn, id)
    }

    /// Remembers when an account was last opened, for the home screen's order.
    pub fn mark_opened(&mut self, id: &AccountId, now: NaiveDateTime) -> Result<()> {
        self.edit(|tx| accounts::mark_opened(tx, id, now))
    }

    /// True when the workspace holds no account yet (a first run).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(accounts::count(&self.conn)? == 0)
    }
}
