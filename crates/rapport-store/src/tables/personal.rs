//! `personal_dates` and `thank_yous`: the dates that matter to an account's people and the
//! thank-yous we owe them.

use super::{Table, Values};
use crate::codec::{word, word_in};
use crate::error::Result;
use rapport_core::rules::{normalise_personal_date, normalise_thank_you};
use rapport_core::{AccountId, PersonalDate, PersonalDateId, StakeholderId, ThankYou, ThankYouId};
use rusqlite::Connection;

pub(crate) const DATES: Table = Table {
    name: "personal_dates",
    columns: &[
        "id",
        "account_id",
        "stakeholder_id",
        "label",
        "date",
        "yearly",
    ],
};

pub(crate) const THANK_YOUS: Table = Table {
    name: "thank_yous",
    columns: &[
        "id",
        "account_id",
        "stakeholder_id",
        "reason",
        "text",
        "due",
        "done",
    ],
};

fn date_values(account: &AccountId, d: &PersonalDate) -> Values {
    let d = normalise_personal_date(d);
    Values::default()
        .with("id", d.id.0)
        .with("account_id", account.0.clone())
        .with("stakeholder_id", d.stakeholder.0)
        .with("label", d.label)
        .with("date", d.date)
        .with("yearly", d.yearly)
}

fn thank_you_values(account: &AccountId, t: &ThankYou) -> Values {
    let t = normalise_thank_you(t);
    Values::default()
        .with("id", t.id.0)
        .with("account_id", account.0.clone())
        .with("stakeholder_id", t.stakeholder.0)
        .with("reason", word(&t.reason))
        .with("text", t.text)
        .with("due", t.due)
        .with("done", t.done)
}

pub(crate) fn insert_date(conn: &Connection, account: &AccountId, d: &PersonalDate) -> Result<()> {
    DATES.insert(conn, &date_values(account, d))
}

/// Writes a date's person, label, day and recurrence; returns how many rows matched.
pub(crate) fn update_date(
    conn: &Connection,
    account: &AccountId,
    d: &PersonalDate,
) -> Result<usize> {
    DATES.update(
        conn,
        &["stakeholder_id", "label", "date", "yearly"],
        &["id", "account_id"],
        &date_values(account, d),
    )
}

pub(crate) fn delete_date(
    conn: &Connection,
    account: &AccountId,
    id: &PersonalDateId,
) -> Result<usize> {
    DATES.delete(conn, account, id.as_str())
}

pub(crate) fn load_dates(conn: &Connection, account: &AccountId) -> Result<Vec<PersonalDate>> {
    let mut stmt = conn.prepare(&DATES.select("WHERE account_id = ?1 ORDER BY date, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(PersonalDate {
            id: PersonalDateId(r.get("id")?),
            stakeholder: StakeholderId(r.get("stakeholder_id")?),
            label: r.get("label")?,
            date: r.get("date")?,
            yearly: r.get("yearly")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn insert_thank_you(conn: &Connection, account: &AccountId, t: &ThankYou) -> Result<()> {
    THANK_YOUS.insert(conn, &thank_you_values(account, t))
}

/// Writes every field of a thank-you; returns how many rows matched.
pub(crate) fn update_thank_you(
    conn: &Connection,
    account: &AccountId,
    t: &ThankYou,
) -> Result<usize> {
    THANK_YOUS.update(
        conn,
        &["stakeholder_id", "reason", "text", "due", "done"],
        &["id", "account_id"],
        &thank_you_values(account, t),
    )
}

pub(crate) fn delete_thank_you(
    conn: &Connection,
    account: &AccountId,
    id: &ThankYouId,
) -> Result<usize> {
    THANK_YOUS.delete(conn, account, id.as_str())
}

pub(crate) fn load_thank_yous(conn: &Connection, account: &AccountId) -> Result<Vec<ThankYou>> {
    let mut stmt = conn.prepare(&THANK_YOUS.select("WHERE account_id = ?1 ORDER BY due, id"))?;
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok(ThankYou {
            id: ThankYouId(r.get("id")?),
            stakeholder: StakeholderId(r.get("stakeholder_id")?),
            reason: word_in(r, "reason")?,
            text: r.get("text")?,
            due: r.get("due")?,
            done: r.get("done")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
