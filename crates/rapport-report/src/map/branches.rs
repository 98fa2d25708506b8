//! A big map cut along its reporting structure for printing in parts: one manager's whole branch
//! per piece where it fits a page at the print scale; a branch too big for a page is split into
//! its head (the manager with the reports who manage nobody, as the compact layout stacks them)
//! and the branches of the reports who do manage someone, recursively. Our team is a piece of its
//! own. A piece that still does not fit (a huge stack of leaves, cards dragged far apart) is cut
//! into page-sized tiles by position, so nobody is ever left out.

use super::draw::{NOTE_GAP, NOTE_HEIGHT};
use super::scene::{CardKind, Rect, Scene};
use rapport_core::{CARD_HEIGHT, CARD_WIDTH, H_GAP};
use std::collections::HashMap;

/// Room a piece keeps around its cards (map units): a "From page N" note above the top card,
/// coverage badges and a "Continued on page N" note below the lowest.
const ROOM_LEFT: f64 = H_GAP / 2.0 + 6.0;
const ROOM_TOP: f64 = NOTE_HEIGHT + NOTE_GAP + 6.0;
const ROOM_RIGHT: f64 = 14.0;
const ROOM_BOTTOM: f64 = super::badges::DROP + super::badges::HEIGHT / 2.0 + 6.0;

/// One piece of the map as it is printed: some cards, drawn at their places.
pub(crate) struct Branch {
    /// Card indices.
    pub cards: Vec<usize>,
    /// The people the piece hangs from (their manager is elsewhere or nobody): one for a
    /// branch, several for sibling branches printed together, none for our team.
    pub tops: Vec<usize>,
    /// For a tile of a stack too tall for a page: each manager (elsewhere) whose reports it
    /// continues, with the tile's first card under them (one of `tops`, carrying the note).
    pub reports_of: Vec<(usize, usize)>,
    /// The cards' extent with room for notes and badges, in map units.
    pub extent: Rect,
}

/// The solid reporting tree over the scene's client cards, by card index.
pub(crate) struct Hierarchy {
    pub manager: HashMap<usize, usize>,
    pub reports: HashMap<usize, Vec<usize>>,
    /// Client cards without a (reachable) solid manager, in reading order.
    pub roots: Vec<usize>,
}

impl Hierarchy {
    pub fn new(scene: &Scene) -> Self {
        let mut manager = HashMap::new();
        let mut reports: HashMap<usize, Vec<usize>> = HashMap::new();
        for r in scene.snapshot.reports_to.iter().filter(|r| !r.dotted) {
            let (Some(m), Some(s)) = (
                scene.stakeholder_at(&r.manager),
                scene.stakeholder_at(&r.stakeholder),
            ) else {
                continue;
            };
            if m != s && !manager.contains_key(&s) {
                manager.insert(s, m);
                reports.entry(m).or_default().push(s);
            }
        }
        let reading_order = |a: &usize, b: &usize| {
            let (ca, cb) = (&scene.cards[*a], &scene.cards[*b]);
            ca.y.total_cmp(&cb.y)
                .then(ca.x.total_cmp(&cb.x))
                .then(a.cmp(b))
        };
        for list in reports.values_mut() {
            list.sort_by(reading_order);
        }
        let clients: Vec<usize> = (0..scene.cards.len())
            .filter(|&i| matches!(scene.cards[i].kind, CardKind::Stakeholder(_)))
            .collect();
        let mut roots: Vec<usize> = clients
            .iter()
            .copied()
            .filter(|i| !manager.contains_key(i))
            .collect();
        roots.sort_by(reading_order);
        let mut hierarchy = Self {
            manager,
            reports,
            roots,
        };
        // Core refuses cycles; should one slip through, one of its people becomes a root rather
        // than the cycle being lost.
        let mut reached: std::collections::HashSet<usize> = hierarchy
            .roots
            .iter()
            .flat_map(|&r| hierarchy.subtree(r))
            .collect();
        let mut lost: Vec<usize> = clients
            .into_iter()
            .filter(|i| !reached.contains(i))
            .collect();
        lost.sort_by(reading_order);
        for i in lost {
            if reached.insert(i) {
                hierarchy.manager.remove(&i);
                hierarchy.roots.push(i);
                reached.extend(hierarchy.subtree(i));
            }
        }
        hierarchy
    }

    /// `top` and everyone under them, managers before their reports.
    pub fn subtree(&self, top: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![top];
        while let Some(i) = stack.pop() {
            if !seen.insert(i) {
                continue;
            }
            out.push(i);
            if let Some(list) = self.reports.get(&i) {
                stack.extend(list.iter().rev());
            }
        }
        out
    }

    fn manages_anyone(&self, i: usize) -> bool {
        self.reports.get(&i).is_some_and(|l| !l.is_empty())
    }
}

