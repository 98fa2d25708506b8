//! What is wrong with a contacts file, named by line and column, in words a key-account manager
//! reads without help: “Line 14, column “Reports To” (F): no one called “Tom Ng” is in this
//! file.”

use crate::csv::ColumnRef;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One problem (or, in `ImportPreview::notices`, one thing done differently than asked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The file's physical line (a record with a line break inside quotes: the line it starts on).
    pub line: u32,
    pub column: Option<ColumnRef>,
    pub kind: ProblemKind,
    /// The whole sentence, line and column included, ready to show.
    pub message: String,
}

impl Problem {
    pub fn new(line: u32, column: Option<ColumnRef>, kind: ProblemKind) -> Self {
        let place = match &column {
            Some(c) => format!("Line {line}, {c}"),
            None => format!("Line {line}"),
        };
        let message = format!("{place}: {}", kind.describe());
        Self {
            line,
            column,
            kind,
            message,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ProblemKind {
    /// Nothing but blank lines.
    EmptyFile,
    /// The file could not be read as a table from this line on.
    Unreadable {
        detail: String,
    },
    /// No column holds the people's names.
    NoNameColumn,
    /// A hand-made mapping names a column the file does not have.
    MappingUnknownColumn {
        column: String,
    },
    /// A hand-made mapping names a field Rapport does not have.
    MappingUnknownField {
        field: String,
    },
    MissingName,
    TooLong {
        length: u32,
        limit: u32,
    },
    BadEmail {
        value: String,
    },
    InfluenceOutOfRange {
        value: String,
    },
    /// A whole number outside `min..=max` or not a number at all.
    BadNumber {
        value: String,
        min: u32,
        max: u32,
    },
    BadDate {
        value: String,
    },
    /// `03/04/2024` in a column where nothing shows whether the day or the month comes first.
    AmbiguousDate {
        value: String,
    },
    UnknownRole {
        word: String,
    },
    UnknownAttitude {
        word: String,
    },
    UnknownStatus {
        word: String,
    },
    DuplicateEmail {
        value: String,
        first_line: u32,
    },
    DuplicateId {
        value: String,
        first_line: u32,
    },
    /// Two rows are the same person already on the map (matched by id, e-mail or name).
    SamePersonTwice {
        name: String,
        first_line: u32,
    },
    /// Two people already on the map answer to this row's name: which one it is cannot be told.
    AmbiguousExistingPerson {
        name: String,
    },
    UnknownManager {
        value: String,
        on_map_too: bool,
    },
    AmbiguousManager {
        value: String,
        lines: Vec<u32>,
    },
    ReportsToSelf {
        name: String,
    },
    /// Reporting lines that go round in a circle, named in order.
    ReportingCycle {
        names: Vec<String>,
    },
    /// Notice: the manager matched nobody and the person is imported without them.
    ManagerDropped {
        value: String,
        name: String,
    },
    /// Notice: the manager's own row is left out (it has problems), so this line is not drawn.
    ManagerLeftOut {
        manager: String,
        manager_line: u32,
        name: String,
    },
}

fn quoted_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn looks_like_email(value: &str) -> bool {
    value.contains('@')
}

fn looks_like_id(value: &str) -> bool {
    !value.contains(' ') && value.chars().any(|c| c.is_ascii_digit())
}

impl ProblemKind {
    /// The sentence after "Line N, column X: ".
    pub fn describe(&self) -> String {
        match self {
            ProblemKind::EmptyFile => "the file is empty: there are no rows to read.".into(),
            ProblemKind::Unreadable { detail } => {
                format!("the file cannot be read as a table from here ({detail}).")
            }
            ProblemKind::NoNameColumn => "no column holds the people's names. Name one by hand, \
                 e.g. “Full name=name”, or use “First Name” and “Last Name” columns."
                .into(),
            ProblemKind::MappingUnknownColumn { column } => {
                format!("there is no column “{column}” in this file.")
            }
            ProblemKind::MappingUnknownField { field } => format!(
                "“{field}” is not something Rapport can read into; use a column name from \
                 Rapport's template (e.g. “Reports To”, “Roles”), or “ignore”."
            ),
            ProblemKind::MissingName => "this row has no name. Every person needs one.".into(),
            ProblemKind::TooLong { length, limit } => {
                format!("this is {length} characters long; at most {limit} fit here.")
            }
            ProblemKind::BadEmail { value } => {
                format!("“{value}” does not look like an e-mail address.")
            }
            ProblemKind::InfluenceOutOfRange { value } => {
                format!("influence is a number from 1 to 5, not “{value}”.")
            }
            ProblemKind::BadNumber { value, min, max } => {
                format!("this needs a whole number from {min} to {max}, not “{value}”.")
            }
            ProblemKind::BadDate { value } => {
                format!("“{value}” is not a date Rapport can read; write dates as 2025-03-14.")
            }
            ProblemKind::AmbiguousDate { value } => format!(
                "“{value}” could be day/month or month/day, and no other date in this column \
                 tells which; write dates as 2025-03-14."
            ),
            ProblemKind::UnknownRole { word } => format!(
                "“{word}” is not a buying role Rapport knows; use Budget, Gatekeeper or User \
                 (or words such as “decision maker”, “end user”, “champion”)."
            ),
            ProblemKind::UnknownAttitude { word } => format!(
                "“{word}” is not an attitude; use champion, supporter, neutral, skeptic or \
                 blocker."
            ),
            ProblemKind::UnknownStatus { word } => {
                format!("“{word}” is not a status; use “active” or “left the company”.")
            }
            ProblemKind::DuplicateEmail { value, first_line } => format!(
                "{value} is also the e-mail on line {first_line}; each person needs their own."
            ),
            ProblemKind::DuplicateId { value, first_line } => {
                format!(
                    "the id “{value}” is also on line {first_line}; each person needs their own."
                )
            }
            ProblemKind::SamePersonTwice { name, first_line } => format!(
                "this is {name} again, who is already on line {first_line}; keep one row per \
                 person."
            ),
            ProblemKind::AmbiguousExistingPerson { name } => format!(
                "two people called {name} are already on the map, so this row cannot be matched \
                 to one; add an e-mail or CRM id column to tell them apart."
            ),
            ProblemKind::UnknownManager { value, on_map_too } => {
                let place = if *on_map_too {
                    "in this file or on the map"
                } else {
                    "in this file"
                };
                if looks_like_email(value) {
                    format!("no one with the e-mail “{value}” is {place}.")
                } else if looks_like_id(value) {
                    format!("no one with the id “{value}” is {place}.")
                } else {
                    format!("no one called “{value}” is {place}.")
                }
            }
            ProblemKind::AmbiguousManager { value, lines } => {
                let lines: Vec<String> = lines.iter().map(u32::to_string).collect();
                format!(
                    "more than one person answers to “{value}” (lines {}); use their e-mail or \
                     id instead.",
                    quoted_list(&lines)
                )
            }
            ProblemKind::ReportsToSelf { name } => {
                format!("{name} is named as their own manager.")
            }
            ProblemKind::ReportingCycle { names } => {
                let mut chain = String::new();
                for (i, name) in names.iter().chain(names.first()).enumerate() {
                    chain.push_str(match i {
                        0 => "",
                        1 => " reports to ",
                        _ => ", who reports to ",
                    });
                    chain.push_str(name);
                }
                format!("these reporting lines go round in a circle: {chain}.")
            }
            ProblemKind::ManagerDropped { value, name } => {
                format!("no one answers to “{value}”, so {name} is imported without a manager.")
            }
            ProblemKind::ManagerLeftOut {
                manager,
                manager_line,
                name,
            } => format!(
                "{manager} (line {manager_line}) is left out because of the problems on that \
                 line, so {name} is imported without this line to them."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_line_and_the_column() {
        let column = ColumnRef::new(5, "Reports To");
        let p = Problem::new(
            14,
            Some(column),
            ProblemKind::UnknownManager {
                value: "Tom Ng".into(),
                on_map_too: false,
            },
        );
        assert_eq!(
            p.message,
            "Line 14, column “Reports To” (F): no one called “Tom Ng” is in this file."
        );
        let cycle = ProblemKind::ReportingCycle {
            names: vec!["Ana".into(), "Raj".into()],
        };
        assert_eq!(
            Problem::new(3, None, cycle).message,
            "Line 3: these reporting lines go round in a circle: Ana reports to Raj, who reports \
             to Ana."
        );
    }
}
