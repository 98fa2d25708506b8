//! The undo log's tables and the triggers that fill them (see `crate::history` for how edits
//! are recorded and replayed). Part of the schema: the second migration creates these tables and
//! its hook writes the triggers from each tracked table's columns.
//!
//! A migration that adds a column to a tracked table must call [`rebuild_triggers`] again, or the
//! new column would not be restored by an undo.

use rusqlite::{Connection, Transaction};

/// Every table holding what a user edits. `accounts` is tracked for its plan fields; opening an
/// account (`last_opened_at`) runs outside a recorded edit, so it never becomes an undo step.
pub(crate) const TRACKED_TABLES: [&str; 20] = [
    "accounts",
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

/// (Re)creates the recording triggers of every tracked table from its current columns.
pub(crate) fn rebuild_triggers(conn: &Connection) -> rusqlite::Result<()> {
    for table in TRACKED_TABLES {
        let (columns, key) = columns_and_key(conn, table)?;
        conn.execute_batch(&triggers_for(table, &columns, &key))?;
    }
    Ok(())
}

/// The table's columns, and those of its primary key (in key order).
fn columns_and_key(conn: &Connection, table: &str) -> rusqlite::Result<(Vec<String>, Vec<String>)> {
    let mut columns: Vec<(String, i64)> = conn
        .prepare("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?
        .query_map([table], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let names = columns.iter().map(|(name, _)| name.clone()).collect();
    columns.retain(|(_, pk)| *pk > 0);
    columns.sort_by_key(|(_, pk)| *pk);
    let mut key: Vec<String> = columns.into_iter().map(|(name, _)| name).collect();
    if key.is_empty() {
        // Every tracked table has a primary key (a test says so); rowid is only a fallback.
        key.push("rowid".into());
    }
    Ok((names, key))
}

/// Three triggers per table. Each writes one SQL statement that puts the row back as it was.
///
/// The statements find their row by its primary key (ids that are never reused), not by rowid:
/// SQLite gives a deleted row's rowid to the next row inserted, and history is kept per account
/// while the tables are shared, so a rowid freed by an undo in one account could belong to
/// another account's row by the time of the redo. A row put back keeps its old rowid when that
/// is still free (reviews of one day are listed in the order they were recorded) and takes a new
/// one when it is not.
fn triggers_for(table: &str, columns: &[String], key: &[String]) -> String {
    let step = "(SELECT step_id FROM history_recording)";
    let when = format!("WHEN {step} IS NOT NULL");
    let names = columns.join(",");
    let old_values = columns
        .iter()
        .map(|c| format!("quote(old.{c})"))
        .collect::<Vec<_>>()
        .join(" || ',' || ");
    let old_assignments = columns
        .iter()
        .map(|c| format!("'{c}=' || quote(old.{c})"))
        .collect::<Vec<_>>()
        .join(" || ',' || ");
    // The row as it is after the change (an update that changed its key is found by the new one).
    let new_key = key
        .iter()
        .map(|c| format!("'{c}=' || quote(new.{c})"))
        .collect::<Vec<_>>()
        .join(" || ' AND ' || ");
    let old_rowid_if_free = format!(
        "'(SELECT CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE rowid=' || old.rowid || \
         ') THEN NULL ELSE ' || old.rowid || ' END)'"
    );
    format!(
        "DROP TRIGGER IF EXISTS {table}_undo_insert;
         DROP TRIGGER IF EXISTS {table}_undo_update;
         DROP TRIGGER IF EXISTS {table}_undo_delete;
         CREATE TRIGGER {table}_undo_insert AFTER INSERT ON {table} {when} BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'DELETE FROM {table} WHERE ' || {new_key});
         END;
         CREATE TRIGGER {table}_undo_update AFTER UPDATE ON {table} {when} BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'UPDATE {table} SET ' || {old_assignments} || ' WHERE ' || {new_key});
         END;
         CREATE TRIGGER {table}_undo_delete BEFORE DELETE ON {table} {when} BEGIN
             INSERT INTO history_statements (step_id, sql)
             VALUES ({step}, 'INSERT INTO {table} (rowid,{names}) VALUES (' || {old_rowid_if_free} || ',' || {old_values} || ')');
         END;"
    )
}

/// The fourth migration's hook: history keyed by primary key. The triggers are rewritten, and
/// the steps recorded before (keyed by rowid) are rewritten by replaying them (see
/// `crate::history::rerecord_all`).
pub(crate) fn key_history_by_primary_key(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    rebuild_triggers(tx)?;
    crate::history::rerecord_all(tx)
        .map_err(|e| rusqlite_migration::HookError::Hook(e.to_string()))?;
    Ok(())
}
