//! Which character separates the columns: read from the header line, outside quotes.

/// The separators seen in contact exports, in the order a tie is broken.
const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Where the table starts and how its columns are separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableLayout {
    pub delimiter: u8,
    /// Byte offset of the header line in the text (after Excel's `sep=;` line, if any).
    pub start: usize,
    /// Physical lines before `start`, added to every line number reported.
    pub lines_before: u32,
}

/// Excel's `sep=;` first line names the separator; otherwise the candidate that occurs most
/// often in the header line outside quotes wins (a comma when none occurs: a one-column file).
pub fn sniff_layout(text: &str) -> TableLayout {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let first_line = text[..first_line_end].trim_end_matches(['\r', '\n']);
    if let Some(sep) = first_line
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .and_then(|_| first_line.as_bytes().get(4))
        .filter(|_| first_line.len() == 5)
    {
        return TableLayout {
            delimiter: *sep,
            start: first_line_end,
            lines_before: 1,
        };
    }
    TableLayout {
        delimiter: most_frequent_outside_quotes(header_line(text)),
        start: 0,
        lines_before: 0,
    }
}

/// The first line with anything on it, up to its end outside quotes (a quoted header may hold
/// a line break).
fn header_line(text: &str) -> &str {
    let text = text.trim_start_matches(['\r', '\n']);
    let mut in_quotes = false;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => in_quotes = !in_quotes,
            b'\n' | b'\r' if !in_quotes => return &text[..i],
            _ => {}
        }
    }
    text
}

fn most_frequent_outside_quotes(line: &str) -> u8 {
    let mut counts = [0usize; CANDIDATES.len()];
    let mut in_quotes = false;
    for byte in line.bytes() {
        if byte == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes && let Some(i) = CANDIDATES.iter().position(|c| *c == byte) {
            counts[i] += 1;
        }
    }
    let mut best = 0;
    for i in 1..CANDIDATES.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    CANDIDATES[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delimiter(text: &str) -> char {
        char::from(sniff_layout(text).delimiter)
    }

    #[test]
    fn the_most_frequent_separator_outside_quotes_wins() {
        assert_eq!(delimiter("Name,Title,Email\nA,B,C"), ',');
        assert_eq!(delimiter("Name;Title;Email\r\nA;B;C"), ';');
        assert_eq!(delimiter("Name\tTitle\tEmail\n"), '\t');
        assert_eq!(delimiter("\"Name, full\";Title;Email\n"), ';');
        assert_eq!(delimiter("\"Reports To; or not\",Name\n"), ',');
        assert_eq!(delimiter("Name\nA"), ',');
        assert_eq!(delimiter(""), ',');
        assert_eq!(delimiter("\n\nName;Title\n"), ';');
    }

    #[test]
    fn excel_sep_line_names_the_separator_and_is_skipped() {
        let layout = sniff_layout("sep=;\r\nName,Title;Email\n");
        assert_eq!(layout.delimiter, b';');
        assert_eq!(layout.start, 7);
        assert_eq!(layout.lines_before, 1);
    }
}
