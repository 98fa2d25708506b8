//! What a parsed quick-add line does to a map: who is added or placed, which lines are drawn.
//!
//! Names are matched here, against the account's map and the workspace's team, so the rules a
//! facilitator relies on live in one tested place: one of ours is the same person on every
//! account (typing `Sarah Collins, ours` on a second account places her, it does not make a
//! second Sarah); two of ours with the name ask which; a client stakeholder whose name is on the
//! map already is only added again when the user says "add anyway". Nothing is ever duplicated
//! silently. The store writes the plan in one transaction.

use super::{CoversLine, QuickAdd, QuickAddLine};
use crate::ids::{LinkId, PersonId, StakeholderId, TeamMemberId};
use crate::links::{ReportsTo, Strength};
use crate::people::{Stakeholder, TeamMember, TeamRole};
use crate::snapshot::AccountSnapshot;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The user's answers to an earlier [`QuickAddQuestion`] about the same line.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuickAddAnswers {
    /// Add the person although someone of that name is already there.
    pub add_anyway: bool,
    /// Which of ours was meant where several share a name.
    pub picked: Vec<TeamMemberId>,
}

/// One of ours a name could mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamCandidate {
    pub id: TeamMemberId,
    pub name: String,
    pub title: String,
    pub team_role: TeamRole,
    pub on_this_map: bool,
}

/// What the line needs the user to decide before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum QuickAddQuestion {
    /// Several of ours have the name: which one (or a new person)?
    ChooseTeamMember {
        name: String,
        candidates: Vec<TeamCandidate>,
        /// The line adds this person (`…, ours`), so "a new one of that name" is an answer too
        /// (`add_anyway`); a name the line only refers to must be one of the candidates.
        may_add_new: bool,
    },
    /// Someone of that name is on this map already: add another anyway?
    AlreadyOnMap { name: String, message: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    Question(QuickAddQuestion),
    /// A name the line uses is on neither the map nor our team; the message names it.
    Unknown(String),
    /// The line cannot be done as typed (e.g. one of ours reporting to theirs); the message
    /// names the part and the fix.
    Refused(String),
}

/// Who the line adds.
#[derive(Debug, Clone, PartialEq)]
pub enum PlannedPerson {
    NewStakeholder(Stakeholder),
    NewTeamMember(TeamMember),
    /// One of ours from the workspace, put on this map (with the line's title, if it gave one).
    PlaceTeamMember(TeamMember),
    /// A coverage line adds nobody.
    Nobody,
}

/// A coverage line to draw, or to change when the two already have one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedCoverage {
    pub id: LinkId,
    pub exists: bool,
    pub team_member: TeamMemberId,
    pub stakeholder: StakeholderId,
    pub strength: Strength,
    pub desired: Strength,
}

/// Everything one line writes: one transaction, one undo step labelled `label`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickAddPlan {
    pub person: PlannedPerson,
    pub reports_to: Option<ReportsTo>,
    /// Others of ours the line names who are in the workspace but not yet on this map.
    pub place_team: Vec<TeamMember>,
    pub coverage: Vec<PlannedCoverage>,
    pub label: String,
    /// Whom the editor shows afterwards.
    pub focus: PersonId,
}

/// Names are the same when they match ignoring case and extra spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Decides what `line` does to `map`. `workspace_team` is every one of ours in the workspace;
/// `fresh` gives new ids.
pub fn resolve_quick_add(
    line: &QuickAddLine,
    map: &AccountSnapshot,
    workspace_team: &[TeamMember],
    answers: &QuickAddAnswers,
    fresh: &mut dyn FnMut() -> String,
) -> Result<QuickAddPlan, ResolveError> {
    let ctx = Context {
        map,
        workspace_team,
        answers,
        place_team: Vec::new(),
    };
    match line {
        QuickAddLine::Covers(c) => ctx.covers(c, fresh),
        QuickAddLine::Person(q) if q.ours => ctx.ours(q, fresh),
        QuickAddLine::Person(q) => ctx.stakeholder(q, fresh),
    }
}

struct Context<'a> {
    map: &'a AccountSnapshot,
    workspace_team: &'a [TeamMember],
    answers: &'a QuickAddAnswers,
    place_team: Vec<TeamMember>,
}

