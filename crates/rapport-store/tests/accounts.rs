//! Accounts as a whole: create, rename, archive, delete, and each account's profile, economics
//! and dated scores. Every operation, and every refusal leaving the workspace as it was.

mod common;

use common::{Demo, refused_everywhere, today, whole};
use rapport_core::*;
use rapport_store::{AccountProfile, HistoryScope, NewAccount, Workspace};

fn portfolio_undo(ws: &Workspace) -> Option<String> {
    ws.history_state(HistoryScope::Workspace)
        .expect("history")
        .undo
}

fn acme() -> NewAccount {
    NewAccount {
        name: "  Acme Logistics ".into(),
        industry: "Logistics".into(),
        region: "Nordics".into(),
        size: "1,000–5,000 employees".into(),
        currency: "sek".into(),
        annual_revenue: 420_000.0,
    }
}

fn listed(ws: &Workspace, id: &AccountId) -> rapport_store::ListedAccount {
    ws.account_listing()
        .expect("listing")
        .into_iter()
        .find(|l| &l.account.id == id)
        .expect("listed")
}

#[test]
fn a_new_account_starts_empty_with_its_profile_and_is_one_portfolio_step() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_account(&acme(), today()).expect("created");
    let s = ws.account_snapshot(&id).expect("loads");
    let a = &s.account;
    assert_eq!(
        (a.name.as_str(), a.industry.as_str(), a.region.as_str()),
        ("Acme Logistics", "Logistics", "Nordics")
    );
    assert_eq!((a.currency.as_str(), a.annual_revenue), ("SEK", 420_000.0));
    assert_eq!(
        (a.size.as_str(), a.created_on),
        ("1,000–5,000 employees", today())
    );
    assert!(s.stakeholders.is_empty() && s.team.is_empty() && s.goals.is_empty());
    assert!(s.nps_history.is_empty());
    assert_eq!(
        portfolio_undo(&ws).as_deref(),
        Some("Create account “Acme Logistics”")
    );
    assert_eq!(ws.history_state(&id).expect("history").undo, None);
    assert_eq!(listed(&ws, &id).archived_on, None);

    let bare = ws
        .create_account(&NewAccount::named("Bolt"), today())
        .expect("only a name");
    let bolt = ws.account_snapshot(&bare).expect("loads").account;
    assert_eq!((bolt.currency.as_str(), bolt.annual_revenue), ("EUR", 0.0));
}

#[test]
fn creating_refuses_each_bad_field_and_writes_nothing() {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    ws.create_account(&acme(), today()).expect("created");
    let cases: Vec<(&str, NewAccount)> = vec![
        ("name", NewAccount::named("   ")),
        ("name", NewAccount::named("ACME logistics")),
        ("name", NewAccount::named("n".repeat(201))),
        (
            "annualRevenue",
            NewAccount {
                annual_revenue: -1.0,
                ..NewAccount::named("Cobalt")
            },
        ),
        (
            "currency",
            NewAccount {
                currency: "euro".into(),
                ..NewAccount::named("Cobalt")
            },
        ),
        (
            "industry",
            NewAccount {
                industry: "x".repeat(501),
                ..NewAccount::named("Cobalt")
            },
        ),
    ];
    for (field, draft) in cases {
        refused_everywhere(&mut ws, field, |ws| ws.create_account(&draft, today()));
    }
    let message = refused_everywhere(&mut ws, "name", |ws| {
        ws.create_account(&NewAccount::named(" acme LOGISTICS "), today())
    });
    assert!(message.contains("Acme Logistics"), "{message}");
}

#[test]
fn renaming_is_a_portfolio_step_and_refuses_empty_and_taken_names() {
    let mut d = Demo::new();
    d.ws.rename_account(&d.id, "Helios Freight GmbH")
        .expect("renamed");
    assert_eq!(d.snap().account.name, "Helios Freight GmbH");
    assert_eq!(
        portfolio_undo(&d.ws).as_deref(),
        Some("Rename “Helios Freight” to “Helios Freight GmbH”")
    );
    let before = whole(&d.ws);
    d.ws.rename_account(&d.id, " Helios Freight GmbH ")
        .expect("same name");
    assert_eq!(before, whole(&d.ws), "no step for no change");
    d.ws.rename_account(&d.id, "HELIOS FREIGHT GMBH")
        .expect("its own name in capitals");

    let id = d.id.clone();
    refused_everywhere(&mut d.ws, "name", |ws| ws.rename_account(&id, " "));
    refused_everywhere(&mut d.ws, "name", |ws| {
        ws.rename_account(&id, "atlas retail group")
    });
    d.ws.undo(HistoryScope::Workspace).expect("undone");
    d.ws.undo(HistoryScope::Workspace).expect("undone");
    assert_eq!(d.snap().account.name, "Helios Freight");
}

