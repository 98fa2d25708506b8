//! Who of ours covers whom, as tables of team members (columns) against their people (rows).

use super::Pair;
use super::names::Names;
use rapport_core::{
    AccountSnapshot, Stakeholder, StakeholderId, Strength, TeamMemberId, client_safe,
};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize)]
pub(crate) struct CoverageDoc {
    pub tables: Vec<CoverageTable>,
    pub uncovered: Vec<String>,
    pub notes: Vec<Pair>,
}

#[derive(Serialize)]
pub(crate) struct CoverageTable {
    pub columns: Vec<String>,
    pub rows: Vec<CoverageRow>,
}

#[derive(Serialize)]
pub(crate) struct CoverageRow {
    pub name: String,
    pub title: String,
    pub cells: Vec<Cell>,
}

#[derive(Serialize)]
pub(crate) struct Cell {
    pub text: String,
    /// The strength we want, when higher than today's; else empty.
    pub want: String,
    /// 0 (no line) to 4 (advisor), for shading.
    pub level: u8,
    /// Below the strength we want.
    pub gap: bool,
}

/// Team members per coverage table, so every column stays wide enough on a portrait page.
const COVERAGE_COLUMNS: usize = 5;

pub(super) fn coverage(snapshot: &AccountSnapshot, safe: bool, names: &Names) -> CoverageDoc {
    // The strongest line per pair, with the strength we want.
    let mut best: HashMap<(&TeamMemberId, &StakeholderId), (Strength, Strength)> = HashMap::new();
    for c in &snapshot.coverage {
        let e = best
            .entry((&c.team_member, &c.stakeholder))
            .or_insert((c.strength, c.desired));
        if c.strength > e.0 {
            *e = (c.strength, c.desired);
        }
    }
    let mut people: Vec<&Stakeholder> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .collect();
    people.sort_by(|a, b| {
        (std::cmp::Reverse(a.influence), a.name.to_lowercase(), &a.id).cmp(&(
            std::cmp::Reverse(b.influence),
            b.name.to_lowercase(),
            &b.id,
        ))
    });

    let tables = snapshot
        .team
        .chunks(COVERAGE_COLUMNS)
        .map(|members| CoverageTable {
            columns: members.iter().map(|m| m.name.clone()).collect(),
            rows: people
                .iter()
                .filter(|s| members.iter().any(|m| best.contains_key(&(&m.id, &s.id))))
                .map(|s| CoverageRow {
                    name: s.name.clone(),
                    title: s.title.clone(),
                    cells: members
                        .iter()
                        .map(|m| match best.get(&(&m.id, &s.id)) {
                            None => Cell {
                                text: String::new(),
                                want: String::new(),
                                level: 0,
                                gap: false,
                            },
                            Some(&(strength, desired)) if desired > strength => Cell {
                                text: strength.word().into(),
                                want: format!("→ {}", desired.word()),
                                level: strength.level(),
                                gap: true,
                            },
                            Some(&(strength, _)) => Cell {
                                text: strength.word().into(),
                                want: String::new(),
                                level: strength.level(),
                                gap: false,
                            },
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();

    let uncovered = people
        .iter()
        .filter(|s| {
            !snapshot
                .coverage
                .iter()
                .any(|c| c.stakeholder == s.id && c.strength >= Strength::Aware)
        })
        .map(|s| s.name.clone())
        .collect();

    let notes = if !client_safe::internal_notes_shown(safe) {
        Vec::new()
    } else {
        snapshot
            .coverage
            .iter()
            .filter(|c| !c.notes.trim().is_empty())
            .map(|c| Pair {
                label: format!(
                    "{} → {}",
                    names.member(&c.team_member),
                    names.stakeholder(&c.stakeholder)
                ),
                value: c.notes.trim().to_string(),
            })
            .collect()
    };
    CoverageDoc {
        tables,
        uncovered,
        notes,
    }
}
