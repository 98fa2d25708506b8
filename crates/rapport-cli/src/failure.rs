//! How a command fails, and the exit code that says so — the same for every command, so a
//! script can tell a mistake in the command line from a file or workspace that was refused:
//! 0 done, 1 refused (a file, an account, the workspace), 2 usage (the command line itself).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The command line asks for something no run could do (clap's own errors exit 2 too).
    Usage(String),
    /// The input was read and refused, or a file could not be read or written.
    Refused(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Refused(_) => 1,
            Failure::Usage(_) => 2,
        }
    }
}

/// Every use case's error is a refusal; usage errors are made where they are found.
impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Refused(message)
    }
}

impl From<rapport_api::Error> for Failure {
    fn from(err: rapport_api::Error) -> Self {
        Failure::Refused(err.to_string())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m) | Failure::Refused(m) => f.write_str(m),
        }
    }
}
