//! The map's rules applied to a stored snapshot, for the store to call before it persists an
//! edit. They give the same answers (and the same messages) as [`super::StakeholderMap`]'s
//! mutators, without the caller building a graph; a proptest keeps the two in step.

use super::error::{LineKind, MapError};
use crate::ids::{PersonId, StakeholderId, TeamMemberId};
use crate::links::RelationKind;
use crate::people::Stakeholder;
use crate::snapshot::AccountSnapshot;
use std::collections::{HashMap, HashSet};

/// Whether `stakeholder` may get a (solid or dotted) reports-to line to `manager`.
pub fn check_reports_to(
    snapshot: &AccountSnapshot,
    stakeholder: &StakeholderId,
    manager: &StakeholderId,
    dotted: bool,
) -> Result<(), MapError> {
    let report = find_stakeholder(snapshot, stakeholder, LineKind::ReportsTo)?;
    let boss = find_stakeholder(snapshot, manager, LineKind::ReportsTo)?;
    if report.id == boss.id {
        return Err(self_link(report));
    }
    if snapshot
        .reports_to
        .iter()
        .any(|r| r.stakeholder == report.id && r.manager == boss.id)
    {
        return Err(duplicate(report, boss, LineKind::ReportsTo));
    }
    if !dotted
        && let Some(existing) = snapshot
            .reports_to
            .iter()
            .filter(|r| r.stakeholder == report.id && !r.dotted)
            .find_map(|r| snapshot.stakeholder(&r.manager))
    {
        return Err(MapError::SecondSolidManager {
            stakeholder: report.id.clone(),
            stakeholder_name: report.name.clone(),
            manager: existing.id.clone(),
            manager_name: existing.name.clone(),
        });
    }
    if reaches_upward(snapshot, &boss.id, &report.id) {
        return Err(MapError::ReportsToCycle {
            stakeholder: report.id.clone(),
            stakeholder_name: report.name.clone(),
            manager: boss.id.clone(),
            manager_name: boss.name.clone(),
        });
    }
    Ok(())
}

/// Whether `team_member` may get a covers line to `stakeholder`.
pub fn check_coverage(
    snapshot: &AccountSnapshot,
    team_member: &TeamMemberId,
    stakeholder: &StakeholderId,
) -> Result<(), MapError> {
    let Some(member) = snapshot.team_member(team_member) else {
        let as_stakeholder = StakeholderId::new(team_member.as_str());
        return Err(match snapshot.stakeholder(&as_stakeholder) {
            Some(s) => MapError::NotOnOurTeam {
                person: s.id.clone(),
                name: s.name.clone(),
            },
            None => MapError::UnknownPerson {
                person: PersonId::TeamMember(team_member.clone()),
            },
        });
    };
    let covered = find_stakeholder(snapshot, stakeholder, LineKind::Covers)?;
    if snapshot
        .coverage
        .iter()
        .any(|c| c.team_member == member.id && c.stakeholder == covered.id)
    {
        return Err(MapError::DuplicateLine {
            from: PersonId::TeamMember(member.id.clone()),
            from_name: member.name.clone(),
            to: PersonId::Stakeholder(covered.id.clone()),
            to_name: covered.name.clone(),
            line: LineKind::Covers,
        });
    }
    Ok(())
}

/// Whether an influence or conflict line may join `from` and `to`.
pub fn check_relation(
    snapshot: &AccountSnapshot,
    kind: RelationKind,
    from: &StakeholderId,
    to: &StakeholderId,
) -> Result<(), MapError> {
    let line = match kind {
        RelationKind::Influences => LineKind::Influences,
        RelationKind::ConflictsWith => LineKind::ConflictsWith,
    };
    let a = find_stakeholder(snapshot, from, line)?;
    let b = find_stakeholder(snapshot, to, line)?;
    if a.id == b.id {
        return Err(self_link(a));
    }
    let symmetric = kind == RelationKind::ConflictsWith;
    if snapshot.relations.iter().any(|r| {
        r.kind == kind
            && ((r.from == a.id && r.to == b.id) || (symmetric && r.from == b.id && r.to == a.id))
    }) {
        return Err(duplicate(a, b, line));
    }
    Ok(())
}

fn find_stakeholder<'a>(
    snapshot: &'a AccountSnapshot,
    id: &StakeholderId,
    line: LineKind,
) -> Result<&'a Stakeholder, MapError> {
    if let Some(s) = snapshot.stakeholder(id) {
        return Ok(s);
    }
    let as_member = TeamMemberId::new(id.as_str());
    Err(match snapshot.team_member(&as_member) {
        Some(t) => MapError::NotAStakeholder {
            person: t.id.clone(),
            name: t.name.clone(),
            line,
        },
        None => MapError::UnknownPerson {
            person: PersonId::Stakeholder(id.clone()),
        },
    })
}

fn self_link(s: &Stakeholder) -> MapError {
    MapError::SelfLink {
        person: PersonId::Stakeholder(s.id.clone()),
        name: s.name.clone(),
    }
}

fn duplicate(from: &Stakeholder, to: &Stakeholder, line: LineKind) -> MapError {
    MapError::DuplicateLine {
        from: PersonId::Stakeholder(from.id.clone()),
        from_name: from.name.clone(),
        to: PersonId::Stakeholder(to.id.clone()),
        to_name: to.name.clone(),
        line,
    }
}

/// Whether `target` is above `start` along reports-to lines (solid or dotted).
fn reaches_upward(
    snapshot: &AccountSnapshot,
    start: &StakeholderId,
    target: &StakeholderId,
) -> bool {
    let mut managers: HashMap<&StakeholderId, Vec<&StakeholderId>> = HashMap::new();
    for r in &snapshot.reports_to {
        managers.entry(&r.stakeholder).or_default().push(&r.manager);
    }
    let mut seen = HashSet::new();
    let mut stack = vec![start];
    while let Some(at) = stack.pop() {
        if at == target {
            return true;
        }
        if seen.insert(at) {
            stack.extend(managers.get(at).into_iter().flatten().copied());
        }
    }
    false
}
