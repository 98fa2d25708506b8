//! Cards and lines as SVG text. Geometry follows the editor: cards are 240 × 112 with their
//! top-left corner at the stored position; reporting lines run from the manager's bottom to the
//! report's top as a rounded step, coverage from our card's top to their card's bottom as a curve,
//! informal lines from one card's right side to the other's left.

use super::style::{self, BRAND, INK, INK_SOFT, LINE, PAPER, PIP};
use super::{Card, CardKind, Rect, Scene};
use crate::fonts::{FAMILY, fit, text_width};
use rapport_core::{CARD_HEIGHT, CARD_WIDTH, RelationKind, Role, Stakeholder, TeamMember};
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

/// A number with at most two decimals and no trailing zeros: short, and the same on every run.
pub(crate) fn num(v: f64) -> String {
    let v = (v * 100.0).round() / 100.0;
    if v == v.trunc() {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// User text as XML character data: markup characters escaped, characters XML forbids dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn open_svg(svg: &mut String, view: Rect, width: f64, height: f64) {
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" width=\"{}\" \
         height=\"{}\" font-family=\"{FAMILY}\">",
        num(view.x),
        num(view.y),
        num(view.w),
        num(view.h),
        num(width),
        num(height)
    );
}

pub(crate) fn background(svg: &mut String, x: f64, y: f64, w: f64, h: f64) {
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{PAPER}\"/>",
        num(x),
        num(y),
        num(w),
        num(h)
    );
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
    let near = |a: &Card, b: &Card, reach: f64| {
        let r = a.rect();
        let s = b.rect();
        let x = r.x.min(s.x);
        let y = r.y.min(s.y);
        Rect {
            x,
            y,
            w: r.right().max(s.right()) - x,
            h: r.bottom().max(s.bottom()) - y,
        }
        .grow(reach)
        .intersects(&view)
    };

    // Coverage: the wanted strength as a pale, wide band behind every actual line.
    let coverage: Vec<_> = scene
        .snapshot
        .coverage
        .iter()
        .filter_map(|c| {
            let ours = scene.team_card(&c.team_member)?;
            let theirs = scene.stakeholder_card(&c.stakeholder)?;
            near(ours, theirs, 40.0).then(|| (c, cover_path(ours, theirs)))
        })
        .collect();
    for (c, path) in &coverage {
        let _ = write!(
            svg,
            "<path d=\"{path}\" fill=\"none\" stroke=\"{BRAND}\" stroke-opacity=\"0.14\" \
             stroke-width=\"{}\"/>",
            num(style::coverage_width(c.desired) + 8.0)
        );
    }

    for r in &scene.snapshot.reports_to {
        let (Some(manager), Some(report)) = (
            scene.stakeholder_card(&r.manager),
            scene.stakeholder_card(&r.stakeholder),
        ) else {
            continue;
        };
        if !near(manager, report, 40.0) {
            continue;
        }
        let dash = if r.dotted {
            " stroke-dasharray=\"7 6\""
        } else {
            ""
        };
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{dash}/>",
            step_path(manager, report),
            style::REPORTS_TO
        );
    }

    for (c, path) in &coverage {
        let _ = write!(
            svg,
            "<path d=\"{path}\" fill=\"none\" stroke=\"{BRAND}\" stroke-opacity=\"0.85\" \
             stroke-width=\"{}\"/>",
            num(style::coverage_width(c.strength))
        );
    }

    for r in &scene.snapshot.relations {
        let (Some(from), Some(to)) = (
            scene.stakeholder_card(&r.from),
            scene.stakeholder_card(&r.to),
        ) else {
            continue;
        };
        if !near(from, to, 120.0) {
            continue;
        }
        let (sx, sy) = (from.x + CARD_WIDTH, from.y + CARD_HEIGHT / 2.0);
        let (tx, ty) = (to.x, to.y + CARD_HEIGHT / 2.0);
        match r.kind {
            RelationKind::Influences => {
                // Stop the line at the arrow's base so its end does not poke through the tip.
                let path = side_path(sx, sy, tx - 10.0, ty);
                let _ = write!(
                    svg,
                    "<path d=\"{path}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>\
                     <path d=\"M{} {} L{} {} L{} {} Z\" fill=\"{}\"/>",
                    style::INFLUENCES,
                    num(tx - 12.0),
                    num(ty - 6.0),
                    num(tx),
                    num(ty),
                    num(tx - 12.0),
                    num(ty + 6.0),
                    style::INFLUENCES
                );
            }
            RelationKind::ConflictsWith => {
                let _ = write!(
                    svg,
                    "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" \
                     stroke-dasharray=\"3 5\"/>",
                    side_path(sx, sy, tx, ty),
                    style::CONFLICT
                );
            }
        }
    }

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

