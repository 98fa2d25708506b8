//! The contacts preview as text: what `rapport import-csv --dry-run` prints, and what a refused
//! import prints before saying so. The same facts as the app's preview dialog, in its words.

use crate::output::counted;
use rapport_api::import::ContactsPreview;
use rapport_exchange::{ImportPreview, Problem};
use std::io::{self, Write};

fn list(out: &mut impl Write, title: &str, problems: &[Problem]) -> io::Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    writeln!(out, "{title}")?;
    for p in problems {
        writeln!(out, "  {}", p.message)?;
    }
    Ok(())
}

/// `marking`: whether people missing from the file will be marked as having left.
pub fn print_preview(
    shown: &ContactsPreview,
    marking: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let p = &shown.preview;
    let how = shown
        .read_as
        .as_ref()
        .map(|r| format!(", {r}"))
        .unwrap_or_default();
    writeln!(out, "{}: {}{how}", shown.file_name, shown.format_label)?;
    writeln!(out, "Into: {}", shown.account_name)?;
    if let Some(problem) = &shown.name_problem {
        writeln!(out, "  {problem}")?;
    }
    writeln!(
        out,
        "Rows: {} · people: {} · managers found: {} · dotted lines: {}",
        p.rows, p.people, p.managers_resolved, p.dotted_lines
    )?;
    for c in p.companies.iter().filter(|c| !c.imported) {
        let rows = counted(c.rows as usize, "row", "rows");
        writeln!(out, "Left out: {rows} for another company ({})", c.name)?;
    }
    if !p.unknown_columns.is_empty() {
        let columns: Vec<String> = p
            .unknown_columns
            .iter()
            .map(|c| format!("“{}” ({})", c.header, c.letter))
            .collect();
        writeln!(out, "Columns ignored: {}", columns.join(", "))?;
    }
    let problems_title = if shown.will_import {
        "Rows skipped for their problems:"
    } else {
        "Problems (nothing will be imported):"
    };
    list(out, problems_title, &p.problems)?;
    list(out, "Notices:", &p.notices)?;
    print_changes(p, marking, out)?;
    if shown.will_import {
        let c = &p.changes;
        writeln!(
            out,
            "Would import: {} new, {} changed, {} unchanged.",
            c.new_people.len(),
            c.changed.len(),
            c.unchanged
        )?;
    }
    Ok(())
}

/// Who is new, who changed (from what to what) and who is missing, on a re-import.
fn print_changes(p: &ImportPreview, marking: bool, out: &mut impl Write) -> io::Result<()> {
    let c = &p.changes;
    let account_had_people = c.unchanged > 0 || !c.changed.is_empty() || !c.missing.is_empty();
    if !account_had_people {
        return Ok(());
    }
    for n in &c.new_people {
        let line = n.line.map(|l| format!(" (line {l})")).unwrap_or_default();
        writeln!(out, "New: {}{line}", n.name)?;
    }
    for changed in &c.changed {
        let what: Vec<String> = changed.changes.iter().map(|f| f.describe()).collect();
        writeln!(out, "Changed: {}: {}", changed.person.name, what.join("; "))?;
    }
    for m in &c.missing {
        let what = if marking {
            "will be marked as having left the company"
        } else {
            "kept as is (--mark-missing-as-left marks them as having left)"
        };
        writeln!(out, "Missing from the file: {} — {what}", m.name)?;
    }
    Ok(())
}

/// After an import with skipped rows: which lines were left out and why.
pub fn print_skipped(p: &ImportPreview, out: &mut impl Write) -> io::Result<()> {
    list(out, "Rows left out for their problems:", &p.problems)?;
    list(out, "Notices:", &p.notices)
}
