//! The subcommands and what each prints.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use rapport_core::Severity;
use rapport_store::{Workspace, resolve_workspace_path};
use std::io::Write;
use std::path::PathBuf;

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
    Demo(WorkspaceArg),
    /// List the accounts of a workspace with revenue share and next review.
    Accounts(WorkspaceArg),
    /// Print what Analyse finds on an account's map: gaps in coverage, hostile influencers, stale
    /// contacts, with a suggested goal for each.
    Analyse(AnalyseArgs),
    /// Add a generated account of about N people, laid out, for performance runs.
    Generate(crate::generate::GenerateArgs),
    /// Write the account plan as a print-ready PDF (A4 or Letter), optionally client-safe.
    ExportPdf(crate::export::ExportPdfArgs),
    /// Write the stakeholder map alone as SVG or PNG, with its legend.
    ExportMap(crate::export::ExportMapArgs),
}

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

#[derive(Debug, Args)]
pub struct WorkspaceArg {
    /// The workspace file (default: $RAPPORT_WORKSPACE, then the app-data folder).
    #[arg(long, value_name = "FILE")]
    pub workspace: Option<PathBuf>,
    /// Treat this date as today (YYYY-MM-DD); by default the system date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<NaiveDate>,
}

impl WorkspaceArg {
    pub(crate) fn open(&self) -> Result<Workspace, String> {
        let path = resolve_workspace_path(self.workspace.clone()).map_err(|e| e.to_string())?;
        Workspace::open(&path).map_err(|e| e.to_string())
    }

    pub(crate) fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

pub fn run(cli: Cli, out: &mut impl Write) -> Result<(), String> {
    match cli.command {
        Command::Demo(args) => demo(&args, out),
        Command::Accounts(args) => accounts(&args, out),
        Command::Analyse(args) => analyse(&args, out),
        Command::Generate(args) => crate::generate::generate(&args, out),
        Command::ExportPdf(args) => crate::export::export_pdf(&args, out),
        Command::ExportMap(args) => crate::export::export_map(&args, out),
    }
}

fn analyse(args: &AnalyseArgs, out: &mut impl Write) -> Result<(), String> {
    let ws = args.workspace.open()?;
    let id = ws
        .account_id_by_name(&args.account)
        .map_err(|e| e.to_string())?;
    let snapshot = ws.account_snapshot(&id).map_err(|e| e.to_string())?;
    let findings = rapport_core::analyse(&snapshot, args.workspace.today());
    if args.json {
        let json = serde_json::to_string_pretty(&findings).map_err(|e| e.to_string())?;
        return writeln!(out, "{json}").map_err(io);
    }
    writeln!(
        out,
        "{}: {} finding{}",
        snapshot.account.name,
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

pub(crate) fn io(err: std::io::Error) -> String {
    // `rapport analyse … | head`: the reader has what it wanted; stop quietly, as Unix tools do.
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("could not write the output: {err}")
}

fn demo(args: &WorkspaceArg, out: &mut impl Write) -> Result<(), String> {
    let mut ws = args.open()?;
    if !ws.is_empty().map_err(|e| e.to_string())? {
        let path = ws
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        return Err(format!(
            "{path} already holds accounts; the demo is only written into an empty workspace"
        ));
    }
    ws.create_demo(args.today()).map_err(|e| e.to_string())?;
    let path = ws
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    writeln!(out, "Wrote the demo workspace to {path}").map_err(io)
}

fn accounts(args: &WorkspaceArg, out: &mut impl Write) -> Result<(), String> {
    let ws = args.open()?;
    let rows = ws
        .account_summaries(args.today())
        .map_err(|e| e.to_string())?;
    if rows.is_empty() {
        return writeln!(out, "No accounts yet. Try: rapport demo --workspace FILE").map_err(io);
    }
    let width = rows
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    writeln!(
        out,
        "{:<width$}  {:>14}  {:>6}  {:>6}  next review",
        "Account", "Revenue", "Share", "People"
    )
    .map_err(io)?;
    for r in rows {
        let overdue = if r.review_overdue { " (overdue)" } else { "" };
        writeln!(
            out,
            "{:<width$}  {:>10.0} {:<3}  {:>5.1}%  {:>6}  {}{overdue}",
            r.name,
            r.annual_revenue,
            r.currency,
            r.revenue_share * 100.0,
            r.stakeholder_count,
            r.next_review_due,
        )
        .map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(args: &[&str]) -> Result<String, String> {
        let cli = Cli::try_parse_from(std::iter::once("rapport").chain(args.iter().copied()))
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        run(cli, &mut out)?;
        Ok(String::from_utf8(out).expect("utf-8 output"))
    }

    #[test]
    fn demo_then_accounts_lists_the_three_demo_accounts() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("ws.sqlite");
        let file = file.to_str().expect("utf-8 path");
        let wrote = run_args(&["demo", "--workspace", file, "--today", "2026-11-23"])
            .expect("demo written");
        assert!(wrote.contains(file));
        let listed =
            run_args(&["accounts", "--workspace", file, "--today", "2026-11-23"]).expect("listed");
        assert!(listed.contains("Helios Freight"), "{listed}");
        assert!(listed.contains("Nordlicht Energie") && listed.contains("Atlas Retail Group"));
        assert!(listed.contains("(overdue)"), "{listed}");
    }

    #[test]
    fn demo_refuses_a_workspace_that_already_has_accounts() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("ws.sqlite");
        let file = file.to_str().expect("utf-8 path");
        run_args(&["demo", "--workspace", file]).expect("first demo");
        let err = run_args(&["demo", "--workspace", file]).expect_err("second demo refused");
        assert!(err.contains("already holds accounts"), "{err}");
    }

    #[test]
    fn analyse_prints_the_demo_findings_as_text_and_json() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("ws.sqlite");
        let file = file.to_str().expect("utf-8 path");
        run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo");
        let text = run_args(&[
            "analyse",
            "--workspace",
            file,
            "--account",
            "helios freight",
            "--today",
            "2026-11-23",
        ])
        .expect("analysed");
        assert!(text.starts_with("Helios Freight: "), "{text}");
        assert!(
            text.contains("HIGH") && text.contains("Raj Patel"),
            "{text}"
        );
        assert!(text.contains("Suggested goal:"), "{text}");
        let json = run_args(&[
            "analyse",
            "--workspace",
            file,
            "--account",
            "Helios Freight",
            "--json",
            "--today",
            "2026-11-23",
        ])
        .expect("json");
        let findings: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let kinds: Vec<_> = findings
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(|f| f["kind"].as_str())
            .collect();
        assert!(kinds.contains(&"budgetHolderUncovered"), "{kinds:?}");
        assert!(kinds.contains(&"hostileInfluencer"), "{kinds:?}");
    }

    #[test]
    fn analyse_names_an_unknown_account() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("ws.sqlite");
        let file = file.to_str().expect("utf-8 path");
        let err =
            run_args(&["analyse", "--workspace", file, "--account", "Acme"]).expect_err("refused");
        assert_eq!(err, "No account is called \"Acme\" in this workspace.");
    }

    #[test]
    fn a_bad_date_is_named() {
        let err = run_args(&["accounts", "--today", "23/11/2026"]).expect_err("refused");
        assert!(err.contains("--today"), "{err}");
    }
}
