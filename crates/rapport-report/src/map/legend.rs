//! The one legend (the editor's `Legend.tsx`): the same marks as the cards and lines, laid out as
//! a strip that wraps to the width it is given.

use super::lines::{arrow_head, stroke_attributes};
use super::marks::{mark_path, pips, role_badge};
use super::svg::{escape, num};
use crate::fonts::{FAMILY, text_width};
use rapport_core::visual::{
    self, BRAND, COVERAGE_OPACITY, DESIRED_BAND_OPACITY, INK, INK_SOFT, PAPER, Stroke, TEAM_FILL,
};
use rapport_core::{Attitude, LineKind, Role, Strength};
use std::fmt::Write;

pub(crate) struct Legend {
    /// SVG elements with the strip's top-left corner at (0, 0).
    pub body: String,
    pub width: f64,
    pub height: f64,
}

impl Legend {
    /// The strip as an SVG document of its own.
    pub fn document(&self) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" \
             height=\"{h}\" font-family=\"{FAMILY}\">{}</svg>\n",
            self.body,
            w = num(self.width),
            h = num(self.height)
        )
    }
}

const ROW: f64 = 26.0;
const LABEL_SIZE: f64 = 12.0;
const GAP: f64 = 18.0;

/// Draws a legend sample into the SVG with its left edge at x, centred on y.
type DrawSample = Box<dyn Fn(&mut String, f64, f64)>;

/// One legend entry: a sample drawn in a box `sample` wide, then its words.
struct Item {
    sample_width: f64,
    draw: DrawSample,
    label: String,
}

impl Item {
    fn width(&self) -> f64 {
        self.sample_width + 6.0 + text_width(&self.label, LABEL_SIZE, false)
    }
}

fn line_sample(stroke: Stroke, label: &str) -> Item {
    Item {
        sample_width: 40.0,
        draw: Box::new(move |svg, x, cy| {
            // An arrow's line stops inside its head so its end does not poke through the tip.
            let end = if stroke.arrow { x + 30.0 } else { x + 40.0 };
            let _ = write!(
                svg,
                "<path d=\"M{} {} H{}\"{}/>",
                num(x),
                num(cy),
                num(end),
                stroke_attributes(&stroke)
            );
            if stroke.arrow {
                svg.push_str(&arrow_head(x + 40.0, cy, stroke.colour));
            }
        }),
        label: label.into(),
    }
}

