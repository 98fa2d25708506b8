//! Coverage as badges: on a big map (core's `coverage_view`) each covered client card carries a
//! row of small pills hanging from its bottom edge, one per team member who covers them: their
//! initials and the strength as up to four dots in the brand colour, the dots still missing to
//! the strength we want in the pale band colour the lines use for it. Strongest first, as core
//! sorts them; what does not fit the card's width is summed up as "+N".

use super::svg::{num, text};
use crate::fonts::text_width;
use rapport_core::visual::{BRAND, DESIRED_BAND_OPACITY, PAPER};
use rapport_core::{CARD_HEIGHT, CoverageBadge, Strength};
use std::fmt::Write;

/// Badge geometry in map units. Big enough to read at the parts' smallest print scale
/// (initials of 15 units are 5.6 pt at 0.375).
pub(crate) const HEIGHT: f64 = 22.0;
/// How far below the card's bottom edge the badges' centre line runs: clear of the role badges
/// inside the card, in the gap every layout leaves under a card.
pub(crate) const DROP: f64 = 6.0;
const TEXT: f64 = 15.0;
const DOT_R: f64 = 3.2;
const DOT_STEP: f64 = 8.5;
const PAD: f64 = 7.0;
const GAP: f64 = 5.0;
/// The highest strength has four dots ("none" has none).
const DOTS: u8 = 4;

fn badge_width(initials: &str) -> f64 {
    PAD + text_width(initials, TEXT, true) + 5.0 + f64::from(DOTS) * DOT_STEP - 2.0 + PAD
}

/// One badge with its left edge at `x`, vertically centred on `cy`; returns its width.
pub(crate) fn badge(
    svg: &mut String,
    x: f64,
    cy: f64,
    initials: &str,
    strength: Strength,
    desired: Strength,
) -> f64 {
    let w = badge_width(initials);
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{HEIGHT}\" rx=\"{}\" fill=\"{PAPER}\" \
         stroke=\"{BRAND}\" stroke-width=\"1.5\"/>",
        num(x),
        num(cy - HEIGHT / 2.0),
        num(w),
        num(HEIGHT / 2.0)
    );
    text(svg, x + PAD, cy + 5.3, TEXT, true, BRAND, initials);
    let dots_x = x + PAD + text_width(initials, TEXT, true) + 5.0 + DOT_R;
    for i in 0..DOTS {
        let level = i + 1;
        let cx = dots_x + f64::from(i) * DOT_STEP;
        let (fill, opacity) = if level <= strength.level() {
            (BRAND, 1.0)
        } else if level <= desired.level() {
            (BRAND, DESIRED_BAND_OPACITY * 2.5)
        } else {
            (PAPER, 1.0)
        };
        let _ = write!(
            svg,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{DOT_R}\" fill=\"{fill}\" fill-opacity=\"{}\" \
             stroke=\"{BRAND}\" stroke-width=\"0.9\"/>",
            num(cx),
            num(cy),
            num(opacity)
        );
    }
    w
}

/// The badges of one card, left to right along its bottom edge, ending before `right`.
pub(crate) fn card_badges(
    svg: &mut String,
    card_x: f64,
    card_y: f64,
    right: f64,
    badges: &[CoverageBadge],
) {
    let cy = card_y + CARD_HEIGHT + DROP;
    let mut x = card_x + 12.0;
    for (i, b) in badges.iter().enumerate() {
        let rest = badges.len() - i;
        let w = badge_width(&b.initials);
        // Leave room for a "+N" pill unless this is the last badge.
        let more = if rest > 1 {
            more_width(rest - 1) + GAP
        } else {
            0.0
        };
        if x + w + more > right {
            if x + more_width(rest) <= right {
                more_pill(svg, x, cy, rest);
            }
            return;
        }
        x += badge(svg, x, cy, &b.initials, b.strength, b.desired) + GAP;
    }
}

fn more_width(n: usize) -> f64 {
    2.0 * PAD + text_width(&format!("+{n}"), TEXT, true)
}

fn more_pill(svg: &mut String, x: f64, cy: f64, n: usize) {
    let label = format!("+{n}");
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{HEIGHT}\" rx=\"{}\" fill=\"{BRAND}\"/>",
        num(x),
        num(cy - HEIGHT / 2.0),
        num(more_width(n)),
        num(HEIGHT / 2.0)
    );
    text(svg, x + PAD, cy + 5.3, TEXT, true, PAPER, &label);
}
