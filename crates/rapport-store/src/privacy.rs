//! A person's personal data, for good. Deleting a person is undoable, which means the undo log
//! keeps their row (name, contact details, personal notes) for up to 500 steps, and every review
//! keeps its frozen copy of them. "Erase this person's personal data" removes all of it and
//! cannot be undone; "Clear history" drops an account's whole undo log.
//!
//! Every writing connection overwrites what it deletes (`secure_delete`, see `file::connect`), and
//! both checkpoint the WAL afterwards, so the data does not linger in free space of the file or
//! in its `-wal`. (A file written by a Rapport before this one may still hold bytes deleted back
//! then in its free pages, until they are reused.) Backups taken before are copies of the file as
//! it was and still hold the person until they are removed (the README says so).

use crate::error::{Error, Result};
use crate::frozen::read_frozen_snapshot;
use crate::tables::stakeholders;
use crate::workspace::Workspace;
use rapport_core::{AccountId, StakeholderId, erase_stakeholder};
use rusqlite::{Connection, params};
use serde::Serialize;
use specta::Type;

/// What erasing a person removed besides them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Erasure {
    pub name: String,
    /// Undo steps that mentioned them (dropped whole: a step cannot be half undone).
    pub history_steps: u32,
    /// Reviews whose frozen copy of the account held them.
    pub reviews: u32,
}

impl Workspace {
    /// Erases one of their people: the person with their lines and goals, every undo step that
    /// mentions them (by id, or by name in its label), and their traces in every review's frozen
    /// account. Not undoable; the UI asks first.
    pub fn erase_person(&mut self, account: &AccountId, id: &StakeholderId) -> Result<Erasure> {
        let erasure = self.overwriting(|ws| {
            ws.edit(|tx| {
                let name =
                    stakeholders::name_on(tx, account, id)?.ok_or_else(Error::person_gone)?;
                let history_steps = tx.execute(
                    "DELETE FROM history_steps WHERE account_id = ?1
                       AND (instr(label, ?3) > 0
                            OR id IN (SELECT step_id FROM history_statements
                                       WHERE instr(sql, ?2) > 0))",
                    params![account.as_str(), id.as_str(), name],
                )?;
                stakeholders::delete(tx, account, id)?;
                let reviews = erase_from_reviews(tx, account, id)?;
                Ok(Erasure {
                    name,
                    history_steps: count(history_steps),
                    reviews,
                })
            })
        })?;
        Ok(erasure)
    }

    /// Drops the account's whole undo and redo history. Not undoable. Returns how many steps went.
    pub fn clear_history(&mut self, account: &AccountId) -> Result<u32> {
        self.overwriting(|ws| {
            ws.edit(|tx| {
                crate::tables::accounts::require(tx, account)?;
                let steps = tx.execute(
                    "DELETE FROM history_steps WHERE account_id = ?1",
                    [account.as_str()],
                )?;
                Ok(count(steps))
            })
        })
    }

    /// Runs `erase` (every writing connection overwrites what it deletes: `secure_delete`), then
    /// empties the WAL into the file, so no older copy of a page stays in the `-wal`.
    fn overwriting<T>(&mut self, erase: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let out = erase(self)?;
        // Busy (a reader holds an old snapshot) only delays this; the data is already gone from
        // the account.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(out)
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Removes the person from every review of the account; returns how many reviews changed.
fn erase_from_reviews(conn: &Connection, account: &AccountId, id: &StakeholderId) -> Result<u32> {
    let frozen: Vec<(String, String)> = conn
        .prepare("SELECT id, snapshot FROM reviews WHERE account_id = ?1")?
        .query_map([account.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut changed = 0;
    for (review, json) in frozen {
        // A review that cannot be read cannot hold a readable copy of the person either; a text
        // search settles it (the id is a ULID, unique in the file).
        let Ok(mut snapshot) = read_frozen_snapshot(&json) else {
            if json.contains(id.as_str()) {
                conn.execute("DELETE FROM reviews WHERE id = ?1", [&review])?;
                changed += 1;
            }
            continue;
        };
        if erase_stakeholder(&mut snapshot, id) {
            let json = serde_json::to_string(&snapshot)
                .map_err(|e| Error::io(format!("A review could not be rewritten ({e}).")))?;
            conn.execute(
                "UPDATE reviews SET snapshot = ?2 WHERE id = ?1",
                params![review, json],
            )?;
            changed += 1;
        }
    }
    Ok(changed)
}
