//! The small marks a card, the legend and the plan's tables share: the attitude marks, the
//! influence dots and the role badges.

use super::svg::{num, text};
use crate::fonts::text_width;
use rapport_core::Role;
use rapport_core::visual::{self, BadgeColours, INK, Mark, PAPER, PIP};
use std::fmt::Write;

/// An attitude mark (★ ▲ ● ▼ ✖) as a path centred on (cx, cy), `size` across. Drawn as a shape
/// rather than a glyph so it never depends on the font's coverage.
pub(crate) fn mark_path(mark: Mark, cx: f64, cy: f64, size: f64) -> String {
    let r = size / 2.0;
    let n = num;
    match mark {
        Mark::Star => {
            let mut d = String::new();
            for i in 0..10 {
                let radius = if i % 2 == 0 { r } else { r * 0.45 };
                let angle =
                    std::f64::consts::PI * (f64::from(i) / 5.0) - std::f64::consts::FRAC_PI_2;
                let (x, y) = (cx + radius * angle.cos(), cy + radius * angle.sin());
                d.push_str(if i == 0 { "M" } else { "L" });
                d.push_str(&format!("{} {} ", n(x), n(y)));
            }
            d.push('Z');
            d
        }
        Mark::TriangleUp => format!(
            "M{} {} L{} {} L{} {} Z",
            n(cx),
            n(cy - r * 0.85),
            n(cx + r),
            n(cy + r * 0.8),
            n(cx - r),
            n(cy + r * 0.8)
        ),
        Mark::Circle => {
            let k = r * 0.8;
            format!(
                "M{} {} A{k} {k} 0 1 0 {} {} A{k} {k} 0 1 0 {} {} Z",
                n(cx - k),
                n(cy),
                n(cx + k),
                n(cy),
                n(cx - k),
                n(cy),
                k = n(k)
            )
        }
        Mark::TriangleDown => format!(
            "M{} {} L{} {} L{} {} Z",
            n(cx - r),
            n(cy - r * 0.8),
            n(cx + r),
            n(cy - r * 0.8),
            n(cx),
            n(cy + r * 0.85)
        ),
        Mark::Cross => {
            // A heavy cross: two bars at 45°.
            let k = r * 0.8;
            let t = r * 0.28;
            let bar = |sx: f64, sy: f64| {
                format!(
                    "M{} {} L{} {} L{} {} L{} {} Z ",
                    n(cx - k * sx - t * sy),
                    n(cy - k * sy + t * sx),
                    n(cx - k * sx + t * sy),
                    n(cy - k * sy - t * sx),
                    n(cx + k * sx + t * sy),
                    n(cy + k * sy - t * sx),
                    n(cx + k * sx - t * sy),
                    n(cy + k * sy + t * sx),
                )
            };
            let s = std::f64::consts::FRAC_1_SQRT_2;
            format!("{}{}", bar(s, s), bar(s, -s))
        }
    }
}

/// Five dots, filled up to `level`, right-aligned at `right`, centred on `cy`.
pub(crate) fn pips(svg: &mut String, right: f64, cy: f64, level: u8) {
    for i in 0..5u8 {
        let cx = right - 3.5 - f64::from(4 - i) * 9.0;
        let fill = if i < level { PIP } else { PAPER };
        let _ = write!(
            svg,
            "<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{fill}\" stroke=\"{PIP}\" stroke-width=\"1\"/>",
            num(cx),
            num(cy)
        );
    }
}

/// A role badge ("B Budget") with its left edge at `x` and top at `y`; returns its width.
pub(crate) fn role_badge(svg: &mut String, x: f64, y: f64, role: Role) -> f64 {
    let BadgeColours { border, fill } = visual::role_colours(role);
    let letter = role.letter().to_string();
    let label = role.label();
    let lw = text_width(&letter, 11.0, true);
    let w = 4.0 + lw + text_width(" ", 11.0, false) + text_width(label, 11.0, false) + 4.0 + 2.0;
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"17\" rx=\"4\" fill=\"{fill}\" \
         stroke=\"{border}\" stroke-width=\"1\"/>",
        num(x + 0.5),
        num(y + 0.5),
        num(w - 1.0)
    );
    text(svg, x + 5.0, y + 12.8, 11.0, true, INK, &letter);
    text(
        svg,
        x + 5.0 + lw + text_width(" ", 11.0, false),
        y + 12.8,
        11.0,
        false,
        INK,
        label,
    );
    w
}
