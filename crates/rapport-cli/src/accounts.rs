//! `rapport accounts`: the portfolio with the home screen's columns, as text or JSON; and
//! `rapport new-account`: creating an account.

use crate::output::io;
use crate::workspace_arg::WorkspaceArg;
use clap::Args;
use rapport_api::accounts::{AccountSummary, PortfolioQuery};
use rapport_store::{NewAccount, OpenMode};
use std::io::Write;

#[derive(Debug, Args)]
pub struct AccountsArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// Include archived accounts (in the list and the totals).
    #[arg(long)]
    pub archived: bool,
    /// Print the accounts as JSON (the same shape the app's portfolio receives).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NewAccountArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArg,
    /// The account's name (required; unique in the workspace).
    #[arg(long, value_name = "NAME")]
    pub name: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub industry: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub region: String,
    /// A size band, e.g. "1,000–5,000 employees".
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub size: String,
    /// Three-letter code (default EUR).
    #[arg(long, value_name = "CODE", default_value = "")]
    pub currency: String,
    /// Annual revenue with us, in the account's currency.
    #[arg(
        long,
        value_name = "AMOUNT",
        default_value_t = 0.0,
        allow_negative_numbers = true
    )]
    pub revenue: f64,
}

pub fn new_account(args: &NewAccountArgs, out: &mut impl Write) -> Result<(), String> {
    let mut ws = args.workspace.open_to_edit(OpenMode::CreateIfMissing)?;
    let draft = NewAccount {
        name: args.name.clone(),
        industry: args.industry.clone(),
        region: args.region.clone(),
        size: args.size.clone(),
        currency: args.currency.clone(),
        annual_revenue: args.revenue,
    };
    let id = rapport_api::accounts::create_account(&mut ws, &args.workspace.clock(), &draft)
        .map_err(|e| e.to_string())?;
    let name = ws
        .account_snapshot(&id)
        .map_err(|e| e.to_string())?
        .account
        .name;
    let path = ws
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    writeln!(out, "Created account “{name}” in {path}").map_err(io)
}

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

fn money(amount: f64, currency: &str) -> String {
    format!("{amount:.0} {currency}")
}

fn health(r: &AccountSummary) -> String {
    let f = r.findings;
    if f.high + f.medium + f.low == 0 {
        return "no gaps".into();
    }
    format!("{} high, {} med, {} low", f.high, f.medium, f.low)
}

fn nps(r: &AccountSummary) -> String {
    match (r.nps.latest, r.nps.change) {
        (None, _) => "—".into(),
        (Some(s), Some(change)) if change != 0 => format!("{} ({change:+})", s.score),
        (Some(s), _) => s.score.to_string(),
    }
}

pub fn accounts(args: &AccountsArgs, out: &mut impl Write) -> Result<(), String> {
    let ws = args.workspace.open_to_read()?;
    let query = PortfolioQuery {
        include_archived: args.archived,
        ..PortfolioQuery::default()
    };
    let p = rapport_api::accounts::portfolio(&ws, &args.workspace.clock(), &query)
        .map_err(|e| e.to_string())?;
    if args.json {
        let json = serde_json::to_string_pretty(&p.accounts).map_err(|e| e.to_string())?;
        return writeln!(out, "{json}").map_err(io);
    }
    if p.accounts.is_empty() {
        let hint = if p.archived > 0 {
            format!(
                "All {} accounts are archived; add --archived to list them.",
                p.archived
            )
        } else {
            "No accounts yet. Try: rapport new-account --workspace FILE --name NAME".into()
        };
        return writeln!(out, "{hint}").map_err(io);
    }
    let header = [
        "Account",
        "Industry",
        "Revenue",
        "Share",
        "Cumul.",
        "Lifetime value",
        "NPS",
        "Health",
        "Stage",
        "Next review",
    ];
    let rows: Vec<[String; 10]> = p
        .accounts
        .iter()
        .map(|r| {
            let mut name = r.name.clone();
            if r.archived_on.is_some() {
                name.push_str(" (archived)");
            }
            let review = if r.review_overdue {
                format!("{} (overdue)", r.next_review_due)
            } else {
                r.next_review_due.to_string()
            };
            [
                name,
                r.industry.clone(),
                money(r.annual_revenue, &r.currency),
                percent(r.revenue_share),
                percent(r.cumulative_share),
                r.lifetime_value
                    .map_or("—".into(), |l| money(l.revenue, &r.currency)),
                nps(r),
                health(r),
                r.lifecycle_stage.label().to_owned(),
                review,
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Amounts and shares line up on the right, as in the app's table.
    const NUMBERS: [usize; 4] = [2, 3, 4, 5];
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| {
                if NUMBERS.contains(&i) {
                    format!("{c:>w$}")
                } else {
                    format!("{c:<w$}")
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header.to_vec())).map_err(io)?;
    for r in &rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect())).map_err(io)?;
    }
    let currency = p.currencies.join(" + ");
    writeln!(
        out,
        "\n{} accounts, {} in all: the top 10 hold {} of it, the top 20 {}.",
        p.counted,
        money(p.total_revenue, &currency),
        percent(p.top10_share),
        percent(p.top20_share)
    )
    .map_err(io)?;
    if p.archived > 0 && !args.archived {
        writeln!(
            out,
            "{} archived (add --archived to list them).",
            p.archived
        )
        .map_err(io)?;
    }
    Ok(())
}
