//! `accounts`: the client companies.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::{Error, Result};
use chrono::NaiveDateTime;
use rapport_core::rules::normalise_account;
use rapport_core::{Account, AccountId, ClientGoals, LifetimeValueInputs};
use rusqlite::{Connection, OptionalExtension, Row, params};

pub(crate) const TABLE: Table = Table {
    name: "accounts",
    columns: &[
        "id",
        "name",
        "industry",
        "region",
        "size",
        "lifecycle_stage",
        "annual_revenue",
        "currency",
        "average_deal_size",
        "purchases_per_year",
        "expected_tenure_years",
        "gross_margin",
        "strategy",
        "goals_3m",
        "goals_6m",
        "goals_12m",
        "goals_18m",
        "relationship_word",
        "referenceability",
        "created_on",
        "last_opened_at",
    ],
};

/// What Understand and Analyse edit about the account as a whole.
const PLAN: &[&str] = &[
    "relationship_word",
    "strategy",
    "goals_3m",
    "goals_6m",
    "goals_12m",
    "goals_18m",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: AccountId(r.get("id")?),
        name: r.get("name")?,
        industry: r.get("industry")?,
        region: r.get("region")?,
        size: r.get("size")?,
        lifecycle_stage: word_in(r, "lifecycle_stage")?,
        annual_revenue: r.get("annual_revenue")?,
        currency: r.get("currency")?,
        lifetime_value: LifetimeValueInputs {
            average_deal_size: r.get("average_deal_size")?,
            purchases_per_year: r.get("purchases_per_year")?,
            expected_tenure_years: r.get("expected_tenure_years")?,
            gross_margin: r.get("gross_margin")?,
        },
        strategy: r.get("strategy")?,
        client_goals: ClientGoals {
            months3: r.get("goals_3m")?,
            months6: r.get("goals_6m")?,
            months12: r.get("goals_12m")?,
            months18: r.get("goals_18m")?,
        },
        relationship_word: r.get("relationship_word")?,
        referenceability: word_in(r, "referenceability")?,
        created_on: r.get("created_on")?,
    })
}

/// Every column the domain value holds (not `last_opened_at`, which only opening sets).
fn values(a: &Account) -> Values {
    let a = normalise_account(a);
    Values::default()
        .with("id", a.id.0)
        .with("name", a.name)
        .with("industry", a.industry)
        .with("region", a.region)
        .with("size", a.size)
        .with("lifecycle_stage", word(&a.lifecycle_stage))
        .with("annual_revenue", a.annual_revenue)
        .with("currency", a.currency)
        .with("average_deal_size", a.lifetime_value.average_deal_size)
        .with("purchases_per_year", a.lifetime_value.purchases_per_year)
        .with(
            "expected_tenure_years",
            a.lifetime_value.expected_tenure_years,
        )
        .with("gross_margin", a.lifetime_value.gross_margin)
        .with("strategy", a.strategy)
        .with("goals_3m", a.client_goals.months3)
        .with("goals_6m", a.client_goals.months6)
        .with("goals_12m", a.client_goals.months12)
        .with("goals_18m", a.client_goals.months18)
        .with("relationship_word", a.relationship_word)
        .with("referenceability", word(&a.referenceability))
        .with("created_on", a.created_on)
}

pub(crate) fn insert(conn: &Connection, a: &Account) -> Result<()> {
    TABLE.insert(conn, &values(a))
}

/// Writes the plan fields of `a` (relationship word, strategy, client goals).
pub(crate) fn update_plan(conn: &Connection, a: &Account) -> Result<()> {
    TABLE.update(conn, PLAN, &["id"], &values(a))?;
    Ok(())
}

pub(crate) fn no_account() -> Error {
    Error::not_found("This account no longer exists in the workspace.")
}

/// Refuses an edit of an account that is not (any more) in the workspace.
pub(crate) fn require(conn: &Connection, id: &AccountId) -> Result<()> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ?1)",
        [id.as_str()],
        |r| r.get(0),
    )?;
    if exists { Ok(()) } else { Err(no_account()) }
}

pub(crate) fn load(conn: &Connection, id: &AccountId) -> Result<Account> {
    conn.prepare_cached(&TABLE.select("WHERE id = ?1"))?
        .query_row([id.as_str()], from_row)
        .optional()?
        .ok_or_else(no_account)
}

/// An account with when it was last opened, for the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub account: Account,
    pub last_opened_at: Option<NaiveDateTime>,
}

/// Every account, most recently opened first, then by name.
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<Listed>> {
    let sql = TABLE.select("ORDER BY last_opened_at IS NULL, last_opened_at DESC, name");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(Listed {
            account: from_row(r)?,
            last_opened_at: r.get("last_opened_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The account called `name`, ignoring case and surrounding blanks.
pub(crate) fn id_by_name(conn: &Connection, name: &str) -> Result<Option<AccountId>> {
    Ok(conn
        .query_row(
            "SELECT id FROM accounts WHERE name = ?1 COLLATE NOCASE",
            [name.trim()],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .map(AccountId))
}

/// Whether an account has this id, or this name in any case.
pub(crate) fn name_or_id_taken(conn: &Connection, name: &str, id: &AccountId) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE name = ?1 COLLATE NOCASE OR id = ?2)",
        [name, id.as_str()],
        |r| r.get(0),
    )?)
}

pub(crate) fn mark_opened(conn: &Connection, id: &AccountId, now: NaiveDateTime) -> Result<()> {
    let changed = conn.execute(
        "UPDATE accounts SET last_opened_at = ?2 WHERE id = ?1",
        params![id.as_str(), now],
    )?;
    if changed == 0 {
        return Err(no_account());
    }
    Ok(())
}

pub(crate) fn count(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))?)
}
