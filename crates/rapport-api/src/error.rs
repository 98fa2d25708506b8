//! The one error type that crosses IPC. Serde-tagged by `kind` and exported to TypeScript as
//! `AppError`, so the UI branches on the kind and shows a validation message beside its field.
//! A variant is added only when the UI handles it differently.

use serde::Serialize;
use specta::Type;

#[derive(Debug, Clone, PartialEq, Serialize, Type, thiserror::Error)]
// Exported as `AppError` so it does not shadow JavaScript's own `Error` in the bindings.
#[serde(tag = "kind", rename_all = "camelCase", rename = "AppError")]
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
    /// A file could not be opened, read or written.
    #[error("{message}")]
    Io { message: String },
    /// No workspace is open (it could not be opened, or was closed): the UI offers to open or
    /// start one instead of showing the request's own screen.
    #[error("{message}")]
    NoWorkspace { message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(message: impl Into<String>) -> Self {
        Error::Io {
            message: message.into(),
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
            Store::Io { message } => Error::Io { message },
        }
    }
}

impl From<rapport_report::ReportError> for Error {
    fn from(err: rapport_report::ReportError) -> Self {
        Error::io(err.to_string())
    }
}
