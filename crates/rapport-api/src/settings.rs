//! The app's settings file: which workspace was open last (reopened on start), the recently opened
//! workspaces (File → Open recent), the day the demo was written, and the user's preferences
//! ([`crate::preferences`]). A small JSON file in the config folder ([`AppDirs::settings_file`](crate::app_dirs::AppDirs::settings_file)).
//!
//! Settings are a convenience, never a reason not to start: a missing or unreadable file reads as
//! "nothing remembered". Fields this version does not know (written by a newer Rapport) are kept
//! when the file is written again.

use crate::preferences::Preferences;
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many workspaces File → Open recent lists.
pub const RECENT_LIMIT: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// The workspace open when the app last switched files; reopened on the next start.
    pub last_workspace: Option<PathBuf>,
    /// Most recent first, at most [`RECENT_LIMIT`], each once. The demo is not listed (it has its
    /// own "Open the demo").
    pub recent_workspaces: Vec<PathBuf>,
    /// The day the demo file was written: the demo's dates are relative to that day, so it is
    /// written again when opened on another day.
    pub demo_created_on: Option<NaiveDate>,
    /// The Rapport version that wrote the demo file: a newer one brings newer demo data, so the
    /// demo is written again on the first open after an update, even on the same day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub demo_written_by: Option<String>,
    /// Theme, paper, formats, presenter text size: see [`crate::preferences`].
    #[serde(deserialize_with = "crate::preferences::lenient")]
    pub preferences: Preferences,
    /// Whatever a newer version wrote that this one does not know, kept as it was.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl Settings {
    /// Reads the settings; a missing or unreadable file gives the defaults.
    pub fn load(file: &Path) -> Self {
        std::fs::read(file)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings atomically (a crash leaves the old file or the new one, never half),
    /// creating the config folder when needed.
    pub fn save(&self, file: &Path) -> Result<()> {
        let fail = |e: &dyn std::fmt::Display| {
            Error::io(format!(
                "Could not save the settings to {}: {e}. Check that the folder can be written to.",
                file.display()
            ))
        };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| fail(&e))?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(|e| fail(&e))?;
        rapport_report::write_atomically(file, &json).map_err(|e| fail(&e))
    }

    /// Remembers that `path` was opened: it becomes the last workspace and heads the recent list.
    /// `listed` is false for the demo, which is reopened on start but not listed.
    pub fn remember(&mut self, path: &Path, listed: bool) {
        self.last_workspace = Some(path.to_path_buf());
        self.recent_workspaces.retain(|p| p != path);
        if listed {
            self.recent_workspaces.insert(0, path.to_path_buf());
        }
        self.recent_workspaces.truncate(RECENT_LIMIT);
    }

    /// The recent workspaces that still exist, most recent first: a file that was moved or
    /// deleted is not offered.
    pub fn recent_existing(&self) -> Vec<PathBuf> {
        self.recent_workspaces
            .iter()
            .filter(|p| p.is_file())
            .cloned()
            .collect()
    }
}

/// Reads the settings, applies `change` and writes them back.
pub fn update(file: &Path, change: impl FnOnce(&mut Settings)) -> Result<Settings> {
    let mut settings = Settings::load(file);
    change(&mut settings);
    // Files that are gone are dropped for good, so the list does not fill up with them.
    settings.recent_workspaces.retain(|p| p.is_file());
    settings.save(file)?;
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, b"").expect("file written");
        path
    }

    #[test]
    fn no_file_means_nothing_remembered() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            Settings::load(&dir.path().join("settings.json")),
            Settings::default()
        );
    }

    #[test]
    fn an_unreadable_file_means_nothing_remembered() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = touch(dir.path(), "settings.json");
        std::fs::write(&file, b"{ not json").expect("written");
        assert_eq!(Settings::load(&file), Settings::default());
    }

    #[test]
    fn the_last_workspace_survives_a_save_and_load() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("config").join("settings.json");
        let acme = touch(dir.path(), "acme.rapport");
        update(&file, |s| s.remember(&acme, true)).expect("saved");
        let loaded = Settings::load(&file);
        assert_eq!(loaded.last_workspace.as_deref(), Some(acme.as_path()));
        assert_eq!(loaded.recent_workspaces, vec![acme]);
    }

    #[test]
    fn recent_is_most_recent_first_each_once_and_at_most_ten() {
        let dir = tempfile::tempdir().expect("temp dir");
        let files: Vec<PathBuf> = (0..12)
            .map(|i| touch(dir.path(), &format!("w{i}.rapport")))
            .collect();
        let mut settings = Settings::default();
        for f in &files {
            settings.remember(f, true);
        }
        settings.remember(&files[5], true);
        assert_eq!(settings.recent_workspaces.len(), RECENT_LIMIT);
        assert_eq!(settings.recent_workspaces[0], files[5]);
        assert_eq!(settings.recent_workspaces[1], files[11]);
        let fives = settings
            .recent_workspaces
            .iter()
            .filter(|p| **p == files[5])
            .count();
        assert_eq!(fives, 1);
        assert!(!settings.recent_workspaces.contains(&files[0]));
    }

    #[test]
    fn missing_files_are_dropped_from_recent() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("settings.json");
        let kept = touch(dir.path(), "kept.rapport");
        let gone = touch(dir.path(), "gone.rapport");
        update(&file, |s| {
            s.remember(&kept, true);
            s.remember(&gone, true);
        })
        .expect("saved");
        std::fs::remove_file(&gone).expect("removed");
        assert_eq!(Settings::load(&file).recent_existing(), vec![kept.clone()]);
        let after = update(&file, |_| {}).expect("saved");
        assert_eq!(after.recent_workspaces, vec![kept]);
    }

    #[test]
    fn the_demo_is_reopened_but_not_listed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let acme = touch(dir.path(), "acme.rapport");
        let demo = touch(dir.path(), "demo.rapport");
        let mut settings = Settings::default();
        settings.remember(&acme, true);
        settings.remember(&demo, false);
        assert_eq!(settings.last_workspace.as_deref(), Some(demo.as_path()));
        assert_eq!(settings.recent_workspaces, vec![acme]);
    }

    #[test]
    fn fields_of_a_newer_version_are_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("settings.json");
        std::fs::write(&file, br#"{"theme":"dark","recentWorkspaces":[]}"#).expect("written");
        update(&file, |s| {
            s.demo_created_on = NaiveDate::from_ymd_opt(2026, 11, 23)
        })
        .expect("saved");
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
        assert_eq!(json["theme"], "dark");
        assert_eq!(json["demoCreatedOn"], "2026-11-23");
    }
}
