//! Coverage in quick-add: `known by Sarah Collins trusted` inside a person's line, and a line of
//! its own, `Sarah Collins covers Ben Hale: acquainted → trusted`. The strength words are the
//! app's ([`Strength::word`]: none, aware, acquainted, trusted, advisor), or their levels 0–4.

use super::{CoversLine, DEFAULT_STRENGTH, QuickAddError};
use crate::links::Strength;

/// A strength from its word or its level ("trusted", "3").
pub fn parse_strength(word: &str) -> Option<Strength> {
    let lower = word.trim().to_lowercase();
    if let Ok(level) = lower.parse::<u8>() {
        return Strength::from_level(level);
    }
    Strength::ALL.into_iter().find(|s| s.word() == lower)
}

/// Splits `Sarah Collins acquainted → trusted` (or `-> trusted`, or just `trusted`, or nothing)
/// into the name and the strengths now and wanted. One strength means both; none means
/// [`DEFAULT_STRENGTH`].
pub fn strengths_after_name(text: &str) -> Result<(String, Strength, Strength), QuickAddError> {
    let text = text.replace('→', " -> ");
    let (before, wanted) = match text.split_once("->") {
        Some((before, after)) => {
            let after = after.trim();
            let desired = parse_strength(after)
                .ok_or_else(|| QuickAddError::BadStrength(after.to_owned()))?;
            (before.to_owned(), Some(desired))
        }
        None => (text.clone(), None),
    };
    let before = before.trim().trim_end_matches([':', ',']).trim_end();
    let (name, now) = match before.rsplit_once([' ', ':']) {
        Some((name, last)) => match parse_strength(last) {
            Some(s) => (name.trim().trim_end_matches([':', ',']).trim_end(), Some(s)),
            None => (before, None),
        },
        None => (before, None),
    };
    if wanted.is_some() && now.is_none() {
        // "Sarah -> trusted" without the strength now: the arrow has nothing on its left.
        return Err(QuickAddError::BadStrength(text.trim().to_owned()));
    }
    let strength = now.unwrap_or(DEFAULT_STRENGTH);
    Ok((name.to_owned(), strength, wanted.unwrap_or(strength)))
}

/// `A covers B[:] [now [→ wanted]]`, when the line is one (its first part says "covers").
pub(super) fn parse_covers_line(line: &str) -> Result<Option<CoversLine>, QuickAddError> {
    const KEYWORD: &str = " covers ";
    let line = line.trim();
    // Found on the line itself (not a lower-cased copy, whose byte offsets may differ).
    let Some(at) = line.char_indices().map(|(i, _)| i).find(|&i| {
        line.get(i..i + KEYWORD.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(KEYWORD))
    }) else {
        return Ok(None);
    };
    // "Ann Lee, covers Ben" is a person line with a stray part; only the first part counts.
    if line[..at].contains(',') {
        return Ok(None);
    }
    let team_member = line[..at].trim();
    let rest = line[at + KEYWORD.len()..].replace(',', " ");
    let (stakeholder, strength, desired) = strengths_after_name(&rest)?;
    if team_member.is_empty() || stakeholder.is_empty() {
        return Err(QuickAddError::BadCovers(line.to_owned()));
    }
    Ok(Some(CoversLine {
        team_member: team_member.to_owned(),
        stakeholder,
        strength,
        desired,
    }))
}
