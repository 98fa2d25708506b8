//! The migration that makes a workspace a portfolio of real accounts: accounts can be archived,
//! reference-ability gets its details, each account keeps dated recommendation scores, and undo
//! history gets a scope — one account, or the workspace (creating, renaming, archiving and
//! deleting accounts).
//!
//! Written as a hook because it must drop the undo triggers before it changes `accounts` (SQLite
//! refuses to drop a column a trigger names) and write them again afterwards.

use super::history::{drop_triggers, rebuild_triggers};
use rusqlite::Transaction;

const PORTFOLIO: &str = r#"
-- An archived account leaves the portfolio's list and totals without being deleted; the date
-- says since when.
ALTER TABLE accounts ADD COLUMN archived_on TEXT;

-- Reference-ability was one word (unknown, no, private, public). It becomes what the client
-- would do for us and what a prospect would match them on. A private reference took calls; a
-- public one was also named.
ALTER TABLE accounts ADD COLUMN reference_named INTEGER NOT NULL DEFAULT 0
    CHECK (reference_named IN (0, 1));
ALTER TABLE accounts ADD COLUMN reference_calls INTEGER NOT NULL DEFAULT 0
    CHECK (reference_calls IN (0, 1));
ALTER TABLE accounts ADD COLUMN reference_case_study INTEGER NOT NULL DEFAULT 0
    CHECK (reference_case_study IN (0, 1));
ALTER TABLE accounts ADD COLUMN reference_industry  TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN reference_geography TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN reference_size      TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN reference_problem   TEXT NOT NULL DEFAULT '';
UPDATE accounts SET reference_named = (referenceability = 'public'),
                    reference_calls = (referenceability IN ('public', 'private'));
ALTER TABLE accounts DROP COLUMN referenceability;

-- The account's answer to "would you recommend us?" over time; one score a day.
CREATE TABLE account_nps (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (account_id, date)
);

-- A history step belongs to one account, or to the workspace when account_id is NULL. SQLite
-- cannot drop NOT NULL in place, so both history tables are made anew and take back the names.
CREATE TABLE history_scoped_steps (
    id         INTEGER PRIMARY KEY,
    account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
    stack      TEXT NOT NULL CHECK (stack IN ('undo','redo')),
    label      TEXT NOT NULL
);
CREATE TABLE history_scoped_statements (
    seq     INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES history_scoped_steps(id) ON DELETE CASCADE,
    sql     TEXT NOT NULL
);
-- Steps recorded before this version found rows by rowid, which another account's insert may
-- have taken since: replaying them could change the wrong row. They are not carried over (the
-- file's data is; a backup of the file as it was is taken before any upgrade).
DROP TABLE history_statements;
DROP TABLE history_steps;
ALTER TABLE history_scoped_steps RENAME TO history_steps;
ALTER TABLE history_scoped_statements RENAME TO history_statements;
CREATE INDEX history_steps_by_scope ON history_steps(account_id, stack, id);
CREATE INDEX history_statements_by_step ON history_statements(step_id, seq);
"#;

pub(crate) fn migrate(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    drop_triggers(tx)?;
    tx.execute_batch(PORTFOLIO)?;
    rebuild_triggers(tx)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::workspace::Workspace;
    use rapport_core::{AccountId, ReferenceKind};
    use rusqlite::Connection;

    /// A workspace written before this migration, with a recorded undo step, opens with its
    /// data whole and its reference-ability read from the old word; the step, recorded by rowid,
    /// is not carried over, and new edits are undoable as usual.
    #[test]
    fn an_older_workspace_keeps_its_data_and_starts_a_fresh_history() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.sqlite");
        {
            let mut conn = Connection::open(&path).expect("file");
            conn.pragma_update(None, "foreign_keys", "ON")
                .expect("pragma");
            super::super::migrations()
                .to_version(&mut conn, 2)
                .expect("the schema before this migration");
            conn.execute_batch(
                "INSERT INTO accounts (id, name, referenceability, created_on)
                     VALUES ('a', 'Acme', 'public', '2026-01-01'),
                            ('b', 'Bolt', 'private', '2026-01-01');
                 INSERT INTO history_steps (id, account_id, stack, label) VALUES (1, 'a', 'undo', 'Add Ana');
                 UPDATE history_recording SET step_id = 1;
                 INSERT INTO stakeholders (id, account_id, name) VALUES ('s', 'a', 'Ana');
                 UPDATE history_recording SET step_id = NULL;",
            )
            .expect("old data");
        }
        let mut ws = Workspace::open(
            &path,
            crate::OpenMode::ExistingOnly,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
                .expect("day")
                .into(),
        )
        .expect("migrated");
        let (acme, bolt) = (AccountId::from("a"), AccountId::from("b"));
        let reference = |ws: &Workspace, id| {
            ws.account_snapshot(id)
                .expect("loads")
                .account
                .referenceability
                .willing_to
        };
        assert_eq!(
            reference(&ws, &acme),
            [ReferenceKind::NamedReference, ReferenceKind::ReferenceCall]
        );
        assert_eq!(reference(&ws, &bolt), [ReferenceKind::ReferenceCall]);
        let state = ws.history_state(&acme).expect("history");
        assert_eq!((state.undo, state.redo), (None, None));
        assert_eq!(
            ws.account_snapshot(&acme)
                .expect("loads")
                .stakeholders
                .len(),
            1,
            "Ana stays"
        );
        ws.quick_add(&acme, "Ben Ode, CFO", None).expect("added");
        ws.undo(&acme).expect("undone");
        assert_eq!(
            ws.account_snapshot(&acme)
                .expect("loads")
                .stakeholders
                .len(),
            1
        );
    }
}
