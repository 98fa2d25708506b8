//! The commands the UI calls, one file per area. Each is one call into `rapport-api`: take the
//! state, run the use case with the workspace and the clock, return its view or its typed error.

pub mod accounts;
pub mod analysis;
pub mod backups;
pub mod export;
pub mod history;
pub mod import;
pub mod map;
pub mod personal;
pub mod plan;
pub mod preferences;
pub mod privacy;
pub mod whitespace;
pub mod workspace;

/// Every command fails with the API's typed error, which the UI branches on.
pub type CommandResult<T> = Result<T, rapport_api::Error>;

/// The app's state as a command receives it.
pub type State<'a> = tauri::State<'a, crate::state::AppState>;
