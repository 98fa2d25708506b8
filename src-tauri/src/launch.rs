//! Command-line options of the desktop app, for a first launch and for a second one (whose
//! arguments the single-instance plugin hands to the running app).

use clap::Parser;
use rapport_api::app_dirs::WORKSPACE_ENV;
use rapport_api::workspace::StartRequest;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, PartialEq, Parser)]
#[command(
    name = "rapport-app",
    version,
    about = "Rapport, the key-account planning workshop app"
)]
pub struct LaunchOptions {
    /// The workspace file; otherwise `RAPPORT_WORKSPACE`, otherwise the workspace open last.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["file", "demo"])]
    pub workspace: Option<PathBuf>,
    /// A workspace file to open, as a file manager passes it (same as `--workspace FILE`).
    #[arg(value_name = "FILE", conflicts_with = "demo")]
    pub file: Option<PathBuf>,
    /// Open the demo workspace (its own file in the app-data folder, written afresh each day).
    #[arg(long)]
    pub demo: bool,
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

    /// What this launch asks to open. `RAPPORT_WORKSPACE` counts only when no option names a
    /// workspace; relative paths are taken from `cwd` (a second launch runs in its own folder).
    pub fn start_request(&self, env_workspace: Option<PathBuf>, cwd: &Path) -> StartRequest {
        if self.demo {
            return StartRequest::Demo;
        }
        match self.workspace.clone().or_else(|| self.file.clone()) {
            Some(path) => StartRequest::File(cwd.join(path)),
            None => match env_workspace {
                Some(path) => StartRequest::File(cwd.join(path)),
                None => StartRequest::Remembered,
            },
        }
    }
}

/// `RAPPORT_WORKSPACE`, when set to something.
pub fn env_workspace() -> Option<PathBuf> {
    std::env::var_os(WORKSPACE_ENV)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
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
        let err = parse(&["--demo", "--workspace", "a.rapport"]).unwrap_err();
        assert!(err.contains("cannot be used with"), "{err}");
    }

    #[test]
    fn what_a_launch_asks_to_open() {
        let cwd = Path::new("/home/kim/Documents");
        let request = |args: &[&str], env: Option<&str>| {
            parse(args)
                .expect("valid")
                .start_request(env.map(PathBuf::from), cwd)
        };
        assert_eq!(
            request(&["acme.rapport"], None),
            StartRequest::File(cwd.join("acme.rapport"))
        );
        assert_eq!(
            request(&["--workspace", "/tmp/a.rapport"], Some("b.rapport")),
            StartRequest::File(PathBuf::from("/tmp/a.rapport"))
        );
        assert_eq!(
            request(&[], Some("b.rapport")),
            StartRequest::File(cwd.join("b.rapport"))
        );
        assert_eq!(request(&["--demo"], Some("b.rapport")), StartRequest::Demo);
        assert_eq!(request(&[], None), StartRequest::Remembered);
    }
}
