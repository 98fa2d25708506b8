//! Rapport's desktop shell: it opens the window and its menu bar, owns the current workspace and
//! exposes commands.
//!
//! No domain logic lives here: every command is one call into `rapport-api` (the use cases the
//! CLI calls too). What is only the shell's is the window, the menu, the native dialogs, one
//! instance per machine, and start-up.

mod bindings;
mod clock;
mod commands;
mod launch;
mod logging;
mod menu;
mod single_instance;
mod startup_timeline;
mod state;
mod window_place;
mod workspace_dialogs;
mod workspace_window;

use rapport_api::{AppDirs, workspace};
use startup_timeline::StartupTimeline;
use state::AppState;
use std::sync::Arc;
use tauri::Manager;

pub use bindings::specta_builder;

pub fn run() {
    let started = std::time::Instant::now();
    let options = match launch::LaunchOptions::from_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(err) => err.exit(),
    };
    let dirs = AppDirs::from_env().unwrap_or_else(|err| {
        eprintln!("rapport-app: {err}");
        std::process::exit(1);
    });
    let cwd = std::env::current_dir().unwrap_or_default();
    let request = options.start_request(launch::env_workspace(), &cwd);
    let builder = specta_builder();
    let timeline = options
        .measure_startup
        .then(|| Arc::new(StartupTimeline::new(started)));
    let page_timeline = timeline.clone();
    tauri::Builder::default()
        // First: a second instance hands over its arguments and quits before anything else runs.
        .plugin(single_instance::plugin())
        .plugin(logging::plugin(dirs.logs()))
        .plugin(tauri_plugin_dialog::init())
        .plugin(window_place::plugin())
        .invoke_handler(builder.invoke_handler())
        .on_menu_event(menu::on_click)
        .on_page_load(move |_, payload| {
            if let (Some(timeline), tauri::webview::PageLoadEvent::Started) =
                (&page_timeline, payload.event())
            {
                timeline.mark(startup_timeline::PAGE_LOAD_STARTED);
            }
        })
        .setup(move |app| {
            let mark = |phase| timeline.iter().for_each(|t| t.mark(phase));
            mark("setup began (window created)");
            log::info!("Rapport {} started", app.package_info().version);
            builder.mount_events(app);
            let clock = clock::app_clock();
            // Opened here, after the single-instance check, so a second launch never touches the
            // file or the settings. A file that cannot be opened does not stop the app: the
            // window says why and offers another.
            let mut current = workspace::start(&dirs, request, &clock);
            mark("workspace opened");
            // An account that is not there (renamed, another workspace) is no reason not to
            // start: say so and show the portfolio.
            let open_account = options.open_account.as_ref().and_then(|name| {
                let ws = current.workspace_mut().ok()?;
                ws.account_id_by_name(name)
                    .inspect_err(|err| {
                        eprintln!("rapport-app: {err} Showing all accounts instead.")
                    })
                    .ok()
            });
            let theme = rapport_api::preferences::load(&dirs).theme;
            commands::preferences::apply_window_theme(app.handle(), theme);
            let state = AppState::new(current, dirs, clock, open_account, timeline.clone());
            let home = workspace_window::home(app.handle());
            let shown = tauri::async_runtime::block_on(state.describe_current(home.as_deref()));
            app.set_menu(menu::build(app.handle(), &shown.info.recent)?)?;
            workspace_window::show(app.handle(), &shown);
            window_place::save_after_changes(app.handle());
            app.manage(state);
            mark("setup done (menu built)");
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("rapport-app: the window could not be started: {err}");
            std::process::exit(1);
        });
}
