//! The portfolio: every account with what the home screen shows about it.

use crate::error::{Error, Result};
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
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.name, a.industry, a.annual_revenue, a.currency, a.created_on,
                a.last_opened_at,
                (SELECT count(*) FROM stakeholders s WHERE s.account_id = a.id),
                (SELECT max(r.date) FROM reviews r WHERE r.account_id = a.id)
             FROM accounts a
             ORDER BY a.last_opened_at IS NULL, a.last_opened_at DESC, a.name",
        )?;
        let mut rows = stmt
            .query_map([], |r| {
                let created: NaiveDate = r.get(5)?;
                let last_review: Option<NaiveDate> = r.get(8)?;
                let due = next_review_due(last_review, created);
                Ok(AccountSummary {
                    id: AccountId(r.get(0)?),
                    name: r.get(1)?,
                    industry: r.get(2)?,
                    annual_revenue: r.get(3)?,
                    currency: r.get(4)?,
                    revenue_share: 0.0,
                    last_opened_at: r.get(6)?,
                    stakeholder_count: r.get(7)?,
                    last_review,
                    next_review_due: due,
                    review_overdue: due < today,
                    findings: FindingCounts::default(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for row in &mut rows {
            let snapshot = crate::read::load_snapshot(&self.conn, &row.id)?;
            row.findings = FindingCounts::of(&analyse(&snapshot, today));
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
        self.conn
            .query_row(
                "SELECT id FROM accounts WHERE name = ?1 COLLATE NOCASE",
                [name.trim()],
                |r| r.get::<_, String>(0),
            )
            .map(AccountId)
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!(
                    "No account is called \"{}\" in this workspace.",
                    name.trim()
                )),
                other => other.into(),
            })
    }

    /// The whole account, as analysis, the editor and the report read it.
    pub fn account_snapshot(&self, id: &AccountId) -> Result<rapport_core::AccountSnapshot> {
        crate::read::load_snapshot(&self.conn, id)
    }

    /// Remembers when an account was last opened, for the home screen's order.
    pub fn mark_opened(&mut self, id: &AccountId, now: NaiveDateTime) -> Result<()> {
        self.edit(|tx| {
            let changed = tx.execute(
                "UPDATE accounts SET last_opened_at = ?2 WHERE id = ?1",
                rusqlite::params![id.as_str(), now],
            )?;
            if changed == 0 {
                return Err(Error::not_found(
                    "This account no longer exists in the workspace.",
                ));
            }
            Ok(())
        })
    }

    /// True when the workspace holds no account yet (a first run).
    pub fn is_empty(&self) -> Result<bool> {
        let n: u32 = self
            .conn
            .query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?;
        Ok(n == 0)
    }
}
