//! The map editor's edits: people and lines added, changed and removed.
//!
//! Each is one recorded edit (one transaction, one undo step). Every change is checked first —
//! fields here, the map's rules by the core's `check_*` on the stored snapshot — so a refused edit
//! writes nothing and says why in the words the UI shows.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::insert::{
    insert_coverage, insert_relation, insert_reports_to, insert_stakeholder, insert_team_member,
    write_roles,
};
use crate::positions::{person_name, write_position};
use crate::read::load_snapshot;
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, AccountSnapshot, Coverage, LayoutMode, LinkId, MapError, PersonId, Placement,
    Position, Relation, RelationKind, ReportsTo, Stakeholder, StakeholderId, Strength, TeamMember,
    TeamMemberId, TeamRole, check_coverage, check_relation, check_reports_to, layout,
    parse_quick_add,
};
use rusqlite::{Transaction, params};
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

/// What deleting a person takes with them, for the confirmation dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RemovalImpact {
    pub name: String,
    /// Lines of every kind that end at this person.
    pub lines: u32,
    /// Titles of the goals about this person, which go too.
    pub goals: Vec<String>,
    /// Titles of initiatives left with no goal once those goals go.
    pub initiatives_left_without_goal: Vec<String>,
    /// Titles of initiatives this team member owns, which lose their owner.
    pub initiatives_losing_owner: Vec<String>,
    pub interactions: u32,
}

fn conflict(err: MapError) -> Error {
    Error::conflict(format!("{err}."))
}

fn required_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::validation("name", "A person needs a name."));
    }
    Ok(name)
}

fn placement(at: Option<Position>) -> Option<Placement> {
    at.map(|position| Placement {
        position,
        pinned: false,
    })
}

/// Gives every person without a position one, next to the rest (the core's layout, unplaced
/// only), so a new card never lands on another.
fn place_unplaced(tx: &Transaction<'_>, account: &AccountId) -> Result<()> {
    let snapshot = load_snapshot(tx, account)?;
    let unplaced = |p: &PersonId| match p {
        PersonId::Stakeholder(id) => snapshot
            .stakeholder(id)
            .is_some_and(|s| s.placement.is_none()),
        PersonId::TeamMember(id) => snapshot
            .team_member(id)
            .is_some_and(|t| t.placement.is_none()),
    };
    for p in layout(&snapshot, LayoutMode::UnplacedOnly) {
        if unplaced(&p.person) {
            write_position(tx, account, &p.person, p.position, None)?;
        }
    }
    Ok(())
}

fn find_by_name(snapshot: &AccountSnapshot, name: &str) -> Result<PersonId> {
    let wanted = name.trim().to_lowercase();
    let theirs: Vec<&Stakeholder> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.name.to_lowercase() == wanted)
        .collect();
    match theirs.as_slice() {
        [one] => return Ok(PersonId::Stakeholder(one.id.clone())),
        [] => {}
        _ => {
            return Err(Error::validation(
                "quickAdd",
                format!("Several people are called “{name}”; draw the line on the map instead."),
            ));
        }
    }
    if let Some(ours) = snapshot
        .team
        .iter()
        .find(|t| t.name.to_lowercase() == wanted)
    {
        return Ok(PersonId::TeamMember(ours.id.clone()));
    }
    Err(Error::validation(
        "quickAdd",
        format!("No one called “{name}” is on this map; add them first or check the spelling."),
    ))
}

