//! Which column holds which field: found from the headers, overridable by hand.

use super::field::Field;
use super::formats::{Format, field_for_header, field_for_normalised, normalise_header};
use super::table::{ColumnRef, column_letter};
use serde::{Deserialize, Serialize};
use specta::Type;

/// One column of the file and the field it was mapped to (`None`: shown and ignored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MappedColumn {
    pub column: ColumnRef,
    pub field: Option<Field>,
}

/// Every column of the file with its field, and the format the headers were recognised as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMapping {
    pub format: Format,
    pub columns: Vec<MappedColumn>,
}

/// A hand-made mapping of one column, from `col=field` (e.g. `Chef=reports to`,
/// `Notes=ignore`). The column is named by its header, or failing that its letter or number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MappingOverride {
    pub column: String,
    /// The field's name as the user typed it; `ignore` (or `none`, `-`) leaves the column out.
    pub field: String,
}

impl MappingOverride {
    /// Reads `col=field`; the last `=` splits, so a header may itself contain one.
    pub fn parse(pair: &str) -> Result<Self, String> {
        match pair.rsplit_once('=') {
            Some((column, field)) if !column.trim().is_empty() && !field.trim().is_empty() => {
                Ok(Self {
                    column: column.trim().to_owned(),
                    field: field.trim().to_owned(),
                })
            }
            _ => Err(format!(
                "“{pair}”: write a column and a field, e.g. “Chef=reports to” or “Notes=ignore”."
            )),
        }
    }
}

/// Why a hand-made mapping could not be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverrideError {
    UnknownColumn(String),
    UnknownField { column: ColumnRef, field: String },
}

impl ColumnMapping {
    /// The mapping the headers suggest: the first column with a field's header takes it; a later
    /// column with the same meaning is ignored (and listed as such).
    pub fn from_headers(headers: &[String], format: Format) -> Self {
        let mut columns: Vec<MappedColumn> = Vec::with_capacity(headers.len());
        for (index, header) in headers.iter().enumerate() {
            let field = field_for_header(format, header)
                .filter(|f| !columns.iter().any(|c| c.field == Some(*f)));
            columns.push(MappedColumn {
                column: ColumnRef::new(index, header),
                field,
            });
        }
        Self { format, columns }
    }

    /// Makes sure every column of a ragged row has an entry (extra cells beyond the headers are
    /// unnamed, unmapped columns).
    pub fn cover_width(&mut self, width: usize) {
        while self.columns.len() < width {
            let index = self.columns.len();
            self.columns.push(MappedColumn {
                column: ColumnRef::new(index, ""),
                field: None,
            });
        }
    }

    pub fn column_of(&self, field: Field) -> Option<&ColumnRef> {
        self.columns
            .iter()
            .find(|c| c.field == Some(field))
            .map(|c| &c.column)
    }

    /// Columns Rapport does not read: shown in the preview, ignored on import.
    pub fn unknown_columns(&self) -> Vec<ColumnRef> {
        self.columns
            .iter()
            .filter(|c| c.field.is_none())
            .map(|c| c.column.clone())
            .collect()
    }

    /// Applies hand-made mappings in order; a field given to a column is taken from whichever
    /// column had it before.
    pub fn apply(&mut self, overrides: &[MappingOverride]) -> Result<(), OverrideError> {
        for o in overrides {
            let index = self
                .find_column(&o.column)
                .ok_or_else(|| OverrideError::UnknownColumn(o.column.clone()))?;
            let field = parse_field_name(&o.field).ok_or_else(|| OverrideError::UnknownField {
                column: self.columns[index].column.clone(),
                field: o.field.clone(),
            })?;
            if let Some(f) = field {
                for c in &mut self.columns {
                    if c.field == Some(f) {
                        c.field = None;
                    }
                }
            }
            self.columns[index].field = field;
        }
        Ok(())
    }

    /// By header (exactly, then normalised), then by letter, then by 1-based number.
    fn find_column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        let wanted = normalise_header(name);
        self.columns
            .iter()
            .position(|c| c.column.header == name)
            .or_else(|| {
                self.columns.iter().position(|c| {
                    !wanted.is_empty() && normalise_header(&c.column.header) == wanted
                })
            })
            .or_else(|| {
                (0..self.columns.len()).find(|i| column_letter(*i).eq_ignore_ascii_case(name))
            })
            .or_else(|| {
                name.parse::<usize>()
                    .ok()
                    .filter(|n| (1..=self.columns.len()).contains(n))
                    .map(|n| n - 1)
            })
    }
}

/// `Some(None)` for "leave this column out", `Some(Some(field))` for a field, `None` when the
/// word names nothing.
fn parse_field_name(name: &str) -> Option<Option<Field>> {
    let key = normalise_header(name);
    if matches!(key.as_str(), "ignore" | "none" | "skip" | "") {
        return Some(None);
    }
    field_for_normalised(&key)
        .or_else(|| {
            Field::ALL
                .into_iter()
                .find(|f| normalise_header(&format!("{f:?}")) == key)
        })
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(line: &str) -> ColumnMapping {
        let headers: Vec<String> = line.split(',').map(str::to_owned).collect();
        ColumnMapping::from_headers(&headers, Format::Unrecognised)
    }

    #[test]
    fn a_later_column_with_the_same_meaning_is_ignored() {
        let m = mapping("Name,Manager,Supervisor,Shoe size");
        assert_eq!(m.column_of(Field::ReportsTo).map(|c| c.index), Some(1));
        let unknown: Vec<String> = m.unknown_columns().into_iter().map(|c| c.header).collect();
        assert_eq!(unknown, ["Supervisor", "Shoe size"]);
    }

    #[test]
    fn overrides_by_header_letter_or_number() {
        let mut m = mapping("Name,Chef,Bemerkung,X");
        let o = |pair: &str| MappingOverride::parse(pair).expect("pair");
        m.apply(&[
            o("chef=reports to"),
            o("C=personal notes"),
            o("4=Dotted To"),
        ])
        .expect("applies");
        assert_eq!(m.column_of(Field::ReportsTo).map(|c| c.index), Some(1));
        assert_eq!(m.column_of(Field::PersonalNotes).map(|c| c.index), Some(2));
        assert_eq!(m.column_of(Field::DottedTo).map(|c| c.index), Some(3));
        m.apply(&[o("Name=ignore"), o("Chef=name")])
            .expect("applies");
        assert_eq!(m.column_of(Field::Name).map(|c| c.index), Some(1));
        assert_eq!(m.column_of(Field::ReportsTo), None);
    }

    #[test]
    fn unknown_columns_and_fields_are_refused() {
        let mut m = mapping("Name,Chef");
        let o = |pair: &str| MappingOverride::parse(pair).expect("pair");
        assert_eq!(
            m.apply(&[o("Boss=reports to")]),
            Err(OverrideError::UnknownColumn("Boss".into()))
        );
        assert!(matches!(
            m.apply(&[o("Chef=shoe size")]),
            Err(OverrideError::UnknownField { .. })
        ));
        assert!(MappingOverride::parse("Chef").is_err());
        assert!(MappingOverride::parse("=name").is_err());
    }
}
