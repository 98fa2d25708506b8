//! The map, or one part of it, as a complete SVG: lines first, then cards, then (on the overview
//! of a map cut into parts) the numbered parts. Geometry follows the editor: cards are 240 × 112
//! with their top-left corner at the stored position.

use super::cards::{person_card, team_card};
use super::lines::lines;
use super::scene::{CardKind, Rect, Scene};
use super::svg::{background, num, open_svg};
use crate::fonts::text_width;
use rapport_core::visual::{BRAND, PAPER};
use std::fmt::Write;

/// What is drawn over the map: nothing, or (on the overview of a tiled map) the numbered parts.
pub(crate) enum Overlay {
    None,
    /// Numbered areas, and the size of their numbers in map units.
    Parts {
        parts: Vec<(usize, Rect)>,
        label: f64,
    },
}

/// A complete SVG of the part `view` of the map (clipped to it), `width` × `height` in its own
/// units; typst scales it to the space it is given.
pub(crate) fn draw(scene: &Scene, view: Rect, overlay: &Overlay) -> String {
    let visible = scene
        .cards
        .iter()
        .filter(|c| c.rect().intersects(&view))
        .count();
    let mut svg = String::with_capacity(2048 + visible * 1600);
    open_svg(&mut svg, view, view.w, view.h);
    let _ = write!(
        svg,
        "<defs><clipPath id=\"view\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\
         </clipPath></defs><g clip-path=\"url(#view)\">",
        num(view.x),
        num(view.y),
        num(view.w),
        num(view.h)
    );
    background(&mut svg, view.x, view.y, view.w, view.h);
    content(&mut svg, scene, view, overlay);
    svg.push_str("</g></svg>\n");
    svg
}

/// Lines first (coverage bands lowest), then cards, then the overlay; only what touches `view`.
pub(crate) fn content(svg: &mut String, scene: &Scene, view: Rect, overlay: &Overlay) {
    lines(svg, scene, view);

    for card in scene.cards.iter().filter(|c| c.rect().intersects(&view)) {
        match card.kind {
            CardKind::Stakeholder(s) => person_card(svg, card, s, scene.client_safe),
            CardKind::Team { member, covers } => team_card(svg, card, member, covers),
        }
    }

    if let Overlay::Parts { parts, label } = overlay {
        let stroke = label / 15.0;
        for (number, r) in parts.iter().filter(|(_, r)| r.intersects(&view)) {
            let text = number.to_string();
            let w = text_width(&text, *label, true) + label * 0.6;
            let h = label * 1.3;
            let _ = write!(
                svg,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" \
                 stroke=\"{BRAND}\" stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>\
                 <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{BRAND}\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"700\" fill=\"{PAPER}\" \
                 text-anchor=\"middle\">{text}</text>",
                num(r.x),
                num(r.y),
                num(r.w),
                num(r.h),
                num(stroke),
                num(stroke * 4.0),
                num(stroke * 2.0),
                num(r.x + stroke * 2.0),
                num(r.y + stroke * 2.0),
                num(w),
                num(h),
                num(label * 0.2),
                num(r.x + stroke * 2.0 + w / 2.0),
                num(r.y + stroke * 2.0 + label * 1.02),
                num(*label),
            );
        }
    }
}
