//! Is this file a Rapport workspace? Decided before anything is set on it: the header is read
//! with plain file I/O, and when SQLite has to look inside, it does so through a read-only,
//! `immutable` connection that takes no lock and leaves no `-wal`/`-shm` beside the file. A file
//! that is refused is left byte for byte as it was.

use super::{sibling, uri::file_uri};
use crate::error::{Error, FileFault, RESTORE_HINT, Result, fault_of};
use crate::meta::{RAPPORT_VERSION, written_by};
use crate::schema::LATEST_VERSION;
use rusqlite::{Connection, OpenFlags};
use std::io::Read;
use std::path::Path;

/// Rapport's mark in every workspace file (`PRAGMA application_id`): "RAPP".
pub const APPLICATION_ID: i32 = 0x5241_5050;

/// SQLite's header: the magic string, then fields at fixed offsets (big-endian).
const HEADER_LEN: usize = 100;
const MAGIC: &[u8; 16] = b"SQLite format 3\0";
const APPLICATION_ID_AT: usize = 68;

/// A file accepted as a workspace: its schema version, and whether it carries the mark yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Accepted {
    pub version: u32,
    pub marked: bool,
}

impl Accepted {
    /// An older schema, or no mark yet: the file is changed on open (after a backup).
    pub fn needs_upgrade(self) -> bool {
        self.version < LATEST_VERSION || !self.marked
    }
}

fn not_a_workspace(path: &Path, why: &str) -> Error {
    Error::NotAWorkspace {
        message: format!(
            "{} is not a Rapport workspace ({why}). Choose another file, or start a new \
             workspace.",
            path.display()
        ),
    }
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged {
        message: format!(
            "The workspace {} is damaged ({detail}). {RESTORE_HINT}.",
            path.display()
        ),
    }
}

/// Decides whether `path` (an existing file) is a workspace this Rapport may open.
pub(crate) fn inspect(path: &Path) -> Result<Accepted> {
    let header = read_header(path)?;
    if header.is_empty() {
        return Err(not_a_workspace(path, "the file is empty"));
    }
    if header.len() < HEADER_LEN || !header.starts_with(MAGIC) {
        return Err(not_a_workspace(path, "it is not a SQLite database"));
    }
    let field = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let application_id = field(APPLICATION_ID_AT);
    let marked = application_id == APPLICATION_ID as u32;
    if !marked && application_id != 0 {
        return Err(not_a_workspace(
            path,
            &format!("it is another program's database, application id {application_id:#010x}"),
        ));
    }
    let conn = look_inside(path)?;
    // The header says SQLite, so whatever SQLite cannot read in it is damage.
    let read = |e: rusqlite::Error| match fault_of(&e) {
        Some(FileFault::Damaged) | None => damaged(path, &e.to_string()),
        Some(fault) => Error::file(fault, Some(path)),
    };
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(read)?;
    if marked && version > LATEST_VERSION {
        return Err(newer(path, &conn, version));
    }
    if !marked {
        let has_our_tables: bool = conn
            .query_row(
                "SELECT count(*) = 2 FROM sqlite_schema
                  WHERE type = 'table' AND name IN ('accounts', 'stakeholders')",
                [],
                |r| r.get(0),
            )
            .map_err(read)?;
        // Rapport's tables and a version Rapport wrote: a workspace from before the mark (schema
        // 1 or 2), or one whose upgrade stopped just before it was marked.
        if !has_our_tables || !(1..=LATEST_VERSION).contains(&version) {
            return Err(not_a_workspace(
                path,
                "it is a SQLite database without Rapport's tables",
            ));
        }
    }
    // The full check (indexes against their tables too): about 50 ms for a 2,000-person
    // workspace, and a damaged index would otherwise show as accounts that "no longer exist".
    let check: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(read)?;
    if check != "ok" {
        return Err(damaged(path, &check));
    }
    if version == LATEST_VERSION
        && let Some(table) = crate::tables::first_unexpected_table(&conn).map_err(read)?
    {
        return Err(damaged(
            path,
            &format!("its table {table} is not as Rapport made it"),
        ));
    }
    Ok(Accepted { version, marked })
}

/// The first bytes of the file (fewer when it is shorter), read without opening it in SQLite.
fn read_header(path: &Path) -> Result<Vec<u8>> {
    let mut header = Vec::with_capacity(HEADER_LEN);
    std::fs::File::open(path)
        .and_then(|f| f.take(HEADER_LEN as u64).read_to_end(&mut header))
        .map_err(|e| Error::io(format!("{} could not be read ({e}).", path.display())))?;
    Ok(header)
}

/// A connection that only looks. `immutable` means no lock and no `-wal`/`-shm` files; when a
/// `-wal` is already there (the last writer stopped without closing), the file is only whole
/// together with it, so it is opened plainly read-only instead.
pub(crate) fn look_inside(path: &Path) -> Result<Connection> {
    let query = if sibling(path, "-wal").exists() {
        "mode=ro"
    } else {
        "immutable=1"
    };
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(file_uri(path, query), flags).map_err(|e| match fault_of(&e) {
        Some(FileFault::Damaged) => damaged(path, "SQLite cannot read it"),
        _ => Error::io(format!("{} could not be opened ({e}).", path.display())),
    })
}

/// "Written by Rapport 2.1", from the file's own record when it has one, else its schema number.
fn newer(path: &Path, conn: &Connection, version: u32) -> Error {
    let by = match written_by(conn) {
        Some(by) => format!("Rapport {by}"),
        None => format!("a newer Rapport (workspace format {version})"),
    };
    Error::NewerVersion {
        message: format!(
            "{} was written by {by}, which is newer than this Rapport ({RAPPORT_VERSION}, \
             workspace format {LATEST_VERSION}). Update Rapport to open it; this version leaves \
             the file untouched.",
            path.display()
        ),
    }
}
