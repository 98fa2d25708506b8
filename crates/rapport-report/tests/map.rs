//! The map on its own (SVG, PNG) and a large map in the PDF: nobody is ever left out.

mod common;

use common::*;
use rapport_core::{synthetic_account, synthetic_today};
use rapport_report::{
    PlanInput, Poster, ReportError, ReportOptions, Sections, map_png, map_svg, render_pdf,
};

fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (be(16), be(20))
}

#[test]
fn a_500_person_map_is_complete_across_its_overview_and_parts() {
    let snapshot = synthetic_account(500, 42);
    let input = PlanInput {
        snapshot,
        reviews: Vec::new(),
        today: synthetic_today(),
    };
    let options = ReportOptions {
        sections: Sections {
            map: true,
            ..Sections::NONE
        },
        ..ReportOptions::default()
    };
    let pdf = render_pdf(&input, &options, &mut |_| {}).expect("renders");
    let dir = artifacts("map-500");
    let text = pdf_text(&pdf, &dir);
    let mut missing: Vec<&str> = input
        .snapshot
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .chain(input.snapshot.team.iter().map(|t| t.name.as_str()))
        .filter(|name| !text.contains(name))
        .collect();
    missing.truncate(10);
    assert!(missing.is_empty(), "not on the map: {missing:?}");
    assert!(text.contains("Stakeholder map: overview"));
    let pages = render_pages(&dir);
    assert!(pages > 2, "an overview and its parts: {pages} pages");
}

#[test]
fn the_demo_map_as_svg_and_png() {
    let input = demo_input();
    let dir = artifacts("map-demo");
    let svg = map_svg(&input.snapshot, false);
    std::fs::write(dir.join("map.svg"), &svg).expect("svg written");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(!svg.contains("foreignObject"));
    for s in &input.snapshot.stakeholders {
        assert!(svg.contains(&s.name), "{} is missing", s.name);
    }
    assert!(
        svg.contains("Champion") && svg.contains("In conflict"),
        "the legend"
    );

    let png = map_png(&input.snapshot, false, 1.0).expect("png");
    std::fs::write(dir.join("map.png"), &png).expect("png written");
    let (w, h) = png_size(&png);
    let half = map_png(&input.snapshot, false, 0.5).expect("png at half size");
    let (w2, h2) = png_size(&half);
    assert!(w > 1000 && h > 500, "{w} × {h}");
    assert!(
        (2 * w2).abs_diff(w) <= 2 && (2 * h2).abs_diff(h) <= 2,
        "{w2} × {h2}"
    );

    // Text is drawn with the embedded font: renaming someone changes the pixels.
    let mut renamed = input.snapshot.clone();
    renamed.stakeholders[0].name = "Someone Else Entirely".into();
    assert!(map_png(&renamed, false, 0.5).expect("png") != half);
}

#[test]
fn client_safe_map_exports_carry_no_attitudes() {
    let input = demo_input();
    let svg = map_svg(&input.snapshot, true).to_lowercase();
    for word in ATTITUDE_WORDS {
        assert!(!svg.contains(word), "{word:?} in the client-safe map");
    }
    assert!(svg.contains("raj patel"));
    let safe = map_png(&input.snapshot, true, 0.5).expect("png");
    let internal = map_png(&input.snapshot, false, 0.5).expect("png");
    assert!(safe != internal);
    std::fs::write(artifacts("map-client-safe").join("map.png"), &safe).expect("written");
}

#[test]
fn png_scale_is_checked() {
    let input = demo_input();
    assert_eq!(
        map_png(&input.snapshot, false, 0.0),
        Err(ReportError::BadScale("0".into()))
    );
    assert!(matches!(
        map_png(&input.snapshot, false, f32::NAN),
        Err(ReportError::BadScale(_))
    ));
    let err = map_png(&input.snapshot, false, 100.0).expect_err("far too large");
    assert!(matches!(err, ReportError::ImageTooLarge { .. }), "{err}");
    assert!(err.to_string().contains("Export it as SVG"), "{err}");
}

#[test]
fn a_big_map_as_an_a1_poster_is_one_page_with_every_name() {
    let input = PlanInput {
        snapshot: synthetic_account(300, 1),
        reviews: Vec::new(),
        today: synthetic_today(),
    };
    let options = ReportOptions {
        sections: Sections {
            map: true,
            ..Sections::NONE
        },
        poster: Some(Poster::A1),
        ..ReportOptions::default()
    };
    let pdf = render_pdf(&input, &options, &mut |_| {}).expect("renders");
    let dir = artifacts("map-300-poster-a1");
    let text = pdf_text(&pdf, &dir);
    for s in &input.snapshot.stakeholders {
        assert!(text.contains(&s.name), "{} is missing", s.name);
    }
    assert!(text.contains("Poster on A1"), "{text}");
    let (pages, size) = pdf_info(&dir);
    assert_eq!(pages, 1);
    // A1 is 1683.78 × 2383.94 pt, either way round.
    assert!(size.contains("2383.9") && size.contains("1683.7"), "{size}");
    render_pages(&dir);
}
