//! Rapport's file formats: contacts CSV in (Salesforce, HubSpot, org charts, Rapport's own
//! template) and out (the template, a Salesforce-ready file), and the versioned account JSON
//! document that carries one whole account, reviews included, to another workspace, and the
//! calendar (ICS) export of an account's or the portfolio's dates.
//!
//! Everything here is pure: functions take bytes or core values and return bytes or values.
//! This crate must never touch the file system, SQLite, Tauri or the clock. The store writes what
//! an [`ImportPlan`] says in one transaction; the app and the CLI read and write the files.
//!
//! A contacts import is two steps so nothing is written before the facilitator has seen it:
//! [`preview`] reads the file, recognises its format by its headers, checks every row and says
//! what would happen (people, managers, dotted lines, rows left out, problems by line and
//! column, who is new, changed or missing on a re-import); its [`ImportPlan`] is what the store
//! writes when the facilitator confirms.

mod csv;
mod cycles;
mod export_csv;
mod ics;
mod json;
mod plan;
mod preview;
mod problem;
mod reimport;
mod resolve;
mod rows;
mod rules;
mod values;

pub use crate::csv::{
    ColumnMapping, ColumnRef, Field, Format, MappedColumn, MappingOverride, TextEncoding,
    column_letter,
};
pub use export_csv::{export_salesforce_csv, export_template_csv};
pub use ics::{AccountCalendar, CalendarName, export_ics};
pub use json::{
    FORMAT_NAME, FORMAT_VERSION, JsonError, check_storable, export_account_json,
    import_account_json, normalise_ids, normalised_document, use_workspace_team_and_offerings,
    with_new_ids,
};
pub use preview::{CompanyCount, ImportOptions, ImportPreview, preview};
pub use problem::{Problem, ProblemKind};
/// The plan is core's, so the store writes it without depending on any file format.
pub use rapport_core::{ImportPlan, ImportedPerson, TEMPORARY_ID_PREFIX};
pub use reimport::{FieldChange, PersonChange, PersonRef, ReimportChanges};
