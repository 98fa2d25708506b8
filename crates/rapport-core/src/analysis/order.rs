//! The order of [`super::analyse`]'s result: most severe first, then by key.
//!
//! A large account has thousands of findings, and sorting them directly was the slowest part of
//! analysis: every comparison chased two findings and their key strings around memory, and every
//! swap moved a few hundred bytes. So a compact sort key is sorted instead (severity, kind, the
//! first eight bytes of the subject, position), full subjects are read only on a tie, and the
//! findings are then moved once into their places.
//!
//! Keys are `<kind>:<subject>`; comparing the kind's name and then the subject gives the same
//! order as comparing whole keys, because ':' sorts before any letter.

use super::{Finding, FindingKind, Severity};

pub(super) fn by_severity_then_key(found: Vec<Finding>) -> Vec<Finding> {
    // Each kind's place in the alphabetical order of key prefixes, to compare kinds as numbers.
    let mut alphabetical = FindingKind::ALL;
    alphabetical.sort_by_key(|k| k.key_prefix());
    let mut rank = [0u8; FindingKind::ALL.len()];
    for (r, kind) in alphabetical.iter().enumerate() {
        rank[*kind as usize] = r as u8;
    }

    let mut order: Vec<(Severity, u8, u64, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let start = leading_bytes(subject(f));
            (f.severity, rank[f.kind as usize], start, i)
        })
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1, a.2)
            .cmp(&(b.0, b.1, b.2))
            .then_with(|| subject(&found[a.3]).cmp(subject(&found[b.3])))
            .then_with(|| a.3.cmp(&b.3))
    });
    let mut slots: Vec<Option<Finding>> = found.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(.., i)| slots[i].take())
        .collect()
}

/// What the key says after the kind's name (with its colon).
fn subject(f: &Finding) -> &str {
    f.key.get(f.kind.key_prefix().len()..).unwrap_or("")
}

/// The first eight bytes of `text` as a big-endian number, zero-padded: it orders like the text
/// itself as far as those bytes go.
fn leading_bytes(text: &str) -> u64 {
    let mut word = [0u8; 8];
    for (slot, byte) in word.iter_mut().zip(text.bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_bytes_order_like_the_text() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcdefgh",
            "abcdefghz",
            "b",
            "ba",
            ":x",
            "Z",
        ];
        for a in words {
            for b in words {
                let (la, lb) = (leading_bytes(a), leading_bytes(b));
                if la != lb {
                    assert_eq!(la.cmp(&lb), a.cmp(b), "{a:?} {b:?}");
                }
            }
        }
    }
}
