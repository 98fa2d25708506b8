//! Analyse's manual issues, problems and opportunities.

use super::{check_stakeholders, distinct};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
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
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let note = checked(&snapshot, NoteId(new_id()), note)?;
            notes::insert(tx, account, &note)?;
            Ok((format!("Add {}", note.kind.word()), note.id))
        })
    }

    pub fn update_analysis_note(
        &mut self,
        account: &AccountId,
        id: &NoteId,
        note: &NoteDraft,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            if !snapshot.notes.iter().any(|n| &n.id == id) {
                return Err(no_note());
            }
            let note = checked(&snapshot, id.clone(), note)?;
            notes::update(tx, account, &note)?;
            Ok((format!("Edit {}", note.kind.word()), ()))
        })
    }

    pub fn delete_analysis_note(&mut self, account: &AccountId, id: &NoteId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let Some(note) = snapshot.notes.iter().find(|n| &n.id == id) else {
                return Err(no_note());
            };
            notes::delete(tx, account, id)?;
            Ok((format!("Delete {}", note.kind.word()), ()))
        })
    }
}
