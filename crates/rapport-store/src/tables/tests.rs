//! The column lists cannot drift from the migrations: each must hold exactly the live schema's
//! columns. Order is free (rows are read by name), so a column added by a later migration can be
//! listed beside the ones it belongs with.

use super::ALL;
use crate::workspace::Workspace;

fn live_columns(ws: &Workspace, table: &str) -> Vec<String> {
    ws.conn
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
        .expect("prepares")
        .query_map([table], |r| r.get(0))
        .expect("queries")
        .collect::<rusqlite::Result<_>>()
        .expect("reads")
}

#[test]
fn columns_match_the_schema() {
    let ws = Workspace::open_in_memory().expect("workspace");
    for table in ALL {
        let mut live = live_columns(&ws, table.name);
        live.sort();
        let mut listed = table.columns.to_vec();
        listed.sort();
        assert_eq!(live, listed, "the columns of {}", table.name);
    }
}

#[test]
fn every_table_is_spelled_and_every_one_is_in_the_undo_log() {
    let ws = Workspace::open_in_memory().expect("workspace");
    let mut live: Vec<String> = ws
        .conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'history_%'
               AND name <> 'workspace_meta'",
        )
        .expect("prepares")
        .query_map([], |r| r.get(0))
        .expect("queries")
        .collect::<rusqlite::Result<_>>()
        .expect("reads");
    live.sort();
    let mut spelled: Vec<&str> = ALL.iter().map(|t| t.name).collect();
    spelled.sort();
    assert_eq!(
        live, spelled,
        "a table without a module (or a module without a table)"
    );
    let mut tracked = crate::schema::history::TRACKED_TABLES.to_vec();
    tracked.sort();
    assert_eq!(
        tracked, spelled,
        "a table whose edits undo would not restore"
    );
}

/// Undo finds rows by primary key (rowids are reused), so every tracked table needs one.
#[test]
fn every_table_in_the_undo_log_has_a_primary_key() {
    let ws = Workspace::open_in_memory().expect("workspace");
    for table in crate::schema::history::TRACKED_TABLES {
        let keyed: bool = ws
            .conn
            .query_row(
                "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE pk > 0",
                [table],
                |r| r.get(0),
            )
            .expect("reads");
        assert!(keyed, "{table} has no primary key");
    }
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

#[test]
fn every_table_writes_and_reads_back_every_field() {
    use super::{
        account_nps, accounts, coverage, goals, initiatives, interactions, notes, personal,
        relations, reports_to, stakeholders, team, whitespace,
    };
    let mut demo = Workspace::open_in_memory().expect("workspace");
    let id = demo.create_demo(today()).expect("demo");
    let mut original = demo.account_snapshot(&id).expect("loads");
    // Fields the demo leaves empty, so every column carries a value.
    let raj = &mut original.stakeholders[0];
    raj.phone = "+49 40 1234".into();
    raj.birthday = Some(today());
    raj.interests = "Sailing".into();
    if let Some(p) = &mut raj.placement {
        p.pinned = true;
    }

    let mut copy = Workspace::open_in_memory().expect("workspace");
    let s = &original;
    copy.edit(|tx| {
        accounts::insert(tx, &s.account)?;
        for score in &s.nps_history {
            account_nps::insert(tx, &id, score)?;
        }
        for p in &s.stakeholders {
            stakeholders::insert(tx, &id, p)?;
        }
        for t in &s.team {
            team::insert(tx, &id, t)?;
        }
        for r in &s.reports_to {
            reports_to::insert(tx, &id, r)?;
        }
        for c in &s.coverage {
            coverage::insert(tx, &id, c)?;
        }
        for r in &s.relations {
            relations::insert(tx, &id, r)?;
        }
        for g in &s.goals {
            goals::insert(tx, &id, g)?;
        }
        for i in &s.initiatives {
            initiatives::insert(tx, &id, i)?;
        }
        for i in &s.interactions {
            interactions::insert(tx, &id, i)?;
        }
        for n in &s.notes {
            notes::insert(tx, &id, n)?;
        }
        for o in &s.offerings {
            whitespace::insert_offering(tx, o)?;
        }
        for n in &s.needs {
            whitespace::insert_need(tx, &id, n)?;
        }
        for c in &s.whitespace {
            whitespace::insert_cell(tx, &id, c)?;
        }
        for d in &s.personal_dates {
            personal::insert_date(tx, &id, d)?;
        }
        for t in &s.thank_yous {
            personal::insert_thank_you(tx, &id, t)?;
        }
        Ok(())
    })
    .expect("written");
    assert!(!original.whitespace.is_empty() && !original.thank_yous.is_empty());
    let back = copy.account_snapshot(&id).expect("loads");
    assert_eq!(back, original);
}

#[test]
fn inserts_and_updates_tidy_text_alike() {
    use super::{accounts, stakeholders};
    use rapport_core::{Account, AccountId, Stakeholder};
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let account = AccountId::from("acme");
    let padded = Stakeholder {
        title: "  CFO ".into(),
        email: " raj@acme.example ".into(),
        personal_notes: "\nRuns marathons.\n  Two kids.\n".into(),
        ..Stakeholder::named("raj", " Raj Patel ")
    };
    ws.edit(|tx| {
        accounts::insert(tx, &Account::named(account.clone(), " Acme ", today()))?;
        stakeholders::insert(tx, &account, &padded)
    })
    .expect("inserted");
    let inserted = ws.account_snapshot(&account).expect("loads");
    assert_eq!(inserted.account.name, "Acme");
    let stored = inserted.stakeholders[0].clone();
    assert_eq!(
        (
            stored.name.as_str(),
            stored.title.as_str(),
            stored.email.as_str()
        ),
        ("Raj Patel", "CFO", "raj@acme.example")
    );
    assert_eq!(stored.personal_notes, "Runs marathons.\n  Two kids.");

    ws.update_stakeholder(&account, &padded).expect("updated");
    let updated = ws.account_snapshot(&account).expect("loads").stakeholders[0].clone();
    assert_eq!(updated, stored, "an update stores what an insert stores");
}