impl Workspace {
    /// Adds the person a quick-add line describes (and their reporting line), placed at `at` or
    /// next to the others. Returns who was added.
    pub fn quick_add(
        &mut self,
        account: &AccountId,
        line: &str,
        at: Option<Position>,
    ) -> Result<PersonId> {
        let parsed =
            parse_quick_add(line).map_err(|e| Error::validation("quickAdd", e.to_string()))?;
        let snapshot = self.account_snapshot(account)?;
        if parsed.ours {
            if let Some(manager) = &parsed.reports_to {
                return Err(Error::conflict(format!(
                    "{} is one of our team; only client stakeholders report to {} on the map.",
                    parsed.name, manager.name
                )));
            }
            let mut member = TeamMember::named(new_id(), parsed.name.clone(), TeamRole::Other);
            member.title = parsed.title;
            member.placement = placement(at);
            self.edit_recorded(account, &format!("Add {}", parsed.name), |tx| {
                insert_team_member(tx, account, &member)?;
                place_unplaced(tx, account)
            })?;
            return Ok(PersonId::TeamMember(member.id));
        }
        let manager = match &parsed.reports_to {
            Some(m) => match find_by_name(&snapshot, &m.name)? {
                PersonId::Stakeholder(id) => Some((id, m.dotted)),
                PersonId::TeamMember(_) => {
                    return Err(Error::conflict(format!(
                        "{} is one of our team; client stakeholders report to their own people, \
                         not to ours.",
                        m.name
                    )));
                }
            },
            None => None,
        };
        let mut person = Stakeholder::named(new_id(), parsed.name.clone());
        person.title = parsed.title;
        person.department = parsed.department;
        person.roles = parsed.roles;
        person.role_tag = parsed.role_tag;
        person.attitude = parsed.attitude.unwrap_or(person.attitude);
        person.influence = parsed.influence.unwrap_or(person.influence);
        person.placement = placement(at);
        self.edit_recorded(account, &format!("Add {}", parsed.name), |tx| {
            insert_stakeholder(tx, account, &person)?;
            if let Some((manager, dotted)) = manager {
                let line = ReportsTo {
                    id: LinkId(new_id()),
                    stakeholder: person.id.clone(),
                    manager,
                    dotted,
                };
                insert_reports_to(tx, account, &line)?;
            }
            place_unplaced(tx, account)
        })?;
        Ok(PersonId::Stakeholder(person.id))
    }

    /// Saves every field of a stakeholder from the inspector (not their place on the map).
    pub fn update_stakeholder(&mut self, account: &AccountId, s: &Stakeholder) -> Result<()> {
        let name = required_name(&s.name)?;
        if !(1..=5).contains(&s.influence) {
            return Err(Error::validation(
                "influence",
                "Influence is 1 (little say) to 5 (decides).",
            ));
        }
        if s.nps_score.is_some_and(|n| n > 10) {
            return Err(Error::validation(
                "npsScore",
                "A recommendation score is 0 to 10.",
            ));
        }
        if s.cadence_days == Some(0) {
            return Err(Error::validation(
                "cadenceDays",
                "Keep in touch every 1 day or more.",
            ));
        }
        if !s.email.trim().is_empty() && !s.email.contains('@') {
            return Err(Error::validation("email", "This is not an e-mail address."));
        }
        let before = person_name(&self.conn, account, &PersonId::Stakeholder(s.id.clone()))?;
        self.edit_recorded(account, &format!("Edit {before}"), |tx| {
            tx.execute(
                "UPDATE stakeholders SET name = ?3, title = ?4, department = ?5, email = ?6,
                    phone = ?7, personal_notes = ?8, birthday = ?9, interests = ?10, role_tag = ?11,
                    attitude = ?12, influence = ?13, status = ?14, last_contact = ?15,
                    cadence_days = ?16, nps_score = ?17
                 WHERE id = ?1 AND account_id = ?2",
                params![
                    s.id.as_str(),
                    account.as_str(),
                    name,
                    s.title.trim(),
                    s.department.trim(),
                    s.email.trim(),
                    s.phone.trim(),
                    s.personal_notes,
                    s.birthday,
                    s.interests,
                    s.role_tag.trim(),
                    crate::codec::word(&s.attitude),
                    s.influence,
                    crate::codec::word(&s.status),
                    s.last_contact,
                    s.cadence_days,
                    s.nps_score,
                ],
            )?;
            write_roles(tx, s)
        })
    }

    /// Saves one of ours from the inspector. Name, title and e-mail are workspace-wide (the same
    /// person on every account's map).
    pub fn update_team_member(&mut self, account: &AccountId, t: &TeamMember) -> Result<()> {
        let name = required_name(&t.name)?;
        if !t.email.trim().is_empty() && !t.email.contains('@') {
            return Err(Error::validation("email", "This is not an e-mail address."));
        }
        let before = person_name(&self.conn, account, &PersonId::TeamMember(t.id.clone()))?;
        self.edit_recorded(account, &format!("Edit {before}"), |tx| {
            tx.execute(
                "UPDATE team_members SET name = ?2, title = ?3, team_role = ?4, email = ?5
                 WHERE id = ?1",
                params![
                    t.id.as_str(),
                    name,
                    t.title.trim(),
                    crate::codec::word(&t.team_role),
                    t.email.trim()
                ],
            )?;
            Ok(())
        })
    }

