//! The preview shown before anything is written: what the file holds, what would be imported,
//! what is left out and why, and the plan the store writes when the facilitator confirms.

use crate::CrmIds;
use crate::csv::{
    ColumnMapping, ColumnRef, Field, Format, MappingOverride, OverrideError, Table, TableError,
    TextEncoding, detect_format, read_table,
};
use crate::cycles::mark_cycles;
use crate::plan::{ImportPlan, PlanInputs, build_plan};
use crate::problem::{Problem, ProblemKind};
use crate::reimport::{ReimportChanges, match_existing};
use crate::resolve::{Directory, UnknownManagers, email_key, resolve_links, same_id};
use crate::rows::{ContactRow, read_contacts};
use rapport_core::AccountSnapshot;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// How to import. The default is all-or-nothing into the account named by `existing` (if any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The account the people belong to: rows whose account column names another company are
    /// left out. Defaults to the existing account's name; `None` with no existing account keeps
    /// every row.
    pub account_name: Option<String>,
    /// The account's id in the CRM, compared with an account-id column when both are known.
    pub account_crm_id: Option<String>,
    /// Import the good rows and list the rest, instead of importing nothing.
    pub skip_invalid: bool,
    /// Keep a person whose manager matches nobody, without that line.
    pub keep_unmatched_managers: bool,
    /// Mark the people missing from the file as having left the company.
    pub mark_missing_as_left: bool,
    /// Hand-made column mappings, applied over the ones the headers suggest.
    pub mapping: Vec<MappingOverride>,
    /// The CRM ids of the people already on the map (kept by the store until core's
    /// `Stakeholder` has a field for it).
    pub existing_crm_ids: CrmIds,
}

/// Rows per company named in the file's account column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CompanyCount {
    pub name: String,
    pub rows: u32,
    /// Whether these rows belong to the target account (and are read).
    pub imported: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub format: Format,
    /// `None` when the file could not be read at all.
    pub encoding: Option<TextEncoding>,
    pub delimiter: Option<String>,
    pub mapping: Option<ColumnMapping>,
    /// Columns shown and ignored.
    pub unknown_columns: Vec<ColumnRef>,
    /// Data rows in the file (blank lines not counted).
    pub rows: u32,
    /// People that will be imported (new and already on the map).
    pub people: u32,
    pub managers_resolved: u32,
    pub dotted_lines: u32,
    /// Rows left out because their account column names another company.
    pub other_company_rows: u32,
    pub companies: Vec<CompanyCount>,
    /// Everything wrong, by line. With problems and without `skip_invalid`, nothing is imported.
    pub problems: Vec<Problem>,
    /// The lines of the rows with problems.
    pub invalid_lines: Vec<u32>,
    /// What the import does differently than the file says (lines dropped), by line.
    pub notices: Vec<Problem>,
    pub changes: ReimportChanges,
    /// What the store writes; `None` when the import is refused.
    pub plan: Option<ImportPlan>,
}

impl ImportPreview {
    fn refused(format: Format, problem: Problem) -> Self {
        let mut preview = Self::blank(format);
        preview.invalid_lines.push(problem.line);
        preview.problems.push(problem);
        preview
    }

    fn blank(format: Format) -> Self {
        Self {
            format,
            encoding: None,
            delimiter: None,
            mapping: None,
            unknown_columns: Vec::new(),
            rows: 0,
            people: 0,
            managers_resolved: 0,
            dotted_lines: 0,
            other_company_rows: 0,
            companies: Vec::new(),
            invalid_lines: Vec::new(),
            problems: Vec::new(),
            notices: Vec::new(),
            changes: ReimportChanges::default(),
            plan: None,
        }
    }

