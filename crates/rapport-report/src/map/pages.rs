//! How the map goes onto paper without cropping anyone: on one landscape page of the chosen paper
//! if its text stays readable there, else on one larger landscape page (A3, or 11×17 in), else as
//! an overview page followed by parts that follow the reporting structure (branches.rs,
//! sheets.rs) at a readable scale. A poster puts the whole map on one A3, A2 or A1 page instead.

use super::branches::{Branch, Hierarchy, branches};
use super::draw::{Overlay, draw};
use super::legend::legend;
use super::page_refs::{has_refs, page_ref};
use super::scene::{CardKind, Rect, Scene};
use super::sheets::{Sheet, draw_sheet, pack, part_cards};
use crate::options::{Paper, Poster};

/// The smallest scale (points per map unit) at which a card stays readable in print: a name (16
/// units) comes out at 6 pt, a title at 5.25 pt. Below it the map is printed in parts.
pub(crate) const MIN_SCALE: f64 = 0.375;
/// The most comfortable scale for the parts of a split map (names at 8 pt); parts may be printed
/// smaller, down to [`MIN_SCALE`], when that saves pages.
pub(crate) const PART_SCALE: f64 = 0.5;
/// A small map is not blown up beyond this (a card is then about 7 cm wide).
const MAX_SCALE: f64 = 0.8;
/// Points per legend unit, so the legend reads the same whatever the map's scale.
pub(crate) const LEGEND_SCALE: f64 = 0.72;

/// The tallest a piece may be, as shares of a page's height, tried when cutting a map in parts.
const PIECE_SHARES: [f64; 4] = [1.0, 0.75, 0.6, 0.5];

/// Map page margins (points): the footer sits in the bottom one.
pub(crate) const MARGIN_X: f64 = 36.0;
pub(crate) const MARGIN_TOP: f64 = 32.0;
pub(crate) const MARGIN_BOTTOM: f64 = 44.0;
/// Room for the page's heading and one caption line.
const HEAD: f64 = 46.0;
/// Between the map and the legend, and spare for rounding.
const GAP: f64 = 10.0;
/// Between the bands of a wrapped overview (points).
const BAND_GAP: f64 = 8.0;
/// The part numbers on an overview are printed at least this large (points).
const LABEL_PT: f64 = 9.0;

pub(crate) struct MapImage {
    pub svg: String,
    /// Width on the page, in points.
    pub width: f64,
    /// Whether the SVG holds page placeholders (page_refs.rs) for the template to fill in.
    pub refs: bool,
}

impl MapImage {
    fn new(svg: String, width: f64) -> Self {
        Self {
            refs: has_refs(&svg),
            svg,
            width,
        }
    }
}

pub(crate) struct MapPage {
    /// Page size in points (landscape).
    pub width: f64,
    pub height: f64,
    pub title: String,
    pub caption: String,
    /// Stacked top to bottom: one image, or the bands of a wrapped overview.
    pub images: Vec<MapImage>,
    pub legend: bool,
}

pub(crate) struct MapPages {
    pub pages: Vec<MapPage>,
    /// The legend as its own SVG, and its width on the page in points.
    pub legend_svg: String,
    pub legend_width: f64,
}

fn landscape((w, h): (f64, f64)) -> (f64, f64) {
    (w.max(h), w.min(h))
}

