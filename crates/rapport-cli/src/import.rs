//! `rapport import-csv` and `rapport import-json`: contacts from a CRM export or an org chart,
//! and whole accounts from their JSON document, through the same `rapport-api` calls the app
//! makes. `--dry-run` prints the preview the app shows and writes nothing.

use crate::failure::Failure;
use crate::output::{counted, io};
use crate::preview_text::{print_preview, print_skipped};
use crate::workspace_arg::WorkspaceArg;
use clap::{ArgGroup, Args};
use rapport_api::import::{
    ContactImportOptions, ImportFile, ImportTarget, import_account_json, import_contacts,
    preview_contacts,
};
use rapport_exchange::MappingOverride;
use rapport_store::{OpenMode, Workspace};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["account", "new_account"])))]
pub struct ImportCsvArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// Import into this account (a re-import when it has people: matched by CRM id, then
    /// e-mail, then name).
    #[arg(long, value_name = "NAME")]
    pub account: Option<String>,
    /// Import into a new account of this name ("" takes the file's company name).
    #[arg(long, value_name = "NAME")]
    pub new_account: Option<String>,
    /// The contacts file (CSV: Salesforce, HubSpot, an org chart, or Rapport's template).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Print what would be imported, skipped and changed, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows and list the others, instead of importing nothing.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Keep a person whose manager matches nobody, without that reporting line.
    #[arg(long)]
    pub keep_unmatched_managers: bool,
    /// Mark the people the file no longer lists as having left the company.
    #[arg(long)]
    pub mark_missing_as_left: bool,
    /// Read a column as a field, e.g. --mapping "Chef=reports to" or --mapping "D=ignore"
    /// (the column by header, letter or number); repeatable.
    #[arg(long, value_name = "COLUMN=FIELD", value_parser = MappingOverride::parse)]
    pub mapping: Vec<MappingOverride>,
}

#[derive(Debug, Args)]
pub struct ImportJsonArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account document (written by `rapport export-json` or the app's Export).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The new account's name; by default the document's, numbered when the workspace has it.
    #[arg(long, value_name = "NEW_NAME")]
    pub name: Option<String>,
}

pub fn import_csv(args: &ImportCsvArgs, out: &mut impl Write) -> Result<(), Failure> {
    let mut ws = open_for_import(args)?;
    let target = match (&args.account, &args.new_account) {
        (Some(name), _) => ImportTarget::Account {
            id: ws.account_id_by_name(name).map_err(|e| e.to_string())?,
        },
        (None, Some(name)) => ImportTarget::NewAccount { name: name.clone() },
        (None, None) => unreachable!("clap requires --account or --new-account"),
    };
    let options = ContactImportOptions {
        skip_invalid: args.skip_invalid,
        keep_unmatched_managers: args.keep_unmatched_managers,
        mark_missing_as_left: args.mark_missing_as_left,
        mapping: args.mapping.clone(),
    };
    let file = ImportFile::read(&args.file)?;
    let shown = preview_contacts(&ws, &file, &options, &target)?;
    if args.dry_run || !shown.will_import {
        print_preview(&shown, args.mark_missing_as_left, out).map_err(io)?;
    }
    if let Some(problem) = &shown.name_problem {
        return Err(Failure::Refused(problem.clone()));
    }
    if !shown.will_import {
        return Err(Failure::Refused(format!(
            "{}: nothing was imported ({} with problems). Fix the file, or pass --skip-invalid \
             to import the other rows.",
            file.name,
            counted(shown.preview.invalid_lines.len(), "row", "rows"),
        )));
    }
    if args.dry_run {
        return Ok(());
    }
    let clock = args.workspace.clock();
    let done = import_contacts(&mut ws, &clock, &file, &options, &target, &mut |_| {})?;
    writeln!(
        out,
        "Imported {} into {}: {} new, {} updated, {} marked as having left the company.",
        file.name, done.edit.snapshot.account.name, done.added, done.updated, done.marked_left
    )
    .map_err(io)?;
    print_skipped(&shown.preview, out).map_err(io)?;
    Ok(())
}

/// A dry run only reads (a workspace that is not there yet previews as an empty one); an import
/// into an existing account needs that workspace; a new account may start a new workspace file.
fn open_for_import(args: &ImportCsvArgs) -> Result<Workspace, String> {
    if args.dry_run {
        if !args.workspace.path()?.exists() {
            return Workspace::open_in_memory().map_err(|e| e.to_string());
        }
        return args.workspace.open_to_read();
    }
    let mode = if args.account.is_some() {
        OpenMode::ExistingOnly
    } else {
        OpenMode::CreateIfMissing
    };
    args.workspace.open_to_edit(mode)
}

pub fn import_json(args: &ImportJsonArgs, out: &mut impl Write) -> Result<(), Failure> {
    let mut ws = args.workspace.open_to_edit(OpenMode::CreateIfMissing)?;
    let file = ImportFile::read(&args.file)?;
    let done = import_account_json(&mut ws, &file, args.name.as_deref())?;
    writeln!(
        out,
        "Added \"{}\" from {} ({}, {})",
        done.name,
        file.name,
        counted(done.people as usize, "person", "people"),
        counted(done.reviews as usize, "review", "reviews")
    )
    .map_err(io)?;
    Ok(())
}
