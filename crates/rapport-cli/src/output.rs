//! Writing to standard output the way Unix tools do.

pub(crate) fn io(err: std::io::Error) -> String {
    // `rapport analyse … | head`: the reader has what it wanted; stop quietly, as Unix tools do.
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("could not write the output: {err}")
}
