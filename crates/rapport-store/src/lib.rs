//! Rapport's workspace file: one SQLite file holding many accounts, our team and our offerings.
//!
//! This crate owns the schema and is the only place that speaks SQL; each table's statements live
//! in its module under `tables`, which names the table's columns once. Every user edit runs as one
//! transaction through `Workspace::edit`, so an edit that returned has reached the disk and a
//! refused edit leaves nothing half-written. It never knows about Tauri or the UI; the app and the
//! CLI both call this API.

mod account_edits;
mod accounts;
mod codec;
mod demo;
mod error;
mod history;
mod import;
mod map_edits;
mod plan_edits;
mod positions;
mod reviews;
mod schema;
mod snapshot;
mod tables;
mod workspace;

pub use account_edits::{AccountContents, AccountProfile, DEFAULT_CURRENCY, NewAccount};
pub use accounts::ListedAccount;
pub use demo::DEMO_ACCOUNT;
pub use error::{Error, Result};
pub use history::{HistoryScope, HistoryState};
pub use map_edits::{LineEdit, NewLine, RemovalImpact};
pub use plan_edits::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft,
};
pub use reviews::ReviewDraft;
pub use workspace::{WORKSPACE_ENV, Workspace, default_workspace_path, resolve_workspace_path};
