//! Exporting an account: the plan as PDF, the map as SVG or PNG (rendered by `rapport-report`),
//! the contacts as CSV (Rapport's template, or a Salesforce-ready file with the CRM ids) and the
//! whole account as its JSON document (`rapport-exchange`). Files are written atomically, so a
//! failed export leaves no half-written file. Choosing the file is the caller's business (a native dialog in the app, `--out` in the
//! CLI).

use crate::{Clock, Error, Result};
use rapport_core::AccountId;
use rapport_report::{PlanInput, ReportOptions, ReportStage};
use rapport_store::Workspace;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportKind {
    PlanPdf,
    MapSvg,
    MapPng,
    /// The people in Rapport's contacts template (every field of the map; reads back as is).
    ContactsTemplate,
    /// The people as Salesforce contacts by API name, with their CRM ids, for Data Loader.
    ContactsSalesforce,
    /// Everything about the account, reviews included, to import into another workspace.
    AccountJson,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::PlanPdf => "pdf",
            ExportKind::MapSvg => "svg",
            ExportKind::MapPng => "png",
            ExportKind::ContactsTemplate | ExportKind::ContactsSalesforce => "csv",
            ExportKind::AccountJson => "json",
        }
    }

    /// What a save dialog calls files of this kind.
    pub fn file_type(self) -> &'static str {
        match self {
            ExportKind::PlanPdf => "PDF document",
            ExportKind::MapSvg => "SVG drawing",
            ExportKind::MapPng => "PNG image",
            ExportKind::ContactsTemplate | ExportKind::ContactsSalesforce => "CSV file",
            ExportKind::AccountJson => "Rapport account",
        }
    }

    /// The file name a save dialog proposes, e.g. "Helios Freight – account plan.pdf".
    pub fn default_file_name(self, account: &str, client_safe: bool) -> String {
        // File names must not carry a path separator from the account's name.
        let account: String = account
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':') {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let what = match self {
            ExportKind::PlanPdf => "account plan",
            ExportKind::MapSvg | ExportKind::MapPng => "stakeholder map",
            ExportKind::ContactsTemplate => "contacts",
            ExportKind::ContactsSalesforce => "contacts for Salesforce",
            ExportKind::AccountJson => "account",
        };
        let shared = if client_safe { " (client copy)" } else { "" };
        format!("{account} – {what}{shared}.{}", self.extension())
    }
}

/// What the export is doing, streamed to the UI while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ExportStage {
    Preparing,
    Typesetting,
    Writing,
    Saving,
}

impl From<ReportStage> for ExportStage {
    fn from(stage: ReportStage) -> Self {
        match stage {
            ReportStage::Preparing => ExportStage::Preparing,
            ReportStage::Typesetting => ExportStage::Typesetting,
            ReportStage::Writing => ExportStage::Writing,
        }
    }
}

/// Where an export was saved.
#[derive(Debug, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub path: String,
    pub bytes: u32,
}

/// Everything a plan is printed from: the account, its reviews, and today as the plan's date.
pub fn plan_input(ws: &Workspace, clock: &dyn Clock, account: &AccountId) -> Result<PlanInput> {
    Ok(PlanInput {
        snapshot: ws.account_snapshot(account)?,
        reviews: ws.reviews(account)?,
        today: clock.today(),
    })
}

/// Renders the document in memory. `progress` hears each stage as it starts.
pub fn render(
    kind: ExportKind,
    input: &PlanInput,
    options: &ReportOptions,
    png_scale: f32,
    progress: &mut dyn FnMut(ExportStage),
) -> Result<Vec<u8>> {
    let snapshot = &input.snapshot;
    Ok(match kind {
        ExportKind::PlanPdf => {
            rapport_report::render_pdf(input, options, &mut |s| progress(s.into()))?
        }
        ExportKind::MapSvg => {
            progress(ExportStage::Preparing);
            rapport_report::map_svg(snapshot, options.client_safe).into_bytes()
        }
        ExportKind::MapPng => {
            progress(ExportStage::Preparing);
            rapport_report::map_png(snapshot, options.client_safe, png_scale)?
        }
        // Contacts and the account document carry the account as it is: they are for the CRM
        // and for colleagues, not for the client, so `client_safe` does not apply.
        ExportKind::ContactsTemplate => {
            progress(ExportStage::Preparing);
            rapport_exchange::export_template_csv(snapshot)
        }
        ExportKind::ContactsSalesforce => {
            progress(ExportStage::Preparing);
            rapport_exchange::export_salesforce_csv(snapshot)
        }
        ExportKind::AccountJson => {
            progress(ExportStage::Preparing);
            rapport_exchange::export_account_json(snapshot, &input.reviews)
        }
    })
}

/// Renders the document and writes it to `path` atomically: either the whole file is there, or
/// nothing was written.
pub fn save(
    kind: ExportKind,
    input: &PlanInput,
    options: &ReportOptions,
    png_scale: f32,
    path: &Path,
    progress: &mut dyn FnMut(ExportStage),
) -> Result<Exported> {
    let bytes = render(kind, input, options, png_scale, progress)?;
    progress(ExportStage::Saving);
    rapport_report::write_atomically(path, &bytes).map_err(|e| {
        Error::io(format!(
            "Could not save {}: {e}. Nothing was written there; choose another folder.",
            path.display()
        ))
    })?;
    Ok(Exported {
        path: path.display().to_string(),
        bytes: u32::try_from(bytes.len()).unwrap_or(u32::MAX),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_keep_path_separators_out() {
        assert_eq!(
            ExportKind::PlanPdf.default_file_name("A/B: C", false),
            "A-B- C – account plan.pdf"
        );
        assert_eq!(
            ExportKind::MapPng.default_file_name("Helios", true),
            "Helios – stakeholder map (client copy).png"
        );
    }
}
