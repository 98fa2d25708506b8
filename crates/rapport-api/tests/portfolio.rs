//! The portfolio through the API: health, revenue shares and concentration, archived accounts,
//! filters and every sort key.

use chrono::{Days, NaiveDate};
use rapport_api::SystemClock;
use rapport_api::accounts::{
    Portfolio, PortfolioColumn, PortfolioQuery, PortfolioSort, list_accounts, portfolio,
};
use rapport_core::{AccountId, LifecycleStage, LifetimeValueInputs, analyse};
use rapport_store::{AccountProfile, DEMO_ACCOUNT, Error, NewAccount, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

fn demo() -> Workspace {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    ws.create_demo(today()).expect("demo");
    ws
}

fn names(p: &Portfolio) -> Vec<&str> {
    p.accounts.iter().map(|a| a.name.as_str()).collect()
}

fn query(f: impl FnOnce(&mut PortfolioQuery)) -> PortfolioQuery {
    let mut q = PortfolioQuery::default();
    f(&mut q);
    q
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_portfolio_shows_each_accounts_health() {
    let ws = demo();
    let rows = list_accounts(&ws, &clock(), false).expect("rows");
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
fn the_demo_portfolio_has_shares_summing_to_one_and_a_review_due_soon() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    assert!(ws.is_empty().expect("count"));
    ws.create_demo(today()).expect("demo");
    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert_eq!(
        names(&p),
        ["Nordlicht Energie", "Helios Freight", "Atlas Retail Group"],
        "largest revenue first"
    );
    let total: f64 = p.accounts.iter().map(|r| r.revenue_share).sum();
    assert!(close(total, 1.0), "{total}");
    assert!(close(p.total_revenue, 5_350_000.0));
    assert_eq!(p.currencies, ["EUR"]);
    let helios = &p.accounts[1];
    assert_eq!(helios.name, DEMO_ACCOUNT);
    assert_eq!(helios.stakeholder_count, 17);
    // Reviewed 80 days ago: the next review is due in 10 days, not overdue.
    assert_eq!(helios.last_review, today().checked_sub_days(Days::new(80)));
    assert_eq!(helios.next_review_due, day(2026, 12, 3));
    assert!(!helios.review_overdue);
    assert_eq!(helios.lifecycle_stage, LifecycleStage::Experience);
    let ltv = helios.lifetime_value.expect("estimated");
    assert!(close(ltv.revenue, 450_000.0 * 2.5 * 6.0));
    assert_eq!(helios.nps.latest.map(|s| s.score), Some(7));
    assert_eq!(helios.nps.change, Some(2));
    assert!(close(
        helios.cumulative_share,
        (2_600_000.0 + 1_800_000.0) / 5_350_000.0
    ));
    assert_eq!(p.industries, ["Energy", "Logistics", "Retail"]);
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn archived_accounts_leave_the_list_totals_and_shares_unless_asked_for() {
    let mut ws = demo();
    let helios = ws.account_id_by_name(DEMO_ACCOUNT).expect("id");
    ws.set_archived(&helios, true, today()).expect("archived");

    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert_eq!(names(&p), ["Nordlicht Energie", "Atlas Retail Group"]);
    assert_eq!((p.counted, p.archived), (2, 1));
    assert!(close(p.total_revenue, 3_550_000.0));
    assert!(close(
        p.accounts[0].revenue_share,
        2_600_000.0 / 3_550_000.0
    ));
    assert!(close(p.top10_share, 1.0));
    assert_eq!(p.curve.len(), 2);

    let all = portfolio(&ws, &clock(), &query(|q| q.include_archived = true)).expect("all");
    assert_eq!(all.accounts.len(), 3);
    assert_eq!((all.counted, all.archived), (3, 1));
    assert!(close(all.total_revenue, 5_350_000.0));
    let archived = all
        .accounts
        .iter()
        .find(|a| a.id == helios)
        .expect("shown when asked for");
    assert_eq!(archived.archived_on, Some(today()));
    assert!(close(archived.revenue_share, 1_800_000.0 / 5_350_000.0));
    assert_eq!(list_accounts(&ws, &clock(), false).expect("rows").len(), 2);
    assert_eq!(list_accounts(&ws, &clock(), true).expect("rows").len(), 3);
}

/// 25 accounts with revenues 25, 24, … 1 (thousands): the top 10 hold 205/325, the top 20 310/325.
#[test]
fn concentration_gives_the_top_10_and_top_20_and_the_curve() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    for n in 1..=25u32 {
        let draft = NewAccount {
            annual_revenue: f64::from(n) * 1000.0,
            ..NewAccount::named(format!("Account {n:02}"))
        };
        ws.create_account(&draft, today()).expect("created");
    }
    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert!(close(p.top10_share, 205.0 / 325.0), "{}", p.top10_share);
    assert!(close(p.top20_share, 310.0 / 325.0), "{}", p.top20_share);
    assert_eq!(p.curve.len(), 25);
    assert!(close(p.curve[0], 25.0 / 325.0));
    assert!(close(p.curve[24], 1.0));
    assert!(
        p.curve.windows(2).all(|w| w[0] <= w[1]),
        "the curve only rises"
    );
    let tenth = &p.accounts[9];
    assert_eq!(tenth.name, "Account 16");
    assert!(close(tenth.cumulative_share, p.top10_share));
}

#[test]
fn filters_narrow_the_list_but_not_the_shares() {
    let ws = demo();
    let whole = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    let share_of = |p: &Portfolio, name: &str| {
        p.accounts
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.revenue_share)
    };
    let by_text = portfolio(
        &ws,
        &clock(),
        &query(|q| q.text = " LOGISTICS dach ".into()),
    )
    .expect("portfolio");
    assert_eq!(names(&by_text), [DEMO_ACCOUNT], "industry and region words");
    assert_eq!(
        share_of(&by_text, DEMO_ACCOUNT),
        share_of(&whole, DEMO_ACCOUNT)
    );
    assert!(close(by_text.total_revenue, whole.total_revenue));
    let by_name = portfolio(&ws, &clock(), &query(|q| q.text = "atlas".into())).expect("portfolio");
    assert_eq!(names(&by_name), ["Atlas Retail Group"]);
    let by_industry = portfolio(
        &ws,
        &clock(),
        &query(|q| q.industry = Some("energy".into())),
    )
    .expect("portfolio");
    assert_eq!(names(&by_industry), ["Nordlicht Energie"]);
    let by_stage = portfolio(
        &ws,
        &clock(),
        &query(|q| q.lifecycle_stage = Some(LifecycleStage::Purchase)),
    )
    .expect("portfolio");
    assert_eq!(names(&by_stage), ["Atlas Retail Group"]);
    let none =
        portfolio(&ws, &clock(), &query(|q| q.text = "nothing like it".into())).expect("portfolio");
    assert!(none.accounts.is_empty());
    assert_eq!(none.counted, 3, "the portfolio is still all there");
}

fn sorted(ws: &Workspace, column: PortfolioColumn, descending: bool) -> Vec<String> {
    let q = query(|q| q.sort = PortfolioSort { column, descending });
    portfolio(ws, &clock(), &q)
        .expect("portfolio")
        .accounts
        .into_iter()
        .map(|a| a.name)
        .collect()
}

#[test]
fn every_column_sorts_both_ways_with_blanks_last() {
    let mut ws = demo();
    // A fourth account with no industry, no lifetime value, no score and no findings.
    let new = ws
        .create_account(&NewAccount::named("Zephyr Air"), today())
        .expect("created");
    let mut profile = AccountProfile::of(&ws.account_snapshot(&new).expect("loads").account);
    profile.lifecycle_stage = LifecycleStage::Advocacy;
    profile.lifetime_value = LifetimeValueInputs::default();
    ws.set_account_profile(&new, &profile).expect("saved");
    let atlas = ws.account_id_by_name("Atlas Retail Group").expect("id");
    ws.mark_opened(&atlas, today().and_hms_opt(9, 0, 0).expect("time"))
        .expect("opened");

    use PortfolioColumn as C;
    let (h, n, a, z) = (
        "Helios Freight",
        "Nordlicht Energie",
        "Atlas Retail Group",
        "Zephyr Air",
    );
    let cases: [(C, [&str; 4]); 10] = [
        (C::Name, [a, h, n, z]),
        (C::Industry, [n, h, a, z]),
        (C::Revenue, [z, a, h, n]),
        (C::Share, [z, a, h, n]),
        (C::LifetimeValue, [a, h, n, z]),
        (C::Nps, [a, h, n, z]),
        (C::Health, [z, a, n, h]),
        (C::Lifecycle, [a, h, n, z]),
        // The small demo accounts were never reviewed: overdue, first.
        (C::NextReview, [a, n, h, z]),
        (C::LastOpened, [a, h, n, z]),
    ];
    for (column, ascending) in cases {
        assert_eq!(
            sorted(&ws, column, false),
            ascending,
            "{column:?} ascending"
        );
    }
    // Descending reverses the order of values, but blanks stay last.
    assert_eq!(sorted(&ws, C::Revenue, true), [n, h, a, z]);
    assert_eq!(sorted(&ws, C::Nps, true), [n, h, a, z]);
    assert_eq!(sorted(&ws, C::LifetimeValue, true), [n, h, a, z]);
    assert_eq!(sorted(&ws, C::Industry, true), [a, h, n, z]);
    assert_eq!(
        sorted(&ws, C::LastOpened, true),
        [a, h, n, z],
        "ties by name"
    );
    assert_eq!(sorted(&ws, C::Health, true)[0], h, "worst health first");
}

#[test]
fn opening_an_account_is_remembered() {
    let mut ws = demo();
    let atlas = ws.account_id_by_name("Atlas Retail Group").expect("atlas");
    let now = today().and_hms_opt(9, 30, 0).expect("time");
    ws.mark_opened(&atlas, now).expect("marked");
    let rows = list_accounts(&ws, &clock(), false).expect("rows");
    let row = rows.iter().find(|r| r.id == atlas).expect("listed");
    assert_eq!(row.last_opened_at, Some(now));
    let gone = AccountId::from("no-such-account");
    assert!(matches!(
        ws.mark_opened(&gone, now),
        Err(Error::NotFound { .. })
    ));
}
