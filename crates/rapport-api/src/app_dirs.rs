//! Where Rapport keeps its own files: ONE folder name, the app's identifier, in the operating
//! system's data folder (the default workspace and the demo) and config folder (the settings).
//! Tauri names its own folders (the webview's storage) after the same identifier, so a user finds
//! everything of Rapport's in one place: on Linux `~/.local/share/app.rapport.desktop/` and
//! `~/.config/app.rapport.desktop/`.

use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// The folder name in the OS data and config folders. It must equal the `identifier` in
/// `src-tauri/tauri.conf.json` (a test there checks it), so Rapport has one app-data location.
pub const APP_FOLDER: &str = "app.rapport.desktop";

/// Set to a folder, the settings are kept there instead of the OS config folder: for tests, which
/// must never touch the real home folder.
pub const CONFIG_DIR_ENV: &str = "RAPPORT_CONFIG_DIR";

/// The environment variable that chooses a workspace file when `--workspace` is not given.
pub const WORKSPACE_ENV: &str = "RAPPORT_WORKSPACE";

/// The extension of workspace files Rapport creates (SQLite inside). `.sqlite` files still open.
pub const WORKSPACE_EXTENSION: &str = "rapport";

/// Rapport's own folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppDirs {
    /// The default workspace and the demo live here.
    pub data: PathBuf,
    /// The settings file lives here.
    pub config: PathBuf,
    /// Where versions before 0.2 kept the default workspace (`~/.local/share/rapport/`), so an
    /// existing user's work is still found.
    legacy_data: Option<PathBuf>,
}

impl AppDirs {
    /// The folders for this user (`RAPPORT_CONFIG_DIR` moves the settings; on Linux
    /// `XDG_DATA_HOME` and `XDG_CONFIG_HOME` move both, as for every XDG application).
    pub fn from_env() -> Result<Self> {
        let base = directories::BaseDirs::new().ok_or_else(|| {
            Error::io(
                "No home folder was found, so Rapport has nowhere to keep its workspace and \
                 settings. Set HOME (or pass --workspace FILE and RAPPORT_CONFIG_DIR).",
            )
        })?;
        let config = match std::env::var_os(CONFIG_DIR_ENV) {
            Some(dir) if !dir.is_empty() => PathBuf::from(dir),
            _ => base.config_dir().join(APP_FOLDER),
        };
        Ok(Self {
            data: base.data_dir().join(APP_FOLDER),
            config,
            legacy_data: directories::ProjectDirs::from("app", "Rapport", "Rapport")
                .map(|dirs| dirs.data_dir().to_path_buf()),
        })
    }

    /// Folders under one root, for tests: `root/data` and `root/config`.
    pub fn under(root: &Path) -> Self {
        Self {
            data: root.join("data"),
            config: root.join("config"),
            legacy_data: None,
        }
    }

    /// The workspace used when none was chosen: `workspace.rapport` in the data folder — or the
    /// `workspace.sqlite` an earlier version left in its own folder, while there is no new one.
    pub fn default_workspace(&self) -> PathBuf {
        let new = self
            .data
            .join("workspace")
            .with_extension(WORKSPACE_EXTENSION);
        let legacy = self
            .legacy_data
            .as_ref()
            .map(|dir| dir.join("workspace.sqlite"));
        match legacy {
            Some(legacy) if !new.exists() && legacy.is_file() => legacy,
            _ => new,
        }
    }

    /// The demo's own workspace file, never mixed with real work.
    pub fn demo_workspace(&self) -> PathBuf {
        self.data.join("demo").with_extension(WORKSPACE_EXTENSION)
    }

    /// The settings file (JSON).
    pub fn settings_file(&self) -> PathBuf {
        self.config.join("settings.json")
    }

    /// The log files for support (`rapport.log` and its rotated predecessors).
    pub fn logs(&self) -> PathBuf {
        self.data.join("logs")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folder_name_for_data_and_settings() {
        let dirs = AppDirs::under(Path::new("/r"));
        assert_eq!(
            dirs.default_workspace(),
            Path::new("/r/data/workspace.rapport")
        );
        assert_eq!(dirs.demo_workspace(), Path::new("/r/data/demo.rapport"));
        assert_eq!(dirs.settings_file(), Path::new("/r/config/settings.json"));
        assert_eq!(dirs.logs(), Path::new("/r/data/logs"));
    }

    #[test]
    fn an_earlier_default_workspace_is_used_until_a_new_one_exists() {
        let root = tempfile::tempdir().expect("temp dir");
        let legacy = root.path().join("legacy");
        std::fs::create_dir_all(&legacy).expect("legacy folder");
        let dirs = AppDirs {
            legacy_data: Some(legacy.clone()),
            ..AppDirs::under(root.path())
        };
        assert_eq!(
            dirs.default_workspace(),
            dirs.data.join("workspace.rapport")
        );
        std::fs::write(legacy.join("workspace.sqlite"), b"").expect("legacy file");
        assert_eq!(dirs.default_workspace(), legacy.join("workspace.sqlite"));
        std::fs::create_dir_all(&dirs.data).expect("data folder");
        std::fs::write(dirs.data.join("workspace.rapport"), b"").expect("new file");
        assert_eq!(
            dirs.default_workspace(),
            dirs.data.join("workspace.rapport")
        );
    }
}
