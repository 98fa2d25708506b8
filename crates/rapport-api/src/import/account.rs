//! Importing a whole account from its JSON document, as a new account of this workspace: every
//! id new, our team members and offerings matched to the workspace's own, the name kept unless
//! the workspace has it already.

use super::{ImportFile, refused_file};
use crate::Result;
use rapport_core::AccountId;
use rapport_exchange::{
    check_storable, import_account_json as read_account, use_workspace_team_and_offerings,
};
use rapport_store::{Workspace, id_sequence};
use serde::Serialize;
use specta::Type;
use std::path::Path;

/// The account an import added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountImported {
    pub account: AccountId,
    pub name: String,
    pub people: u32,
    pub reviews: u32,
}

/// `name`, or the first of “name (2)”, “name (3)”… no account of the workspace has.
fn free_name(ws: &Workspace, name: &str) -> Result<String> {
    let name = name.trim();
    if !ws.account_name_taken(name)? {
        return Ok(name.to_owned());
    }
    for n in 2.. {
        let candidate = format!("{name} ({n})");
        if !ws.account_name_taken(&candidate)? {
            return Ok(candidate);
        }
    }
    unreachable!("some numbered name is free")
}

/// Adds the account of an account document as a new account, in one transaction and one undo
/// step. `name` renames it (refused when taken); without it, a name the workspace already has
/// gets a number (“Helios Freight (2)”).
pub fn import_account_json(
    ws: &mut Workspace,
    file: &ImportFile,
    name: Option<&str>,
) -> Result<AccountImported> {
    let (mut snapshot, mut reviews) =
        read_account(&file.bytes, &mut id_sequence()).map_err(|e| refused_file(file, e))?;
    check_storable(&snapshot, &reviews).map_err(|e| refused_file(file, e))?;
    snapshot.account.name = match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => name.to_owned(),
        None => free_name(ws, &snapshot.account.name)?,
    };
    use_workspace_team_and_offerings(
        &mut snapshot,
        &mut reviews,
        &ws.team_members()?,
        &ws.offerings()?,
    );
    let account = ws.import_account(&snapshot, &reviews)?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(AccountImported {
        account,
        name: snapshot.account.name,
        people: count(snapshot.stakeholders.len()),
        reviews: count(reviews.len()),
    })
}

/// [`import_account_json`] of the file at `path` (the app's chosen file).
pub fn import_account_file(
    ws: &mut Workspace,
    path: &Path,
    name: Option<&str>,
) -> Result<AccountImported> {
    import_account_json(ws, &ImportFile::read(path)?, name)
}
