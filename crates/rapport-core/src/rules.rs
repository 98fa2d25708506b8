//! Field rules: what each value must look like before it is stored, with the message the UI shows
//! next to the field, and how its text is tidied.
//!
//! The store runs these on every edit, and an importer runs the same functions on every row, so a
//! person refused in the inspector is refused with the same words in a CSV import. A rule here
//! looks at one value only; rules that need the stored account (that a person is on this map, that
//! a team member covers this account) belong to the store.
//!
//! `FieldError::field` is the camelCase name of the form field the UI points at (or the CSV
//! column an importer maps onto it).

use crate::links::{Coverage, Relation};
use crate::people::{Position, Stakeholder, TeamMember};
use crate::plan::{AnalysisNote, Goal, GoalTarget, Initiative, Interaction, Review};
use chrono::NaiveDate;

mod limits;
mod personal;
mod references;
mod whitespace;

pub use personal::*;
pub use references::*;
pub use whitespace::*;

pub use limits::{
    MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_QUICK_ADD_CHARS, check_line_chars,
    check_max_chars, check_name_chars, check_notes_chars,
};
/// The longest relationship word the top bar shows whole.
pub const MAX_RELATIONSHIP_WORD_CHARS: usize = 40;

/// A refused value: the field to point at and what to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The camelCase form field (e.g. `npsScore`).
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

pub type FieldResult = Result<(), FieldError>;

// ---------------------------------------------------------------------------------------------
// Text

