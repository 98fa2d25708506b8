//! Bytes to text. Real contact files come as UTF-8 with or without a byte-order mark, as
//! Windows-1252 when Excel saves "CSV" on Windows, or as UTF-16 when it saves "Unicode text".

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use serde::{Deserialize, Serialize};
use specta::Type;

/// How the file's bytes were read, shown in the preview so a garbled name can be explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum TextEncoding {
    Utf8,
    Utf8WithBom,
    Utf16Le,
    Utf16Be,
    /// Excel's "CSV" on Windows (Western European); chosen when the bytes are not valid UTF-8.
    Windows1252,
}

impl TextEncoding {
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8WithBom => "UTF-8 (with byte-order mark)",
            TextEncoding::Utf16Le => "UTF-16 little-endian",
            TextEncoding::Utf16Be => "UTF-16 big-endian",
            TextEncoding::Windows1252 => "Windows-1252 (Excel)",
        }
    }
}

/// The file's text. A byte-order mark decides when there is one; otherwise valid UTF-8 is read
/// as UTF-8 and anything else as Windows-1252, which maps every byte to some character, so
/// decoding never fails (a wrong guess shows as odd letters in the preview, not as a refusal).
pub fn decode(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_length..];
        let kind = if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            TextEncoding::Utf16Be
        } else {
            TextEncoding::Utf8WithBom
        };
        let (text, _had_errors) = encoding.decode_without_bom_handling(body);
        return (text.into_owned(), kind);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), TextEncoding::Utf8),
        Err(_) => {
            let (text, _had_errors) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), TextEncoding::Windows1252)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Zoë".as_bytes()), ("Zoë".into(), TextEncoding::Utf8));
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend_from_slice("Zoë".as_bytes());
        assert_eq!(decode(&with_bom), ("Zoë".into(), TextEncoding::Utf8WithBom));
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Müller;Zoë" as Excel writes it on Windows.
        let bytes = b"M\xFCller;Zo\xEB";
        assert_eq!(
            decode(bytes),
            ("Müller;Zoë".into(), TextEncoding::Windows1252)
        );
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Zoë".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes), ("Zoë".into(), TextEncoding::Utf16Le));
    }
}