/// The cards' extent with the room a printed piece keeps around them.
pub(crate) fn extent(scene: &Scene, cards: &[usize]) -> Rect {
    let (mut x0, mut y0, mut x1, mut y1) = (
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    );
    for &i in cards {
        let c = &scene.cards[i];
        x0 = x0.min(c.x);
        y0 = y0.min(c.y);
        x1 = x1.max(c.x + CARD_WIDTH);
        y1 = y1.max(c.y + CARD_HEIGHT);
    }
    Rect {
        x: x0 - ROOM_LEFT,
        y: y0 - ROOM_TOP,
        w: x1 - x0 + ROOM_LEFT + ROOM_RIGHT,
        h: y1 - y0 + ROOM_TOP + ROOM_BOTTOM,
    }
}

/// The map's pieces, in reading order (each branch before the branches split off it), each
/// fitting `room` (map units).
pub(crate) fn branches(scene: &Scene, hierarchy: &Hierarchy, room: (f64, f64)) -> Vec<Branch> {
    let mut out = Vec::new();
    for &root in &hierarchy.roots {
        cut(scene, hierarchy, root, room, &mut out);
    }
    let team: Vec<usize> = (0..scene.cards.len())
        .filter(|&i| matches!(scene.cards[i].kind, CardKind::Team { .. }))
        .collect();
    if !team.is_empty() {
        piece(scene, hierarchy, team, Vec::new(), room, &mut out);
    }
    out
}

fn fits(r: &Rect, (w, h): (f64, f64)) -> bool {
    r.w <= w && r.h <= h
}

fn cut(scene: &Scene, h: &Hierarchy, top: usize, room: (f64, f64), out: &mut Vec<Branch>) {
    let whole = h.subtree(top);
    if fits(&extent(scene, &whole), room) {
        out.push(Branch {
            extent: extent(scene, &whole),
            cards: whole,
            tops: vec![top],
            reports_of: Vec::new(),
        });
        return;
    }
    // Too big: the manager with the reports who manage nobody, then the branches under them,
    // neighbours on the map printed together (with the manager, too) while they fit.
    let reports = h.reports.get(&top).cloned().unwrap_or_default();
    let head: Vec<usize> = std::iter::once(top)
        .chain(reports.iter().copied().filter(|&r| !h.manages_anyone(r)))
        .collect();
    let mut group = (head, vec![top]);
    for r in reports.into_iter().filter(|&r| h.manages_anyone(r)) {
        let sub = h.subtree(r);
        let together: Vec<usize> = group.0.iter().chain(&sub).copied().collect();
        if !group.0.is_empty() && fits(&extent(scene, &together), room) {
            group.0 = together;
            group.1.push(r);
        } else if fits(&extent(scene, &sub), room) {
            let done = std::mem::replace(&mut group, (sub, vec![r]));
            piece(scene, h, done.0, done.1, room, out);
        } else {
            let done = std::mem::take(&mut group);
            piece(scene, h, done.0, done.1, room, out);
            cut(scene, h, r, room, out);
        }
    }
    piece(scene, h, group.0, group.1, room, out);
}

/// `cards` as one piece if they fit `room`, else as page-sized tiles by position.
fn piece(
    scene: &Scene,
    h: &Hierarchy,
    cards: Vec<usize>,
    tops: Vec<usize>,
    room: (f64, f64),
    out: &mut Vec<Branch>,
) {
    if cards.is_empty() {
        return;
    }
    let whole = extent(scene, &cards);
    if fits(&whole, room) {
        out.push(Branch {
            extent: whole,
            cards,
            tops,
            reports_of: Vec::new(),
        });
        return;
    }
    let step_x = (room.0 - ROOM_LEFT - ROOM_RIGHT - CARD_WIDTH).max(1.0);
    let step_y = (room.1 - ROOM_TOP - ROOM_BOTTOM - CARD_HEIGHT).max(1.0);
    let (x0, y0) = (whole.x + ROOM_LEFT, whole.y + ROOM_TOP);
    let mut tiles: std::collections::BTreeMap<(i64, i64), Vec<usize>> = Default::default();
    for i in cards {
        let c = &scene.cards[i];
        let cell = (
            ((c.y - y0) / step_y).floor() as i64,
            ((c.x - x0) / step_x).floor() as i64,
        );
        tiles.entry(cell).or_default().push(i);
    }
    for (_, tile) in tiles {
        let mut tile_tops: Vec<usize> = tops.iter().copied().filter(|t| tile.contains(t)).collect();
        // A tile without its manager (part of a tall stack of reports) hangs from them all the
        // same: its first card per such manager carries the "From page N" note, and the caption
        // says whose reports these are.
        let mut reports_of = Vec::new();
        let mut by_reading = tile.clone();
        by_reading.sort_by(|a, b| {
            let (ca, cb) = (&scene.cards[*a], &scene.cards[*b]);
            ca.y.total_cmp(&cb.y).then(ca.x.total_cmp(&cb.x))
        });
        for &c in &by_reading {
            if let Some(&m) = h.manager.get(&c)
                && !tile.contains(&m)
                && !reports_of.iter().any(|&(seen, _)| seen == m)
                && !tile_tops.contains(&c)
            {
                reports_of.push((m, c));
                tile_tops.push(c);
            }
        }
        out.push(Branch {
            extent: extent(scene, &tile),
            cards: tile,
            tops: tile_tops,
            reports_of,
        });
    }
}
