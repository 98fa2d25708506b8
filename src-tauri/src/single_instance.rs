//! One Rapport per machine: two windows on one file would undo each other's edits. A second
//! launch hands its arguments to the running app (tauri-plugin-single-instance; on Linux over the
//! D-Bus session bus) and quits; the running app comes to the front and opens the file it was
//! given (`rapport-app F`, as a file manager passes it, or `--workspace F` / `--demo`).

use crate::launch::LaunchOptions;
use crate::state::AppState;
use crate::workspace_window;
use rapport_api::workspace::{self, StartRequest};
use std::path::Path;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

/// Register it before every other plugin: a second instance must quit before anything else
/// starts (or touches the workspace file).
pub fn plugin() -> TauriPlugin<Wry> {
    tauri_plugin_single_instance::init(|app, argv, cwd| {
        bring_to_front(app);
        // argv[0] is the program; arguments that do not parse ask for nothing to open.
        let Ok(options) = LaunchOptions::from_args(argv.into_iter().skip(1)) else {
            return;
        };
        let request = options.start_request(None, Path::new(&cwd));
        let app = app.clone();
        tauri::async_runtime::spawn(async move { open_requested(&app, request).await });
    })
}

fn bring_to_front(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

async fn open_requested(app: &AppHandle, request: StartRequest) {
    let state = app.state::<AppState>();
    let outcome = match request {
        StartRequest::Remembered => return,
        StartRequest::Demo => {
            workspace_window::switch(app, &state, |current, dirs, clock| {
                workspace::open_demo(current, dirs, clock)
            })
            .await
        }
        StartRequest::File(path) => {
            workspace_window::switch(app, &state, |current, dirs, clock| {
                workspace::open_given(current, dirs, &path, clock)
            })
            .await
        }
    };
    // The page did not ask for this, so the shell says what went wrong.
    if let Err(error) = outcome {
        app.dialog()
            .message(error.to_string())
            .title("Rapport could not open that workspace")
            .kind(MessageDialogKind::Error)
            .show(|_| {});
    }
}
