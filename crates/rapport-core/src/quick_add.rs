//! The editor's quick-add line: `Jane Doe, CFO, budget, blocker, reports to Tom Ng`.
//!
//! A facilitator types while the room talks, so the grammar is forgiving: the name comes first,
//! then comma-separated parts in any order. Words the method knows (a role, another method's role
//! word, an attitude, `influence 4`, `reports to …`, `dotted to …`, `ours`) are recognised; the
//! first other part is the title and the second the department. Anything beyond that is refused
//! with the part named, rather than silently dropped.

use crate::crosswalk::{parse_role, roles_for_term};
use crate::people::{Attitude, Role};
use serde::{Deserialize, Serialize};
use specta::Type;
use thiserror::Error;

/// What one quick-add line asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuickAdd {
    pub name: String,
    pub title: String,
    pub department: String,
    pub roles: Vec<Role>,
    /// Another method's word as typed (e.g. "economic buyer"), kept as the role tag.
    pub role_tag: String,
    pub attitude: Option<Attitude>,
    pub influence: Option<u8>,
    /// The name of the manager, and whether the line is dotted.
    pub reports_to: Option<ReportsToName>,
    /// `ours` in the line: one of our team rather than a client stakeholder.
    pub ours: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportsToName {
    pub name: String,
    pub dotted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QuickAddError {
    /// Refused before parsing: a pasted page is not a person.
    #[error(
        "The line is {chars} characters long; keep it under {max}: one person per line.",
        max = crate::rules::MAX_QUICK_ADD_CHARS
    )]
    TooLong { chars: usize },
    #[error("Type a name first, e.g. “Jane Doe, CFO, budget, blocker, reports to Tom Ng”.")]
    MissingName,
    #[error("“{0}”: influence is a number from 1 to 5.")]
    BadInfluence(String),
    #[error("“{0}”: say who, e.g. “reports to Tom Ng”.")]
    MissingManager(String),
    #[error(
        "“{0}” was not understood: after the title and the department, use a role, an attitude, \
         “influence 1–5” or “reports to NAME”."
    )]
    Unrecognised(String),
}

/// Reads one quick-add line.
pub fn parse_quick_add(line: &str) -> Result<QuickAdd, QuickAddError> {
    if line.len() > crate::rules::MAX_QUICK_ADD_CHARS {
        let chars = line.chars().count();
        if chars > crate::rules::MAX_QUICK_ADD_CHARS {
            return Err(QuickAddError::TooLong { chars });
        }
    }
    let mut parts = line.split(',').map(str::trim);
    let name = parts.next().unwrap_or_default();
    if name.is_empty() {
        return Err(QuickAddError::MissingName);
    }
    let mut out = QuickAdd {
        name: name.to_owned(),
        ..QuickAdd::default()
    };
    let mut free_text = Vec::new();
    for part in parts.filter(|p| !p.is_empty()) {
        let lower = part.to_lowercase();
        if let Some(manager) = strip_any(part, &["reports to", "reporting to"]) {
            out.reports_to = Some(manager_name(part, manager, false)?);
        } else if let Some(manager) =
            strip_any(part, &["dotted to", "reports dotted to", "dotted line to"])
        {
            out.reports_to = Some(manager_name(part, manager, true)?);
        } else if let Some(level) = strip_any(part, &["influence", "inf"]) {
            out.influence = Some(influence(part, level)?);
        } else if let Some(attitude) = attitude(&lower) {
            out.attitude = Some(attitude);
        } else if matches!(lower.as_str(), "ours" | "our team" | "us") {
            out.ours = true;
        } else if let Some(role) = parse_role(part) {
            if !out.roles.contains(&role) {
                out.roles.push(role);
            }
            if roles_for_term(part).is_some() {
                out.role_tag = part.to_owned();
            }
        } else {
            free_text.push(part);
        }
    }
    let mut free_text = free_text.into_iter();
    out.title = free_text.next().unwrap_or_default().to_owned();
    out.department = free_text.next().unwrap_or_default().to_owned();
    if let Some(extra) = free_text.next() {
        return Err(QuickAddError::Unrecognised(extra.to_owned()));
    }
    out.roles.sort();
    Ok(out)
}

/// `part` without a leading keyword (matched ignoring ASCII case), if it has one.
fn strip_any<'a>(part: &'a str, keywords: &[&str]) -> Option<&'a str> {
    keywords.iter().find_map(|k| {
        let head = part.get(..k.len())?;
        let rest = part.get(k.len()..)?;
        // "influencer" is not "influence r": a keyword must end at a word boundary.
        (head.eq_ignore_ascii_case(k) && (rest.is_empty() || rest.starts_with([' ', ':'])))
            .then(|| rest.trim_start_matches([' ', ':']).trim())
    })
}

