//! `rapport backup` and `rapport restore`: the app's "Back up now" and "Restore from a backup…".

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_api::backups;
use std::io::Write;

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// List the workspace's backups, newest first, with their dates and account counts.
    #[arg(long, conflicts_with = "from")]
    pub list: bool,
    /// The backup to restore, by its file name as `--list` prints it. The workspace as it is
    /// now is kept as a backup first.
    #[arg(long, value_name = "BACKUP", required_unless_present = "list")]
    pub from: Option<String>,
}

/// Takes a backup now. It only reads the workspace, so it works while the app has it open.
pub fn backup(args: &WorkspaceArg, out: &mut impl Write) -> Result<(), String> {
    let ws = args.open_to_read()?;
    let file = backups::back_up_now(&ws, &args.clock()).map_err(|e| e.to_string())?;
    let folder = backups::workspace_file(&ws)
        .map_err(|e| e.to_string())?
        .backups_folder;
    writeln!(out, "Backed up to {folder}/{}", file.file_name).map_err(io)
}

pub fn restore(args: &RestoreArgs, out: &mut impl Write) -> Result<(), String> {
    let path = args.workspace.path()?;
    let Some(from) = &args.from else {
        let listed = backups::list_backups_of(&path).map_err(|e| e.to_string())?;
        if listed.is_empty() {
            return writeln!(out, "No backups of {} yet.", path.display()).map_err(io);
        }
        for b in listed {
            let accounts = match (b.accounts, &b.problem) {
                (Some(1), _) => "1 account".to_owned(),
                (Some(n), _) => format!("{n} accounts"),
                (None, Some(problem)) => format!("cannot be read: {problem}"),
                (None, None) => "cannot be read".to_owned(),
            };
            writeln!(
                out,
                "{}  {}  {accounts}",
                b.file.file_name,
                b.file.taken_at.format("%Y-%m-%d %H:%M:%S")
            )
            .map_err(io)?;
        }
        return Ok(());
    };
    let restored = backups::restore_backup_at(&path, from, &args.workspace.clock())
        .map_err(|e| e.to_string())?;
    writeln!(
        out,
        "Restored {} into {}",
        restored.restored,
        path.display()
    )
    .map_err(io)?;
    if let Some(kept) = restored.kept_as {
        writeln!(
            out,
            "The workspace as it was is kept as {kept} (restore it to undo this)."
        )
        .map_err(io)?;
    }
    Ok(())
}
