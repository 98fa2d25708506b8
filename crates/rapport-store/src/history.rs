//! Undo and redo, kept in the workspace file so they survive a restart.
//!
//! This is SQLite's own undo/redo technique (<https://www.sqlite.org/undoredo.html>): triggers on
//! every account-data table write the *inverse* SQL of each row change into `history_statements`
//! while an edit is being recorded. Undoing a step replays its statements newest first, and the
//! same triggers record the replay's inverse as the redo step. Because it works on rows, it covers
//! every edit — including rows removed by `ON DELETE CASCADE` — without each edit knowing how to
//! reverse itself.
//!
//! The tables and triggers themselves are part of the schema (`crate::schema::history`).

use crate::error::{Error, Result};
use crate::tables::accounts;
use crate::workspace::Workspace;
use rapport_core::AccountId;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use specta::Type;

/// How many undo steps an account keeps; older ones are dropped.
const MAX_UNDO_STEPS: i64 = 500;

/// What the editor's undo and redo buttons show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HistoryState {
    /// What Ctrl+Z would undo, e.g. "Add Jane Doe"; `None` when there is nothing to undo.
    pub undo: Option<String>,
    pub redo: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stack {
    Undo,
    Redo,
}

impl Stack {
    fn word(self) -> &'static str {
        match self {
            Stack::Undo => "undo",
            Stack::Redo => "redo",
        }
    }

    fn other(self) -> Stack {
        match self {
            Stack::Undo => Stack::Redo,
            Stack::Redo => Stack::Undo,
        }
    }
}

fn begin_step(tx: &Transaction<'_>, account: &AccountId, stack: Stack, label: &str) -> Result<i64> {
    tx.execute(
        "INSERT INTO history_steps (account_id, stack, label) VALUES (?1, ?2, ?3)",
        params![account.as_str(), stack.word(), label],
    )?;
    let step = tx.last_insert_rowid();
    tx.execute("UPDATE history_recording SET step_id = ?1", [step])?;
    Ok(step)
}

/// Stops recording; a step that recorded nothing (the edit changed no row) is dropped. Returns
/// whether the step was kept.
fn end_step(tx: &Transaction<'_>, step: i64) -> Result<bool> {
    tx.execute("UPDATE history_recording SET step_id = NULL", [])?;
    let dropped = tx.execute(
        "DELETE FROM history_steps WHERE id = ?1
           AND NOT EXISTS (SELECT 1 FROM history_statements WHERE step_id = ?1)",
        [step],
    )?;
    Ok(dropped == 0)
}

