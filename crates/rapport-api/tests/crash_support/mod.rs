//! What the crash test's child does and how the parent knows what to expect: a seeded stream of
//! edits through the use cases (the same stream on the child's file and on the parent's model in
//! memory), and a fingerprint of the workspace that does not depend on the ids the store made
//! (each process makes its own), so the file after a kill can be compared with the model.

use chrono::NaiveDate;
use rapport_api::{SystemClock, analysis, history, map, plan, reviews};
use rapport_core::*;
use rapport_store::{AccountPlan, GoalDraft, InteractionDraft, NewLine, ReviewDraft, Workspace};
use serde_json::Value;
use std::collections::HashMap;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

pub fn clock() -> SystemClock {
    SystemClock::pinned_to(Some(today()))
}

/// splitmix64: small, seedable, the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// How many edits one run of the child applies at most.
pub const EDITS_PER_RUN: usize = 40;

/// Applies edit number `step` of the stream to `ws`; `Err` only for a failure that is not a
/// typed refusal (a refusal is an answer: the child acknowledges it like an edit).
pub fn apply_edit(ws: &mut Workspace, rng: &mut Rng, seed: u64, step: usize) -> Result<(), String> {
    let accounts: Vec<AccountId> = {
        let mut listed = ws.account_listing().map_err(|e| e.to_string())?;
        listed.sort_by(|a, b| a.account.name.cmp(&b.account.name));
        listed.into_iter().map(|l| l.account.id).collect()
    };
    let account = accounts[rng.below(accounts.len())].clone();
    let snap = ws.account_snapshot(&account).map_err(|e| e.to_string())?;
    let person = |rng: &mut Rng| {
        (!snap.stakeholders.is_empty())
            .then(|| snap.stakeholders[rng.below(snap.stakeholders.len())].clone())
    };
    let kind = rng.below(100);
    let unique = format!("{seed:x}-{step}");
    let outcome = match kind {
        0..20 => {
            let manager = person(rng).filter(|_| rng.below(2) == 0);
            let line = match manager {
                Some(m) => format!("P {unique}, Analyst, budget, reports to {}", m.name),
                None => format!("P {unique}, Analyst, user"),
            };
            map::quick_add(ws, &account, &line, None).map(|_| ())
        }
        20..30 => match person(rng) {
            Some(mut s) => {
                s.title = format!("Title {unique}");
                s.attitude = Attitude::ALL[rng.below(Attitude::ALL.len())];
                s.influence = 1 + rng.below(5) as u8;
                map::update_stakeholder(ws, &account, &s).map(|_| ())
            }
            None => Ok(()),
        },
        30..35 => match person(rng) {
            Some(s) => map::rename_person(
                ws,
                &account,
                &PersonId::Stakeholder(s.id),
                &format!("R {unique}"),
            )
            .map(|_| ()),
            None => Ok(()),
        },
        35..45 => match (person(rng), person(rng)) {
            (Some(a), Some(b)) => {
                let line = match rng.below(3) {
                    0 => NewLine::ReportsTo {
                        stakeholder: a.id,
                        manager: b.id,
                        dotted: rng.below(2) == 0,
                    },
                    1 => NewLine::Influences {
                        from: a.id,
                        to: b.id,
                    },
                    _ => NewLine::ConflictsWith {
                        from: a.id,
                        to: b.id,
                    },
                };
                map::add_line(ws, &account, &line).map(|_| ())
            }
            _ => Ok(()),
        },
        45..50 => match person(rng) {
            Some(s) => map::delete_person(ws, &account, &PersonId::Stakeholder(s.id)).map(|_| ()),
            None => Ok(()),
        },
        50..58 => match person(rng) {
            Some(s) => {
                let at = Position {
                    x: rng.below(4000) as f64 - 2000.0,
                    y: rng.below(3000) as f64,
                };
                map::move_person(ws, &account, &PersonId::Stakeholder(s.id), at).map(|_| ())
            }
            None => Ok(()),
        },
        58..63 => analysis::layout_map(ws, &account, LayoutMode::Full).map(|_| ()),
        63..73 => history::undo(ws, &account).map(|_| ()),
        73..78 => history::redo(ws, &account).map(|_| ()),
        78..81 => plan::set_account_plan(
            ws,
            &account,
            &AccountPlan {
                relationship_word: format!("W{step}"),
                strategy: format!("Strategy {unique}"),
                client_goals: ClientGoals::default(),
            },
        )
        .map(|_| ()),
        81..85 => {
            let goal = GoalDraft {
                stakeholder: None,
                title: format!("Goal {unique}"),
                priority: Priority::High,
                target: GoalTarget::Free {
                    text: "Signed".into(),
                },
                due: None,
                status: GoalStatus::Open,
            };
            plan::add_goal(ws, &clock(), &account, &goal).map(|_| ())
        }
        85..89 => match person(rng) {
            Some(s) => {
                let logged = InteractionDraft {
                    date: today(),
                    kind: InteractionKind::ValueAdd,
                    stakeholders: vec![s.id],
                    team_members: snap
                        .team
                        .first()
                        .map(|t| t.id.clone())
                        .into_iter()
                        .collect(),
                    note: format!("Note {unique}"),
                };
                plan::log_interaction(ws, &clock(), &account, &logged).map(|_| ())
            }
            None => Ok(()),
        },
        89..92 => reviews::record_review(
            ws,
            &account,
            &ReviewDraft {
                title: format!("Review {unique}"),
                date: today(),
                attendees: String::new(),
                notes: String::new(),
            },
        )
        .map(|_| ()),
        92..96 => match (snap.team.first(), person(rng)) {
            (Some(t), Some(s)) => plan::set_coverage_strength(
                ws,
                &account,
                &t.id,
                &s.id,
                Strength::ALL[rng.below(5)],
                Strength::Advisor,
            )
            .map(|_| ()),
            _ => Ok(()),
        },
        _ => {
            // A whole generated account, imported and laid out in one transaction.
            let people = 60 + rng.below(160);
            return import_generated(ws, people, seed ^ step as u64, &unique);
        }
    };
    match outcome {
        Ok(())
        | Err(
            rapport_api::Error::Validation { .. }
            | rapport_api::Error::NotFound { .. }
            | rapport_api::Error::Conflict { .. },
        ) => Ok(()),
        Err(other) => Err(format!("edit {step} (kind {kind}): {other:?}")),
    }
}

