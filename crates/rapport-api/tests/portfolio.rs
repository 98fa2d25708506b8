//! The portfolio through the API: every account with its health, revenue share and order.

use chrono::NaiveDate;
use rapport_api::SystemClock;
use rapport_api::accounts::list_accounts;
use rapport_core::{AccountId, analyse};
use rapport_store::{DEMO_ACCOUNT, Error, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

#[test]
fn the_portfolio_shows_each_accounts_health() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    ws.create_demo(today()).expect("demo");
    let rows = list_accounts(&ws, &clock()).expect("rows");
    let helios = rows
        .iter()
        .find(|r| r.name == "Helios Freight")
        .expect("helios");
    // Raj Patel: budget holder known only as "aware"; Tom Fischer: blocker with influence 4.
    assert!(helios.findings.high >= 2, "{:?}", helios.findings);
    let id = ws.account_id_by_name("Helios Freight").expect("id");
    let snap = ws.account_snapshot(&id).expect("loads");
    let total = helios.findings.high + helios.findings.medium + helios.findings.low;
    assert_eq!(total as usize, analyse(&snap, today()).len());
}

#[test]
fn portfolio_lists_demo_accounts_with_revenue_shares_summing_to_one() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    assert!(ws.is_empty().expect("count"));
    ws.create_demo(today()).expect("demo");
    assert!(!ws.is_empty().expect("count"));
    let rows = list_accounts(&ws, &clock()).expect("summaries");
    assert_eq!(rows.len(), 3);
    let total: f64 = rows.iter().map(|r| r.revenue_share).sum();
    assert!((total - 1.0).abs() < 1e-9, "{total}");
    let helios = rows
        .iter()
        .find(|r| r.name == DEMO_ACCOUNT)
        .expect("helios listed");
    assert_eq!(helios.stakeholder_count, 17);
    // Created 400 days ago and never reviewed: the quarterly review is overdue.
    assert!(helios.review_overdue);
}

#[test]
fn opening_an_account_is_remembered_and_orders_the_portfolio() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    ws.create_demo(today()).expect("demo");
    let atlas = ws.account_id_by_name("Atlas Retail Group").expect("atlas");
    let now = today().and_hms_opt(9, 30, 0).expect("time");
    ws.mark_opened(&atlas, now).expect("marked");
    let rows = list_accounts(&ws, &clock()).expect("rows");
    assert_eq!(rows[0].name, "Atlas Retail Group");
    assert_eq!(rows[0].last_opened_at, Some(now));
    let gone = AccountId::from("no-such-account");
    assert!(matches!(
        ws.mark_opened(&gone, now),
        Err(Error::NotFound { .. })
    ));
}
