//! Every text-on-background and meaningful mark of the visual language with the contrast it needs
//! (WCAG AA), for the test over both themes.

use super::*;
use crate::contrast::{Use, contrast_ratio, parse_hex};

/// A foreground drawn on a background somewhere in the visual language, and what it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct ContrastPair {
    pub what: String,
    pub foreground: &'static str,
    pub background: &'static str,
    pub used_for: Use,
}

impl ContrastPair {
    /// The pair's contrast ratio; `None` when a colour is not `#rrggbb`.
    pub fn ratio(&self) -> Option<f64> {
        Some(contrast_ratio(
            parse_hex(self.foreground)?,
            parse_hex(self.background)?,
        ))
    }
}

/// Every place the visual language puts text or a meaningful mark on a background, in one
/// theme: what the contrast test walks.
pub fn contrast_pairs(c: &ThemeColours) -> Vec<ContrastPair> {
    let pair = |what: String, foreground, background, used_for| ContrastPair {
        what,
        foreground,
        background,
        used_for,
    };
    let mut pairs = Vec::new();
    for (name, fg) in [("text", c.ink), ("secondary text", c.ink_soft)] {
        for (surface, bg) in [
            ("a card", c.paper),
            ("the canvas", c.canvas),
            ("our team's card", c.team_fill),
        ] {
            pairs.push(pair(format!("{name} on {surface}"), fg, bg, Use::Text));
        }
    }
    pairs.push(pair(
        "\"No role yet\" on a card".into(),
        c.faint,
        c.paper,
        Use::Text,
    ));
    pairs.push(pair(
        "our team badge".into(),
        c.on_brand,
        c.brand,
        Use::Text,
    ));
    pairs.push(pair(
        "brand links on a card".into(),
        c.brand,
        c.paper,
        Use::Text,
    ));
    pairs.push(pair(
        "coverage lines".into(),
        c.brand,
        c.canvas,
        Use::Graphic,
    ));
    pairs.push(pair("influence dots".into(), c.pip, c.paper, Use::Graphic));
    for (a, colour) in Attitude::ALL.iter().zip(c.attitudes) {
        // The attitude's word is written in its colour on the card.
        pairs.push(pair(
            format!("{} on a card", a.label()),
            colour,
            c.paper,
            Use::Text,
        ));
    }
    for (r, badge) in Role::ALL.iter().zip(c.roles) {
        let name = r.label();
        pairs.push(pair(
            format!("{name} badge text"),
            c.ink,
            badge.fill,
            Use::Text,
        ));
        pairs.push(pair(
            format!("{name} badge border"),
            badge.border,
            c.paper,
            Use::Graphic,
        ));
    }
    for (name, colour) in [
        ("reporting lines", c.reports_to),
        ("influence arrows", c.influences),
        ("conflict lines", c.conflict),
    ] {
        pairs.push(pair(name.into(), colour, c.canvas, Use::Graphic));
    }
    for (kind, colour) in InteractionKind::ALL.iter().zip(c.interactions) {
        pairs.push(pair(
            format!("{} bar", kind.label()),
            colour,
            c.paper,
            Use::Graphic,
        ));
    }
    pairs
}
