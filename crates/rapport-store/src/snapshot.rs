//! Loading one account as an [`AccountSnapshot`]: one query per table (children grouped in
//! memory), so a 1,000-person map loads in one pass rather than a query per person.

use crate::error::Result;
use crate::tables::{
    account_nps, accounts, coverage, goals, initiatives, interactions, notes, personal, relations,
    reports_to, stakeholders, team, whitespace,
};
use rapport_core::{AccountId, AccountSnapshot};
use rusqlite::Connection;

pub(crate) fn load_snapshot(conn: &Connection, id: &AccountId) -> Result<AccountSnapshot> {
    Ok(AccountSnapshot {
        account: accounts::load(conn, id)?,
        nps_history: account_nps::load(conn, id)?,
        stakeholders: stakeholders::load(conn, id)?,
        team: team::load(conn, id)?,
        reports_to: reports_to::load(conn, id)?,
        coverage: coverage::load(conn, id)?,
        relations: relations::load(conn, id)?,
        goals: goals::load(conn, id)?,
        initiatives: initiatives::load(conn, id)?,
        interactions: interactions::load(conn, id)?,
        notes: notes::load(conn, id)?,
        offerings: whitespace::load_offerings(conn)?,
        needs: whitespace::load_needs(conn, id)?,
        whitespace: whitespace::load_cells(conn, id)?,
        personal_dates: personal::load_dates(conn, id)?,
        thank_yous: personal::load_thank_yous(conn, id)?,
    })
}
