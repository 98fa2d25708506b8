//! The one error type of the store. It crosses IPC as is (serde-tagged, specta-exported), so each
//! variant is one the UI branches on: a field to point at, a missing thing, a refused edit, or a
//! file problem.

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
    /// The workspace file could not be opened, read or written.
    #[error("{message}")]
    Io { message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Validation {
            field: field.into(),
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::NotFound {
            message: message.into(),
        }
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Error::Conflict {
            message: message.into(),
        }
    }

    pub fn io(message: impl Into<String>) -> Self {
        Error::Io {
            message: message.into(),
        }
    }

    /// A person the request names is not (or no longer) on the account's map.
    pub(crate) fn person_gone() -> Self {
        Error::not_found("This person is no longer on the account's map.")
    }
}

/// A refused field, pointed at by name as core's rules name it.
impl From<rapport_core::rules::FieldError> for Error {
    fn from(err: rapport_core::rules::FieldError) -> Self {
        Error::Validation {
            field: err.field,
            message: err.message,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::io(format!(
            "The workspace file could not be read or written ({err})."
        ))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(err: rusqlite_migration::Error) -> Self {
        Error::io(format!("The workspace file could not be upgraded ({err})."))
    }
}
