//! `rapport accounts`: the portfolio, as the app's home screen shows it.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use std::io::Write;

pub fn accounts(args: &WorkspaceArg, out: &mut impl Write) -> Result<(), String> {
    let ws = args.open_to_read()?;
    let rows =
        rapport_api::accounts::list_accounts(&ws, &args.clock()).map_err(|e| e.to_string())?;
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
