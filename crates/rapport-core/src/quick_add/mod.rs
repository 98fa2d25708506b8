//! The editor's quick-add line: `Jane Doe, CFO, budget, blocker, reports to Tom Ng`.
//!
//! A facilitator types while the room talks, so the grammar is forgiving: the name comes first,
//! then comma-separated parts in any order. Words the method knows (a role, another method's role
//! word, an attitude, `influence 4`, `reports to …`, `dotted to …`, `known by … trusted`, `ours`)
//! are recognised; the first other part is the title and the second the department. Anything
//! beyond that is refused with the part named, rather than silently dropped.
//!
//! Position wins over guessing: a role word that is also a department's name ("Procurement",
//! "Legal" — see [`crate::crosswalk::names_a_department`]) fills the title or department slot
//! when one is free, and is a role only when marked (`role: procurement`) or when both slots are
//! taken. [`preview`] says how each part was read, from the same parsed value that is written,
//! so the bar's preview and the map cannot disagree.
//!
//! A line of its own, `Sarah Collins covers Ben Hale: acquainted → trusted`, draws coverage.

mod covers;
mod preview;
mod resolve;
#[cfg(test)]
mod resolve_tests;
#[cfg(test)]
mod tests;

pub use covers::{parse_strength, strengths_after_name};
pub use preview::{
    QuickAddPart, QuickAddPartKind, QuickAddPreview, preview, preview_line, preview_on_map,
};
pub use resolve::{
    PlannedCoverage, PlannedPerson, QuickAddAnswers, QuickAddPlan, QuickAddQuestion, ResolveError,
    TeamCandidate, resolve_quick_add, same_name,
};

use crate::crosswalk::{names_a_department, parse_role, roles_for_term};
use crate::links::Strength;
use crate::people::{Attitude, Role};
use serde::{Deserialize, Serialize};
use specta::Type;
use thiserror::Error;

/// What one quick-add line asks for: a person, or coverage between two already on the map.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum QuickAddLine {
    Person(QuickAdd),
    Covers(CoversLine),
}

/// What one person line asks for.
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
    /// `known by Sarah Collins trusted`: who of ours knows this person, and how well.
    pub known_by: Vec<KnownBy>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReportsToName {
    pub name: String,
    pub dotted: bool,
}

/// One of ours, by name, and how well they know the person: now, and wanted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct KnownBy {
    pub name: String,
    pub strength: Strength,
    pub desired: Strength,
}

/// `Sarah Collins covers Ben Hale: acquainted → trusted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoversLine {
    pub team_member: String,
    pub stakeholder: String,
    pub strength: Strength,
    pub desired: Strength,
}

/// The strength a coverage line gets when the line names none: they know each other, no more.
pub const DEFAULT_STRENGTH: Strength = Strength::Aware;

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
    #[error("“{0}”: say who of ours, e.g. “known by Sarah Collins trusted”.")]
    MissingTeamMember(String),
    #[error(
        "“{0}”: not a role; use budget, gatekeeper, user or another method's word such as \
         “economic buyer”."
    )]
    NotARole(String),
    #[error(
        "“{0}”: after the arrow, say the strength wanted: none, aware, acquainted, trusted or \
         advisor (or 0–4)."
    )]
    BadStrength(String),
    #[error("“{0}”: say who of ours covers whom, e.g. “Sarah Collins covers Ben Hale: trusted”.")]
    BadCovers(String),
    #[error("“{0}”: “known by” is for their people; ours are known by no one on the map.")]
    KnownByOurs(String),
    #[error(
        "“{0}” was not understood: after the title and the department, use a role, an attitude, \
         “influence 1–5”, “reports to NAME” or “known by NAME trusted”."
    )]
    Unrecognised(String),
}

/// Reads one quick-add line: a person, or a coverage line of its own.
pub fn parse_quick_add_line(line: &str) -> Result<QuickAddLine, QuickAddError> {
    check_length(line)?;
    match covers::parse_covers_line(line)? {
        Some(covers) => Ok(QuickAddLine::Covers(covers)),
        None => parse_quick_add(line).map(QuickAddLine::Person),
    }
}

fn check_length(line: &str) -> Result<(), QuickAddError> {
    if line.len() > crate::rules::MAX_QUICK_ADD_CHARS {
        let chars = line.chars().count();
        if chars > crate::rules::MAX_QUICK_ADD_CHARS {
            return Err(QuickAddError::TooLong { chars });
        }
    }
    Ok(())
}