/// A generated account with every name made unique, so the fingerprint can name people.
fn import_generated(
    ws: &mut Workspace,
    people: usize,
    seed: u64,
    unique: &str,
) -> Result<(), String> {
    let mut snap = synthetic_account(people, seed);
    snap.account.name = format!("Generated {unique}");
    for (i, s) in snap.stakeholders.iter_mut().enumerate() {
        s.name = format!("{} {unique}-{i}", s.name);
    }
    for (i, t) in snap.team.iter_mut().enumerate() {
        t.name = format!("{} {unique}-{i}", t.name);
    }
    for (i, g) in snap.goals.iter_mut().enumerate() {
        g.title = format!("{} {i}", g.title);
    }
    // Written the way `rapport generate` and an account JSON import write one: new ids, laid out.
    let mut reviews = Vec::new();
    rapport_exchange::with_new_ids(&mut snap, &mut reviews, &mut rapport_store::id_sequence());
    let (team, offerings) = (
        ws.team_members().map_err(|e| format!("team: {e:?}"))?,
        ws.offerings().map_err(|e| format!("offerings: {e:?}"))?,
    );
    rapport_exchange::use_workspace_team_and_offerings(&mut snap, &mut reviews, &team, &offerings);
    ws.import_account(&snap, &reviews)
        .map(|_| ())
        .map_err(|e| format!("import: {e:?}"))
}

