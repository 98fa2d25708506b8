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
//!
//! History has scopes ([`HistoryScope`]): each account has its own undo stack for its map and
//! plan, and the workspace has one for the portfolio (creating, renaming, archiving and deleting
//! accounts, and records shared by every account). Undo in one scope replays only that scope's
//! steps; the recorded statements name rows by primary key and put back only the columns a step
//! changed, so an account's undo never touches another account, nor what the portfolio changed
//! on the same account row.

use crate::error::{Error, Result};
use crate::tables::accounts;
use crate::workspace::Workspace;
use rapport_core::AccountId;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use specta::Type;

/// How many undo steps each scope keeps; older ones are dropped.
const MAX_UNDO_STEPS: i64 = 500;

/// What the editor's undo and redo buttons show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct HistoryState {
    /// What Ctrl+Z would undo, e.g. "Add Jane Doe"; `None` when there is nothing to undo.
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// Whose undo stack an edit goes on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HistoryScope {
    /// One account's map and plan.
    Account(AccountId),
    /// The portfolio: accounts as a whole (create, rename, archive, delete) and workspace-wide
    /// records.
    Workspace,
}

impl HistoryScope {
    /// The `history_steps.account_id` of the scope (`NULL` for the workspace).
    fn account(&self) -> Option<&str> {
        match self {
            HistoryScope::Account(id) => Some(id.as_str()),
            HistoryScope::Workspace => None,
        }
    }
}

