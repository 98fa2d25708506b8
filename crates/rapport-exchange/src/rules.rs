//! Field rules for imported values: core's size limits and e-mail shape
//! (`rapport_core::rules`), so a value refused in the inspector is refused in a file, and the
//! problem says so in the file's terms (line, column, length and limit).

use crate::csv::{Field, TextSize};
use crate::problem::ProblemKind;
use rapport_core::rules::{
    MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_NOTES_CHARS, check_email, check_max_chars,
};

/// Whether a cleaned, non-empty text value may be stored in `field`.
pub(crate) fn check_field(field: Field, value: &str) -> Result<(), ProblemKind> {
    let limit = match field.text_size() {
        TextSize::Name => MAX_NAME_CHARS,
        TextSize::SingleLine => MAX_LINE_CHARS,
        TextSize::Notes => MAX_NOTES_CHARS,
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    if check_max_chars(field.label(), field.label(), value, limit).is_err() {
        return Err(ProblemKind::TooLong {
            length: count(value.chars().count()),
            limit: count(limit),
        });
    }
    if field == Field::Email && check_email(field.label(), value).is_err() {
        return Err(ProblemKind::BadEmail {
            value: value.to_owned(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shape_is_cores() {
        assert!(check_field(Field::Email, "jane@northwind.example").is_ok());
        assert_eq!(
            check_field(Field::Email, "jane@x"),
            Err(ProblemKind::BadEmail {
                value: "jane@x".into()
            })
        );
    }

    #[test]
    fn sizes() {
        assert!(check_field(Field::Name, &"x".repeat(200)).is_ok());
        assert_eq!(
            check_field(Field::Name, &"x".repeat(201)),
            Err(ProblemKind::TooLong {
                length: 201,
                limit: 200
            })
        );
        assert!(check_field(Field::Title, &"é".repeat(500)).is_ok());
        assert!(check_field(Field::Title, &"é".repeat(501)).is_err());
        assert!(check_field(Field::PersonalNotes, &"x".repeat(20_000)).is_ok());
        assert!(check_field(Field::PersonalNotes, &"x".repeat(20_001)).is_err());
    }
}
