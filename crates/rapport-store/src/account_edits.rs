//! The accounts of the portfolio as a whole — create, rename, archive, delete — and each
//! account's profile and economics with its dated recommendation scores.
//!
//! Creating, renaming, archiving and deleting are steps of the workspace's history (the
//! portfolio's undo); the profile and the scores are steps of the account's own history, like
//! every other edit inside it. Every field is checked by core's rules before anything is
//! written, so a refused edit leaves the workspace and both histories as they were.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::history::HistoryScope;
use crate::tables::{account_nps, accounts};
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    Account, AccountId, LifecycleStage, LifetimeValueInputs, NpsScore, Referenceability, rules,
};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use specta::Type;

/// What the New account dialog (and `rapport new-account`) sends; only the name is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NewAccount {
    pub name: String,
    pub industry: String,
    pub region: String,
    /// Free text such as "1,000–5,000 employees".
    pub size: String,
    /// The three-letter code; empty takes EUR.
    pub currency: String,
    pub annual_revenue: f64,
}

impl NewAccount {
    /// An account with only a name.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            industry: String::new(),
            region: String::new(),
            size: String::new(),
            currency: String::new(),
            annual_revenue: 0.0,
        }
    }
}

/// The currency of an account created without one.
pub const DEFAULT_CURRENCY: &str = "EUR";

/// What the profile and economics panel edits (the name is the portfolio's: see
/// [`Workspace::rename_account`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountProfile {
    pub industry: String,
    pub region: String,
    pub size: String,
    pub currency: String,
    pub annual_revenue: f64,
    pub lifecycle_stage: LifecycleStage,
    pub lifetime_value: LifetimeValueInputs,
    pub referenceability: Referenceability,
}

impl AccountProfile {
    pub fn of(a: &Account) -> Self {
        Self {
            industry: a.industry.clone(),
            region: a.region.clone(),
            size: a.size.clone(),
            currency: a.currency.clone(),
            annual_revenue: a.annual_revenue,
            lifecycle_stage: a.lifecycle_stage,
            lifetime_value: a.lifetime_value,
            referenceability: a.referenceability.clone(),
        }
    }

    fn applied_to(&self, a: &Account) -> Account {
        Account {
            industry: self.industry.clone(),
            region: self.region.clone(),
            size: self.size.clone(),
            currency: self.currency.clone(),
            annual_revenue: self.annual_revenue,
            lifecycle_stage: self.lifecycle_stage,
            lifetime_value: self.lifetime_value,
            referenceability: self.referenceability.clone(),
            ..a.clone()
        }
    }
}

/// What goes with an account when it is deleted, for the question before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountContents {
    pub name: String,
    pub people: u32,
    /// Reporting, coverage, influence and conflict lines.
    pub lines: u32,
    pub goals: u32,
    pub initiatives: u32,
    pub interactions: u32,
    pub reviews: u32,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn refuse_taken_name(conn: &Connection, name: &str, id: &AccountId) -> Result<()> {
    if let Some(taken) = accounts::other_named(conn, name, id)? {
        return Err(Error::validation(
            "name",
            format!("Another account is already called “{taken}”: choose another name."),
        ));
    }
    Ok(())
}

/// Checks a new account and writes it inside an edit that is already running, so an import can
/// create the account and fill it in one step of the workspace's history.
pub(crate) fn insert_new_account(
    tx: &Connection,
    draft: &NewAccount,
    today: NaiveDate,
) -> Result<Account> {
    let currency = if draft.currency.trim().is_empty() {
        DEFAULT_CURRENCY.to_owned()
    } else {
        draft.currency.clone()
    };
    let account = rules::normalise_account(&Account {
        industry: draft.industry.clone(),
        region: draft.region.clone(),
        size: draft.size.clone(),
        currency,
        annual_revenue: draft.annual_revenue,
        ..Account::named(AccountId(new_id()), draft.name.clone(), today)
    });
    rules::check_account(&account)?;
    refuse_taken_name(tx, &account.name, &account.id)?;
    accounts::insert(tx, &account)?;
    Ok(account)
}

impl Workspace {
    fn account(&self, id: &AccountId) -> Result<Account> {
        accounts::load(&self.conn, id)
    }

