//! The one visual language of the map, shared by the editor and the PDF: attitude by colour
//! **and** mark (so it survives colour-blindness and grey printing), roles as letter badges,
//! coverage in our brand colour with its width by strength, and the other lines' strokes.
//!
//! The report draws its SVG from these constants; the UI reads the same values from
//! [`visual_language`], exported with the bindings as part of [`crate::vocabulary()`].

use crate::contrast::{Use, contrast_ratio, parse_hex};
use crate::links::{RelationKind, Strength};
use crate::people::{Attitude, Role};
use crate::plan::InteractionKind;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Light or dark. The screen follows the OS unless the user chose one; the PDF is always light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    pub fn colours(self) -> &'static ThemeColours {
        match self {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }
}

/// Every colour of the visual language in one theme. [`LIGHT`] and [`DARK`] sit side by side so
/// a change to one is made beside the other, and one test checks every text-on-background pair
/// of both against WCAG AA ([`contrast_pairs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeColours {
    /// Text.
    pub ink: &'static str,
    /// Secondary text: titles, departments, captions.
    pub ink_soft: &'static str,
    /// Card borders and rules.
    pub line: &'static str,
    /// Cards, panels and dialogs.
    pub paper: &'static str,
    /// The map's and the window's background, behind the paper.
    pub canvas: &'static str,
    /// Our brand colour: every line about us (coverage) is drawn in it, and our cards' borders.
    pub brand: &'static str,
    /// Text on the brand colour (our team badge, primary buttons).
    pub on_brand: &'static str,
    /// The fill of our team members' cards.
    pub team_fill: &'static str,
    /// The influence dots on a card.
    pub pip: &'static str,
    /// The band of a card in client-safe output, where attitude colours are left out.
    pub neutral_band: &'static str,
    /// "No role yet" on a card.
    pub faint: &'static str,
    /// By attitude, in [`Attitude::ALL`]'s order: green for a champion through grey to red.
    pub attitudes: [&'static str; 5],
    /// By role, in [`Role::ALL`]'s order.
    pub roles: [BadgeColours; 3],
    pub reports_to: &'static str,
    pub influences: &'static str,
    pub conflict: &'static str,
    /// By kind, in [`InteractionKind::ALL`]'s order: value in greens and blues, problems warm.
    pub interactions: [&'static str; 5],
}

/// The light theme, which the PDF always uses.
#[rustfmt::skip]
pub const LIGHT: ThemeColours = ThemeColours {
    ink: "#111827", ink_soft: "#4b5563", line: "#d1d5db", paper: "#ffffff", canvas: "#f8fafc",
    brand: "#1d4ed8", on_brand: "#ffffff", team_fill: "#eff6ff", pip: "#374151",
    neutral_band: "#cbd5e1", faint: "#6b7280",
    attitudes: ["#15803d", "#4d7c0f", "#6b7280", "#c2410c", "#b91c1c"],
    roles: [
        BadgeColours { border: "#92400e", fill: "#fef3c7" },
        BadgeColours { border: "#1e3a8a", fill: "#e0e7ff" },
        BadgeColours { border: "#065f46", fill: "#d1fae5" },
    ],
    reports_to: "#6b7280", influences: "#7c3aed", conflict: "#dc2626",
    interactions: ["#15803d", "#1d4ed8", "#b45309", "#b91c1c", "#6b7280"],
};

/// The dark theme: light text on slate paper; the same hues, lighter, so green still means a
/// champion and red a blocker, and the brand blue still marks what is ours.
#[rustfmt::skip]
pub const DARK: ThemeColours = ThemeColours {
    ink: "#f3f4f6", ink_soft: "#cbd5e1", line: "#4b5563", paper: "#1f2937", canvas: "#111827",
    brand: "#60a5fa", on_brand: "#0b1220", team_fill: "#172554", pip: "#d1d5db",
    neutral_band: "#64748b", faint: "#9ca3af",
    attitudes: ["#4ade80", "#bef264", "#a3a3a3", "#fdba74", "#fca5a5"],
    roles: [
        BadgeColours { border: "#fbbf24", fill: "#422006" },
        BadgeColours { border: "#a5b4fc", fill: "#1e1b4b" },
        BadgeColours { border: "#6ee7b7", fill: "#022c22" },
    ],
    reports_to: "#9ca3af", influences: "#a78bfa", conflict: "#f87171",
    interactions: ["#4ade80", "#60a5fa", "#fbbf24", "#f87171", "#9ca3af"],
};

/// Text.
pub const INK: &str = LIGHT.ink;
/// Secondary text: titles, departments, captions.
pub const INK_SOFT: &str = LIGHT.ink_soft;
/// Card borders and rules.
pub const LINE: &str = LIGHT.line;
pub const PAPER: &str = LIGHT.paper;
/// Our brand colour: every line about us (coverage) is drawn in it, and our cards' borders.
pub const BRAND: &str = LIGHT.brand;
/// The fill of our team members' cards.
pub const TEAM_FILL: &str = LIGHT.team_fill;
/// The influence dots on a card.
pub const PIP: &str = LIGHT.pip;
/// The band of a card in client-safe output, where attitude colours are left out.
pub const NEUTRAL_BAND: &str = LIGHT.neutral_band;
/// "No role yet" on a card.
pub const FAINT: &str = LIGHT.faint;

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

/// The colours every part of the map shares.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Palette {
    pub ink: &'static str,
    pub ink_soft: &'static str,
    pub line: &'static str,
    pub paper: &'static str,
    pub canvas: &'static str,
    pub brand: &'static str,
    pub on_brand: &'static str,
    pub team_fill: &'static str,
    pub pip: &'static str,
    pub neutral_band: &'static str,
    pub faint: &'static str,
}

