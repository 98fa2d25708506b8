//! The demo's two smaller accounts, so the portfolio's revenue shares mean something.

use super::{at, days_before};
use crate::codec::new_id;
use crate::error::Result;
use crate::tables::{accounts, stakeholders};
use chrono::NaiveDate;
use rapport_core::{
    Account, AccountId, ClientGoals, LifecycleStage, LifetimeValueInputs, Referenceability,
    Stakeholder, StakeholderId,
};

/// An account in its purchase stage with a few people in one row.
pub(super) fn write(
    tx: &rusqlite::Connection,
    today: NaiveDate,
    name: &str,
    industry: &str,
    revenue: f64,
    people: &[(&str, &str)],
) -> Result<()> {
    let account = Account {
        id: AccountId(new_id()),
        name: name.into(),
        industry: industry.into(),
        region: "Europe".into(),
        size: String::new(),
        lifecycle_stage: LifecycleStage::Purchase,
        annual_revenue: revenue,
        currency: "EUR".into(),
        lifetime_value: LifetimeValueInputs::default(),
        strategy: String::new(),
        client_goals: ClientGoals::default(),
        relationship_word: String::new(),
        referenceability: Referenceability::Unknown,
        created_on: days_before(today, 200),
    };
    accounts::insert(tx, &account)?;
    for (i, (person, title)) in people.iter().enumerate() {
        let s = Stakeholder {
            title: (*title).into(),
            placement: at(i as f64, 0.0),
            ..Stakeholder::named(StakeholderId(new_id()), *person)
        };
        stakeholders::insert(tx, &account.id, &s)?;
    }
    Ok(())
}
