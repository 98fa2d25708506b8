//! Whether a workspace file is sound: SQLite's own integrity and foreign-key checks, and the undo
//! log's invariants (no step half-recorded). The crash tests run it after every kill; `rapport
//! backup` could run it before trusting a copy.

use crate::error::{Result, fault_of};
use crate::workspace::Workspace;

/// What is wrong with a workspace file; empty lists mean nothing is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HealthReport {
    /// `PRAGMA integrity_check` lines other than "ok".
    pub integrity: Vec<String>,
    /// `PRAGMA foreign_key_check` rows, as "table rowid → parent".
    pub foreign_keys: Vec<String>,
    /// Broken undo-log invariants.
    pub history: Vec<String>,
}

impl HealthReport {
    pub fn is_sound(&self) -> bool {
        self.integrity.is_empty() && self.foreign_keys.is_empty() && self.history.is_empty()
    }
}

impl Workspace {
    fn integrity_lines(&self) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        stmt.query_map([], |r| r.get::<_, String>(0))?.collect()
    }

    /// Checks the whole file (it reads every page: seconds for a large workspace).
    pub fn check_health(&self) -> Result<HealthReport> {
        let integrity = match self.integrity_lines() {
            Ok(lines) => lines.into_iter().filter(|line| line != "ok").collect(),
            // SQLite could not even run its check. Our schema is fixed, so a check that fails on
            // its own words (a function or table the damaged schema text now names) means the
            // file is broken — a finding, not an error of the request. Busy, read-only and the
            // like stay errors.
            Err(err) if fault_of(&err).is_none() => {
                vec![format!("the integrity check could not run: {err}")]
            }
            Err(err) => return Err(err.into()),
        };
        let mut report = HealthReport {
            integrity,
            ..HealthReport::default()
        };
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        report.foreign_keys = stmt
            .query_map([], |r| {
                Ok(format!(
                    "{} row {} → {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                    r.get::<_, String>(2)?
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let recording: Option<i64> =
            self.conn
                .query_row("SELECT step_id FROM history_recording", [], |r| r.get(0))?;
        if let Some(step) = recording {
            report
                .history
                .push(format!("step {step} was left recording"));
        }
        let empty: Vec<i64> = self
            .conn
            .prepare(
                "SELECT id FROM history_steps s
                  WHERE NOT EXISTS (SELECT 1 FROM history_statements WHERE step_id = s.id)",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for step in empty {
            report
                .history
                .push(format!("step {step} has no statements"));
        }
        Ok(report)
    }

    /// Caps the file at `pages` pages, as a full disk would (SQLite's `max_page_count`): for
    /// the tests that check a full disk is reported and leaves nothing half-written.
    #[doc(hidden)]
    pub fn cap_file_size_for_tests(&self, pages: u32) -> Result<()> {
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }

    /// How many pages the file has now.
    #[doc(hidden)]
    pub fn page_count_for_tests(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "page_count", |r| r.get(0))?)
    }

    /// Sets SQLite's `synchronous` on this connection (`FULL` is what every writing connection
    /// has): for the benchmark that tells an edit's own work from waiting for the disk.
    #[doc(hidden)]
    pub fn set_synchronous_for_benchmarks(&self, mode: &str) -> Result<()> {
        self.conn.pragma_update(None, "synchronous", mode)?;
        Ok(())
    }

    /// The connection's journal mode and `synchronous` (as a number: 2 is `FULL`).
    #[doc(hidden)]
    pub fn durability_for_benchmarks(&self) -> Result<(String, u32)> {
        let journal = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        let synchronous = self
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))?;
        Ok((journal, synchronous))
    }
}
