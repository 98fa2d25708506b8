//! `rapport generate`: a large, realistic account for performance runs of the editor and the
//! report (the core's `synthetic_account`, laid out and stored).

use crate::commands::WorkspaceArg;
use clap::Args;
use rapport_core::{LayoutMode, synthetic_account};
use std::io::Write;

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// About how many client stakeholders the account gets.
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub people: usize,
    /// The account's name (default: "Northwind Holdings (N people)").
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Seed of the generator: the same seed gives the same account.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn generate(args: &GenerateArgs, out: &mut impl Write) -> Result<(), String> {
    if !(1..=20_000).contains(&args.people) {
        return Err(format!(
            "--people {}: choose between 1 and 20000",
            args.people
        ));
    }
    let mut ws = args.workspace.open()?;
    let mut snapshot = synthetic_account(args.people, args.seed);
    snapshot.account.name = args
        .name
        .clone()
        .unwrap_or_else(|| format!("Northwind Holdings ({} people)", args.people));
    let id = ws.import_snapshot(&snapshot).map_err(|e| e.to_string())?;
    ws.apply_layout(&id, LayoutMode::Full)
        .map_err(|e| e.to_string())?;
    writeln!(
        out,
        "Added \"{}\" with {} stakeholders and {} of ours",
        snapshot.account.name,
        snapshot.stakeholders.len(),
        snapshot.team.len()
    )
    .map_err(|e| format!("could not write the output: {e}"))
}
