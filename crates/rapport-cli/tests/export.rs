//! `rapport export-pdf` and `rapport export-map` as a user runs them: the real binary on a demo
//! workspace file.

use std::path::Path;
use std::process::{Command, Output};

const TODAY: &str = "2026-11-23";

fn rapport(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .expect("rapport runs")
}

fn demo_workspace(dir: &Path) -> String {
    let file = dir
        .join("ws.sqlite")
        .to_str()
        .expect("utf-8 path")
        .to_string();
    let out = rapport(&["demo", "--workspace", &file, "--today", TODAY]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(out.status.success());
    stdout(&out)
}

#[test]
fn export_pdf_writes_the_demo_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace(dir.path());
    let pdf = dir.path().join("helios.pdf");
    let out = rapport(&[
        "export-pdf",
        "--workspace",
        &ws,
        "--account",
        "helios freight",
        "--out",
        pdf.to_str().expect("utf-8"),
        "--today",
        TODAY,
        "--facilitator",
        "Sarah Collins",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Wrote the account plan of Helios Freight to "),
        "{}",
        stdout(&out)
    );
    let bytes = std::fs::read(&pdf).expect("the PDF exists");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    assert!(text.contains("Helios Freight") && text.contains("Raj Patel"));
    assert!(text.contains("Blocker"), "internal plans keep attitudes");
    assert!(
        !text.contains("Appendix: what to ask the room"),
        "no guide unless asked for"
    );
}

#[test]
fn export_pdf_client_safe_on_letter_with_the_guide() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace(dir.path());
    let pdf = dir.path().join("client.pdf");
    let out = rapport(&[
        "export-pdf",
        "--workspace",
        &ws,
        "--account",
        "Helios Freight",
        "--out",
        pdf.to_str().expect("utf-8"),
        "--client-safe",
        "--paper",
        "letter",
        "--guide",
        "--today",
        TODAY,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("client-safe account plan"));
    let text = pdftotext(&pdf).to_lowercase();
    assert!(
        text.contains("appendix: what to ask the room"),
        "--guide adds the appendix"
    );
    for word in ["champion", "supporter", "neutral", "skeptic", "blocker"] {
        assert!(!text.contains(word), "{word}");
    }
    let info = Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo");
    assert!(stdout(&info).contains("612 x 792"), "{}", stdout(&info));
}

#[test]
fn export_map_writes_svg_and_png() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace(dir.path());
    let svg = dir.path().join("map.svg");
    let out = rapport(&[
        "export-map",
        "--workspace",
        &ws,
        "--account",
        "Helios Freight",
        "--format",
        "svg",
        "--out",
        svg.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&svg).expect("the SVG exists");
    assert!(text.starts_with("<svg ") && text.contains("Margaret Chen"));

    let png = dir.path().join("map.png");
    let out = rapport(&[
        "export-map",
        "--workspace",
        &ws,
        "--account",
        "Helios Freight",
        "--format",
        "png",
        "--client-safe",
        "--scale",
        "0.5",
        "--out",
        png.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&png).expect("the PNG exists");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(stdout(&out).contains("Wrote the map of Helios Freight"));
}

#[test]
fn failures_name_the_account_or_the_file_and_leave_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ws = demo_workspace(dir.path());

    let pdf = dir.path().join("acme.pdf");
    let out = rapport(&[
        "export-pdf",
        "--workspace",
        &ws,
        "--account",
        "Acme",
        "--out",
        pdf.to_str().expect("utf-8"),
    ]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).trim_end(),
        "rapport: No account is called \"Acme\" in this workspace."
    );
    assert!(!pdf.exists());

    let nowhere = dir.path().join("no-such-folder").join("plan.pdf");
    let out = rapport(&[
        "export-pdf",
        "--workspace",
        &ws,
        "--account",
        "Helios Freight",
        "--out",
        nowhere.to_str().expect("utf-8"),
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.starts_with("rapport: could not write ") && err.contains("no-such-folder/plan.pdf"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(!nowhere.exists());

    let out = rapport(&[
        "export-map",
        "--workspace",
        &ws,
        "--account",
        "Helios Freight",
        "--format",
        "gif",
        "--out",
        "x.gif",
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("gif"), "{}", stderr(&out));
}
