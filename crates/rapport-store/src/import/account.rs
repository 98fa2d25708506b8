//! Adding a whole account: an account JSON document or a generated map, with everything it
//! holds (people, lines, positions, the plan, interactions, whitespace and reviews with their
//! frozen snapshots), in one transaction recorded as one undo step.

use super::{check_new_account, check_rows, lay_out_unplaced};
use crate::account_edits::DEFAULT_CURRENCY;
use crate::error::Result;
use crate::history::HistoryScope;
use crate::tables::{
    account_nps, accounts, coverage, goals, initiatives, interactions, notes, personal, relations,
    reports_to, reviews, stakeholders, team, whitespace,
};
use crate::workspace::Workspace;
use rapport_core::{AccountId, AccountSnapshot, Offering, StoredReview, TeamMember, rules};
use std::collections::HashSet;

impl Workspace {
    /// Every one of our team members in the workspace (for matching an imported account's).
    pub fn team_members(&self) -> Result<Vec<TeamMember>> {
        team::load_all(&self.conn)
    }

    /// Every offering of the workspace, by name.
    pub fn offerings(&self) -> Result<Vec<Offering>> {
        whitespace::load_offerings(&self.conn)
    }

    /// Adds the account of `snapshot` and its `reviews` as they are, as one undo step, and
    /// returns its id. Every id must be new to the workspace (`rapport-exchange`'s
    /// `with_new_ids` gives them), except team members and offerings the workspace already
    /// has (`use_workspace_team_and_offerings` points the account at them): those are placed
    /// on the new map and used as the workspace has them, never added twice or overwritten.
    /// People without a place on the map are laid out around the others. It is a step of the
    /// workspace's history: undo removes the whole account.
    pub fn import_account(
        &mut self,
        snapshot: &AccountSnapshot,
        reviews: &[StoredReview],
    ) -> Result<AccountId> {
        let mut s = snapshot.clone();
        s.account = rules::normalise_account(&s.account);
        if s.account.currency.is_empty() {
            // Documents from before accounts had to name one.
            DEFAULT_CURRENCY.clone_into(&mut s.account.currency);
        }
        check_rows(&s)?;
        lay_out_unplaced(&mut s);
        let ours: HashSet<String> = self.team_members()?.into_iter().map(|t| t.id.0).collect();
        let offered: HashSet<String> = self.offerings()?.into_iter().map(|o| o.id.0).collect();
        let id = s.account.id.clone();
        let label = format!("Import {}", s.account.name);
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            check_new_account(tx, &s.account)?;
            accounts::insert(tx, &s.account)?;
            for score in &s.nps_history {
                account_nps::insert(tx, &id, score)?;
            }
            for p in &s.stakeholders {
                stakeholders::insert(tx, &id, p)?;
            }
            for t in &s.team {
                if ours.contains(t.id.as_str()) {
                    team::place_on_account(tx, &id, &t.id, t.placement)?;
                } else {
                    team::insert(tx, &id, t)?;
                }
            }
            for r in &s.reports_to {
                reports_to::insert(tx, &id, r)?;
            }
            for c in &s.coverage {
                coverage::insert(tx, &id, c)?;
            }
            for r in &s.relations {
                relations::insert(tx, &id, r)?;
            }
            for g in &s.goals {
                goals::insert(tx, &id, g)?;
            }
            for i in &s.initiatives {
                initiatives::insert(tx, &id, i)?;
            }
            for i in &s.interactions {
                interactions::insert(tx, &id, i)?;
            }
            for n in &s.notes {
                notes::insert(tx, &id, n)?;
            }
            for o in s
                .offerings
                .iter()
                .filter(|o| !offered.contains(o.id.as_str()))
            {
                whitespace::insert_offering(tx, o)?;
            }
            for n in &s.needs {
                whitespace::insert_need(tx, &id, n)?;
            }
            for cell in &s.whitespace {
                whitespace::insert_cell(tx, &id, cell)?;
            }
            for d in &s.personal_dates {
                personal::insert_date(tx, &id, d)?;
            }
            for t in &s.thank_yous {
                personal::insert_thank_you(tx, &id, t)?;
            }
            for r in reviews {
                reviews::insert(tx, &id, &r.review, &r.snapshot)?;
            }
            Ok(())
        })?;
        Ok(id)
    }
}
