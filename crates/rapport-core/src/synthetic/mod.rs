//! Generated accounts of any size, for benchmarks and performance tests across the workspace.
//!
//! The generator is deterministic (a small xorshift inside, no `rand` crate, so the same seed
//! gives the same account on every machine and version) and the result always satisfies the
//! map's rules: reports-to lines only ever point from a deeper level of the tree to a shallower
//! one, so no cycle is possible, and each person gets at most one solid manager.

mod people;
mod rng;

use people::{DEPARTMENTS, our_name, person_name, roles, title};
use rng::Rng;

use crate::account::{
    Account, LifecycleStage, LifetimeValueInputs, ReferenceKind, Referenceability,
};
use crate::ids::{GoalId, InteractionId, LinkId, NeedId, OfferingId, StakeholderId, TeamMemberId};
use crate::links::{Coverage, Relation, RelationKind, ReportsTo, Strength};
use crate::people::{Attitude, Stakeholder, StakeholderStatus, TeamMember, TeamRole};
use crate::plan::{Goal, GoalStatus, GoalTarget, Interaction, InteractionKind, Priority};
use crate::snapshot::AccountSnapshot;
use crate::whitespace::{Need, Offering, WhitespaceCell, WhitespaceState};
use chrono::{Days, NaiveDate};
use std::collections::HashSet;

/// The "today" synthetic dates are relative to; pass it to analysis for realistic findings.
pub fn synthetic_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).expect("valid date")
}

