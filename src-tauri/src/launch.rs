//! Command-line options of the desktop app.

use std::path::PathBuf;

#[derive(Debug, Default, PartialEq)]
pub struct LaunchOptions {
    /// `--workspace FILE`; otherwise `RAPPORT_WORKSPACE`, otherwise the app-data default.
    pub workspace: Option<PathBuf>,
}

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
                other => match other.strip_prefix("--workspace=") {
                    Some(file) => options.workspace = Some(PathBuf::from(file)),
                    None => {
                        return Err(format!(
                            "unknown option {other}; usage: rapport-app [--workspace FILE]"
                        ));
                    }
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
