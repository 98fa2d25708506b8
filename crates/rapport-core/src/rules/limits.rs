//! How long a value may be. A map card, a PDF table cell and an undo step all carry the text
//! whole, so a pasted 10 MB "name" would make the map and the PDF take minutes: every door (the
//! inspector, the plan forms, quick-add, an import) refuses what is too long, naming the field.

use super::{FieldError, FieldResult};

/// The longest name (of a person, account, offering…).
pub const MAX_NAME_CHARS: usize = 200;
/// The longest single-line field (title, department, e-mail, phone, a goal's title…).
pub const MAX_LINE_CHARS: usize = 500;
/// The longest free text (notes, strategy, the client's goals).
pub const MAX_NOTES_CHARS: usize = 20_000;
/// The longest quick-add line: a name, a title, a department, roles and a manager's name, each
/// within its own limit, fit comfortably.
pub const MAX_QUICK_ADD_CHARS: usize = 1_000;

/// Refuses `text` longer than `max` characters; `what` names it in the message ("The title").
pub fn check_max_chars(field: &str, what: &str, text: &str, max: usize) -> FieldResult {
    // A string has at least as many bytes as characters: short text needs no counting.
    if text.len() <= max {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= max {
        return Ok(());
    }
    Err(FieldError::new(
        field,
        format!(
            "{what} can be at most {} characters long; this one has {}.",
            thousands(max),
            thousands(chars)
        ),
    ))
}

/// A name: at most [`MAX_NAME_CHARS`].
pub fn check_name_chars(field: &str, what: &str, text: &str) -> FieldResult {
    check_max_chars(field, what, text, MAX_NAME_CHARS)
}

/// A single-line field: at most [`MAX_LINE_CHARS`].
pub fn check_line_chars(field: &str, what: &str, text: &str) -> FieldResult {
    check_max_chars(field, what, text, MAX_LINE_CHARS)
}

/// Free text: at most [`MAX_NOTES_CHARS`].
pub fn check_notes_chars(field: &str, what: &str, text: &str) -> FieldResult {
    check_max_chars(field, what, text, MAX_NOTES_CHARS)
}

/// 20000 as "20,000": the limits are read by people.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_limit_passes_and_one_more_is_refused_naming_the_field() {
        assert!(check_name_chars("name", "A name", &"é".repeat(MAX_NAME_CHARS)).is_ok());
        let err = check_name_chars("name", "A name", &"é".repeat(MAX_NAME_CHARS + 1))
            .expect_err("too long");
        assert_eq!(err.field, "name");
        assert_eq!(
            err.message,
            "A name can be at most 200 characters long; this one has 201."
        );
        let err =
            check_notes_chars("notes", "The notes", &"x".repeat(1_234_567)).expect_err("too long");
        assert!(err.message.contains("20,000") && err.message.contains("1,234,567"));
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        // 200 four-byte characters are 800 bytes but a fine name.
        assert!(check_name_chars("name", "A name", &"😀".repeat(200)).is_ok());
    }
}

#[cfg(test)]
mod every_rule_applies_the_limits {
    use super::*;
    use crate::rules::*;
    use crate::*;
    use chrono::NaiveDate;

    fn field_of(result: FieldResult) -> String {
        result.expect_err("refused").field
    }

    #[test]
    fn people() {
        let long_line = "x".repeat(MAX_LINE_CHARS + 1);
        let long_notes = "x".repeat(MAX_NOTES_CHARS + 1);
        let person = Stakeholder::named("s", "Ana");
        for (field, changed) in [
            (
                "name",
                Stakeholder {
                    name: "x".repeat(MAX_NAME_CHARS + 1),
                    ..person.clone()
                },
            ),
            (
                "title",
                Stakeholder {
                    title: long_line.clone(),
                    ..person.clone()
                },
            ),
            (
                "department",
                Stakeholder {
                    department: long_line.clone(),
                    ..person.clone()
                },
            ),
            (
                "phone",
                Stakeholder {
                    phone: long_line.clone(),
                    ..person.clone()
                },
            ),
            (
                "roleTag",
                Stakeholder {
                    role_tag: long_line.clone(),
                    ..person.clone()
                },
            ),
            (
                "interests",
                Stakeholder {
                    interests: long_notes.clone(),
                    ..person.clone()
                },
            ),
            (
                "personalNotes",
                Stakeholder {
                    personal_notes: long_notes.clone(),
                    ..person.clone()
                },
            ),
        ] {
            assert_eq!(field_of(check_stakeholder(&changed)), field);
        }
        assert!(check_stakeholder(&person).is_ok());
        let ours = TeamMember::named("t", "Sam", TeamRole::Other);
        let long_title = TeamMember {
            title: long_line,
            ..ours
        };
        assert_eq!(field_of(check_team_member(&long_title)), "title");
        assert_eq!(field_of(check_person_name(&"x".repeat(201))), "name");
    }

    #[test]
    fn the_account_and_the_plan() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let long_notes = "x".repeat(MAX_NOTES_CHARS + 1);
        let account = Account {
            currency: "EUR".into(),
            ..Account::named("a", "Acme", day)
        };
        assert!(check_account(&account).is_ok());
        let long_strategy = Account {
            strategy: long_notes.clone(),
            ..account.clone()
        };
        assert_eq!(field_of(check_account(&long_strategy)), "strategy");
        let goals = ClientGoals {
            months12: long_notes.clone(),
            ..ClientGoals::default()
        };
        assert_eq!(field_of(check_account_plan("", "", &goals)), "clientGoals");
        let goal = Goal {
            title: "x".repeat(MAX_LINE_CHARS + 1),
            target: GoalTarget::Free {
                text: "Signed".into(),
            },
            created_on: day,
            ..Goal::default()
        };
        assert_eq!(field_of(check_goal(&goal)), "title");
        let initiative = Initiative {
            title: "Lunch".into(),
            goals: vec!["g".into()],
            notes: long_notes.clone(),
            ..Initiative::default()
        };
        assert_eq!(field_of(check_initiative(&initiative)), "notes");
        let interaction = Interaction {
            date: day,
            stakeholders: vec!["s".into()],
            note: long_notes.clone(),
            ..Interaction::default()
        };
        assert_eq!(field_of(check_interaction(&interaction, day)), "note");
        let note = AnalysisNote {
            text: long_notes.clone(),
            ..AnalysisNote::default()
        };
        assert_eq!(field_of(check_analysis_note(&note)), "text");
        let review = Review {
            id: "r".into(),
            title: "Q1".into(),
            date: day,
            attendees: String::new(),
            notes: long_notes.clone(),
        };
        assert_eq!(field_of(check_review(&review)), "notes");
        assert_eq!(field_of(check_coverage_notes(&long_notes)), "notes");
        assert_eq!(field_of(check_relation_note(&long_notes)), "note");
    }
}
