//! `rapport analyse`: what Analyse finds on an account's map, as text or JSON.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_core::Severity;
use std::io::Write;

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    /// Print the findings as JSON (the same shape the app receives).
    #[arg(long)]
    pub json: bool,
}

pub fn analyse(args: &AnalyseArgs, out: &mut impl Write) -> Result<(), String> {
    let ws = args.workspace.open_to_read()?;
    let id = ws
        .account_id_by_name(&args.account)
        .map_err(|e| e.to_string())?;
    let name = ws
        .account_snapshot(&id)
        .map_err(|e| e.to_string())?
        .account
        .name;
    let findings = rapport_api::analysis::analyse_account(&ws, &args.workspace.clock(), &id)
        .map_err(|e| e.to_string())?
        .findings;
    if args.json {
        let json = serde_json::to_string_pretty(&findings).map_err(|e| e.to_string())?;
        return writeln!(out, "{json}").map_err(io);
    }
    writeln!(
        out,
        "{name}: {} finding{}",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    )
    .map_err(io)?;
    for f in &findings {
        let severity = match f.severity {
            Severity::High => "HIGH  ",
            Severity::Medium => "MEDIUM",
            Severity::Low => "LOW   ",
        };
        writeln!(out, "\n{severity} {}\n       {}", f.title, f.explanation).map_err(io)?;
        writeln!(out, "       Suggested goal: {}", f.suggested_goal.title).map_err(io)?;
    }
    Ok(())
}
