//! Fuzzing the readers with arbitrary bytes and mutated fixture files: never a panic, every
//! refusal names a line (CSV) or a line and column or JSON path (JSON), and whatever is accepted
//! leaves a map that keeps the map's rules (so the store never writes half an import).

mod common;

use common::random::{Ingredients, random_account};
use common::{empty_account, fixture};
use proptest::collection::vec;
use proptest::prelude::*;
use rapport_core::{AccountSnapshot, Stakeholder, StakeholderMap};
use rapport_exchange::{CrmIds, ImportOptions, JsonError, import_account_json, preview};
use serde_json::Value;
use std::sync::LazyLock;

const CSV_FIXTURES: [&str; 5] = [
    "salesforce_api.csv",
    "salesforce_report.csv",
    "hubspot.csv",
    "org_chart.csv",
    "rapport_template.csv",
];

/// Bytes that matter to a CSV reader, for insertions.
const INTERESTING: [u8; 12] = [
    b',', b';', b'\t', b'"', b'\n', b'\r', b' ', 0xFF, 0xC3, 0xEF, b'@', b'=',
];

/// An account some rows will match (names, e-mails and the Salesforce fixture's people).
fn existing() -> AccountSnapshot {
    let mut account = empty_account("Northwind Holdings");
    for (id, name, email) in [
        ("e1", "Ana Ruiz", "ana.ruiz@northwind.example"),
        ("e2", "Elif Yilmaz", ""),
        ("e3", "Priya Rao", "priya.rao@acme.example"),
    ] {
        let mut s = Stakeholder::named(id, name);
        s.email = email.into();
        account.stakeholders.push(s);
    }
    account.reports_to.push(rapport_core::ReportsTo {
        id: "l1".into(),
        stakeholder: "e2".into(),
        manager: "e1".into(),
        dotted: false,
    });
    account
}

fn mutate(mut bytes: Vec<u8>, mutations: &[(u8, usize, u8)]) -> Vec<u8> {
    for &(kind, at, byte) in mutations {
        let at = if bytes.is_empty() {
            0
        } else {
            at % bytes.len()
        };
        match kind {
            0 if !bytes.is_empty() => bytes[at] = byte,
            1 => bytes.insert(at, INTERESTING[usize::from(byte) % INTERESTING.len()]),
            2 if !bytes.is_empty() => {
                let end = (at + usize::from(byte % 16)).min(bytes.len());
                bytes.drain(at..end);
            }
            _ => {
                let end = (at + usize::from(byte)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
        }
    }
    bytes
}

fn check_csv(bytes: &[u8], flags: u8) {
    let options = ImportOptions {
        skip_invalid: flags & 1 != 0,
        keep_unmatched_managers: flags & 2 != 0,
        mark_missing_as_left: flags & 4 != 0,
        ..ImportOptions::default()
    };
    let account = existing();
    let into = (flags & 8 != 0).then_some(&account);
    let p = preview(bytes, &options, into);
    let breaks = bytes.iter().filter(|b| matches!(b, b'\n' | b'\r')).count();
    let last_line = u32::try_from(breaks + 1).unwrap_or(u32::MAX);
    for problem in p.problems.iter().chain(&p.notices) {
        assert!(
            (1..=last_line).contains(&problem.line),
            "{problem:?} beyond line {last_line}"
        );
        assert!(
            problem
                .message
                .starts_with(&format!("Line {}", problem.line))
        );
    }
    if !p.problems.is_empty() && !options.skip_invalid {
        assert!(p.plan.is_none(), "a bad row imports nothing");
    }
    if p.problems.is_empty() {
        assert!(p.plan.is_some(), "a clean file is imported");
    }
    if let Some(plan) = &p.plan {
        let base = into.cloned().unwrap_or_else(|| empty_account("New"));
        let mut after = base.clone();
        plan.apply_to(&mut after, &mut CrmIds::new());
        if let Err(error) = StakeholderMap::from_snapshot(&after) {
            panic!("the import breaks the map's rules: {error}\n{plan:#?}");
        }
    }
}

/// The fixtures, read once.
static FIXTURE_BYTES: LazyLock<Vec<Vec<u8>>> =
    LazyLock::new(|| CSV_FIXTURES.iter().map(|name| fixture(name)).collect());

static SMALL_DOCUMENT: LazyLock<Vec<u8>> = LazyLock::new(small_document);

fn small_document() -> Vec<u8> {
    let ingredients = Ingredients {
        seed: 9,
        people: 4,
        team: 2,
        reviews: 1,
        words: ["Ana", "Bo", "Cy", "Dee", "Ed"].map(str::to_owned).to_vec(),
        numbers: vec![1.5, 2.0, -3.25],
    };
    let (snapshot, reviews) = random_account(&ingredients);
    rapport_exchange::export_account_json(&snapshot, &reviews)
}

fn check_json(bytes: &[u8]) {
    let mut n = 0;
    let mut new_id = || {
        n += 1;
        format!("new-{n}")
    };
    match import_account_json(bytes, &mut new_id) {
        Ok((snapshot, reviews)) => {
            assert!(StakeholderMap::from_snapshot(&snapshot).is_ok());
            assert!(
                snapshot
                    .stakeholders
                    .iter()
                    .all(|s| s.id.as_str().starts_with("new-"))
            );
            assert!(
                reviews
                    .iter()
                    .all(|r| r.review.id.as_str().starts_with("new-"))
            );
        }
        Err(error) => {
            assert!(!error.location().is_empty(), "{error:?} names no place");
            if let JsonError::Syntax { line, column, .. } = error {
                assert!(line >= 1 && column <= u32::try_from(bytes.len() + 1).unwrap_or(u32::MAX));
            }
        }
    }
}

/// Every value in a document with the path to it, so a test can pick one.
fn paths(value: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            let mut next = at.clone();
            next.push(k.clone());
            paths(v, next, out);
        }),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| {
            let mut next = at.clone();
            next.push(i.to_string());
            paths(v, next, out);
        }),
        _ => {}
    }
}

