//! The demo's own workspace file (`demo.rapport` in the app-data folder): real work and demo data
//! never share a file. The demo's dates are relative to the day it was written (stale contacts,
//! due reviews), so it is written again when it is opened on another day.

use super::CurrentWorkspace;
use super::switch::{create_folder, remember, switch_to};
use crate::app_dirs::AppDirs;
use crate::settings::Settings;
use crate::{Clock, Error, Result};
use chrono::NaiveDateTime;
use rapport_store::{OpenMode, Workspace};
use std::path::{Path, PathBuf};

/// The version of Rapport (and so of its demo data) that writes the demo.
const DEMO_WRITER: &str = env!("CARGO_PKG_VERSION");

/// Opens the demo, writing it first when there is none, or it was written on another day than
/// `today` or by another version of Rapport. A demo opened earlier today is opened as it was left.
pub fn open_demo(current: &mut CurrentWorkspace, dirs: &AppDirs, clock: &dyn Clock) -> Result<()> {
    let today = clock.today();
    let path = dirs.demo_workspace();
    let settings = Settings::load(&dirs.settings_file());
    let written_today = path.is_file()
        && settings.demo_created_on == Some(today)
        && settings.demo_written_by.as_deref() == Some(DEMO_WRITER);
    if written_today {
        if current.path().is_some_and(|open| is_demo(dirs, open)) {
            return Ok(());
        }
        return switch_to(current, dirs, &path, OpenMode::ExistingOnly, clock);
    }
    if current.path().is_some_and(|open| is_demo(dirs, open)) {
        // Its connection must end before the file is replaced.
        current.close();
    }
    create_folder(&dirs.data)?;
    write_demo(&path, clock.now())?;
    switch_to(current, dirs, &path, OpenMode::ExistingOnly, clock)?;
    remember(current, dirs, |s| {
        s.demo_created_on = Some(today);
        s.demo_written_by = Some(DEMO_WRITER.to_owned());
    });
    Ok(())
}

/// Whether `path` is the demo's file.
pub(crate) fn is_demo(dirs: &AppDirs, path: &Path) -> bool {
    super::same_file(path, &dirs.demo_workspace())
}

/// Writes a fresh demo beside the old one and then moves it into place, so the demo file is at
/// any moment either the old demo or the whole new one.
fn write_demo(path: &Path, now: NaiveDateTime) -> Result<()> {
    let fresh = sibling(path, "-new");
    remove_database(&fresh)?;
    {
        let mut ws = Workspace::open(&fresh, OpenMode::CreateIfMissing, now)?;
        ws.create_demo(now.date())?;
        // Closing the last connection folds the write-ahead log into the file and removes it.
    }
    // The old demo's log must not be read against the new file.
    for leftover in [sibling(path, "-wal"), sibling(path, "-shm")] {
        remove_if_there(&leftover)?;
    }
    std::fs::rename(&fresh, path).map_err(|e| {
        Error::io(format!(
            "Could not put the new demo in place at {}: {e}. Check that the folder can be \
             written to.",
            path.display()
        ))
    })
}

/// A SQLite database and its write-ahead log and shared-memory files.
fn remove_database(path: &Path) -> Result<()> {
    for file in [
        path.to_path_buf(),
        sibling(path, "-wal"),
        sibling(path, "-shm"),
    ] {
        remove_if_there(&file)?;
    }
    Ok(())
}

fn remove_if_there(file: &Path) -> Result<()> {
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(format!(
            "Could not remove {} to write the demo again: {e}.",
            file.display()
        ))),
        _ => Ok(()),
    }
}

/// `demo.rapport` + `-wal` → `demo.rapport-wal` (SQLite's naming).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
