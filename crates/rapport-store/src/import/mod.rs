//! Writing imports: a contacts file's plan (core's `ImportPlan`, which `rapport-exchange` builds
//! from a CSV file) into an existing or a new account, and a whole account (an account JSON
//! document, or a generated map) as a new account.
//!
//! Each import is one transaction recorded as one undo step, checked before anything is
//! written (field rules, the map's rules), and laid out in the same step: people without a
//! place on the map are placed around the placed ones (core's layout, unplaced only), so the
//! map is readable the moment the import returns and a refused import leaves nothing behind.

mod account;
mod contacts;

use crate::error::{Error, Result};
use crate::tables::accounts;
use rapport_core::{AccountSnapshot, LayoutMode, PersonId, Placement, Position, layout, rules};
use rusqlite::Connection;
use std::collections::HashMap;

/// Refuses a new account whose name (in any case) or id the workspace already has. Run inside
/// the import's transaction, so no other writer takes the name in between.
fn check_new_account(conn: &Connection, account: &rapport_core::Account) -> Result<()> {
    rules::required_text("name", &account.name, "Give the new account a name.")?;
    if accounts::name_or_id_taken(conn, &rules::normalise_line(&account.name), &account.id)? {
        return Err(Error::conflict(format!(
            "The workspace already has an account called “{}”; choose another name.",
            rules::normalise_line(&account.name)
        )));
    }
    Ok(())
}

/// Every row of the account against core's field rules (and size limits), before anything is
/// written. A refusal names the row as the account document does (`At “goals[2]”: …`), so an
/// import says where the file is wrong.
fn check_rows(s: &AccountSnapshot) -> Result<()> {
    fn each<T>(key: &str, rows: &[T], check: impl Fn(&T) -> rules::FieldResult) -> Result<()> {
        for (i, row) in rows.iter().enumerate() {
            check(row).map_err(|e| {
                Error::validation(e.field, format!("At “{key}[{i}]”: {}", e.message))
            })?;
        }
        Ok(())
    }
    rules::check_account(&s.account)
        .map_err(|e| Error::validation(e.field, format!("At “account”: {}", e.message)))?;
    each("stakeholders", &s.stakeholders, rules::check_stakeholder)?;
    each("team", &s.team, rules::check_team_member)?;
    each("coverage", &s.coverage, |c| {
        rules::check_coverage_notes(&c.notes)
    })?;
    each("relations", &s.relations, |r| {
        rules::check_relation_note(&r.note)
    })?;
    each("goals", &s.goals, rules::check_goal)?;
    each("initiatives", &s.initiatives, rules::check_initiative)?;
    each("notes", &s.notes, rules::check_analysis_note)?;
    each("offerings", &s.offerings, rules::check_offering)?;
    each("whitespace", &s.whitespace, rules::check_whitespace_cell)?;
    each(
        "personalDates",
        &s.personal_dates,
        rules::check_personal_date,
    )?;
    each("thankYous", &s.thank_yous, rules::check_thank_you)?;
    // One score a day, as recording a score keeps it (the table's key says so too).
    let mut days = std::collections::HashSet::new();
    for (i, n) in s.nps_history.iter().enumerate() {
        let at = format!("At “npsHistory[{i}]”");
        if n.score > 10 {
            return Err(Error::validation(
                "npsScore",
                format!(
                    "{at}: a recommendation score is a number from 0 to 10, not {}.",
                    n.score
                ),
            ));
        }
        if !days.insert(n.date) {
            return Err(Error::validation(
                "npsDate",
                format!(
                    "{at}: there is already a score for {}; an account has one score a day.",
                    n.date
                ),
            ));
        }
    }
    Ok(())
}

/// Gives everyone without a place on the map one (core's layout, unplaced only), in memory.
/// Returns who was placed, so the store can write the positions of people it does not insert.
fn lay_out_unplaced(snapshot: &mut AccountSnapshot) -> Vec<PersonId> {
    let at: HashMap<PersonId, Position> = layout(snapshot, LayoutMode::UnplacedOnly)
        .into_iter()
        .map(|p| (p.person, p.position))
        .collect();
    let place = |person: PersonId, placement: &mut Option<Placement>| {
        if placement.is_some() {
            return None;
        }
        let position = *at.get(&person)?;
        *placement = Some(Placement {
            position,
            pinned: false,
        });
        Some(person)
    };
    let mut placed = Vec::new();
    for s in &mut snapshot.stakeholders {
        placed.extend(place(PersonId::Stakeholder(s.id.clone()), &mut s.placement));
    }
    for t in &mut snapshot.team {
        placed.extend(place(PersonId::TeamMember(t.id.clone()), &mut t.placement));
    }
    placed
}