/// Manager (bottom centre) down to report (top centre) as a step with rounded corners, like
/// React Flow's smooth-step edge.
fn step_path(manager: &Card, report: &Card) -> String {
    let (sx, sy) = (manager.x + CARD_WIDTH / 2.0, manager.y + CARD_HEIGHT);
    let (tx, ty) = (report.x + CARD_WIDTH / 2.0, report.y);
    if ty < sy + 24.0 {
        // The report sits beside or above the manager: a plain curve reads better than a step
        // that doubles back on itself.
        let k = ((sy - ty).abs() / 2.0).max(60.0);
        return format!(
            "M{} {} C{} {} {} {} {} {}",
            num(sx),
            num(sy),
            num(sx),
            num(sy + k),
            num(tx),
            num(ty - k),
            num(tx),
            num(ty)
        );
    }
    let mid = (sy + ty) / 2.0;
    let dx = tx - sx;
    if dx.abs() < 1.0 {
        return format!("M{} {} L{} {}", num(sx), num(sy), num(tx), num(ty));
    }
    let r = 12f64.min(dx.abs() / 2.0).min((ty - sy) / 2.0);
    let dir = dx.signum();
    format!(
        "M{} {} L{} {} Q{} {} {} {} L{} {} Q{} {} {} {} L{} {}",
        num(sx),
        num(sy),
        num(sx),
        num(mid - r),
        num(sx),
        num(mid),
        num(sx + dir * r),
        num(mid),
        num(tx - dir * r),
        num(mid),
        num(tx),
        num(mid),
        num(tx),
        num(mid + r),
        num(tx),
        num(ty)
    )
}

/// React Flow's bezier control offset for a handle facing a target `distance` ahead of it.
fn control_offset(distance: f64, curvature: f64) -> f64 {
    if distance >= 0.0 {
        0.5 * distance
    } else {
        curvature * 25.0 * (-distance).sqrt()
    }
}

/// Our card's top centre up to their card's bottom centre.
fn cover_path(ours: &Card, theirs: &Card) -> String {
    let (sx, sy) = (ours.x + CARD_WIDTH / 2.0, ours.y);
    let (tx, ty) = (theirs.x + CARD_WIDTH / 2.0, theirs.y + CARD_HEIGHT);
    let k = control_offset(sy - ty, 0.25);
    format!(
        "M{} {} C{} {} {} {} {} {}",
        num(sx),
        num(sy),
        num(sx),
        num(sy - k),
        num(tx),
        num(ty + k),
        num(tx),
        num(ty)
    )
}

/// From a right-hand side to a left-hand side, curving like the editor's informal lines.
fn side_path(sx: f64, sy: f64, tx: f64, ty: f64) -> String {
    let k = control_offset(tx - sx, 0.5);
    format!(
        "M{} {} C{} {} {} {} {} {}",
        num(sx),
        num(sy),
        num(sx + k),
        num(sy),
        num(tx - k),
        num(ty),
        num(tx),
        num(ty)
    )
}

fn text(svg: &mut String, x: f64, y: f64, size: f64, bold: bool, fill: &str, content: &str) {
    let weight = if bold { " font-weight=\"700\"" } else { "" };
    let _ = write!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{fill}\">{}</text>",
        num(x),
        num(y),
        num(size),
        escape(content)
    );
}