#[test]
fn archiving_and_bringing_back_are_portfolio_steps() {
    let mut d = Demo::new();
    d.ws.set_archived(&d.id, true, today()).expect("archived");
    assert_eq!(listed(&d.ws, &d.id).archived_on, Some(today()));
    assert_eq!(
        portfolio_undo(&d.ws).as_deref(),
        Some("Archive “Helios Freight”")
    );
    let before = whole(&d.ws);
    d.ws.set_archived(&d.id, true, today())
        .expect("already archived");
    assert_eq!(before, whole(&d.ws));
    d.ws.set_archived(&d.id, false, today()).expect("back");
    assert_eq!(listed(&d.ws, &d.id).archived_on, None);
    assert_eq!(
        portfolio_undo(&d.ws).as_deref(),
        Some("Bring back “Helios Freight”")
    );
    d.ws.undo(HistoryScope::Workspace).expect("undone");
    assert_eq!(listed(&d.ws, &d.id).archived_on, Some(today()));
    d.ws.undo(HistoryScope::Workspace).expect("undone");
    assert_eq!(listed(&d.ws, &d.id).archived_on, None);
    assert_eq!(d.snap().stakeholders.len(), 17, "the map is untouched");
}

#[test]
fn deleting_names_what_goes_and_the_portfolio_undo_brings_it_all_back() {
    let mut d = Demo::new();
    let contents = d.ws.account_contents(&d.id).expect("contents");
    assert_eq!(contents.name, "Helios Freight");
    assert_eq!(
        (
            contents.people,
            contents.lines,
            contents.goals,
            contents.initiatives,
            contents.interactions,
            contents.reviews
        ),
        (17, 38, 3, 3, 7, 1)
    );
    let before = d.snap();
    let others: Vec<_> = whole(&d.ws)
        .accounts
        .into_iter()
        .filter(|(s, ..)| s.account.id != d.id)
        .collect();
    d.ws.quick_add(&d.id, "Ana Ruiz, Buyer", None)
        .expect("added");
    d.ws.delete_account(&d.id).expect("deleted");
    assert!(d.ws.account_snapshot(&d.id).is_err());
    assert_eq!(d.ws.account_listing().expect("listing").len(), 2);
    assert_eq!(whole(&d.ws).accounts, others, "other accounts untouched");
    assert_eq!(
        portfolio_undo(&d.ws).as_deref(),
        Some("Delete account “Helios Freight”")
    );

    d.ws.undo(HistoryScope::Workspace).expect("undone");
    let back = d.snap();
    assert_eq!(back.stakeholders.len(), 18);
    assert_eq!(d.ws.reviews(&d.id).expect("reviews").len(), 1);
    assert_eq!(
        d.ws.history_state(&d.id).expect("history").undo,
        None,
        "the account's own history went with it"
    );
    d.ws.delete_person(&d.id, &PersonId::Stakeholder(d.person("Ana Ruiz").id))
        .expect("deleted");
    assert_eq!(d.snap(), before, "whole again: people, lines, plan, scores");
}

fn profile(d: &Demo) -> AccountProfile {
    AccountProfile::of(&d.snap().account)
}

#[test]
fn the_profile_is_saved_as_an_account_step_named_after_what_changed() {
    let mut d = Demo::new();
    let mut p = profile(&d);
    p.annual_revenue = 2_000_000.0;
    d.ws.set_account_profile(&d.id, &p).expect("saved");
    assert_eq!(d.undo_label().as_deref(), Some("Set the revenue"));
    p.lifecycle_stage = LifecycleStage::Loyalty;
    p.lifetime_value = LifetimeValueInputs {
        average_deal_size: 500_000.0,
        purchases_per_year: 2.0,
        expected_tenure_years: 7.0,
        gross_margin: Some(0.4),
    };
    p.referenceability = Referenceability {
        willing_to: vec![ReferenceKind::CaseStudy, ReferenceKind::NamedReference],
        industry: " Logistics ".into(),
        geography: "DACH".into(),
        size: "12,000 employees".into(),
        problem_solved: "One warehouse platform".into(),
    };
    d.ws.set_account_profile(&d.id, &p).expect("saved");
    assert_eq!(d.undo_label().as_deref(), Some("Edit the account profile"));
    p.lifetime_value.expected_tenure_years = 8.0;
    p.lifetime_value.purchases_per_year = 3.0;
    d.ws.set_account_profile(&d.id, &p).expect("saved");
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Set the lifetime-value inputs"),
        "typed together, one step"
    );
    d.ws.undo(&d.id).expect("undone");
    let a = d.snap().account;
    assert_eq!(a.lifecycle_stage, LifecycleStage::Loyalty);
    assert_eq!(a.lifetime_value.expected_tenure_years, 7.0);
    assert_eq!(
        a.referenceability.willing_to,
        [ReferenceKind::NamedReference, ReferenceKind::CaseStudy]
    );
    assert_eq!(a.referenceability.industry, "Logistics");
    assert_eq!(portfolio_undo(&d.ws), None, "not a portfolio step");

    let before = whole(&d.ws);
    d.ws.set_account_profile(&d.id, &profile(&d))
        .expect("nothing changed");
    assert_eq!(before, whole(&d.ws), "no step for no change");

    d.ws.undo(&d.id).expect("undone");
    d.ws.undo(&d.id).expect("undone");
    let a = d.snap().account;
    assert_eq!(a.annual_revenue, 1_800_000.0);
    assert_eq!(a.lifecycle_stage, LifecycleStage::Experience);
    assert_eq!(
        a.referenceability.willing_to,
        [ReferenceKind::ReferenceCall]
    );
}

