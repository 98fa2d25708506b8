//! Rapport's workspace file: one SQLite file holding many accounts, our team and our offerings.
//!
//! This crate owns the schema and is the only place that speaks SQL; each table's statements live
//! in its module under `tables`, which names the table's columns once. Every user edit runs as one
//! transaction through `Workspace::edit`, so an edit that returned has reached the disk and a
//! refused edit leaves nothing half-written. It also owns the file itself: what counts as a
//! workspace (`file`), backups, the one-writer lock, and erasing personal data. It never knows
//! about Tauri or the UI; the app and the CLI both call this API.

mod account_edits;
mod accounts;
pub mod backups;
mod codec;
mod demo;
mod error;
mod file;
mod frozen;
mod health;
mod history;
mod import;
mod map_edits;
mod meta;
mod offering_edits;
mod plan_edits;
mod positions;
mod privacy;
mod reviews;
mod schema;
mod snapshot;
mod tables;
mod workspace;

pub use account_edits::{AccountContents, AccountProfile, DEFAULT_CURRENCY, NewAccount};
pub use accounts::ListedAccount;
pub use backups::{BackupFile, BackupReason, KEEP_BACKUPS, ListedBackup};
pub use codec::id_sequence;
pub use demo::DEMO_ACCOUNT;
pub use error::{Error, Result};
pub use file::APPLICATION_ID;
pub use file::lock::lock_path;
pub use frozen::read_frozen_snapshot;
pub use health::HealthReport;
pub use history::{HistoryScope, HistoryState};
pub use map_edits::{LineEdit, NewLine, QuickAddOutcome, RemovalImpact};
pub use meta::{RAPPORT_VERSION, UNNAMED_WORKSPACE_ID};
pub use offering_edits::OfferingDraft;
pub use plan_edits::{
    AccountPlan, Assessment, GoalDraft, InitiativeDraft, InteractionDraft, NoteDraft,
    PersonalDateDraft, ReferenceRequestDraft, ThankYouDraft,
};
pub use privacy::Erasure;
pub use reviews::ReviewDraft;
pub use workspace::{OpenMode, Workspace};