/// A name in bold, shrunk from 16 down to 12 units before it is cut, so long names stay whole
/// wherever they can. Returns the width drawn.
fn name_text(svg: &mut String, x: f64, y: f64, name: &str, room: f64) -> f64 {
    let mut size = 16.0;
    while size > 12.0 && text_width(name, size, true) > room {
        size -= 0.5;
    }
    let shown = fit(name, size, true, room);
    text(svg, x, y, size, true, INK, &shown);
    text_width(&shown, size, true)
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
    let (border, fill) = style::role_colours(role);
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

fn person_card(svg: &mut String, card: &Card, s: &Stakeholder, client_safe: bool) {
    let (x, y) = (card.x, card.y);
    let left = !s.is_active();
    if left {
        svg.push_str("<g opacity=\"0.5\">");
    }
    let band = if client_safe {
        style::NEUTRAL_BAND
    } else {
        style::attitude_colour(s.attitude)
    };
    // The attitude band: the card's rounded shape in the band colour, the white body over it.
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" rx=\"10\" \
         fill=\"{band}\"/><path d=\"M{} {} H{} A10 10 0 0 1 {} {} V{} A10 10 0 0 1 {} {} H{} Z\" \
         fill=\"{PAPER}\"/><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"10\" \
         fill=\"none\" stroke=\"{LINE}\" stroke-width=\"1\"/>",
        num(x),
        num(y),
        num(x + 8.0),
        num(y + 0.5),
        num(x + CARD_WIDTH - 10.0),
        num(x + CARD_WIDTH - 0.5),
        num(y + 10.0),
        num(y + CARD_HEIGHT - 10.0),
        num(x + CARD_WIDTH - 10.0),
        num(y + CARD_HEIGHT - 0.5),
        num(x + 8.0),
        num(x + 0.5),
        num(y + 0.5),
        num(CARD_WIDTH - 1.0),
        num(CARD_HEIGHT - 1.0),
    );

    let content_x = x + 20.0;
    let right = x + CARD_WIDTH - 12.0;
    let mut name_room = right - content_x;
    if !client_safe {
        let colour = style::attitude_colour(s.attitude);
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"{colour}\"/>",
            style::attitude_mark(s.attitude, right - 7.0, y + 19.0, 14.0)
        );
        name_room -= 20.0;
    }
    let drawn = name_text(svg, content_x, y + 25.0, &s.name, name_room);
    if left {
        let _ = write!(
            svg,
            "<path d=\"M{} {} H{}\" stroke=\"{INK}\" stroke-width=\"1.2\"/>",
            num(content_x),
            num(y + 19.5),
            num(content_x + drawn)
        );
    }

    let title = if left {
        if s.title.is_empty() {
            "Left the company".to_string()
        } else {
            format!("Left the company · {}", s.title)
        }
    } else {
        s.title.clone()
    };
    let title = fit(&title, 14.0, false, right - content_x);
    text(svg, content_x, y + 50.0, 14.0, false, INK_SOFT, &title);

    // Row: the attitude in words (in client-safe output the department instead), influence dots.
    let row_room = right - content_x - 50.0;
    if client_safe {
        let department = fit(&s.department, 13.0, false, row_room);
        text(svg, content_x, y + 75.0, 13.0, false, INK_SOFT, &department);
    } else {
        text(
            svg,
            content_x,
            y + 75.0,
            13.0,
            true,
            style::attitude_colour(s.attitude),
            style::attitude_word(s.attitude),
        );
    }
    pips(svg, right, y + 70.5, s.influence.min(5));

    let mut bx = content_x;
    if s.roles.is_empty() {
        text(svg, bx, y + 99.5, 11.0, false, "#9ca3af", "No role yet");
    }
    for &role in Role::ALL.iter().filter(|r| s.has_role(**r)) {
        bx += role_badge(svg, bx, y + 87.0, role) + 4.0;
    }
    if left {
        svg.push_str("</g>");
    }
}

fn team_card(svg: &mut String, card: &Card, member: &TeamMember, covers: usize) {
    let (x, y) = (card.x, card.y);
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"28\" fill=\"{}\" stroke=\"{BRAND}\" \
         stroke-width=\"2\"/>",
        num(x + 1.0),
        num(y + 1.0),
        num(CARD_WIDTH - 2.0),
        num(CARD_HEIGHT - 2.0),
        style::TEAM_FILL
    );
    let content_x = x + 22.0;
    let right = x + CARD_WIDTH - 22.0;
    name_text(svg, content_x, y + 33.0, &member.name, right - content_x);
    let title = if member.title.is_empty() {
        member.team_role.label().to_string()
    } else {
        member.title.clone()
    };
    text(
        svg,
        content_x,
        y + 56.0,
        14.0,
        false,
        INK_SOFT,
        &fit(&title, 14.0, false, right - content_x),
    );
    let badge = "Our team";
    let bw = text_width(badge, 11.0, true) + 16.0;
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"17\" rx=\"8.5\" fill=\"{BRAND}\"/>",
        num(content_x),
        num(y + 72.0),
        num(bw)
    );
    text(svg, content_x + 8.0, y + 84.5, 11.0, true, PAPER, badge);
    let count = format!(
        "covers {covers} {}",
        if covers == 1 { "person" } else { "people" }
    );
    let cw = text_width(&count, 13.0, false);
    text(svg, right - cw, y + 85.0, 13.0, false, INK_SOFT, &count);
}
