//! The column lists cannot drift from the migrations: each must be exactly the live schema's.

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
        assert_eq!(
            live_columns(&ws, table.name),
            table.columns,
            "the columns of {}",
            table.name
        );
    }
}

#[test]
fn every_table_is_spelled_and_every_one_is_in_the_undo_log() {
    let ws = Workspace::open_in_memory().expect("workspace");
    let mut live: Vec<String> = ws
        .conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'history_%'",
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
