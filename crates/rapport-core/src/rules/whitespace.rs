//! The offerings catalogue's and the whitespace matrix's rules. Field names are the forms'.

use super::account::{MAX_AMOUNT, check_amount};
use super::{
    FieldResult, check_line_chars, check_name_chars, check_notes_chars, normalise_line,
    normalise_notes, required_text,
};
use crate::whitespace::{Offering, WhitespaceCell};

/// An offering needs a name; its family is one line; its typical deal size, when given, is an
/// amount of money of 0 or more.
pub fn check_offering(o: &Offering) -> FieldResult {
    required_text(
        "name",
        &o.name,
        "An offering needs a name, e.g. “Fleet telematics”.",
    )?;
    check_name_chars("name", "An offering's name", &o.name)?;
    check_line_chars("family", "The family", &o.family)?;
    if let Some(size) = o.typical_deal_size {
        check_amount("typicalDealSize", size, "The typical deal size", MAX_AMOUNT)?;
    }
    Ok(())
}

pub fn normalise_offering(o: &Offering) -> Offering {
    Offering {
        id: o.id.clone(),
        name: normalise_line(&o.name),
        family: normalise_line(&o.family),
        typical_deal_size: o.typical_deal_size,
    }
}

/// A need or business unit of the account needs a name.
pub fn check_need_name(name: &str) -> FieldResult {
    required_text(
        "name",
        name,
        "A need or business unit needs a name, e.g. “Warehousing”.",
    )?;
    check_name_chars("name", "A need's name", name)
}

/// A cell's value, when given, is an amount of money of 0 or more; its note is free text.
pub fn check_whitespace_cell(c: &WhitespaceCell) -> FieldResult {
    if let Some(value) = c.estimated_value {
        check_amount("estimatedValue", value, "The estimated value", MAX_AMOUNT)?;
    }
    check_notes_chars("note", "The note", &c.note)
}

pub fn normalise_whitespace_cell(c: &WhitespaceCell) -> WhitespaceCell {
    WhitespaceCell {
        note: normalise_notes(&c.note),
        ..c.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offering(name: &str, size: Option<f64>) -> Offering {
        Offering {
            name: name.into(),
            typical_deal_size: size,
            ..Offering::default()
        }
    }

    #[test]
    fn an_offering_needs_a_name_and_a_deal_size_of_zero_or_more() {
        assert!(check_offering(&offering("Fleet telematics", Some(0.0))).is_ok());
        assert!(check_offering(&offering("Fleet telematics", None)).is_ok());
        assert_eq!(
            check_offering(&offering("  ", None)).map_err(|e| e.field),
            Err("name".into())
        );
        let negative = check_offering(&offering("Fleet", Some(-1.0))).expect_err("refused");
        assert_eq!(negative.field, "typicalDealSize");
        assert!(
            negative.message.contains("cannot be negative"),
            "{}",
            negative.message
        );
        let nan = check_offering(&offering("Fleet", Some(f64::NAN))).expect_err("refused");
        assert_eq!(nan.field, "typicalDealSize");
    }

    #[test]
    fn a_cell_value_must_not_be_negative_and_a_need_needs_a_name() {
        let cell = WhitespaceCell {
            estimated_value: Some(-5.0),
            ..WhitespaceCell::default()
        };
        assert_eq!(
            check_whitespace_cell(&cell).map_err(|e| e.field),
            Err("estimatedValue".into())
        );
        assert!(check_need_name("").is_err());
        assert!(check_need_name("Fleet").is_ok());
    }
}
