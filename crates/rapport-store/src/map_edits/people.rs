//! Adding, editing, copying and deleting the people on a map.

use super::{place_unplaced, placement};
use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::positions::person_name;
use crate::snapshot::load_snapshot;
use crate::tables::{coverage, initiatives, interactions, reports_to, stakeholders, team};
use crate::workspace::Workspace;
use rapport_core::quick_add::{PlannedPerson, ResolveError, resolve_quick_add};
use rapport_core::{
    AccountId, Coverage, LinkId, PersonId, Placement, Position, QuickAddAnswers, QuickAddPlan,
    QuickAddQuestion, ReportsTo, Stakeholder, TeamMember, parse_quick_add_line, rules,
};
use rusqlite::Transaction;

impl Workspace {
    /// Does what a quick-add line says (see [`Self::quick_add_answered`]), asking nothing: a
    /// line that would need a question (a name already on the map, two of ours with the name) is
    /// refused with the question's words. Returns who was added.
    pub fn quick_add(
        &mut self,
        account: &AccountId,
        line: &str,
        at: Option<Position>,
    ) -> Result<PersonId> {
        match self.quick_add_answered(account, line, at, &QuickAddAnswers::default())? {
            QuickAddOutcome::Done(person) => Ok(person),
            QuickAddOutcome::Asks(question) => Err(Error::conflict(question_text(&question))),
        }
    }

    /// Does what a quick-add line says, as one transaction and one undo step: adds the person
    /// (or places one of ours from the workspace) at `at` or next to the others, with their
    /// reporting line and coverage; or draws the coverage a `covers` line names. When the line
    /// needs a decision first, nothing is written and the question comes back; `answers` carries
    /// the user's answers to it.
    pub fn quick_add_answered(
        &mut self,
        account: &AccountId,
        line: &str,
        at: Option<Position>,
        answers: &QuickAddAnswers,
    ) -> Result<QuickAddOutcome> {
        let parsed =
            parse_quick_add_line(line).map_err(|e| Error::validation("quickAdd", e.to_string()))?;
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let workspace_team = team::load_all(tx)?;
            let plan = match resolve_quick_add(
                &parsed,
                &snapshot,
                &workspace_team,
                answers,
                &mut new_id,
            ) {
                Ok(plan) => plan,
                // Nothing written: the step records nothing and the question goes back.
                Err(ResolveError::Question(q)) => {
                    return Ok((String::new(), QuickAddOutcome::Asks(q)));
                }
                Err(ResolveError::Unknown(message)) => {
                    return Err(Error::validation("quickAdd", message));
                }
                Err(ResolveError::Refused(message)) => return Err(Error::conflict(message)),
            };
            write_plan(tx, account, plan, at)
                .map(|(label, person)| (label, QuickAddOutcome::Done(person)))
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

/// What a quick-add line did, or the question it needs answered first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuickAddOutcome {
    /// Written; whom the editor should show.
    Done(PersonId),
    Asks(QuickAddQuestion),
}

/// A question as a refusal, for callers that cannot ask (the CLI, imports, tests).
fn question_text(q: &QuickAddQuestion) -> String {
    match q {
        QuickAddQuestion::AlreadyOnMap { message, .. } => message.clone(),
        QuickAddQuestion::ChooseTeamMember {
            name, candidates, ..
        } => format!(
            "{} of ours are called “{name}”; choose one in the editor.",
            candidates.len()
        ),
    }
}

/// Writes a resolved quick-add line inside the edit's transaction; checks every field first so
/// a refused line writes nothing (the transaction rolls back on any error). Returns the undo
/// label and whom to show.
fn write_plan(
    tx: &Transaction<'_>,
    account: &AccountId,
    plan: QuickAddPlan,
    at: Option<Position>,
) -> Result<(String, PersonId)> {
    match plan.person {
        PlannedPerson::NewStakeholder(mut person) => {
            person.placement = placement(at);
            rules::check_stakeholder(&person).map_err(quick_add_field)?;
            stakeholders::insert(tx, account, &person)?;
        }
        PlannedPerson::NewTeamMember(mut member) => {
            member.placement = placement(at);
            rules::check_team_member(&member).map_err(quick_add_field)?;
            team::insert(tx, account, &member)?;
        }
        PlannedPerson::PlaceTeamMember(member) => {
            rules::check_team_member(&member).map_err(quick_add_field)?;
            team::update(tx, &member)?;
            team::place_on_account(tx, account, &member.id, placement(at))?;
        }
        PlannedPerson::Nobody => {}
    }
    for member in &plan.place_team {
        team::place_on_account(tx, account, &member.id, None)?;
    }
    if let Some(line) = &plan.reports_to {
        reports_to::insert(tx, account, line)?;
    }
    for c in &plan.coverage {
        let row = Coverage {
            id: c.id.clone(),
            team_member: c.team_member.clone(),
            stakeholder: c.stakeholder.clone(),
            strength: c.strength,
            desired: c.desired,
            last_interaction: None,
            notes: String::new(),
        };
        if c.exists {
            coverage::update(tx, account, &row, coverage::STRENGTHS)?;
        } else {
            coverage::insert(tx, account, &row)?;
        }
    }
    place_unplaced(tx, account)?;
    Ok((plan.label, plan.focus))
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
