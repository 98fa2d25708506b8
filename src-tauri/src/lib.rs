//! Rapport's desktop shell: it opens the window, owns the open workspace and exposes thin commands.
//!
//! No domain logic lives here: every command takes the state, calls `rapport-store` or
//! `rapport-core`, and maps the result. Anything the CLI would also need belongs in a crate.

mod bindings;
mod clock;
mod commands;
mod launch;
mod state;

use state::AppState;
use tauri::Manager;

pub use bindings::specta_builder;

pub fn run() {
    let started = std::time::Instant::now();
    let options = match launch::LaunchOptions::from_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("rapport-app: {message}");
            std::process::exit(2);
        }
    };
    let app_state = match AppState::open(&options, clock::today(), started) {
        Ok(state) => state,
        Err(err) => {
            eprintln!("rapport-app: {err}");
            std::process::exit(1);
        }
    };
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            app.manage(app_state);
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("rapport-app: the window could not be started: {err}");
            std::process::exit(1);
        });
}
