//! The map editor's use cases: people and lines added, edited, moved and removed. Each answers
//! with the account as it now is, except moves, which the editor has already drawn.

use crate::edit::edited;
use crate::{AccountEdit, PersonAdded, QuickAddReply, Result};
use rapport_core::quick_add::preview_on_map;
use rapport_core::{
    AccountId, LinkId, PersonId, Position, QuickAddAnswers, QuickAddPreview, Stakeholder,
    StakeholderId, TeamMember,
};
use rapport_store::{HistoryState, LineEdit, NewLine, QuickAddOutcome, RemovalImpact, Workspace};

/// Adds whoever a quick-add line describes (`Jane Doe, CFO, budget, blocker, reports to Tom Ng`).
pub fn quick_add(
    ws: &mut Workspace,
    account: &AccountId,
    line: &str,
    at: Option<Position>,
) -> Result<PersonAdded> {
    let person = ws.quick_add(account, line, at)?;
    Ok(PersonAdded {
        person,
        edit: edited(ws, account)?,
    })
}

/// The editor's quick-add bar: does what the line says, or asks first (a name already on the
/// map, two of ours with the name) writing nothing; `answers` carries the user's answers.
pub fn quick_add_answered(
    ws: &mut Workspace,
    account: &AccountId,
    line: &str,
    at: Option<Position>,
    answers: &QuickAddAnswers,
) -> Result<QuickAddReply> {
    Ok(match ws.quick_add_answered(account, line, at, answers)? {
        QuickAddOutcome::Done(person) => QuickAddReply::Added {
            person,
            edit: Box::new(edited(ws, account)?),
        },
        QuickAddOutcome::Asks(question) => QuickAddReply::Asks { question },
    })
}

/// How the bar reads the line typed so far, and what Enter would do with it on this map.
pub fn quick_add_preview(
    ws: &Workspace,
    account: &AccountId,
    line: &str,
) -> Result<QuickAddPreview> {
    let map = ws.account_snapshot(account)?;
    Ok(preview_on_map(line, &map, &ws.team_members()?))
}

/// Copies a person beside them (profile and manager, not contact details).
pub fn duplicate_person(
    ws: &mut Workspace,
    account: &AccountId,
    person: &PersonId,
) -> Result<PersonAdded> {
    let person = ws.duplicate_person(account, person)?;
    Ok(PersonAdded {
        person,
        edit: edited(ws, account)?,
    })
}

pub fn update_stakeholder(
    ws: &mut Workspace,
    account: &AccountId,
    stakeholder: &Stakeholder,
) -> Result<AccountEdit> {
    ws.update_stakeholder(account, stakeholder)?;
    edited(ws, account)
}

pub fn update_team_member(
    ws: &mut Workspace,
    account: &AccountId,
    member: &TeamMember,
) -> Result<AccountEdit> {
    ws.update_team_member(account, member)?;
    edited(ws, account)
}

pub fn rename_person(
    ws: &mut Workspace,
    account: &AccountId,
    person: &PersonId,
    name: &str,
) -> Result<AccountEdit> {
    ws.rename_person(account, person, name)?;
    edited(ws, account)
}

/// What deleting a person would take with them, for the confirmation.
pub fn removal_impact(
    ws: &Workspace,
    account: &AccountId,
    person: &PersonId,
) -> Result<RemovalImpact> {
    Ok(ws.removal_impact(account, person)?)
}

pub fn delete_person(
    ws: &mut Workspace,
    account: &AccountId,
    person: &PersonId,
) -> Result<AccountEdit> {
    ws.delete_person(account, person)?;
    edited(ws, account)
}

pub fn add_line(ws: &mut Workspace, account: &AccountId, line: &NewLine) -> Result<AccountEdit> {
    ws.add_line(account, line)?;
    edited(ws, account)
}

pub fn update_line(
    ws: &mut Workspace,
    account: &AccountId,
    edit: &LineEdit,
) -> Result<AccountEdit> {
    ws.update_line(account, edit)?;
    edited(ws, account)
}

/// Drops a card onto another: the person reports to that manager from now on (one undo step).
pub fn move_under(
    ws: &mut Workspace,
    account: &AccountId,
    stakeholder: &StakeholderId,
    manager: &StakeholderId,
) -> Result<AccountEdit> {
    ws.move_under(account, stakeholder, manager)?;
    edited(ws, account)
}

pub fn delete_line(ws: &mut Workspace, account: &AccountId, line: &LinkId) -> Result<AccountEdit> {
    ws.delete_line(account, line)?;
    edited(ws, account)
}

/// A card was dragged: store where it was dropped (pinned, so layouts keep it).
pub fn move_person(
    ws: &mut Workspace,
    account: &AccountId,
    person: &PersonId,
    at: Position,
) -> Result<HistoryState> {
    ws.move_person(account, person, at, true)?;
    Ok(ws.history_state(account)?)
}

pub fn set_pinned(
    ws: &mut Workspace,
    account: &AccountId,
    person: &PersonId,
    pinned: bool,
) -> Result<AccountEdit> {
    ws.set_pinned(account, person, pinned)?;
    edited(ws, account)
}
