//! Drawing, editing and removing the lines of a map.

use super::conflict;
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::{coverage, relations, reports_to};
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, AccountSnapshot, Coverage, LinkId, Relation, RelationKind, ReportsTo, StakeholderId,
    Strength, TeamMemberId, check_coverage, check_relation, check_reports_to, rules,
};
use rusqlite::Connection;
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
        let id = LinkId(new_id());
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let label = draw(tx, account, &snapshot, &id, line)?;
            Ok((label, id.clone()))
        })
    }

    /// Saves a line's details from the inspector (solid/dotted, strengths, notes).
    pub fn update_line(&mut self, account: &AccountId, edit: &LineEdit) -> Result<()> {
        match edit {
            LineEdit::Covers(line) => rules::check_coverage_notes(&line.notes)?,
            LineEdit::Relation(line) => rules::check_relation_note(&line.note)?,
            LineEdit::ReportsTo(_) => {}
        }
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let gone = || Error::not_found("This line is no longer on the map.");
            let label = match edit {
                LineEdit::ReportsTo(line) => {
                    let stored = snapshot
                        .reports_to
                        .iter()
                        .find(|r| r.id == line.id)
                        .ok_or_else(gone)?;
                    if stored.dotted && !line.dotted {
                        // Checked as if the line were new, so a second solid manager is refused.
                        let mut without = snapshot.clone();
                        without.reports_to.retain(|r| r.id != line.id);
                        check_reports_to(&without, &stored.stakeholder, &stored.manager, false)
                            .map_err(conflict)?;
                    }
                    reports_to::update(tx, account, line)?;
                    "Edit reporting line"
                }
                LineEdit::Covers(line) => {
                    if !snapshot.coverage.iter().any(|c| c.id == line.id) {
                        return Err(gone());
                    }
                    coverage::update(tx, account, line, coverage::DETAILS)?;
                    "Edit coverage"
                }
                LineEdit::Relation(line) => {
                    if !snapshot.relations.iter().any(|r| r.id == line.id) {
                        return Err(gone());
                    }
                    relations::update(tx, account, line)?;
                    "Edit line note"
                }
            };
            Ok((label.to_owned(), ()))
        })
    }

    /// Removes one line.
    pub fn delete_line(&mut self, account: &AccountId, id: &LinkId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            // A line id is unique across the three line tables; try each.
            let removed = [
                reports_to::delete(tx, account, id)?,
                coverage::delete(tx, account, id)?,
                relations::delete(tx, account, id)?,
            ];
            if !removed.contains(&true) {
                return Err(Error::not_found("This line is no longer on the map."));
            }
            Ok(("Delete line".to_owned(), ()))
        })
    }
}

/// Checks a new line against the map's rules and writes it; returns the undo label.
fn draw(
    tx: &Connection,
    account: &AccountId,
    snapshot: &AccountSnapshot,
    id: &LinkId,
    line: &NewLine,
) -> Result<String> {
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
            check_reports_to(snapshot, stakeholder, manager, *dotted).map_err(conflict)?;
            let row = ReportsTo {
                id: id.clone(),
                stakeholder: stakeholder.clone(),
                manager: manager.clone(),
                dotted: *dotted,
            };
            reports_to::insert(tx, account, &row)?;
            Ok(format!(
                "{} reports to {}",
                name(stakeholder),
                name(manager)
            ))
        }
        NewLine::Covers {
            team_member,
            stakeholder,
            strength,
            desired,
        } => {
            check_coverage(snapshot, team_member, stakeholder).map_err(conflict)?;
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
            coverage::insert(tx, account, &row)?;
            Ok(label)
        }
        NewLine::Influences { from, to } | NewLine::ConflictsWith { from, to } => {
            let kind = match line {
                NewLine::Influences { .. } => RelationKind::Influences,
                _ => RelationKind::ConflictsWith,
            };
            check_relation(snapshot, kind, from, to).map_err(conflict)?;
            let row = Relation {
                id: id.clone(),
                kind,
                from: from.clone(),
                to: to.clone(),
                note: String::new(),
            };
            relations::insert(tx, account, &row)?;
            Ok(match kind {
                RelationKind::Influences => format!("{} influences {}", name(from), name(to)),
                RelationKind::ConflictsWith => {
                    format!("{} in conflict with {}", name(from), name(to))
                }
            })
        }
    }
}
