//! What the user chooses in the export dialog (or on the command line).

use serde::{Deserialize, Serialize};
use specta::Type;

/// The paper the plan is printed on. Map pages are turned to landscape, and a map too wide for
/// this paper may get one larger page (A3, or 11×17 in for Letter) before it is tiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Portrait width and height in points.
    pub(crate) fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    /// The next size up, for a map that does not fit this paper readably (portrait, points).
    pub(crate) fn larger(self) -> (f64, f64) {
        match self {
            Paper::A4 => (841.89, 1190.551),
            Paper::Letter => (792.0, 1224.0),
        }
    }

    pub(crate) fn larger_name(self) -> &'static str {
        match self {
            Paper::A4 => "A3",
            Paper::Letter => "11×17 in",
        }
    }
}

/// A poster: the whole map on one large page (portrait or landscape, whichever prints it
/// larger), for the wall, instead of an overview and parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Poster {
    A3,
    A2,
    A1,
}

impl Poster {
    /// Portrait width and height in points.
    pub(crate) fn size(self) -> (f64, f64) {
        match self {
            Poster::A3 => (841.89, 1190.551),
            Poster::A2 => (1190.551, 1683.78),
            Poster::A1 => (1683.78, 2383.937),
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Poster::A3 => "A3",
            Poster::A2 => "A2",
            Poster::A1 => "A1",
        }
    }
}

/// Which parts of the plan to print; all on by default. Order in the document is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Sections {
    pub cover: bool,
    pub summary: bool,
    pub map: bool,
    pub stakeholders: bool,
    pub coverage: bool,
    /// Our offerings against the account's needs, with the totals. Read as on from settings
    /// saved before it existed.
    #[serde(default = "on")]
    pub whitespace: bool,
    pub findings: bool,
    /// Goals and initiatives.
    pub plan: bool,
    pub interactions: bool,
    pub reviews: bool,
    /// The facilitator's guide (every step's questions for the room) as an appendix: for the
    /// team preparing a workshop, so off unless asked for.
    #[serde(default)]
    pub guide: bool,
}

impl Sections {
    pub const ALL: Sections = Sections {
        cover: true,
        summary: true,
        map: true,
        stakeholders: true,
        coverage: true,
        whitespace: true,
        findings: true,
        plan: true,
        interactions: true,
        reviews: true,
        guide: true,
    };

    pub const NONE: Sections = Sections {
        cover: false,
        summary: false,
        map: false,
        stakeholders: false,
        coverage: false,
        whitespace: false,
        findings: false,
        plan: false,
        interactions: false,
        reviews: false,
        guide: false,
    };
}

fn on() -> bool {
    true
}

impl Default for Sections {
    /// Every section of the plan; the guide appendix only when asked for.
    fn default() -> Self {
        Self {
            guide: false,
            ..Self::ALL
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportOptions {
    pub paper: Paper,
    /// For sharing the plan with the client: leaves out attitudes (words, colours, marks, the
    /// findings and goals built on them), personal notes, our internal notes, and the lifetime
    /// value and NPS unless `client_safe_economics` asks for them.
    pub client_safe: bool,
    /// In a client-safe plan, still print the lifetime value (as revenue, never as margin) and
    /// the NPS. No effect on an internal plan, which always has them.
    #[serde(default)]
    pub client_safe_economics: bool,
    /// Printed on the cover; may be empty.
    pub facilitator: String,
    /// Printed on the cover, e.g. "v3" or "Q4 review"; may be empty.
    pub plan_version: String,
    pub sections: Sections,
    /// Print the map as one poster page of this size instead of on the plan's paper.
    #[serde(default)]
    pub poster: Option<Poster>,
}