/// A part with no keyword, kept in the order typed until the title and department are given out.
enum Unmarked<'a> {
    Text(&'a str),
    /// A role word that is also a department's name: a slot if one is free, else the role.
    DepartmentOrRole(&'a str, Role),
}

/// Reads one person line.
pub fn parse_quick_add(line: &str) -> Result<QuickAdd, QuickAddError> {
    check_length(line)?;
    let mut parts = line.split(',').map(str::trim);
    let name = parts.next().unwrap_or_default();
    if name.is_empty() {
        return Err(QuickAddError::MissingName);
    }
    let mut out = QuickAdd {
        name: name.to_owned(),
        ..QuickAdd::default()
    };
    let mut title = None;
    let mut department = None;
    let mut unmarked = Vec::new();
    for part in parts.filter(|p| !p.is_empty()) {
        let lower = part.to_lowercase();
        if let Some(text) = strip_any(part, &["title:"]) {
            title = Some(text);
        } else if let Some(text) = strip_any(part, &["department:", "dept:"]) {
            department = Some(text);
        } else if let Some(word) = strip_any(part, &["role:"]) {
            let role = parse_role(word).ok_or_else(|| QuickAddError::NotARole(part.to_owned()))?;
            add_role(&mut out, role, word);
        } else if let Some(manager) = strip_any(part, &["reports to", "reporting to"]) {
            out.reports_to = Some(manager_name(part, manager, false)?);
        } else if let Some(manager) =
            strip_any(part, &["dotted to", "reports dotted to", "dotted line to"])
        {
            out.reports_to = Some(manager_name(part, manager, true)?);
        } else if let Some(rest) = strip_any(part, &["known by", "covered by"]) {
            let (name, strength, desired) = strengths_after_name(rest)?;
            if name.is_empty() {
                return Err(QuickAddError::MissingTeamMember(part.to_owned()));
            }
            out.known_by.push(KnownBy {
                name,
                strength,
                desired,
            });
        } else if let Some(level) = strip_any(part, &["influence", "inf"]) {
            out.influence = Some(influence(part, level)?);
        } else if let Some(attitude) = attitude(&lower) {
            out.attitude = Some(attitude);
        } else if matches!(lower.as_str(), "ours" | "our team" | "us") {
            out.ours = true;
        } else if let Some(role) = parse_role(part) {
            if names_a_department(part) {
                unmarked.push(Unmarked::DepartmentOrRole(part, role));
            } else {
                add_role(&mut out, role, part);
            }
        } else {
            unmarked.push(Unmarked::Text(part));
        }
    }
    // Title, then department, by position; the marked ones have taken their slot already.
    for part in unmarked {
        let text = match part {
            Unmarked::Text(text) | Unmarked::DepartmentOrRole(text, _) => text,
        };
        if title.is_none() {
            title = Some(text);
        } else if department.is_none() {
            department = Some(text);
        } else if let Unmarked::DepartmentOrRole(word, role) = part {
            add_role(&mut out, role, word);
        } else {
            return Err(QuickAddError::Unrecognised(text.to_owned()));
        }
    }
    out.title = title.unwrap_or_default().to_owned();
    out.department = department.unwrap_or_default().to_owned();
    if out.ours
        && let Some(k) = out.known_by.first()
    {
        return Err(QuickAddError::KnownByOurs(format!("known by {}", k.name)));
    }
    out.roles.sort();
    Ok(out)
}

fn add_role(out: &mut QuickAdd, role: Role, word: &str) {
    if !out.roles.contains(&role) {
        out.roles.push(role);
    }
    if roles_for_term(word).is_some() {
        out.role_tag = word.to_owned();
    }
}

/// `part` without a leading keyword (matched ignoring ASCII case), if it has one.
fn strip_any<'a>(part: &'a str, keywords: &[&str]) -> Option<&'a str> {
    keywords.iter().find_map(|k| {
        let head = part.get(..k.len())?;
        let rest = part.get(k.len()..)?;
        // "influencer" is not "influence r": a keyword must end at a word boundary.
        let boundary = k.ends_with(':') || rest.is_empty() || rest.starts_with([' ', ':']);
        (head.eq_ignore_ascii_case(k) && boundary)
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
