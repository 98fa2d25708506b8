//! The rules of a stakeholder's personal dates and the thank-yous we owe them.

use super::{
    FieldResult, check_line_chars, check_notes_chars, normalise_line, normalise_notes,
    required_text,
};
use crate::personal::{PersonalDate, ThankYou, ThankYouReason};

/// A personal date needs a label saying what it is.
pub fn check_personal_date(d: &PersonalDate) -> FieldResult {
    required_text(
        "label",
        &d.label,
        "Say what the date is, e.g. “Work anniversary”.",
    )?;
    check_line_chars("label", "The label", &d.label)
}

pub fn normalise_personal_date(d: &PersonalDate) -> PersonalDate {
    PersonalDate {
        label: normalise_line(&d.label),
        ..d.clone()
    }
}

/// A thank-you for something other than a won deal, a referral or a reference call must say
/// what it is for; the text is free otherwise.
pub fn check_thank_you(t: &ThankYou) -> FieldResult {
    if t.reason == ThankYouReason::Other {
        required_text(
            "text",
            &t.text,
            "Say what the thank-you is for, e.g. “the introduction to their CFO”.",
        )?;
    }
    check_notes_chars("text", "The text", &t.text)
}

pub fn normalise_thank_you(t: &ThankYou) -> ThankYou {
    ThankYou {
        text: normalise_notes(&t.text),
        ..t.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_needs_a_label_and_an_other_thank_you_needs_its_reason() {
        let date = PersonalDate::default();
        assert_eq!(
            check_personal_date(&date).map_err(|e| e.field),
            Err("label".into())
        );
        let other = ThankYou::default();
        assert_eq!(
            check_thank_you(&other).map_err(|e| e.field),
            Err("text".into())
        );
        let won = ThankYou {
            reason: ThankYouReason::WonDeal,
            ..ThankYou::default()
        };
        assert!(check_thank_you(&won).is_ok());
    }
}
