//! WCAG 2 contrast between two colours, so the visual language's colour pairs are checked by a
//! test in both themes instead of by eye.
//!
//! Relative luminance and contrast ratio as WCAG 2.2 defines them
//! (<https://www.w3.org/TR/WCAG22/#dfn-relative-luminance>): sRGB channels linearised, weighted
//! 0.2126 R + 0.7152 G + 0.0722 B; the ratio is (lighter + 0.05) / (darker + 0.05), 1 to 21.

/// What a colour pair is used for, which sets the contrast it needs (WCAG AA).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Text under 18 pt (24 px), or under 14 pt bold: 4.5:1 (success criterion 1.4.3).
    Text,
    /// Text from 18 pt, or 14 pt bold: 3:1.
    LargeText,
    /// Lines, marks and borders that carry meaning: 3:1 (success criterion 1.4.11).
    Graphic,
}

impl Use {
    /// The smallest contrast ratio AA asks for.
    pub fn minimum(self) -> f64 {
        match self {
            Use::Text => 4.5,
            Use::LargeText | Use::Graphic => 3.0,
        }
    }
}

/// `#rrggbb` as three channels 0–255; `None` for anything else.
pub fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// The relative luminance of an sRGB colour: 0 for black, 1 for white.
pub fn relative_luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The contrast ratio of two colours, whichever is lighter: 1 (none) to 21 (black on white).
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn luminance_of_known_colours() {
        assert!(close(relative_luminance([0, 0, 0]), 0.0));
        assert!(close(relative_luminance([255, 255, 255]), 1.0));
        // Pure green weighs most, pure blue least: the formula's weights.
        assert!(close(relative_luminance([0, 255, 0]), 0.7152));
        assert!(close(relative_luminance([0, 0, 255]), 0.0722));
        // Mid grey #808080 is 0.2159 (not 0.5: the channels are linearised first).
        assert!(close(relative_luminance([128, 128, 128]), 0.2159));
    }

    #[test]
    fn contrast_of_known_pairs() {
        let white = [255, 255, 255];
        assert!(close(contrast_ratio([0, 0, 0], white), 21.0));
        assert!(close(contrast_ratio(white, white), 1.0));
        // #767676 is the lightest grey that passes AA on white (4.54:1); #777777 fails (4.48:1).
        assert!(close(contrast_ratio([0x76, 0x76, 0x76], white), 4.54));
        assert!(contrast_ratio([0x77, 0x77, 0x77], white) < Use::Text.minimum());
        // Order does not matter.
        let (a, b) = ([0x1d, 0x4e, 0xd8], [0xef, 0xf6, 0xff]);
        assert!(close(contrast_ratio(a, b), contrast_ratio(b, a)));
    }

    #[test]
    fn only_six_digit_hex_colours_parse() {
        assert_eq!(parse_hex("#1d4ED8"), Some([0x1d, 0x4e, 0xd8]));
        assert_eq!(parse_hex("#fff"), None);
        assert_eq!(parse_hex("1d4ed8"), None);
        assert_eq!(parse_hex("#1d4eg8"), None);
    }
}
