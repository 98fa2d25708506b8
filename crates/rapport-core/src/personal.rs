//! Personal touches: the dates that matter to a stakeholder besides their birthday, the
//! thank-yous we owe them, and the "coming up" list that gathers both with birthdays and people
//! due a contact across the whole workspace.
//!
//! These are records of their own, not interactions: the interaction mix stays the seeds' five
//! kinds.

use crate::contact::contact_statuses;
use crate::ids::{AccountId, PersonalDateId, StakeholderId, ThankYouId};
use crate::snapshot::AccountSnapshot;
use crate::vocabulary::labels;
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A date that matters to a stakeholder: a work anniversary, a child's graduation…
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonalDate {
    pub id: PersonalDateId,
    pub stakeholder: StakeholderId,
    pub label: String,
    /// The day itself; for a yearly date, any year's (usually the first).
    pub date: NaiveDate,
    /// Comes back every year on the same day, like an anniversary.
    pub yearly: bool,
}

/// Why we owe someone thanks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ThankYouReason {
    WonDeal,
    Referral,
    ReferenceCall,
    #[default]
    Other,
}

labels!(ThankYouReason {
    WonDeal => "Won deal",
    Referral => "Referral",
    ReferenceCall => "Reference call",
    Other => "Other",
});

/// A thank-you we owe a stakeholder, due by a day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ThankYou {
    pub id: ThankYouId,
    pub stakeholder: StakeholderId,
    pub reason: ThankYouReason,
    /// What for, in the facilitator's words, e.g. "the Rotterdam warehouse deal".
    pub text: String,
    pub due: NaiveDate,
    pub done: bool,
}

/// The next time a yearly date falls on or after `from`. A 29 February falls on 28 February in
/// years without one, so the person is never skipped for three years.
pub fn next_occurrence(date: NaiveDate, from: NaiveDate) -> NaiveDate {
    let in_year = |year: i32| {
        NaiveDate::from_ymd_opt(year, date.month(), date.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), date.day() - 1))
            .unwrap_or(NaiveDate::MAX)
    };
    let this_year = in_year(from.year());
    if this_year >= from {
        this_year
    } else {
        in_year(from.year() + 1)
    }
}

/// What a "coming up" entry is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum ComingUpKind {
    Birthday,
    PersonalDate,
    ThankYou,
    /// The person's contact cadence runs out (or ran out already).
    ContactDue,
}

labels!(ComingUpKind {
    Birthday => "Birthday",
    PersonalDate => "Date",
    ThankYou => "Thank-you",
    ContactDue => "Contact due",
});

/// One entry of the portfolio's "coming up" list, with what the UI needs to open the person's
/// card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ComingUp {
    pub date: NaiveDate,
    pub kind: ComingUpKind,
    pub account: AccountId,
    pub account_name: String,
    pub stakeholder: StakeholderId,
    pub stakeholder_name: String,
    /// What it is, e.g. "Birthday", "Work anniversary", "Thank for: the Rotterdam deal".
    pub title: String,
    /// Before the first day asked about: an overdue thank-you or contact.
    pub overdue: bool,
}

