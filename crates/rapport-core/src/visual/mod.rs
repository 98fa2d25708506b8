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

mod contrast_pairs;
mod exported;
mod themes;

pub use contrast_pairs::*;
pub use exported::*;
pub use themes::*;

/// Where `value` stands in `all` (an enum's `ALL`, which lists every value).
fn position<T: PartialEq>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(0)
}

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

/// Green for a champion through grey to red for a blocker (the light theme's, as in the PDF).
pub fn attitude_colour(a: Attitude) -> &'static str {
    LIGHT.attitudes[position(&Attitude::ALL, a)]
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
    LIGHT.roles[position(&Role::ALL, r)]
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
    colour: LIGHT.reports_to,
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
    colour: LIGHT.influences,
    width: 2.0,
    dash: None,
    arrow: true,
};

pub const CONFLICT: Stroke = Stroke {
    colour: LIGHT.conflict,
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
    LIGHT.interactions[position(&InteractionKind::ALL, kind)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contrast::Use;
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
    fn every_text_and_mark_meets_wcag_aa_in_both_themes() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for theme in Theme::ALL {
            for p in contrast_pairs(theme.colours()) {
                let ratio = p.ratio().unwrap_or_else(|| panic!("{theme:?} {}", p.what));
                checked += 1;
                if ratio < p.used_for.minimum() {
                    failures.push(format!(
                        "{theme:?}: {} ({} on {}) is {ratio:.2}:1, needs {}:1",
                        p.what,
                        p.foreground,
                        p.background,
                        p.used_for.minimum()
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // Both themes, every attitude, role and interaction kind.
        assert!(checked >= 2 * 30, "{checked} pairs");
    }

    #[test]
    fn a_colour_that_fails_aa_is_caught() {
        // The check is not vacuous: the old light grey for "No role yet" fails on white.
        let faint_before = ContrastPair {
            what: "old faint".into(),
            foreground: "#9ca3af",
            background: LIGHT.paper,
            used_for: Use::Text,
        };
        assert!(faint_before.ratio().expect("hex") < Use::Text.minimum());
    }

    #[test]
    fn dark_keeps_the_meaning_of_every_colour() {
        // Attitudes stay five different colours, and the marks do not change with the theme.
        for theme in Theme::ALL {
            let style = theme_style(theme);
            let colours: HashSet<_> = style.attitudes.iter().map(|a| a.colour).collect();
            assert_eq!(colours.len(), Attitude::ALL.len(), "{theme:?}");
            let marks: Vec<_> = style.attitudes.iter().map(|a| a.mark).collect();
            let light: Vec<_> = attitude_styles(&LIGHT).iter().map(|a| a.mark).collect();
            assert_eq!(marks, light);
        }
        // The PDF's colours are the light theme's.
        assert_eq!(attitude_colour(Attitude::Blocker), LIGHT.attitudes[4]);
        assert_eq!(role_colours(Role::User), LIGHT.roles[2]);
        assert_eq!(interaction_colour(InteractionKind::Escalation), "#b91c1c");
        assert_ne!(DARK.paper, LIGHT.paper);
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
