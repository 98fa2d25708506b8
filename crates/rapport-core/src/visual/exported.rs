//! The visual language as data for the UI (the bindings' `VOCABULARY.visual`), built from the
//! same constants the report draws with.

use super::*;
use serde::Serialize;
use specta::Type;

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

pub(super) fn attitude_styles(c: &ThemeColours) -> Vec<AttitudeStyle> {
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

pub(super) fn role_styles(c: &ThemeColours) -> Vec<RoleStyle> {
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

pub(super) fn interaction_styles(c: &ThemeColours) -> Vec<InteractionStyle> {
    InteractionKind::ALL
        .iter()
        .zip(c.interactions)
        .map(|(&kind, colour)| InteractionStyle { kind, colour })
        .collect()
}

pub(super) fn theme_style(theme: Theme) -> ThemeStyle {
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
