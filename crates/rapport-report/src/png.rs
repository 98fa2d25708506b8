//! The map as a raster image: the same SVG as [`crate::map_svg`], drawn by resvg with the embedded
//! font (no system fonts are loaded, so every machine draws the same pixels).

use crate::error::ReportError;
use crate::fonts;
use resvg::{tiny_skia, usvg};

/// Larger images are refused rather than allocated: 100 megapixels is 400 MB of pixels.
pub(crate) const MAX_MEGAPIXELS: u32 = 100;

pub(crate) fn render(svg: &str, scale: f32) -> Result<Vec<u8>, ReportError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ReportError::BadScale(scale.to_string()));
    }
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.into(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(fonts::REGULAR.to_vec());
    db.load_font_data(fonts::BOLD.to_vec());
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| ReportError::Png(e.to_string()))?;

    let size = tree.size();
    let width = (f64::from(size.width()) * f64::from(scale)).ceil();
    let height = (f64::from(size.height()) * f64::from(scale)).ceil();
    if width * height > f64::from(MAX_MEGAPIXELS) * 1e6 || width > 1e6 || height > 1e6 {
        return Err(ReportError::ImageTooLarge {
            width: width.min(f64::from(u32::MAX)) as u32,
            height: height.min(f64::from(u32::MAX)) as u32,
            max_megapixels: MAX_MEGAPIXELS,
        });
    }
    let (width, height) = (width.max(1.0) as u32, height.max(1.0) as u32);
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| ReportError::Png(format!("no room for {width} × {height} pixels")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ReportError::Png(e.to_string()))
}
