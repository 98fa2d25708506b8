//! A new workspace file, made without a race: the whole file is built under a temporary name in
//! the same folder (schema, mark, WAL), synced, and only then linked to its real name. Linking
//! fails when the name is taken, so of two processes creating one file at once, one wins and the
//! other opens the winner's complete file — nobody ever sees a half-made workspace.

use super::identity::APPLICATION_ID;
use super::{folder_of, sync_folder};
use crate::error::{Error, Result};
use crate::meta;
use crate::schema;
use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// A temporary file removed when dropped, unless it was kept.
pub(crate) struct TempFile(pub PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let _ = std::fs::remove_file(super::sibling(&self.0, suffix));
        }
    }
}

/// A name beside `path` that nobody else uses: hidden, unique, with a telling ending.
pub(crate) fn temp_beside(path: &Path, ending: &str) -> TempFile {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into());
    TempFile(folder_of(path).join(format!(".{name}.{}.{ending}", ulid::Ulid::new())))
}

/// Creates the workspace at `path` (and its folder) unless a file appears there first.
pub(crate) fn create_workspace(path: &Path, now: NaiveDateTime) -> Result<()> {
    let folder = folder_of(path);
    std::fs::create_dir_all(&folder).map_err(|e| {
        Error::io(format!(
            "Could not create the folder {}: {e}.",
            folder.display()
        ))
    })?;
    let temp = temp_beside(path, "creating");
    build(&temp.0, |conn| {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        schema::migrations().to_latest(conn)?;
        meta::record_created(conn, now)
    })
    .map_err(|e| e.located(Some(path)))?;
    put_in_place(&temp.0, path)
}

/// Builds a complete SQLite file at `at` with `fill`, in WAL mode, closed and synced.
pub(crate) fn build(at: &Path, fill: impl FnOnce(&mut Connection) -> Result<()>) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(at, flags)?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    fill(&mut conn)?;
    // WAL is recorded in the file's header, so the workspace opens in WAL from the start.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.close().map_err(|(_, e)| Error::from(e))?;
    std::fs::File::open(at)
        .and_then(|f| f.sync_all())
        .map_err(|e| Error::io(format!("Could not write {}: {e}.", at.display())))
}

/// Gives the finished temporary file its real name, unless that name is already taken (then the
/// file there stays and ours is dropped).
pub(crate) fn put_in_place(temp: &Path, path: &Path) -> Result<()> {
    match std::fs::hard_link(temp, path) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
        // Some file systems (FAT, some network shares) have no hard links: a rename that first
        // checks the name is free is the best they allow.
        Err(_) if !path.exists() => std::fs::rename(temp, path)
            .map_err(|e| Error::io(format!("Could not create {}: {e}.", path.display())))?,
        Err(_) => {}
    }
    sync_folder(&folder_of(path));
    Ok(())
}
