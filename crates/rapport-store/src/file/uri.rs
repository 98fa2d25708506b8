//! SQLite URIs for a file path, so a file can be opened read-only or `immutable` (no lock, no
//! `-wal`/`-shm` beside it) while Rapport decides whether it is a workspace at all.

use std::path::Path;

/// `file:` URI of `path` with `query` (e.g. `immutable=1`). Every byte that is not plainly safe
/// is percent-encoded, so spaces, `?`, `#` and `%` in a path cannot change the URI's meaning.
pub(crate) fn file_uri(path: &Path, query: &str) -> String {
    let raw = path.as_os_str().as_encoded_bytes();
    let mut out = String::from("file:");
    // A Windows path (`C:\x`) is written `file:/C:/x`.
    if raw.get(1) == Some(&b':') && raw.first().is_some_and(u8::is_ascii_alphabetic) {
        out.push('/');
    }
    for &byte in raw {
        match byte {
            b'\\' if cfg!(windows) => out.push('/'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(byte));
            }
            b':' if cfg!(windows) => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out.push('?');
    out.push_str(query);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_characters_are_encoded() {
        assert_eq!(
            file_uri(Path::new("/tmp/a b?#%.rapport"), "mode=ro"),
            "file:/tmp/a%20b%3F%23%25.rapport?mode=ro"
        );
        assert_eq!(
            file_uri(Path::new("ws.sqlite"), "immutable=1"),
            "file:ws.sqlite?immutable=1"
        );
    }
}
