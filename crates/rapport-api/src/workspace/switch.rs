//! Choosing the workspace at start, and switching to another one: open, create, open recent,
//! close. Each switch is remembered in the settings (last workspace, Open recent).

use super::CurrentWorkspace;
use super::demo::{is_demo, open_demo};
use super::same_file;
use crate::app_dirs::{AppDirs, WORKSPACE_EXTENSION};
use crate::settings::{self, Settings};
use crate::{Clock, Error, Result};
use rapport_store::{OpenMode, Workspace};
use std::path::{Path, PathBuf};

/// What the app was asked to open at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartRequest {
    /// `--workspace FILE`, a bare file argument or `RAPPORT_WORKSPACE`: this file (created when
    /// missing, in a folder that exists).
    File(PathBuf),
    /// `--demo`: the demo's own workspace.
    Demo,
    /// Nothing said: the workspace open last time, or the default one on a first start.
    Remembered,
}

/// Opens what the app starts on. Never fails: when the file cannot be opened the app starts with
/// no workspace and the reason, which the UI shows with ways out.
pub fn start(dirs: &AppDirs, request: StartRequest, clock: &dyn Clock) -> CurrentWorkspace {
    let mut current = CurrentWorkspace::none();
    let (path, outcome) = match request {
        StartRequest::File(path) => {
            let outcome = open_given(&mut current, dirs, &path, clock);
            (path, outcome)
        }
        StartRequest::Demo => (dirs.demo_workspace(), open_demo(&mut current, dirs, clock)),
        StartRequest::Remembered => match Settings::load(&dirs.settings_file()).last_workspace {
            Some(last) if is_demo(dirs, &last) => (last, open_demo(&mut current, dirs, clock)),
            Some(last) if !last.exists() => {
                let gone = Error::NotFound {
                    message: format!(
                        "The workspace you had open last, {}, is not there any more (moved, \
                         renamed, or on a drive that is not connected). Open it where it is now, \
                         or start a new workspace.",
                        last.display()
                    ),
                };
                (last, Err(gone))
            }
            Some(last) => {
                let outcome = open_file(&mut current, dirs, &last, clock);
                (last, outcome)
            }
            None => {
                let path = dirs.default_workspace();
                let outcome = create_folder(&dirs.data)
                    .and_then(|()| open_given(&mut current, dirs, &path, clock));
                (path, outcome)
            }
        },
    };
    if let Err(error) = outcome {
        current.set_failed(path, error);
    }
    current
}

/// Opens an existing workspace file (File → Open workspace…). When it cannot be opened, the
/// workspace that was open stays open.
pub fn open_file(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    path: &Path,
    clock: &dyn Clock,
) -> Result<()> {
    if !path.is_file() {
        return Err(Error::NotFound {
            message: format!(
                "There is no workspace file at {}. Choose another file.",
                path.display()
            ),
        });
    }
    switch_to(current, dirs, path, OpenMode::ExistingOnly, clock)
}

/// Starts a new, empty workspace file (File → New workspace…). A name without an extension gets
/// `.rapport`. An existing file is never replaced: it may hold someone's accounts.
pub fn create_file(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    path: &Path,
    clock: &dyn Clock,
) -> Result<()> {
    let path = with_workspace_extension(path);
    if path.exists() {
        return Err(Error::Conflict {
            message: format!(
                "{} already exists. Choose another name, or open it with File → Open workspace….",
                path.display()
            ),
        });
    }
    check_folder_exists(&path)?;
    switch_to(current, dirs, &path, OpenMode::CreateIfMissing, clock)
}

/// Opens one of File → Open recent's files. Only files the user opened before are accepted: any
/// other file is chosen in the native dialog, never named by the webview.
pub fn open_recent(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    path: &Path,
    clock: &dyn Clock,
) -> Result<()> {
    let settings = Settings::load(&dirs.settings_file());
    if !settings.recent_workspaces.iter().any(|p| p == path) {
        return Err(Error::NotFound {
            message: format!(
                "{} is not one of the recent workspaces. Open it with File → Open workspace….",
                path.display()
            ),
        });
    }
    open_file(current, dirs, path, clock)
}

/// Closes the open workspace; the app then has none until another is opened.
pub fn close(current: &mut CurrentWorkspace) {
    current.close();
}

/// Opens a file named on the command line (`--workspace F`, or a file manager's `rapport-app F`):
/// an existing file, or a new one in a folder that exists (a mistyped folder is reported, not
/// created).
pub fn open_given(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    path: &Path,
    clock: &dyn Clock,
) -> Result<()> {
    if !path.exists() {
        check_folder_exists(path)?;
    }
    switch_to(current, dirs, path, OpenMode::CreateIfMissing, clock)
}

/// Opens the file and makes it the current workspace, remembered as the last one and in Open
/// recent. The workspace open before stays open when this one cannot be opened.
///
/// The app becomes the file's one writer (a second Rapport editing it is refused with
/// [`Error::Locked`]), and the first open of a day takes that day's backup (not of the demo,
/// which is written afresh each day anyway).
pub(super) fn switch_to(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    path: &Path,
    mode: OpenMode,
    clock: &dyn Clock,
) -> Result<()> {
    let already_open = current.path().filter(|open| same_file(open, path));
    if let Some(open) = already_open.map(Path::to_path_buf) {
        // Already open here: a second connection would be refused as another writer.
        remember(current, dirs, |s| s.remember(&open, !is_demo(dirs, &open)));
        return Ok(());
    }
    let mut workspace = Workspace::open(path, mode, clock.now())?;
    workspace.claim_writer()?;
    let demo = is_demo(dirs, path);
    if !demo {
        workspace.back_up_daily(clock.now())?;
    }
    // Remembered by its full path, so the same file is listed once however it was named.
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let listed = !demo;
    current.set_open(path.clone(), workspace);
    remember(current, dirs, |s| s.remember(&path, listed));
    Ok(())
}

/// Writes a change to the settings. The switch has happened either way; a settings file that
/// cannot be written is reported beside the workspace instead of undoing it.
pub(super) fn remember(
    current: &mut CurrentWorkspace,
    dirs: &AppDirs,
    change: impl FnOnce(&mut Settings),
) {
    current.settings_error = settings::update(&dirs.settings_file(), change).err();
}

fn with_workspace_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension(WORKSPACE_EXTENSION)
    }
}

fn check_folder_exists(path: &Path) -> Result<()> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) if !dir.is_dir() => Err(Error::NotFound {
            message: format!(
                "The folder {} does not exist, so {} cannot be created there. Choose an existing \
                 folder.",
                dir.display(),
                path.display()
            ),
        }),
        _ => Ok(()),
    }
}

/// Creates one of Rapport's own folders (never a folder the user named).
pub(super) fn create_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::io(format!(
            "Could not create Rapport's folder {}: {e}. Check that it can be written to.",
            dir.display()
        ))
    })
}
