//! The one visual language of the map, shared by the editor and the PDF: attitude by colour
//! **and** mark (so it survives colour-blindness and grey printing), roles as letter badges,
//! coverage in our brand colour with its width by strength, and the other lines' strokes.
//!
//! The report draws its SVG from these constants; the UI reads the same values from
//! [`visual_language`], exported with the bindings as part of [`crate::vocabulary()`].

use crate::links::{RelationKind, Strength};
use crate::people::{Attitude, Role};
use crate::plan::InteractionKind;
use serde::Serialize;
use specta::Type;

/// Text.
pub const INK: &str = "#111827";
/// Secondary text: titles, departments, captions.
pub const INK_SOFT: &str = "#4b5563";
/// Card borders and rules.
pub const LINE: &str = "#d1d5db";
pub const PAPER: &str = "#ffffff";
/// Our brand colour: every line about us (coverage) is drawn in it, and our cards' borders.
pub const BRAND: &str = "#1d4ed8";
/// The fill of our team members' cards.
pub const TEAM_FILL: &str = "#eff6ff";
/// The influence dots on a card.
pub const PIP: &str = "#374151";
/// The band of a card in client-safe output, where attitude colours are left out.
pub const NEUTRAL_BAND: &str = "#cbd5e1";
/// "No role yet" on a card.
pub const FAINT: &str = "#9ca3af";

/// The shape that marks an attitude beside its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Mark {
    Star,
    TriangleUp,
    Circle,
    TriangleDown,
    Cross,
}

impl Mark {
    /// The mark as a character, for text (the report draws it as a path instead, so it never
    /// depends on a font's coverage).
    pub fn glyph(self) -> char {
        match self {
            Mark::Star => '★',
            Mark::TriangleUp => '▲',
            Mark::Circle => '●',
            Mark::TriangleDown => '▼',
            Mark::Cross => '✖',
        }
    }
}

/// Green for a champion through grey to red for a blocker.
pub fn attitude_colour(a: Attitude) -> &'static str {
    match a {
        Attitude::Champion => "#15803d",
        Attitude::Supporter => "#4d7c0f",
        Attitude::Neutral => "#6b7280",
        Attitude::Skeptic => "#c2410c",
        Attitude::Blocker => "#b91c1c",
    }
}

pub fn attitude_mark(a: Attitude) -> Mark {
    match a {
        Attitude::Champion => Mark::Star,
        Attitude::Supporter => Mark::TriangleUp,
        Attitude::Neutral => Mark::Circle,
        Attitude::Skeptic => Mark::TriangleDown,
        Attitude::Blocker => Mark::Cross,
    }
}

/// The border and fill of a role's badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct BadgeColours {
    pub border: &'static str,
    pub fill: &'static str,
}

pub fn role_colours(r: Role) -> BadgeColours {
    let (border, fill) = match r {
        Role::Budget => ("#92400e", "#fef3c7"),
        Role::Gatekeeper => ("#1e3a8a", "#e0e7ff"),
        Role::User => ("#065f46", "#d1fae5"),
    };
    BadgeColours { border, fill }
}

/// How one kind of line is stroked. Widths are in map units (the editor's pixels at 100 %).
///
/// Numbers are exported to TypeScript as plain `number`s: specta's default for `f64` is
/// `number | null` to allow for NaN, which these constants never are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Stroke {
    pub colour: &'static str,
    #[specta(type = i32)]
    pub width: f64,
    /// An SVG `stroke-dasharray`, for dashed lines.
    pub dash: Option<&'static str>,
    /// Ends in an arrow head pointing at the target.
    pub arrow: bool,
}

/// A solid reporting line.
pub const REPORTS_TO: Stroke = Stroke {
    colour: "#6b7280",
    width: 2.0,
    dash: None,
    arrow: false,
};

/// A dotted (informal or matrix) reporting line.
pub const DOTTED: Stroke = Stroke {
    dash: Some("7 6"),
    ..REPORTS_TO
};

pub const INFLUENCES: Stroke = Stroke {
    colour: "#7c3aed",
    width: 2.0,
    dash: None,
    arrow: true,
};

pub const CONFLICT: Stroke = Stroke {
    colour: "#dc2626",
    width: 2.5,
    dash: Some("3 5"),
    arrow: false,
};

pub fn relation_stroke(kind: RelationKind) -> Stroke {
    match kind {
        RelationKind::Influences => INFLUENCES,
        RelationKind::ConflictsWith => CONFLICT,
    }
}

/// The opacity of a coverage line.
pub const COVERAGE_OPACITY: f64 = 0.85;
/// The opacity of the faint band behind a coverage line that shows the strength we want.
pub const DESIRED_BAND_OPACITY: f64 = 0.14;
/// How much wider than a line of the wanted strength its band is drawn.
pub const DESIRED_BAND_EXTRA: f64 = 8.0;

/// Stroke width of a coverage line: a hairline for "none" up to a bold line for "advisor".
pub fn coverage_width(s: Strength) -> f64 {
    1.0 + f64::from(s.level()) * 1.5
}

