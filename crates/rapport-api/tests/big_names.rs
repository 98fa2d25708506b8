//! Names of every Unicode class, at the largest size the rules allow, through the documents: the
//! SVG map still parses as XML and the PDF's text comes back through `pdftotext`, each within a
//! time limit (a 10 MB name once made the PDF take five minutes; the limits keep it bounded).

use chrono::NaiveDate;
use rapport_api::export::{ExportKind, plan_input, render};
use rapport_api::{Error, SystemClock, map};
use rapport_core::rules::{MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_NOTES_CHARS};
use rapport_core::*;
use rapport_report::ReportOptions;
use rapport_store::Workspace;
use std::time::{Duration, Instant};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

/// Exactly `chars` characters, repeating `sample`.
fn sized(sample: &str, chars: usize) -> String {
    sample.chars().cycle().take(chars).collect()
}

/// One name per class of text a real name (or a pasted one) may hold.
fn names() -> Vec<(&'static str, String)> {
    [
        ("latin with accents", "Zoë Łukasiewicz-Ångström "),
        ("cjk", "王小明張偉李娜"),
        ("arabic, right to left", "محمد بن سلمان "),
        ("hebrew with a bidi override", "\u{202E}דוד כהן\u{202C} "),
        ("devanagari", "राहुल शर्मा "),
        ("combining marks", "e\u{301}a\u{308}o\u{302}\u{335}"),
        ("emoji and joiners", "👩🏽\u{200D}💻🏳\u{FE0F}\u{200D}🌈 "),
        (
            "zero-width and controls",
            "A\u{200B}B\u{FEFF}C\u{0001}D\u{0008}E\u{007F}",
        ),
        (
            "xml and typst markup",
            "<b>&amp;</b> #let x = 1; $x^2$ \"q\" 'a' ",
        ),
        ("astral symbols", "𝔄𝔫𝔫𝔞 𓀀 𝄞 "),
    ]
    .into_iter()
    .map(|(class, sample)| (class, sized(sample, MAX_NAME_CHARS)))
    .collect()
}

/// The demo with one more person per class of name, each at every limit.
fn workspace() -> (Workspace, AccountId) {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    for (i, (_, name)) in names().into_iter().enumerate() {
        let added = map::quick_add(&mut ws, &id, &format!("Person {i}"), None).expect("added");
        let PersonId::Stakeholder(person) = added.person else {
            panic!("a stakeholder")
        };
        let mut s = ws
            .account_snapshot(&id)
            .expect("loads")
            .stakeholder(&person)
            .expect("there")
            .clone();
        s.name = name;
        s.title = sized("Chief Ω Officer ", MAX_LINE_CHARS);
        s.department = sized("Département ", MAX_LINE_CHARS);
        // One person's notes at the limit: the PDF prints them, and ten such would only add
        // typesetting time to the test.
        if i == 0 {
            s.personal_notes = sized("notes ", MAX_NOTES_CHARS);
        }
        s.roles = vec![Role::Budget];
        map::update_stakeholder(&mut ws, &id, &s).expect("at the limit is allowed");
    }
    (ws, id)
}

#[test]
fn one_character_over_any_limit_is_refused_naming_the_field() {
    let (mut ws, id) = workspace();
    let mut s = ws.account_snapshot(&id).expect("loads").stakeholders[0].clone();
    s.name = sized("x", MAX_NAME_CHARS + 1);
    match map::update_stakeholder(&mut ws, &id, &s) {
        Err(Error::Validation { field, .. }) => assert_eq!(field, "name"),
        other => panic!("expected a refused name, got {other:?}"),
    }
    let pasted = "y".repeat(10 * 1024 * 1024);
    match map::quick_add(&mut ws, &id, &pasted, None) {
        Err(Error::Validation { field, message }) => {
            assert_eq!(field, "quickAdd");
            assert!(
                message.contains("10,485,760") || message.contains("10485760"),
                "{message}"
            );
        }
        other => panic!("expected a refused line, got {other:?}"),
    }
}

#[test]
fn the_svg_map_parses_as_xml_with_every_kind_of_name() {
    let (ws, id) = workspace();
    let clock = SystemClock::pinned_to(Some(today()));
    let input = plan_input(&ws, &clock, &id).expect("input");
    let started = Instant::now();
    let svg = render(
        ExportKind::MapSvg,
        &input,
        &ReportOptions::default(),
        1.0,
        &mut |_| {},
    )
    .expect("rendered");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    let svg = String::from_utf8(svg).expect("utf-8");
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    for fragment in ["Zoë", "王小明", "राहुल", "&amp;", "#let"] {
        assert!(text.contains(fragment), "{fragment} is on the map");
    }
}

#[test]
fn the_pdf_holds_every_kind_of_name_and_renders_in_bounded_time() {
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED: pdftotext is not installed (Debian: poppler-utils).");
        return;
    }
    let (ws, id) = workspace();
    let clock = SystemClock::pinned_to(Some(today()));
    let input = plan_input(&ws, &clock, &id).expect("input");
    let started = Instant::now();
    let pdf = render(
        ExportKind::PlanPdf,
        &input,
        &ReportOptions::default(),
        1.0,
        &mut |_| {},
    )
    .expect("rendered");
    let took = started.elapsed();
    // Debug build, two shared cores: generous, but minutes would mean the limits do not hold.
    assert!(took < Duration::from_secs(180), "the PDF took {took:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, &pdf).expect("written");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for fragment in [
        "Helios Freight",
        "Zoë",
        "Łukasiewicz",
        "王小明",
        "#let x = 1",
    ] {
        assert!(text.contains(fragment), "{fragment} is in the PDF's text");
    }
    eprintln!(
        "PDF with maximum-size names of every class: {took:?}, {} bytes",
        pdf.len()
    );
}
