//! What changed between two reviews of an account: people added or gone, stakeholders whose role,
//! attitude, influence, status or title moved, coverage that grew or shrank, and goals that moved.
//!
//! People, lines and goals are matched by id, so renaming someone is a change, not a departure
//! plus an arrival. Every list has a fixed order (by name, then id) so the review page and the PDF
//! read the same every time.

use crate::ids::{GoalId, PersonId, StakeholderId, TeamMemberId};
use crate::links::Strength;
use crate::people::{Role, Stakeholder, StakeholderStatus};
use crate::plan::{GoalStatus, GoalTarget};
use crate::snapshot::AccountSnapshot;
use crate::vocabulary::labels;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    pub person: PersonId,
    pub name: String,
}

/// Declared in the order changes are listed for one person.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum ChangedField {
    Roles,
    Attitude,
    Influence,
    Status,
    Title,
}

labels!(ChangedField {
    Roles => "Roles",
    Attitude => "Attitude",
    Influence => "Influence",
    Status => "Status",
    Title => "Title",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonChange {
    pub stakeholder: StakeholderId,
    pub name: String,
    pub field: ChangedField,
    /// The value as a facilitator reads it, e.g. "Budget, User", "skeptic", "4".
    pub before: String,
    pub after: String,
}

/// A relationship between one of ours and one of theirs that appeared, ended or changed strength.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageChange {
    pub team_member: TeamMemberId,
    pub team_member_name: String,
    pub stakeholder: StakeholderId,
    pub stakeholder_name: String,
    /// `None` when there was no such relationship.
    pub before: Option<Strength>,
    pub after: Option<Strength>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct GoalChange {
    pub goal: GoalId,
    pub title: String,
    /// What the goal aims at (as it is now, or was before it was deleted), so client-safe views
    /// can leave out goals that move an attitude.
    pub target: GoalTarget,
    /// `None` for a goal set since the earlier review.
    pub before: Option<GoalStatus>,
    /// `None` for a goal deleted since.
    pub after: Option<GoalStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewDiff {
    /// Stakeholders first, then our team, each by name.
    pub added: Vec<PersonRef>,
    pub gone: Vec<PersonRef>,
    pub changes: Vec<PersonChange>,
    pub coverage_changes: Vec<CoverageChange>,
    pub goal_changes: Vec<GoalChange>,
}

impl ReviewDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.gone.is_empty()
            && self.changes.is_empty()
            && self.coverage_changes.is_empty()
            && self.goal_changes.is_empty()
    }
}

pub fn diff_snapshots(before: &AccountSnapshot, after: &AccountSnapshot) -> ReviewDiff {
    let names_before = People::of(before);
    let names_after = People::of(after);
    let mut diff = ReviewDiff {
        added: names_after.missing_from(&names_before),
        gone: names_before.missing_from(&names_after),
        changes: person_changes(before, after),
        coverage_changes: Vec::new(),
        goal_changes: Vec::new(),
    };

    let strengths = |s: &AccountSnapshot| {
        let mut map: HashMap<(TeamMemberId, StakeholderId), Strength> = HashMap::new();
        for c in &s.coverage {
            let entry = map
                .entry((c.team_member.clone(), c.stakeholder.clone()))
                .or_insert(c.strength);
            *entry = (*entry).max(c.strength);
        }
        map
    };
    let (was, is) = (strengths(before), strengths(after));
    let pairs: BTreeSet<&(TeamMemberId, StakeholderId)> = was.keys().chain(is.keys()).collect();
    for pair in pairs {
        let (b, a) = (was.get(pair).copied(), is.get(pair).copied());
        if b == a {
            continue;
        }
        let (member, stakeholder) = pair;
        diff.coverage_changes.push(CoverageChange {
            team_member: member.clone(),
            team_member_name: name_in(
                &names_after,
                &names_before,
                &PersonId::TeamMember(member.clone()),
            ),
            stakeholder: stakeholder.clone(),
            stakeholder_name: name_in(
                &names_after,
                &names_before,
                &PersonId::Stakeholder(stakeholder.clone()),
            ),
            before: b,
            after: a,
        });
    }
    diff.coverage_changes.sort_by(|x, y| {
        (
            &x.stakeholder_name,
            &x.team_member_name,
            &x.stakeholder,
            &x.team_member,
        )
            .cmp(&(
                &y.stakeholder_name,
                &y.team_member_name,
                &y.stakeholder,
                &y.team_member,
            ))
    });

    let goals_before: HashMap<&GoalId, _> = before.goals.iter().map(|g| (&g.id, g)).collect();
    let goals_after: HashMap<&GoalId, _> = after.goals.iter().map(|g| (&g.id, g)).collect();
    let ids: BTreeSet<&GoalId> = goals_before
        .keys()
        .chain(goals_after.keys())
        .copied()
        .collect();
    for id in ids {
        let (b, a) = (goals_before.get(id), goals_after.get(id));
        let (sb, sa) = (b.map(|g| g.status), a.map(|g| g.status));
        if sb == sa {
            continue;
        }
        let Some(goal) = a.or(b) else { continue };
        diff.goal_changes.push(GoalChange {
            goal: id.clone(),
            title: goal.title.clone(),
            target: goal.target.clone(),
            before: sb,
            after: sa,
        });
    }
    diff.goal_changes
        .sort_by(|x, y| (&x.title, &x.goal).cmp(&(&y.title, &y.goal)));
    diff
}

/// Everyone on one snapshot's map, by id.
struct People<'a>(HashMap<PersonId, &'a str>);