#[test]
fn every_bad_profile_field_is_refused_and_nothing_changes() {
    let mut d = Demo::new();
    let ok = profile(&d);
    let ltv = ok.lifetime_value;
    let with_ltv = |l: LifetimeValueInputs| AccountProfile {
        lifetime_value: l,
        ..ok.clone()
    };
    let cases: Vec<(&str, AccountProfile)> = vec![
        (
            "annualRevenue",
            AccountProfile {
                annual_revenue: -10.0,
                ..ok.clone()
            },
        ),
        (
            "currency",
            AccountProfile {
                currency: "E".into(),
                ..ok.clone()
            },
        ),
        (
            "averageDealSize",
            with_ltv(LifetimeValueInputs {
                average_deal_size: -1.0,
                ..ltv
            }),
        ),
        (
            "purchasesPerYear",
            with_ltv(LifetimeValueInputs {
                purchases_per_year: -1.0,
                ..ltv
            }),
        ),
        (
            "expectedTenureYears",
            with_ltv(LifetimeValueInputs {
                expected_tenure_years: 0.0,
                ..ltv
            }),
        ),
        (
            "expectedTenureYears",
            with_ltv(LifetimeValueInputs {
                expected_tenure_years: -3.0,
                ..ltv
            }),
        ),
        (
            "grossMargin",
            with_ltv(LifetimeValueInputs {
                gross_margin: Some(1.5),
                ..ltv
            }),
        ),
        (
            "region",
            AccountProfile {
                region: "r".repeat(501),
                ..ok.clone()
            },
        ),
        (
            "referenceGeography",
            AccountProfile {
                referenceability: Referenceability {
                    geography: "g".repeat(501),
                    ..Referenceability::default()
                },
                ..ok.clone()
            },
        ),
    ];
    let id = d.id.clone();
    for (field, bad) in cases {
        refused_everywhere(&mut d.ws, field, |ws| ws.set_account_profile(&id, &bad));
    }
}

#[test]
fn dated_scores_are_recorded_replaced_removed_and_undone() {
    let mut d = Demo::new();
    let id = d.id.clone();
    let history = |d: &Demo| -> Vec<(chrono::NaiveDate, u8)> {
        d.snap()
            .nps_history
            .iter()
            .map(|s| (s.date, s.score))
            .collect()
    };
    let before = history(&d);
    assert_eq!(before.len(), 5, "the demo's year of scores");
    d.ws.record_account_nps(&id, today(), 9, today())
        .expect("recorded");
    assert_eq!(
        d.undo_label().as_deref(),
        Some("Record NPS 9 on 23 Nov 2026")
    );
    d.ws.record_account_nps(&id, today(), 8, today())
        .expect("replaced");
    let now = history(&d);
    assert_eq!(now.len(), 6);
    assert_eq!(now.last(), Some(&(today(), 8)));

    refused_everywhere(&mut d.ws, "npsScore", |ws| {
        ws.record_account_nps(&id, today(), 11, today())
    });
    refused_everywhere(&mut d.ws, "npsScore", |ws| {
        ws.record_account_nps(&id, today(), -1, today())
    });
    let tomorrow = today().succ_opt().expect("a day");
    refused_everywhere(&mut d.ws, "npsDate", |ws| {
        ws.record_account_nps(&id, tomorrow, 7, today())
    });

    d.ws.delete_account_nps(&id, today()).expect("removed");
    assert_eq!(history(&d), before);
    d.ws.undo(&id).expect("undone");
    d.ws.undo(&id).expect("undone");
    assert_eq!(history(&d).last(), Some(&(today(), 9)));
    d.ws.undo(&id).expect("undone");
    assert_eq!(history(&d), before);
}