fn manager_name(part: &str, name: &str, dotted: bool) -> Result<ReportsToName, QuickAddError> {
    if name.is_empty() {
        return Err(QuickAddError::MissingManager(part.to_owned()));
    }
    Ok(ReportsToName {
        name: name.to_owned(),
        dotted,
    })
}

fn influence(part: &str, level: &str) -> Result<u8, QuickAddError> {
    level
        .trim_end_matches("/5")
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=5).contains(n))
        .ok_or_else(|| QuickAddError::BadInfluence(part.to_owned()))
}

fn attitude(lower: &str) -> Option<Attitude> {
    match lower {
        "sceptic" | "skeptical" | "sceptical" => Some(Attitude::Skeptic),
        "supportive" => Some(Attitude::Supporter),
        _ => Attitude::ALL.into_iter().find(|a| a.word() == lower),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_example_is_understood() {
        let q = parse_quick_add("Jane Doe, CFO, budget, blocker, reports to Tom Ng").unwrap();
        assert_eq!(q.name, "Jane Doe");
        assert_eq!(q.title, "CFO");
        assert_eq!(q.roles, vec![Role::Budget]);
        assert_eq!(q.attitude, Some(Attitude::Blocker));
        assert_eq!(
            q.reports_to,
            Some(ReportsToName {
                name: "Tom Ng".into(),
                dotted: false
            })
        );
        assert!(!q.ours);
    }

    #[test]
    fn parts_come_in_any_order_and_case() {
        let q = parse_quick_add(
            "Li Wei, Champion, Dotted to Ann Roe, Head of IT, IT, Influence 4, GATEKEEPER, user",
        )
        .unwrap();
        assert_eq!(q.attitude, Some(Attitude::Champion));
        assert_eq!(
            q.reports_to.as_ref().map(|r| (r.name.as_str(), r.dotted)),
            Some(("Ann Roe", true))
        );
        assert_eq!(
            (q.title.as_str(), q.department.as_str()),
            ("Head of IT", "IT")
        );
        assert_eq!(q.influence, Some(4));
        assert_eq!(q.roles, vec![Role::Gatekeeper, Role::User]);
    }

    #[test]
    fn other_methods_words_become_roles_and_are_kept_as_the_tag() {
        let q = parse_quick_add("Ada, economic buyer").unwrap();
        assert_eq!(q.roles, vec![Role::Budget]);
        assert_eq!(q.role_tag, "economic buyer");
        assert_eq!(q.title, "");
    }

    #[test]
    fn a_name_alone_is_enough_and_ours_marks_a_team_member() {
        assert_eq!(parse_quick_add("  Sam Lee ").unwrap().name, "Sam Lee");
        let ours = parse_quick_add("Sam Lee, ours, Solutions architect").unwrap();
        assert!(ours.ours);
        assert_eq!(ours.title, "Solutions architect");
    }

    #[test]
    fn bad_lines_are_refused_naming_the_part() {
        assert_eq!(parse_quick_add(" , CFO"), Err(QuickAddError::MissingName));
        let err = parse_quick_add("Jo, influence 9").unwrap_err();
        assert_eq!(err, QuickAddError::BadInfluence("influence 9".into()));
        assert!(err.to_string().contains("1 to 5"));
        assert_eq!(
            parse_quick_add("Jo, reports to ").unwrap_err(),
            QuickAddError::MissingManager("reports to".into())
        );
        let err = parse_quick_add("Jo, CFO, Finance, likes golf").unwrap_err();
        assert!(err.to_string().contains("“likes golf”"), "{err}");
    }

    #[test]
    fn an_over_long_line_is_refused_before_parsing() {
        let line = format!("Jo, {}", "x".repeat(crate::rules::MAX_QUICK_ADD_CHARS));
        assert_eq!(
            parse_quick_add(&line),
            Err(QuickAddError::TooLong {
                chars: crate::rules::MAX_QUICK_ADD_CHARS + 4
            })
        );
    }

    #[test]
    fn a_word_that_only_starts_like_a_keyword_is_free_text() {
        let q = parse_quick_add("Jo, Influencer relations").unwrap();
        assert_eq!(q.title, "Influencer relations");
        assert_eq!(q.influence, None);
    }
}
