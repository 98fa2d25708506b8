//! The stakeholder map as vector art, drawn from the stored positions in the editor's visual
//! language, whose colours, marks and strokes are core's (`rapport_core::visual`), the same
//! values the editor reads.
//!
//! Plain `rect`/`path`/`text` SVG only: typst and resvg both draw it, and typst keeps its text as
//! real (selectable, searchable) text in the PDF.
//!
//! Modules, each using only those listed before it: `svg` (text primitives), `page_refs` (page
//! numbers the template fills in), `scene` (cards at their places), `marks` (attitude marks,
//! influence dots, role badges), `badges` (coverage on a big map), `cards`, `lines`, `draw` (a
//! whole view, or one part's cards), `legend`, `branches` (a big map cut along its reporting
//! lines), `sheets` (those pieces packed onto pages), `pages` (fitting the map to paper).

mod badges;
mod branches;
mod cards;
mod draw;
mod legend;
mod lines;
mod marks;
mod page_refs;
pub(crate) mod pages;
mod scene;
mod sheets;
mod svg;

use rapport_core::visual::{attitude_colour, attitude_mark};
use rapport_core::{AccountSnapshot, Attitude};

use draw::Overlay;
use legend::legend;
pub(crate) use scene::Scene;
use scene::{MARGIN, Rect};

/// Small images the plan's tables share with the map: the five attitude marks (in
/// [`Attitude::ALL`] order), then the influence dots for 0 to 5. They come first in the
/// template's image list.
pub(crate) fn glyphs() -> Vec<String> {
    let mut out = Vec::with_capacity(GLYPHS);
    for a in Attitude::ALL {
        out.push(format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 14 14\" width=\"14\" \
             height=\"14\"><path d=\"{}\" fill=\"{}\"/></svg>",
            marks::mark_path(attitude_mark(a), 7.0, 7.0, 14.0),
            attitude_colour(a)
        ));
    }
    for level in 0..=5u8 {
        let mut body = String::new();
        marks::pips(&mut body, 44.0, 4.0, level);
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
    let legend = legend(
        client_safe,
        scene.badges.is_some(),
        legend_width - 2.0 * MARGIN,
    );
    let width = legend_width.max(b.w);
    let height = b.h + legend.height + MARGIN;
    let mut svg = String::with_capacity(4096 + scene.cards.len() * 1600);
    svg::open_svg(
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
    svg::background(&mut svg, b.x, b.y, width, height);
    draw::content(&mut svg, &scene, b, &Overlay::None);
    svg.push_str(&format!(
        "<g transform=\"translate({} {})\">",
        svg::num(b.x + MARGIN),
        svg::num(b.bottom())
    ));
    svg.push_str(&legend.body);
    svg.push_str("</g></svg>\n");
    svg
}

#[cfg(test)]
mod tests;
