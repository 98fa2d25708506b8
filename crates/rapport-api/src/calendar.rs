//! The calendar export (File → Export calendar…, `rapport export-ics`): one account's dates or
//! the whole portfolio's as an `.ics` file.

use crate::{Clock, Error, Result};
use rapport_core::{AccountId, next_review_due};
use rapport_exchange::{AccountCalendar, CalendarName, export_ics};
use rapport_store::Workspace;
use std::path::Path;

/// The calendar's text: `account`'s dates, or every account's still in the portfolio when
/// `None`. Events are stamped with midnight UTC of today, so two exports on one day are
/// identical; their UIDs never change (see `rapport_exchange::export_ics`).
pub fn calendar_ics(
    ws: &Workspace,
    clock: &dyn Clock,
    account: Option<&AccountId>,
) -> Result<String> {
    let ids: Vec<AccountId> = match account {
        Some(id) => vec![id.clone()],
        None => ws
            .account_listing()?
            .into_iter()
            .filter(|l| l.archived_on.is_none())
            .map(|l| l.account.id)
            .collect(),
    };
    let mut parts = Vec::with_capacity(ids.len());
    for id in &ids {
        let snapshot = ws.account_snapshot(id)?;
        let reviews: Vec<_> = ws.reviews(id)?.into_iter().map(|r| r.review).collect();
        let next_due = next_review_due(
            reviews.iter().map(|r| r.date).max(),
            snapshot.account.created_on,
        );
        parts.push((snapshot, reviews, next_due));
    }
    let accounts: Vec<AccountCalendar<'_>> = parts
        .iter()
        .map(|(snapshot, reviews, next_review_due)| AccountCalendar {
            snapshot,
            reviews,
            next_review_due: *next_review_due,
        })
        .collect();
    let name = match (account, parts.first()) {
        (Some(_), Some((snapshot, ..))) => format!("Rapport — {}", snapshot.account.name),
        _ => "Rapport — portfolio".to_owned(),
    };
    let stamp = clock.today().and_time(chrono::NaiveTime::MIN);
    Ok(export_ics(
        CalendarName(&name),
        &ws.workspace_id()?,
        &accounts,
        stamp,
    ))
}

/// Writes the calendar to `path` atomically; returns how many bytes were written.
pub fn save_calendar(
    ws: &Workspace,
    clock: &dyn Clock,
    account: Option<&AccountId>,
    path: &Path,
) -> Result<u32> {
    let text = calendar_ics(ws, clock, account)?;
    rapport_report::write_atomically(path, text.as_bytes()).map_err(|e| {
        Error::io(format!(
            "Could not save {}: {e}. Nothing was written there; choose another folder.",
            path.display()
        ))
    })?;
    Ok(u32::try_from(text.len()).unwrap_or(u32::MAX))
}

/// The file name the save dialog proposes: "Helios Freight – calendar.ics" for one account,
/// "Rapport portfolio – calendar.ics" for the whole portfolio. A path separator in the account's
/// name becomes a dash, so the file lands where the user chose.
pub fn calendar_file_name(account_name: Option<&str>) -> String {
    let owner: String = account_name
        .unwrap_or("Rapport portfolio")
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':') {
                '-'
            } else {
                c
            }
        })
        .collect();
    format!("{} – calendar.ics", owner.trim())
}

#[cfg(test)]
mod tests {
    use super::calendar_file_name;

    #[test]
    fn the_calendar_file_is_named_after_its_account_or_the_portfolio() {
        assert_eq!(
            calendar_file_name(Some("Helios Freight")),
            "Helios Freight – calendar.ics"
        );
        assert_eq!(
            calendar_file_name(Some("A/B: Logistics")),
            "A-B- Logistics – calendar.ics"
        );
        assert_eq!(calendar_file_name(None), "Rapport portfolio – calendar.ics");
    }
}
