//! Fuzzing imports through the whole path — file bytes, preview, the store's one transaction —
//! with arbitrary bytes and mutated real files (contacts CSV and account JSON): never a panic,
//! never a partial write (a refused import leaves the account, its history, the list of
//! accounts and our team as they were), every refusal names where (a line, or a JSON path),
//! and every accepted import keeps the map's rules and is taken back by one undo.

mod common;

use common::*;
use proptest::collection::vec;
use proptest::prelude::*;
use rapport_api::import::{
    ContactImportOptions, ImportFile, ImportTarget, import_account_json, import_contacts,
};
use rapport_core::{AccountId, StakeholderMap};
use rapport_store::{HistoryScope, HistoryState, Workspace};
use serde_json::Value;
use std::cell::RefCell;
use std::sync::LazyLock;

const CSV_FIXTURES: [&str; 5] = [
    "salesforce_api.csv",
    "salesforce_report.csv",
    "hubspot.csv",
    "org_chart.csv",
    "rapport_template.csv",
];

/// Bytes that matter to a CSV or JSON reader, for insertions.
const INTERESTING: [u8; 14] = [
    b',', b';', b'\t', b'"', b'\n', b'\r', b' ', 0xFF, 0xC3, b'@', b'=', b'{', b'}', b':',
];

static FIXTURES: LazyLock<Vec<Vec<u8>>> =
    LazyLock::new(|| CSV_FIXTURES.iter().map(|f| fixture(f).bytes).collect());

/// The workspace every case works on: the demo, and Northwind imported from the Salesforce
/// fixture (so re-imports match people by CRM id). Kept between cases: each accepted import
/// is undone, each refused one must have left it as it was.
struct World {
    ws: Workspace,
    helios: AccountId,
    northwind: AccountId,
    document: Vec<u8>,
    next: u32,
    /// The workspace as the last case left it: the next case's "before".
    last_seen: Option<Seen>,
}

impl World {
    fn new() -> Self {
        let (mut ws, helios) = demo();
        let file = fixture("salesforce_api.csv");
        let target = ImportTarget::NewAccount {
            name: String::new(),
        };
        let options = ContactImportOptions::default();
        let northwind = import_contacts(&mut ws, &clock(), &file, &options, &target, &mut |_| {})
            .expect("Northwind")
            .account;
        let document = export_json(&ws, &helios);
        Self {
            ws,
            helios,
            northwind,
            document,
            next: 0,
            last_seen: None,
        }
    }

    /// What the workspace looks like before a case (as the previous case left it).
    fn before(&mut self) -> Seen {
        let watched = [&self.helios, &self.northwind];
        match self.last_seen.take() {
            Some(seen) => seen,
            None => seen(&self.ws, &watched),
        }
    }

    /// Looks at the workspace after a case, and keeps it as the next case's "before".
    fn after(&mut self) -> Seen {
        let now = seen(&self.ws, &[&self.helios, &self.northwind]);
        self.last_seen = Some(now.clone());
        now
    }

    fn unique_name(&mut self) -> String {
        self.next += 1;
        format!("Fuzzed {}", self.next)
    }
}

thread_local! {
    static WORLD: RefCell<Option<World>> = const { RefCell::new(None) };
}

fn with_world(check: impl FnOnce(&mut World)) {
    WORLD.with(|w| check(w.borrow_mut().get_or_insert_with(World::new)));
}

type Seen = (
    usize,
    usize,
    usize,
    Vec<(rapport_core::AccountSnapshot, HistoryState)>,
);

