//! The connection to an accepted workspace file: for writing when the file and its folder allow
//! it, upgraded (after a backup) when it is older; otherwise for reading only, so a workspace on
//! a read-only share or a locked-down folder still opens and shows its accounts.

use super::identity::{APPLICATION_ID, Accepted};
use super::uri::file_uri;
use crate::backups::{self, BackupReason};
use crate::error::{Error, Result};
use crate::meta;
use crate::schema;
use chrono::NaiveDateTime;
use rusqlite::{Connection, ErrorCode, MAIN_DB, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// How long a statement waits for another connection's write before saying the file is busy.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open connection and whether it can only read.
pub(crate) struct Connected {
    pub conn: Connection,
    pub read_only: bool,
}

/// Connects to an accepted file. Nothing is written before this point; here an older file is
/// backed up, marked and upgraded, and the file records which Rapport wrote it.
pub(crate) fn connect(path: &Path, accepted: Accepted, now: NaiveDateTime) -> Result<Connected> {
    let mut conn = match open_for_writing(path) {
        Ok(conn) => conn,
        Err(e) if only_reading_is_possible(&e) => {
            if accepted.needs_upgrade() {
                return Err(Error::ReadOnly {
                    message: format!(
                        "{} was written by an earlier Rapport and must be upgraded before this \
                         one can use it, but the file or its folder is read-only. Copy it to a \
                         folder you can write to and open the copy.",
                        path.display()
                    ),
                });
            }
            return Ok(Connected {
                conn: open_for_reading(path)?,
                read_only: true,
            });
        }
        Err(e) => return Err(Error::from(e).located(Some(path))),
    };
    if accepted.needs_upgrade() {
        // A consistent copy first: if the upgrade goes wrong, this is the way back.
        backups::back_up_connection(&conn, path, now, BackupReason::BeforeUpgrade)?;
        upgrade(&mut conn, accepted.marked).map_err(|e| e.located(Some(path)))?;
    }
    meta::record_writer(&conn)?;
    Ok(Connected {
        conn,
        read_only: false,
    })
}

/// Brings the file's schema to this version (one transaction: a failed upgrade leaves the file as
/// it was), then marks it as Rapport's when it is not yet, and checkpoints so the file's own
/// header says what it now is (the identity check reads the header first). Stopped between the
/// two, the file is an upgraded workspace without the mark, which the next open recognises and
/// marks.
pub(crate) fn upgrade(conn: &mut Connection, marked: bool) -> Result<()> {
    schema::migrations().to_latest(conn)?;
    if !marked {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

/// The settings every writing connection has: WAL so the UI can read while an edit commits,
/// FULL sync so an edit that returned survives a power cut, foreign keys, a busy timeout, and
/// `secure_delete`, so what is deleted (a person erased, history trimmed) is overwritten rather
/// than left readable in the file's free space.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "secure_delete", "ON")
}

fn open_for_writing(path: &Path) -> rusqlite::Result<Connection> {
    // No CREATE: the file exists (it was just inspected), and a vanished file must not be
    // silently replaced by an empty one.
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // SQLite falls back to reading when the file itself cannot be written.
    if conn.is_readonly(MAIN_DB)? {
        return Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
            Some("the file is read-only".into()),
        ));
    }
    configure(&conn)?;
    // Reading opens the WAL, which needs a folder Rapport can write to.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
    Ok(conn)
}

/// The errors that mean "this file can be read but not written here".
fn only_reading_is_possible(err: &rusqlite::Error) -> bool {
    matches!(
        err.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
    )
}

/// Reading only: plainly read-only when SQLite can share the file that way, else `immutable`
/// (a WAL file in a folder that cannot be written has nowhere for its shared-memory index).
fn open_for_reading(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let probe = |conn: Connection| -> rusqlite::Result<Connection> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(conn)
    };
    Connection::open_with_flags(file_uri(path, "mode=ro"), flags)
        .and_then(probe)
        .or_else(|_| {
            Connection::open_with_flags(file_uri(path, "immutable=1"), flags).and_then(probe)
        })
        .map_err(|e| Error::from(e).located(Some(path)))
}
