//! Automatic layout of the map: where every card goes.
//!
//! The client's people are laid out as a hierarchy over solid reports-to lines (the `tree`
//! module), our team in its own lane below, each of ours under the people they cover. Cards the
//! facilitator placed are respected: [`LayoutMode::UnplacedOnly`] moves nobody who has a
//! position, [`LayoutMode::Full`] moves everybody except pinned cards. New cards never overlap
//! any other card: they are nudged into free room (the `free_space` module), found through a
//! grid index, so laying out 10,000 people stays well under a frame budget.
//!
//! The editor and the PDF draw cards of the same size ([`CARD_WIDTH`] × [`CARD_HEIGHT`]), so a
//! layout that does not overlap on screen does not overlap on paper.

mod free_space;
mod tree;

use crate::ids::PersonId;
use crate::index::AccountIndex;
use crate::people::{Placement, Position};
use crate::snapshot::AccountSnapshot;
use free_space::{COLUMN, FreeSpace, ROW};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A card's size in map units, shared by the editor and the PDF.
pub const CARD_WIDTH: f64 = 240.0;
pub const CARD_HEIGHT: f64 = 112.0;
/// The least room between two cards side by side, and between two rows of cards.
pub const H_GAP: f64 = 40.0;
pub const V_GAP: f64 = 90.0;
/// The room between the client's lowest card and our team's lane: wider than a row gap so the
/// two sides of the table read as separate.
pub const TEAM_LANE_GAP: f64 = 160.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum LayoutMode {
    /// Place only people without a position; everyone placed (pinned or not) stays.
    UnplacedOnly,
    /// Lay everyone out afresh, except pinned cards.
    Full,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonPosition {
    pub person: PersonId,
    pub position: Position,
}

/// A position for every person on the map: stakeholders in snapshot order, then our team.
pub fn layout(snapshot: &AccountSnapshot, mode: LayoutMode) -> Vec<PersonPosition> {
    let index = AccountIndex::new(snapshot);
    let stays = |placement: &Option<Placement>| match (mode, placement) {
        (LayoutMode::UnplacedOnly, Some(p)) => Some(p.position),
        (LayoutMode::Full, Some(p)) if p.pinned => Some(p.position),
        _ => None,
    };
    let fixed_stakeholders: Vec<Option<Position>> = snapshot
        .stakeholders
        .iter()
        .map(|s| stays(&s.placement))
        .collect();
    let fixed_team: Vec<Option<Position>> =
        snapshot.team.iter().map(|t| stays(&t.placement)).collect();

    let mut space = FreeSpace::new();
    for &at in fixed_stakeholders.iter().chain(&fixed_team).flatten() {
        space.occupy(at);
    }

    let stakeholders = place_stakeholders(&index, &fixed_stakeholders, &mut space);
    let team = place_team(&index, &fixed_team, &stakeholders, &mut space);

    let people = snapshot
        .stakeholders
        .iter()
        .map(|s| PersonId::Stakeholder(s.id.clone()))
        .chain(
            snapshot
                .team
                .iter()
                .map(|t| PersonId::TeamMember(t.id.clone())),
        );
    people
        .zip(stakeholders.into_iter().chain(team))
        .map(|(person, position)| PersonPosition { person, position })
        .collect()
}

/// The hierarchy's positions, shifted so that a free subtree follows its nearest placed manager
/// (a new report appears under the boss the facilitator already put somewhere), then nudged
/// into free room row by row.
fn place_stakeholders(
    index: &AccountIndex<'_>,
    fixed: &[Option<Position>],
    space: &mut FreeSpace,
) -> Vec<Position> {
    let tree = tree::hierarchy(index);
    let n = fixed.len();
    let natural = |i: usize| Position {
        x: tree.column[i] * COLUMN,
        y: tree.row[i] as f64 * ROW,
    };

    let mut shift = vec![Position::default(); n];
    for &i in &tree.preorder {
        shift[i] = match (fixed[i], tree.parent[i]) {
            (Some(at), _) => {
                let own = natural(i);
                let d = Position {
                    x: at.x - own.x,
                    y: at.y - own.y,
                };
                if d.x.is_finite() && d.y.is_finite() {
                    d
                } else {
                    Position::default()
                }
            }
            (None, Some(manager)) => shift[manager],
            (None, None) => Position::default(),
        };
    }

    let mut positions: Vec<Position> = (0..n)
        .map(|i| {
            let own = natural(i);
            fixed[i].unwrap_or(Position {
                x: own.x + shift[i].x,
                y: own.y + shift[i].y,
            })
        })
        .collect();

    // Top rows first, left to right, so a nudged card pushes its row-mates along rather than
    // scattering them.
    let mut free: Vec<usize> = tree
        .preorder
        .iter()
        .copied()
        .filter(|&i| fixed[i].is_none())
        .collect();
    free.sort_by(|&a, &b| {
        positions[a]
            .y
            .total_cmp(&positions[b].y)
            .then_with(|| positions[a].x.total_cmp(&positions[b].x))
    });
    for i in free {
        positions[i] = space.place(positions[i]);
    }
    positions
}

/// Our team's lane: one row below the client's lowest card, each of ours under the centre of
/// the people they cover (people covering nobody at the end, by name).
fn place_team(
    index: &AccountIndex<'_>,
    fixed: &[Option<Position>],
    stakeholders: &[Position],
    space: &mut FreeSpace,
) -> Vec<Position> {
    let lowest_client = stakeholders
        .iter()
        .map(|p| p.y + CARD_HEIGHT)
        .filter(|y| y.is_finite())
        .fold(f64::NEG_INFINITY, f64::max);
    let lane = if lowest_client.is_finite() {
        lowest_client + TEAM_LANE_GAP
    } else {
        0.0
    };

    let centre_of_covered = |t: usize| {
        let xs: Vec<f64> = index
            .coverage_by(t)
            .map(|(_, i)| stakeholders[i].x + CARD_WIDTH / 2.0)
            .filter(|x| x.is_finite())
            .collect();
        (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64 - CARD_WIDTH / 2.0)
    };
    let mut free: Vec<(usize, Option<f64>)> = (0..fixed.len())
        .filter(|&t| fixed[t].is_none())
        .map(|t| (t, centre_of_covered(t)))
        .collect();
    free.sort_by(|(a, xa), (b, xb)| {
        let (ta, tb) = (index.team_member(*a), index.team_member(*b));
        xa.is_none()
            .cmp(&xb.is_none())
            .then_with(|| xa.unwrap_or(0.0).total_cmp(&xb.unwrap_or(0.0)))
            .then_with(|| (&ta.name, &ta.id).cmp(&(&tb.name, &tb.id)))
    });

    let mut positions: Vec<Position> = fixed.iter().map(|p| p.unwrap_or_default()).collect();
    space.new_spill_row();
    let mut previous: Option<f64> = None;
    for (t, wanted) in free {
        let mut x = wanted.unwrap_or_else(|| previous.map_or(0.0, |p| p + COLUMN));
        if let Some(p) = previous {
            x = x.max(p + COLUMN);
        }
        previous = Some(x);
        positions[t] = space.place(Position { x, y: lane });
    }
    positions
}

#[cfg(test)]
mod tests;
