//! The pieces of a map printed in parts, packed onto pages in reading order (small sibling
//! branches share a page, side by side), and each page drawn as one SVG with the notes that say
//! where a branch continues ("Continued on page N" under the manager, "From page N" over the
//! branch's top person).

use super::branches::{Branch, Hierarchy};
use super::draw::{Overlay, PartCards, content_of};
use super::page_refs::page_ref;
use super::scene::{Rect, Scene};
use super::svg::{background, num, open_svg};
use rapport_core::visual::LINE;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;

/// Between pieces on one page (map units).
const GAP: f64 = 20.0;

/// One printed page of parts: which pieces, where (top-left corner in the page's own units).
pub(crate) struct Sheet {
    pub placed: Vec<(usize, f64, f64)>,
    /// The extent used, in map units.
    pub w: f64,
    pub h: f64,
}

/// Pieces onto pages of `room` (map units), in order, each on the first page with room for it:
/// pages are filled in shelves (left to right, shelves top to bottom), so a small branch that
/// comes later may fill a gap an earlier page left rather than start a new page.
pub(crate) fn pack(branches: &[Branch], room: (f64, f64)) -> Vec<Sheet> {
    let in_order: Vec<usize> = (0..branches.len()).collect();
    let by = |key: &dyn Fn(&Rect) -> f64| {
        let mut order = in_order.clone();
        order.sort_by(|a, b| {
            key(&branches[*b].extent)
                .total_cmp(&key(&branches[*a].extent))
                .then(a.cmp(b))
        });
        order
    };
    // Reading order unless packing the biggest pieces first (by height, width or area) saves
    // a page.
    let mut sheets = pack_in(branches, &in_order, room);
    for order in [by(&|e| e.h), by(&|e| e.w), by(&|e| e.w * e.h)] {
        let tight = pack_in(branches, &order, room);
        if tight.len() < sheets.len() {
            sheets = tight;
        }
    }
    for sheet in &mut sheets {
        // On each page, pieces still read in the map's order where shelves allow.
        sheet
            .placed
            .sort_by(|a, b| a.2.total_cmp(&b.2).then(a.1.total_cmp(&b.1)));
    }
    sheets
}

/// First fit: each piece goes on the first page with room for it, at the highest (then
/// leftmost) free spot next to or under a piece already there.
fn pack_in(branches: &[Branch], order: &[usize], room: (f64, f64)) -> Vec<Sheet> {
    let mut sheets: Vec<Sheet> = Vec::new();
    for &i in order {
        let e = &branches[i].extent;
        let spot = sheets
            .iter()
            .enumerate()
            .find_map(|(s, sheet)| free_spot(branches, sheet, e.w, e.h, room).map(|at| (s, at)));
        let (s, (x, y)) = spot.unwrap_or_else(|| {
            sheets.push(Sheet {
                placed: Vec::new(),
                w: 0.0,
                h: 0.0,
            });
            (sheets.len() - 1, (0.0, 0.0))
        });
        let sheet = &mut sheets[s];
        sheet.placed.push((i, x, y));
        sheet.w = sheet.w.max(x + e.w);
        sheet.h = sheet.h.max(y + e.h);
    }
    sheets
}

/// The highest, then leftmost, place for a `w` × `h` piece on `sheet` that stays inside `room`
/// and keeps [`GAP`] from every piece there: beside or under one of them.
fn free_spot(
    branches: &[Branch],
    sheet: &Sheet,
    w: f64,
    h: f64,
    room: (f64, f64),
) -> Option<(f64, f64)> {
    let taken: Vec<Rect> = sheet
        .placed
        .iter()
        .map(|&(b, x, y)| Rect {
            x,
            y,
            w: branches[b].extent.w,
            h: branches[b].extent.h,
        })
        .collect();
    let mut candidates = vec![(0.0, 0.0)];
    for r in &taken {
        candidates.push((r.right() + GAP, r.y));
        candidates.push((r.x, r.bottom() + GAP));
        candidates.push((0.0, r.bottom() + GAP));
        candidates.push((r.right() + GAP, 0.0));
    }
    candidates.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.total_cmp(&b.0)));
    candidates.into_iter().find(|&(x, y)| {
        let spot = Rect { x, y, w, h }.grow(GAP / 2.0 - 0.01);
        x + w <= room.0
            && y + h <= room.1
            && taken.iter().all(|r| !r.grow(GAP / 2.0).intersects(&spot))
    })
}

