//! Drawing, editing and removing the lines of a map.

use super::conflict;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::tables::{coverage, relations, reports_to};
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, Coverage, LinkId, Relation, RelationKind, ReportsTo, StakeholderId, Strength,
    TeamMemberId, check_coverage, check_relation, check_reports_to,
};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A line the editor asks to draw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum NewLine {
    ReportsTo {
        stakeholder: StakeholderId,
        manager: StakeholderId,
        dotted: bool,
    },
    Covers {
        team_member: TeamMemberId,
        stakeholder: StakeholderId,
        strength: Strength,
        desired: Strength,
    },
    Influences {
        from: StakeholderId,
        to: StakeholderId,
    },
    ConflictsWith {
        from: StakeholderId,
        to: StakeholderId,
    },
}

/// A changed line, as the inspector sends it back. The ends of a line stay; to move a line,
/// delete it and draw another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", content = "line", rename_all = "camelCase")]
pub enum LineEdit {
    ReportsTo(ReportsTo),
    Covers(Coverage),
    Relation(Relation),
}

impl Workspace {
    /// Draws a line after checking it against the map's rules. Returns its id.
    pub fn add_line(&mut self, account: &AccountId, line: &NewLine) -> Result<LinkId> {
        let snapshot = self.account_snapshot(account)?;
        let id = LinkId(new_id());
        let name = |s: &StakeholderId| {
            snapshot
                .stakeholder(s)
                .map_or("?", |s| s.name.as_str())
                .to_owned()
        };
        match line {
            NewLine::ReportsTo {
                stakeholder,
                manager,
                dotted,
            } => {
                check_reports_to(&snapshot, stakeholder, manager, *dotted).map_err(conflict)?;
                let label = format!("{} reports to {}", name(stakeholder), name(manager));
                let row = ReportsTo {
                    id: id.clone(),
                    stakeholder: stakeholder.clone(),
                    manager: manager.clone(),
                    dotted: *dotted,
                };
                self.edit_recorded(account, &label, |tx| reports_to::insert(tx, account, &row))?;
            }
            NewLine::Covers {
                team_member,
                stakeholder,
                strength,
                desired,
            } => {
                check_coverage(&snapshot, team_member, stakeholder).map_err(conflict)?;
                let ours = snapshot
                    .team_member(team_member)
                    .map_or("?", |t| t.name.as_str());
                let label = format!("{ours} covers {}", name(stakeholder));
                let row = Coverage {
                    id: id.clone(),
                    team_member: team_member.clone(),
                    stakeholder: stakeholder.clone(),
                    strength: *strength,
                    desired: *desired,
                    last_interaction: None,
                    notes: String::new(),
                };
                self.edit_recorded(account, &label, |tx| coverage::insert(tx, account, &row))?;
            }
            NewLine::Influences { from, to } | NewLine::ConflictsWith { from, to } => {
                let kind = match line {
                    NewLine::Influences { .. } => RelationKind::Influences,
                    _ => RelationKind::ConflictsWith,
                };
                check_relation(&snapshot, kind, from, to).map_err(conflict)?;
                let label = match kind {
                    RelationKind::Influences => format!("{} influences {}", name(from), name(to)),
                    RelationKind::ConflictsWith => {
                        format!("{} in conflict with {}", name(from), name(to))
                    }
                };
                let row = Relation {
                    id: id.clone(),
                    kind,
                    from: from.clone(),
                    to: to.clone(),
                    note: String::new(),
                };
                self.edit_recorded(account, &label, |tx| relations::insert(tx, account, &row))?;
            }
        }
        Ok(id)
    }

    /// Saves a line's details from the inspector (solid/dotted, strengths, notes).
    pub fn update_line(&mut self, account: &AccountId, edit: &LineEdit) -> Result<()> {
        let snapshot = self.account_snapshot(account)?;
        match edit {
            LineEdit::ReportsTo(line) => {
                let stored = snapshot
                    .reports_to
                    .iter()
                    .find(|r| r.id == line.id)
                    .ok_or_else(|| Error::not_found("This line is no longer on the map."))?;
                if stored.dotted && !line.dotted {
                    // Checked as if the line were new, so a second solid manager is refused.
                    let mut without = snapshot.clone();
                    without.reports_to.retain(|r| r.id != line.id);
                    check_reports_to(&without, &stored.stakeholder, &stored.manager, false)
                        .map_err(conflict)?;
                }
                self.edit_recorded(account, "Edit reporting line", |tx| {
                    reports_to::update(tx, account, line)
                })
            }
            LineEdit::Covers(line) => {
                if !snapshot.coverage.iter().any(|c| c.id == line.id) {
                    return Err(Error::not_found("This line is no longer on the map."));
                }
                self.edit_recorded(account, "Edit coverage", |tx| {
                    coverage::update(tx, account, line, coverage::DETAILS)
                })
            }
            LineEdit::Relation(line) => {
                if !snapshot.relations.iter().any(|r| r.id == line.id) {
                    return Err(Error::not_found("This line is no longer on the map."));
                }
                self.edit_recorded(account, "Edit line note", |tx| {
                    relations::update(tx, account, line)
                })
            }
        }
    }

    /// Removes one line.
    pub fn delete_line(&mut self, account: &AccountId, id: &LinkId) -> Result<()> {
        self.edit_recorded(account, "Delete line", |tx| {
            // A line id is unique across the three line tables; try each.
            let removed = [
                reports_to::delete(tx, account, id)?,
                coverage::delete(tx, account, id)?,
                relations::delete(tx, account, id)?,
            ];
            if !removed.contains(&true) {
                return Err(Error::not_found("This line is no longer on the map."));
            }
            Ok(())
        })
    }
}
