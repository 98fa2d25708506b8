//! `rapport what-if`: what the account would lose if these people left (nothing is changed), as
//! text or JSON — the same answer as the editor's what-if panel.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_core::{AccountSnapshot, Removal, StakeholderId};
use std::io::Write;

#[derive(Debug, Args)]
pub struct WhatIfArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name, as in `rapport accounts` (case does not matter).
    #[arg(long, value_name = "NAME")]
    pub account: String,
    /// Someone leaving: one of theirs or one of ours, by name (case does not matter). Repeat it
    /// for several people leaving together.
    #[arg(long = "person", value_name = "NAME", required = true)]
    pub people: Vec<String>,
    /// Print the answer as JSON (the same shape the app receives).
    #[arg(long)]
    pub json: bool,
}

/// The removal for a name on this account's map; a name nobody or several people have is refused.
fn removal_named(snapshot: &AccountSnapshot, name: &str) -> Result<Removal, String> {
    let wanted = name.trim().to_lowercase();
    let mut found: Vec<Removal> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.name.to_lowercase() == wanted)
        .map(|s| Removal::Stakeholder(s.id.clone()))
        .chain(
            snapshot
                .team
                .iter()
                .filter(|t| t.name.to_lowercase() == wanted)
                .map(|t| Removal::TeamMember(t.id.clone())),
        )
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!(
            "Nobody called “{name}” is on the map of {}.",
            snapshot.account.name
        )),
        n => Err(format!(
            "{n} people on the map of {} are called “{name}”; what-if needs one.",
            snapshot.account.name
        )),
    }
}

fn names(snapshot: &AccountSnapshot, ids: &[StakeholderId]) -> String {
    let mut names: Vec<_> = ids
        .iter()
        .filter_map(|id| snapshot.stakeholders.iter().find(|s| &s.id == id))
        .map(|s| s.name.as_str())
        .collect();
    names.sort_unstable();
    if names.is_empty() {
        "nobody".into()
    } else {
        names.join(", ")
    }
}

pub fn what_if(args: &WhatIfArgs, out: &mut impl Write) -> Result<(), String> {
    let ws = args.workspace.open_to_read()?;
    let id = ws
        .account_id_by_name(&args.account)
        .map_err(|e| e.to_string())?;
    let snapshot = ws.account_snapshot(&id).map_err(|e| e.to_string())?;
    let removals = args
        .people
        .iter()
        .map(|name| removal_named(&snapshot, name))
        .collect::<Result<Vec<_>, _>>()?;
    let answer = rapport_api::analysis::what_if(&ws, &args.workspace.clock(), &id, &removals)
        .map_err(|e| e.to_string())?;
    if args.json {
        let json = serde_json::to_string_pretty(&answer).map_err(|e| e.to_string())?;
        return writeln!(out, "{json}").map_err(io);
    }
    writeln!(
        out,
        "If {} left {}:",
        args.people.join(" and "),
        snapshot.account.name
    )
    .map_err(io)?;
    writeln!(
        out,
        "Lose their only way in: {}",
        names(&snapshot, &answer.coverage_lost)
    )
    .map_err(io)?;
    writeln!(
        out,
        "Budget holders left without a trusted relationship: {}",
        names(&snapshot, &answer.orphaned_budget_holders)
    )
    .map_err(io)?;
    for (change, findings) in [("New", &answer.appeared), ("Worse", &answer.worsened)] {
        for f in findings {
            writeln!(out, "{change}: {}", f.title).map_err(io)?;
        }
    }
    let titled = |ids: Vec<&str>| {
        if ids.is_empty() {
            "none".to_string()
        } else {
            ids.join("; ")
        }
    };
    let goals = snapshot
        .goals
        .iter()
        .filter(|g| answer.goals_at_risk.contains(&g.id))
        .map(|g| g.title.as_str())
        .collect();
    let initiatives = snapshot
        .initiatives
        .iter()
        .filter(|i| answer.initiatives_at_risk.contains(&i.id))
        .map(|i| i.title.as_str())
        .collect();
    writeln!(out, "Goals at risk: {}", titled(goals)).map_err(io)?;
    writeln!(out, "Initiatives at risk: {}", titled(initiatives)).map_err(io)?;
    Ok(())
}