impl Palette {
    fn of(c: &ThemeColours) -> Self {
        Palette {
            ink: c.ink,
            ink_soft: c.ink_soft,
            line: c.line,
            paper: c.paper,
            canvas: c.canvas,
            brand: c.brand,
            on_brand: c.on_brand,
            team_fill: c.team_fill,
            pip: c.pip,
            neutral_band: c.neutral_band,
            faint: c.faint,
        }
    }
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

/// The colours of the lines in one theme (their widths and dashes are the same in both).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ThemeLines {
    pub reports_to: &'static str,
    pub covers: &'static str,
    pub influences: &'static str,
    pub conflicts_with: &'static str,
}

/// One theme's colours, for the UI (which puts them into CSS custom properties).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ThemeStyle {
    pub theme: Theme,
    pub palette: Palette,
    pub attitudes: Vec<AttitudeStyle>,
    pub roles: Vec<RoleStyle>,
    pub lines: ThemeLines,
    pub interaction_kinds: Vec<InteractionStyle>,
}

/// The whole visual language as data, for the UI. `palette`, `attitudes`, `roles`, `lines` and
/// `interaction_kinds` are the light theme's (the PDF's); `themes` holds the colours of both.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct VisualLanguage {
    pub palette: Palette,
    pub attitudes: Vec<AttitudeStyle>,
    pub roles: Vec<RoleStyle>,
    pub lines: LineStyles,
    pub interaction_kinds: Vec<InteractionStyle>,
    pub themes: Vec<ThemeStyle>,
}

fn attitude_styles(c: &ThemeColours) -> Vec<AttitudeStyle> {
    Attitude::ALL
        .iter()
        .zip(c.attitudes)
        .map(|(&attitude, colour)| AttitudeStyle {
            attitude,
            colour,
            mark: attitude_mark(attitude),
            glyph: attitude_mark(attitude).glyph().to_string(),
        })
        .collect()
}

fn role_styles(c: &ThemeColours) -> Vec<RoleStyle> {
    Role::ALL
        .iter()
        .zip(c.roles)
        .map(|(&role, colours)| RoleStyle {
            role,
            letter: role.letter().to_string(),
            colours,
        })
        .collect()
}

