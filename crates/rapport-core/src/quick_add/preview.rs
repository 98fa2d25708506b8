//! How each part of a quick-add line was read, for the bar's live preview
//! ("Title: Head of Procurement · Department: Procurement · Gatekeeper · Blocker"). Built from the
//! parsed line that Enter writes, so the preview and the map say the same.

use super::resolve::{PlannedPerson, QuickAddAnswers, QuickAddQuestion, ResolveError};
use super::{QuickAdd, QuickAddError, QuickAddLine, parse_quick_add_line, resolve_quick_add};
use crate::crosswalk::roles_for_term;
use crate::links::Strength;
use crate::people::TeamMember;
use crate::snapshot::AccountSnapshot;
use serde::{Deserialize, Serialize};
use specta::Type;

/// What a part of the line became.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum QuickAddPartKind {
    Name,
    Ours,
    Title,
    Department,
    Role,
    Attitude,
    Influence,
    ReportsTo,
    KnownBy,
    Covers,
}

/// One part as the preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuickAddPart {
    pub kind: QuickAddPartKind,
    pub text: String,
}

/// The preview of a line as typed so far.
pub fn preview_line(line: &str) -> Result<Vec<QuickAddPart>, QuickAddError> {
    parse_quick_add_line(line).map(|l| preview(&l))
}

/// The parts of a parsed line, in a fixed order (who, what they are, how they stand, their lines).
pub fn preview(line: &QuickAddLine) -> Vec<QuickAddPart> {
    let part = |kind, text: String| QuickAddPart { kind, text };
    match line {
        QuickAddLine::Covers(c) => vec![part(
            QuickAddPartKind::Covers,
            format!(
                "{} covers {}: {}",
                c.team_member,
                c.stakeholder,
                strengths(c.strength, c.desired)
            ),
        )],
        QuickAddLine::Person(q) => person(q),
    }
}

fn person(q: &QuickAdd) -> Vec<QuickAddPart> {
    let mut parts = vec![QuickAddPart {
        kind: QuickAddPartKind::Name,
        text: q.name.clone(),
    }];
    let mut push = |kind, text: String| parts.push(QuickAddPart { kind, text });
    if q.ours {
        push(QuickAddPartKind::Ours, "One of ours".to_owned());
    }
    if !q.title.is_empty() {
        push(QuickAddPartKind::Title, format!("Title: {}", q.title));
    }
    if !q.department.is_empty() {
        push(
            QuickAddPartKind::Department,
            format!("Department: {}", q.department),
        );
    }
    let tagged = roles_for_term(&q.role_tag)
        .map(|e| e.roles)
        .unwrap_or_default();
    for role in &q.roles {
        let text = if tagged.contains(role) {
            format!("{} ({})", role.label(), q.role_tag)
        } else {
            role.label().to_owned()
        };
        push(QuickAddPartKind::Role, text);
    }
    if let Some(a) = q.attitude {
        push(QuickAddPartKind::Attitude, a.label().to_owned());
    }
    if let Some(n) = q.influence {
        push(QuickAddPartKind::Influence, format!("Influence {n}"));
    }
    if let Some(r) = &q.reports_to {
        let how = if r.dotted {
            "Dotted line to"
        } else {
            "Reports to"
        };
        push(QuickAddPartKind::ReportsTo, format!("{how} {}", r.name));
    }
    for k in &q.known_by {
        push(
            QuickAddPartKind::KnownBy,
            format!("Known by {}: {}", k.name, strengths(k.strength, k.desired)),
        );
    }
    parts
}

/// "trusted", or "acquainted → trusted" when more is wanted than there is.
fn strengths(now: Strength, wanted: Strength) -> String {
    if now == wanted {
        now.word().to_owned()
    } else {
        format!("{} → {}", now.word(), wanted.word())
    }
}

/// The bar's preview: how the line was read and, against the map, what Enter will do.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct QuickAddPreview {
    pub parts: Vec<QuickAddPart>,
    /// What the line does beyond the parts ("Sarah Collins is one of ours already: …"), and
    /// what Enter will ask first.
    pub notes: Vec<String>,
    /// Why Enter would refuse the line, in the words it would use.
    pub problem: Option<String>,
}

/// Reads `line` and resolves it against `map` and our `workspace_team` without writing, so the
/// preview says what Enter will do.
pub fn preview_on_map(
    line: &str,
    map: &AccountSnapshot,
    workspace_team: &[TeamMember],
) -> QuickAddPreview {
    let parsed = match parse_quick_add_line(line) {
        Ok(parsed) => parsed,
        Err(e) => {
            return QuickAddPreview {
                problem: Some(e.to_string()),
                ..QuickAddPreview::default()
            };
        }
    };
    let mut out = QuickAddPreview {
        parts: preview(&parsed),
        ..QuickAddPreview::default()
    };
    let mut fresh = || String::new();
    match resolve_quick_add(
        &parsed,
        map,
        workspace_team,
        &QuickAddAnswers::default(),
        &mut fresh,
    ) {
        Ok(plan) => {
            if let PlannedPerson::PlaceTeamMember(t) = &plan.person {
                out.notes.push(format!(
                    "{} is one of ours already: placed on this map, not added again.",
                    t.name
                ));
            }
            for t in &plan.place_team {
                out.notes
                    .push(format!("{} comes onto this map from our team.", t.name));
            }
            if plan.coverage.iter().any(|c| c.exists) {
                out.notes
                    .push("Changes the coverage already drawn.".to_owned());
            }
        }
        Err(ResolveError::Question(QuickAddQuestion::AlreadyOnMap { message, .. })) => {
            out.notes.push(message);
        }
        Err(ResolveError::Question(QuickAddQuestion::ChooseTeamMember {
            name,
            candidates,
            ..
        })) => {
            out.notes.push(format!(
                "{} of ours are called “{name}”: Enter asks which.",
                candidates.len()
            ));
        }
        Err(ResolveError::Unknown(message) | ResolveError::Refused(message)) => {
            out.problem = Some(message);
        }
    }
    out
}
