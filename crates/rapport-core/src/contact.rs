//! Whether we are in touch with each person often enough: the one rule behind Analyse's "out of
//! touch" finding and the PDF's overdue contacts, so the two can never disagree.
//!
//! A person's last contact is the latest of their own last-contact date, any coverage line's last
//! interaction with them and any logged interaction naming them, because facilitators record
//! contact in whichever place is at hand. The next contact is due one cadence (their own, or
//! [`DEFAULT_CADENCE_DAYS`]) after the last; someone never contacted is due now. Only people
//! still at the client can be overdue.

use crate::ids::StakeholderId;
use crate::index::AccountIndex;
use crate::people::Stakeholder;
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

/// The contact cadence when a stakeholder has none of their own: once a quarter.
pub const DEFAULT_CADENCE_DAYS: u32 = 90;

/// One stakeholder's contact, as of a given day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ContactStatus {
    pub stakeholder: StakeholderId,
    /// The latest contact anywhere in the account (see the module's documentation).
    pub last_contact: Option<NaiveDate>,
    /// The person's own cadence, or the default.
    pub cadence_days: u32,
    /// When the next contact is due; `None` when nobody has been in touch yet (due now).
    pub due: Option<NaiveDate>,
    /// Days from the last contact to the day asked about.
    pub days_since: Option<i32>,
    /// Still at the client, and never contacted or last contacted more than a cadence ago.
    pub overdue: bool,
}

/// Every stakeholder's contact status as of `today`, in the snapshot's order.
pub fn contact_statuses(snapshot: &AccountSnapshot, today: NaiveDate) -> Vec<ContactStatus> {
    statuses(&AccountIndex::new(snapshot), today)
}

/// [`contact_statuses`] over an index the caller already has.
pub(crate) fn statuses(index: &AccountIndex<'_>, today: NaiveDate) -> Vec<ContactStatus> {
    let snapshot = index.snapshot;
    let mut latest: Vec<Option<NaiveDate>> = snapshot
        .stakeholders
        .iter()
        .map(|s| s.last_contact)
        .collect();
    for interaction in &snapshot.interactions {
        for id in &interaction.stakeholders {
            if let Some(i) = index.stakeholder_index(id) {
                latest[i] = latest[i].max(Some(interaction.date));
            }
        }
    }
    for (c, i, _) in index.coverage_lines() {
        latest[i] = latest[i].max(c.last_interaction);
    }
    snapshot
        .stakeholders
        .iter()
        .zip(latest)
        .map(|(s, last)| status(s, last, today))
        .collect()
}

fn status(s: &Stakeholder, last_contact: Option<NaiveDate>, today: NaiveDate) -> ContactStatus {
    let cadence_days = s.cadence_days.unwrap_or(DEFAULT_CADENCE_DAYS);
    let days_since = last_contact.map(|d| today.signed_duration_since(d).num_days());
    ContactStatus {
        stakeholder: s.id.clone(),
        last_contact,
        cadence_days,
        due: last_contact.and_then(|d| d.checked_add_days(chrono::Days::new(cadence_days.into()))),
        days_since: days_since.map(|d| i32::try_from(d).unwrap_or(i32::MAX)),
        overdue: s.is_active() && days_since.is_none_or(|days| days > i64::from(cadence_days)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Build, day};
    use crate::links::Strength;
    use crate::people::{StakeholderStatus, TeamRole};

    fn only(build: Build, today: NaiveDate) -> ContactStatus {
        contact_statuses(&build.done(), today).remove(0)
    }

    fn raj(last: Option<NaiveDate>) -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| s.last_contact = last)
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
    }

    #[test]
    fn due_one_cadence_after_the_last_contact_and_overdue_the_day_after() {
        let status = only(raj(Some(day(2025, 3, 3))), day(2025, 6, 1));
        assert_eq!(status.cadence_days, 90);
        assert_eq!(status.due, Some(day(2025, 6, 1)));
        assert_eq!(status.days_since, Some(90));
        assert!(!status.overdue);
        assert!(only(raj(Some(day(2025, 3, 3))), day(2025, 6, 2)).overdue);
    }

    #[test]
    fn never_contacted_is_due_now_unless_they_have_left() {
        let status = only(raj(None), day(2025, 6, 1));
        assert_eq!((status.due, status.overdue), (None, true));
        let gone = raj(None).edit(|a| a.stakeholders[0].status = StakeholderStatus::LeftCompany);
        assert!(!only(gone, day(2025, 6, 1)).overdue);
    }

    #[test]
    fn the_latest_of_own_date_coverage_and_log_counts() {
        let covered = raj(Some(day(2024, 1, 1)))
            .covers("sam", "raj", Strength::Aware)
            .edit(|a| a.coverage[0].last_interaction = Some(day(2025, 5, 1)));
        let status = only(covered, day(2025, 6, 1));
        assert_eq!(status.last_contact, Some(day(2025, 5, 1)));
        assert!(!status.overdue);
    }
}
