//! Command-line options of the desktop app.

use clap::Parser;
use std::path::PathBuf;

#[derive(Debug, Default, PartialEq, Parser)]
#[command(
    name = "rapport-app",
    about = "Rapport, the key-account planning workshop app"
)]
pub struct LaunchOptions {
    /// The workspace file; otherwise `RAPPORT_WORKSPACE`, otherwise the app-data default.
    #[arg(long, value_name = "FILE")]
    pub workspace: Option<PathBuf>,
    /// Start on this account's map instead of the portfolio.
    #[arg(long = "open", value_name = "ACCOUNT")]
    pub open_account: Option<String>,
    /// Print the time to the first rendered map, then quit (benchmarks).
    #[arg(long)]
    pub measure_startup: bool,
}

impl LaunchOptions {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, clap::Error> {
        Self::try_parse_from(std::iter::once("rapport-app".to_owned()).chain(args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<LaunchOptions, String> {
        LaunchOptions::from_args(args.iter().map(|s| s.to_string())).map_err(|e| e.to_string())
    }

    #[test]
    fn workspace_flag_in_both_spellings() {
        let want = Some(PathBuf::from("a.sqlite"));
        assert_eq!(
            parse(&["--workspace", "a.sqlite"]).map(|o| o.workspace),
            Ok(want.clone())
        );
        assert_eq!(
            parse(&["--workspace=a.sqlite"]).map(|o| o.workspace),
            Ok(want)
        );
        assert_eq!(parse(&[]).map(|o| o.workspace), Ok(None));
    }

    #[test]
    fn open_and_measure_startup() {
        let options = parse(&["--open", "Helios Freight", "--measure-startup"]).expect("valid");
        assert_eq!(options.open_account.as_deref(), Some("Helios Freight"));
        assert!(options.measure_startup);
        let err = parse(&["--open"]).unwrap_err();
        assert!(err.contains("--open <ACCOUNT>"), "{err}");
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        let err = parse(&["--workspace"]).unwrap_err();
        assert!(err.contains("--workspace <FILE>"), "{err}");
        let err = parse(&["--frobnicate"]).unwrap_err();
        assert!(err.contains("--frobnicate"), "{err}");
    }
}
