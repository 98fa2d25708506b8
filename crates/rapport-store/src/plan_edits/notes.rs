//! Analyse's manual issues, problems and opportunities.

use super::{check_stakeholders, distinct};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::tables::notes;
use crate::workspace::Workspace;
use rapport_core::rules;
use rapport_core::{AccountId, AccountSnapshot, AnalysisNote, NoteId, NoteKind, StakeholderId};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A manual issue, problem or opportunity as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NoteDraft {
    pub kind: NoteKind,
    pub text: String,
    pub stakeholders: Vec<StakeholderId>,
}

/// The note `draft` describes, tidied and checked against the account.
fn checked(snapshot: &AccountSnapshot, id: NoteId, draft: &NoteDraft) -> Result<AnalysisNote> {
    let note = rules::normalise_analysis_note(&AnalysisNote {
        id,
        kind: draft.kind,
        text: draft.text.clone(),
        stakeholders: distinct(&draft.stakeholders),
    });
    rules::check_analysis_note(&note)?;
    check_stakeholders(snapshot, &note.stakeholders, "stakeholders")?;
    Ok(note)
}

fn no_note() -> Error {
    Error::not_found("This note no longer exists.")
}

impl Workspace {
    /// Adds a manual issue, problem or opportunity to Analyse.
    pub fn add_analysis_note(&mut self, account: &AccountId, note: &NoteDraft) -> Result<NoteId> {
        let snapshot = self.account_snapshot(account)?;
        let note = checked(&snapshot, NoteId(new_id()), note)?;
        let label = format!("Add {}", note.kind.word());
        self.edit_recorded(account, &label, |tx| notes::insert(tx, account, &note))?;
        Ok(note.id)
    }

    pub fn update_analysis_note(
        &mut self,
        account: &AccountId,
        id: &NoteId,
        note: &NoteDraft,
    ) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        if !snapshot.notes.iter().any(|n| &n.id == id) {
            return Err(no_note());
        }
        let note = checked(&snapshot, id.clone(), note)?;
        let label = format!("Edit {}", note.kind.word());
        self.edit_recorded(account, &label, |tx| notes::update(tx, account, &note))
    }

    pub fn delete_analysis_note(&mut self, account: &AccountId, id: &NoteId) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        let Some(note) = snapshot.notes.iter().find(|n| &n.id == id) else {
            return Err(no_note());
        };
        let label = format!("Delete {}", note.kind.word());
        self.edit_recorded(account, &label, |tx| notes::delete(tx, account, id))
    }
}
