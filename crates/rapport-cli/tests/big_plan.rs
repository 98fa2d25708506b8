//! The plan of a big account as a user makes it: `rapport generate --people 300`, then
//! `rapport export-pdf` (the real binary). The map must stay readable in few pages: an overview
//! and parts along the reporting lines, every name on the map pages themselves (not only in the
//! stakeholder table that follows). The PDF and a rendered part are kept in
//! `target/e2e-artifacts/big-plan/` for people to look at.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ACCOUNT: &str = "Northwind Holdings (300 people)";
/// The generated account's dates are around 2025-06-30 (core's `synthetic_today`).
const TODAY: &str = "2025-06-30";

fn rapport(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .expect("rapport runs");
    assert!(
        out.status.success(),
        "rapport {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} could not start ({e}); install poppler-utils"));
    assert!(out.status.success(), "{name} {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `target/e2e-artifacts/<name>`, as tests/e2e/paths.mjs finds it (kept by CI).
fn artifacts(name: &str) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("e2e-artifacts").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("artifact folder");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn a_300_person_plan_prints_its_map_in_a_few_readable_pages_with_every_name() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = tmp.path().join("ws.sqlite");
    rapport(&["generate", "--workspace", s(&ws), "--people", "300"]);
    let json = tmp.path().join("account.json");
    rapport(&[
        "export-json",
        "--workspace",
        s(&ws),
        "--account",
        ACCOUNT,
        "--out",
        s(&json),
    ]);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).expect("json")).expect("an account");
    let names: Vec<String> = ["stakeholders", "team"]
        .iter()
        .flat_map(|list| {
            doc["snapshot"][list]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .collect();
    assert!(names.len() >= 300, "{} people", names.len());

    let dir = artifacts("big-plan");
    let pdf = dir.join("plan-300.pdf");
    rapport(&[
        "export-pdf",
        "--workspace",
        s(&ws),
        "--account",
        ACCOUNT,
        "--out",
        s(&pdf),
        "--today",
        TODAY,
    ]);

    // pdftotext separates pages with a form feed: the map pages are the overview and its parts.
    let pages: Vec<String> = tool("pdftotext", &[s(&pdf), "-"])
        .split('\u{c}')
        .map(str::to_owned)
        .collect();
    let map_pages: Vec<usize> = (0..pages.len())
        .filter(|&i| {
            pages[i].contains("Stakeholder map: overview")
                || pages[i].contains("Stakeholder map, part ")
        })
        .map(|i| i + 1)
        .collect();
    let (first, last) = (map_pages[0], *map_pages.last().expect("map pages"));
    assert_eq!(
        last - first + 1,
        map_pages.len(),
        "the map pages follow each other"
    );
    assert!(map_pages.len() <= 12, "{} map pages", map_pages.len());

    let parts = tool(
        "pdftotext",
        &[
            "-f",
            &first.to_string(),
            "-l",
            &last.to_string(),
            s(&pdf),
            "-",
        ],
    );
    let parts = parts.split_whitespace().collect::<Vec<_>>().join(" ");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !parts.contains(n.as_str()))
        .collect();
    assert!(missing.is_empty(), "not on the map pages: {missing:?}");
    // The notes that tie the parts together carry real page numbers inside the map section.
    let continued = regex_pages(&parts, "Continued on page ");
    assert!(!continued.is_empty(), "no continued notes");
    assert!(
        continued.iter().all(|p| (first + 1..=last).contains(p)),
        "{continued:?} outside pages {first}–{last}"
    );
    assert!(parts.contains("From page "));

    // A part and the overview as a reader sees them.
    for (page, name) in [(first, "overview"), (first + 1, "part-1")] {
        tool(
            "pdftoppm",
            &[
                "-r",
                "60",
                "-png",
                "-singlefile",
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
                s(&pdf),
                s(&dir.join(name)),
            ],
        );
        assert!(dir.join(format!("{name}.png")).exists());
    }
    std::fs::write(
        dir.join("map-pages.txt"),
        format!("{first}-{last} of {}\n", pages.len() - 1),
    )
    .expect("written");
}

/// The numbers that follow `prefix` in `text`.
fn regex_pages(text: &str, prefix: &str) -> Vec<usize> {
    text.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect()
}
