//! `rapport export-ics`: one account's dates, or the whole portfolio's, as an iCalendar file —
//! the same `rapport-api` call as the app's File → Export calendar….

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_core::AccountId;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ExportIcsArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// Only this account: its name, as in `rapport accounts` (case does not matter), or its id.
    /// Without it, every account still in the portfolio.
    #[arg(long, value_name = "NAME_OR_ID")]
    pub account: Option<String>,
    /// Where to write the .ics file.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub out: PathBuf,
}

pub fn export_ics(args: &ExportIcsArgs, out: &mut impl Write) -> Result<(), String> {
    let ws = args.workspace.open_to_read()?;
    let account = match &args.account {
        None => None,
        Some(given) => Some(match ws.account_id_by_name(given) {
            Ok(id) => id,
            Err(by_name) => {
                let id = AccountId::from(given.trim());
                ws.account_snapshot(&id).map_err(|_| by_name.to_string())?;
                id
            }
        }),
    };
    let clock = args.workspace.clock();
    let bytes = rapport_api::calendar::save_calendar(&ws, &clock, account.as_ref(), &args.out)
        .map_err(|e| e.to_string())?;
    let what = match &account {
        Some(id) => ws
            .account_snapshot(id)
            .map(|s| format!("the calendar of {}", s.account.name))
            .map_err(|e| e.to_string())?,
        None => "the portfolio's calendar".to_owned(),
    };
    writeln!(
        out,
        "Wrote {what} to {} ({} kB)",
        args.out.display(),
        bytes.div_ceil(1000)
    )
    .map_err(io)
}