fn node<'a>(value: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(value, |v, key| match v {
        Value::Object(map) => map.get_mut(key).expect("path exists"),
        Value::Array(items) => &mut items[key.parse::<usize>().expect("index")],
        _ => unreachable!("paths only go through objects and arrays"),
    })
}

fn scalar(choice: u8) -> Value {
    match choice % 7 {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => serde_json::json!(-1),
        3 => serde_json::json!(1e300),
        4 => serde_json::json!(""),
        5 => serde_json::json!("s000001"),
        _ => serde_json::json!([]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn csv_arbitrary_bytes(bytes in vec(any::<u8>(), 0..300), flags in any::<u8>()) {
        check_csv(&bytes, flags);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn csv_mutated_fixtures(
        which in 0..CSV_FIXTURES.len(),
        mutations in vec((0u8..4, any::<usize>(), any::<u8>()), 1..6),
        flags in any::<u8>(),
    ) {
        check_csv(&mutate(FIXTURE_BYTES[which].clone(), &mutations), flags);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn json_arbitrary_bytes(bytes in vec(any::<u8>(), 0..300)) {
        check_json(&bytes);
    }

    #[test]
    fn json_mutated_bytes(mutations in vec((0u8..4, any::<usize>(), any::<u8>()), 1..4)) {
        check_json(&mutate(SMALL_DOCUMENT.clone(), &mutations));
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn json_mutated_values(edits in vec((any::<usize>(), 0u8..3, any::<u8>()), 1..4)) {
        let mut document: Value = serde_json::from_slice(&SMALL_DOCUMENT).expect("json");
        for (pick, kind, choice) in edits {
            let mut all = Vec::new();
            paths(&document, Vec::new(), &mut all);
            let path = &all[pick % all.len()];
            let Some((last, parent)) = path.split_last() else { continue };
            match kind {
                0 => match node(&mut document, parent) {
                    Value::Object(map) => { map.remove(last); }
                    Value::Array(items) => { items.remove(last.parse::<usize>().expect("index")); }
                    _ => {}
                },
                1 => *node(&mut document, path) = scalar(choice),
                _ => {
                    if let Value::Array(items) = node(&mut document, parent) {
                        let copy = items[last.parse::<usize>().expect("index")].clone();
                        items.push(copy);
                    }
                }
            }
        }
        check_json(document.to_string().as_bytes());
    }
}
