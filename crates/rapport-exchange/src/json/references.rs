//! Every id a document refers to must be in it, and every id must be used once: otherwise the
//! remapped account would have lines to nobody, or two people merged into one.

use super::error::JsonError;
use rapport_core::{AccountSnapshot, GoalTarget};
use std::collections::HashSet;

/// The ids of one kind in a snapshot, collected while checking they are unique.
fn unique<'a>(
    path: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, JsonError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(JsonError::DuplicateId {
                path: format!("{path}[{i}].id"),
                id: id.to_owned(),
            });
        }
    }
    Ok(seen)
}

fn known(set: &HashSet<&str>, id: &str, path: impl FnOnce() -> String) -> Result<(), JsonError> {
    if set.contains(id) {
        Ok(())
    } else {
        Err(JsonError::UnknownReference {
            path: path(),
            id: id.to_owned(),
        })
    }
}

/// Checks one snapshot found at `at` (e.g. `snapshot` or `reviews[2].snapshot`).
pub fn check_snapshot(at: &str, s: &AccountSnapshot) -> Result<(), JsonError> {
    let people = unique(
        &format!("{at}.stakeholders"),
        s.stakeholders.iter().map(|p| p.id.as_str()),
    )?;
    let team = unique(&format!("{at}.team"), s.team.iter().map(|t| t.id.as_str()))?;
    // Reporting, coverage and influence lines share one id space.
    let mut lines = HashSet::new();
    let line_ids = (s.reports_to.iter().map(|l| l.id.as_str()).enumerate())
        .map(|(i, id)| ("reportsTo", i, id))
        .chain(
            (s.coverage.iter().map(|l| l.id.as_str()).enumerate())
                .map(|(i, id)| ("coverage", i, id)),
        )
        .chain(
            (s.relations.iter().map(|l| l.id.as_str()).enumerate())
                .map(|(i, id)| ("relations", i, id)),
        );
    for (list, i, id) in line_ids {
        if !lines.insert(id) {
            return Err(JsonError::DuplicateId {
                path: format!("{at}.{list}[{i}].id"),
                id: id.to_owned(),
            });
        }
    }
    let goals = unique(
        &format!("{at}.goals"),
        s.goals.iter().map(|g| g.id.as_str()),
    )?;
    unique(
        &format!("{at}.initiatives"),
        s.initiatives.iter().map(|i| i.id.as_str()),
    )?;
    unique(
        &format!("{at}.interactions"),
        s.interactions.iter().map(|i| i.id.as_str()),
    )?;
    unique(
        &format!("{at}.notes"),
        s.notes.iter().map(|n| n.id.as_str()),
    )?;
    let offerings = unique(
        &format!("{at}.offerings"),
        s.offerings.iter().map(|o| o.id.as_str()),
    )?;
    let needs = unique(
        &format!("{at}.needs"),
        s.needs.iter().map(|n| n.id.as_str()),
    )?;
    unique(
        &format!("{at}.personalDates"),
        s.personal_dates.iter().map(|d| d.id.as_str()),
    )?;
    unique(
        &format!("{at}.thankYous"),
        s.thank_yous.iter().map(|t| t.id.as_str()),
    )?;
    for (i, d) in s.personal_dates.iter().enumerate() {
        known(&people, d.stakeholder.as_str(), || {
            format!("{at}.personalDates[{i}].stakeholder")
        })?;
    }
    for (i, t) in s.thank_yous.iter().enumerate() {
        known(&people, t.stakeholder.as_str(), || {
            format!("{at}.thankYous[{i}].stakeholder")
        })?;
    }

    for (i, l) in s.reports_to.iter().enumerate() {
        known(&people, l.stakeholder.as_str(), || {
            format!("{at}.reportsTo[{i}].stakeholder")
        })?;
        known(&people, l.manager.as_str(), || {
            format!("{at}.reportsTo[{i}].manager")
        })?;
    }
    for (i, c) in s.coverage.iter().enumerate() {
        known(&team, c.team_member.as_str(), || {
            format!("{at}.coverage[{i}].teamMember")
        })?;
        known(&people, c.stakeholder.as_str(), || {
            format!("{at}.coverage[{i}].stakeholder")
        })?;
    }
    for (i, r) in s.relations.iter().enumerate() {
        known(&people, r.from.as_str(), || {
            format!("{at}.relations[{i}].from")
        })?;
        known(&people, r.to.as_str(), || format!("{at}.relations[{i}].to"))?;
    }
    for (i, g) in s.goals.iter().enumerate() {
        if let Some(p) = &g.stakeholder {
            known(&people, p.as_str(), || {
                format!("{at}.goals[{i}].stakeholder")
            })?;
        }
        if let GoalTarget::Coverage {
            team_member: Some(t),
            ..
        } = &g.target
        {
            known(&team, t.as_str(), || {
                format!("{at}.goals[{i}].target.teamMember")
            })?;
        }
    }
    for (i, initiative) in s.initiatives.iter().enumerate() {
        for (j, g) in initiative.goals.iter().enumerate() {
            known(&goals, g.as_str(), || {
                format!("{at}.initiatives[{i}].goals[{j}]")
            })?;
        }
        if let Some(o) = &initiative.owner {
            known(&team, o.as_str(), || format!("{at}.initiatives[{i}].owner"))?;
        }
    }
    for (i, x) in s.interactions.iter().enumerate() {
        for (j, p) in x.stakeholders.iter().enumerate() {
            known(&people, p.as_str(), || {
                format!("{at}.interactions[{i}].stakeholders[{j}]")
            })?;
        }
        for (j, t) in x.team_members.iter().enumerate() {
            known(&team, t.as_str(), || {
                format!("{at}.interactions[{i}].teamMembers[{j}]")
            })?;
        }
    }
    for (i, n) in s.notes.iter().enumerate() {
        for (j, p) in n.stakeholders.iter().enumerate() {
            known(&people, p.as_str(), || {
                format!("{at}.notes[{i}].stakeholders[{j}]")
            })?;
        }
    }
    for (i, cell) in s.whitespace.iter().enumerate() {
        known(&offerings, cell.offering.as_str(), || {
            format!("{at}.whitespace[{i}].offering")
        })?;
        known(&needs, cell.need.as_str(), || {
            format!("{at}.whitespace[{i}].need")
        })?;
        if let Some(p) = &cell.budget_holder {
            known(&people, p.as_str(), || {
                format!("{at}.whitespace[{i}].budgetHolder")
            })?;
        }
    }
    Ok(())
}