impl<'a> People<'a> {
    fn of(snapshot: &'a AccountSnapshot) -> Self {
        let stakeholders = snapshot
            .stakeholders
            .iter()
            .map(|s| (PersonId::Stakeholder(s.id.clone()), s.name.as_str()));
        let team = snapshot
            .team
            .iter()
            .map(|t| (PersonId::TeamMember(t.id.clone()), t.name.as_str()));
        Self(stakeholders.chain(team).collect())
    }

    fn missing_from(&self, other: &People<'_>) -> Vec<PersonRef> {
        let mut found: Vec<PersonRef> = self
            .0
            .iter()
            .filter(|(id, _)| !other.0.contains_key(*id))
            .map(|(id, name)| PersonRef {
                person: id.clone(),
                name: (*name).to_owned(),
            })
            .collect();
        found.sort_by(|a, b| {
            let team = |p: &PersonRef| matches!(p.person, PersonId::TeamMember(_));
            (team(a), &a.name, &a.person).cmp(&(team(b), &b.name, &b.person))
        });
        found
    }
}

/// A person's name as of the later review, or the earlier one if they have gone since.
fn name_in(after: &People<'_>, before: &People<'_>, id: &PersonId) -> String {
    after
        .0
        .get(id)
        .or_else(|| before.0.get(id))
        .map_or_else(|| id.to_string(), |n| (*n).to_owned())
}

fn person_changes(before: &AccountSnapshot, after: &AccountSnapshot) -> Vec<PersonChange> {
    let earlier: HashMap<&StakeholderId, &Stakeholder> =
        before.stakeholders.iter().map(|s| (&s.id, s)).collect();
    let mut changes = Vec::new();
    for now in &after.stakeholders {
        let Some(was) = earlier.get(&now.id) else {
            continue;
        };
        let fields = [
            (
                ChangedField::Roles,
                roles_text(&was.roles),
                roles_text(&now.roles),
            ),
            (
                ChangedField::Attitude,
                was.attitude.word().to_owned(),
                now.attitude.word().to_owned(),
            ),
            (
                ChangedField::Influence,
                was.influence.to_string(),
                now.influence.to_string(),
            ),
            (
                ChangedField::Status,
                status_text(was.status),
                status_text(now.status),
            ),
            (ChangedField::Title, was.title.clone(), now.title.clone()),
        ];
        for (field, b, a) in fields {
            if b != a {
                changes.push(PersonChange {
                    stakeholder: now.id.clone(),
                    name: now.name.clone(),
                    field,
                    before: b,
                    after: a,
                });
            }
        }
    }
    changes.sort_by(|x, y| {
        (&x.name, &x.stakeholder, x.field).cmp(&(&y.name, &y.stakeholder, y.field))
    });
    changes
}

