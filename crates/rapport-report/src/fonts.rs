//! The one typeface of every document: Inter (SIL Open Font License, see `fonts/OFL.txt`),
//! embedded in the binary so output never depends on the fonts of the machine that renders it.
//! Inter is also the editor's first-choice font, so the map reads the same on screen and paper.

use std::sync::OnceLock;

pub(crate) const FAMILY: &str = "Inter";
pub(crate) const REGULAR: &[u8] = include_bytes!("../fonts/Inter-Regular.otf");
pub(crate) const BOLD: &[u8] = include_bytes!("../fonts/Inter-Bold.otf");

/// Advance widths in font units per em, for laying out map text without a shaper. Kerning is
/// ignored, which only ever makes a measured string a little wider than drawn: safe for fitting.
struct Metrics {
    units_per_em: f64,
    face: ttf_parser::Face<'static>,
}

impl Metrics {
    fn load(data: &'static [u8]) -> Self {
        let face = ttf_parser::Face::parse(data, 0).expect("the embedded font parses");
        Self {
            units_per_em: f64::from(face.units_per_em()),
            face,
        }
    }

    fn advance(&self, c: char) -> f64 {
        let glyph = self
            .face
            .glyph_index(c)
            .or_else(|| self.face.glyph_index('?'));
        glyph
            .and_then(|g| self.face.glyph_hor_advance(g))
            .map_or(0.6 * self.units_per_em, f64::from)
    }
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR_METRICS: OnceLock<Metrics> = OnceLock::new();
    static BOLD_METRICS: OnceLock<Metrics> = OnceLock::new();
    if bold {
        BOLD_METRICS.get_or_init(|| Metrics::load(BOLD))
    } else {
        REGULAR_METRICS.get_or_init(|| Metrics::load(REGULAR))
    }
}

/// The width of `text` set in Inter at `size` (same unit out as in).
pub(crate) fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let m = metrics(bold);
    let units: f64 = text.chars().map(|c| m.advance(c)).sum();
    units / m.units_per_em * size
}

/// `text` cut to fit `width` with an ellipsis, or whole if it fits.
pub(crate) fn fit(text: &str, size: f64, bold: bool, width: f64) -> String {
    if text_width(text, size, bold) <= width {
        return text.to_string();
    }
    let m = metrics(bold);
    let budget = width / size * m.units_per_em - m.advance('…');
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += m.advance(c);
        if used > budget {
            break;
        }
        out.push(c);
    }
    let trimmed = out.trim_end();
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider_than_regular() {
        let short = text_width("Ann", 16.0, false);
        let long = text_width("Annabelle Fitzgerald", 16.0, false);
        assert!(short > 10.0 && long > 3.0 * short, "{short} {long}");
        assert!(text_width("Margaret Chen", 16.0, true) > text_width("Margaret Chen", 16.0, false));
    }

    #[test]
    fn fit_keeps_short_text_and_cuts_long_text_with_an_ellipsis() {
        assert_eq!(fit("Raj Patel", 16.0, true, 200.0), "Raj Patel");
        let cut = fit(
            "Warehouse Site Manager, Hamburg and Bremen",
            14.0,
            false,
            150.0,
        );
        assert!(cut.ends_with('…') && cut.len() < 40, "{cut}");
        assert!(text_width(&cut, 14.0, false) <= 150.0);
    }
}