    /// Inline rename on the map.
    pub fn rename_person(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        name: &str,
    ) -> Result<()> {
        let name = required_name(name)?;
        let before = person_name(&self.conn, account, person)?;
        self.edit_recorded(account, &format!("Rename {before}"), |tx| {
            match person {
                PersonId::Stakeholder(id) => tx.execute(
                    "UPDATE stakeholders SET name = ?2 WHERE id = ?1",
                    params![id.as_str(), name],
                )?,
                PersonId::TeamMember(id) => tx.execute(
                    "UPDATE team_members SET name = ?2 WHERE id = ?1",
                    params![id.as_str(), name],
                )?,
            };
            Ok(())
        })
    }

    /// A copy of a person beside them: same title, department, roles, attitude and influence (and
    /// the same solid manager) — for "another one like this". Contact details and notes stay.
    pub fn duplicate_person(&mut self, account: &AccountId, person: &PersonId) -> Result<PersonId> {
        let snapshot = self.account_snapshot(account)?;
        let offset = |p: Option<Placement>| {
            placement(p.map(|p| Position {
                x: p.position.x + 40.0,
                y: p.position.y + 40.0,
            }))
        };
        match person {
            PersonId::Stakeholder(id) => {
                let source = snapshot.stakeholder(id).ok_or_else(|| {
                    Error::not_found("This person is no longer on the account's map.")
                })?;
                let mut copy = Stakeholder::named(new_id(), format!("{} (copy)", source.name));
                copy.title = source.title.clone();
                copy.department = source.department.clone();
                copy.roles = source.roles.clone();
                copy.role_tag = source.role_tag.clone();
                copy.attitude = source.attitude;
                copy.influence = source.influence;
                copy.placement = offset(source.placement);
                let manager = snapshot
                    .reports_to
                    .iter()
                    .find(|r| &r.stakeholder == id && !r.dotted)
                    .map(|r| r.manager.clone());
                self.edit_recorded(account, &format!("Duplicate {}", source.name), |tx| {
                    insert_stakeholder(tx, account, &copy)?;
                    if let Some(manager) = manager {
                        let line = ReportsTo {
                            id: LinkId(new_id()),
                            stakeholder: copy.id.clone(),
                            manager,
                            dotted: false,
                        };
                        insert_reports_to(tx, account, &line)?;
                    }
                    place_unplaced(tx, account)
                })?;
                Ok(PersonId::Stakeholder(copy.id))
            }
            PersonId::TeamMember(id) => {
                let source = snapshot.team_member(id).ok_or_else(|| {
                    Error::not_found("This person is no longer on the account's map.")
                })?;
                let mut copy = TeamMember::named(
                    new_id(),
                    format!("{} (copy)", source.name),
                    source.team_role,
                );
                copy.title = source.title.clone();
                copy.placement = offset(source.placement);
                self.edit_recorded(account, &format!("Duplicate {}", source.name), |tx| {
                    insert_team_member(tx, account, &copy)?;
                    place_unplaced(tx, account)
                })?;
                Ok(PersonId::TeamMember(copy.id))
            }
        }
    }

    /// What deleting `person` would take with them, for the confirmation dialog.
    pub fn removal_impact(&self, account: &AccountId, person: &PersonId) -> Result<RemovalImpact> {
        let snapshot = self.account_snapshot(account)?;
        let name = person_name(&self.conn, account, person)?;
        let mut impact = RemovalImpact {
            name,
            lines: 0,
            goals: Vec::new(),
            initiatives_left_without_goal: Vec::new(),
            initiatives_losing_owner: Vec::new(),
            interactions: 0,
        };
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        match person {
            PersonId::Stakeholder(id) => {
                impact.lines = count(
                    snapshot
                        .reports_to
                        .iter()
                        .filter(|r| &r.stakeholder == id || &r.manager == id)
                        .count()
                        + snapshot
                            .coverage
                            .iter()
                            .filter(|c| &c.stakeholder == id)
                            .count()
                        + snapshot
                            .relations
                            .iter()
                            .filter(|r| &r.from == id || &r.to == id)
                            .count(),
                );
                let goals: Vec<_> = snapshot
                    .goals
                    .iter()
                    .filter(|g| g.stakeholder.as_ref() == Some(id))
                    .collect();
                impact.goals = goals.iter().map(|g| g.title.clone()).collect();
                impact.initiatives_left_without_goal = snapshot
                    .initiatives
                    .iter()
                    .filter(|i| {
                        !i.goals.is_empty()
                            && i.goals.iter().all(|g| goals.iter().any(|x| &x.id == g))
                    })
                    .map(|i| i.title.clone())
                    .collect();
                impact.interactions = count(
                    snapshot
                        .interactions
                        .iter()
                        .filter(|i| i.stakeholders.contains(id))
                        .count(),
                );
            }
            PersonId::TeamMember(id) => {
                impact.lines = count(
                    snapshot
                        .coverage
                        .iter()
                        .filter(|c| &c.team_member == id)
                        .count(),
                );
                impact.initiatives_losing_owner = snapshot
                    .initiatives
                    .iter()
                    .filter(|i| i.owner.as_ref() == Some(id))
                    .map(|i| i.title.clone())
                    .collect();
                impact.interactions = count(
                    snapshot
                        .interactions
                        .iter()
                        .filter(|i| i.team_members.contains(id))
                        .count(),
                );
            }
        }
        Ok(impact)
    }

