//! Importing: contacts from a CRM export or an org chart (CSV, previewed before anything is
//! written), and whole accounts (the account JSON document a colleague exported).
//!
//! Files are read here; what they mean is `rapport-exchange`'s, and writing them the store's
//! (one transaction, one undo step each). The app chooses the file in a native dialog, the CLI
//! takes it as an argument; both end up in the same calls.

mod account;
mod contacts;

pub use account::{AccountImported, import_account_file, import_account_json};
pub use contacts::{
    ContactImportOptions, ContactsImported, ContactsPreview, FieldChoice, ImportStage,
    ImportTarget, import_contacts, import_contacts_file, preview_contacts, preview_contacts_file,
};

use crate::{Error, Result};
use std::io::Read;
use std::path::Path;

/// The largest file an import reads: far beyond any contacts export (5,000 contacts are about
/// 1 MB) or account document, and small enough that a wrong file is refused at once.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// A file to import: its name (for messages and the undo step's label) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl ImportFile {
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> Self {
        Self {
            name: name.into(),
            bytes,
        }
    }

    /// Reads the file whole, refusing one that cannot be read or is far too big to be a
    /// contacts export or an account.
    pub fn read(path: &Path) -> Result<Self> {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let cannot = |e: &dyn std::fmt::Display| {
            Error::io(format!(
                "Could not read {}: {e}. Check the file is there and not open elsewhere.",
                path.display()
            ))
        };
        let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
        let mut bytes = Vec::new();
        file.take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| cannot(&e))?;
        if bytes.len() as u64 > MAX_IMPORT_BYTES {
            return Err(Error::Validation {
                field: "file".into(),
                message: format!(
                    "{name} is larger than {} MB: choose a contacts export or an account file.",
                    MAX_IMPORT_BYTES / (1024 * 1024)
                ),
            });
        }
        Ok(Self { name, bytes })
    }
}

/// A refused file: the message says which file and where in it.
fn refused_file(file: &ImportFile, detail: impl std::fmt::Display) -> Error {
    Error::Validation {
        field: "file".into(),
        message: format!("{}: {detail}", file.name),
    }
}
