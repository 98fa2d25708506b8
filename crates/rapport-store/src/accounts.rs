//! The accounts of a workspace: listing them, finding one by name, loading one whole.

use crate::error::{Error, Result};
use crate::tables::accounts;
use crate::workspace::Workspace;
use chrono::NaiveDateTime;
use rapport_core::AccountId;

pub use crate::tables::accounts::Listed as ListedAccount;

impl Workspace {
    /// Every account with when it was last opened, most recently opened first, then by name.
    pub fn account_listing(&self) -> Result<Vec<ListedAccount>> {
        accounts::load_all(&self.conn)
    }

    /// Finds an account by its name, ignoring case (the CLI's `--account NAME`).
    pub fn account_id_by_name(&self, name: &str) -> Result<AccountId> {
        accounts::id_by_name(&self.conn, name)?.ok_or_else(|| {
            Error::not_found(format!(
                "No account is called \"{}\" in this workspace.",
                name.trim()
            ))
        })
    }

    /// The whole account, as analysis, the editor and the report read it.
    pub fn account_snapshot(&self, id: &AccountId) -> Result<rapport_core::AccountSnapshot> {
        crate::snapshot::load_snapshot(&self.conn, id)
    }

    /// Remembers when an account was last opened, for the home screen's order. A read-only
    /// workspace cannot remember it, which is no reason not to open the account.
    pub fn mark_opened(&mut self, id: &AccountId, now: NaiveDateTime) -> Result<()> {
        if self.is_read_only() {
            return accounts::require(&self.conn, id);
        }
        self.edit(|tx| accounts::mark_opened(tx, id, now))
    }

    /// Whether an account already has this name (whatever its case or surrounding blanks).
    pub fn account_name_taken(&self, name: &str) -> Result<bool> {
        Ok(accounts::id_by_name(&self.conn, name)?.is_some())
    }

    /// True when the workspace holds no account yet (a first run).
    pub fn is_empty(&self) -> Result<bool> {
        Ok(accounts::count(&self.conn)? == 0)
    }
}