/// Roles as a set: the order they were ticked in is not a change.
fn roles_text(roles: &[Role]) -> String {
    let set: BTreeSet<Role> = roles.iter().copied().collect();
    if set.is_empty() {
        return "no role".to_owned();
    }
    set.into_iter()
        .map(Role::label)
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_text(status: StakeholderStatus) -> String {
    match status {
        StakeholderStatus::Active => "active",
        StakeholderStatus::LeftCompany => "left the company",
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Build, day};
    use crate::people::{Attitude, TeamRole};
    use crate::plan::{Goal, GoalTarget, Priority};

    fn goal(id: &str, title: &str, status: GoalStatus) -> Goal {
        Goal {
            id: id.into(),
            stakeholder: None,
            title: title.into(),
            priority: Priority::Medium,
            target: GoalTarget::Free {
                text: String::new(),
            },
            created_on: day(2025, 1, 1),
            due: None,
            status,
        }
    }

    fn before() -> AccountSnapshot {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.roles = vec![Role::User, Role::Budget];
                s.title = "CFO".into();
            })
            .person("tom", "Tom Ng", |_| {})
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("old", "Olga Ivers", TeamRole::Support)
            .covers("sam", "raj", Strength::Acquainted)
            .covers("old", "tom", Strength::Aware)
            .edit(|a| {
                a.goals = vec![
                    goal("g1", "Win Raj", GoalStatus::Open),
                    goal("g2", "Meet Tom", GoalStatus::InProgress),
                    goal("g3", "Dropped one", GoalStatus::Open),
                ]
            })
            .done()
    }

    #[test]
    fn an_unchanged_account_has_an_empty_diff() {
        assert!(diff_snapshots(&before(), &before()).is_empty());
        // Ticking the same roles in another order is no change.
        let mut reordered = before();
        reordered.stakeholders[0].roles = vec![Role::Budget, Role::User];
        assert!(diff_snapshots(&before(), &reordered).is_empty());
    }

    #[test]
    fn lists_people_fields_coverage_and_goals_that_moved() {
        let after = Build(before())
            .person("kim", "Kim Wu", |_| {})
            .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
            .covers("eve", "raj", Strength::Aware)
            .edit(|a| {
                a.team.retain(|t| t.id.as_str() != "old");
                a.coverage.retain(|c| c.team_member.as_str() != "old");
                a.coverage[0].strength = Strength::Trusted;
                let raj = &mut a.stakeholders[0];
                raj.roles = vec![Role::Budget];
                raj.attitude = Attitude::Supporter;
                raj.influence = 5;
                raj.title = "Group CFO".into();
                a.stakeholders.retain(|s| s.id.as_str() != "tom");
                a.goals = vec![
                    goal("g1", "Win Raj", GoalStatus::Achieved),
                    goal("g2", "Meet Tom", GoalStatus::InProgress),
                    goal("g4", "New goal", GoalStatus::Open),
                ];
            })
            .done();
        let diff = diff_snapshots(&before(), &after);
        let refs = |v: &[PersonRef]| v.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(refs(&diff.added), vec!["Kim Wu", "Eve Stone"]);
        assert_eq!(refs(&diff.gone), vec!["Tom Ng", "Olga Ivers"]);
        let changes: Vec<_> = diff
            .changes
            .iter()
            .map(|c| (c.field, c.before.as_str(), c.after.as_str()))
            .collect();
        assert_eq!(
            changes,
            vec![
                (ChangedField::Roles, "Budget, User", "Budget"),
                (ChangedField::Attitude, "neutral", "supporter"),
                (ChangedField::Influence, "3", "5"),
                (ChangedField::Title, "CFO", "Group CFO"),
            ]
        );
        let coverage: Vec<_> = diff
            .coverage_changes
            .iter()
            .map(|c| {
                (
                    c.team_member_name.as_str(),
                    c.stakeholder_name.as_str(),
                    c.before,
                    c.after,
                )
            })
            .collect();
        assert_eq!(
            coverage,
            vec![
                ("Eve Stone", "Raj Patel", None, Some(Strength::Aware)),
                (
                    "Sam Lee",
                    "Raj Patel",
                    Some(Strength::Acquainted),
                    Some(Strength::Trusted)
                ),
                ("Olga Ivers", "Tom Ng", Some(Strength::Aware), None),
            ]
        );
        let goals: Vec<_> = diff
            .goal_changes
            .iter()
            .map(|g| (g.title.as_str(), g.before, g.after))
            .collect();
        assert_eq!(
            goals,
            vec![
                ("Dropped one", Some(GoalStatus::Open), None),
                ("New goal", None, Some(GoalStatus::Open)),
                (
                    "Win Raj",
                    Some(GoalStatus::Open),
                    Some(GoalStatus::Achieved)
                ),
            ]
        );
        assert!(!diff.is_empty());
    }

    #[test]
    fn status_change_reads_in_words() {
        let mut after = before();
        after.stakeholders[1].status = StakeholderStatus::LeftCompany;
        let diff = diff_snapshots(&before(), &after);
        assert_eq!(diff.changes.len(), 1);
        assert_eq!(diff.changes[0].before, "active");
        assert_eq!(diff.changes[0].after, "left the company");
    }
}
