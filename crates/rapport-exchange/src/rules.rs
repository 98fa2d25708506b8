//! Field rules and size limits for imported values.
//!
//! These limits are moving into `rapport_core::rules` so the store, the importers and the UI's
//! messages agree; every check here goes through [`check_field`] so core's can replace it in
//! one place.

use crate::csv::{Field, TextSize};
use crate::problem::ProblemKind;

const NAME_LIMIT: usize = 200;
const SINGLE_LINE_LIMIT: usize = 500;
const NOTES_LIMIT: usize = 20_000;

/// Whether a cleaned, non-empty text value may be stored in `field`.
pub(crate) fn check_field(field: Field, value: &str) -> Result<(), ProblemKind> {
    let limit = match field.text_size() {
        TextSize::Name => NAME_LIMIT,
        TextSize::SingleLine => SINGLE_LINE_LIMIT,
        TextSize::Notes => NOTES_LIMIT,
    };
    let length = value.chars().count();
    if length > limit {
        return Err(ProblemKind::TooLong {
            length: u32::try_from(length).unwrap_or(u32::MAX),
            limit: u32::try_from(limit).unwrap_or(u32::MAX),
        });
    }
    if field == Field::Email && !is_email_shaped(value) {
        return Err(ProblemKind::BadEmail {
            value: value.to_owned(),
        });
    }
    Ok(())
}

/// `local@domain.tld`: one `@`, something before it, a dot inside the part after it, no spaces.
fn is_email_shaped(value: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shape() {
        for good in ["jane@northwind.example", "j.o+x@a.b.co"] {
            assert!(is_email_shaped(good), "{good}");
        }
        for bad in [
            "jane",
            "@x.io",
            "jane@",
            "jane@x",
            "ja ne@x.io",
            "a@b@c.io",
            "a@.io",
            "a@x.",
        ] {
            assert!(!is_email_shaped(bad), "{bad}");
        }
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
