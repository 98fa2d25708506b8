//! `rapport`: the workspace operations of the desktop app, headless, for scripts and CI.
//!
//! Every subcommand parses its arguments, calls the same `rapport-api` use cases the app calls,
//! and prints the result; errors print one line to stderr. Exit codes are the same for every
//! command: 0 done, 1 refused (a file, an account, the workspace), 2 usage (see `failure`).

mod accounts;
mod analyse;
mod backup;
mod calendar;
mod cli;
mod demo;
mod export;
mod failure;
mod generate;
mod import;
mod output;
mod preview_text;
mod what_if;
mod workspace_arg;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // clap prints help and the version and exits 0, and exits 2 on a usage error.
    let cli = cli::Cli::parse();
    match cli::run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("rapport: {failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}
