//! The stakeholder map as vector art, drawn from the stored positions in the editor's visual
//! language (see `ui/src/features/map/visualLanguage.ts`, `PersonCard.tsx`, `lines.tsx`).
//!
//! Plain `rect`/`path`/`text` SVG only: typst and resvg both draw it, and typst keeps its text as
//! real (selectable, searchable) text in the PDF.

mod draw;
mod legend;
pub(crate) mod pages;
pub(crate) mod style;

use rapport_core::{
    AccountSnapshot, Attitude, CARD_HEIGHT, CARD_WIDTH, LayoutMode, PersonId, Stakeholder,
    TeamMember,
};
use std::collections::HashMap;

pub(crate) use draw::{Overlay, draw};
pub(crate) use legend::legend;

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

        Self {
            snapshot,
            client_safe,
            cards,
            index,
            bounds,
        }
    }

    pub fn stakeholder_card(&self, id: &rapport_core::StakeholderId) -> Option<&Card<'a>> {
        self.index
            .get(&PersonId::Stakeholder(id.clone()))
            .map(|&i| &self.cards[i])
    }

    pub fn team_card(&self, id: &rapport_core::TeamMemberId) -> Option<&Card<'a>> {
        self.index
            .get(&PersonId::TeamMember(id.clone()))
            .map(|&i| &self.cards[i])
    }
}

/// Small images the plan's tables share with the map: the five attitude marks (in
/// [`Attitude::ALL`] order), then the influence dots for 0 to 5. They come first in the
/// template's image list.
pub(crate) fn glyphs() -> Vec<String> {
    let mut out = Vec::with_capacity(GLYPHS);
    for a in Attitude::ALL {
        out.push(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 14 14\" width=\"14\" \
             height=\"14\"><path d=\"{}\" fill=\"{}\"/></svg>",
            style::attitude_mark(a, 7.0, 7.0, 14.0),
            style::attitude_colour(a)
        ));
    }
    for level in 0..=5u8 {
        let mut body = String::new();
        draw::pips(&mut body, 44.0, 4.0, level);
        out.push(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 44 8\" width=\"44\" \
             height=\"8\">{body}</svg>"
        ));
    }
    out
}

/// How many images [`glyphs`] returns.
pub(crate) const GLYPHS: usize = 11;

pub(crate) fn mark_image(a: Attitude) -> usize {
    Attitude::ALL.iter().position(|&x| x == a).unwrap_or(0)
}

pub(crate) fn pips_image(influence: u8) -> usize {
    Attitude::ALL.len() + usize::from(influence.min(5))
}

/// The whole map as one SVG document in map units (1 unit = 1 px at 100 %), with its legend
/// underneath: what `rapport export-map --format svg` writes.
pub(crate) fn standalone_svg(snapshot: &AccountSnapshot, client_safe: bool) -> String {
    let scene = Scene::new(snapshot, client_safe);
    let b = scene.bounds;
    let legend_width = b.w.max(900.0);
    let legend = legend(client_safe, legend_width - 2.0 * MARGIN);
    let width = legend_width.max(b.w);
    let height = b.h + legend.height + MARGIN;
    let mut svg = String::with_capacity(4096 + scene.cards.len() * 1600);
    draw::open_svg(
        &mut svg,
        Rect {
            x: b.x,
            y: b.y,
            w: width,
            h: height,
        },
        width,
        height,
    );
    draw::background(&mut svg, b.x, b.y, width, height);
    draw::content(&mut svg, &scene, b, &Overlay::None);
    svg.push_str(&format!(
        "<g transform=\"translate({} {})\">",
        draw::num(b.x + MARGIN),
        draw::num(b.bottom())
    ));
    svg.push_str(&legend.body);
    svg.push_str("</g></svg>\n");
    svg
}

#[cfg(test)]
mod tests;