/// "page N", "pages N, M" or, for more, "pages N–M" (the first to the last), with placeholders
/// the template fills in: short enough to sit under a card.
fn pages_text(pages: &BTreeSet<usize>) -> String {
    let list: Vec<usize> = pages.iter().copied().collect();
    match list.as_slice() {
        [one] => format!("page {}", page_ref(*one)),
        [first, second] => format!("pages {}, {}", page_ref(*first), page_ref(*second)),
        [first, .., last] => format!("pages {}–{}", page_ref(*first), page_ref(*last)),
        [] => String::new(),
    }
}

/// The cards and notes of every piece; `first_page` is the map page index of the first sheet.
pub(crate) fn part_cards(
    branches: &[Branch],
    sheets: &[Sheet],
    hierarchy: &Hierarchy,
    first_page: usize,
) -> Vec<PartCards> {
    let mut page_of_piece = vec![0; branches.len()];
    for (s, sheet) in sheets.iter().enumerate() {
        for &(b, _, _) in &sheet.placed {
            page_of_piece[b] = first_page + s;
        }
    }
    let mut piece_of_card: HashMap<usize, usize> = HashMap::new();
    for (b, branch) in branches.iter().enumerate() {
        for &c in &branch.cards {
            piece_of_card.insert(c, b);
        }
    }
    branches
        .iter()
        .enumerate()
        .map(|(b, branch)| {
            let mut part = PartCards {
                cards: branch.cards.iter().copied().collect(),
                ..PartCards::default()
            };
            for &top in &branch.tops {
                if let Some(m) = hierarchy.manager.get(&top)
                    && let Some(&mb) = piece_of_card.get(m)
                    && page_of_piece[mb] != page_of_piece[b]
                {
                    let from = format!("From {}", pages_text(&[page_of_piece[mb]].into()));
                    part.from.insert(top, from);
                }
            }
            for &c in &branch.cards {
                let elsewhere: BTreeSet<usize> = hierarchy
                    .reports
                    .get(&c)
                    .into_iter()
                    .flatten()
                    .filter_map(|r| piece_of_card.get(r))
                    .map(|&rb| page_of_piece[rb])
                    .filter(|&page| page != page_of_piece[b])
                    .collect();
                if !elsewhere.is_empty() {
                    part.continued
                        .insert(c, format!("Continued on {}", pages_text(&elsewhere)));
                }
            }
            part
        })
        .collect()
}

/// One page of parts as an SVG in map units: each piece at its place, framed when it shares the
/// page.
pub(crate) fn draw_sheet(
    scene: &Scene,
    branches: &[Branch],
    parts: &[PartCards],
    sheet: &Sheet,
) -> String {
    let view = Rect {
        x: 0.0,
        y: 0.0,
        w: sheet.w,
        h: sheet.h,
    };
    let mut svg = String::with_capacity(4096 + sheet.placed.len() * 20_000);
    open_svg(&mut svg, view, view.w, view.h);
    background(&mut svg, 0.0, 0.0, view.w, view.h);
    let framed = sheet.placed.len() > 1;
    for &(b, px, py) in &sheet.placed {
        let e = branches[b].extent;
        if framed {
            let _ = write!(
                svg,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"14\" fill=\"none\" \
                 stroke=\"{LINE}\" stroke-width=\"2\"/>",
                num(px),
                num(py),
                num(e.w),
                num(e.h)
            );
        }
        // Clipped to the piece: a curved line between two of its cards may bulge past them.
        let _ = write!(
            svg,
            "<clipPath id=\"piece{b}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\
             </clipPath><g clip-path=\"url(#piece{b})\"><g transform=\"translate({} {})\">",
            num(px),
            num(py),
            num(e.w),
            num(e.h),
            num(px - e.x),
            num(py - e.y)
        );
        content_of(&mut svg, scene, e, &Overlay::None, Some(&parts[b]));
        svg.push_str("</g></g>");
    }
    svg.push_str("</svg>\n");
    svg
}
