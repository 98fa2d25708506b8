//! The window opens where it was left: size, position and maximised state, kept in the app's
//! config folder by the maintained window-state plugin (never full screen, which presenter mode
//! uses for one session, nor hidden).
//!
//! The plugin writes its file only when the app quits normally. Rapport also writes it a moment
//! after the window was moved or resized, so a crash, a killed process or a power cut does not
//! forget where the facilitator put the window on the projector.

use std::sync::mpsc;
use std::time::Duration;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, Builder, StateFlags};

const REMEMBERED: StateFlags = StateFlags::SIZE
    .union(StateFlags::POSITION)
    .union(StateFlags::MAXIMIZED);

/// How long the window must stay still before its place is written: a drag sends many moves.
const SETTLE: Duration = Duration::from_millis(600);

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    Builder::new().with_state_flags(REMEMBERED).build()
}

/// Writes the window's place once it has settled after each move or resize (one thread, idle
/// between changes).
pub fn save_after_changes<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let (changed, changes) = mpsc::channel::<()>();
    let app = app.clone();
    let saver = std::thread::Builder::new()
        .name("window-place".into())
        .spawn(move || {
            while changes.recv().is_ok() {
                while changes.recv_timeout(SETTLE).is_ok() {}
                if let Err(err) = app.save_window_state(REMEMBERED) {
                    log::warn!("The window's size and position could not be saved: {err}");
                }
            }
        });
    if let Err(err) = saver {
        log::warn!("The window's place is saved only on quitting: {err}");
        return;
    }
    window.on_window_event(move |event| {
        if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            let _ = changed.send(());
        }
    });
}
