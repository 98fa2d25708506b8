//! Why an account file was refused, always with where: a line and column for text that is not
//! JSON, a JSON path (`snapshot.stakeholders[3].influence`) for content that is wrong.

use serde::{Deserialize, Serialize};
use specta::Type;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum JsonError {
    /// Not JSON text (or cut short), as serde_json found it.
    #[error("Line {line}, column {column}: this is not a valid account file ({detail}).")]
    Syntax {
        line: u32,
        column: u32,
        detail: String,
    },
    /// Valid JSON but not a Rapport account document.
    #[error("At “{path}”: this is not a Rapport account file ({detail}).")]
    NotAnAccountFile { path: String, detail: String },
    #[error(
        "At “version”: this file was written by a newer Rapport (format version {version}); \
         update Rapport to open it."
    )]
    NewerVersion { version: u32 },
    /// A value of the wrong kind, or a field that must be there and is not.
    #[error("At “{path}”: {detail}.")]
    Content { path: String, detail: String },
    /// An id that nothing in the file has (a line to a person who is not there).
    #[error("At “{path}”: nothing in this file has the id “{id}”.")]
    UnknownReference { path: String, id: String },
    #[error("At “{path}”: the id “{id}” is used twice.")]
    DuplicateId { path: String, id: String },
    /// The map breaks one of its rules (a reporting cycle, two solid managers…).
    #[error("At “{path}”: {detail}.")]
    MapRule { path: String, detail: String },
}

impl JsonError {
    /// Where the refusal points: "line 3, column 17" or a JSON path.
    pub fn location(&self) -> String {
        match self {
            JsonError::Syntax { line, column, .. } => format!("line {line}, column {column}"),
            JsonError::NewerVersion { .. } => "version".to_owned(),
            JsonError::NotAnAccountFile { path, .. }
            | JsonError::Content { path, .. }
            | JsonError::UnknownReference { path, .. }
            | JsonError::DuplicateId { path, .. }
            | JsonError::MapRule { path, .. } => path.clone(),
        }
    }

    pub(crate) fn syntax(error: &serde_json::Error) -> Self {
        let detail = error.to_string();
        // serde_json appends " at line L column C"; the location is given separately.
        let detail = detail
            .rsplit_once(" at line ")
            .map_or(detail.as_str(), |(d, _)| d)
            .to_owned();
        JsonError::Syntax {
            line: u32::try_from(error.line()).unwrap_or(u32::MAX),
            column: u32::try_from(error.column()).unwrap_or(u32::MAX),
            detail,
        }
    }
}
