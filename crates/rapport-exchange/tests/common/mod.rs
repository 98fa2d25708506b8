//! Helpers shared by the integration tests: fixtures, accounts, and reading a plan by names.
#![allow(dead_code)]

pub mod random;

use chrono::NaiveDate;
use rapport_core::{Account, AccountSnapshot, Stakeholder, StakeholderId};
use rapport_exchange::{CrmIds, ImportOptions, ImportPlan, ImportPreview, preview};
use std::path::Path;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn empty_account(name: &str) -> AccountSnapshot {
    AccountSnapshot::empty(Account::named("acc-1", name, date(2026, 1, 5)))
}

pub fn options_for(account: &str) -> ImportOptions {
    ImportOptions {
        account_name: Some(account.to_owned()),
        ..ImportOptions::default()
    }
}

/// Previews `text` into a new account with default options.
pub fn preview_text(text: &str) -> ImportPreview {
    preview(text.as_bytes(), &ImportOptions::default(), None)
}

/// The plan, failing the test with the problems when the import was refused.
pub fn plan_of(preview: &ImportPreview) -> &ImportPlan {
    preview.plan.as_ref().unwrap_or_else(|| {
        let problems: Vec<&str> = preview
            .problems
            .iter()
            .map(|p| p.message.as_str())
            .collect();
        panic!("import refused: {problems:#?}")
    })
}

/// The account after writing `plan` into `into` (the store's job, done in memory).
pub fn applied(plan: &ImportPlan, into: &AccountSnapshot, crm_ids: &mut CrmIds) -> AccountSnapshot {
    let mut snapshot = into.clone();
    plan.apply_to(&mut snapshot, crm_ids);
    snapshot
}

pub fn person<'a>(snapshot: &'a AccountSnapshot, name: &str) -> &'a Stakeholder {
    snapshot
        .stakeholders
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("{name} is not on the map"))
}

fn name_of(snapshot: &AccountSnapshot, id: &StakeholderId) -> String {
    snapshot
        .stakeholder(id)
        .map_or_else(|| format!("?{id}"), |s| s.name.clone())
}

/// The solid manager's name, by the person's name.
pub fn manager(snapshot: &AccountSnapshot, name: &str) -> Option<String> {
    let id = &person(snapshot, name).id;
    snapshot
        .reports_to
        .iter()
        .find(|l| &l.stakeholder == id && !l.dotted)
        .map(|l| name_of(snapshot, &l.manager))
}

/// The dotted-line managers' names, sorted.
pub fn dotted(snapshot: &AccountSnapshot, name: &str) -> Vec<String> {
    let id = &person(snapshot, name).id;
    let mut names: Vec<String> = snapshot
        .reports_to
        .iter()
        .filter(|l| &l.stakeholder == id && l.dotted)
        .map(|l| name_of(snapshot, &l.manager))
        .collect();
    names.sort();
    names
}

/// The messages of the preview's problems.
pub fn messages(preview: &ImportPreview) -> Vec<String> {
    preview.problems.iter().map(|p| p.message.clone()).collect()
}