    /// Deletes a person from the account's map with their lines and goals (see
    /// [`Self::removal_impact`]). One of ours leaves this account only; they stay in the
    /// workspace for other accounts.
    pub fn delete_person(&mut self, account: &AccountId, person: &PersonId) -> Result<()> {
        let name = person_name(&self.conn, account, person)?;
        self.edit_recorded(account, &format!("Delete {name}"), |tx| {
            match person {
                PersonId::Stakeholder(id) => {
                    tx.execute(
                        "DELETE FROM stakeholders WHERE id = ?1 AND account_id = ?2",
                        params![id.as_str(), account.as_str()],
                    )?;
                }
                PersonId::TeamMember(id) => {
                    let (t, a) = (id.as_str(), account.as_str());
                    tx.execute(
                        "DELETE FROM coverage WHERE team_member_id = ?1 AND account_id = ?2",
                        params![t, a],
                    )?;
                    tx.execute(
                        "UPDATE initiatives SET owner_id = NULL WHERE owner_id = ?1 AND account_id = ?2",
                        params![t, a],
                    )?;
                    tx.execute(
                        "DELETE FROM interaction_team WHERE team_member_id = ?1 AND interaction_id IN
                            (SELECT id FROM interactions WHERE account_id = ?2)",
                        params![t, a],
                    )?;
                    tx.execute(
                        "DELETE FROM account_team WHERE team_member_id = ?1 AND account_id = ?2",
                        params![t, a],
                    )?;
                }
            }
            Ok(())
        })
    }

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
                self.edit_recorded(account, &label, |tx| insert_reports_to(tx, account, &row))?;
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
                self.edit_recorded(account, &label, |tx| insert_coverage(tx, account, &row))?;
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
                self.edit_recorded(account, &label, |tx| insert_relation(tx, account, &row))?;
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
                    tx.execute(
                        "UPDATE reports_to SET dotted = ?2 WHERE id = ?1",
                        params![line.id.as_str(), line.dotted],
                    )?;
                    Ok(())
                })
            }
            LineEdit::Covers(line) => {
                if !snapshot.coverage.iter().any(|c| c.id == line.id) {
                    return Err(Error::not_found("This line is no longer on the map."));
                }
                self.edit_recorded(account, "Edit coverage", |tx| {
                    tx.execute(
                        "UPDATE coverage SET strength = ?2, desired = ?3, last_interaction = ?4,
                            notes = ?5 WHERE id = ?1",
                        params![
                            line.id.as_str(),
                            line.strength.level(),
                            line.desired.level(),
                            line.last_interaction,
                            line.notes
                        ],
                    )?;
                    Ok(())
                })
            }
            LineEdit::Relation(line) => {
                if !snapshot.relations.iter().any(|r| r.id == line.id) {
                    return Err(Error::not_found("This line is no longer on the map."));
                }
                self.edit_recorded(account, "Edit line note", |tx| {
                    tx.execute(
                        "UPDATE relations SET note = ?2 WHERE id = ?1",
                        params![line.id.as_str(), line.note],
                    )?;
                    Ok(())
                })
            }
        }
    }

    /// Removes one line.
    pub fn delete_line(&mut self, account: &AccountId, id: &LinkId) -> Result<()> {
        self.edit_recorded(account, "Delete line", |tx| {
            let mut removed = 0;
            for table in ["reports_to", "coverage", "relations"] {
                removed += tx.execute(
                    &format!("DELETE FROM {table} WHERE id = ?1 AND account_id = ?2"),
                    params![id.as_str(), account.as_str()],
                )?;
            }
            if removed == 0 {
                return Err(Error::not_found("This line is no longer on the map."));
            }
            Ok(())
        })
    }
}
