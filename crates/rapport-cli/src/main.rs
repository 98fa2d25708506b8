//! `rapport`: the workspace operations of the desktop app, headless, for scripts and CI.
//!
//! Every subcommand is a thin call into `rapport-store` / `rapport-core`; errors print one line to
//! stderr and exit non-zero.

mod commands;
mod export;
mod generate;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = commands::Cli::parse();
    match commands::run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rapport: {err}");
            ExitCode::FAILURE
        }
    }
}
