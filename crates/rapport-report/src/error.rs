//! What can go wrong while rendering, and the stages a caller can show as progress.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Where [`crate::render_pdf`] is; reported in this order, each once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ReportStage {
    /// Findings, metrics and the review diff are computed; the map is drawn.
    Preparing,
    /// The document is laid out.
    Typesetting,
    /// The PDF bytes are written.
    Writing,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    /// The plan's template did not compile: a bug in this crate, never the user's data.
    #[error("The plan could not be laid out ({0}). This is a bug in Rapport; please report it.")]
    Typeset(String),
    #[error("The PDF could not be written ({0}).")]
    Pdf(String),
    #[error(
        "The map is too large for a PNG at this scale ({width} × {height} pixels; at most \
         {max_megapixels} megapixels). Export it as SVG, or choose a smaller scale."
    )]
    ImageTooLarge {
        width: u32,
        height: u32,
        max_megapixels: u32,
    },
    #[error("The PNG scale must be a positive number, not {0}.")]
    BadScale(String),
    #[error("The map could not be drawn as a PNG ({0}).")]
    Png(String),
}
