//! The map, or one part of it, as a complete SVG: lines first, then cards, then (on the overview
//! of a map cut into parts) the numbered parts. Geometry follows the editor: cards are 240 × 112
//! with their top-left corner at the stored position.

use super::badges::card_badges;
use super::cards::{person_card, team_card};
use super::lines::lines;
use super::scene::{CardKind, Rect, Scene};
use super::svg::{background, num, open_svg, text};
use crate::fonts::text_width;
use rapport_core::visual::{BRAND, PAPER};
use rapport_core::{CARD_HEIGHT, CARD_WIDTH};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// What is drawn over the map: nothing, or (on the overview of a map printed in parts) each
/// part's area with its label.
pub(crate) enum Overlay {
    None,
    /// Labelled areas, and the size of their labels in map units.
    Parts {
        parts: Vec<(String, Rect)>,
        label: f64,
    },
}

/// The cards of one part of a map printed in parts, and the notes on them that point to the
/// pages where the rest of their branch is.
#[derive(Default)]
pub(crate) struct PartCards {
    pub cards: HashSet<usize>,
    /// By card index: "From page N", over the card of a person whose manager is on page N.
    pub from: HashMap<usize, String>,
    /// By card index: "Continued on page N", under a manager whose reports are on page N.
    pub continued: HashMap<usize, String>,
}

/// The size of a page note's text, and the note's height (map units).
const NOTE_TEXT: f64 = 16.0;
pub(crate) const NOTE_HEIGHT: f64 = 24.0;
/// How far a note sits from its card.
pub(crate) const NOTE_GAP: f64 = 6.0;

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
    content_of(svg, scene, view, overlay, None);
}

/// [`content`], limited to one part's cards (and the lines between them) when `part` is given,
/// with its page notes.
pub(crate) fn content_of(
    svg: &mut String,
    scene: &Scene,
    view: Rect,
    overlay: &Overlay,
    part: Option<&PartCards>,
) {
    let shown = |i: usize| part.is_none_or(|p| p.cards.contains(&i));
    lines(svg, scene, view, &shown);

    for (i, card) in scene.cards.iter().enumerate() {
        if !shown(i) || !card.rect().intersects(&view) {
            continue;
        }
        match card.kind {
            CardKind::Stakeholder(s) => {
                person_card(svg, card, s, scene.client_safe);
                // A "Continued on page N" note sits on the card's bottom edge at the right; the
                // coverage badges along the same edge stop short of it.
                let note = part.and_then(|p| p.continued.get(&i));
                let badges_end =
                    card.x + CARD_WIDTH - 10.0 - note.map_or(0.0, |n| note_width(n) + 2.0);
                if let Some(list) = scene.badges.as_ref().and_then(|b| b.get(&s.id)) {
                    card_badges(svg, card.x, card.y, badges_end, list);
                }
            }
            CardKind::Team { member, covers } => team_card(svg, card, member, covers),
        }
        if let Some(part) = part {
            if let Some(note) = part.from.get(&i) {
                let top = card.y - NOTE_GAP - NOTE_HEIGHT;
                page_note(svg, card.x + CARD_WIDTH, top, note);
            }
            if let Some(note) = part.continued.get(&i) {
                let top = card.y + CARD_HEIGHT + super::badges::DROP - NOTE_HEIGHT / 2.0;
                page_note(svg, card.x + CARD_WIDTH + 8.0, top, note);
            }
        }
    }

    if let Overlay::Parts { parts, label } = overlay {
        let stroke = label / 15.0;
        for (text, r) in parts.iter().filter(|(_, r)| r.intersects(&view)) {
            let w = note_width_at(text, *label) + label * 0.6;
            let h = label * 1.3;
            let _ = write!(
                svg,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" \
                 stroke=\"{BRAND}\" stroke-width=\"{}\" stroke-dasharray=\"{} {}\"/>\
                 <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{BRAND}\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"700\" fill=\"{PAPER}\" \
                 text-anchor=\"middle\">{}</text>",
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
                super::svg::escape(text),
            );
        }
    }
}

/// The width a page note takes; page numbers are filled in by the template, so room is kept for
/// three digits wherever one stands.
pub(crate) fn note_width(note: &str) -> f64 {
    let widest = super::page_refs::widest(note);
    text_width(&widest, NOTE_TEXT, true) + 20.0
}

fn note_width_at(note: &str, size: f64) -> f64 {
    let widest = super::page_refs::widest(note);
    text_width(&widest, size, true)
}

/// A page note ("From page 4", "Continued on page 9") as a brand pill, right-aligned at `right`.
fn page_note(svg: &mut String, right: f64, top: f64, note: &str) {
    let w = note_width(note);
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{NOTE_HEIGHT}\" rx=\"{}\" fill=\"{BRAND}\"/>",
        num(right - w),
        num(top),
        num(w),
        num(NOTE_HEIGHT / 2.0)
    );
    text(
        svg,
        right - w + 10.0,
        top + 17.5,
        NOTE_TEXT,
        true,
        PAPER,
        note,
    );
}
