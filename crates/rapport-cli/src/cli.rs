//! The subcommands and their dispatch.

use crate::failure::Failure;
use clap::{Parser, Subcommand};
use std::io::Write;

#[derive(Debug, Parser)]
#[command(
    name = "rapport",
    version,
    about = "Rapport's account workspaces, from the command line"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the demo accounts (Helios Freight and two smaller ones) into a new workspace file.
    Demo(crate::workspace_arg::WorkspaceArg),
    /// List the portfolio: revenue, share and cumulative share, lifetime value, NPS, health,
    /// lifecycle stage and next review, largest revenue first.
    Accounts(crate::accounts::AccountsArgs),
    /// Create an account (only the name is required).
    NewAccount(crate::accounts::NewAccountArgs),
    /// Print what Analyse finds on an account's map: gaps in coverage, hostile influencers, stale
    /// contacts, with a suggested goal for each.
    Analyse(crate::analyse::AnalyseArgs),
    /// What the account would lose if these people left: who loses their only way in, findings
    /// that appear or get worse, goals and initiatives at risk. Nothing is changed.
    WhatIf(crate::what_if::WhatIfArgs),
    /// Add a generated account of about N people, laid out, for performance runs.
    Generate(crate::generate::GenerateArgs),
    /// Write the account plan as a print-ready PDF (A4 or Letter), optionally client-safe.
    ExportPdf(crate::export::ExportPdfArgs),
    /// Write the stakeholder map alone as SVG or PNG, with its legend.
    ExportMap(crate::export::ExportMapArgs),
    /// Import contacts from a CSV file (Salesforce, HubSpot, an org chart or Rapport's template)
    /// into an account or a new one; --dry-run shows what would happen.
    ImportCsv(crate::import::ImportCsvArgs),
    /// Write an account's contacts as CSV: Rapport's template, or a Salesforce-ready file.
    ExportCsv(crate::export::ExportCsvArgs),
    /// Write everything about an account (reviews included) as a JSON document for another
    /// workspace.
    ExportJson(crate::export::ExportJsonArgs),
    /// Write reviews, initiative due dates, personal dates and thank-yous owed as an iCalendar
    /// (.ics) file, for one account or the whole portfolio; exporting again updates the same
    /// events in a calendar instead of adding copies.
    ExportIcs(crate::calendar::ExportIcsArgs),
    /// Add the account of a JSON document to the workspace as a new account.
    ImportJson(crate::import::ImportJsonArgs),
    /// Take a consistent copy of the workspace into the `backups` folder beside it (works while
    /// the app has it open).
    Backup(crate::workspace_arg::WorkspaceArg),
    /// List a workspace's backups (`--list`), or restore one (`--from BACKUP`). Refused while
    /// the app edits the workspace.
    Restore(crate::backup::RestoreArgs),
}

pub fn run(cli: Cli, out: &mut impl Write) -> Result<(), Failure> {
    match cli.command {
        Command::Demo(args) => Ok(crate::demo::demo(&args, out)?),
        Command::Accounts(args) => Ok(crate::accounts::accounts(&args, out)?),
        Command::NewAccount(args) => Ok(crate::accounts::new_account(&args, out)?),
        Command::Analyse(args) => Ok(crate::analyse::analyse(&args, out)?),
        Command::WhatIf(args) => Ok(crate::what_if::what_if(&args, out)?),
        Command::Generate(args) => crate::generate::generate(&args, out),
        Command::ExportPdf(args) => Ok(crate::export::export_pdf(&args, out)?),
        Command::ExportMap(args) => Ok(crate::export::export_map(&args, out)?),
        Command::ImportCsv(args) => crate::import::import_csv(&args, out),
        Command::ExportCsv(args) => Ok(crate::export::export_csv(&args, out)?),
        Command::ExportJson(args) => Ok(crate::export::export_json(&args, out)?),
        Command::ExportIcs(args) => Ok(crate::calendar::export_ics(&args, out)?),
        Command::ImportJson(args) => crate::import::import_json(&args, out),
        Command::Backup(args) => Ok(crate::backup::backup(&args, out)?),
        Command::Restore(args) => Ok(crate::backup::restore(&args, out)?),
    }
}

#[cfg(test)]
mod tests;
