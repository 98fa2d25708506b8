//! The four kinds of line, drawn as the editor draws them: reporting lines from the manager's
//! bottom to the report's top as a rounded step (a solid line to a report more than a row below, as in the
//! compact layout's stacks and shelves, down a spine in the gap left of the report and into its
//! side), coverage from our card's top to their card's
//! bottom as a curve over the band of the strength we want, informal lines from one card's right
//! side to the other's left.

use super::scene::{Card, Rect, Scene};
use super::svg::num;
use rapport_core::visual::{
    self, BRAND, COVERAGE_OPACITY, DESIRED_BAND_EXTRA, DESIRED_BAND_OPACITY, Stroke,
};
use rapport_core::{CARD_HEIGHT, CARD_WIDTH, H_GAP, RelationKind, V_GAP};
use std::fmt::Write;

/// ` stroke=".." stroke-width=".."` and the dash, if any: how a line of this kind is stroked.
pub(crate) fn stroke_attributes(stroke: &Stroke) -> String {
    let mut out = format!(
        " stroke=\"{}\" stroke-width=\"{}\"",
        stroke.colour,
        num(stroke.width)
    );
    if let Some(dash) = stroke.dash {
        let _ = write!(out, " stroke-dasharray=\"{dash}\"");
    }
    out
}

/// Every line with an end near `view` between two cards `shown` (by card index), coverage bands
/// lowest. Coverage is left out when the scene draws it as badges.
pub(crate) fn lines(svg: &mut String, scene: &Scene, view: Rect, shown: &dyn Fn(usize) -> bool) {
    let card = |i: Option<usize>| i.filter(|&i| shown(i)).map(|i| &scene.cards[i]);
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
    let as_lines = if scene.badges.is_some() {
        &[][..]
    } else {
        &scene.snapshot.coverage[..]
    };
    let coverage: Vec<_> = as_lines
        .iter()
        .filter_map(|c| {
            let ours = card(scene.team_at(&c.team_member))?;
            let theirs = card(scene.stakeholder_at(&c.stakeholder))?;
            near(ours, theirs, 40.0).then(|| (c, cover_path(ours, theirs)))
        })
        .collect();
    for (c, path) in &coverage {
        let _ = write!(
            svg,
            "<path d=\"{path}\" fill=\"none\" stroke=\"{BRAND}\" stroke-opacity=\"{}\" \
             stroke-width=\"{}\"/>",
            num(DESIRED_BAND_OPACITY),
            num(visual::coverage_width(c.desired) + DESIRED_BAND_EXTRA)
        );
    }

    for r in &scene.snapshot.reports_to {
        let (Some(manager), Some(report)) = (
            card(scene.stakeholder_at(&r.manager)),
            card(scene.stakeholder_at(&r.stakeholder)),
        ) else {
            continue;
        };
        if !near(manager, report, 40.0) {
            continue;
        }
        let stroke = if r.dotted {
            visual::DOTTED
        } else {
            visual::REPORTS_TO
        };
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"none\"{}/>",
            step_path(manager, report, !r.dotted),
            stroke_attributes(&stroke)
        );
    }

    for (c, path) in &coverage {
        let _ = write!(
            svg,
            "<path d=\"{path}\" fill=\"none\" stroke=\"{BRAND}\" stroke-opacity=\"{}\" \
             stroke-width=\"{}\"/>",
            num(COVERAGE_OPACITY),
            num(visual::coverage_width(c.strength))
        );
    }

    for r in &scene.snapshot.relations {
        let (Some(from), Some(to)) = (
            card(scene.stakeholder_at(&r.from)),
            card(scene.stakeholder_at(&r.to)),
        ) else {
            continue;
        };
        if !near(from, to, 120.0) {
            continue;
        }
        let (sx, sy) = (from.x + CARD_WIDTH, from.y + CARD_HEIGHT / 2.0);
        let (tx, ty) = (to.x, to.y + CARD_HEIGHT / 2.0);
        let stroke = visual::relation_stroke(r.kind);
        match r.kind {
            RelationKind::Influences => {
                // Stop the line at the arrow's base so its end does not poke through the tip.
                let path = side_path(sx, sy, tx - 10.0, ty);
                let _ = write!(
                    svg,
                    "<path d=\"{path}\" fill=\"none\"{}/>{}",
                    stroke_attributes(&stroke),
                    arrow_head(tx, ty, stroke.colour)
                );
            }
            RelationKind::ConflictsWith => {
                let _ = write!(
                    svg,
                    "<path d=\"{}\" fill=\"none\"{}/>",
                    side_path(sx, sy, tx, ty),
                    stroke_attributes(&stroke)
                );
            }
        }
    }
}

/// An arrow head with its tip at (tx, ty), pointing right.
pub(crate) fn arrow_head(tx: f64, ty: f64, colour: &str) -> String {
    format!(
        "<path d=\"M{} {} L{} {} L{} {} Z\" fill=\"{colour}\"/>",
        num(tx - 12.0),
        num(ty - 6.0),
        num(tx),
        num(ty),
        num(tx - 12.0),
        num(ty + 6.0),
    )
}

/// Manager (bottom centre) down to report (top centre) as a step with rounded corners, like
/// React Flow's smooth-step edge.
fn step_path(manager: &Card, report: &Card, solid: bool) -> String {
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
    // Dotted lines cross the tree anywhere: only the solid tree's stacks and shelves get spines.
    if solid && ty > sy + V_GAP + 1.0 {
        return spine_path(sx, sy, report);
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

/// Manager (bottom centre) to a report more than a row below: down into the gap under the
/// manager, across to the gap left of the report, down that gap and into the report's left side.
/// The layout keeps those gaps free of cards (layout/tree.rs). Same path as the editor's
/// `spinePath` (ui/src/features/map/lines.tsx).
fn spine_path(sx: f64, sy: f64, report: &Card) -> String {
    let turn = sy + V_GAP / 2.0;
    let spine = report.x - H_GAP / 2.0;
    let side = report.y + CARD_HEIGHT / 2.0;
    format!(
        "M{} {} L{} {} L{} {} L{} {} L{} {}",
        num(sx),
        num(sy),
        num(sx),
        num(turn),
        num(spine),
        num(turn),
        num(spine),
        num(side),
        num(report.x),
        num(side)
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
