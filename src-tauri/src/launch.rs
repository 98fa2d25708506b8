//! Command-line options of the desktop app.

use std::path::PathBuf;

#[derive(Debug, Default, PartialEq)]
pub struct LaunchOptions {
    /// `--workspace FILE`; otherwise `RAPPORT_WORKSPACE`, otherwise the app-data default.
    pub workspace: Option<PathBuf>,
    /// `--open NAME`: start on this account's map instead of the portfolio.
    pub open_account: Option<String>,
    /// `--measure-startup`: print the time to the first rendered map, then quit (benchmarks).
    pub measure_startup: bool,
}

const USAGE: &str = "usage: rapport-app [--workspace FILE] [--open ACCOUNT] [--measure-startup]";

impl LaunchOptions {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut options = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--workspace" => {
                    let file = args
                        .next()
                        .ok_or("--workspace needs a file: --workspace FILE")?;
                    options.workspace = Some(PathBuf::from(file));
                }
                "--open" => {
                    let name = args
                        .next()
                        .ok_or("--open needs an account name: --open \"Helios Freight\"")?;
                    options.open_account = Some(name);
                }
                "--measure-startup" => options.measure_startup = true,
                other => match other.strip_prefix("--workspace=") {
                    Some(file) => options.workspace = Some(PathBuf::from(file)),
                    None => return Err(format!("unknown option {other}; {USAGE}")),
                },
            }
        }
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<LaunchOptions, String> {
        LaunchOptions::from_args(args.iter().map(|s| s.to_string()))
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
        assert!(
            parse(&["--open"])
                .unwrap_err()
                .contains("needs an account name")
        );
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        assert!(
            parse(&["--workspace"])
                .unwrap_err()
                .contains("needs a file")
        );
        assert!(
            parse(&["--frobnicate"])
                .unwrap_err()
                .contains("unknown option --frobnicate")
        );
    }
}