fn interaction_styles(c: &ThemeColours) -> Vec<InteractionStyle> {
    InteractionKind::ALL
        .iter()
        .zip(c.interactions)
        .map(|(&kind, colour)| InteractionStyle { kind, colour })
        .collect()
}

fn theme_style(theme: Theme) -> ThemeStyle {
    let c = theme.colours();
    ThemeStyle {
        theme,
        palette: Palette::of(c),
        attitudes: attitude_styles(c),
        roles: role_styles(c),
        lines: ThemeLines {
            reports_to: c.reports_to,
            covers: c.brand,
            influences: c.influences,
            conflicts_with: c.conflict,
        },
        interaction_kinds: interaction_styles(c),
    }
}

/// A foreground drawn on a background somewhere in the visual language, and what it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct ContrastPair {
    pub what: String,
    pub foreground: &'static str,
    pub background: &'static str,
    pub used_for: Use,
}

impl ContrastPair {
    /// The pair's contrast ratio; `None` when a colour is not `#rrggbb`.
    pub fn ratio(&self) -> Option<f64> {
        Some(contrast_ratio(
            parse_hex(self.foreground)?,
            parse_hex(self.background)?,
        ))
    }
}

/// Every place the visual language puts text or a meaningful mark on a background, in one
/// theme: what the contrast test walks.
pub fn contrast_pairs(c: &ThemeColours) -> Vec<ContrastPair> {
    let pair = |what: String, foreground, background, used_for| ContrastPair {
        what,
        foreground,
        background,
        used_for,
    };
    let mut pairs = Vec::new();
    for (name, fg) in [("text", c.ink), ("secondary text", c.ink_soft)] {
        for (surface, bg) in [
            ("a card", c.paper),
            ("the canvas", c.canvas),
            ("our team's card", c.team_fill),
        ] {
            pairs.push(pair(format!("{name} on {surface}"), fg, bg, Use::Text));
        }
    }
    pairs.push(pair(
        "\"No role yet\" on a card".into(),
        c.faint,
        c.paper,
        Use::Text,
    ));
    pairs.push(pair(
        "our team badge".into(),
        c.on_brand,
        c.brand,
        Use::Text,
    ));
    pairs.push(pair(
        "brand links on a card".into(),
        c.brand,
        c.paper,
        Use::Text,
    ));
    pairs.push(pair(
        "coverage lines".into(),
        c.brand,
        c.canvas,
        Use::Graphic,
    ));
    pairs.push(pair("influence dots".into(), c.pip, c.paper, Use::Graphic));
    for (a, colour) in Attitude::ALL.iter().zip(c.attitudes) {
        // The attitude's word is written in its colour on the card.
        pairs.push(pair(
            format!("{} on a card", a.label()),
            colour,
            c.paper,
            Use::Text,
        ));
    }
    for (r, badge) in Role::ALL.iter().zip(c.roles) {
        let name = r.label();
        pairs.push(pair(
            format!("{name} badge text"),
            c.ink,
            badge.fill,
            Use::Text,
        ));
        pairs.push(pair(
            format!("{name} badge border"),
            badge.border,
            c.paper,
            Use::Graphic,
        ));
    }
    for (name, colour) in [
        ("reporting lines", c.reports_to),
        ("influence arrows", c.influences),
        ("conflict lines", c.conflict),
    ] {
        pairs.push(pair(name.into(), colour, c.canvas, Use::Graphic));
    }
    for (kind, colour) in InteractionKind::ALL.iter().zip(c.interactions) {
        pairs.push(pair(
            format!("{} bar", kind.label()),
            colour,
            c.paper,
            Use::Graphic,
        ));
    }
    pairs
}

pub fn visual_language() -> VisualLanguage {
    VisualLanguage {
        palette: Palette::of(&LIGHT),
        attitudes: attitude_styles(&LIGHT),
        roles: role_styles(&LIGHT),
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
        interaction_kinds: interaction_styles(&LIGHT),
        themes: Theme::ALL.iter().map(|&t| theme_style(t)).collect(),
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
