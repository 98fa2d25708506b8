//! The one error type of the store. It crosses IPC as is (serde-tagged, specta-exported), so each
//! variant is one the UI branches on: a field to point at, a missing thing, a refused edit, or
//! one of the ways the workspace file itself can be in the way (busy, read-only, full disk, not
//! a workspace, written by a newer Rapport, damaged), each with a message that says what to do.

use serde::Serialize;
use specta::Type;
use std::path::Path;

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
    /// Another program is writing to the workspace, or another Rapport holds it for editing.
    #[error("{message}")]
    Locked { message: String },
    /// The file or its folder cannot be written: the workspace can be read, not changed.
    #[error("{message}")]
    ReadOnly { message: String },
    /// The disk is full: nothing was saved.
    #[error("{message}")]
    DiskFull { message: String },
    /// The file is not a Rapport workspace (empty, not SQLite, another program's database).
    #[error("{message}")]
    NotAWorkspace { message: String },
    /// The file was written by a newer Rapport; it is left untouched.
    #[error("{message}")]
    NewerVersion { message: String },
    /// The file is a Rapport workspace but damaged; a backup is the way back.
    #[error("{message}")]
    Damaged { message: String },
    /// Any other failure to read or write a file.
    #[error("{message}")]
    Io { message: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where the user can find a backup, for every message that points at one.
pub(crate) const RESTORE_HINT: &str = "Restore a backup: File → Restore from a backup…, or \
     `rapport restore --workspace FILE --list` on the command line";

/// What went wrong with the file, before the message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileFault {
    Busy,
    ReadOnly,
    DiskFull,
    Damaged,
}

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

    /// The message for a file fault, naming the file when it is known.
    pub(crate) fn file(fault: FileFault, path: Option<&Path>) -> Self {
        let file = match path {
            Some(path) => format!("The workspace {}", path.display()),
            None => "The workspace file".to_owned(),
        };
        match fault {
            FileFault::Busy => Error::Locked {
                message: format!(
                    "{file} is busy: another program is writing to it. Try again in a moment; if \
                     it stays busy, close the other Rapport window or command using it."
                ),
            },
            FileFault::ReadOnly => Error::ReadOnly {
                message: format!(
                    "{file} is read-only (the file or its folder cannot be written), so nothing \
                     can be changed. Copy it to a folder you can write to, or ask for write \
                     access."
                ),
            },
            FileFault::DiskFull => Error::DiskFull {
                message: format!(
                    "{file} could not be saved because its disk is full: nothing was saved. Free \
                     some space, then try again."
                ),
            },
            FileFault::Damaged => Error::Damaged {
                message: format!("{file} is damaged. {RESTORE_HINT}."),
            },
        }
    }

    /// The same error with the workspace file named, for the faults of the file itself (a
    /// conversion from SQLite's error does not know which file it was).
    pub(crate) fn located(self, path: Option<&Path>) -> Self {
        const UNNAMED: &str = "The workspace file";
        let Some(path) = path else { return self };
        let name = |message: String| {
            if message.starts_with(UNNAMED) {
                message.replacen(UNNAMED, &format!("The workspace {}", path.display()), 1)
            } else {
                message
            }
        };
        match self {
            Error::Locked { message } => Error::Locked {
                message: name(message),
            },
            Error::ReadOnly { message } => Error::ReadOnly {
                message: name(message),
            },
            Error::DiskFull { message } => Error::DiskFull {
                message: name(message),
            },
            Error::Damaged { message } => Error::Damaged {
                message: name(message),
            },
            Error::NewerVersion { message } => Error::NewerVersion {
                message: name(message),
            },
            Error::Io { message } => Error::Io {
                message: name(message),
            },
            other => other,
        }
    }

    /// True for the faults of the file rather than of the request: the UI offers backups or a
    /// retry for these.
    pub fn is_file_fault(&self) -> bool {
        matches!(
            self,
            Error::Locked { .. }
                | Error::ReadOnly { .. }
                | Error::DiskFull { .. }
                | Error::NotAWorkspace { .. }
                | Error::NewerVersion { .. }
                | Error::Damaged { .. }
                | Error::Io { .. }
        )
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

/// The file fault SQLite's error stands for, if it is one.
pub(crate) fn fault_of(err: &rusqlite::Error) -> Option<FileFault> {
    use rusqlite::ErrorCode as Code;
    match err {
        rusqlite::Error::SqliteFailure(e, _) => match e.code {
            Code::DatabaseBusy | Code::DatabaseLocked => Some(FileFault::Busy),
            Code::ReadOnly | Code::PermissionDenied => Some(FileFault::ReadOnly),
            Code::DiskFull => Some(FileFault::DiskFull),
            Code::DatabaseCorrupt | Code::NotADatabase => Some(FileFault::Damaged),
            // A generic error whose words say the file's own schema is broken (a damaged index
            // behind a foreign key, a schema entry that no longer parses): the file, not the
            // request, is at fault.
            _ if (e.extended_code == rusqlite::ffi::SQLITE_ERROR
                && err.to_string().contains("foreign key mismatch"))
                || err.to_string().contains("malformed") =>
            {
                Some(FileFault::Damaged)
            }
            _ => None,
        },
        // A stored value that does not read back as what the schema promises.
        rusqlite::Error::FromSqlConversionFailure(..)
        | rusqlite::Error::InvalidColumnType(..)
        | rusqlite::Error::IntegralValueOutOfRange(..)
        | rusqlite::Error::Utf8Error(..) => Some(FileFault::Damaged),
        _ => None,
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        if let Some(fault) = fault_of(&err) {
            return Error::file(fault, None);
        }
        if let rusqlite::Error::SqliteFailure(e, detail) = &err
            && e.code == rusqlite::ErrorCode::ConstraintViolation
        {
            // The rules in core should have refused this first; say what the schema refused.
            return Error::conflict(format!(
                "This change breaks one of the workspace's rules ({}); nothing was saved.",
                detail.as_deref().unwrap_or("a constraint failed")
            ));
        }
        Error::io(format!(
            "The workspace file could not be read or written ({err})."
        ))
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(err: rusqlite_migration::Error) -> Self {
        use rusqlite_migration::{Error as M, MigrationDefinitionError as D};
        match err {
            M::RusqliteError { err, .. } => match fault_of(&err) {
                Some(fault) => Error::file(fault, None),
                // A schema step that fails on a file claiming this version: the file does not
                // hold what its version says.
                None => Error::Damaged {
                    message: format!(
                        "The workspace file could not be upgraded ({err}). {RESTORE_HINT}."
                    ),
                },
            },
            M::MigrationDefinition(D::DatabaseTooFarAhead) => Error::NewerVersion {
                message: "The workspace file was written by a newer Rapport. Update Rapport to \
                          open it."
                    .into(),
            },
            other => Error::Damaged {
                message: format!(
                    "The workspace file could not be upgraded ({other}). {RESTORE_HINT}."
                ),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn a_check_constraint_is_a_refused_change_not_a_file_problem() {
        let conn = Connection::open_in_memory().expect("memory");
        conn.execute_batch("CREATE TABLE t (n INTEGER CHECK (n > 0));")
            .expect("table");
        let err: Error = conn
            .execute("INSERT INTO t VALUES (0)", [])
            .expect_err("refused")
            .into();
        assert!(matches!(err, Error::Conflict { .. }), "{err:?}");
        assert!(err.to_string().contains("nothing was saved"), "{err}");
    }

    #[test]
    fn file_faults_name_the_file_once_it_is_known() {
        let path = Path::new("/tmp/ws.rapport");
        let busy = Error::file(FileFault::Busy, None).located(Some(path));
        assert!(matches!(busy, Error::Locked { .. }));
        assert!(busy.to_string().contains("/tmp/ws.rapport"), "{busy}");
        let damaged = Error::file(FileFault::Damaged, Some(path));
        assert!(
            damaged.to_string().contains("Restore from a backup"),
            "{damaged}"
        );
        let full = Error::file(FileFault::DiskFull, None).located(Some(path));
        assert!(
            full.to_string()
                .starts_with("The workspace /tmp/ws.rapport could not be saved"),
            "{full}"
        );
        // Errors about the request are left as they are.
        let field = Error::validation("name", "A person needs a name.");
        assert_eq!(field.clone().located(Some(path)), field);
    }
}