/// A generated account with about `people` stakeholders in a 4–6 level tree across departments,
/// `max(2, people / 25)` team members and about three lines per person (reports-to, a few dotted
/// lines, coverage, influence and conflict), plus interactions, goals and a small whitespace
/// grid. Nobody is placed, so layout has everything to do.
pub fn synthetic_account(people: usize, seed: u64) -> AccountSnapshot {
    let mut rng = Rng::new(seed);
    let today = synthetic_today();
    let mut account = Account::named(
        format!("synthetic-{seed}"),
        "Northwind Holdings",
        NaiveDate::from_ymd_opt(2021, 3, 1).expect("valid date"),
    );
    account.industry = "Logistics".into();
    account.region = "EMEA".into();
    account.size = format!("{} employees", people * 12);
    account.lifecycle_stage = LifecycleStage::Loyalty;
    account.annual_revenue = 1_250_000.0;
    account.currency = "EUR".into();
    account.lifetime_value = LifetimeValueInputs {
        average_deal_size: 180_000.0,
        purchases_per_year: 3.0,
        expected_tenure_years: 6.0,
        gross_margin: Some(0.35),
    };
    account.relationship_word = "Steady".into();
    account.referenceability = Referenceability {
        willing_to: vec![ReferenceKind::ReferenceCall],
        ..Referenceability::default()
    };

    let mut snapshot = AccountSnapshot::empty(account);
    let mut links = 0usize;
    let mut next_link = || {
        links += 1;
        LinkId::new(format!("l{links:06}"))
    };

    // The tree, level by level: branching b is the smallest with b^4 >= people, which gives five
    // levels for 100 to 10,000 people (fewer for tiny accounts).
    let branching = (2..).find(|b: &usize| b.pow(4) >= people).unwrap_or(2);
    let mut level_of = Vec::with_capacity(people);
    let mut parent_of: Vec<Option<usize>> = Vec::with_capacity(people);
    let mut department_of: Vec<usize> = Vec::with_capacity(people);
    let mut level_start = vec![0usize];
    let mut level = 0usize;
    let mut level_size = 1usize;
    for i in 0..people {
        if i >= level_start[level] + level_size {
            level_start.push(i);
            level += 1;
            level_size *= branching;
        }
        let pos = i - level_start[level];
        let parent = if level == 0 {
            None
        } else {
            let (start, end) = (level_start[level - 1], level_start[level]);
            let mut p = start + (pos / branching).min(end - start - 1);
            // Uneven spans of control, as in real organisations.
            if rng.chance(30) {
                p = if rng.chance(50) {
                    p.saturating_sub(1).max(start)
                } else {
                    (p + 1).min(end - 1)
                };
            }
            Some(p)
        };
        let department = match parent {
            None => usize::MAX, // the CEO's office
            Some(_) if level == 1 => pos % DEPARTMENTS.len(),
            // A few people sit in another department than their manager (matrix organisations).
            Some(_) if rng.chance(8) => rng.below(DEPARTMENTS.len()),
            Some(p) => department_of[p],
        };
        level_of.push(level);
        parent_of.push(parent);
        department_of.push(department);
    }

    for i in 0..people {
        let level = level_of[i];
        let department = DEPARTMENTS
            .get(department_of[i])
            .copied()
            .unwrap_or("Executive");
        let mut s = Stakeholder::named(stakeholder_id(i), person_name(i, seed));
        s.title = title(level, department, &mut rng);
        s.department = department.to_owned();
        s.email = format!(
            "{}@northwind.example",
            s.name.to_lowercase().replace([' ', '.'], "")
        );
        s.influence = (5usize.saturating_sub(level).max(1) as i64
            + if rng.chance(30) {
                if rng.chance(50) { 1 } else { -1 }
            } else {
                0
            })
        .clamp(1, 5) as u8;
        s.roles = roles(level, department, &mut rng);
        if rng.chance(2) {
            s.role_tag = "coach".into();
        }
        s.attitude = rng.weighted(&[
            (Attitude::Champion, 8),
            (Attitude::Supporter, 27),
            (Attitude::Neutral, 40),
            (Attitude::Skeptic, 17),
            (Attitude::Blocker, 8),
        ]);
        if i > 0 && rng.chance(3) {
            s.status = StakeholderStatus::LeftCompany;
        }
        if rng.chance(80) {
            s.last_contact = Some(rng.days_before(today, 240));
        }
        s.cadence_days = rng.weighted(&[(None, 70), (Some(30), 15), (Some(60), 15)]);
        if rng.chance(30) {
            s.nps_score = Some(rng.below(11) as u8);
        }
        snapshot.stakeholders.push(s);

        if let Some(p) = parent_of[i] {
            snapshot.reports_to.push(ReportsTo {
                id: next_link(),
                stakeholder: stakeholder_id(i),
                manager: stakeholder_id(p),
                dotted: false,
            });
            // A dotted line to someone strictly higher up keeps the tree free of cycles.
            if level >= 2 && rng.chance(5) {
                let upper_level = level - 1 - rng.below(2);
                let (start, end) = (level_start[upper_level], level_start[upper_level + 1]);
                let m = start + rng.below(end - start);
                if m != p {
                    snapshot.reports_to.push(ReportsTo {
                        id: next_link(),
                        stakeholder: stakeholder_id(i),
                        manager: stakeholder_id(m),
                        dotted: true,
                    });
                }
            }
        }
    }

    let team_size = (people / 25).max(2);
    for t in 0..team_size {
        let role = match t {
            0 => TeamRole::AccountManager,
            1 => TeamRole::ExecutiveSponsor,
            _ => [
                TeamRole::Specialist,
                TeamRole::Support,
                TeamRole::AccountManager,
                TeamRole::Specialist,
                TeamRole::Other,
            ][t % 5],
        };
        let mut member = TeamMember::named(team_id(t), our_name(t), role);
        member.title = role.label().to_owned();
        snapshot.team.push(member);
    }

    // Coverage: each of ours leans towards some departments; senior and influential people get
    // more relationships. Legal is left uncovered on purpose (see DEPARTMENTS).
    for (i, &department) in department_of.iter().enumerate() {
        let s = &snapshot.stakeholders[i];
        if s.department == "Legal" {
            continue;
        }
        let wanted = match s.influence {
            5 => 3,
            4 => 2 + usize::from(rng.chance(50)),
            3 => 1 + usize::from(rng.chance(60)),
            _ => usize::from(rng.chance(95)) + usize::from(rng.chance(55)),
        }
        .min(team_size);
        let lean = department.min(DEPARTMENTS.len()) * team_size / (DEPARTMENTS.len() + 1);
        let mut chosen: Vec<usize> = Vec::with_capacity(wanted);
        while chosen.len() < wanted {
            let t = if chosen.is_empty() {
                (lean + rng.below(team_size.div_ceil(4).max(1))) % team_size
            } else {
                rng.below(team_size)
            };
            if !chosen.contains(&t) {
                chosen.push(t);
            }
        }
        for t in chosen {
            let strength = rng.weighted(&[
                (Strength::None, 5),
                (Strength::Aware, 25),
                (Strength::Acquainted, 35),
                (Strength::Trusted, 25),
                (Strength::Advisor, 10),
            ]);
            let desired = if rng.chance(30) {
                Strength::from_level(strength.level() + 1).unwrap_or(Strength::Advisor)
            } else {
                strength
            };
            let last_interaction = rng.chance(70).then(|| rng.days_before(today, 200));
            snapshot.coverage.push(Coverage {
                id: next_link(),
                team_member: team_id(t),
                stakeholder: stakeholder_id(i),
                strength,
                desired,
                last_interaction,
                notes: String::new(),
            });
        }
    }

    // Influence and conflict lines between people, never twice between the same pair.
    if people >= 2 {
        let mut seen: HashSet<(bool, usize, usize)> = HashSet::new();
        for i in 0..people {
            for (kind, percent) in [
                (RelationKind::Influences, 20),
                (RelationKind::ConflictsWith, 8),
            ] {
                if !rng.chance(percent) {
                    continue;
                }
                let j = (i + 1 + rng.below(people - 1)) % people;
                let conflict = kind == RelationKind::ConflictsWith;
                let pair = if conflict {
                    (conflict, i.min(j), i.max(j))
                } else {
                    (conflict, i, j)
                };
                if seen.insert(pair) {
                    snapshot.relations.push(Relation {
                        id: next_link(),
                        kind,
                        from: stakeholder_id(i),
                        to: stakeholder_id(j),
                        note: String::new(),
                    });
                }
            }
        }
    }

    if people > 0 {
        for n in 0..people / 10 {
            let count = 1 + rng.below(3);
            let mut stakeholders: Vec<StakeholderId> = (0..count)
                .map(|_| stakeholder_id(rng.below(people)))
                .collect();
            stakeholders.sort();
            stakeholders.dedup();
            snapshot.interactions.push(Interaction {
                id: InteractionId::new(format!("i{n:06}")),
                date: rng.days_before(today, 400),
                kind: rng.weighted(&[
                    (InteractionKind::RelationshipBuilding, 35),
                    (InteractionKind::ValueAdd, 30),
                    (InteractionKind::Firefighting, 15),
                    (InteractionKind::Escalation, 8),
                    (InteractionKind::UnvaluedWork, 12),
                ]),
                stakeholders,
                team_members: vec![team_id(rng.below(team_size))],
                note: String::new(),
            });
        }
        for n in 0..people / 20 {
            let i = rng.below(people);
            snapshot.goals.push(Goal {
                id: GoalId::new(format!("g{n:05}")),
                stakeholder: Some(stakeholder_id(i)),
                title: format!("Reach 'trusted' with {}", snapshot.stakeholders[i].name),
                priority: rng.weighted(&[
                    (Priority::High, 2),
                    (Priority::Medium, 5),
                    (Priority::Low, 3),
                ]),
                target: GoalTarget::Coverage {
                    team_member: Some(team_id(rng.below(team_size))),
                    from: Strength::Acquainted,
                    to: Strength::Trusted,
                },
                created_on: rng.days_before(today, 300),
                due: Some(today + Days::new(rng.below(120) as u64)),
                status: rng.weighted(&[
                    (GoalStatus::Open, 4),
                    (GoalStatus::InProgress, 3),
                    (GoalStatus::Achieved, 2),
                    (GoalStatus::Dropped, 1),
                ]),
            });
        }
    }

    for (n, name) in [
        "Freight platform",
        "Analytics",
        "Managed services",
        "Training",
    ]
    .into_iter()
    .enumerate()
    {
        snapshot.offerings.push(Offering {
            id: OfferingId::new(format!("o{n}")),
            name: name.into(),
            ..Offering::default()
        });
    }
    for (n, name) in ["Road", "Sea", "Warehousing"].into_iter().enumerate() {
        snapshot.needs.push(Need {
            id: NeedId::new(format!("n{n}")),
            name: name.into(),
        });
    }
    for offering in 0..snapshot.offerings.len() {
        for need in 0..snapshot.needs.len() {
            snapshot.whitespace.push(WhitespaceCell {
                offering: OfferingId::new(format!("o{offering}")),
                need: NeedId::new(format!("n{need}")),
                state: rng.weighted(&[
                    (WhitespaceState::Owned, 3),
                    (WhitespaceState::InProgress, 2),
                    (WhitespaceState::Opportunity, 3),
                    (WhitespaceState::Competitor, 2),
                    (WhitespaceState::NotRelevant, 1),
                ]),
                budget_holder: (people > 0).then(|| stakeholder_id(rng.below(people.min(12)))),
                ..WhitespaceCell::default()
            });
        }
    }
    snapshot
}

fn stakeholder_id(i: usize) -> StakeholderId {
    StakeholderId::new(format!("s{i:06}"))
}

fn team_id(t: usize) -> TeamMemberId {
    TeamMemberId::new(format!("t{t:04}"))
}

#[cfg(test)]
mod tests;
