//! `accounts`: the client companies.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveDateTime};
use rapport_core::rules::normalise_account;
use rapport_core::{
    Account, AccountId, ClientGoals, LifetimeValueInputs, ReferenceKind, Referenceability,
};
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
        "reference_named",
        "reference_calls",
        "reference_case_study",
        "reference_industry",
        "reference_geography",
        "reference_size",
        "reference_problem",
        "created_on",
        "last_opened_at",
        "archived_on",
    ],
};

/// What the profile and economics panel edits.
const PROFILE: &[&str] = &[
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
    "reference_named",
    "reference_calls",
    "reference_case_study",
    "reference_industry",
    "reference_geography",
    "reference_size",
    "reference_problem",
];

/// What Understand and Analyse edit about the account as a whole.
const PLAN: &[&str] = &[
    "relationship_word",
    "strategy",
    "goals_3m",
    "goals_6m",
    "goals_12m",
    "goals_18m",
];

/// Each way of speaking for us has its own yes/no column.
const REFERENCE_KINDS: [(ReferenceKind, &str); 3] = [
    (ReferenceKind::NamedReference, "reference_named"),
    (ReferenceKind::ReferenceCall, "reference_calls"),
    (ReferenceKind::CaseStudy, "reference_case_study"),
];

fn referenceability_from(r: &Row<'_>) -> rusqlite::Result<Referenceability> {
    let mut willing_to = Vec::new();
    for (kind, column) in REFERENCE_KINDS {
        if r.get::<_, bool>(column)? {
            willing_to.push(kind);
        }
    }
    Ok(Referenceability {
        willing_to,
        industry: r.get("reference_industry")?,
        geography: r.get("reference_geography")?,
        size: r.get("reference_size")?,
        problem_solved: r.get("reference_problem")?,
    })
}

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
        referenceability: referenceability_from(r)?,
        created_on: r.get("created_on")?,
    })
}

/// Every column the domain value holds (not `last_opened_at`, which only opening sets, nor
/// `archived_on`, which only archiving does).
fn values(a: &Account) -> Values {
    let a = normalise_account(a);
    let r = &a.referenceability;
    let mut values = Values::default();
    for (kind, column) in REFERENCE_KINDS {
        values = values.with(column, r.is_willing(kind));
    }
    values
        .with("reference_industry", r.industry.clone())
        .with("reference_geography", r.geography.clone())
        .with("reference_size", r.size.clone())
        .with("reference_problem", r.problem_solved.clone())
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

/// Writes the profile and economics of `a` (industry … reference-ability).
pub(crate) fn update_profile(conn: &Connection, a: &Account) -> Result<()> {
    TABLE.update(conn, PROFILE, &["id"], &values(a))?;
    Ok(())
}

/// Writes the name of `a`.
pub(crate) fn update_name(conn: &Connection, a: &Account) -> Result<()> {
    TABLE.update(conn, &["name"], &["id"], &values(a))?;
    Ok(())
}

/// Archives the account as of `on`, or brings it back (`None`).
pub(crate) fn set_archived_on(
    conn: &Connection,
    id: &AccountId,
    on: Option<NaiveDate>,
) -> Result<()> {
    if conn.execute(
        "UPDATE accounts SET archived_on = ?2 WHERE id = ?1",
        params![id.as_str(), on],
    )? == 0
    {
        return Err(no_account());
    }
    Ok(())
}

/// Deletes the account; everything in it goes with it (`ON DELETE CASCADE`).
pub(crate) fn delete(conn: &Connection, id: &AccountId) -> Result<()> {
    if conn.execute("DELETE FROM accounts WHERE id = ?1", [id.as_str()])? == 0 {
        return Err(no_account());
    }
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

/// An account with when it was last opened and whether it is archived, for the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub account: Account,
    pub last_opened_at: Option<NaiveDateTime>,
    /// Since when the account is archived; `None` while it is in the portfolio.
    pub archived_on: Option<NaiveDate>,
}

/// Every account, most recently opened first, then by name.
pub(crate) fn load_all(conn: &Connection) -> Result<Vec<Listed>> {
    let sql = TABLE.select("ORDER BY last_opened_at IS NULL, last_opened_at DESC, name");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(Listed {
            account: from_row(r)?,
            last_opened_at: r.get("last_opened_at")?,
            archived_on: r.get("archived_on")?,
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

/// The name of the account other than `id` that is called `name` (in any case, blanks around
/// ignored), if there is one.
pub(crate) fn other_named(conn: &Connection, name: &str, id: &AccountId) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT name FROM accounts WHERE name = ?1 COLLATE NOCASE AND id <> ?2",
            [name.trim(), id.as_str()],
            |r| r.get(0),
        )
        .optional()?)
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
