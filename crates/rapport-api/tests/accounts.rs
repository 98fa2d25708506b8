//! Managing accounts through the API: what each use case answers, and refusals as typed errors.

use chrono::NaiveDate;
use rapport_api::accounts::{
    PortfolioQuery, account_contents, create_account, delete_account, portfolio, portfolio_redo,
    portfolio_undo, preview_lifetime_value, record_account_nps, rename_account,
    set_account_profile, set_archived,
};
use rapport_api::{Error, SystemClock};
use rapport_core::{LifecycleStage, LifetimeValueInputs};
use rapport_store::{AccountProfile, BackupReason, NewAccount, OpenMode, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

fn field_of(err: Error) -> String {
    match err {
        Error::Validation { field, .. } => field,
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn a_created_account_is_in_the_portfolio_and_its_steps_are_the_portfolios() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let draft = NewAccount {
        annual_revenue: 250_000.0,
        industry: "Retail".into(),
        ..NewAccount::named("Acme")
    };
    let id = create_account(&mut ws, &clock(), &draft).expect("created");
    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert_eq!(p.accounts.len(), 1);
    assert_eq!(p.accounts[0].revenue_share, 1.0);
    assert_eq!(p.history.undo.as_deref(), Some("Create account “Acme”"));

    let history = rename_account(&mut ws, &id, "Acme Retail").expect("renamed");
    assert_eq!(
        history.undo.as_deref(),
        Some("Rename “Acme” to “Acme Retail”")
    );
    let history = set_archived(&mut ws, &clock(), &id, true).expect("archived");
    assert_eq!(history.undo.as_deref(), Some("Archive “Acme Retail”"));
    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert!(p.accounts.is_empty());
    assert_eq!(p.archived, 1);

    let history = portfolio_undo(&mut ws).expect("undone");
    assert_eq!(history.redo.as_deref(), Some("Archive “Acme Retail”"));
    let p = portfolio(&ws, &clock(), &PortfolioQuery::default()).expect("portfolio");
    assert_eq!(p.accounts[0].name, "Acme Retail");
    portfolio_redo(&mut ws).expect("redone");
    assert!(
        portfolio(&ws, &clock(), &PortfolioQuery::default())
            .expect("portfolio")
            .accounts
            .is_empty()
    );

    let err = create_account(&mut ws, &clock(), &NewAccount::named("acme retail"))
        .expect_err("taken, even archived");
    assert_eq!(field_of(err), "name");
}

#[test]
fn deleting_says_what_goes_and_undo_on_the_portfolio_brings_it_back() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let helios = ws.create_demo(today()).expect("demo");
    let contents = account_contents(&ws, &helios).expect("contents");
    assert_eq!((contents.people, contents.reviews), (17, 1));
    let history = delete_account(&mut ws, &clock(), &helios).expect("deleted");
    assert_eq!(
        history.undo.as_deref(),
        Some("Delete account “Helios Freight”")
    );
    assert!(matches!(
        account_contents(&ws, &helios),
        Err(Error::NotFound { .. })
    ));
    portfolio_undo(&mut ws).expect("undone");
    assert_eq!(account_contents(&ws, &helios).expect("back"), contents);
}

#[test]
fn deleting_an_account_keeps_a_backup_of_the_file_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("acme.rapport");
    let mut ws = Workspace::open(&path, OpenMode::CreateIfMissing, today().into()).expect("file");
    let helios = ws.create_demo(today()).expect("demo");
    delete_account(&mut ws, &clock(), &helios).expect("deleted");
    let backups = rapport_api::backups::list_backups(&ws).expect("listed");
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].file.reason, BackupReason::BeforeDelete);
    assert_eq!(backups[0].accounts, Some(3), "the deleted account is in it");
}

#[test]
fn profile_and_scores_answer_with_the_account_and_refuse_by_field() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = create_account(&mut ws, &clock(), &NewAccount::named("Acme")).expect("created");
    let mut profile = AccountProfile::of(&ws.account_snapshot(&id).expect("loads").account);
    profile.lifecycle_stage = LifecycleStage::Loyalty;
    let edit = set_account_profile(&mut ws, &id, &profile).expect("saved");
    assert_eq!(
        edit.snapshot.account.lifecycle_stage,
        LifecycleStage::Loyalty
    );
    assert_eq!(
        edit.history.undo.as_deref(),
        Some("Set the lifecycle stage")
    );

    let edit = record_account_nps(&mut ws, &clock(), &id, today(), 8).expect("recorded");
    assert_eq!(edit.snapshot.nps_history.len(), 1);
    let err = record_account_nps(&mut ws, &clock(), &id, today(), -3).expect_err("refused");
    assert_eq!(field_of(err), "npsScore");
    let err = record_account_nps(&mut ws, &clock(), &id, today(), 12).expect_err("refused");
    assert_eq!(field_of(err), "npsScore");
    assert_eq!(
        ws.account_snapshot(&id).expect("loads").nps_history[0].score,
        8
    );
}

#[test]
fn lifetime_value_is_previewed_as_typed_or_its_field_refused() {
    let inputs = LifetimeValueInputs {
        average_deal_size: 50_000.0,
        purchases_per_year: 2.0,
        expected_tenure_years: 5.0,
        gross_margin: Some(0.4),
    };
    let value = preview_lifetime_value(&inputs).expect("valid");
    assert_eq!((value.revenue, value.margin), (500_000.0, Some(200_000.0)));
    let no_tenure = LifetimeValueInputs {
        expected_tenure_years: 0.0,
        ..inputs
    };
    assert_eq!(
        field_of(preview_lifetime_value(&no_tenure).expect_err("refused")),
        "expectedTenureYears"
    );
    let bad_margin = LifetimeValueInputs {
        gross_margin: Some(2.0),
        ..inputs
    };
    assert_eq!(
        field_of(preview_lifetime_value(&bad_margin).expect_err("refused")),
        "grossMargin"
    );
}
