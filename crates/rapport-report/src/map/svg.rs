//! SVG text primitives every part of the map shares: numbers, escaped text, the document and
//! its background.

use crate::fonts::FAMILY;
use rapport_core::visual::PAPER;
use std::fmt::Write;

use super::scene::Rect;

/// A number with at most two decimals and no trailing zeros: short, and the same on every run.
pub(crate) fn num(v: f64) -> String {
    let v = (v * 100.0).round() / 100.0;
    if v == v.trunc() {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').to_string()
    }
}

/// User text as XML character data: markup characters escaped, characters XML forbids dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn open_svg(svg: &mut String, view: Rect, width: f64, height: f64) {
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" width=\"{}\" \
         height=\"{}\" font-family=\"{FAMILY}\">",
        num(view.x),
        num(view.y),
        num(view.w),
        num(view.h),
        num(width),
        num(height)
    );
}

pub(crate) fn background(svg: &mut String, x: f64, y: f64, w: f64, h: f64) {
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{PAPER}\"/>",
        num(x),
        num(y),
        num(w),
        num(h)
    );
}

pub(crate) fn text(
    svg: &mut String,
    x: f64,
    y: f64,
    size: f64,
    bold: bool,
    fill: &str,
    content: &str,
) {
    let weight = if bold { " font-weight=\"700\"" } else { "" };
    let _ = write!(
        svg,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{weight} fill=\"{fill}\">{}</text>",
        num(x),
        num(y),
        num(size),
        escape(content)
    );
}
