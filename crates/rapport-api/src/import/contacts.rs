//! Contacts import: preview a CSV file against its target account, then write what the
//! preview showed. The import re-runs the preview on the same bytes and options, so what is
//! written is exactly what was shown, checked against the account as it is at that moment.

use super::{ImportFile, refused_file};
use crate::edit::edited;
use crate::{AccountEdit, Clock, Error, Result};
use rapport_core::{AccountId, AccountSnapshot};
use rapport_exchange::{Field, ImportOptions, ImportPreview, MappingOverride, preview};
use rapport_store::Workspace;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::Path;

/// Where the contacts go.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ImportTarget {
    /// An account of the workspace; when it has people, a re-import (matched by CRM id, then
    /// e-mail, then name).
    Account { id: AccountId },
    /// A new account of this name; empty lets the file suggest one (its company, else its
    /// file name).
    NewAccount { name: String },
}

/// The choices the preview dialog (or the CLI's flags) make.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContactImportOptions {
    /// Import the good rows and list the rest, instead of importing nothing.
    pub skip_invalid: bool,
    /// Keep a person whose manager matches nobody, without that line.
    pub keep_unmatched_managers: bool,
    /// Mark the people the file no longer lists as having left the company.
    pub mark_missing_as_left: bool,
    /// Columns mapped by hand (by header, letter or number), over what the headers suggest.
    pub mapping: Vec<MappingOverride>,
}

/// A field a column can be mapped to, with the name the preview shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldChoice {
    pub field: Field,
    pub label: String,
}

/// What the import dialog shows before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContactsPreview {
    pub file_name: String,
    /// The format the headers were recognised as, in words ("Salesforce report").
    pub format_label: String,
    /// How the text was read, in words ("UTF-8, separated by “;”"); `None` when it could not be.
    pub read_as: Option<String>,
    /// The account the people go into (for a new account, the name it will have).
    pub account_name: String,
    /// Why the new account cannot be created with that name, if it cannot.
    pub name_problem: Option<String>,
    /// What the file holds and what importing it does. Its `plan` is left out (the import
    /// previews the same bytes again), which keeps a 5,000-row preview small.
    pub preview: ImportPreview,
    /// Whether Import would write anything (no problems, or invalid rows skipped).
    pub will_import: bool,
    /// Every field a column can be mapped to, for the preview's column selects.
    pub fields: Vec<FieldChoice>,
}

/// What an import is doing, for the progress shown on long files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ImportStage {
    Reading,
    Checking,
    Writing,
}

/// What an import wrote, and the account as it now is.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContactsImported {
    pub account: AccountId,
    pub added: u32,
    pub updated: u32,
    pub marked_left: u32,
    /// Rows left out for their problems (with "skip invalid rows").
    pub skipped: u32,
    pub edit: AccountEdit,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The name a new account takes when none is given: the company most of the file's rows name,
/// else the file's name without its extension.
fn suggested_name(file: &ImportFile, first_look: &ImportPreview) -> String {
    first_look
        .companies
        .iter()
        .max_by_key(|c| c.rows)
        .map(|c| c.name.clone())
        .unwrap_or_else(|| {
            let stem = file.name.rsplit_once('.').map_or(&*file.name, |(s, _)| s);
            stem.trim().to_owned()
        })
}

struct Previewed {
    preview: ImportPreview,
    account_name: String,
    name_problem: Option<String>,
}

fn run_preview(
    ws: &Workspace,
    file: &ImportFile,
    options: &ContactImportOptions,
    target: &ImportTarget,
) -> Result<Previewed> {
    let existing: Option<AccountSnapshot> = match target {
        ImportTarget::Account { id } => Some(ws.account_snapshot(id)?),
        ImportTarget::NewAccount { .. } => None,
    };
    let mut exchange_options = ImportOptions {
        account_name: None,
        account_crm_id: None,
        every_company: false,
        skip_invalid: options.skip_invalid,
        keep_unmatched_managers: options.keep_unmatched_managers,
        mark_missing_as_left: options.mark_missing_as_left,
        mapping: options.mapping.clone(),
    };
    let account_name = match (target, &existing) {
        (_, Some(s)) => s.account.name.clone(),
        (ImportTarget::NewAccount { name }, None) if !name.trim().is_empty() => {
            name.trim().to_owned()
        }
        _ => {
            exchange_options.every_company = true;
            suggested_name(file, &preview(&file.bytes, &exchange_options, None))
        }
    };
    exchange_options.account_name = Some(account_name.clone());
    exchange_options.every_company = false;
    let mut result = preview(&file.bytes, &exchange_options, existing.as_ref());
    // The file's account column never names this account ("Northwind Holdings Ltd" for a map
    // called "Northwind"): its rows are this account's people, not another company's.
    if !result.companies.is_empty() && result.companies.iter().all(|c| !c.imported) {
        exchange_options.every_company = true;
        result = preview(&file.bytes, &exchange_options, existing.as_ref());
    }
    let name_problem = match target {
        ImportTarget::NewAccount { .. } if ws.account_name_taken(&account_name)? => Some(format!(
            "The workspace already has an account called “{account_name}”; choose another name."
        )),
        _ => None,
    };
    Ok(Previewed {
        preview: result,
        account_name,
        name_problem,
    })
}