/// The map's pages. `poster` puts the whole map on one page of that size, however large it is.
pub(crate) fn plan(scene: &Scene, paper: Paper, poster: Option<Poster>) -> MapPages {
    let people = scene.snapshot.stakeholders.len();
    let ours = scene.snapshot.team.len();
    let summary = format!(
        "{people} {} of theirs and {ours} of ours, where the facilitator placed them.",
        if people == 1 { "person" } else { "people" }
    );

    // The legend is laid out for the chosen paper's width; a larger page centres the same strip.
    let (pw, ph) = landscape(paper.size());
    let body_w = pw - 2.0 * MARGIN_X;
    let legend = legend(
        scene.client_safe,
        scene.badges.is_some(),
        body_w / LEGEND_SCALE,
    );
    let legend_h = legend.height * LEGEND_SCALE;
    let b = scene.bounds;
    let map_room = |(pw, ph): (f64, f64)| {
        (
            pw - 2.0 * MARGIN_X,
            ph - MARGIN_TOP - MARGIN_BOTTOM - HEAD - legend_h - 2.0 * GAP,
        )
    };
    let fit = |page: (f64, f64)| {
        let (w, h) = map_room(page);
        (w / b.w).min(h / b.h)
    };
    let whole = |page: (f64, f64), scale: f64, title: String, caption: String| MapPage {
        width: page.0,
        height: page.1,
        title,
        caption,
        images: vec![MapImage::new(
            draw(scene, b, &Overlay::None),
            b.w * scale.min(MAX_SCALE),
        )],
        legend: true,
    };

    let on_paper = fit((pw, ph));
    let larger = landscape(paper.larger());
    let on_larger = fit(larger);
    let pages = if let Some(poster) = poster {
        let portrait = poster.size();
        let turned = (portrait.1, portrait.0);
        let (page, scale) = if fit(portrait) > fit(turned) {
            (portrait, fit(portrait))
        } else {
            (turned, fit(turned))
        };
        let scale = scale.min(MAX_SCALE);
        let caption = format!(
            "{summary} Poster on {}: names print at {:.1} pt.",
            poster.name(),
            NAME_UNITS * scale
        );
        vec![whole(page, scale, "Stakeholder map".into(), caption)]
    } else if on_paper >= MIN_SCALE {
        vec![whole((pw, ph), on_paper, "Stakeholder map".into(), summary)]
    } else if on_larger >= MIN_SCALE {
        let caption = format!(
            "{summary} Printed on {} to keep every card readable.",
            paper.larger_name()
        );
        vec![whole(larger, on_larger, "Stakeholder map".into(), caption)]
    } else {
        in_parts(scene, (pw, ph), map_room((pw, ph)), &summary)
    };

    MapPages {
        pages,
        legend_svg: legend.document(),
        legend_width: legend.width * LEGEND_SCALE,
    }
}

/// A name's size on a card, in map units (cards.rs), for captions that say how large it prints.
const NAME_UNITS: f64 = 16.0;

/// An overview page, then the parts: each page of pieces with who it shows.
fn in_parts(
    scene: &Scene,
    page: (f64, f64),
    overview_room: (f64, f64),
    summary: &str,
) -> Vec<MapPage> {
    let split = split(scene, page);
    let count = split.sheets.len();
    let parts = part_cards(&split.branches, &split.sheets, &split.hierarchy, 1);
    let mut labels = Vec::new();
    for (s, sheet) in split.sheets.iter().enumerate() {
        for &(b, _, _) in &sheet.placed {
            labels.push((page_ref(1 + s), split.branches[b].extent));
        }
    }
    let mut pages = vec![overview(
        scene,
        labels,
        overview_room,
        MapPage {
            width: page.0,
            height: page.1,
            title: "Stakeholder map: overview".into(),
            caption: format!(
                "{summary} Too large for one readable page: it follows in {count} parts along \
                 the reporting lines; each outlined branch is marked with the page it is on."
            ),
            images: Vec::new(),
            legend: true,
        },
    )];
    for (s, sheet) in split.sheets.iter().enumerate() {
        pages.push(MapPage {
            width: split.page.0,
            height: split.page.1,
            title: format!("Stakeholder map, part {} of {count}", s + 1),
            caption: who(scene, &split.branches, sheet),
            images: vec![MapImage::new(
                draw_sheet(scene, &split.branches, &parts, sheet),
                sheet.w * split.scale,
            )],
            legend: false,
        });
    }
    pages
}

/// "The branches of Ada Byrne, Ben Ode and 3 more; more reports of Kim Lee; our team." for a
/// part's caption.
fn who(scene: &Scene, branches: &[Branch], sheet: &Sheet) -> String {
    let mut tops = Vec::new();
    let mut reports: Vec<String> = Vec::new();
    let mut team = false;
    for &(b, _, _) in &sheet.placed {
        let branch = &branches[b];
        let continued: Vec<usize> = branch.reports_of.iter().map(|&(_, card)| card).collect();
        for &t in branch.tops.iter().filter(|t| !continued.contains(t)) {
            if let CardKind::Stakeholder(s) = &scene.cards[t].kind {
                tops.push(s.name.clone());
            }
        }
        for &(m, _) in &branch.reports_of {
            if let CardKind::Stakeholder(s) = &scene.cards[m].kind
                && !reports.contains(&s.name)
            {
                reports.push(s.name.clone());
            }
        }
        team |= branch
            .cards
            .iter()
            .any(|&c| matches!(scene.cards[c].kind, CardKind::Team { .. }));
    }
    let mut out = match tops.len() {
        0 => String::new(),
        1 => format!("The branch of {}", tops[0]),
        2 => format!("The branches of {} and {}", tops[0], tops[1]),
        n => format!(
            "The branches of {}, {} and {} more",
            tops[0],
            tops[1],
            n - 2
        ),
    };
    if !reports.is_empty() {
        let whose = match reports.as_slice() {
            [one] => one.clone(),
            [first, second] => format!("{first} and {second}"),
            [first, rest @ ..] => format!("{first} and {} more", rest.len()),
            [] => String::new(),
        };
        if out.is_empty() {
            out = format!("More reports of {whose}");
        } else {
            out.push_str(&format!("; more reports of {whose}"));
        }
    }
    if team {
        out.push_str(if out.is_empty() {
            "Our team"
        } else {
            "; our team"
        });
    }
    out.push('.');
    out
}

