//! `rapport`: the workspace operations of the desktop app, headless, for scripts and CI.
//!
//! Every subcommand parses its arguments, calls the same `rapport-api` use cases the app calls,
//! and prints the result; errors print one line to stderr and exit non-zero.

mod accounts;
mod analyse;
mod backup;
mod cli;
mod demo;
mod export;
mod generate;
mod output;
mod workspace_arg;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cli::run(cli, &mut std::io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("rapport: {err}");
            ExitCode::FAILURE
        }
    }
}
