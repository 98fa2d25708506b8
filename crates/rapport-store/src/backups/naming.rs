//! Backup file names: `<workspace file name>-YYYYMMDD-HHMMSS-<reason>[-N].rapport-backup`. The
//! workspace's whole file name (not its stem) starts the name, so `a.sqlite` and `a.rapport` in
//! one folder never share backups; the time sorts them; `N` keeps two in one second apart.

use super::BackupFile;
use chrono::{NaiveDateTime, Timelike};
use serde::Serialize;
use specta::Type;
use std::path::Path;

const EXTENSION: &str = ".rapport-backup";
const TIME_FORMAT: &str = "%Y%m%d-%H%M%S";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum BackupReason {
    /// The first time the workspace was opened for editing that day.
    Daily,
    /// "Back up now" or `rapport backup`.
    Manual,
    /// Before the file was upgraded to this Rapport's format.
    BeforeUpgrade,
    /// The workspace as it was just before a backup was restored over it.
    BeforeRestore,
    /// A workspace file that could not be opened, kept when a backup replaced it.
    Damaged,
    /// Just before a change the undo history may not keep for long (deleting an account).
    BeforeDelete,
}

impl BackupReason {
    const ALL: [BackupReason; 6] = [
        BackupReason::Daily,
        BackupReason::Manual,
        BackupReason::BeforeUpgrade,
        BackupReason::BeforeRestore,
        BackupReason::Damaged,
        BackupReason::BeforeDelete,
    ];

    fn word(self) -> &'static str {
        match self {
            BackupReason::Daily => "daily",
            BackupReason::Manual => "manual",
            BackupReason::BeforeUpgrade => "before-upgrade",
            BackupReason::BeforeRestore => "before-restore",
            BackupReason::Damaged => "damaged",
            BackupReason::BeforeDelete => "before-delete",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct BackupName {
    // Field order is the sort order: by time, then by the counter of the same second.
    pub taken_at: NaiveDateTime,
    counter: u32,
    reason: BackupReason,
    workspace_name: String,
}

fn workspace_name(workspace: &Path) -> String {
    workspace
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into())
}

impl BackupName {
    /// A name for a backup taken `now` that no file in `folder` has yet.
    pub fn free_in(
        folder: &Path,
        workspace: &Path,
        now: NaiveDateTime,
        reason: BackupReason,
    ) -> Self {
        // Whole seconds: the name holds no more, and sorting must agree with it.
        let now = now.with_nanosecond(0).unwrap_or(now);
        let mut name = Self {
            taken_at: now,
            counter: 0,
            reason,
            workspace_name: workspace_name(workspace),
        };
        while folder.join(name.file_name()).exists() {
            name.counter += 1;
        }
        name
    }

    pub fn file_name(&self) -> String {
        let counter = match self.counter {
            0 => String::new(),
            n => format!("-{}", n + 1),
        };
        format!(
            "{}-{}-{}{counter}{EXTENSION}",
            self.workspace_name,
            self.taken_at.format(TIME_FORMAT),
            self.reason.word()
        )
    }

    /// Reads a backup name of this workspace back; `None` for any other file.
    pub fn parse(workspace: &Path, file_name: &str) -> Option<Self> {
        let workspace_name = workspace_name(workspace);
        let rest = file_name
            .strip_prefix(&workspace_name)?
            .strip_prefix('-')?
            .strip_suffix(EXTENSION)?;
        let stamp = rest.get(..15)?;
        let taken_at = NaiveDateTime::parse_from_str(stamp, TIME_FORMAT).ok()?;
        let rest = rest.get(15..)?.strip_prefix('-')?;
        let reason = BackupReason::ALL
            .into_iter()
            .filter(|r| rest.starts_with(r.word()))
            .max_by_key(|r| r.word().len())?;
        let counter = match &rest[reason.word().len()..] {
            "" => 0,
            more => more
                .strip_prefix('-')?
                .parse::<u32>()
                .ok()?
                .checked_sub(1)?,
        };
        Some(Self {
            taken_at,
            counter,
            reason,
            workspace_name,
        })
    }

    pub fn into_file(self) -> BackupFile {
        BackupFile {
            file_name: self.file_name(),
            taken_at: self.taken_at,
            reason: self.reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("time")
    }

    #[test]
    fn names_read_back_and_belong_to_their_workspace_only() {
        let ws = Path::new("/x/my-ws.rapport");
        let name = BackupName::free_in(
            Path::new("/nowhere"),
            ws,
            at("2026-11-27 10:15:00"),
            BackupReason::BeforeUpgrade,
        );
        assert_eq!(
            name.file_name(),
            "my-ws.rapport-20261127-101500-before-upgrade.rapport-backup"
        );
        assert_eq!(BackupName::parse(ws, &name.file_name()), Some(name.clone()));
        assert_eq!(
            BackupName::parse(Path::new("/x/my-ws.sqlite"), &name.file_name()),
            None
        );
        assert_eq!(BackupName::parse(ws, "my-ws.rapport-notes.txt"), None);
        let second = BackupName {
            counter: 1,
            ..name.clone()
        };
        assert_eq!(
            second.file_name(),
            "my-ws.rapport-20261127-101500-before-upgrade-2.rapport-backup"
        );
        assert_eq!(
            BackupName::parse(ws, &second.file_name()),
            Some(second.clone())
        );
        assert!(second > name, "the later of one second sorts after");
    }
}
