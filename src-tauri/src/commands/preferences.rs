//! The user's preferences (theme, paper, formats, presenter text size, guide), kept in the app's
//! settings file; the Settings dialog reads and saves them.

use super::{CommandResult, State};
use rapport_api::preferences::{self, Preferences, ThemeChoice};
use tauri::{AppHandle, Manager, Runtime};

/// The preferences remembered on this machine.
#[tauri::command]
#[specta::specta]
pub fn preferences(state: State<'_>) -> Preferences {
    preferences::load(&state.dirs)
}

/// Checks and remembers the preferences; a wrong field is refused with its name.
#[tauri::command]
#[specta::specta]
pub fn save_preferences(
    app: AppHandle,
    state: State<'_>,
    preferences: Preferences,
) -> CommandResult<Preferences> {
    let kept = preferences::save(&state.dirs, preferences)?;
    apply_window_theme(&app, kept.theme);
    Ok(kept)
}

/// The window's native parts (menu bar, title bar, native dialogs) in the chosen theme, as the
/// page is; "as the computer is set" hands them back to the OS.
pub fn apply_window_theme<R: Runtime>(app: &AppHandle<R>, choice: ThemeChoice) {
    let theme = match choice {
        ThemeChoice::System => None,
        ThemeChoice::Light => Some(tauri::Theme::Light),
        ThemeChoice::Dark => Some(tauri::Theme::Dark),
    };
    if let Some(window) = app.get_webview_window("main") {
        // Only the native frame's look: the page draws its own theme either way.
        let _ = window.set_theme(theme);
    }
}
