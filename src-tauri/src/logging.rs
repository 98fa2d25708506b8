//! The log file for support: `rapport.log` in the logs folder of Rapport's app-data folder
//! (`AppDirs::logs`, on Linux `~/.local/share/app.rapport.desktop/logs/`), rotated so it never
//! grows without bound. Every error the UI shows with a reference is logged there in full (see
//! `rapport_api::Error`), as is each start with the version.

use log::LevelFilter;
use std::path::PathBuf;
use tauri::Wry;
use tauri::plugin::TauriPlugin;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

/// One file is at most 1 MB; the four before it are kept (`rapport_<date>.log`), the oldest
/// removed: enough for weeks of use, small enough to attach to a support e-mail.
const MAX_FILE_BYTES: u128 = 1_000_000;
const OLD_FILES_KEPT: usize = 4;

pub fn plugin(folder: PathBuf) -> TauriPlugin<Wry> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .target(Target::new(TargetKind::Folder {
            path: folder,
            file_name: Some("rapport".into()),
        }))
        // Also on the terminal, for whoever started the app from one.
        .target(Target::new(TargetKind::Stderr))
        .max_file_size(MAX_FILE_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(OLD_FILES_KEPT))
        // Rapport's own lines; of the libraries below it (webview, windowing), only warnings.
        .level(LevelFilter::Warn)
        .level_for("rapport_app", LevelFilter::Info)
        .level_for("rapport_api", LevelFilter::Info)
        .build()
}
