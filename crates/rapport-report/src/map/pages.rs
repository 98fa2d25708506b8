//! How the map goes onto paper without cropping anyone: on one landscape page of the chosen paper
//! if its text stays readable there, else on one larger landscape page (A3, or 11×17 in), else as
//! an overview page followed by numbered parts at a readable scale.

use super::draw::{Overlay, draw};
use super::legend::legend;
use super::scene::{MARGIN, Rect, Scene};
use crate::options::Paper;
use rapport_core::{CARD_HEIGHT, CARD_WIDTH};

/// The smallest scale (points per map unit) at which a card stays readable in print: a name comes
/// out at about 5.4 pt, a title at 4.8 pt. Below it the map is split into parts.
pub(crate) const MIN_SCALE: f64 = 0.34;
/// The most comfortable scale for the parts of a split map (names at 8 pt); parts may be printed
/// smaller, down to [`MIN_SCALE`], when that saves pages.
pub(crate) const PART_SCALE: f64 = 0.5;
/// A small map is not blown up beyond this (a card is then about 7 cm wide).
const MAX_SCALE: f64 = 0.8;
/// Points per legend unit, so the legend reads the same whatever the map's scale.
pub(crate) const LEGEND_SCALE: f64 = 0.72;

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

pub(crate) fn plan(scene: &Scene, paper: Paper) -> MapPages {
    let people = scene.snapshot.stakeholders.len();
    let ours = scene.snapshot.team.len();
    let summary = format!(
        "{people} {} of theirs and {ours} of ours, where the facilitator placed them.",
        if people == 1 { "person" } else { "people" }
    );

    // The legend is laid out for the chosen paper's width; a larger page centres the same strip.
    let (pw, ph) = landscape(paper.size());
    let body_w = pw - 2.0 * MARGIN_X;
    let legend = legend(scene.client_safe, body_w / LEGEND_SCALE);
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
    let whole = |page: (f64, f64), scale: f64, caption: String| MapPage {
        width: page.0,
        height: page.1,
        title: "Stakeholder map".into(),
        caption,
        images: vec![MapImage {
            svg: draw(scene, b, &Overlay::None),
            width: b.w * scale.min(MAX_SCALE),
        }],
        legend: true,
    };

    let on_paper = fit((pw, ph));
    let larger = landscape(paper.larger());
    let on_larger = fit(larger);
    let pages = if on_paper >= MIN_SCALE {
        vec![whole((pw, ph), on_paper, summary)]
    } else if on_larger >= MIN_SCALE {
        let caption = format!(
            "{summary} Printed on {} to keep every card readable.",
            paper.larger_name()
        );
        vec![whole(larger, on_larger, caption)]
    } else {
        let (scale, parts) = split(scene, (pw, ph));
        let count = parts.len();
        let mut pages = vec![overview(
            scene,
            &parts,
            map_room((pw, ph)),
            MapPage {
                width: pw,
                height: ph,
                title: "Stakeholder map: overview".into(),
                caption: format!(
                    "{summary} Too large for one readable page: the numbered areas follow as \
                     {count} parts."
                ),
                images: Vec::new(),
                legend: true,
            },
        )];
        for part in parts {
            pages.push(MapPage {
                width: pw,
                height: ph,
                title: format!("Stakeholder map, part {} of {count}", part.number),
                caption: format!(
                    "Row {}, column {} of the overview. Cards cut at the edge appear whole on the \
                     neighbouring part.",
                    part.row + 1,
                    part.column + 1
                ),
                images: vec![MapImage {
                    svg: draw(scene, part.view, &Overlay::None),
                    width: part.view.w * scale,
                }],
                legend: false,
            });
        }
        pages
    };

    MapPages {
        pages,
        legend_svg: legend.document(),
        legend_width: legend.width * LEGEND_SCALE,
    }
}

/// The whole map with the parts numbered on it. A map much wider than the page (a long row of
/// people) is wrapped into bands stacked down the page, so the overview stays as large as it can.
fn overview(
    scene: &Scene,
    parts: &[Part],
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
    // Part numbers stay legible however small the overview is.
    let label = (LABEL_PT / scale).max(90.0);
    let overlay = Overlay::Parts {
        parts: parts.iter().map(|p| (p.number, p.area)).collect(),
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
        page.images.push(MapImage {
            svg: draw(scene, view, &overlay),
            width: band_w * scale,
        });
        x += band_w;
    }
    page
}

pub(crate) struct Part {
    pub number: usize,
    pub row: usize,
    pub column: usize,
    /// The cards whose top-left corner falls in here belong to this part (drawn on the overview).
    pub area: Rect,
    /// What the part's page shows: `area` widened by a card, so its cards are always whole.
    pub view: Rect,
}

/// The map cut into a grid of parts for pages of `page` size, at the largest scale between
/// [`MIN_SCALE`] and [`PART_SCALE`] that needs the fewest pages; parts with no card are left out.
/// Every card lies wholly inside the view of the part its top-left corner falls in.
pub(crate) fn split(scene: &Scene, page: (f64, f64)) -> (f64, Vec<Part>) {
    let room_w = page.0 - 2.0 * MARGIN_X;
    let room_h = page.1 - MARGIN_TOP - MARGIN_BOTTOM - HEAD - GAP;
    // Whole hundredths, so the smallest candidate is exactly MIN_SCALE.
    let (most, least) = ((PART_SCALE * 100.0).round(), (MIN_SCALE * 100.0).round());
    let mut best: Option<(f64, Vec<Part>)> = None;
    for hundredths in (least as u32..=most as u32).rev() {
        let scale = f64::from(hundredths) / 100.0;
        let parts = grid(scene, room_w / scale, room_h / scale);
        if best.as_ref().is_none_or(|(_, b)| parts.len() < b.len()) {
            best = Some((scale, parts));
        }
    }
    best.unwrap_or((PART_SCALE, Vec::new()))
}

fn grid(scene: &Scene, view_w: f64, view_h: f64) -> Vec<Part> {
    let pad = MARGIN;
    let step_x = view_w - CARD_WIDTH - 2.0 * pad;
    let step_y = view_h - CARD_HEIGHT - 2.0 * pad;
    let x0 = scene
        .cards
        .iter()
        .map(|c| c.x)
        .fold(f64::INFINITY, f64::min);
    let y0 = scene
        .cards
        .iter()
        .map(|c| c.y)
        .fold(f64::INFINITY, f64::min);
    if !x0.is_finite() || !y0.is_finite() || step_x <= 0.0 || step_y <= 0.0 {
        return Vec::new();
    }
    let cell = |v: f64, origin: f64, step: f64| ((v - origin) / step).floor().max(0.0) as usize;
    let mut occupied = std::collections::BTreeSet::new();
    for c in &scene.cards {
        occupied.insert((cell(c.y, y0, step_y), cell(c.x, x0, step_x)));
    }
    occupied
        .into_iter()
        .enumerate()
        .map(|(i, (row, column))| {
            let ax = x0 + column as f64 * step_x;
            let ay = y0 + row as f64 * step_y;
            Part {
                number: i + 1,
                row,
                column,
                area: Rect {
                    x: ax,
                    y: ay,
                    w: step_x,
                    h: step_y,
                },
                view: Rect {
                    x: ax - pad,
                    y: ay - pad,
                    w: view_w,
                    h: view_h,
                },
            }
        })
        .collect()
}
