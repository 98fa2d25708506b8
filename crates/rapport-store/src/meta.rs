//! Facts about the workspace file kept in the file (`workspace_meta`): which Rapport wrote it,
//! when it was created, when the demo was written into it.

use crate::error::Result;
use crate::workspace::Workspace;
use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension};

/// The version of Rapport this build is, as files record it.
pub const RAPPORT_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The last Rapport that opened the file for writing.
const WRITTEN_BY: &str = "written_by";
const CREATED_BY: &str = "created_by";
const CREATED_AT: &str = "created_at";
const DEMO_CREATED_ON: &str = "demo_created_on";
/// A random id given to the file once, so what is exported from it (calendar events' UIDs) can
/// be told from another workspace's and stays the same from one export to the next.
const WORKSPACE_ID: &str = "workspace_id";

/// What [`Workspace::workspace_id`] answers for a file opened read-only before it had an id.
pub const UNNAMED_WORKSPACE_ID: &str = "unnamed";

pub(crate) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM workspace_meta WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
}

fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO workspace_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Which Rapport wrote a file, read without assuming the table exists (a newer Rapport's file,
/// or one from before the table, may not have it).
pub(crate) fn written_by(conn: &Connection) -> Option<String> {
    get(conn, WRITTEN_BY).ok().flatten()
}

/// Stamps a new file with this Rapport and the time it was made.
pub(crate) fn record_created(conn: &Connection, now: NaiveDateTime) -> Result<()> {
    set(conn, CREATED_BY, RAPPORT_VERSION)?;
    set(
        conn,
        CREATED_AT,
        &now.format("%Y-%m-%dT%H:%M:%S").to_string(),
    )?;
    ensure_workspace_id(conn)?;
    set(conn, WRITTEN_BY, RAPPORT_VERSION)
}

/// Records this Rapport as the file's writer (only when it changes: opening writes nothing
/// otherwise).
pub(crate) fn record_writer(conn: &Connection) -> Result<()> {
    ensure_workspace_id(conn)?;
    if get(conn, WRITTEN_BY)?.as_deref() != Some(RAPPORT_VERSION) {
        set(conn, WRITTEN_BY, RAPPORT_VERSION)?;
    }
    Ok(())
}

/// Gives the file its id if it has none yet (files made before ids existed get one the first
/// time they are opened for writing).
pub(crate) fn ensure_workspace_id(conn: &Connection) -> Result<()> {
    if get(conn, WORKSPACE_ID)?.is_none() {
        set(conn, WORKSPACE_ID, &crate::codec::new_id().to_lowercase())?;
    }
    Ok(())
}

pub(crate) fn record_demo_created(conn: &Connection, today: NaiveDate) -> Result<()> {
    set(conn, DEMO_CREATED_ON, &today.to_string())
}

impl Workspace {
    /// The Rapport version that last opened this file for writing.
    pub fn written_by(&self) -> Result<Option<String>> {
        get(&self.conn, WRITTEN_BY)
    }

    /// The file's own id (see [`WORKSPACE_ID`]); [`UNNAMED_WORKSPACE_ID`] for a file from before
    /// ids that was only ever opened read-only.
    pub fn workspace_id(&self) -> Result<String> {
        Ok(get(&self.conn, WORKSPACE_ID)?.unwrap_or_else(|| UNNAMED_WORKSPACE_ID.to_owned()))
    }

    /// When the demo accounts were written into this workspace, if they were.
    pub fn demo_created_on(&self) -> Result<Option<NaiveDate>> {
        Ok(get(&self.conn, DEMO_CREATED_ON)?.and_then(|d| d.parse().ok()))
    }
}
