//! The workspace as a file on disk: telling a Rapport workspace from any other file before
//! touching it (`identity`), opening an accepted one for writing or, when the file or its folder
//! cannot be written, for reading (`connect`), making a new file without a race (`create`), and
//! the lock that keeps a second writer out (`lock`).

pub(crate) mod connect;
pub(crate) mod create;
pub(crate) mod identity;
pub(crate) mod lock;
mod uri;

pub use identity::APPLICATION_ID;

use std::path::{Path, PathBuf};

/// The file beside `path` with `suffix` appended to its name (`ws.rapport` → `ws.rapport-wal`).
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The folder a workspace file sits in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Makes a rename or a new file in `folder` durable: the folder's own entry list is synced.
pub(crate) fn sync_folder(folder: &Path) {
    // Not every platform can open a folder for syncing (Windows cannot); the data itself was
    // synced before, so a failure here costs at most the new name after a power cut.
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}
