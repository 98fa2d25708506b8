//! Helios' personal touches: dates that matter to its people and thank-yous we owe them, placed
//! relative to the day the demo is made so "coming up" always has something in it.

use super::{days_after, days_before, years_before};
use crate::codec::new_id;
use crate::error::Result;
use crate::tables::personal;
use chrono::NaiveDate;
use rapport_core::{
    AccountId, PersonalDate, PersonalDateId, StakeholderId, ThankYou, ThankYouId, ThankYouReason,
};

pub(super) fn write(
    tx: &rusqlite::Connection,
    account: &AccountId,
    today: NaiveDate,
    id: &dyn Fn(&str) -> StakeholderId,
) -> Result<()> {
    let dates = [
        // Yearly: comes up twelve days after the demo is made, and every year after.
        (
            "rahman",
            "Work anniversary",
            years_before(days_after(today, 12), 6),
            true,
        ),
        (
            "chen",
            "Daughter's graduation",
            days_after(today, 45),
            false,
        ),
        (
            "novak",
            "Joined the board of the logistics association",
            days_before(today, 60),
            false,
        ),
    ];
    for (who, label, date, yearly) in dates {
        let d = PersonalDate {
            id: PersonalDateId(new_id()),
            stakeholder: id(who),
            label: label.into(),
            date,
            yearly,
        };
        personal::insert_date(tx, account, &d)?;
    }
    let thanks = [
        (
            "nair",
            ThankYouReason::ReferenceCall,
            "Took a reference call from Baltic Shipping",
            days_after(today, 3),
            false,
        ),
        (
            "schmidt",
            ThankYouReason::Referral,
            "Introduced us to Nordlicht's IT team",
            days_before(today, 2),
            false,
        ),
        (
            "rahman",
            ThankYouReason::WonDeal,
            "The Hamburg route optimisation deal",
            days_before(today, 10),
            true,
        ),
    ];
    for (who, reason, text, due, done) in thanks {
        let t = ThankYou {
            id: ThankYouId(new_id()),
            stakeholder: id(who),
            reason,
            text: text.into(),
            due,
            done,
        };
        personal::insert_thank_you(tx, account, &t)?;
    }
    Ok(())
}
