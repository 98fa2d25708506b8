//! The file as a table of text cells, each row with the physical line it starts on.

use super::decode::{TextEncoding, decode};
use super::delimiter::sniff_layout;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One column of the file, as a message names it: by its header and its spreadsheet letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ColumnRef {
    /// 0-based position.
    pub index: u32,
    /// The spreadsheet letter: A, B, … Z, AA, …
    pub letter: String,
    /// The header text as written in the file (trimmed).
    pub header: String,
}

impl ColumnRef {
    pub fn new(index: usize, header: &str) -> Self {
        Self {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            letter: column_letter(index),
            header: header.to_owned(),
        }
    }
}

impl std::fmt::Display for ColumnRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.header.is_empty() {
            write!(f, "column {}", self.letter)
        } else {
            write!(f, "column “{}” ({})", self.header, self.letter)
        }
    }
}

/// A spreadsheet's column letter for a 0-based index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A data row: its cells (trimmed) and the physical line the record starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    pub cells: Vec<String>,
}

impl Record {
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub encoding: TextEncoding,
    pub delimiter: char,
    pub header_line: u32,
    pub headers: Vec<String>,
    /// Rows with at least one non-blank cell; blank lines and rows of empty cells are dropped.
    pub records: Vec<Record>,
}

/// Why a file could not be read as a table at all, with the line where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    /// Nothing but blank lines.
    Empty,
    Unreadable {
        line: u32,
        detail: String,
    },
}

/// Physical line numbers for byte offsets, counted forward as the reader goes (the csv crate's
/// own count skips blank lines and CRLF endings it has already consumed).
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u32,
}

impl LineCounter<'_> {
    /// The line of the first character at or after `byte` that is not a line break.
    fn line_of_record_at(&mut self, byte: usize) -> u32 {
        let mut start = byte.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        self.line_at(start)
    }

    fn line_at(&mut self, byte: usize) -> u32 {
        let byte = byte.min(self.text.len());
        while self.offset < byte {
            let at = self.offset;
            let next = self.text.get(at + 1).copied();
            // "\r\n" is one break (counted at the "\n"); a lone "\r" is one too.
            if self.text[at] == b'\n' || (self.text[at] == b'\r' && next != Some(b'\n')) {
                self.line = self.line.saturating_add(1);
            }
            self.offset += 1;
        }
        self.line
    }
}

/// Reads any delimited text: quoted fields with separators and line breaks, CRLF, ragged rows.
pub fn read_table(bytes: &[u8]) -> Result<Table, TableError> {
    let (text, encoding) = decode(bytes);
    let layout = sniff_layout(&text);
    let body = &text[layout.start..];
    let mut lines = LineCounter {
        text: body.as_bytes(),
        offset: 0,
        line: layout.lines_before.saturating_add(1),
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(layout.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut headers: Option<(u32, Vec<String>)> = None;
    let mut records = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let before = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                let byte = error
                    .position()
                    .map_or(before, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
                return Err(TableError::Unreadable {
                    line: lines.line_of_record_at(byte),
                    detail: error.to_string(),
                });
            }
        }
        let byte = record
            .position()
            .map_or(before, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        let start = lines.line_of_record_at(byte);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if headers.is_none() {
            headers = Some((start, cells));
        } else {
            records.push(Record { line: start, cells });
        }
    }
    let Some((header_line, headers)) = headers else {
        return Err(TableError::Empty);
    };
    Ok(Table {
        encoding,
        delimiter: char::from(layout.delimiter),
        header_line,
        headers,
        records,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_like_a_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn records_carry_the_line_they_start_on() {
        let text = "Name,Notes\r\nAna,\"two\r\nlines\"\r\n\r\nRaj,one\r\n,\r\n\r\n";
        let table = read_table(text.as_bytes()).expect("readable");
        assert_eq!(table.header_line, 1);
        assert_eq!(table.headers, ["Name", "Notes"]);
        let lines: Vec<u32> = table.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 5]);
        assert_eq!(table.records[0].cells[1], "two\r\nlines");
    }

    #[test]
    fn lines_count_lone_cr_lf_and_blank_lines() {
        let table = read_table(b"\n\nName\rAna\r\r\nRaj\n\n\nMia").expect("readable");
        assert_eq!(table.header_line, 3);
        let lines: Vec<u32> = table.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [4, 6, 9]);
    }

    #[test]
    fn sep_line_counts_as_a_line() {
        let table = read_table(b"sep=;\nName;Title\nAna;CFO\n").expect("readable");
        assert_eq!(table.header_line, 2);
        assert_eq!(table.records[0].line, 3);
        assert_eq!(table.records[0].cells, ["Ana", "CFO"]);
    }

    #[test]
    fn ragged_rows_are_kept() {
        let table = read_table(b"Name,Title,Email\nAna\nRaj,CTO,raj@x.io,extra\n").expect("ok");
        assert_eq!(table.records[0].cells, ["Ana"]);
        assert_eq!(table.records[1].cell(3), "extra");
        assert_eq!(table.records[0].cell(2), "");
    }

    #[test]
    fn blank_files_are_empty() {
        assert_eq!(read_table(b""), Err(TableError::Empty));
        assert_eq!(read_table(b"\r\n\n ,  \n"), Err(TableError::Empty));
    }
}
