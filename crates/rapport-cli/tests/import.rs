//! `rapport import-csv`, `export-csv`, `import-json` and `export-json` as a script runs them:
//! the real binary, real files, and the same exit codes for every command (0 done, 1 refused,
//! 2 usage).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-23";

fn rapport(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rapport"))
        .args(args)
        .output()
        .expect("rapport runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs and checks the exit code, returning standard output.
fn expect(code: i32, args: &[&str]) -> String {
    let out = rapport(args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "rapport {}\nstdout: {}\nstderr: {}",
        args.join(" "),
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout) + &text(&out.stderr)
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../rapport-exchange/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

struct Dir(tempfile::TempDir);

impl Dir {
    fn new() -> Self {
        Self(tempfile::tempdir().expect("temp dir"))
    }

    fn path(&self, name: &str) -> String {
        self.0.path().join(name).display().to_string()
    }

    fn write(&self, name: &str, contents: &str) -> String {
        let path: PathBuf = self.0.path().join(name);
        std::fs::write(&path, contents).expect("written");
        path.display().to_string()
    }

    fn demo(&self) -> String {
        let ws = self.path("ws.sqlite");
        expect(0, &["demo", "--workspace", &ws, "--today", TODAY]);
        ws
    }
}

#[test]
fn every_command_exits_0_done_1_refused_2_usage() {
    let dir = Dir::new();
    let ws = dir.demo();
    let not_json = dir.write("notes.json", "Dear colleague,");
    let out = dir.path("out.csv");
    expect(0, &["--help"]);
    expect(0, &["accounts", "--workspace", &ws]);
    // Usage: the command line itself is wrong.
    expect(2, &["frobnicate"]);
    expect(2, &["accounts", "--today", "23/11/2026"]);
    expect(2, &["generate", "--workspace", &ws, "--people", "0"]);
    let both = expect(
        2,
        &["import-csv", "--workspace", &ws, &fixture("hubspot.csv")],
    );
    assert!(
        both.contains("--account") && both.contains("--new-account"),
        "{both}"
    );
    let hubspot = fixture("hubspot.csv");
    let bad_mapping = [
        "import-csv",
        "--workspace",
        &ws,
        "--new-account",
        "X",
        "--mapping",
        "Chef",
        &hubspot,
    ];
    assert!(expect(2, &bad_mapping).contains("write a column and a field"));
    expect(
        2,
        &[
            "export-csv",
            "--workspace",
            &ws,
            "--account",
            "Helios Freight",
            "--format",
            "xls",
            "--out",
            &out,
        ],
    );
    // Refused: a file, an account or a workspace said no.
    expect(
        1,
        &["analyse", "--workspace", &ws, "--account", "Nobody Inc"],
    );
    expect(
        1,
        &[
            "export-json",
            "--workspace",
            &ws,
            "--account",
            "Nobody Inc",
            "--out",
            &out,
        ],
    );
    let missing = expect(
        1,
        &[
            "import-csv",
            "--workspace",
            &ws,
            "--new-account",
            "X",
            &dir.path("gone.csv"),
        ],
    );
    assert!(missing.contains("Could not read"), "{missing}");
    let refused = expect(1, &["import-json", "--workspace", &ws, &not_json]);
    assert!(
        refused.contains("notes.json: Line 1, column 1"),
        "{refused}"
    );
    expect(1, &["demo", "--workspace", &ws]);
}

#[test]
fn dry_run_prints_the_preview_and_writes_nothing() {
    let dir = Dir::new();
    let ws = dir.demo();
    let file = dir.write(
        "helios.csv",
        "Name,Title,Reports To,Dotted To,Shoe Size\n\
         Nia Diallo,Data Engineer,Grace Liu,Raj Patel,42\n\
         ,Analyst,Nia Diallo,,\n\
         Raj Patel,CFO and Strategy,Margaret Chen,,44\n",
    );
    let before = expect(0, &["accounts", "--workspace", &ws, "--today", TODAY]);
    let args = [
        "import-csv",
        "--workspace",
        &ws,
        "--account",
        "helios freight",
        &file,
        "--dry-run",
    ];
    let refused = expect(1, &args);
    for expected in [
        "helios.csv: Rapport template, UTF-8, separated by “,”",
        "Into: Helios Freight",
        "Rows: 3 · people: 2 · managers found: 2 · dotted lines: 1",
        "Columns ignored: “Shoe Size” (E)",
        "Problems (nothing will be imported):",
        "Line 3, column “Name” (A): this row has no name.",
        "Changed: Raj Patel: Title: “Chief Financial Officer” → “CFO and Strategy”",
        "Missing from the file: Margaret Chen — kept as is",
        "nothing was imported (1 row with problems)",
    ] {
        assert!(
            refused.contains(expected),
            "missing “{expected}” in:\n{refused}"
        );
    }
    let mut skipping = args.to_vec();
    skipping.push("--skip-invalid");
    let shown = expect(0, &skipping);
    assert!(
        shown.contains("Rows skipped for their problems:\n  Line 3"),
        "{shown}"
    );
    assert!(shown.contains("New: Nia Diallo (line 2)"), "{shown}");
    assert!(
        shown.contains("Would import: 1 new, 1 changed, 0 unchanged."),
        "{shown}"
    );
    assert_eq!(
        expect(0, &["accounts", "--workspace", &ws, "--today", TODAY]),
        before
    );
}

#[test]
fn contacts_import_then_export_reads_back_unchanged() {
    let dir = Dir::new();
    let ws = dir.path("ws.sqlite");
    let imported = expect(
        0,
        &[
            "import-csv",
            "--workspace",
            &ws,
            "--new-account",
            "Acme",
            &fixture("rapport_template.csv"),
            "--today",
            TODAY,
        ],
    );
    assert!(
        imported.starts_with("Imported rapport_template.csv into Acme: 5 new"),
        "{imported}"
    );
    let csv = dir.path("acme.csv");
    expect(
        0,
        &[
            "export-csv",
            "--workspace",
            &ws,
            "--account",
            "acme",
            "--out",
            &csv,
        ],
    );
    let again = expect(
        0,
        &[
            "import-csv",
            "--workspace",
            &ws,
            "--account",
            "Acme",
            &csv,
            "--dry-run",
        ],
    );
    assert!(
        again.contains("Would import: 0 new, 0 changed, 5 unchanged."),
        "{again}"
    );
    let salesforce = dir.path("acme-sf.csv");
    expect(
        0,
        &[
            "export-csv",
            "--workspace",
            &ws,
            "--account",
            "Acme",
            "--format",
            "salesforce",
            "--out",
            &salesforce,
        ],
    );
    let sf = std::fs::read_to_string(&salesforce).expect("written");
    assert!(
        sf.starts_with("Id,FirstName,LastName,Title,Department,Email,Phone,ReportsToId\r\n"),
        "{sf}"
    );
    assert!(
        sf.contains(
            "\r\nC-002,Omar,Haddad,Chief Technology Officer,IT,omar.haddad@acme.example,,C-001\r\n"
        ),
        "{sf}"
    );
}

#[test]
fn an_account_travels_as_json_to_another_workspace_and_back_the_same() {
    let dir = Dir::new();
    let ws = dir.demo();
    let doc = dir.path("helios.json");
    let wrote = expect(
        0,
        &[
            "export-json",
            "--workspace",
            &ws,
            "--account",
            "Helios Freight",
            "--out",
            &doc,
        ],
    );
    assert!(wrote.starts_with("Wrote Helios Freight to"), "{wrote}");
    let other = dir.path("colleague.sqlite");
    let added = expect(0, &["import-json", "--workspace", &other, &doc]);
    assert_eq!(
        added.trim(),
        "Added \"Helios Freight\" from helios.json (17 people, 1 review)"
    );
    let back = dir.path("back.json");
    expect(
        0,
        &[
            "export-json",
            "--workspace",
            &other,
            "--account",
            "Helios Freight",
            "--out",
            &back,
        ],
    );
    let read = |p: &str| std::fs::read(p).expect("written");
    assert_eq!(
        rapport_exchange::normalised_document(&read(&doc)).expect("reads"),
        rapport_exchange::normalised_document(&read(&back)).expect("reads")
    );
    let twice = expect(0, &["import-json", "--workspace", &ws, &doc]);
    assert!(twice.contains("\"Helios Freight (2)\""), "{twice}");
    let named = expect(
        1,
        &[
            "import-json",
            "--workspace",
            &ws,
            &doc,
            "--name",
            "helios freight",
        ],
    );
    assert!(named.contains("already has an account"), "{named}");
}