/// The whole map with every printed piece outlined and marked with its page. A map much wider
/// than the page (a long row of people) is wrapped into bands stacked down the page, so the
/// overview stays as large as it can.
fn overview(
    scene: &Scene,
    labels: Vec<(String, Rect)>,
    (room_w, room_h): (f64, f64),
    mut page: MapPage,
) -> MapPage {
    let b = scene.bounds;
    let scale_for = |bands: f64| {
        let band_w = b.w / bands;
        (room_w / band_w).min((room_h - (bands - 1.0) * BAND_GAP) / (bands * b.h))
    };
    let bands = (1..=12)
        .map(f64::from)
        .max_by(|x, y| scale_for(*x).total_cmp(&scale_for(*y)))
        .unwrap_or(1.0);
    let scale = scale_for(bands);
    // Page marks stay legible however small the overview is.
    let label = (LABEL_PT / scale).max(90.0);
    let overlay = Overlay::Parts {
        parts: labels,
        label,
    };
    let band_w = b.w / bands;
    let mut x = b.x;
    while x < b.right() - 0.5 {
        let view = Rect {
            x,
            y: b.y,
            w: band_w,
            h: b.h,
        };
        page.images
            .push(MapImage::new(draw(scene, view, &overlay), band_w * scale));
        x += band_w;
    }
    page
}

/// A map printed in parts: its pieces, how they are packed onto pages, the print scale and the
/// parts' page size (landscape or portrait, whichever needs fewer pages).
pub(crate) struct Split {
    pub scale: f64,
    pub page: (f64, f64),
    pub hierarchy: Hierarchy,
    pub branches: Vec<Branch>,
    pub sheets: Vec<Sheet>,
}

/// The map cut along its branches for pages of the paper `paper` (either way round), at the
/// largest scale between [`MIN_SCALE`] and [`PART_SCALE`] that needs the fewest pages.
pub(crate) fn split(scene: &Scene, paper: (f64, f64)) -> Split {
    let hierarchy = Hierarchy::new(scene);
    // Whole thousandths in steps of 25, so the smallest candidate is exactly MIN_SCALE.
    let (most, least) = (
        (PART_SCALE * 1000.0).round() as u32,
        (MIN_SCALE * 1000.0).round() as u32,
    );
    /// A scale, a page size, and the pieces packed for them.
    type Candidate = (f64, (f64, f64), Vec<Branch>, Vec<Sheet>);
    let mut best: Option<Candidate> = None;
    for page in [
        landscape(paper),
        (paper.0.min(paper.1), paper.0.max(paper.1)),
    ] {
        let room_w = page.0 - 2.0 * MARGIN_X;
        let room_h = page.1 - MARGIN_TOP - MARGIN_BOTTOM - HEAD - GAP;
        for thousandths in (least..=most).rev().step_by(25) {
            let scale = f64::from(thousandths) / 1000.0;
            let room = (room_w / scale, room_h / scale);
            // Branches as big as a page leave gaps no other piece fits; cut to a part of the
            // page's height they may pack tighter. The fewest pages wins, then the fewest pieces
            // (fewer "continued on" jumps), then the largest scale.
            for share in PIECE_SHARES {
                let pieces = branches(scene, &hierarchy, (room.0, room.1 * share));
                let sheets = pack(&pieces, room);
                let better = best.as_ref().is_none_or(|(s, _, p, b)| {
                    (sheets.len(), pieces.len()) < (b.len(), p.len())
                        || (sheets.len() == b.len() && pieces.len() == p.len() && scale > *s)
                });
                if better {
                    best = Some((scale, page, pieces, sheets));
                }
            }
        }
    }
    let (scale, page, branches, sheets) =
        best.unwrap_or((PART_SCALE, landscape(paper), Vec::new(), Vec::new()));
    Split {
        scale,
        page,
        hierarchy,
        branches,
        sheets,
    }
}

/// Every card index printed on some part.
#[cfg(test)]
pub(crate) fn printed_cards(split: &Split) -> std::collections::BTreeSet<usize> {
    split
        .sheets
        .iter()
        .flat_map(|s| s.placed.iter())
        .flat_map(|&(b, _, _)| split.branches[b].cards.iter().copied())
        .collect()
}
