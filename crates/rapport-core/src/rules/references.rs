//! The rules of a reference request.

use super::{
    FieldError, FieldResult, check_name_chars, check_notes_chars, normalise_line, normalise_notes,
    required_text,
};
use crate::references::ReferenceRequest;
use chrono::NaiveDate;

/// A request names its prospect, is not dated in the future, and is not the reference account
/// asking itself.
pub fn check_reference_request(r: &ReferenceRequest, today: NaiveDate) -> FieldResult {
    required_text(
        "prospectName",
        &r.prospect_name,
        "Name the prospect who asked, e.g. “Nordlicht Logistik”.",
    )?;
    check_name_chars("prospectName", "The prospect's name", &r.prospect_name)?;
    if r.date > today {
        return Err(FieldError::new(
            "date",
            "A request is logged once it was made: choose today or an earlier day.",
        ));
    }
    if r.prospect_account.as_ref() == Some(&r.reference_account) {
        return Err(FieldError::new(
            "prospectAccount",
            "An account cannot be its own reference: choose another prospect account.",
        ));
    }
    check_notes_chars("note", "The note", &r.note)
}

pub fn normalise_reference_request(r: &ReferenceRequest) -> ReferenceRequest {
    ReferenceRequest {
        prospect_name: normalise_line(&r.prospect_name),
        note: normalise_notes(&r.note),
        ..r.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn a_request_needs_a_prospect_a_past_date_and_another_account() {
        let today = day(2026, 11, 23);
        let ok = ReferenceRequest {
            reference_account: "a".into(),
            prospect_name: "Nordlicht".into(),
            date: today,
            ..ReferenceRequest::default()
        };
        assert!(check_reference_request(&ok, today).is_ok());
        let field = |r: ReferenceRequest| check_reference_request(&r, today).map_err(|e| e.field);
        assert_eq!(
            field(ReferenceRequest {
                prospect_name: " ".into(),
                ..ok.clone()
            }),
            Err("prospectName".into())
        );
        assert_eq!(
            field(ReferenceRequest {
                date: day(2026, 11, 24),
                ..ok.clone()
            }),
            Err("date".into())
        );
        assert_eq!(
            field(ReferenceRequest {
                prospect_account: Some("a".into()),
                ..ok.clone()
            }),
            Err("prospectAccount".into())
        );
    }
}