/// Everything coming up in the `days` days after `from` (from `from` to `from + days`, both
/// included) across `accounts`, soonest first (then by account, person and kind):
///
/// - birthdays and yearly dates at their next occurrence ([`next_occurrence`]), one-off dates on
///   their day;
/// - thank-yous not yet done that are due by the last day, overdue ones included;
/// - people whose next contact is due by the last day by [`crate::contact`]'s rule (overdue ones
///   at the day they fell due, someone never contacted at `from`).
///
/// Only people still at the client are listed. The caller leaves archived accounts out.
pub fn coming_up(accounts: &[AccountSnapshot], from: NaiveDate, days: u32) -> Vec<ComingUp> {
    let last = from
        .checked_add_days(Days::new(days.into()))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Vec::new();
    for snapshot in accounts {
        let item = |s: &crate::people::Stakeholder, date, kind, title: String| ComingUp {
            date,
            kind,
            account: snapshot.account.id.clone(),
            account_name: snapshot.account.name.clone(),
            stakeholder: s.id.clone(),
            stakeholder_name: s.name.clone(),
            title,
            overdue: date < from,
        };
        let active = |id: &StakeholderId| snapshot.stakeholder(id).filter(|s| s.is_active());
        for s in snapshot.stakeholders.iter().filter(|s| s.is_active()) {
            if let Some(birthday) = s.birthday {
                let next = next_occurrence(birthday, from);
                if next <= last {
                    out.push(item(s, next, ComingUpKind::Birthday, "Birthday".into()));
                }
            }
        }
        for d in &snapshot.personal_dates {
            let Some(s) = active(&d.stakeholder) else {
                continue;
            };
            let when = if d.yearly {
                // A yearly date that starts later than `from` first comes on its own day.
                next_occurrence(d.date, from.max(d.date))
            } else {
                d.date
            };
            if (from..=last).contains(&when) {
                out.push(item(s, when, ComingUpKind::PersonalDate, d.label.clone()));
            }
        }
        for t in snapshot
            .thank_yous
            .iter()
            .filter(|t| !t.done && t.due <= last)
        {
            let Some(s) = active(&t.stakeholder) else {
                continue;
            };
            let what = if t.text.is_empty() {
                t.reason.label().to_lowercase()
            } else {
                t.text.clone()
            };
            out.push(item(
                s,
                t.due,
                ComingUpKind::ThankYou,
                format!("Thank for: {what}"),
            ));
        }
        for status in contact_statuses(snapshot, from) {
            let Some(s) = active(&status.stakeholder) else {
                continue;
            };
            let due = status.due.unwrap_or(from);
            if due <= last {
                let title = match status.last_contact {
                    Some(_) => format!("Get in touch (every {} days)", status.cadence_days),
                    None => "Get in touch (never contacted)".to_owned(),
                };
                out.push(item(s, due, ComingUpKind::ContactDue, title));
            }
        }
    }
    out.sort_by(|a, b| {
        (
            a.date,
            &a.account_name,
            &a.account,
            &a.stakeholder_name,
            &a.stakeholder,
            a.kind,
        )
            .cmp(&(
                b.date,
                &b.account_name,
                &b.account,
                &b.stakeholder_name,
                &b.stakeholder,
                b.kind,
            ))
            .then_with(|| a.title.cmp(&b.title))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Build, day};
    use crate::people::StakeholderStatus;

    #[test]
    fn a_yearly_date_rolls_to_its_next_occurrence_and_feb_29_falls_on_feb_28() {
        assert_eq!(
            next_occurrence(day(1980, 6, 5), day(2026, 6, 5)),
            day(2026, 6, 5)
        );
        assert_eq!(
            next_occurrence(day(1980, 6, 5), day(2026, 6, 6)),
            day(2027, 6, 5)
        );
        assert_eq!(
            next_occurrence(day(1980, 2, 29), day(2026, 1, 1)),
            day(2026, 2, 28)
        );
        assert_eq!(
            next_occurrence(day(1980, 2, 29), day(2027, 3, 1)),
            day(2028, 2, 29)
        );
        assert_eq!(
            next_occurrence(day(1980, 12, 31), day(2026, 12, 31)),
            day(2026, 12, 31)
        );
    }

    /// Raj was contacted on 1 May 2026 (due again 30 July); the list is asked from 20 June.
    fn account() -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.birthday = Some(day(1975, 7, 1));
                s.last_contact = Some(day(2026, 5, 1));
            })
            .person("ana", "Ana Ruiz", |s| {
                s.birthday = Some(day(1980, 2, 29));
                s.last_contact = Some(day(2026, 6, 10));
            })
            .edit(|a| {
                a.personal_dates = vec![
                    PersonalDate {
                        id: "d1".into(),
                        stakeholder: "raj".into(),
                        label: "Work anniversary".into(),
                        date: day(2019, 7, 10),
                        yearly: true,
                    },
                    PersonalDate {
                        id: "d2".into(),
                        stakeholder: "ana".into(),
                        label: "Daughter's graduation".into(),
                        date: day(2026, 6, 25),
                        yearly: false,
                    },
                    PersonalDate {
                        id: "d3".into(),
                        stakeholder: "ana".into(),
                        label: "Last year's move".into(),
                        date: day(2025, 6, 25),
                        yearly: false,
                    },
                ];
                a.thank_yous = vec![
                    ThankYou {
                        id: "t1".into(),
                        stakeholder: "ana".into(),
                        reason: ThankYouReason::Referral,
                        text: "the intro to Nordlicht".into(),
                        due: day(2026, 6, 1),
                        done: false,
                    },
                    ThankYou {
                        id: "t2".into(),
                        stakeholder: "raj".into(),
                        reason: ThankYouReason::WonDeal,
                        text: String::new(),
                        due: day(2026, 6, 22),
                        done: true,
                    },
                ];
            })
    }

    #[test]
    fn dates_thank_yous_and_contacts_due_come_up_soonest_first() {
        let list = coming_up(&[account().done()], day(2026, 6, 20), 30);
        let got: Vec<_> = list
            .iter()
            .map(|c| (c.date, c.kind, c.stakeholder.as_str(), c.overdue))
            .collect();
        assert_eq!(
            got,
            [
                (day(2026, 6, 1), ComingUpKind::ThankYou, "ana", true),
                (day(2026, 6, 25), ComingUpKind::PersonalDate, "ana", false),
                (day(2026, 7, 1), ComingUpKind::Birthday, "raj", false),
                (day(2026, 7, 10), ComingUpKind::PersonalDate, "raj", false),
            ]
        );
        assert_eq!(list[0].title, "Thank for: the intro to Nordlicht");
        assert_eq!(list[0].account.as_str(), "acme");
        assert_eq!(list[0].account_name, "Acme");
    }

    #[test]
    fn a_contact_past_its_cadence_comes_up_and_the_window_edge_counts() {
        // Raj is due on 30 July: not within 30 days of 20 June, but within 40.
        let list = coming_up(&[account().done()], day(2026, 6, 20), 40);
        let due: Vec<_> = list
            .iter()
            .filter(|c| c.kind == ComingUpKind::ContactDue)
            .map(|c| (c.date, c.stakeholder.as_str()))
            .collect();
        assert_eq!(due, [(day(2026, 7, 30), "raj")]);
        // The last day of the window is included; the day after is not.
        let edge = coming_up(&[account().done()], day(2026, 6, 30), 30);
        assert!(
            edge.iter()
                .any(|c| c.kind == ComingUpKind::ContactDue && c.date == day(2026, 7, 30))
        );
        let short = coming_up(&[account().done()], day(2026, 6, 30), 29);
        assert!(!short.iter().any(|c| c.kind == ComingUpKind::ContactDue));
        // Long overdue (own cadence of 30 days): listed at the day it fell due, as overdue.
        let monthly = account()
            .edit(|a| a.stakeholders[0].cadence_days = Some(30))
            .done();
        let list = coming_up(&[monthly], day(2026, 6, 20), 5);
        let raj = list
            .iter()
            .find(|c| c.kind == ComingUpKind::ContactDue)
            .expect("raj is overdue");
        assert_eq!((raj.date, raj.overdue), (day(2026, 5, 31), true));
        assert_eq!(raj.title, "Get in touch (every 30 days)");
    }

    #[test]
    fn a_yearly_date_that_starts_later_first_comes_on_its_own_day() {
        let later = account().edit(|a| a.personal_dates[0].date = day(2027, 7, 10));
        let list = coming_up(&[later.done()], day(2026, 6, 20), 30);
        assert!(
            list.iter()
                .all(|c| c.kind != ComingUpKind::PersonalDate || c.stakeholder.as_str() != "raj")
        );
        let list = coming_up(
            &[account()
                .edit(|a| a.personal_dates[0].date = day(2027, 7, 10))
                .done()],
            day(2027, 7, 1),
            30,
        );
        assert!(
            list.iter()
                .any(|c| c.kind == ComingUpKind::PersonalDate && c.date == day(2027, 7, 10))
        );
    }

    #[test]
    fn a_feb_29_birthday_comes_up_on_feb_28_and_people_who_left_never_do() {
        let list = coming_up(&[account().done()], day(2027, 2, 20), 10);
        assert!(list.iter().any(|c| c.kind == ComingUpKind::Birthday
            && c.stakeholder.as_str() == "ana"
            && c.date == day(2027, 2, 28)));
        let gone = account()
            .edit(|a| a.stakeholders[1].status = StakeholderStatus::LeftCompany)
            .done();
        let list = coming_up(&[gone], day(2026, 6, 20), 30);
        assert!(
            list.iter().all(|c| c.stakeholder.as_str() != "ana"),
            "{list:?}"
        );
    }
}
