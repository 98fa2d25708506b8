//! Rapport's use cases: the one application layer that both front doors — the Tauri shell and the
//! `rapport` command line — call.
//!
//! Each use case is a plain function that takes the open [`Workspace`](rapport_store::Workspace)
//! and, where dates matter, a [`Clock`], and returns a view type that the UI receives as is (the
//! TypeScript bindings are generated from these types). Errors cross IPC as [`Error`].
//!
//! This crate must never know about Tauri, windows or dialogs, and never read the system clock
//! itself: the caller passes the clock, so every answer is reproducible in tests. Logic that a
//! facilitator sees computed (findings, metrics, layout) belongs in `rapport-core`; here it is only
//! put together.

pub mod accounts;
pub mod analysis;
pub mod app_dirs;
pub mod backups;
pub mod calendar;
mod clock;
mod destructive;
mod edit;
mod error;
pub mod export;
pub mod generate;
pub mod history;
pub mod import;
pub mod map;
pub mod offerings;
pub mod personal;
pub mod plan;
pub mod preferences;
pub mod privacy;
pub mod references;
pub mod reviews;
pub mod settings;
pub mod whitespace;
pub mod workspace;

pub use app_dirs::AppDirs;
pub use clock::{Clock, SystemClock};
pub use edit::{AccountEdit, PersonAdded, QuickAddReply};
pub use error::{Error, Result};
