//! Rapport's desktop shell: it opens the window, owns the open workspace and exposes commands.
//!
//! No domain logic lives here: every command is one call into `rapport-api` (the use cases the
//! CLI calls too). What is only the shell's is the window, the native dialogs and start-up.

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
        Err(err) => err.exit(),
    };
    let clock = clock::app_clock();
    let opened = match rapport_api::workspace::open_for_app(options.workspace.clone(), &clock) {
        Ok(opened) => opened,
        Err(err) => {
            eprintln!("rapport-app: {err}");
            std::process::exit(1);
        }
    };
    // An account that is not there (renamed, another workspace) is no reason not to start: say so
    // and show the portfolio.
    let open_account = options.open_account.as_ref().and_then(|name| {
        opened
            .workspace
            .account_id_by_name(name)
            .inspect_err(|err| eprintln!("rapport-app: {err} Showing all accounts instead."))
            .ok()
    });
    let app_state = AppState::new(
        opened,
        clock,
        open_account,
        options.measure_startup.then_some(started),
    );
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