    pub fn will_import(&self) -> bool {
        self.plan.is_some()
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Reads `bytes` as a contacts file and says what importing it into `existing` (or a new
/// account, when `None`) would do. Nothing is written: the preview's plan is.
pub fn preview(
    bytes: &[u8],
    options: &ImportOptions,
    existing: Option<&AccountSnapshot>,
) -> ImportPreview {
    let table = match read_table(bytes) {
        Ok(table) => table,
        Err(TableError::Empty) => {
            let problem = Problem::new(1, None, ProblemKind::EmptyFile);
            return ImportPreview::refused(Format::Unrecognised, problem);
        }
        Err(TableError::Unreadable { line, detail }) => {
            let problem = Problem::new(line, None, ProblemKind::Unreadable { detail });
            return ImportPreview::refused(Format::Unrecognised, problem);
        }
    };
    let mut table = table;
    let format = detect_format(&table.headers);
    if format == Format::SalesforceReport {
        drop_report_footer(&mut table);
    }
    let mut mapping = ColumnMapping::from_headers(&table.headers, format);
    mapping.cover_width(
        table
            .records
            .iter()
            .map(|r| r.cells.len())
            .max()
            .unwrap_or(0),
    );
    if let Err(error) = mapping.apply(&options.mapping) {
        let (column, kind) = match error {
            OverrideError::UnknownColumn(column) => {
                (None, ProblemKind::MappingUnknownColumn { column })
            }
            OverrideError::UnknownField { column, field } => {
                (Some(column), ProblemKind::MappingUnknownField { field })
            }
        };
        return ImportPreview::refused(format, Problem::new(table.header_line, column, kind));
    }
    let mut result = ImportPreview::blank(format);
    result.encoding = Some(table.encoding);
    result.delimiter = Some(table.delimiter.to_string());
    result.unknown_columns = mapping.unknown_columns();
    result.rows = count(table.records.len());
    if ![Field::Name, Field::FirstName, Field::LastName]
        .iter()
        .any(|f| mapping.column_of(*f).is_some())
    {
        let problem = Problem::new(table.header_line, None, ProblemKind::NoNameColumn);
        result.invalid_lines.push(problem.line);
        result.problems.push(problem);
        result.mapping = Some(mapping);
        return result;
    }

    let all_rows = read_contacts(&table, &mapping);
    let target = options
        .account_name
        .clone()
        .or_else(|| existing.map(|s| s.account.name.clone()));
    let (mut rows, companies, left_out) = keep_target_company(
        all_rows,
        target.as_deref(),
        options.account_crm_id.as_deref(),
    );
    result.companies = companies;
    result.other_company_rows = left_out;
    mark_duplicates(&mut rows, &mapping);
    let crm_ids = &options.existing_crm_ids;
    let matched = match_existing(&mut rows, existing, crm_ids);
    let directory = Directory::new(&rows, &matched, existing, crm_ids);
    let unknown = if options.keep_unmatched_managers {
        UnknownManagers::KeepPerson
    } else {
        UnknownManagers::Refuse
    };
    let dotted_column = mapping.column_of(Field::DottedTo);
    let mut notices = Vec::new();
    let links = resolve_links(&mut rows, &directory, dotted_column, unknown, &mut notices);
    let solid_column = mapping.column_of(Field::ReportsTo);
    mark_cycles(
        &mut rows,
        &links,
        &matched,
        existing,
        (solid_column, dotted_column),
    );

    let outcome = build_plan(&PlanInputs {
        rows: &rows,
        matched: &matched,
        links: &links,
        existing,
        crm_ids,
        mark_missing_as_left: options.mark_missing_as_left,
        dotted_column,
    });
    notices.extend(outcome.notices);
    notices.sort_by_key(|p| p.line);
    for row in &rows {
        if !row.is_valid() {
            result.invalid_lines.push(row.contact.line);
            result.problems.extend(row.problems.iter().cloned());
        }
    }
    result
        .problems
        .sort_by_key(|p| (p.line, p.column.as_ref().map(|c| c.index)));
    let refused = !result.problems.is_empty() && !options.skip_invalid;
    result.people = count(rows.iter().filter(|r| r.is_valid()).count());
    result.managers_resolved = outcome.managers_resolved;
    result.dotted_lines = outcome.dotted_lines;
    result.notices = if refused { Vec::new() } else { notices };
    result.changes = outcome.changes;
    result.plan = (!refused).then_some(outcome.plan);
    result.mapping = Some(mapping);
    result
}

/// Lower-case letters and digits, with legal forms at the end dropped: "Northwind Holdings
/// Ltd." and "northwind holdings" are one company.
fn company_key(name: &str) -> String {
    const LEGAL_FORMS: [&str; 14] = [
        "inc",
        "ltd",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "sa",
        "sas",
        "bv",
        "nv",
        "corp",
        "co",
        "limited",
        "corporation",
    ];
    let mut words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| LEGAL_FORMS.contains(&w.as_str()))
    {
        words.pop();
    }
    words.concat()
}

/// The rows for the target account, the companies the file names, and how many rows were left
/// out for belonging to another company. Rows without an account value are kept.
fn keep_target_company(
    rows: Vec<ContactRow>,
    target_name: Option<&str>,
    target_crm_id: Option<&str>,
) -> (Vec<ContactRow>, Vec<CompanyCount>, u32) {
    let target_key = target_name.map(company_key);
    let mut companies: Vec<CompanyCount> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut kept = Vec::with_capacity(rows.len());
    let mut left_out = 0u32;
    for row in rows {
        let c = &row.contact;
        let other_by_id = matches!((target_crm_id, &c.account_crm_id),
            (Some(want), Some(have)) if !same_id(want, have));
        let other_by_name = match (&c.account_name, &target_key) {
            (Some(name), Some(want)) => company_key(name) != *want,
            _ => false,
        };
        let other = other_by_id || other_by_name;
        if let Some(name) = &c.account_name {
            let at = *index.entry(company_key(name)).or_insert_with(|| {
                companies.push(CompanyCount {
                    name: name.clone(),
                    rows: 0,
                    imported: !other,
                });
                companies.len() - 1
            });
            companies[at].rows += 1;
        }
        if other {
            left_out += 1;
        } else {
            kept.push(row);
        }
    }
    (kept, companies, left_out)
}

/// A second row with an e-mail or CRM id already used is a problem on that second row.
fn mark_duplicates(rows: &mut [ContactRow], mapping: &ColumnMapping) {
    let mut emails: HashMap<String, u32> = HashMap::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    for row in rows.iter_mut() {
        let line = row.contact.line;
        if let Some(email) = row.contact.email.clone()
            && let Some(first_line) = emails.get(&email_key(&email)).copied()
        {
            let kind = ProblemKind::DuplicateEmail {
                value: email,
                first_line,
            };
            row.problem(mapping.column_of(Field::Email), kind);
        } else if let Some(email) = &row.contact.email {
            emails.insert(email_key(email), line);
        }
        if let Some(id) = row.contact.crm_id.clone()
            && let Some(first_line) = ids.get(id.trim()).copied()
        {
            let kind = ProblemKind::DuplicateId {
                value: id,
                first_line,
            };
            row.problem(mapping.column_of(Field::CrmId), kind);
        } else if let Some(id) = &row.contact.crm_id {
            ids.insert(id.trim().to_owned(), line);
        }
    }
}

/// Classic Salesforce report exports end with one-cell lines (the account, a copyright line,
/// "Generated By: …"); they are not contacts.
fn drop_report_footer(table: &mut Table) {
    if table.headers.len() < 3 {
        return;
    }
    while table.records.last().is_some_and(|r| r.cells.len() == 1) {
        table.records.pop();
    }
}
