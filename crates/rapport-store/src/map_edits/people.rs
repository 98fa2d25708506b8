//! Adding, editing, copying and deleting the people on a map.

use super::{place_unplaced, placement};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::positions::person_name;
use crate::snapshot::load_snapshot;
use crate::tables::{coverage, initiatives, interactions, reports_to, stakeholders, team};
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, AccountSnapshot, LinkId, PersonId, Placement, Position, ReportsTo, Stakeholder,
    TeamMember, TeamRole, parse_quick_add, rules,
};

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
            rules::check_team_member(&member).map_err(quick_add_field)?;
            return self.edit_recorded(account, |tx| {
                team::insert(tx, account, &member)?;
                place_unplaced(tx, account)?;
                Ok((
                    format!("Add {}", parsed.name),
                    PersonId::TeamMember(member.id),
                ))
            });
        }
        let mut person = Stakeholder::named(new_id(), parsed.name.clone());
        person.title = parsed.title;
        person.department = parsed.department;
        person.roles = parsed.roles;
        person.role_tag = parsed.role_tag;
        person.attitude = parsed.attitude.unwrap_or(person.attitude);
        person.influence = parsed.influence.unwrap_or(person.influence);
        person.placement = placement(at);
        rules::check_stakeholder(&person).map_err(quick_add_field)?;
        self.edit_recorded(account, |tx| {
            let manager = match &parsed.reports_to {
                Some(m) => match find_by_name(&load_snapshot(tx, account)?, &m.name)? {
                    PersonId::Stakeholder(id) => Some((id, m.dotted)),
                    PersonId::TeamMember(_) => {
                        return Err(Error::conflict(format!(
                            "{} is one of our team; client stakeholders report to their own \
                             people, not to ours.",
                            m.name
                        )));
                    }
                },
                None => None,
            };
            stakeholders::insert(tx, account, &person)?;
            if let Some((manager, dotted)) = manager {
                let line = ReportsTo {
                    id: LinkId(new_id()),
                    stakeholder: person.id.clone(),
                    manager,
                    dotted,
                };
                reports_to::insert(tx, account, &line)?;
            }
            place_unplaced(tx, account)?;
            Ok((
                format!("Add {}", parsed.name),
                PersonId::Stakeholder(person.id),
            ))
        })
    }

    /// Saves every field of a stakeholder from the inspector (not their place on the map).
    pub fn update_stakeholder(&mut self, account: &AccountId, s: &Stakeholder) -> Result<()> {
        rules::check_stakeholder(s)?;
        self.edit_recorded(account, |tx| {
            let before = person_name(tx, account, &PersonId::Stakeholder(s.id.clone()))?;
            stakeholders::update(tx, account, s, stakeholders::DETAILS)?;
            stakeholders::write_roles(tx, s)?;
            Ok((format!("Edit {before}"), ()))
        })
    }

    /// Saves one of ours from the inspector. Name, title and e-mail are workspace-wide (the same
    /// person on every account's map).
    pub fn update_team_member(&mut self, account: &AccountId, t: &TeamMember) -> Result<()> {
        rules::check_team_member(t)?;
        self.edit_recorded(account, |tx| {
            let before = person_name(tx, account, &PersonId::TeamMember(t.id.clone()))?;
            team::update(tx, t)?;
            Ok((format!("Edit {before}"), ()))
        })
    }

    /// Inline rename on the map.
    pub fn rename_person(
        &mut self,
        account: &AccountId,
        person: &PersonId,
        name: &str,
    ) -> Result<()> {
        rules::check_person_name(name)?;
        self.edit_recorded(account, |tx| {
            let before = person_name(tx, account, person)?;
            let snapshot = load_snapshot(tx, account)?;
            match person {
                PersonId::Stakeholder(id) => {
                    let s = snapshot.stakeholder(id).ok_or_else(Error::person_gone)?;
                    let renamed = Stakeholder {
                        name: name.to_owned(),
                        ..s.clone()
                    };
                    stakeholders::update(tx, account, &renamed, &["name"])?;
                }
                PersonId::TeamMember(id) => {
                    let t = snapshot.team_member(id).ok_or_else(Error::person_gone)?;
                    team::update(
                        tx,
                        &TeamMember {
                            name: name.to_owned(),
                            ..t.clone()
                        },
                    )?;
                }
            }
            Ok((format!("Rename {before}"), ()))
        })
    }

    /// A copy of a person beside them: same title, department, roles, attitude and influence (and
    /// the same solid manager) — for "another one like this". Contact details and notes stay.
    pub fn duplicate_person(&mut self, account: &AccountId, person: &PersonId) -> Result<PersonId> {
        let offset = |p: Option<Placement>| {
            placement(p.map(|p| Position {
                x: p.position.x + 40.0,
                y: p.position.y + 40.0,
            }))
        };
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            match person {
                PersonId::Stakeholder(id) => {
                    let source = snapshot.stakeholder(id).ok_or_else(Error::person_gone)?;
                    let mut copy = Stakeholder::named(new_id(), copy_name(&source.name));
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
                    stakeholders::insert(tx, account, &copy)?;
                    if let Some(manager) = manager {
                        let line = ReportsTo {
                            id: LinkId(new_id()),
                            stakeholder: copy.id.clone(),
                            manager,
                            dotted: false,
                        };
                        reports_to::insert(tx, account, &line)?;
                    }
                    place_unplaced(tx, account)?;
                    let label = format!("Duplicate {}", source.name);
                    Ok((label, PersonId::Stakeholder(copy.id)))
                }
                PersonId::TeamMember(id) => {
                    let source = snapshot.team_member(id).ok_or_else(Error::person_gone)?;
                    let mut copy =
                        TeamMember::named(new_id(), copy_name(&source.name), source.team_role);
                    copy.title = source.title.clone();
                    copy.placement = offset(source.placement);
                    team::insert(tx, account, &copy)?;
                    place_unplaced(tx, account)?;
                    let label = format!("Duplicate {}", source.name);
                    Ok((label, PersonId::TeamMember(copy.id)))
                }
            }
        })
    }

    /// Deletes a person from the account's map with their lines and goals (see
    /// [`Self::removal_impact`]). One of ours leaves this account only; they stay in the
    /// workspace for other accounts. Undoable: the history keeps what was deleted (see
    /// [`Self::erase_person`] for removing a person's data for good).
    pub fn delete_person(&mut self, account: &AccountId, person: &PersonId) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let name = person_name(tx, account, person)?;
            match person {
                PersonId::Stakeholder(id) => stakeholders::delete(tx, account, id)?,
                PersonId::TeamMember(id) => {
                    coverage::delete_of_team_member(tx, account, id)?;
                    initiatives::clear_owner(tx, account, id)?;
                    interactions::TEAM.remove_child(tx, account, id.as_str())?;
                    team::remove_from_account(tx, account, id)?;
                }
            }
            Ok((format!("Delete {name}"), ()))
        })
    }
}

/// "Ana (copy)", kept within the name limit however long the original is.
fn copy_name(name: &str) -> String {
    const SUFFIX: &str = " (copy)";
    let keep = rules::MAX_NAME_CHARS - SUFFIX.chars().count();
    let mut copy: String = name.chars().take(keep).collect();
    copy.push_str(SUFFIX);
    copy
}

/// A quick-add line's refusals point at the quick-add field, whatever part was too long.
fn quick_add_field(err: rules::FieldError) -> Error {
    Error::validation("quickAdd", err.message)
}
