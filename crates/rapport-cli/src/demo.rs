//! `rapport demo`: the demo accounts, written into an empty workspace.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use rapport_api::Clock;
use rapport_store::OpenMode;
use std::io::Write;

pub fn demo(args: &WorkspaceArg, out: &mut impl Write) -> Result<(), String> {
    let mut ws = args.open_to_edit(OpenMode::CreateIfMissing)?;
    let path = ws
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    if !ws.is_empty().map_err(|e| e.to_string())? {
        return Err(format!(
            "{path} already holds accounts; the demo is only written into an empty workspace"
        ));
    }
    ws.create_demo(args.clock().today())
        .map_err(|e| e.to_string())?;
    writeln!(out, "Wrote the demo workspace to {path}").map_err(io)
}