/// Value-adding kinds in the brand's greens and blues, problems in warm colours.
pub fn interaction_colour(kind: InteractionKind) -> &'static str {
    match kind {
        InteractionKind::RelationshipBuilding => "#15803d",
        InteractionKind::ValueAdd => "#1d4ed8",
        InteractionKind::Firefighting => "#d97706",
        InteractionKind::Escalation => "#b91c1c",
        InteractionKind::UnvaluedWork => "#6b7280",
    }
}

/// The colours every part of the map shares.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Palette {
    pub ink: &'static str,
    pub ink_soft: &'static str,
    pub line: &'static str,
    pub paper: &'static str,
    pub brand: &'static str,
    pub team_fill: &'static str,
    pub pip: &'static str,
    pub neutral_band: &'static str,
    pub faint: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AttitudeStyle {
    pub attitude: Attitude,
    pub colour: &'static str,
    pub mark: Mark,
    /// The mark as a character, for text.
    pub glyph: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct RoleStyle {
    pub role: Role,
    pub letter: String,
    pub colours: BadgeColours,
}

/// A coverage line: the brand colour, wider the stronger the relationship, over a faint band as
/// wide as the strength we want plus [`DESIRED_BAND_EXTRA`].
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageStyle {
    pub colour: &'static str,
    #[specta(type = i32)]
    pub opacity: f64,
    /// By strength, none (0) to advisor (4).
    #[specta(type = Vec<i32>)]
    pub widths: Vec<f64>,
    #[specta(type = i32)]
    pub band_opacity: f64,
    #[specta(type = i32)]
    pub band_extra: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LineStyles {
    pub reports_to: Stroke,
    pub dotted: Stroke,
    pub covers: CoverageStyle,
    pub influences: Stroke,
    pub conflicts_with: Stroke,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct InteractionStyle {
    pub kind: InteractionKind,
    pub colour: &'static str,
}

/// The whole visual language as data, for the UI.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct VisualLanguage {
    pub palette: Palette,
    pub attitudes: Vec<AttitudeStyle>,
    pub roles: Vec<RoleStyle>,
    pub lines: LineStyles,
    pub interaction_kinds: Vec<InteractionStyle>,
}

pub fn visual_language() -> VisualLanguage {
    VisualLanguage {
        palette: Palette {
            ink: INK,
            ink_soft: INK_SOFT,
            line: LINE,
            paper: PAPER,
            brand: BRAND,
            team_fill: TEAM_FILL,
            pip: PIP,
            neutral_band: NEUTRAL_BAND,
            faint: FAINT,
        },
        attitudes: Attitude::ALL
            .iter()
            .map(|&attitude| AttitudeStyle {
                attitude,
                colour: attitude_colour(attitude),
                mark: attitude_mark(attitude),
                glyph: attitude_mark(attitude).glyph().to_string(),
            })
            .collect(),
        roles: Role::ALL
            .iter()
            .map(|&role| RoleStyle {
                role,
                letter: role.letter().to_string(),
                colours: role_colours(role),
            })
            .collect(),
        lines: LineStyles {
            reports_to: REPORTS_TO,
            dotted: DOTTED,
            covers: CoverageStyle {
                colour: BRAND,
                opacity: COVERAGE_OPACITY,
                widths: Strength::ALL.iter().map(|&s| coverage_width(s)).collect(),
                band_opacity: DESIRED_BAND_OPACITY,
                band_extra: DESIRED_BAND_EXTRA,
            },
            influences: INFLUENCES,
            conflicts_with: CONFLICT,
        },
        interaction_kinds: InteractionKind::ALL
            .iter()
            .map(|&kind| InteractionStyle {
                kind,
                colour: interaction_colour(kind),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn is_hex_colour(c: &str) -> bool {
        c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|d| d.is_ascii_hexdigit())
    }

    #[test]
    fn attitudes_differ_in_colour_and_in_mark() {
        let v = visual_language();
        let colours: HashSet<_> = v.attitudes.iter().map(|a| a.colour).collect();
        let marks: HashSet<_> = v.attitudes.iter().map(|a| a.mark).collect();
        assert_eq!(colours.len(), Attitude::ALL.len());
        assert_eq!(marks.len(), Attitude::ALL.len());
    }

    #[test]
    fn coverage_grows_with_strength_from_a_hairline() {
        let widths = visual_language().lines.covers.widths;
        assert_eq!(widths, [1.0, 2.5, 4.0, 5.5, 7.0]);
    }

    #[test]
    fn every_colour_is_a_hex_colour() {
        let json = serde_json::to_value(visual_language()).expect("serialises");
        fn walk(v: &serde_json::Value, found: &mut usize) {
            match v {
                serde_json::Value::String(s) if s.starts_with('#') => {
                    assert!(is_hex_colour(s), "{s:?}");
                    *found += 1;
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, found)),
                serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, found)),
                _ => {}
            }
        }
        let mut found = 0;
        walk(&json, &mut found);
        assert!(found > 20, "{found} colours");
    }
}
