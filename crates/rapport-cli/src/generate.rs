//! `rapport generate`: a large, realistic account for performance runs of the editor and the
//! report.

use crate::failure::Failure;
use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_store::OpenMode;
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

pub fn generate(args: &GenerateArgs, out: &mut impl Write) -> Result<(), Failure> {
    if !(1..=20_000).contains(&args.people) {
        return Err(Failure::Usage(format!(
            "--people {}: choose between 1 and 20000",
            args.people
        )));
    }
    let mut ws = args.workspace.open_to_edit(OpenMode::CreateIfMissing)?;
    let (_, snapshot) = rapport_api::generate::add_generated_account(
        &mut ws,
        args.people,
        args.seed,
        args.name.as_deref(),
    )
    .map_err(|e| e.to_string())?;
    writeln!(
        out,
        "Added \"{}\" with {} stakeholders and {} of ours",
        snapshot.account.name,
        snapshot.stakeholders.len(),
        snapshot.team.len()
    )
    .map_err(io)?;
    Ok(())
}
