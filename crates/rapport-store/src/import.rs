//! Writing a whole account from a snapshot: generated maps for benchmarks and performance runs
//! (`rapport generate`), and any future import.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::history::HistoryScope;
use crate::positions::lay_out;
use crate::tables::{
    account_nps, accounts, coverage, goals, initiatives, interactions, notes, relations,
    reports_to, stakeholders, team,
};
use crate::workspace::Workspace;
use rapport_core::{AccountId, AccountSnapshot, GoalTarget, LayoutMode, rules};
use rusqlite::Transaction;
use std::collections::HashMap;

/// Fresh ids for everything in the snapshot, references followed: an imported account never
/// collides with one already in the workspace (generated accounts reuse the same ids).
fn with_fresh_ids(snapshot: &AccountSnapshot) -> AccountSnapshot {
    let mut fresh: HashMap<String, String> = HashMap::new();
    let mut id =
        |old: &str| -> String { fresh.entry(old.to_owned()).or_insert_with(new_id).clone() };
    let mut s = snapshot.clone();
    s.account.id.0 = id(&s.account.id.0);
    for p in &mut s.stakeholders {
        p.id.0 = id(&p.id.0);
    }
    for t in &mut s.team {
        t.id.0 = id(&t.id.0);
    }
    for r in &mut s.reports_to {
        r.id.0 = id(&r.id.0);
        r.stakeholder.0 = id(&r.stakeholder.0);
        r.manager.0 = id(&r.manager.0);
    }
    for c in &mut s.coverage {
        c.id.0 = id(&c.id.0);
        c.team_member.0 = id(&c.team_member.0);
        c.stakeholder.0 = id(&c.stakeholder.0);
    }
    for r in &mut s.relations {
        r.id.0 = id(&r.id.0);
        r.from.0 = id(&r.from.0);
        r.to.0 = id(&r.to.0);
    }
    for g in &mut s.goals {
        g.id.0 = id(&g.id.0);
        if let Some(p) = &mut g.stakeholder {
            p.0 = id(&p.0);
        }
        if let GoalTarget::Coverage {
            team_member: Some(t),
            ..
        } = &mut g.target
        {
            t.0 = id(&t.0);
        }
    }
    for i in &mut s.initiatives {
        i.id.0 = id(&i.id.0);
        for g in &mut i.goals {
            g.0 = id(&g.0);
        }
        if let Some(o) = &mut i.owner {
            o.0 = id(&o.0);
        }
    }
    for i in &mut s.interactions {
        i.id.0 = id(&i.id.0);
        for p in &mut i.stakeholders {
            p.0 = id(&p.0);
        }
        for t in &mut i.team_members {
            t.0 = id(&t.0);
        }
    }
    for n in &mut s.notes {
        n.id.0 = id(&n.id.0);
        for p in &mut n.stakeholders {
            p.0 = id(&p.0);
        }
    }
    s
}

impl Workspace {
    /// Adds a copy of the account of `snapshot` (people, our team, lines and plan, all with new
    /// ids) in one transaction and returns its id. Every row passes the same field rules (and
    /// size limits) as an edit. Offerings and the whitespace grid are not imported. It is one
    /// step of the workspace's history: undo removes the whole account.
    pub fn import_snapshot(&mut self, snapshot: &AccountSnapshot) -> Result<AccountId> {
        self.import(snapshot, None)
    }

    /// [`Self::import_snapshot`] and a layout of the map in the same transaction, so the account
    /// is never stored without its positions (`rapport generate`).
    pub fn import_snapshot_laid_out(
        &mut self,
        snapshot: &AccountSnapshot,
        mode: LayoutMode,
    ) -> Result<AccountId> {
        self.import(snapshot, Some(mode))
    }

    fn import(
        &mut self,
        snapshot: &AccountSnapshot,
        layout: Option<LayoutMode>,
    ) -> Result<AccountId> {
        check_rows(snapshot)?;
        let snapshot = &with_fresh_ids(snapshot);
        let id = snapshot.account.id.clone();
        let label = format!("Add account “{}”", snapshot.account.name.trim());
        self.edit_recorded_in(&HistoryScope::Workspace, &label, |tx| {
            if accounts::name_or_id_taken(tx, &snapshot.account.name, &snapshot.account.id)? {
                return Err(Error::conflict(format!(
                    "The workspace already has an account called \"{}\".",
                    snapshot.account.name
                )));
            }
            insert_rows(tx, &id, snapshot)?;
            if let Some(mode) = layout {
                lay_out(tx, &id, mode)?;
            }
            Ok(())
        })?;
        Ok(id)
    }
}

/// Every row of the account against core's field rules, before anything is written.
fn check_rows(s: &AccountSnapshot) -> Result<()> {
    rules::check_account(&s.account)?;
    for p in &s.stakeholders {
        rules::check_stakeholder(p)?;
    }
    for t in &s.team {
        rules::check_team_member(t)?;
    }
    for c in &s.coverage {
        rules::check_coverage_notes(&c.notes)?;
    }
    for r in &s.relations {
        rules::check_relation_note(&r.note)?;
    }
    for g in &s.goals {
        rules::check_goal(g)?;
    }
    for i in &s.initiatives {
        rules::check_initiative(i)?;
    }
    for n in &s.notes {
        rules::check_analysis_note(n)?;
    }
    Ok(())
}

fn insert_rows(tx: &Transaction<'_>, id: &AccountId, snapshot: &AccountSnapshot) -> Result<()> {
    accounts::insert(tx, &snapshot.account)?;
    for score in &snapshot.nps_history {
        account_nps::insert(tx, id, score)?;
    }
    for s in &snapshot.stakeholders {
        stakeholders::insert(tx, id, s)?;
    }
    for t in &snapshot.team {
        team::insert(tx, id, t)?;
    }
    for r in &snapshot.reports_to {
        reports_to::insert(tx, id, r)?;
    }
    for c in &snapshot.coverage {
        coverage::insert(tx, id, c)?;
    }
    for r in &snapshot.relations {
        relations::insert(tx, id, r)?;
    }
    for g in &snapshot.goals {
        goals::insert(tx, id, g)?;
    }
    for i in &snapshot.initiatives {
        initiatives::insert(tx, id, i)?;
    }
    for i in &snapshot.interactions {
        interactions::insert(tx, id, i)?;
    }
    for n in &snapshot.notes {
        notes::insert(tx, id, n)?;
    }
    Ok(())
}
