//! Writing to standard output the way Unix tools do.

pub(crate) fn io(err: std::io::Error) -> String {
    // `rapport analyse … | head`: the reader has what it wanted; stop quietly, as Unix tools do.
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("could not write the output: {err}")
}

/// A count with its noun: "1 row", "2 rows".
pub(crate) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