    /// Creates an account on an empty map; one step of the workspace's history (undo removes
    /// it). Refuses an empty or taken name and every bad profile field, writing nothing.
    pub fn create_account(&mut self, draft: &NewAccount, today: NaiveDate) -> Result<AccountId> {
        let name = rules::normalise_line(&draft.name);
        // Checked before the edit starts too, so a refusal leaves no trace at all.
        rules::check_account_name(&name)?;
        let label = format!("Create account “{name}”");
        let account = self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            insert_new_account(tx, draft, today)
        })?;
        Ok(account.id)
    }

    /// Renames an account; a step of the workspace's history.
    pub fn rename_account(&mut self, id: &AccountId, name: &str) -> Result<()> {
        let before = self.account(id)?;
        let after = rules::normalise_account(&Account {
            name: name.to_owned(),
            ..before.clone()
        });
        rules::check_account_name(&after.name)?;
        refuse_taken_name(&self.conn, &after.name, id)?;
        if after.name == before.name {
            return Ok(());
        }
        let label = format!("Rename “{}” to “{}”", before.name, after.name);
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            accounts::update_name(tx, &after)
        })
    }

    /// Archives the account as of `today` (it leaves the portfolio's list and totals) or brings
    /// it back; a step of the workspace's history. Nothing is recorded when it already is so.
    pub fn set_archived(&mut self, id: &AccountId, archived: bool, today: NaiveDate) -> Result<()> {
        let name = self.account(id)?.name;
        let listed = accounts::load_all(&self.conn)?
            .into_iter()
            .find(|l| &l.account.id == id)
            .ok_or_else(|| Error::not_found("This account no longer exists in the workspace."))?;
        if listed.archived_on.is_some() == archived {
            return Ok(());
        }
        let (label, on) = if archived {
            (format!("Archive “{name}”"), Some(today))
        } else {
            (format!("Bring back “{name}”"), None)
        };
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            accounts::set_archived_on(tx, id, on)
        })
    }

    /// What goes with the account when it is deleted.
    pub fn account_contents(&self, id: &AccountId) -> Result<AccountContents> {
        let s = self.account_snapshot(id)?;
        Ok(AccountContents {
            name: s.account.name,
            people: count(s.stakeholders.len()),
            lines: count(s.reports_to.len() + s.coverage.len() + s.relations.len()),
            goals: count(s.goals.len()),
            initiatives: count(s.initiatives.len()),
            interactions: count(s.interactions.len()),
            reviews: count(self.reviews(id)?.len()),
        })
    }

    /// Deletes the account with everything in it (people, lines, goals, initiatives,
    /// interactions, reviews, scores). It is a step of the workspace's history, so the
    /// portfolio's undo brings it back whole; the account's own undo history goes with it.
    /// Callers keep a backup of the file first (`rapport_api`).
    pub fn delete_account(&mut self, id: &AccountId) -> Result<()> {
        let name = self.account(id)?.name;
        let label = format!("Delete account “{name}”");
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            accounts::delete(tx, id)
        })
    }

    /// Writes the account's profile and economics; a step of the account's history, named after
    /// what changed. Nothing is written when a field is refused, nor recorded when nothing
    /// changed.
    pub fn set_account_profile(&mut self, id: &AccountId, profile: &AccountProfile) -> Result<()> {
        let before = self.account(id)?;
        let after = rules::normalise_account(&profile.applied_to(&before));
        rules::check_account(&after)?;
        let label = profile_label(&before, &after);
        let Some(label) = label else {
            return Ok(());
        };
        self.edit_recorded(id, |tx| Ok((label, accounts::update_profile(tx, &after)?)))
    }

    /// Records the account's recommendation score (0–10) given on `date`, replacing that day's
    /// score if there was one; a step of the account's history.
    pub fn record_account_nps(
        &mut self,
        id: &AccountId,
        date: NaiveDate,
        score: i64,
        today: NaiveDate,
    ) -> Result<()> {
        self.account(id)?;
        rules::check_account_nps(score, date, today)?;
        let score = NpsScore {
            date,
            score: u8::try_from(score).unwrap_or(u8::MAX),
        };
        let label = format!("Record NPS {} on {}", score.score, date.format("%-d %b %Y"));
        self.edit_recorded(id, |tx| {
            if account_nps::update(tx, id, &score)? == 0 {
                account_nps::insert(tx, id, &score)?;
            }
            Ok((label, ()))
        })
    }

    /// Removes the account's score of one day; a step of the account's history.
    pub fn delete_account_nps(&mut self, id: &AccountId, date: NaiveDate) -> Result<()> {
        self.account(id)?;
        let label = format!("Remove the NPS of {}", date.format("%-d %b %Y"));
        self.edit_recorded(id, |tx| {
            if account_nps::delete(tx, id, date)? == 0 {
                return Err(Error::not_found("That score is no longer recorded."));
            }
            Ok((label, ()))
        })
    }
}

/// The lifetime-value inputs by their undo words: typed together, saved as one step.
const LIFETIME_VALUE_INPUTS: [&str; 4] = [
    "the average deal size",
    "the purchases a year",
    "the expected tenure",
    "the gross margin",
];

/// The undo label of a profile edit: the one field that changed, the lifetime-value inputs, or
/// the panel as a whole.
fn profile_label(before: &Account, after: &Account) -> Option<String> {
    let ltv = (&before.lifetime_value, &after.lifetime_value);
    let changed: Vec<&str> = [
        (before.industry != after.industry, "the industry"),
        (before.region != after.region, "the region"),
        (before.size != after.size, "the size"),
        (before.currency != after.currency, "the currency"),
        (before.annual_revenue != after.annual_revenue, "the revenue"),
        (
            before.lifecycle_stage != after.lifecycle_stage,
            "the lifecycle stage",
        ),
        (
            ltv.0.average_deal_size != ltv.1.average_deal_size,
            "the average deal size",
        ),
        (
            ltv.0.purchases_per_year != ltv.1.purchases_per_year,
            "the purchases a year",
        ),
        (
            ltv.0.expected_tenure_years != ltv.1.expected_tenure_years,
            "the expected tenure",
        ),
        (ltv.0.gross_margin != ltv.1.gross_margin, "the gross margin"),
        (
            before.referenceability != after.referenceability,
            "the reference-ability",
        ),
    ]
    .into_iter()
    .filter_map(|(changed, what)| changed.then_some(what))
    .collect();
    let lifetime_value_only = changed
        .iter()
        .all(|what| LIFETIME_VALUE_INPUTS.contains(what));
    match changed.as_slice() {
        [] => None,
        [one] => Some(format!("Set {one}")),
        _ if lifetime_value_only => Some("Set the lifetime-value inputs".to_owned()),
        _ => Some("Edit the account profile".to_owned()),
    }
}