/// What a refused import must leave as it was.
fn seen(ws: &Workspace, accounts: &[&AccountId]) -> Seen {
    (
        ws.account_listing().expect("accounts").len(),
        ws.team_members().expect("team").len(),
        ws.offerings().expect("offerings").len(),
        accounts
            .iter()
            .map(|id| {
                (
                    ws.account_snapshot(id).expect("loads"),
                    ws.history_state(*id).expect("history"),
                )
            })
            .collect(),
    )
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

fn check_csv(bytes: Vec<u8>, flags: u8) {
    with_world(|world| {
        let options = ContactImportOptions {
            skip_invalid: flags & 1 != 0,
            keep_unmatched_managers: flags & 2 != 0,
            mark_missing_as_left: flags & 4 != 0,
            mapping: Vec::new(),
        };
        let target = match flags >> 3 & 3 {
            0 => ImportTarget::Account {
                id: world.helios.clone(),
            },
            1 => ImportTarget::Account {
                id: world.northwind.clone(),
            },
            _ => ImportTarget::NewAccount {
                name: world.unique_name(),
            },
        };
        let before = world.before();
        let file = ImportFile::new("fuzz.csv", bytes);
        match import_contacts(
            &mut world.ws,
            &clock(),
            &file,
            &options,
            &target,
            &mut |_| {},
        ) {
            Ok(done) => {
                let map = StakeholderMap::from_snapshot(&done.edit.snapshot);
                assert!(map.is_ok(), "the import broke the map: {map:?}");
                // Into an account: a step of that account; into a new one: of the workspace.
                let scope = match target {
                    ImportTarget::Account { .. } => HistoryScope::from(&done.account),
                    _ => HistoryScope::Workspace,
                };
                let wrote = world
                    .ws
                    .history_state(scope.clone())
                    .expect("history")
                    .undo
                    .is_some_and(|u| u.ends_with("fuzz.csv"));
                let accounts = |s: &Seen| s.3.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>();
                if !wrote {
                    // The map already was what the file says: no step, nothing to undo.
                    let now = world.after();
                    assert!(
                        accounts(&now) == accounts(&before),
                        "a write without a step"
                    );
                    return;
                }
                world.ws.undo(scope).expect("undo");
                let after = world.after();
                assert!(
                    accounts(&after) == accounts(&before),
                    "one undo takes the import back"
                );
                if !matches!(target, ImportTarget::Account { .. }) {
                    assert!(
                        world.ws.account_snapshot(&done.account).is_err(),
                        "undo removed the new account"
                    );
                }
            }
            Err(error) => {
                let message = error.to_string();
                assert!(
                    message.contains("Line "),
                    "a refusal that names no line: {message}"
                );
                assert!(world.after() == before, "{message} wrote something");
            }
        }
    });
}

fn check_json(bytes: Vec<u8>) {
    with_world(|world| {
        let name = world.unique_name();
        let before = world.before();
        let file = ImportFile::new("fuzz.json", bytes);
        match import_account_json(&mut world.ws, &file, Some(&name)) {
            Ok(done) => {
                let s = world.ws.account_snapshot(&done.account).expect("loads");
                assert!(StakeholderMap::from_snapshot(&s).is_ok());
                assert!(s.stakeholders.iter().all(|p| p.placement.is_some()));
                // A step of the workspace: its undo removes the account and all it held.
                world.ws.undo(HistoryScope::Workspace).expect("undo");
                assert!(world.ws.account_snapshot(&done.account).is_err());
                assert!(world.ws.reviews(&done.account).expect("reviews").is_empty());
                world.after();
            }
            Err(error) => {
                let message = error.to_string();
                assert!(
                    message.contains("At “") || message.contains("Line "),
                    "a refusal that names no place: {message}"
                );
                assert!(world.after() == before, "{message} wrote something");
            }
        }
    });
}

fn paths(value: &Value, at: &[String], out: &mut Vec<Vec<String>>) {
    out.push(at.to_vec());
    let mut deeper = |key: String, v: &Value| {
        let mut next = at.to_vec();
        next.push(key);
        paths(v, &next, out);
    };
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| deeper(k.clone(), v)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| deeper(i.to_string(), v)),
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

/// A replacement value: the kinds of wrong a hand-edited or damaged file holds, and ids
/// that exist elsewhere in the document.
fn replacement(document: &Value, choice: u8) -> Value {
    match choice % 9 {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => serde_json::json!(-1),
        3 => serde_json::json!(7),
        4 => serde_json::json!(""),
        5 => serde_json::json!("   "),
        6 => document["snapshot"]["stakeholders"][usize::from(choice) % 17]["id"].clone(),
        7 => document["snapshot"]["team"][usize::from(choice) % 4]["id"].clone(),
        _ => serde_json::json!([]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    #[test]
    fn csv_mutated_fixtures_through_the_store(
        which in 0..CSV_FIXTURES.len(),
        mutations in vec((0u8..4, any::<usize>(), any::<u8>()), 0..5),
        flags in any::<u8>(),
    ) {
        check_csv(mutate(FIXTURES[which].clone(), &mutations), flags);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn csv_arbitrary_bytes_through_the_store(bytes in vec(any::<u8>(), 0..200), flags in any::<u8>()) {
        check_csv(bytes, flags);
    }

    #[test]
    fn json_arbitrary_and_mutated_bytes_through_the_store(
        bytes in vec(any::<u8>(), 0..120),
        mutations in vec((0u8..4, any::<usize>(), any::<u8>()), 1..4),
        arbitrary in any::<bool>(),
    ) {
        let bytes = if arbitrary {
            bytes
        } else {
            let document = WORLD.with(|w| {
                w.borrow_mut().get_or_insert_with(World::new).document.clone()
            });
            mutate(document, &mutations)
        };
        check_json(bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn json_mutated_values_through_the_store(edits in vec((any::<usize>(), 0u8..3, any::<u8>()), 1..4)) {
        let document = WORLD.with(|w| w.borrow_mut().get_or_insert_with(World::new).document.clone());
        let mut document: Value = serde_json::from_slice(&document).expect("json");
        for (pick, kind, choice) in edits {
            let mut all = Vec::new();
            paths(&document, &[], &mut all);
            let path = &all[pick % all.len()];
            let Some((last, parent)) = path.split_last() else { continue };
            match kind {
                0 => match node(&mut document, parent) {
                    Value::Object(map) => { map.remove(last); }
                    Value::Array(items) => { items.remove(last.parse::<usize>().expect("index")); }
                    _ => {}
                },
                1 => *node(&mut document, path) = replacement(&document, choice),
                _ => {
                    if let Value::Array(items) = node(&mut document, parent) {
                        let copy = items[last.parse::<usize>().expect("index")].clone();
                        items.push(copy);
                    }
                }
            }
        }
        check_json(document.to_string().into_bytes());
    }
}
