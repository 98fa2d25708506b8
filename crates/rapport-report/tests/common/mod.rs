//! Shared by the report's integration tests: the demo plan from a real (in-memory) workspace, and
//! poppler (`pdftotext`, `pdftoppm`, `pdfinfo`) to read what a user would see.

#![allow(dead_code)]

use chrono::NaiveDate;
use rapport_report::PlanInput;
use rapport_store::{DEMO_ACCOUNT, ReviewDraft, Workspace};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
}

/// The demo account as the app would print it, with a second review recorded 30 days ago and a
/// relationship that grew since, so the review section has history and a diff.
pub fn demo_input() -> PlanInput {
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today()).expect("demo");
    assert_eq!(
        ws.account_id_by_name(DEMO_ACCOUNT).expect("found"),
        id,
        "the demo account is found by name"
    );
    let review_day = today() - chrono::Days::new(30);
    ws.record_review(
        &id,
        &ReviewDraft {
            title: "Q3 account review".into(),
            date: review_day,
            attendees: "Sarah Collins, David Moreau".into(),
            notes: "Agreed to focus on the CFO.".into(),
        },
    )
    .expect("review recorded");
    let mut snapshot = ws.account_snapshot(&id).expect("snapshot");
    // Since the review, Sarah has got to know Raj Patel better.
    let patel = snapshot
        .stakeholders
        .iter()
        .find(|s| s.name == "Raj Patel")
        .expect("Raj Patel")
        .id
        .clone();
    for c in snapshot
        .coverage
        .iter_mut()
        .filter(|c| c.stakeholder == patel)
    {
        c.strength = rapport_core::Strength::Acquainted;
    }
    let reviews = ws.reviews(&id).expect("reviews");
    PlanInput {
        snapshot,
        reviews,
        today: today(),
    }
}

/// Where tests keep what they render, for people to look at: `$CARGO_TARGET_DIR/report-artifacts`
/// (or the workspace's `target/report-artifacts`).
pub fn artifacts(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("report-artifacts").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("artifact folder");
    dir
}

fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?} could not start ({e}); install poppler-utils"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Writes the PDF into `dir`, and returns its text as pdftotext reads it, whitespace collapsed.
pub fn pdf_text(pdf: &[u8], dir: &Path) -> String {
    let path = dir.join("plan.pdf");
    std::fs::write(&path, pdf).expect("pdf written");
    let text = run(Command::new("pdftotext").arg(&path).arg("-"));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Renders every page to PNG at 60 dpi (the artifacts) and returns how many there are.
pub fn render_pages(dir: &Path) -> usize {
    run(Command::new("pdftoppm")
        .args(["-r", "60", "-png"])
        .arg(dir.join("plan.pdf"))
        .arg(dir.join("page")));
    std::fs::read_dir(dir)
        .expect("artifacts")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".png"))
        })
        .count()
}

/// `pdfinfo`'s "Pages:" and the first page's size line.
pub fn pdf_info(dir: &Path) -> (usize, String) {
    let info = run(Command::new("pdfinfo").arg(dir.join("plan.pdf")));
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("a page size")
        .trim()
        .to_string();
    (pages, size)
}

pub const ATTITUDE_WORDS: [&str; 5] = ["champion", "supporter", "neutral", "skeptic", "blocker"];

pub const SECTION_TITLES: [&str; 9] = [
    "Executive summary",
    "Stakeholder map",
    "Stakeholders",
    "Coverage",
    "Whitespace",
    "Findings and analysis",
    "Goals and initiatives",
    "Interaction mix",
    "Review history",
];