impl From<&AccountId> for HistoryScope {
    fn from(account: &AccountId) -> Self {
        HistoryScope::Account(account.clone())
    }
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

fn begin_step(
    tx: &Transaction<'_>,
    scope: &HistoryScope,
    stack: Stack,
    label: &str,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO history_steps (account_id, stack, label) VALUES (?1, ?2, ?3)",
        params![scope.account(), stack.word(), label],
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

fn top_step(
    conn: &Connection,
    scope: &HistoryScope,
    stack: Stack,
) -> Result<Option<(i64, String)>> {
    Ok(conn
        .query_row(
            "SELECT id, label FROM history_steps WHERE account_id IS ?1 AND stack = ?2
             ORDER BY id DESC LIMIT 1",
            params![scope.account(), stack.word()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

impl Workspace {
    /// Runs one user edit of `account` as one transaction and records it as one step of that
    /// account's undo stack. The account is checked and `apply` reads what it needs *inside* the
    /// transaction (which holds the write lock from its first statement), checks, writes, and
    /// returns the step's label (shown as "Undo <label>") with its answer; so no other writer can
    /// change the account between the check and the write.
    pub(crate) fn edit_recorded<T>(
        &mut self,
        account: &AccountId,
        apply: impl FnOnce(&Transaction<'_>) -> Result<(String, T)>,
    ) -> Result<T> {
        self.record_in(&account.into(), |tx| {
            accounts::require(tx, account)?;
            apply(tx)
        })
    }

    /// Runs one user edit as one transaction and records it as one step of `scope`'s undo stack
    /// named `label`. Everything `apply` writes is in the step, whatever tables it touches:
    /// creating an account and importing its people in one call is one step of the workspace,
    /// and its undo removes both.
    pub(crate) fn edit_recorded_in<T>(
        &mut self,
        scope: &HistoryScope,
        label: &str,
        apply: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.record_in(scope, |tx| Ok((label.to_owned(), apply(tx)?)))
    }

    /// One recorded edit: an edit that changed something clears the scope's redo stack; one that
    /// changed nothing records no step and leaves redo as it was.
    fn record_in<T>(
        &mut self,
        scope: &HistoryScope,
        apply: impl FnOnce(&Transaction<'_>) -> Result<(String, T)>,
    ) -> Result<T> {
        self.edit(|tx| {
            let step = begin_step(tx, scope, Stack::Undo, "")?;
            let (label, out) = apply(tx)?;
            if end_step(tx, step)? {
                tx.execute(
                    "UPDATE history_steps SET label = ?2 WHERE id = ?1",
                    params![step, label],
                )?;
                tx.execute(
                    "DELETE FROM history_steps WHERE account_id IS ?1 AND stack = 'redo'",
                    [scope.account()],
                )?;
                tx.execute(
                    "DELETE FROM history_steps WHERE account_id IS ?1 AND stack = 'undo' AND id IN
                       (SELECT id FROM history_steps WHERE account_id IS ?1 AND stack = 'undo'
                        ORDER BY id DESC LIMIT -1 OFFSET ?2)",
                    params![scope.account(), MAX_UNDO_STEPS],
                )?;
            }
            Ok(out)
        })
    }

    /// What undo and redo would do now in this scope (an account, or the workspace).
    pub fn history_state(&self, scope: impl Into<HistoryScope>) -> Result<HistoryState> {
        let scope = scope.into();
        Ok(HistoryState {
            undo: top_step(&self.conn, &scope, Stack::Undo)?.map(|(_, label)| label),
            redo: top_step(&self.conn, &scope, Stack::Redo)?.map(|(_, label)| label),
        })
    }

    /// Undoes the scope's latest edit; returns its label, or `None` when there was none.
    pub fn undo(&mut self, scope: impl Into<HistoryScope>) -> Result<Option<String>> {
        self.replay(&scope.into(), Stack::Undo)
    }

    /// Redoes the scope's latest undone edit; returns its label, or `None` when there was none.
    pub fn redo(&mut self, scope: impl Into<HistoryScope>) -> Result<Option<String>> {
        self.replay(&scope.into(), Stack::Redo)
    }

    fn replay(&mut self, scope: &HistoryScope, from: Stack) -> Result<Option<String>> {
        let mut replayed = None;
        self.edit(|tx| {
            replayed = replay_step(tx, scope, from)?;
            Ok(replayed.clone())
        })
        .map_err(|e| match (&replayed, e) {
            // The step ran but the commit refused it: a name or a manager taken again in the
            // meantime shows there (foreign keys are checked once the whole step is back).
            (Some(label), Error::Conflict { message }) => replayed_too_late(label, &message),
            (_, e) => e,
        })
    }
}

/// Replays the top step of `from` and records its inverse on the other stack.
fn replay_step(tx: &Transaction<'_>, scope: &HistoryScope, from: Stack) -> Result<Option<String>> {
    let Some((step, label)) = top_step(tx, scope, from)? else {
        return Ok(None);
    };
    // Rows come back newest change first, so a child may return before its parent: check
    // foreign keys at commit, when the whole step is back.
    tx.pragma_update(None, "defer_foreign_keys", "ON")?;
    let statements: Vec<String> = tx
        .prepare("SELECT sql FROM history_statements WHERE step_id = ?1 ORDER BY seq DESC")?
        .query_map([step], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let in_use = match scope {
        HistoryScope::Workspace => offerings_in_use(tx)?,
        HistoryScope::Account(_) => Vec::new(),
    };
    let inverse = begin_step(tx, scope, from.other(), &label)?;
    for sql in &statements {
        tx.execute_batch(sql)
            .map_err(|e| match crate::error::fault_of(&e) {
                // A full disk or a busy file is the file's problem, not the step's.
                Some(_) => Error::from(e),
                None => replayed_too_late(&label, &e),
            })?;
    }
    let verb = match from {
        Stack::Undo => "undo",
        Stack::Redo => "redo",
    };
    refuse_taking_offerings_in_use(tx, verb, &in_use)?;
    end_step(tx, inverse)?;
    tx.execute("DELETE FROM history_steps WHERE id = ?1", [step])?;
    Ok(Some(label))
}

/// Who has whitespace cells on which offering: (offering id, offering name, account id,
/// account name), one row per offering and account.
type OfferingUse = (String, String, String, String);

/// Every account's use of the catalogue's offerings, before a portfolio step is replayed.
fn offerings_in_use(tx: &Transaction<'_>) -> Result<Vec<OfferingUse>> {
    let mut stmt = tx.prepare(
        "SELECT DISTINCT o.id, o.name, a.id, a.name FROM whitespace w
         JOIN offerings o ON o.id = w.offering_id JOIN accounts a ON a.id = w.account_id
         ORDER BY a.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a portfolio step whose replay took an offering out of the catalogue while accounts
/// that stay had cells on it ("Add offering" undone after cells were put on it; a redo of
/// "Remove offering" likewise): the cells would go with it, from those accounts' plans and
/// outside their histories. An account the same step takes away (undoing an import) takes its
/// own cells, which is no loss. The transaction is rolled back, so nothing changes; the message
/// names the accounts whose cells to clear first.
fn refuse_taking_offerings_in_use(
    tx: &Transaction<'_>,
    verb: &str,
    in_use: &[OfferingUse],
) -> Result<()> {
    let exists = |table: &str, id: &str| -> Result<bool> {
        let sql = format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)");
        Ok(tx.query_row(&sql, [id], |r| r.get(0))?)
    };
    let mut lost: Vec<(&str, Vec<&str>)> = Vec::new();
    for (offering, offering_name, account, account_name) in in_use {
        if exists("offerings", offering)? || !exists("accounts", account)? {
            continue;
        }
        match lost.iter_mut().find(|(name, _)| name == offering_name) {
            Some((_, accounts)) => accounts.push(account_name),
            None => lost.push((offering_name, vec![account_name])),
        }
    }
    let Some((offering, accounts)) = lost.first() else {
        return Ok(());
    };
    let accounts = accounts
        .iter()
        .map(|name| format!("“{name}”"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(Error::conflict(format!(
        "Nothing was changed: this would take “{offering}” out of the catalogue, but it is in \
         the whitespace of {accounts}. Clear its cells there first, then {verb} again."
    )))
}

fn replayed_too_late(label: &str, why: &dyn std::fmt::Display) -> Error {
    Error::conflict(format!(
        "“{label}” can no longer be undone or redone: the workspace changed in a way history did \
         not record ({why})."
    ))
}
