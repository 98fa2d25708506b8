//! The editor's visual language in Rust; keep in step with `ui/src/features/map/visualLanguage.ts`
//! and `ui/src/styles.css`.

use rapport_core::{Attitude, Role, Strength};

pub const INK: &str = "#111827";
pub const INK_SOFT: &str = "#4b5563";
pub const LINE: &str = "#d1d5db";
pub const PAPER: &str = "#ffffff";
/// Our brand colour: every line about us (coverage) is drawn in it.
pub const BRAND: &str = "#1d4ed8";
pub const TEAM_FILL: &str = "#eff6ff";
pub const REPORTS_TO: &str = "#6b7280";
pub const INFLUENCES: &str = "#7c3aed";
pub const CONFLICT: &str = "#dc2626";
pub const PIP: &str = "#374151";
/// The band of a card in client-safe output, where attitude colours are left out.
pub const NEUTRAL_BAND: &str = "#cbd5e1";

pub fn attitude_colour(a: Attitude) -> &'static str {
    match a {
        Attitude::Champion => "#15803d",
        Attitude::Supporter => "#4d7c0f",
        Attitude::Neutral => "#6b7280",
        Attitude::Skeptic => "#c2410c",
        Attitude::Blocker => "#b91c1c",
    }
}

/// The capitalised word the card and legend show.
pub fn attitude_word(a: Attitude) -> &'static str {
    match a {
        Attitude::Champion => "Champion",
        Attitude::Supporter => "Supporter",
        Attitude::Neutral => "Neutral",
        Attitude::Skeptic => "Skeptic",
        Attitude::Blocker => "Blocker",
    }
}

/// (border, fill) of a role badge.
pub fn role_colours(r: Role) -> (&'static str, &'static str) {
    match r {
        Role::Budget => ("#92400e", "#fef3c7"),
        Role::Gatekeeper => ("#1e3a8a", "#e0e7ff"),
        Role::User => ("#065f46", "#d1fae5"),
    }
}

/// Stroke width of a coverage line: a hairline for "none" up to a bold line for "advisor".
pub fn coverage_width(s: Strength) -> f64 {
    1.0 + f64::from(s.level()) * 1.5
}

/// The attitude mark (★ ▲ ● ▼ ✖) as a path centred on (cx, cy), `size` across. Drawn as a shape
/// rather than a glyph so it never depends on the font's coverage.
pub fn attitude_mark(a: Attitude, cx: f64, cy: f64, size: f64) -> String {
    let r = size / 2.0;
    let n = super::draw::num;
    match a {
        Attitude::Champion => {
            let mut d = String::new();
            for i in 0..10 {
                let radius = if i % 2 == 0 { r } else { r * 0.45 };
                let angle =
                    std::f64::consts::PI * (f64::from(i) / 5.0) - std::f64::consts::FRAC_PI_2;
                let (x, y) = (cx + radius * angle.cos(), cy + radius * angle.sin());
                d.push_str(if i == 0 { "M" } else { "L" });
                d.push_str(&format!("{} {} ", n(x), n(y)));
            }
            d.push('Z');
            d
        }
        Attitude::Supporter => format!(
            "M{} {} L{} {} L{} {} Z",
            n(cx),
            n(cy - r * 0.85),
            n(cx + r),
            n(cy + r * 0.8),
            n(cx - r),
            n(cy + r * 0.8)
        ),
        Attitude::Neutral => {
            let k = r * 0.8;
            format!(
                "M{} {} A{k} {k} 0 1 0 {} {} A{k} {k} 0 1 0 {} {} Z",
                n(cx - k),
                n(cy),
                n(cx + k),
                n(cy),
                n(cx - k),
                n(cy),
                k = n(k)
            )
        }
        Attitude::Skeptic => format!(
            "M{} {} L{} {} L{} {} Z",
            n(cx - r),
            n(cy - r * 0.8),
            n(cx + r),
            n(cy - r * 0.8),
            n(cx),
            n(cy + r * 0.85)
        ),
        Attitude::Blocker => {
            // A heavy cross: two bars at 45°.
            let k = r * 0.8;
            let t = r * 0.28;
            let bar = |sx: f64, sy: f64| {
                format!(
                    "M{} {} L{} {} L{} {} L{} {} Z ",
                    n(cx - k * sx - t * sy),
                    n(cy - k * sy + t * sx),
                    n(cx - k * sx + t * sy),
                    n(cy - k * sy - t * sx),
                    n(cx + k * sx + t * sy),
                    n(cy + k * sy - t * sx),
                    n(cx + k * sx - t * sy),
                    n(cy + k * sy + t * sx),
                )
            };
            let s = std::f64::consts::FRAC_1_SQRT_2;
            format!("{}{}", bar(s, s), bar(s, -s))
        }
    }
}
