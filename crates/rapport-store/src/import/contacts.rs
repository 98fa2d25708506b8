//! Writing a contacts import: the people the file adds and updates, the reporting lines it
//! adds and replaces, the people marked as having left — exactly what `ImportPlan::apply_to`
//! does in memory (the tests hold the two to each other), then laid out.

use super::{check_new_account, lay_out_unplaced};
use crate::account_edits::DEFAULT_CURRENCY;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::history::HistoryScope;
use crate::positions::write_position;
use crate::snapshot::load_snapshot;
use crate::tables::accounts;
use crate::tables::{reports_to, stakeholders};
use crate::workspace::Workspace;
use chrono::NaiveDate;
use rapport_core::{
    Account, AccountId, AccountSnapshot, ImportPlan, PersonId, Stakeholder, StakeholderId,
    StakeholderMap, rules,
};
use rusqlite::Transaction;
use std::collections::{HashMap, HashSet};

/// A plan that changed since its preview (someone edited the map in between) is refused, not
/// half applied.
fn changed_since_preview(what: &str) -> Error {
    Error::conflict(format!(
        "The map changed since this import was previewed ({what}). Preview the file again."
    ))
}

/// Checks the plan against the account it goes into and returns the account as it will be,
/// laid out, with who was newly placed.
fn prepare(
    before: &AccountSnapshot,
    plan: &ImportPlan,
) -> Result<(AccountSnapshot, Vec<PersonId>)> {
    for p in plan.new_people.iter().chain(&plan.updated_people) {
        rules::check_stakeholder(&p.stakeholder)
            .map_err(|e| Error::validation(e.field, format!("Line {}: {}", p.line, e.message)))?;
    }
    let people: HashSet<&StakeholderId> = before.stakeholders.iter().map(|s| &s.id).collect();
    for p in &plan.updated_people {
        if !people.contains(&p.stakeholder.id) {
            return Err(changed_since_preview(&format!(
                "{} is no longer on it",
                p.stakeholder.name
            )));
        }
    }
    if plan.mark_left.iter().any(|id| !people.contains(id)) {
        return Err(changed_since_preview(
            "someone missing from the file was removed",
        ));
    }
    let lines: HashSet<_> = before.reports_to.iter().map(|l| &l.id).collect();
    if plan.remove_lines.iter().any(|id| !lines.contains(id)) {
        return Err(changed_since_preview("a reporting line was removed"));
    }
    let mut after = before.clone();
    plan.apply_to(&mut after);
    StakeholderMap::from_snapshot(&after)
        .map_err(|e| Error::conflict(format!("This import would break the map: {e}.")))?;
    let placed = lay_out_unplaced(&mut after);
    Ok((after, placed))
}

/// Writes what `prepare` checked, in the order the schema allows (old lines go before the new
/// solid ones come).
fn write(
    tx: &Transaction<'_>,
    account: &AccountId,
    plan: &ImportPlan,
    after: &AccountSnapshot,
    placed: &[PersonId],
) -> Result<()> {
    let person: HashMap<&StakeholderId, &Stakeholder> =
        after.stakeholders.iter().map(|s| (&s.id, s)).collect();
    let as_written = |id: &StakeholderId| {
        person
            .get(id)
            .copied()
            .ok_or_else(|| changed_since_preview("a person went missing"))
    };
    for id in &plan.remove_lines {
        reports_to::delete(tx, account, id)?;
    }
    for p in &plan.updated_people {
        let s = as_written(&p.stakeholder.id)?;
        stakeholders::update(tx, account, s, stakeholders::DETAILS)?;
        stakeholders::write_roles(tx, s)?;
    }
    for id in &plan.mark_left {
        stakeholders::update(tx, account, as_written(id)?, &["status"])?;
    }
    let new: HashSet<&StakeholderId> = plan.new_people.iter().map(|p| &p.stakeholder.id).collect();
    for p in &plan.new_people {
        stakeholders::insert(tx, account, as_written(&p.stakeholder.id)?)?;
    }
    for line in &plan.add_lines {
        reports_to::insert(tx, account, line)?;
    }
    // People already on the map who had no place yet (and our team) get theirs too.
    for who in placed {
        let at = match who {
            PersonId::Stakeholder(id) if new.contains(id) => continue,
            PersonId::Stakeholder(id) => as_written(id)?.placement,
            PersonId::TeamMember(id) => after.team_member(id).and_then(|t| t.placement),
        };
        if let Some(p) = at {
            write_position(tx, account, who, p.position, None)?;
        }
    }
    Ok(())
}

impl Workspace {
    /// Writes a contacts import into an existing account as one undo step named `label`: new
    /// people (laid out around the placed ones), updated people (their places kept), the lines
    /// the file adds or replaces, and the people marked as having left. Temporary ids get fresh
    /// ones. A plan that would break a field rule or the map's rules is refused whole.
    pub fn import_contacts(
        &mut self,
        account: &AccountId,
        mut plan: ImportPlan,
        label: &str,
    ) -> Result<()> {
        plan.assign_ids(&mut new_id);
        self.edit_recorded(account, |tx| {
            let before = load_snapshot(tx, account)?;
            let (after, placed) = prepare(&before, &plan)?;
            write(tx, account, &plan, &after, &placed)?;
            Ok((label.to_owned(), ()))
        })
    }

    /// Creates an account called `name` (created `today`) with a contacts import's people and
    /// lines, laid out, in one transaction recorded as one step of the workspace's history (undo
    /// removes the account with its people). Returns the new account's id.
    pub fn import_contacts_as_new_account(
        &mut self,
        name: &str,
        today: NaiveDate,
        mut plan: ImportPlan,
        label: &str,
    ) -> Result<AccountId> {
        plan.assign_ids(&mut new_id);
        let account = rules::normalise_account(&Account {
            currency: DEFAULT_CURRENCY.to_owned(),
            ..Account::named(new_id(), name, today)
        });
        rules::check_account(&account)?;
        // Checked first for the clearer refusal, and again inside the transaction.
        check_new_account(&self.conn, &account)?;
        let before = AccountSnapshot::empty(account.clone());
        let (after, placed) = prepare(&before, &plan)?;
        self.edit_recorded_in(&HistoryScope::Workspace, label, |tx| {
            check_new_account(tx, &account)?;
            accounts::insert(tx, &account)?;
            write(tx, &account.id, &plan, &after, &placed)
        })?;
        Ok(account.id)
    }
}
