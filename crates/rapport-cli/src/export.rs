//! `rapport export-pdf`, `export-map`, `export-csv` and `export-json`: the account plan, the
//! map, the contacts and the whole account as files, from the same `rapport-api` calls the app
//! makes. Files are written atomically: a failed export leaves no partial file behind.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::{Args, ValueEnum};
use rapport_api::export::{self, ExportKind};
use rapport_report::{Paper, Poster, ReportOptions, Sections, write_atomically};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// A poster size for the map: the whole map on one page for the wall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PosterArg {
    A3,
    A2,
    A1,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    Svg,
    Png,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContactsFormat {
    /// Rapport's contacts template: every field of the map, reads back as it was written.
    Template,
    /// Salesforce contacts by API name, with the CRM ids, for Data Loader.
    Salesforce,
}

#[derive(Debug, Args)]
pub struct ExportCsvArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    #[arg(long, value_enum, default_value_t = ContactsFormat::Template)]
    pub format: ContactsFormat,
    /// Where to write the CSV file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportJsonArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    /// Where to write the account document.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportPdfArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Leave out attitudes, personal notes, internal notes, lifetime value and NPS, for sharing
    /// with the client.
    #[arg(long)]
    pub client_safe: bool,
    /// With --client-safe: still print lifetime value (as revenue) and NPS.
    #[arg(long, requires = "client_safe")]
    pub with_economics: bool,
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    /// Print the map as one poster page of this size (the rest of the plan stays on --paper)
    /// instead of an overview and parts.
    #[arg(long, value_enum, value_name = "SIZE")]
    pub poster: Option<PosterArg>,
    /// Printed on the cover.
    #[arg(long, value_name = "NAME", default_value = "")]
    pub facilitator: String,
    /// Printed on the cover, e.g. "v3".
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub plan_version: String,
    /// Add the facilitator's guide (every step's questions for the room) as an appendix.
    #[arg(long)]
    pub guide: bool,
}

#[derive(Debug, Args)]
pub struct ExportMapArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    #[arg(long, value_enum)]
    pub format: MapFormat,
    /// Where to write the image.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Leave out attitude colours, marks and words.
    #[arg(long)]
    pub client_safe: bool,
    /// PNG only: pixels per map unit (1 = the editor at 100 %).
    #[arg(long, value_name = "FACTOR", default_value_t = 1.0)]
    pub scale: f32,
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_atomically(path, bytes).map_err(|e| format!("could not write {}: {e}", path.display()))
}

fn kilobytes(bytes: &[u8]) -> String {
    format!("{} kB", bytes.len().div_ceil(1000))
}

/// Renders one export of the named account with the same `rapport-api` calls the app makes.
fn render(
    workspace: &WorkspaceArg,
    account: &str,
    kind: ExportKind,
    options: &ReportOptions,
    png_scale: f32,
) -> Result<(String, Vec<u8>), String> {
    let ws = workspace.open_to_read()?;
    let id = ws.account_id_by_name(account).map_err(|e| e.to_string())?;
    let input = export::plan_input(&ws, &workspace.clock(), &id).map_err(|e| e.to_string())?;
    let name = input.snapshot.account.name.clone();
    let bytes = export::render(kind, &input, options, png_scale, &mut |_| {})
        .map_err(|e| format!("{name}: {e}"))?;
    Ok((name, bytes))
}

pub fn export_pdf(args: &ExportPdfArgs, out: &mut impl Write) -> Result<(), String> {
    let options = ReportOptions {
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        client_safe: args.client_safe,
        client_safe_economics: args.with_economics,
        facilitator: args.facilitator.clone(),
        plan_version: args.plan_version.clone(),
        poster: args.poster.map(|p| match p {
            PosterArg::A3 => Poster::A3,
            PosterArg::A2 => Poster::A2,
            PosterArg::A1 => Poster::A1,
        }),
        sections: Sections {
            guide: args.guide,
            ..Sections::default()
        },
    };
    let (name, pdf) = render(
        &args.workspace,
        &args.account,
        ExportKind::PlanPdf,
        &options,
        1.0,
    )?;
    write(&args.out, &pdf)?;
    writeln!(
        out,
        "Wrote the {}account plan of {name} to {} ({})",
        if args.client_safe { "client-safe " } else { "" },
        args.out.display(),
        kilobytes(&pdf)
    )
    .map_err(io)
}

pub fn export_map(args: &ExportMapArgs, out: &mut impl Write) -> Result<(), String> {
    let kind = match args.format {
        MapFormat::Svg => ExportKind::MapSvg,
        MapFormat::Png => ExportKind::MapPng,
    };
    let options = ReportOptions {
        client_safe: args.client_safe,
        ..ReportOptions::default()
    };
    let (name, bytes) = render(&args.workspace, &args.account, kind, &options, args.scale)?;
    write(&args.out, &bytes)?;
    writeln!(
        out,
        "Wrote the map of {name} to {} ({})",
        args.out.display(),
        kilobytes(&bytes)
    )
    .map_err(io)
}

pub fn export_csv(args: &ExportCsvArgs, out: &mut impl Write) -> Result<(), String> {
    let kind = match args.format {
        ContactsFormat::Template => ExportKind::ContactsTemplate,
        ContactsFormat::Salesforce => ExportKind::ContactsSalesforce,
    };
    let options = ReportOptions::default();
    let (name, bytes) = render(&args.workspace, &args.account, kind, &options, 1.0)?;
    write(&args.out, &bytes)?;
    writeln!(
        out,
        "Wrote the contacts of {name} to {} ({})",
        args.out.display(),
        kilobytes(&bytes)
    )
    .map_err(io)
}

pub fn export_json(args: &ExportJsonArgs, out: &mut impl Write) -> Result<(), String> {
    let options = ReportOptions::default();
    let (name, bytes) = render(
        &args.workspace,
        &args.account,
        ExportKind::AccountJson,
        &options,
        1.0,
    )?;
    write(&args.out, &bytes)?;
    writeln!(
        out,
        "Wrote {name} to {} ({})",
        args.out.display(),
        kilobytes(&bytes)
    )
    .map_err(io)
}