/// Reads the file and says what importing it into `target` would do; nothing is written.
pub fn preview_contacts(
    ws: &Workspace,
    file: &ImportFile,
    options: &ContactImportOptions,
    target: &ImportTarget,
) -> Result<ContactsPreview> {
    let Previewed {
        mut preview,
        account_name,
        name_problem,
    } = run_preview(ws, file, options, target)?;
    let will_import = preview.will_import() && name_problem.is_none();
    preview.plan = None;
    let read_as = match (preview.encoding, &preview.delimiter) {
        (Some(encoding), Some(delimiter)) => Some(format!(
            "{}, separated by {}",
            encoding.label(),
            match delimiter.as_str() {
                "\t" => "tabs".to_owned(),
                other => format!("“{other}”"),
            }
        )),
        _ => None,
    };
    Ok(ContactsPreview {
        file_name: file.name.clone(),
        format_label: preview.format.label().to_owned(),
        read_as,
        account_name,
        name_problem,
        preview,
        will_import,
        fields: Field::ALL
            .iter()
            .map(|f| FieldChoice {
                field: *f,
                label: f.label().to_owned(),
            })
            .collect(),
    })
}

/// Why nothing was imported: the first problem by line and column, and how many more.
fn refusal(file: &ImportFile, preview: &ImportPreview) -> Error {
    let first = preview
        .problems
        .first()
        .map_or_else(|| "the file has problems".to_owned(), |p| p.message.clone());
    let more = match preview.problems.len() {
        0 | 1 => String::new(),
        2 => " (1 more problem in the preview)".to_owned(),
        n => format!(" ({} more problems in the preview)", n - 1),
    };
    refused_file(
        file,
        format!(
            "nothing was imported. {first}{more} Fix the file, or skip the invalid rows to import \
             the others."
        ),
    )
}

/// Previews the file again and writes what the preview shows, as one undo step; refused
/// (nothing written) while the preview has problems and invalid rows are not skipped.
pub fn import_contacts(
    ws: &mut Workspace,
    clock: &dyn Clock,
    file: &ImportFile,
    options: &ContactImportOptions,
    target: &ImportTarget,
    progress: &mut dyn FnMut(ImportStage),
) -> Result<ContactsImported> {
    progress(ImportStage::Checking);
    let Previewed {
        preview,
        account_name,
        name_problem,
    } = run_preview(ws, file, options, target)?;
    if let Some(problem) = name_problem {
        return Err(Error::Validation {
            field: "name".into(),
            message: problem,
        });
    }
    let Some(plan) = preview.plan.clone() else {
        return Err(refusal(file, &preview));
    };
    progress(ImportStage::Writing);
    let (added, updated, marked_left) = (
        count(plan.new_people.len()),
        count(plan.updated_people.len()),
        count(plan.mark_left.len()),
    );
    let people = if added + updated == 1 {
        "1 contact".to_owned()
    } else {
        format!("{} contacts", added + updated)
    };
    let label = format!("Import {people} from {}", file.name);
    let id = match target {
        ImportTarget::Account { id } => {
            ws.import_contacts(id, plan, &label)?;
            id.clone()
        }
        ImportTarget::NewAccount { .. } => {
            ws.import_contacts_as_new_account(&account_name, clock.today(), plan, &label)?
        }
    };
    Ok(ContactsImported {
        edit: edited(ws, &id)?,
        account: id,
        added,
        updated,
        marked_left,
        skipped: count(preview.invalid_lines.len()),
    })
}

/// [`preview_contacts`] of the file at `path` (the app's chosen file).
pub fn preview_contacts_file(
    ws: &Workspace,
    path: &Path,
    options: &ContactImportOptions,
    target: &ImportTarget,
) -> Result<ContactsPreview> {
    preview_contacts(ws, &ImportFile::read(path)?, options, target)
}

/// [`import_contacts`] of the file at `path`, read again as it is now.
pub fn import_contacts_file(
    ws: &mut Workspace,
    clock: &dyn Clock,
    path: &Path,
    options: &ContactImportOptions,
    target: &ImportTarget,
    progress: &mut dyn FnMut(ImportStage),
) -> Result<ContactsImported> {
    progress(ImportStage::Reading);
    let file = ImportFile::read(path)?;
    import_contacts(ws, clock, &file, options, target, progress)
}
