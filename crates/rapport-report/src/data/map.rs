//! The map's pages as the template places them; the SVGs themselves travel as images.

use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MapDoc {
    pub pages: Vec<MapPageDoc>,
    /// The image index of the legend.
    pub legend: usize,
    pub legend_width: f64,
    pub margin_x: f64,
    pub margin_top: f64,
    pub margin_bottom: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MapPageDoc {
    pub width: f64,
    pub height: f64,
    pub title: String,
    pub caption: String,
    pub images: Vec<MapImageDoc>,
    pub legend: bool,
}

#[derive(Serialize)]
pub(crate) struct MapImageDoc {
    pub image: usize,
    /// Points.
    pub width: f64,
    /// The SVG names other map pages by placeholder (map/page_refs.rs): the template fills in
    /// the real page numbers.
    pub refs: bool,
}