/// The whole workspace, every id replaced by what it names: comparable across processes.
pub fn fingerprint(ws: &Workspace) -> String {
    let mut listed = ws.account_listing().expect("listing");
    listed.sort_by(|a, b| a.account.name.cmp(&b.account.name));
    let accounts: Vec<Value> = listed
        .iter()
        .map(|l| {
            let id = &l.account.id;
            let snap = ws.account_snapshot(id).expect("snapshot");
            let history = ws.history_state(id).expect("history");
            let reviews: Vec<Value> = ws
                .reviews(id)
                .expect("reviews")
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "title": r.review.title, "date": r.review.date,
                        "snapshot": canonical(&r.snapshot)
                    })
                })
                .collect();
            serde_json::json!({
                "snapshot": canonical(&snap),
                "undo": history.undo, "redo": history.redo,
                "reviews": reviews,
            })
        })
        .collect();
    serde_json::to_string(&accounts).expect("json")
}

fn canonical(snap: &AccountSnapshot) -> Value {
    let mut names: HashMap<String, String> = HashMap::new();
    names.insert(snap.account.id.0.clone(), "account".into());
    for s in &snap.stakeholders {
        names.insert(s.id.0.clone(), format!("S:{}", s.name));
    }
    for t in &snap.team {
        names.insert(t.id.0.clone(), format!("T:{}", t.name));
    }
    for g in &snap.goals {
        names.insert(g.id.0.clone(), format!("G:{}", g.title));
    }
    for i in &snap.initiatives {
        names.insert(i.id.0.clone(), format!("I:{}", i.title));
    }
    for i in &snap.interactions {
        names.insert(i.id.0.clone(), format!("X:{}:{}", i.date, i.note));
    }
    for n in &snap.notes {
        names.insert(n.id.0.clone(), format!("N:{}", n.text));
    }
    for o in &snap.offerings {
        names.insert(o.id.0.clone(), format!("O:{}", o.name));
    }
    for n in &snap.needs {
        names.insert(n.id.0.clone(), format!("D:{}", n.name));
    }
    for d in &snap.personal_dates {
        names.insert(d.id.0.clone(), format!("P:{}:{}", d.label, d.date));
    }
    for t in &snap.thank_yous {
        names.insert(t.id.0.clone(), format!("Y:{}:{}", t.text, t.due));
    }
    for id in snap
        .reports_to
        .iter()
        .map(|l| &l.id)
        .chain(snap.coverage.iter().map(|l| &l.id))
        .chain(snap.relations.iter().map(|l| &l.id))
    {
        names.insert(id.0.clone(), "line".into());
    }
    let mut value = serde_json::to_value(snap).expect("json");
    rename(&mut value, &names);
    value
}

/// Replaces ids by names everywhere and sorts every array (order by id is not comparable).
fn rename(value: &mut Value, names: &HashMap<String, String>) {
    match value {
        Value::String(s) => {
            if let Some(name) = names.get(s.as_str()) {
                *s = name.clone();
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                rename(item, names);
            }
            items.sort_by_cached_key(|v| v.to_string());
        }
        Value::Object(fields) => {
            for (_, v) in fields.iter_mut() {
                rename(v, names);
            }
        }
        _ => {}
    }
}

/// Where two fingerprints first differ, as a JSON path with both values (short enough to read).
pub fn difference(a: &str, b: &str) -> String {
    fn walk(a: &Value, b: &Value, path: String) -> Option<String> {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, v) in x {
                    match y.get(k) {
                        Some(w) => {
                            if let Some(d) = walk(v, w, format!("{path}.{k}")) {
                                return Some(d);
                            }
                        }
                        None => return Some(format!("{path}.{k}: only in the first")),
                    }
                }
                y.keys()
                    .find(|k| !x.contains_key(*k))
                    .map(|k| format!("{path}.{k}: only in the second"))
            }
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (v, w))| walk(v, w, format!("{path}[{i}]"))),
            _ if a == b => None,
            _ => {
                let short = |v: &Value| v.to_string().chars().take(400).collect::<String>();
                Some(format!("{path}:\n  {}\n  {}", short(a), short(b)))
            }
        }
    }
    let (a, b): (Value, Value) = (
        serde_json::from_str(a).expect("json"),
        serde_json::from_str(b).expect("json"),
    );
    walk(&a, &b, String::new()).unwrap_or_else(|| "no difference".into())
}
