//! The two themes' colours side by side: one table the screen switches between and the PDF reads
//! (always light).

use super::*;
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
