//! The undo log's tables and the triggers that fill them (see `crate::history` for how edits
//! are recorded and replayed). Part of the schema: the second migration creates these tables and
//! its hook writes the triggers from each tracked table's columns.
//!
//! A migration that adds a column to a tracked table must call [`rebuild_triggers`] again, or the
//! new column would not be restored by an undo; one that drops or renames a column must call
//! [`drop_triggers`] first (see `schema/portfolio.rs`).

use rusqlite::{Connection, Transaction};

/// Every table holding what a user edits. Opening an account (`last_opened_at`) runs outside a
/// recorded edit, so it never becomes an undo step.
pub(crate) const TRACKED_TABLES: [&str; 24] = [
    "accounts",
    "account_nps",
    "stakeholders",
    "stakeholder_roles",
    "team_members",
    "account_team",
    "reports_to",
    "coverage",
    "relations",
    "goals",
    "initiatives",
    "initiative_goals",
    "interactions",
    "interaction_stakeholders",
    "interaction_team",
    "analysis_notes",
    "analysis_note_stakeholders",
    "reviews",
    "offerings",
    "needs",
    "whitespace",
    "personal_dates",
    "thank_yous",
    "reference_requests",
];

pub(crate) const V2_HISTORY: &str = r#"
CREATE TABLE history_steps (
    id         INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stack      TEXT NOT NULL CHECK (stack IN ('undo','redo')),
    label      TEXT NOT NULL
);
CREATE INDEX history_steps_by_account ON history_steps(account_id, stack, id);

CREATE TABLE history_statements (
    seq     INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES history_steps(id) ON DELETE CASCADE,
    sql     TEXT NOT NULL
);
CREATE INDEX history_statements_by_step ON history_statements(step_id, seq);

-- Which step the triggers write into; NULL when no edit is being recorded.
CREATE TABLE history_recording (
    only    INTEGER PRIMARY KEY CHECK (only = 1),
    step_id INTEGER
);
INSERT INTO history_recording (only, step_id) VALUES (1, NULL);
"#;

/// The migration hook that installs the triggers once the tables exist.
pub(crate) fn install_triggers(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    rebuild_triggers(tx)?;
    Ok(())
}

/// (Re)creates the recording triggers of every tracked table from its current columns. A table a
/// later migration creates has no columns yet when an earlier migration runs this: it is skipped
/// then, and that later migration rebuilds the triggers.
pub(crate) fn rebuild_triggers(conn: &Connection) -> rusqlite::Result<()> {
    for table in TRACKED_TABLES {
        let columns: Vec<(String, i64)> = conn
            .prepare(&format!(
                "SELECT name, pk FROM pragma_table_info('{table}')"
            ))?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut key: Vec<(String, i64)> =
            columns.iter().filter(|(_, pk)| *pk > 0).cloned().collect();
        key.sort_by_key(|(_, pk)| *pk);
        if columns.is_empty() {
            continue;
        }
        let names: Vec<String> = columns.into_iter().map(|(name, _)| name).collect();
        let key: Vec<String> = key.into_iter().map(|(name, _)| name).collect();
        conn.execute_batch(&triggers_for(table, &names, &key))?;
    }
    Ok(())
}

/// Drops every recording trigger, whatever tables it was written for (a migration that changes a
/// tracked table's columns drops them first and rebuilds them after).
pub(crate) fn drop_triggers(conn: &Connection) -> rusqlite::Result<()> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND (name GLOB '*_undo_insert'
               OR name GLOB '*_undo_update' OR name GLOB '*_undo_delete')",
        )?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for name in names {
        conn.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
    }
    Ok(())
}

/// Three triggers per table. Each writes one SQL statement that puts the row back as it was.
///
/// Statements find their row by its primary key, not its rowid, so a step only ever touches the
/// rows it changed, even when a row deleted in another scope left its rowid to a newer row. An
/// update puts back only the columns it changed, so steps of different scopes that change
/// different columns of one row (a rename on the portfolio, the revenue in the account's
/// profile) undo independently. A deleted row comes back under its old rowid when that is free,
/// so lists read in rowid order keep their order.
fn triggers_for(table: &str, columns: &[String], key: &[String]) -> String {
    let step = "(SELECT step_id FROM history_recording)";
    let when = format!("WHEN {step} IS NOT NULL");
    let names = columns.join(",");
    let row_of = |side: &str| {
        key.iter()
            .map(|c| format!("'{c}=' || quote({side}.{c})"))
            .collect::<Vec<_>>()
            .join(" || ' AND ' || ")
    };
    let old_values = columns
        .iter()
        .map(|c| format!("quote(old.{c})"))
        .collect::<Vec<_>>()
        .join(" || ',' || ");
    let changed_assignments = columns
        .iter()
        .map(|c| format!("CASE WHEN old.{c} IS new.{c} THEN '' ELSE ',{c}=' || quote(old.{c}) END"))
        .collect::<Vec<_>>()
        .join(" || ");
    let any_changed = columns
        .iter()
        .map(|c| format!("old.{c} IS NOT new.{c}"))
        .collect::<Vec<_>>()
        .join(" OR ");
    let free_rowid = format!(
        "'(SELECT CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE rowid=' || old.rowid || ') THEN NULL ELSE ' || old.rowid || ' END)'"
    );
    let new_row = row_of("new");
    format!(
        "DROP TRIGGER IF EXISTS {table}_undo_insert;
         DROP TRIGGER IF EXISTS {table}_undo_update;
         DROP TRIGGER IF EXISTS {table}_undo_delete;
         CREATE TRIGGER {table}_undo_insert AFTER INSERT ON {table} {when} BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'DELETE FROM {table} WHERE ' || {new_row});
         END;
         CREATE TRIGGER {table}_undo_update AFTER UPDATE ON {table} {when} AND ({any_changed}) BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'UPDATE {table} SET ' || substr({changed_assignments}, 2) || ' WHERE ' || {new_row});
         END;
         CREATE TRIGGER {table}_undo_delete BEFORE DELETE ON {table} {when} BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'INSERT INTO {table} (rowid,{names}) VALUES (' || {free_rowid} || ',' || {old_values} || ')');
         END;"
    )
}
