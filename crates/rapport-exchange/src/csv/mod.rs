//! Reading contact files: bytes to a table of cells with line numbers, the format told by its
//! headers, and the mapping of columns to fields.

mod decode;
mod delimiter;
mod field;
mod formats;
mod mapping;
mod table;

pub use decode::TextEncoding;
pub use field::{Field, TextSize};
pub use formats::{Format, detect_format};
pub use mapping::{ColumnMapping, MappedColumn, MappingOverride, OverrideError};
pub use table::{ColumnRef, Record, Table, TableError, column_letter, read_table};
