//! Each account rule accepts what it should and refuses the rest on the profile form's field.

use super::*;
use crate::AccountId;
use crate::fixture::day;
use crate::rules::{MAX_LINE_CHARS, MAX_NAME_CHARS};

fn field(result: FieldResult) -> Option<String> {
    result.err().map(|e| e.field)
}

fn helios() -> Account {
    Account {
        currency: "EUR".into(),
        annual_revenue: 1_800_000.0,
        lifetime_value: LifetimeValueInputs {
            average_deal_size: 450_000.0,
            purchases_per_year: 2.5,
            expected_tenure_years: 6.0,
            gross_margin: Some(0.35),
        },
        ..Account::named(AccountId::from("a"), "Helios Freight", day(2026, 1, 1))
    }
}

#[test]
fn a_full_profile_passes_and_a_new_account_needs_only_a_name_and_currency() {
    assert_eq!(check_account(&helios()), Ok(()));
    let bare = Account {
        currency: "usd".into(),
        ..Account::named(AccountId::from("b"), "Acme", day(2026, 1, 1))
    };
    assert_eq!(
        check_account(&bare),
        Ok(()),
        "no lifetime value estimate yet"
    );
}

#[test]
fn every_profile_field_is_refused_on_its_own_field() {
    let ok = helios();
    let ltv = ok.lifetime_value;
    let long = "x".repeat(MAX_LINE_CHARS + 1);
    let cases: Vec<(&str, Account)> = vec![
        (
            "name",
            Account {
                name: "  ".into(),
                ..ok.clone()
            },
        ),
        (
            "name",
            Account {
                name: "n".repeat(MAX_NAME_CHARS + 1),
                ..ok.clone()
            },
        ),
        (
            "industry",
            Account {
                industry: long.clone(),
                ..ok.clone()
            },
        ),
        (
            "region",
            Account {
                region: long.clone(),
                ..ok.clone()
            },
        ),
        (
            "size",
            Account {
                size: long.clone(),
                ..ok.clone()
            },
        ),
        (
            "currency",
            Account {
                currency: "".into(),
                ..ok.clone()
            },
        ),
        (
            "currency",
            Account {
                currency: "EURO".into(),
                ..ok.clone()
            },
        ),
        (
            "currency",
            Account {
                currency: "€".into(),
                ..ok.clone()
            },
        ),
        (
            "annualRevenue",
            Account {
                annual_revenue: -1.0,
                ..ok.clone()
            },
        ),
        (
            "annualRevenue",
            Account {
                annual_revenue: f64::NAN,
                ..ok.clone()
            },
        ),
        (
            "annualRevenue",
            Account {
                annual_revenue: 2e15,
                ..ok.clone()
            },
        ),
        (
            "averageDealSize",
            Account {
                lifetime_value: LifetimeValueInputs {
                    average_deal_size: -5.0,
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "purchasesPerYear",
            Account {
                lifetime_value: LifetimeValueInputs {
                    purchases_per_year: -0.5,
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "expectedTenureYears",
            Account {
                lifetime_value: LifetimeValueInputs {
                    expected_tenure_years: 0.0,
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "expectedTenureYears",
            Account {
                lifetime_value: LifetimeValueInputs {
                    expected_tenure_years: -2.0,
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "expectedTenureYears",
            Account {
                lifetime_value: LifetimeValueInputs {
                    expected_tenure_years: 101.0,
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "grossMargin",
            Account {
                lifetime_value: LifetimeValueInputs {
                    gross_margin: Some(1.2),
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "grossMargin",
            Account {
                lifetime_value: LifetimeValueInputs {
                    gross_margin: Some(-0.1),
                    ..ltv
                },
                ..ok.clone()
            },
        ),
        (
            "problemSolved",
            Account {
                referenceability: Referenceability {
                    problem_solved: long,
                    ..Referenceability::default()
                },
                ..ok.clone()
            },
        ),
    ];
    for (expected, bad) in cases {
        assert_eq!(field(check_account(&bad)), Some(expected.into()), "{bad:?}");
    }
}

#[test]
fn tenure_may_be_zero_only_while_nothing_is_estimated() {
    let none = LifetimeValueInputs::default();
    assert_eq!(check_lifetime_value_inputs(&none), Ok(()));
    let margin_only = LifetimeValueInputs {
        gross_margin: Some(0.3),
        ..none
    };
    assert_eq!(check_lifetime_value_inputs(&margin_only), Ok(()));
    let deal_only = LifetimeValueInputs {
        average_deal_size: 10.0,
        ..none
    };
    assert_eq!(
        field(check_lifetime_value_inputs(&deal_only)),
        Some("expectedTenureYears".into())
    );
    let edges = LifetimeValueInputs {
        average_deal_size: 0.0,
        purchases_per_year: 1.0,
        expected_tenure_years: 100.0,
        gross_margin: Some(1.0),
    };
    assert_eq!(check_lifetime_value_inputs(&edges), Ok(()));
}

#[test]
fn an_account_score_is_zero_to_ten_and_not_in_the_future() {
    let today = day(2026, 11, 23);
    assert_eq!(check_account_nps(0, today, today), Ok(()));
    assert_eq!(check_account_nps(10, day(2020, 1, 1), today), Ok(()));
    assert_eq!(
        field(check_account_nps(-1, today, today)),
        Some("npsScore".into())
    );
    assert_eq!(
        field(check_account_nps(11, today, today)),
        Some("npsScore".into())
    );
    assert_eq!(
        field(check_account_nps(7, day(2026, 11, 24), today)),
        Some("npsDate".into())
    );
}

#[test]
fn an_account_is_tidied_with_its_currency_in_capitals_and_reference_kinds_in_order() {
    let a = Account {
        currency: " usd ".into(),
        referenceability: Referenceability {
            willing_to: vec![
                ReferenceKind::CaseStudy,
                ReferenceKind::NamedReference,
                ReferenceKind::CaseStudy,
            ],
            geography: " DACH\n".into(),
            ..Referenceability::default()
        },
        ..Account::named(AccountId::from("a"), " Acme ", day(2026, 1, 1))
    };
    let tidy = normalise_account(&a);
    assert_eq!(
        (tidy.name.as_str(), tidy.currency.as_str()),
        ("Acme", "USD")
    );
    assert_eq!(
        tidy.referenceability.willing_to,
        [ReferenceKind::NamedReference, ReferenceKind::CaseStudy]
    );
    assert_eq!(tidy.referenceability.geography, "DACH");
}

#[test]
fn reference_ability_reads_the_old_single_word_and_the_details() {
    let public: Referenceability = serde_json::from_str("\"public\"").expect("old word");
    assert_eq!(
        public.willing_to,
        [ReferenceKind::NamedReference, ReferenceKind::ReferenceCall]
    );
    let private: Referenceability = serde_json::from_str("\"private\"").expect("old word");
    assert_eq!(private.willing_to, [ReferenceKind::ReferenceCall]);
    let no: Referenceability = serde_json::from_str("\"no\"").expect("old word");
    assert_eq!(no, Referenceability::default());
    assert!(serde_json::from_str::<Referenceability>("\"maybe\"").is_err());
    let details = Referenceability {
        willing_to: vec![ReferenceKind::CaseStudy],
        industry: "Logistics".into(),
        problem_solved: "Twelve warehouse systems onto one".into(),
        ..Referenceability::default()
    };
    let json = serde_json::to_string(&details).expect("serialises");
    assert_eq!(
        serde_json::from_str::<Referenceability>(&json).expect("reads"),
        details
    );
    let partial: Referenceability =
        serde_json::from_str(r#"{"willingTo":["referenceCall"]}"#).expect("missing fields default");
    assert_eq!(partial.willing_to, [ReferenceKind::ReferenceCall]);
}
