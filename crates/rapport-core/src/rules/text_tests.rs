//! The text rules importers share with the editor: lengths by characters, the e-mail shape, and
//! the CRM id tidied like any one-line field.

use super::*;
use crate::people::Stakeholder;

#[test]
fn lengths_count_characters_not_bytes() {
    assert_eq!(
        check_line_chars("title", "The title", &"é".repeat(MAX_LINE_CHARS)),
        Ok(())
    );
    let long = check_name_chars("name", "A name", &"x".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(
        long,
        Err(FieldError::new(
            "name",
            "A name can be at most 200 characters long; this one has 201."
        ))
    );
}

#[test]
fn email_shape() {
    for good in ["jane@northwind.example", "j.o+x@a.b.co"] {
        assert!(is_email_shaped(good), "{good}");
        assert_eq!(check_email("email", good), Ok(()));
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
        "a@x..io",
    ] {
        assert!(!is_email_shaped(bad), "{bad}");
        assert!(check_email("email", bad).is_err(), "{bad}");
    }
}

#[test]
fn the_crm_id_is_tidied_like_a_one_line_field() {
    let s = Stakeholder {
        crm_id: " 003ABC\n ".into(),
        ..Stakeholder::named("raj", "Raj Patel")
    };
    assert_eq!(normalise_stakeholder(&s).crm_id, "003ABC");
}