impl Context<'_> {
    fn ours(
        self,
        q: &QuickAdd,
        fresh: &mut dyn FnMut() -> String,
    ) -> Result<QuickAddPlan, ResolveError> {
        if let Some(manager) = &q.reports_to {
            return Err(ResolveError::Refused(format!(
                "{} is one of our team; only client stakeholders report to {} on the map.",
                q.name, manager.name
            )));
        }
        let on_map: Vec<&TeamMember> = self
            .map
            .team
            .iter()
            .filter(|t| same_name(&t.name, &q.name))
            .collect();
        let mut new_member = || {
            let mut member = TeamMember::named(fresh(), q.name.clone(), TeamRole::Other);
            member.title = q.title.clone();
            member
        };
        let person = if self.answers.add_anyway {
            PlannedPerson::NewTeamMember(new_member())
        } else if let Some(existing) = on_map.first() {
            return Err(already_on_map(&q.name, &describe_member(existing)));
        } else {
            let in_workspace: Vec<&TeamMember> = self
                .workspace_team
                .iter()
                .filter(|t| same_name(&t.name, &q.name))
                .collect();
            match self.pick(&q.name, &in_workspace, true)? {
                Some(existing) => {
                    let mut placed = existing.clone();
                    if !q.title.is_empty() {
                        placed.title = q.title.clone();
                    }
                    PlannedPerson::PlaceTeamMember(placed)
                }
                None => PlannedPerson::NewTeamMember(new_member()),
            }
        };
        let (focus, label) = match &person {
            PlannedPerson::PlaceTeamMember(t) => (t.id.clone(), format!("Place {}", t.name)),
            PlannedPerson::NewTeamMember(t) => (t.id.clone(), format!("Add {}", t.name)),
            _ => unreachable!("a line with `ours` adds one of ours"),
        };
        Ok(QuickAddPlan {
            person,
            reports_to: None,
            place_team: Vec::new(),
            coverage: Vec::new(),
            label,
            focus: PersonId::TeamMember(focus),
        })
    }

    fn stakeholder(
        mut self,
        q: &QuickAdd,
        fresh: &mut dyn FnMut() -> String,
    ) -> Result<QuickAddPlan, ResolveError> {
        if !self.answers.add_anyway {
            if let Some(s) = self
                .map
                .stakeholders
                .iter()
                .find(|s| same_name(&s.name, &q.name))
            {
                return Err(already_on_map(&q.name, &describe_stakeholder(s)));
            }
            if let Some(t) = self.map.team.iter().find(|t| same_name(&t.name, &q.name)) {
                return Err(already_on_map(&q.name, &describe_member(t)));
            }
        }
        let mut person = Stakeholder::named(fresh(), q.name.clone());
        person.title = q.title.clone();
        person.department = q.department.clone();
        person.roles = q.roles.clone();
        person.role_tag = q.role_tag.clone();
        person.attitude = q.attitude.unwrap_or(person.attitude);
        person.influence = q.influence.unwrap_or(person.influence);
        let reports_to = match &q.reports_to {
            Some(m) => Some(ReportsTo {
                id: LinkId(fresh()),
                stakeholder: person.id.clone(),
                manager: self.stakeholder_named(
                    &m.name,
                    "client stakeholders report to their own people, not to ours",
                )?,
                dotted: m.dotted,
            }),
            None => None,
        };
        let mut coverage = Vec::new();
        for k in &q.known_by {
            let member = self.team_member_named(&k.name)?;
            if coverage
                .iter()
                .any(|c: &PlannedCoverage| c.team_member == member)
            {
                continue;
            }
            coverage.push(PlannedCoverage {
                id: LinkId(fresh()),
                exists: false,
                team_member: member,
                stakeholder: person.id.clone(),
                strength: k.strength,
                desired: k.desired,
            });
        }
        Ok(QuickAddPlan {
            label: format!("Add {}", q.name),
            focus: PersonId::Stakeholder(person.id.clone()),
            person: PlannedPerson::NewStakeholder(person),
            reports_to,
            place_team: self.place_team,
            coverage,
        })
    }

    fn covers(
        mut self,
        c: &CoversLine,
        fresh: &mut dyn FnMut() -> String,
    ) -> Result<QuickAddPlan, ResolveError> {
        let member = self.team_member_named(&c.team_member)?;
        let stakeholder = self.stakeholder_named(&c.stakeholder, "coverage is of their people")?;
        let existing = self
            .map
            .coverage
            .iter()
            .find(|l| l.team_member == member && l.stakeholder == stakeholder);
        let coverage = PlannedCoverage {
            id: existing.map_or_else(|| LinkId(fresh()), |l| l.id.clone()),
            exists: existing.is_some(),
            team_member: member,
            stakeholder: stakeholder.clone(),
            strength: c.strength,
            desired: c.desired,
        };
        Ok(QuickAddPlan {
            person: PlannedPerson::Nobody,
            reports_to: None,
            place_team: self.place_team,
            coverage: vec![coverage],
            label: format!("{} covers {}", c.team_member, c.stakeholder),
            focus: PersonId::Stakeholder(stakeholder),
        })
    }

    /// The one stakeholder on this map with the name.
    fn stakeholder_named(&self, name: &str, not_ours: &str) -> Result<StakeholderId, ResolveError> {
        let theirs: Vec<&Stakeholder> = self
            .map
            .stakeholders
            .iter()
            .filter(|s| same_name(&s.name, name))
            .collect();
        match theirs.as_slice() {
            [one] => Ok(one.id.clone()),
            [] if self.map.team.iter().any(|t| same_name(&t.name, name)) => Err(
                ResolveError::Refused(format!("{name} is one of our team; {not_ours}.")),
            ),
            [] => Err(ResolveError::Unknown(format!(
                "No one called “{name}” is on this map; add them first or check the spelling."
            ))),
            _ => Err(ResolveError::Refused(format!(
                "Several people are called “{name}”; draw the line on the map instead."
            ))),
        }
    }

    /// One of ours by name: on this map first, then anywhere in the workspace (then placed on
    /// this map too). Unknown names are refused, naming them: a typo must not make a new person.
    fn team_member_named(&mut self, name: &str) -> Result<TeamMemberId, ResolveError> {
        let on_map: Vec<&TeamMember> = self
            .map
            .team
            .iter()
            .filter(|t| same_name(&t.name, name))
            .collect();
        if let Some(one) = self.pick(name, &on_map, false)? {
            return Ok(one.id.clone());
        }
        if let Some(placed) = self.place_team.iter().find(|t| same_name(&t.name, name)) {
            return Ok(placed.id.clone());
        }
        let in_workspace: Vec<&TeamMember> = self
            .workspace_team
            .iter()
            .filter(|t| same_name(&t.name, name))
            .collect();
        match self.pick(name, &in_workspace, false)? {
            Some(one) => {
                self.place_team.push(one.clone());
                Ok(one.id.clone())
            }
            None if self
                .map
                .stakeholders
                .iter()
                .any(|s| same_name(&s.name, name)) =>
            {
                Err(ResolveError::Refused(format!(
                    "{name} is one of their people; only ours cover someone."
                )))
            }
            None => Err(ResolveError::Unknown(format!(
                "No one of ours is called “{name}”: add them first with “{name}, ours”, or check \
                 the spelling."
            ))),
        }
    }

    /// The one of `candidates` meant: the only one, or the one the user picked; several
    /// unpicked ask.
    fn pick<'t>(
        &self,
        name: &str,
        candidates: &[&'t TeamMember],
        may_add_new: bool,
    ) -> Result<Option<&'t TeamMember>, ResolveError> {
        match candidates {
            [] => Ok(None),
            [one] => Ok(Some(one)),
            several => match several.iter().find(|t| self.answers.picked.contains(&t.id)) {
                Some(picked) => Ok(Some(picked)),
                None => Err(ResolveError::Question(QuickAddQuestion::ChooseTeamMember {
                    name: name.to_owned(),
                    may_add_new,
                    candidates: several
                        .iter()
                        .map(|t| TeamCandidate {
                            id: t.id.clone(),
                            name: t.name.clone(),
                            title: t.title.clone(),
                            team_role: t.team_role,
                            on_this_map: self.map.team.iter().any(|m| m.id == t.id),
                        })
                        .collect(),
                })),
            },
        }
    }
}

fn already_on_map(name: &str, existing: &str) -> ResolveError {
    ResolveError::Question(QuickAddQuestion::AlreadyOnMap {
        name: name.to_owned(),
        message: format!("{existing} is already on this map. Add another “{name}” anyway?"),
    })
}

fn describe_stakeholder(s: &Stakeholder) -> String {
    let what: Vec<&str> = [s.title.as_str(), s.department.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect();
    if what.is_empty() {
        s.name.clone()
    } else {
        format!("{} ({})", s.name, what.join(", "))
    }
}

fn describe_member(t: &TeamMember) -> String {
    if t.title.is_empty() {
        format!("{} (one of ours)", t.name)
    } else {
        format!("{} ({}, one of ours)", t.name, t.title)
    }
}
