//! One table row to one contact: every mapped cell cleaned, parsed and checked, each problem
//! named by the row's line and the cell's column.

use crate::csv::{ColumnMapping, ColumnRef, Field, Record, Table};
use crate::problem::{Problem, ProblemKind};
use crate::rules::check_field;
use crate::values::{
    DateOrder, RoleWords, clean_cell, detect_date_order, parse_attitude, parse_date,
    parse_influence, parse_roles, parse_status, parse_whole, split_list,
};
use chrono::NaiveDate;
use rapport_core::{Attitude, StakeholderStatus};

/// Longest contact cadence accepted, in days (ten years).
const MAX_CADENCE_DAYS: u32 = 3650;

/// What a row says about one person. `None` means the cell is empty or the column absent: on a
/// re-import such a field keeps the value already on the map.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    pub line: u32,
    /// Empty when the row has none (a problem is recorded).
    pub name: String,
    pub title: Option<String>,
    pub department: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub crm_id: Option<String>,
    /// The solid manager as written (CRM id, e-mail or name) and the column it came from.
    pub reports_to: Option<(String, ColumnRef)>,
    pub dotted_to: Vec<String>,
    pub roles: Option<RoleWords>,
    pub role_tag: Option<String>,
    pub attitude: Option<Attitude>,
    pub influence: Option<u8>,
    pub status: Option<StakeholderStatus>,
    pub last_contact: Option<NaiveDate>,
    pub cadence_days: Option<u32>,
    pub nps_score: Option<u8>,
    pub birthday: Option<NaiveDate>,
    pub interests: Option<String>,
    pub personal_notes: Option<String>,
    pub account_name: Option<String>,
    pub account_crm_id: Option<String>,
}

/// A contact and what is wrong with its row.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRow {
    pub contact: Contact,
    pub problems: Vec<Problem>,
}

impl ContactRow {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    pub fn problem(&mut self, column: Option<&ColumnRef>, kind: ProblemKind) {
        self.problems
            .push(Problem::new(self.contact.line, column.cloned(), kind));
    }
}

struct RowReader<'a> {
    mapping: &'a ColumnMapping,
    last_contact_order: Option<DateOrder>,
    birthday_order: Option<DateOrder>,
}

impl RowReader<'_> {
    /// The cleaned, non-empty cell of `field` with its column.
    fn cell<'r>(&'r self, record: &Record, field: Field) -> Option<(String, &'r ColumnRef)> {
        let column = self.mapping.column_of(field)?;
        let text = clean_cell(field, record.cell(column.index as usize));
        (!text.is_empty()).then_some((text, column))
    }

    /// A text field, checked against the field rules.
    fn text(&self, record: &Record, field: Field, row: &mut ContactRow) -> Option<String> {
        let (text, column) = self.cell(record, field)?;
        match check_field(field, &text) {
            Ok(()) => Some(text),
            Err(kind) => {
                row.problem(Some(column), kind);
                None
            }
        }
    }

    fn parsed<T>(
        &self,
        record: &Record,
        field: Field,
        row: &mut ContactRow,
        parse: impl FnOnce(&str) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        let (text, column) = self.cell(record, field)?;
        match parse(&text) {
            Ok(value) => Some(value),
            Err(kind) => {
                row.problem(Some(column), kind);
                None
            }
        }
    }

    fn read(&self, record: &Record) -> ContactRow {
        let mut row = ContactRow {
            contact: Contact {
                line: record.line,
                ..Contact::default()
            },
            problems: Vec::new(),
        };
        let r = &mut row;
        let name = self.text(record, Field::Name, r).or_else(|| {
            let first = self.text(record, Field::FirstName, r);
            let last = self.text(record, Field::LastName, r);
            let joined = [first, last].into_iter().flatten().collect::<Vec<_>>();
            (!joined.is_empty()).then(|| joined.join(" "))
        });
        let c = Contact {
            line: record.line,
            name: name.unwrap_or_default(),
            title: self.text(record, Field::Title, r),
            department: self.text(record, Field::Department, r),
            email: self.text(record, Field::Email, r),
            phone: self
                .text(record, Field::Phone, r)
                .or_else(|| self.text(record, Field::MobilePhone, r)),
            crm_id: self.text(record, Field::CrmId, r),
            reports_to: self.reports_to(record, r),
            dotted_to: self
                .text(record, Field::DottedTo, r)
                .map(|cell| split_list(&cell))
                .unwrap_or_default(),
            roles: self.parsed(record, Field::Roles, r, |text| {
                parse_roles(text).map_err(|word| ProblemKind::UnknownRole { word })
            }),
            role_tag: self.text(record, Field::RoleTag, r),
            attitude: self.parsed(record, Field::Attitude, r, |text| {
                parse_attitude(text).ok_or_else(|| ProblemKind::UnknownAttitude {
                    word: text.to_owned(),
                })
            }),
            influence: self.parsed(record, Field::Influence, r, parse_influence),
            status: self.parsed(record, Field::Status, r, |text| {
                parse_status(text).ok_or_else(|| ProblemKind::UnknownStatus {
                    word: text.to_owned(),
                })
            }),
            last_contact: self.parsed(record, Field::LastContact, r, |text| {
                parse_date(text, self.last_contact_order)
            }),
            cadence_days: self.parsed(record, Field::CadenceDays, r, |text| {
                parse_whole(text, 1, MAX_CADENCE_DAYS)
            }),
            nps_score: self.parsed(record, Field::NpsScore, r, |text| {
                parse_whole(text, 0, 10).map(|n| u8::try_from(n).unwrap_or(10))
            }),
            birthday: self.parsed(record, Field::Birthday, r, |text| {
                parse_date(text, self.birthday_order)
            }),
            interests: self.text(record, Field::Interests, r),
            personal_notes: self.text(record, Field::PersonalNotes, r),
            account_name: self.text(record, Field::AccountName, r),
            account_crm_id: self.text(record, Field::AccountCrmId, r),
        };
        let name_columns: Vec<&ColumnRef> = [Field::Name, Field::LastName, Field::FirstName]
            .into_iter()
            .filter_map(|f| self.mapping.column_of(f))
            .collect();
        // A name that is there but refused (too long) is already a problem.
        let name_refused = r
            .problems
            .iter()
            .any(|p| p.column.as_ref().is_some_and(|c| name_columns.contains(&c)));
        if c.name.is_empty() && !name_refused {
            r.problem(name_columns.first().copied(), ProblemKind::MissingName);
        }
        row.contact = c;
        row.problems
            .sort_by_key(|p| p.column.as_ref().map(|c| c.index));
        row
    }

    /// The manager from the reports-to column, or else from the manager-name column.
    fn reports_to(&self, record: &Record, row: &mut ContactRow) -> Option<(String, ColumnRef)> {
        [Field::ReportsTo, Field::ReportsToName]
            .into_iter()
            .find_map(|field| {
                let column = self.mapping.column_of(field)?.clone();
                self.text(record, field, row).map(|value| (value, column))
            })
    }
}

/// Every data row of the table as a contact with its problems, in file order.
pub fn read_contacts(table: &Table, mapping: &ColumnMapping) -> Vec<ContactRow> {
    let order_of = |field: Field| {
        let column = mapping.column_of(field)?.index as usize;
        detect_date_order(table.records.iter().map(|r| r.cell(column)))
    };
    let reader = RowReader {
        mapping,
        last_contact_order: order_of(Field::LastContact),
        birthday_order: order_of(Field::Birthday),
    };
    table.records.iter().map(|r| reader.read(r)).collect()
}