/// A single-line field as stored: no surrounding blanks, and a line break (pasted, or inside a
/// quoted CSV cell) becomes a space, since the map card and the PDF show the field on one line.
pub fn normalise_line(text: &str) -> String {
    let trimmed = text.trim();
    if !trimmed.contains(['\n', '\r']) {
        return trimmed.to_owned();
    }
    trimmed
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Free text (notes, strategy) as stored: blank lines and spaces around it go, its own line
/// breaks and indentation stay.
pub fn normalise_notes(text: &str) -> String {
    text.trim().to_owned()
}

/// Refuses text that is empty once its surrounding blanks are gone.
pub fn required_text(field: &str, value: &str, message: &str) -> FieldResult {
    if value.trim().is_empty() {
        return Err(FieldError::new(field, message));
    }
    Ok(())
}

/// An e-mail address may be left empty; when given it must look like `name@domain.tld`.
pub fn check_email(field: &str, email: &str) -> FieldResult {
    let email = email.trim();
    if !email.is_empty() && !is_email_shaped(email) {
        return Err(FieldError::new(field, "This is not an e-mail address."));
    }
    Ok(())
}

/// `local@domain.tld`: one `@`, something before it, a dot inside the part after it, no spaces.
/// Deliberately loose beyond that: a real address that looks odd must never be refused.
pub fn is_email_shaped(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

// ---------------------------------------------------------------------------------------------
// People

/// Every person, theirs or ours, needs a name (also on an inline rename).
pub fn check_person_name(name: &str) -> FieldResult {
    required_text("name", name, "A person needs a name.")?;
    check_name_chars("name", "A name", name)
}

/// Influence is 1 (little say) to 5 (decides).
pub fn check_influence(influence: u8) -> FieldResult {
    if !(1..=5).contains(&influence) {
        return Err(FieldError::new(
            "influence",
            "Influence runs from 1 (little say) to 5 (decides).",
        ));
    }
    Ok(())
}

/// A "would you recommend us" score is 0 to 10, or not known.
pub fn check_nps(score: Option<u8>) -> FieldResult {
    if score.is_some_and(|n| n > 10) {
        return Err(FieldError::new(
            "npsScore",
            "A recommendation score is 0 to 10.",
        ));
    }
    Ok(())
}

/// The contact cadence is at least one day, or not set (the default applies).
pub fn check_cadence(days: Option<u32>) -> FieldResult {
    if days == Some(0) {
        return Err(FieldError::new(
            "cadenceDays",
            "Keep in touch every 1 day or more.",
        ));
    }
    Ok(())
}

/// Every field rule of a stakeholder, in the order of the inspector's fields.
pub fn check_stakeholder(s: &Stakeholder) -> FieldResult {
    check_person_name(&s.name)?;
    check_influence(s.influence)?;
    check_nps(s.nps_score)?;
    check_cadence(s.cadence_days)?;
    check_email("email", &s.email)?;
    check_line_chars("title", "The title", &s.title)?;
    check_line_chars("department", "The department", &s.department)?;
    check_line_chars("email", "The e-mail address", &s.email)?;
    check_line_chars("phone", "The phone number", &s.phone)?;
    check_line_chars("roleTag", "The other method's word", &s.role_tag)?;
    check_notes_chars("interests", "The interests", &s.interests)?;
    check_notes_chars("personalNotes", "The personal notes", &s.personal_notes)
}

/// A stakeholder with its text tidied as it is stored.
pub fn normalise_stakeholder(s: &Stakeholder) -> Stakeholder {
    Stakeholder {
        name: normalise_line(&s.name),
        title: normalise_line(&s.title),
        department: normalise_line(&s.department),
        email: normalise_line(&s.email),
        phone: normalise_line(&s.phone),
        crm_id: normalise_line(&s.crm_id),
        personal_notes: normalise_notes(&s.personal_notes),
        interests: normalise_notes(&s.interests),
        role_tag: normalise_line(&s.role_tag),
        ..s.clone()
    }
}

/// Every field rule of one of ours.
pub fn check_team_member(t: &TeamMember) -> FieldResult {
    check_person_name(&t.name)?;
    check_email("email", &t.email)?;
    check_line_chars("title", "The title", &t.title)?;
    check_line_chars("email", "The e-mail address", &t.email)
}

pub fn normalise_team_member(t: &TeamMember) -> TeamMember {
    TeamMember {
        name: normalise_line(&t.name),
        title: normalise_line(&t.title),
        email: normalise_line(&t.email),
        ..t.clone()
    }
}

/// A card's position is a finite number (JSON from a broken client may carry NaN or infinity).
pub fn check_position(at: Position) -> FieldResult {
    if !at.x.is_finite() || !at.y.is_finite() {
        return Err(FieldError::new(
            "position",
            "A card's position must be a finite number.",
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The account: its name, profile and economics (in `rules/account.rs`)

mod account;
pub use account::*;

// ---------------------------------------------------------------------------------------------
// Lines

/// The notes on a coverage line (Understand's relationship notes).
pub fn check_coverage_notes(notes: &str) -> FieldResult {
    check_notes_chars("notes", "The notes", notes)
}

/// The note on an influence or conflict line.
pub fn check_relation_note(note: &str) -> FieldResult {
    check_notes_chars("note", "The note", note)
}

pub fn normalise_coverage(c: &Coverage) -> Coverage {
    Coverage {
        notes: normalise_notes(&c.notes),
        ..c.clone()
    }
}

pub fn normalise_relation(r: &Relation) -> Relation {
    Relation {
        note: normalise_notes(&r.note),
        ..r.clone()
    }
}

// ---------------------------------------------------------------------------------------------
// The plan

/// A manual issue, problem or opportunity needs its text.
pub fn check_analysis_note(n: &AnalysisNote) -> FieldResult {
    required_text(
        "text",
        &n.text,
        &format!("Write what the {} is.", n.kind.word()),
    )?;
    check_notes_chars("text", "The text", &n.text)
}

pub fn normalise_analysis_note(n: &AnalysisNote) -> AnalysisNote {
    AnalysisNote {
        text: normalise_notes(&n.text),
        ..n.clone()
    }
}

/// A goal's own rules: a title, a target that can be measured and moves somewhere, and a due
/// date not before the goal was set.
pub fn check_goal(g: &Goal) -> FieldResult {
    required_text(
        "title",
        &g.title,
        "Give the goal a title, e.g. “Win Raj Patel's trust”.",
    )?;
    check_line_chars("title", "The goal's title", &g.title)?;
    match &g.target {
        GoalTarget::Attitude { from, to } => {
            if g.stakeholder.is_none() {
                return Err(FieldError::new(
                    "stakeholder",
                    "An attitude goal is about one person: choose whose attitude should move.",
                ));
            }
            if from == to {
                return Err(FieldError::new(
                    "target",
                    format!(
                        "The attitude to reach must differ from where it is now ({}).",
                        from.word()
                    ),
                ));
            }
        }
        GoalTarget::Coverage { from, to, .. } => {
            if g.stakeholder.is_none() {
                return Err(FieldError::new(
                    "stakeholder",
                    "A coverage goal is about one person: choose who we should know better.",
                ));
            }
            if to <= from {
                return Err(FieldError::new(
                    "target",
                    format!(
                        "The coverage to reach must be stronger than where it is now ({}).",
                        from.word()
                    ),
                ));
            }
        }
        GoalTarget::Free { text } => {
            required_text(
                "target",
                text,
                "Say how we will know the goal is reached, e.g. “Pilot contract signed”.",
            )?;
            check_line_chars("target", "The target", text)?;
        }
    }
    if let Some(due) = g.due
        && due < g.created_on
    {
        return Err(FieldError::new(
            "due",
            format!(
                "The due date cannot be before the goal was set ({}).",
                g.created_on.format("%-d %b %Y")
            ),
        ));
    }
    Ok(())
}

pub fn normalise_goal(g: &Goal) -> Goal {
    let target = match &g.target {
        GoalTarget::Free { text } => GoalTarget::Free {
            text: normalise_line(text),
        },
        other => other.clone(),
    };
    Goal {
        title: normalise_line(&g.title),
        target,
        ..g.clone()
    }
}

/// An initiative has a title and works towards at least one goal.
pub fn check_initiative(i: &Initiative) -> FieldResult {
    required_text(
        "title",
        &i.title,
        "Give the initiative a title, e.g. “Executive breakfast with the COO”.",
    )?;
    check_line_chars("title", "The initiative's title", &i.title)?;
    check_notes_chars("notes", "The notes", &i.notes)?;
    if i.goals.is_empty() {
        return Err(FieldError::new(
            "goals",
            "Link the initiative to at least one goal it works towards.",
        ));
    }
    Ok(())
}

pub fn normalise_initiative(i: &Initiative) -> Initiative {
    Initiative {
        title: normalise_line(&i.title),
        notes: normalise_notes(&i.notes),
        ..i.clone()
    }
}

/// An interaction is logged once it has happened (on or before `today`), with at least one of
/// their people.
pub fn check_interaction(i: &Interaction, today: NaiveDate) -> FieldResult {
    if i.date > today {
        return Err(FieldError::new(
            "date",
            "Log an interaction once it has happened: choose today or an earlier date.",
        ));
    }
    if i.stakeholders.is_empty() {
        return Err(FieldError::new(
            "stakeholders",
            "Choose at least one of their people who took part.",
        ));
    }
    check_notes_chars("note", "The note", &i.note)
}

pub fn normalise_interaction(i: &Interaction) -> Interaction {
    Interaction {
        note: normalise_notes(&i.note),
        ..i.clone()
    }
}

pub fn check_review(r: &Review) -> FieldResult {
    required_text("title", &r.title, "A review needs a title.")?;
    check_line_chars("title", "The review's title", &r.title)?;
    check_notes_chars("attendees", "The attendees", &r.attendees)?;
    check_notes_chars("notes", "The notes", &r.notes)
}

pub fn normalise_review(r: &Review) -> Review {
    Review {
        title: normalise_line(&r.title),
        attendees: normalise_line(&r.attendees),
        notes: normalise_notes(&r.notes),
        ..r.clone()
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;
