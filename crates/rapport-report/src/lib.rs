//! The account plan as a document, rendered from core types only so the app, the CLI and the tests
//! produce the same output. Must never touch the store or the clock.
//!
//! - [`render_pdf`]: the print-grade plan (typst as a library, fonts embedded, the same bytes for
//!   the same data and date).
//! - [`map_svg`] / [`map_png`]: the stakeholder map alone, drawn from the stored positions in the
//!   editor's visual language.
//! - [`write_atomically`]: how callers should put any of these on disk.
//!
//! User text only ever reaches typst as data (a JSON document in `sys.inputs`), never spliced into
//! markup, so a stakeholder called `#let x = 1` prints exactly that.

mod atomic;
mod data;
mod error;
mod fonts;
mod map;
mod options;
mod png;
mod typeset;

pub use atomic::write_atomically;
pub use error::{ReportError, ReportStage};
pub use options::{Paper, Poster, ReportOptions, Sections};

use chrono::NaiveDate;
use rapport_core::{AccountSnapshot, StoredReview};

/// Everything a plan is printed from. Findings, metrics and the diff since the last review are
/// computed from it, with `today` as the date of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanInput {
    pub snapshot: AccountSnapshot,
    /// In any order; the latest one is the base of "changes since the last review".
    pub reviews: Vec<StoredReview>,
    pub today: NaiveDate,
}

/// The account plan as PDF bytes. `progress` hears each [`ReportStage`] as it starts.
pub fn render_pdf(
    input: &PlanInput,
    options: &ReportOptions,
    progress: &mut dyn FnMut(ReportStage),
) -> Result<Vec<u8>, ReportError> {
    progress(ReportStage::Preparing);
    let findings = rapport_core::analyse(&input.snapshot, input.today);
    // Images by index: the shared glyphs, then the legend, then one per map page.
    let mut images = map::glyphs();
    let legend = images.len();
    let map_doc = if options.sections.map {
        let scene = map::Scene::new(&input.snapshot, options.client_safe);
        let plan = map::pages::plan(&scene, options.paper, options.poster);
        images.push(plan.legend_svg);
        let pages = plan
            .pages
            .into_iter()
            .map(|p| data::MapPageDoc {
                width: p.width,
                height: p.height,
                title: p.title,
                caption: p.caption,
                images: p
                    .images
                    .into_iter()
                    .map(|image| {
                        images.push(image.svg);
                        data::MapImageDoc {
                            image: images.len() - 1,
                            width: image.width,
                            refs: image.refs,
                        }
                    })
                    .collect(),
                legend: p.legend,
            })
            .collect();
        data::MapDoc {
            pages,
            legend,
            legend_width: plan.legend_width,
            margin_x: map::pages::MARGIN_X,
            margin_top: map::pages::MARGIN_TOP,
            margin_bottom: map::pages::MARGIN_BOTTOM,
        }
    } else {
        data::MapDoc {
            pages: Vec::new(),
            legend,
            legend_width: 0.0,
            margin_x: map::pages::MARGIN_X,
            margin_top: map::pages::MARGIN_TOP,
            margin_bottom: map::pages::MARGIN_BOTTOM,
        }
    };
    let doc = data::build(input, options, &findings, map_doc);
    let json = serde_json::to_vec(&doc).map_err(|e| ReportError::Typeset(e.to_string()))?;

    progress(ReportStage::Typesetting);
    let document = typeset::compile(json, images, input.today)?;

    progress(ReportStage::Writing);
    typeset::pdf(&document, input.today)
}

/// The whole map as a standalone SVG (plain rect/path/text, legend underneath), in map units:
/// 1 unit is 1 px of the editor at 100 %. Client-safe leaves out attitude colours, marks and words.
pub fn map_svg(snapshot: &AccountSnapshot, client_safe: bool) -> String {
    map::standalone_svg(snapshot, client_safe)
}

/// The map of [`map_svg`] as a PNG, `scale` pixels per map unit (1.0 = the editor at 100 %; 2.0
/// for sharp slides). Text is drawn with the embedded font, so it renders the same everywhere.
pub fn map_png(
    snapshot: &AccountSnapshot,
    client_safe: bool,
    scale: f32,
) -> Result<Vec<u8>, ReportError> {
    png::render(&map_svg(snapshot, client_safe), scale)
}
