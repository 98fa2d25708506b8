//! Every card of an account at its place on the map, and the geometry the drawing shares.

use rapport_core::{
    AccountSnapshot, CARD_HEIGHT, CARD_WIDTH, LayoutMode, PersonId, Stakeholder, TeamMember,
};
use rapport_core::{CoverageBadge, StakeholderId, coverage_badges, coverage_view};
use std::collections::{BTreeMap, HashMap};

/// A rectangle in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    pub fn grow(&self, by: f64) -> Rect {
        Rect {
            x: self.x - by,
            y: self.y - by,
            w: self.w + 2.0 * by,
            h: self.h + 2.0 * by,
        }
    }
}

pub(crate) enum CardKind<'a> {
    Stakeholder(&'a Stakeholder),
    Team {
        member: &'a TeamMember,
        covers: usize,
    },
}

pub(crate) struct Card<'a> {
    pub kind: CardKind<'a>,
    /// Top-left corner, as stored.
    pub x: f64,
    pub y: f64,
}

impl Card<'_> {
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            w: CARD_WIDTH,
            h: CARD_HEIGHT,
        }
    }
}

/// Room around the outermost cards, in map units.
pub(crate) const MARGIN: f64 = 24.0;

/// Every card of an account at its place, and the lines between them by card index.
pub(crate) struct Scene<'a> {
    pub snapshot: &'a AccountSnapshot,
    pub client_safe: bool,
    pub cards: Vec<Card<'a>>,
    /// Card index by person.
    pub index: HashMap<PersonId, usize>,
    /// The cards' extent plus [`MARGIN`]; a 1×1 card-sized area for an empty map.
    pub bounds: Rect,
    /// On a big map (core's `coverage_view`), coverage as badges on the client's cards instead of
    /// lines: by client person, strongest first.
    pub badges: Option<BTreeMap<StakeholderId, Vec<CoverageBadge>>>,
}

impl<'a> Scene<'a> {
    /// Places everyone: the stored position, or (for people never placed) where the editor's
    /// "lay out unplaced" would put them, so nobody is ever left off the map.
    pub fn new(snapshot: &'a AccountSnapshot, client_safe: bool) -> Self {
        let unplaced = snapshot.stakeholders.iter().any(|s| s.placement.is_none())
            || snapshot.team.iter().any(|t| t.placement.is_none());
        let laid_out: HashMap<PersonId, (f64, f64)> = if unplaced {
            rapport_core::layout(snapshot, LayoutMode::UnplacedOnly)
                .into_iter()
                .map(|p| (p.person, (p.position.x, p.position.y)))
                .collect()
        } else {
            HashMap::new()
        };
        let at = |id: PersonId, placement: Option<rapport_core::Placement>| {
            placement
                .map(|p| (p.position.x, p.position.y))
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .or_else(|| laid_out.get(&id).copied())
                .unwrap_or((0.0, 0.0))
        };

        let mut covers: HashMap<&rapport_core::TeamMemberId, usize> = HashMap::new();
        for c in &snapshot.coverage {
            *covers.entry(&c.team_member).or_default() += 1;
        }

        let mut cards = Vec::with_capacity(snapshot.stakeholders.len() + snapshot.team.len());
        let mut index = HashMap::with_capacity(cards.capacity());
        for s in &snapshot.stakeholders {
            let id = PersonId::Stakeholder(s.id.clone());
            let (x, y) = at(id.clone(), s.placement);
            index.insert(id, cards.len());
            cards.push(Card {
                kind: CardKind::Stakeholder(s),
                x,
                y,
            });
        }
        for t in &snapshot.team {
            let id = PersonId::TeamMember(t.id.clone());
            let (x, y) = at(id.clone(), t.placement);
            index.insert(id, cards.len());
            cards.push(Card {
                kind: CardKind::Team {
                    member: t,
                    covers: covers.get(&t.id).copied().unwrap_or(0),
                },
                x,
                y,
            });
        }

        let bounds = if cards.is_empty() {
            Rect {
                x: 0.0,
                y: 0.0,
                w: CARD_WIDTH,
                h: CARD_HEIGHT,
            }
        } else {
            let min_x = cards.iter().map(|c| c.x).fold(f64::INFINITY, f64::min);
            let min_y = cards.iter().map(|c| c.y).fold(f64::INFINITY, f64::min);
            let max_x = cards.iter().map(|c| c.x).fold(f64::NEG_INFINITY, f64::max);
            let max_y = cards.iter().map(|c| c.y).fold(f64::NEG_INFINITY, f64::max);
            Rect {
                x: min_x,
                y: min_y,
                w: max_x - min_x + CARD_WIDTH,
                h: max_y - min_y + CARD_HEIGHT,
            }
        }
        .grow(MARGIN);

        let badges = coverage_view(snapshot)
            .as_badges
            .then(|| coverage_badges(snapshot));
        Self {
            snapshot,
            client_safe,
            cards,
            index,
            bounds,
            badges,
        }
    }

    /// The card index of a client person.
    pub fn stakeholder_at(&self, id: &StakeholderId) -> Option<usize> {
        self.index.get(&PersonId::Stakeholder(id.clone())).copied()
    }

    /// The card index of one of ours.
    pub fn team_at(&self, id: &rapport_core::TeamMemberId) -> Option<usize> {
        self.index.get(&PersonId::TeamMember(id.clone())).copied()
    }
}
