//! Writing an export so that a reader (or a crash) never sees half a file.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` through a temporary file in the same folder: write, fsync, rename.
/// On any error the temporary file is removed and `path` is untouched: an earlier file there
/// stays whole, and no half-written file appears.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = folder.join(format!(
        ".{}.{}-{}.part",
        name.to_string_lossy(),
        std::process::id(),
        unique()
    ));
    let written = write_then_rename(&temp, path, &folder, bytes);
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

fn write_then_rename(temp: &Path, path: &Path, folder: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::options().write(true).create_new(true).open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)?;
    // The rename itself is durable once the folder is synced (where the platform allows).
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn unique() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("readable")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_the_bytes_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plan.pdf");
        write_atomically(&path, b"first").expect("written");
        write_atomically(&path, b"second, longer").expect("replaced");
        assert_eq!(fs::read(&path).expect("read"), b"second, longer");
        assert_eq!(entries(dir.path()), vec!["plan.pdf".to_string()]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_whole_and_no_partial_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        // The target is a folder: the final rename fails after the data was written and synced.
        let path = dir.path().join("plan.pdf");
        fs::create_dir(&path).expect("folder in the way");
        fs::write(path.join("keep.txt"), b"old").expect("old content");
        let err = write_atomically(&path, b"new bytes").expect_err("cannot replace a folder");
        assert!(!err.to_string().is_empty());
        assert_eq!(entries(dir.path()), vec!["plan.pdf".to_string()]);
        assert_eq!(fs::read(path.join("keep.txt")).expect("kept"), b"old");
    }

    #[test]
    fn a_missing_folder_is_an_error_and_creates_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no-such-folder").join("plan.pdf");
        let err = write_atomically(&path, b"x").expect_err("no folder");
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert!(!path.exists());
        assert!(entries(dir.path()).is_empty());
    }
}