fn groups(client_safe: bool, badges: bool) -> Vec<(&'static str, Vec<Item>)> {
    let mut groups = Vec::new();
    if !client_safe {
        let attitudes = Attitude::ALL
            .iter()
            .map(|&a| Item {
                sample_width: 14.0,
                draw: Box::new(move |svg, x, cy| {
                    let _ = write!(
                        svg,
                        "<path d=\"{}\" fill=\"{}\"/>",
                        mark_path(visual::attitude_mark(a), x + 7.0, cy, 14.0),
                        visual::attitude_colour(a)
                    );
                }),
                label: a.label().to_string(),
            })
            .collect();
        groups.push(("Attitude", attitudes));
    }
    let roles = Role::ALL
        .iter()
        .map(|&r| {
            let mut probe = String::new();
            let w = role_badge(&mut probe, 0.0, 0.0, r);
            Item {
                sample_width: w - 6.0,
                draw: Box::new(move |svg, x, cy| {
                    role_badge(svg, x, cy - 9.0, r);
                }),
                label: String::new(),
            }
        })
        .collect();
    groups.push(("Roles", roles));

    let reports = line_sample(visual::REPORTS_TO, LineKind::ReportsTo.label());
    let dotted = line_sample(visual::DOTTED, "Dotted line");
    let lines_cover = Item {
        sample_width: 40.0,
        draw: Box::new(|svg, x, cy| {
            let _ = write!(
                svg,
                "<path d=\"M{x0} {y} H{x1}\" stroke=\"{BRAND}\" stroke-opacity=\"{}\" \
                 stroke-width=\"14\"/><path d=\"M{x0} {y} H{x1}\" stroke=\"{BRAND}\" \
                 stroke-opacity=\"{}\" stroke-width=\"{}\"/>",
                num(DESIRED_BAND_OPACITY),
                num(COVERAGE_OPACITY),
                num(visual::coverage_width(Strength::Acquainted)),
                x0 = num(x),
                x1 = num(x + 40.0),
                y = num(cy)
            );
        }),
        label: "We cover them: thicker = stronger, pale band = the strength we want".into(),
    };
    let covers = if badges { badge_sample() } else { lines_cover };
    let influences = line_sample(visual::INFLUENCES, LineKind::Influences.label());
    let conflict = line_sample(visual::CONFLICT, LineKind::ConflictsWith.label());
    groups.push(("Lines", vec![reports, dotted, covers, influences, conflict]));

    let influence = Item {
        sample_width: 43.0,
        draw: Box::new(|svg, x, cy| pips(svg, x + 43.0, cy, 3)),
        label: "Influence, 1 (little say) to 5 (decides)".into(),
    };
    let left = Item {
        sample_width: 40.0,
        draw: Box::new(|svg, x, cy| {
            let _ = write!(
                svg,
                "<g opacity=\"0.5\"><rect x=\"{}\" y=\"{}\" width=\"40\" height=\"18\" rx=\"4\" \
                 fill=\"{PAPER}\" stroke=\"{INK_SOFT}\"/><path d=\"M{} {} H{}\" stroke=\"{INK}\" \
                 stroke-width=\"1.2\"/></g>",
                num(x),
                num(cy - 9.0),
                num(x + 6.0),
                num(cy),
                num(x + 34.0)
            );
        }),
        label: "Faded and struck through: left the company".into(),
    };
    let ours = Item {
        sample_width: 40.0,
        draw: Box::new(|svg, x, cy| {
            let _ = write!(
                svg,
                "<rect x=\"{}\" y=\"{}\" width=\"40\" height=\"18\" rx=\"9\" fill=\"{}\" \
                 stroke=\"{BRAND}\" stroke-width=\"2\"/>",
                num(x),
                num(cy - 9.0),
                TEAM_FILL
            );
        }),
        label: "Our team".into(),
    };
    groups.push(("Cards", vec![influence, left, ours]));
    groups
}

/// On a big map coverage is a badge on the client's card rather than a line.
fn badge_sample() -> Item {
    let mut probe = String::new();
    let width = super::badges::badge(
        &mut probe,
        0.0,
        0.0,
        "SC",
        Strength::Acquainted,
        Strength::Advisor,
    );
    Item {
        sample_width: width,
        draw: Box::new(|svg, x, cy| {
            super::badges::badge(svg, x, cy, "SC", Strength::Acquainted, Strength::Advisor);
        }),
        label: "Covered by one of ours (initials): dots = how well we know them, pale dots = the \
                strength we want"
            .into(),
    }
}

/// The legend laid out in rows no wider than `max_width` (map units); `badges` when the map
/// draws coverage as badges on the cards.
pub(crate) fn legend(client_safe: bool, badges: bool, max_width: f64) -> Legend {
    let mut body = String::new();
    let (mut x, mut y) = (0.0f64, 0.0f64);
    let mut widest = 0.0f64;
    for (title, items) in groups(client_safe, badges) {
        let heading = title.to_uppercase();
        let heading_width = text_width(&heading, 11.0, true) + 10.0;
        let first_width = items.first().map_or(0.0, Item::width);
        if x > 0.0 && x + heading_width + first_width > max_width {
            x = 0.0;
            y += ROW;
        }
        let cy = y + ROW / 2.0;
        let _ = write!(
            body,
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" font-weight=\"700\" fill=\"{INK_SOFT}\" \
             letter-spacing=\"0.5\">{heading}</text>",
            num(x),
            num(cy + 4.0)
        );
        x += heading_width;
        for item in items {
            let w = item.width();
            if x > 0.0 && x + w > max_width {
                x = heading_width;
                y += ROW;
            }
            let cy = y + ROW / 2.0;
            (item.draw)(&mut body, x, cy);
            if !item.label.is_empty() {
                let _ = write!(
                    body,
                    "<text x=\"{}\" y=\"{}\" font-size=\"{LABEL_SIZE}\" fill=\"{INK}\">{}</text>",
                    num(x + item.sample_width + 6.0),
                    num(cy + 4.2),
                    escape(&item.label)
                );
            }
            x += w + GAP;
            widest = widest.max(x - GAP);
        }
        x += GAP;
    }
    Legend {
        body,
        width: widest.max(1.0),
        height: y + ROW,
    }
}
