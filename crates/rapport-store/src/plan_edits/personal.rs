//! Personal touches: a stakeholder's dates that matter and the thank-yous we owe them. Their own
//! records (not interactions), each edit one step of the account's history.

use super::stakeholder_in;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::personal;
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, AccountSnapshot, PersonalDate, PersonalDateId, StakeholderId, ThankYou, ThankYouId,
    ThankYouReason, rules,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A personal date as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonalDateDraft {
    pub stakeholder: StakeholderId,
    pub label: String,
    pub date: NaiveDate,
    pub yearly: bool,
}

/// A thank-you as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ThankYouDraft {
    pub stakeholder: StakeholderId,
    pub reason: ThankYouReason,
    pub text: String,
    pub due: NaiveDate,
    pub done: bool,
}

fn checked_date(
    snapshot: &AccountSnapshot,
    id: PersonalDateId,
    draft: &PersonalDateDraft,
) -> Result<PersonalDate> {
    let date = rules::normalise_personal_date(&PersonalDate {
        id,
        stakeholder: draft.stakeholder.clone(),
        label: draft.label.clone(),
        date: draft.date,
        yearly: draft.yearly,
    });
    stakeholder_in(snapshot, &date.stakeholder, "stakeholder")?;
    rules::check_personal_date(&date)?;
    Ok(date)
}

fn checked_thank_you(
    snapshot: &AccountSnapshot,
    id: ThankYouId,
    draft: &ThankYouDraft,
) -> Result<ThankYou> {
    let thanks = rules::normalise_thank_you(&ThankYou {
        id,
        stakeholder: draft.stakeholder.clone(),
        reason: draft.reason,
        text: draft.text.clone(),
        due: draft.due,
        done: draft.done,
    });
    stakeholder_in(snapshot, &thanks.stakeholder, "stakeholder")?;
    rules::check_thank_you(&thanks)?;
    Ok(thanks)
}

fn name_of(snapshot: &AccountSnapshot, id: &StakeholderId) -> String {
    snapshot
        .stakeholder(id)
        .map_or_else(String::new, |s| s.name.clone())
}

fn no_date() -> Error {
    Error::not_found("This date is no longer recorded.")
}

fn no_thank_you() -> Error {
    Error::not_found("This thank-you is no longer recorded.")
}

impl Workspace {
    pub fn add_personal_date(
        &mut self,
        account: &AccountId,
        draft: &PersonalDateDraft,
    ) -> Result<PersonalDateId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let date = checked_date(&snapshot, PersonalDateId(new_id()), draft)?;
            personal::insert_date(tx, account, &date)?;
            let who = name_of(&snapshot, &date.stakeholder);
            Ok((format!("Add “{}” for {who}", date.label), date.id))
        })
    }

    pub fn update_personal_date(
        &mut self,
        account: &AccountId,
        id: &PersonalDateId,
        draft: &PersonalDateDraft,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            if !snapshot.personal_dates.iter().any(|d| &d.id == id) {
                return Err(no_date());
            }
            let date = checked_date(&snapshot, id.clone(), draft)?;
            personal::update_date(tx, account, &date)?;
            Ok((format!("Edit “{}”", date.label), ()))
        })
    }

    pub fn delete_personal_date(&mut self, account: &AccountId, id: &PersonalDateId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let date = snapshot
                .personal_dates
                .iter()
                .find(|d| &d.id == id)
                .ok_or_else(no_date)?;
            personal::delete_date(tx, account, id)?;
            Ok((format!("Remove “{}”", date.label), ()))
        })
    }

    pub fn add_thank_you(
        &mut self,
        account: &AccountId,
        draft: &ThankYouDraft,
    ) -> Result<ThankYouId> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let thanks = checked_thank_you(&snapshot, ThankYouId(new_id()), draft)?;
            personal::insert_thank_you(tx, account, &thanks)?;
            let who = name_of(&snapshot, &thanks.stakeholder);
            Ok((format!("Add a thank-you for {who}"), thanks.id))
        })
    }

    /// Edits a thank-you, marking it done or not done included.
    pub fn update_thank_you(
        &mut self,
        account: &AccountId,
        id: &ThankYouId,
        draft: &ThankYouDraft,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let before = snapshot
                .thank_yous
                .iter()
                .find(|t| &t.id == id)
                .ok_or_else(no_thank_you)?;
            let thanks = checked_thank_you(&snapshot, id.clone(), draft)?;
            personal::update_thank_you(tx, account, &thanks)?;
            let who = name_of(&snapshot, &thanks.stakeholder);
            let label = match (before.done, thanks.done) {
                (false, true) => format!("Mark the thank-you for {who} done"),
                (true, false) => format!("Mark the thank-you for {who} not done"),
                _ => format!("Edit the thank-you for {who}"),
            };
            Ok((label, ()))
        })
    }

    pub fn delete_thank_you(&mut self, account: &AccountId, id: &ThankYouId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let thanks = snapshot
                .thank_yous
                .iter()
                .find(|t| &t.id == id)
                .ok_or_else(no_thank_you)?;
            personal::delete_thank_you(tx, account, id)?;
            let who = name_of(&snapshot, &thanks.stakeholder);
            Ok((format!("Remove the thank-you for {who}"), ()))
        })
    }
}
