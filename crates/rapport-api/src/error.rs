//! The one error type that crosses IPC. Serde-tagged by `kind` and exported to TypeScript as
//! `AppError`, so the UI branches on the kind and shows a validation message beside its field.
//! A variant is added only when the UI handles it differently.
//!
//! Every error but a refusal of the input (or "no workspace open") is shown with a short
//! reference, `(ref 7F3A2C)`, that is also in the log line with the full error, so support can
//! find it: it is added here, where the error is serialised for the UI, the one way it reaches a
//! person in the app.

mod reference;

use serde::{Serialize, Serializer};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Type, thiserror::Error)]
// Exported as `AppError` so it does not shadow JavaScript's own `Error` in the bindings.
// `remote = "Self"`: the derive writes the plain serialisation as the inherent `Error::serialize`,
// which the `Serialize` impl below calls with the reference added.
#[serde(
    remote = "Self",
    tag = "kind",
    rename_all = "camelCase",
    rename = "AppError"
)]
pub enum Error {
    /// The input is wrong; `field` names the form field (or CSV column) to point at.
    #[error("{field}: {message}")]
    Validation { field: String, message: String },
    /// Something the request names does not exist (any more).
    #[error("{message}")]
    NotFound { message: String },
    /// The edit is well-formed but would break the map (a reporting cycle, a second manager…).
    #[error("{message}")]
    Conflict { message: String },
    /// Another program is writing to the workspace, or another Rapport holds it for editing:
    /// the UI offers to try again.
    #[error("{message}")]
    Locked { message: String },
    /// The workspace file or its folder cannot be written: the UI shows a read-only banner.
    #[error("{message}")]
    ReadOnly { message: String },
    /// The disk is full; nothing was saved.
    #[error("{message}")]
    DiskFull { message: String },
    /// The file is not a Rapport workspace: the UI offers another file or a new workspace.
    #[error("{message}")]
    NotAWorkspace { message: String },
    /// The file was written by a newer Rapport (the message says which).
    #[error("{message}")]
    NewerVersion { message: String },
    /// The workspace is damaged: the UI offers its backups.
    #[error("{message}")]
    Damaged { message: String },
    /// A file could not be opened, read or written.
    #[error("{message}")]
    Io { message: String },
    /// No workspace is open (it could not be opened, or was closed): the UI offers to open or
    /// start one instead of showing the request's own screen.
    #[error("{message}")]
    NoWorkspace { message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Error::serialize(&reference::shown(self), serializer)
    }
}

impl Error {
    pub fn io(message: impl Into<String>) -> Self {
        Error::Io {
            message: message.into(),
        }
    }

    /// The message of an error a person may need help with. `None` for a refusal of the input
    /// (a validation or a conflict: shown beside the edit, the user's to fix) and for "no
    /// workspace open" (a state, not a failure: the UI shows its screen, not the message).
    fn message_needing_reference(&mut self) -> Option<&mut String> {
        match self {
            Error::Validation { .. } | Error::Conflict { .. } | Error::NoWorkspace { .. } => None,
            Error::NotFound { message }
            | Error::Locked { message }
            | Error::ReadOnly { message }
            | Error::DiskFull { message }
            | Error::NotAWorkspace { message }
            | Error::NewerVersion { message }
            | Error::Damaged { message }
            | Error::Io { message } => Some(message),
        }
    }
}

impl From<rapport_store::Error> for Error {
    fn from(err: rapport_store::Error) -> Self {
        use rapport_store::Error as Store;
        match err {
            Store::Validation { field, message } => Error::Validation { field, message },
            Store::NotFound { message } => Error::NotFound { message },
            Store::Conflict { message } => Error::Conflict { message },
            Store::Locked { message } => Error::Locked { message },
            Store::ReadOnly { message } => Error::ReadOnly { message },
            Store::DiskFull { message } => Error::DiskFull { message },
            Store::NotAWorkspace { message } => Error::NotAWorkspace { message },
            Store::NewerVersion { message } => Error::NewerVersion { message },
            Store::Damaged { message } => Error::Damaged { message },
            Store::Io { message } => Error::Io { message },
        }
    }
}

impl From<rapport_report::ReportError> for Error {
    fn from(err: rapport_report::ReportError) -> Self {
        Error::io(err.to_string())
    }
}
