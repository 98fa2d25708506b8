//! The demo's two smaller accounts, so the portfolio's revenue shares, lifecycle stages and
//! scores mean something.

use super::{at, days_before};
use crate::codec::new_id;
use crate::error::Result;
use crate::tables::{account_nps, accounts, stakeholders};
use chrono::NaiveDate;
use rapport_core::{
    Account, AccountId, ClientGoals, LifecycleStage, LifetimeValueInputs, NpsScore, ReferenceKind,
    Referenceability, Stakeholder, StakeholderId,
};

/// One of the smaller demo accounts.
pub(super) struct SmallAccount<'a> {
    pub name: &'a str,
    pub industry: &'a str,
    /// Free text, e.g. "2,400 employees".
    pub size: &'a str,
    pub revenue: f64,
    pub stage: LifecycleStage,
    pub lifetime_value: LifetimeValueInputs,
    /// (days ago, score 0–10)
    pub nps: &'a [(u64, u8)],
    pub willing_to: &'a [ReferenceKind],
    pub problem_solved: &'a str,
    /// (name, title), in one row on the map.
    pub people: &'a [(&'a str, &'a str)],
}

pub(super) fn write(
    tx: &rusqlite::Connection,
    today: NaiveDate,
    demo: &SmallAccount,
) -> Result<AccountId> {
    let account = Account {
        id: AccountId(new_id()),
        name: demo.name.into(),
        industry: demo.industry.into(),
        region: "Europe".into(),
        size: demo.size.into(),
        lifecycle_stage: demo.stage,
        annual_revenue: demo.revenue,
        currency: "EUR".into(),
        lifetime_value: demo.lifetime_value,
        strategy: String::new(),
        client_goals: ClientGoals::default(),
        relationship_word: String::new(),
        referenceability: Referenceability {
            willing_to: demo.willing_to.to_vec(),
            industry: demo.industry.into(),
            geography: "Europe".into(),
            size: demo.size.into(),
            problem_solved: demo.problem_solved.into(),
        },
        created_on: days_before(today, 200),
    };
    accounts::insert(tx, &account)?;
    for &(days, score) in demo.nps {
        let score = NpsScore {
            date: days_before(today, days),
            score,
        };
        account_nps::insert(tx, &account.id, &score)?;
    }
    for (i, (person, title)) in demo.people.iter().enumerate() {
        let s = Stakeholder {
            title: (*title).into(),
            placement: at(i as f64, 0.0),
            ..Stakeholder::named(StakeholderId(new_id()), *person)
        };
        stakeholders::insert(tx, &account.id, &s)?;
    }
    Ok(account.id)
}
