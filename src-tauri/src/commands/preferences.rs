//! The user's preferences (theme, paper, formats, presenter text size, guide), kept in the app's
//! settings file; the Settings dialog reads and saves them.

use super::{CommandResult, State};
use rapport_api::preferences::{self, Preferences};

/// The preferences remembered on this machine.
#[tauri::command]
#[specta::specta]
pub fn preferences(state: State<'_>) -> Preferences {
    preferences::load(&state.dirs)
}

/// Checks and remembers the preferences; a wrong field is refused with its name.
#[tauri::command]
#[specta::specta]
pub fn save_preferences(state: State<'_>, preferences: Preferences) -> CommandResult<Preferences> {
    preferences::save(&state.dirs, preferences)
}
