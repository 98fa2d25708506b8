//! Moving a person under another manager, as dropping their card onto the new manager's card
//! asks: the old solid reporting line goes, the new one comes with the same checks as drawing it
//! (no cycle, one solid manager), and the card moves under the new manager unless it is pinned,
//! all as one undo step.

use super::conflict;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::positions::write_position;
use crate::snapshot::load_snapshot;
use crate::tables::reports_to;
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, LayoutMode, LinkId, PersonId, ReportsTo, StakeholderId, check_reports_to, layout,
};

impl Workspace {
    /// Makes `manager` the solid manager of `stakeholder`, in place of the one they had.
    pub fn move_under(
        &mut self,
        account: &AccountId,
        stakeholder: &StakeholderId,
        manager: &StakeholderId,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let mut snapshot = load_snapshot(tx, account)?;
            let name = |id: &StakeholderId| {
                snapshot
                    .stakeholder(id)
                    .map(|s| s.name.clone())
                    .ok_or_else(Error::person_gone)
            };
            let (who, boss) = (name(stakeholder)?, name(manager)?);
            if snapshot
                .reports_to
                .iter()
                .any(|r| &r.stakeholder == stakeholder && &r.manager == manager && !r.dotted)
            {
                return Err(Error::conflict(format!("{who} already reports to {boss}.")));
            }
            // The old solid line, and a dotted one to the new manager (it becomes solid), go.
            let replaced: Vec<LinkId> = snapshot
                .reports_to
                .iter()
                .filter(|r| &r.stakeholder == stakeholder && (!r.dotted || &r.manager == manager))
                .map(|r| r.id.clone())
                .collect();
            snapshot.reports_to.retain(|r| !replaced.contains(&r.id));
            check_reports_to(&snapshot, stakeholder, manager, false).map_err(conflict)?;
            for id in &replaced {
                reports_to::delete(tx, account, id)?;
            }
            let line = ReportsTo {
                id: LinkId(new_id()),
                stakeholder: stakeholder.clone(),
                manager: manager.clone(),
                dotted: false,
            };
            reports_to::insert(tx, account, &line)?;
            snapshot.reports_to.push(line);

            // Unpinned, the card goes where the layout puts a new report of that manager.
            let person = snapshot
                .stakeholders
                .iter_mut()
                .find(|s| &s.id == stakeholder)
                .ok_or_else(Error::person_gone)?;
            if !person.placement.is_some_and(|p| p.pinned) {
                person.placement = None;
                let me = PersonId::Stakeholder(stakeholder.clone());
                if let Some(at) = layout(&snapshot, LayoutMode::UnplacedOnly)
                    .into_iter()
                    .find(|p| p.person == me)
                {
                    write_position(tx, account, &me, at.position, None)?;
                }
            }
            Ok((format!("Move {who} under {boss}"), ()))
        })
    }
}