fn top_step(conn: &Connection, account: &AccountId, stack: Stack) -> Result<Option<(i64, String)>> {
    Ok(conn
        .query_row(
            "SELECT id, label FROM history_steps WHERE account_id = ?1 AND stack = ?2
             ORDER BY id DESC LIMIT 1",
            params![account.as_str(), stack.word()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

impl Workspace {
    /// Runs one user edit of `account` as one transaction and records it as one undo step.
    /// `apply` reads what it needs *inside* the transaction (which holds the write lock from its
    /// first statement), checks, writes, and returns the step's label (shown as "Undo <label>")
    /// with its answer; so no other writer can change the account between the check and the
    /// write. An edit that changed something clears the redo stack; one that changed nothing
    /// records no step and leaves redo as it was.
    pub(crate) fn edit_recorded<T>(
        &mut self,
        account: &AccountId,
        apply: impl FnOnce(&Transaction<'_>) -> Result<(String, T)>,
    ) -> Result<T> {
        self.edit(|tx| {
            accounts::require(tx, account)?;
            let step = begin_step(tx, account, Stack::Undo, "")?;
            let (label, out) = apply(tx)?;
            if end_step(tx, step)? {
                tx.execute(
                    "UPDATE history_steps SET label = ?2 WHERE id = ?1",
                    params![step, label],
                )?;
                tx.execute(
                    "DELETE FROM history_steps WHERE account_id = ?1 AND stack = 'redo'",
                    [account.as_str()],
                )?;
                tx.execute(
                    "DELETE FROM history_steps WHERE account_id = ?1 AND stack = 'undo' AND id <= ?2 - ?3",
                    params![account.as_str(), step, MAX_UNDO_STEPS],
                )?;
            }
            Ok(out)
        })
    }

    /// What undo and redo would do now for this account.
    pub fn history_state(&self, account: &AccountId) -> Result<HistoryState> {
        Ok(HistoryState {
            undo: top_step(&self.conn, account, Stack::Undo)?.map(|(_, label)| label),
            redo: top_step(&self.conn, account, Stack::Redo)?.map(|(_, label)| label),
        })
    }

    /// Undoes the account's latest edit; returns its label, or `None` when there was none.
    pub fn undo(&mut self, account: &AccountId) -> Result<Option<String>> {
        self.replay(account, Stack::Undo)
    }

    /// Redoes the latest undone edit; returns its label, or `None` when there was none.
    pub fn redo(&mut self, account: &AccountId) -> Result<Option<String>> {
        self.replay(account, Stack::Redo)
    }

    fn replay(&mut self, account: &AccountId, from: Stack) -> Result<Option<String>> {
        self.edit(|tx| replay_step(tx, account, from))
    }
}

/// Replays the top step of `from` and records its inverse on the other stack.
fn replay_step(tx: &Transaction<'_>, account: &AccountId, from: Stack) -> Result<Option<String>> {
    let Some((step, label)) = top_step(tx, account, from)? else {
        return Ok(None);
    };
    // Rows come back newest change first, so a child may return before its parent: check
    // foreign keys at commit, when the whole step is back.
    tx.pragma_update(None, "defer_foreign_keys", "ON")?;
    let statements: Vec<String> = tx
        .prepare("SELECT sql FROM history_statements WHERE step_id = ?1 ORDER BY seq DESC")?
        .query_map([step], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let inverse = begin_step(tx, account, from.other(), &label)?;
    for sql in &statements {
        tx.execute_batch(sql)
            .map_err(|e| match crate::error::fault_of(&e) {
                // A full disk or a busy file is the file's problem, not the step's.
                Some(_) => Error::from(e),
                None => Error::conflict(format!(
                    "“{label}” can no longer be undone or redone: the workspace changed in a way \
                     history did not record ({e})."
                )),
            })?;
    }
    end_step(tx, inverse)?;
    tx.execute("DELETE FROM history_steps WHERE id = ?1", [step])?;
    Ok(Some(label))
}

/// Rewrites every recorded step in the triggers' current form, keeping what each step does and
/// its label: for each account, undo everything, redo everything, then undo what was undone
/// before. Each replay runs the step's old statements and records the new ones. The account
/// must come back exactly as it was (checked); an account whose history cannot be replayed (it
/// was already broken) keeps its data and loses its history instead.
pub(crate) fn rerecord_all(tx: &Transaction<'_>) -> Result<()> {
    let accounts: Vec<AccountId> = tx
        .prepare("SELECT DISTINCT account_id FROM history_steps ORDER BY account_id")?
        .query_map([], |row| Ok(AccountId(row.get(0)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for account in &accounts {
        tx.execute_batch("SAVEPOINT rerecord")?;
        match rerecord(tx, account) {
            Ok(true) => tx.execute_batch("RELEASE rerecord")?,
            // The file's own faults (full, busy, damaged) stop the upgrade; the rest means this
            // history no longer fits its account.
            Ok(false)
            | Err(
                Error::Conflict { .. }
                | Error::Validation { .. }
                | Error::NotFound { .. }
                | Error::Io { .. },
            ) => {
                tx.execute_batch("ROLLBACK TO rerecord; RELEASE rerecord")?;
                tx.execute(
                    "DELETE FROM history_steps WHERE account_id = ?1",
                    [account.as_str()],
                )?;
            }
            Err(other) => return Err(other),
        }
    }
    Ok(())
}

/// One account's steps rewritten; false when the account did not come back as it was.
fn rerecord(tx: &Transaction<'_>, account: &AccountId) -> Result<bool> {
    let before = account_as_stored(tx, account)?;
    let count = |stack: Stack| -> Result<i64> {
        Ok(tx.query_row(
            "SELECT count(*) FROM history_steps WHERE account_id = ?1 AND stack = ?2",
            params![account.as_str(), stack.word()],
            |row| row.get(0),
        )?)
    };
    let undone = count(Stack::Redo)?;
    while replay_step(tx, account, Stack::Undo)?.is_some() {}
    while replay_step(tx, account, Stack::Redo)?.is_some() {}
    for _ in 0..undone {
        replay_step(tx, account, Stack::Undo)?;
    }
    let violations: i64 =
        tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })?;
    Ok(violations == 0 && account_as_stored(tx, account)? == before)
}

/// Everything undo can change about an account, for comparing before and after a replay.
fn account_as_stored(tx: &Transaction<'_>, account: &AccountId) -> Result<String> {
    let snapshot = crate::snapshot::load_snapshot(tx, account)?;
    let reviews: Vec<[String; 6]> = tx
        .prepare(
            "SELECT id, title, date, attendees, notes, snapshot FROM reviews
              WHERE account_id = ?1 ORDER BY date, rowid",
        )?
        .query_map([account.as_str()], |row| {
            Ok([
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ])
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(format!("{snapshot:?} {reviews:?}"))
}
