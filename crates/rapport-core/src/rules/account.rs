//! The account's own rules: its name, its profile (industry, region, size, currency, revenue,
//! lifetime-value inputs, reference-ability), the plan's relationship word, and the account's
//! dated recommendation scores. Field names are the profile form's.

use super::{
    FieldError, FieldResult, MAX_RELATIONSHIP_WORD_CHARS, check_line_chars, check_name_chars,
    check_notes_chars, normalise_line, normalise_notes, required_text,
};
use crate::account::{Account, ClientGoals, LifetimeValueInputs, ReferenceKind, Referenceability};
use chrono::NaiveDate;

/// The largest amount of money the profile accepts: beyond it a figure is a typing slip (and
/// sums over a portfolio would lose precision).
pub const MAX_AMOUNT: f64 = 1e15;
/// The longest expected tenure, in years, and the most purchases a year the profile accepts.
pub const MAX_TENURE_YEARS: f64 = 100.0;
pub const MAX_PURCHASES_PER_YEAR: f64 = 10_000.0;

/// An account needs a name, short enough for the portfolio and the plan's cover.
pub fn check_account_name(name: &str) -> FieldResult {
    required_text(
        "name",
        name,
        "An account needs a name, e.g. “Helios Freight”.",
    )?;
    check_name_chars("name", "An account's name", name)
}

/// A currency is its three-letter code (EUR, USD, GBP…), in any case.
pub fn check_currency(code: &str) -> FieldResult {
    let code = code.trim();
    if code.chars().count() != 3 || !code.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(FieldError::new(
            "currency",
            "Give the currency as its three-letter code, e.g. EUR or USD.",
        ));
    }
    Ok(())
}

/// An amount of money or a count: a finite number from 0 up to `max`.
pub(crate) fn check_amount(field: &str, value: f64, what: &str, max: f64) -> FieldResult {
    if !value.is_finite() || value < 0.0 {
        return Err(FieldError::new(
            field,
            format!("{what} cannot be negative: enter 0 or more."),
        ));
    }
    if value > max {
        return Err(FieldError::new(
            field,
            format!("{what} is too large to be right: check the number of digits."),
        ));
    }
    Ok(())
}

/// Revenue with us is 0 or more.
pub fn check_revenue(revenue: f64) -> FieldResult {
    check_amount("annualRevenue", revenue, "Revenue", MAX_AMOUNT)
}

/// Lifetime value's inputs. All three left at 0 means "not estimated"; once a deal size or a
/// number of purchases is given, the expected tenure must be more than 0 years, or the lifetime
/// value would read as 0. Margin is a share, 0–1 (the form shows it as a percentage).
pub fn check_lifetime_value_inputs(inputs: &LifetimeValueInputs) -> FieldResult {
    check_amount(
        "averageDealSize",
        inputs.average_deal_size,
        "The average deal size",
        MAX_AMOUNT,
    )?;
    check_amount(
        "purchasesPerYear",
        inputs.purchases_per_year,
        "Purchases a year",
        MAX_PURCHASES_PER_YEAR,
    )?;
    let tenure = inputs.expected_tenure_years;
    let estimating = inputs.average_deal_size > 0.0 || inputs.purchases_per_year > 0.0;
    if !tenure.is_finite() || tenure < 0.0 || (estimating && tenure == 0.0) {
        return Err(FieldError::new(
            "expectedTenureYears",
            "Expect the client to stay more than 0 years, e.g. 5.",
        ));
    }
    if tenure > MAX_TENURE_YEARS {
        return Err(FieldError::new(
            "expectedTenureYears",
            format!("Expect at most {MAX_TENURE_YEARS} years."),
        ));
    }
    if let Some(margin) = inputs.gross_margin
        && !(margin.is_finite() && (0.0..=1.0).contains(&margin))
    {
        return Err(FieldError::new(
            "grossMargin",
            "Gross margin is between 0% and 100%.",
        ));
    }
    Ok(())
}

/// What a prospect would match the client on: single lines of ordinary length.
pub fn check_referenceability(r: &Referenceability) -> FieldResult {
    check_line_chars("referenceIndustry", "The industry", &r.industry)?;
    check_line_chars("referenceGeography", "The geography", &r.geography)?;
    check_line_chars("referenceSize", "The size", &r.size)?;
    check_line_chars("problemSolved", "The problem solved", &r.problem_solved)
}

/// Every rule of an account's name and profile, in the order of the profile's fields, then the
/// plan's (an imported account passes them all).
pub fn check_account(a: &Account) -> FieldResult {
    check_account_profile(a)?;
    check_account_plan(&a.relationship_word, &a.strategy, &a.client_goals)
}

/// The name and the profile form's fields.
pub fn check_account_profile(a: &Account) -> FieldResult {
    check_account_name(&a.name)?;
    check_line_chars("industry", "The industry", &a.industry)?;
    check_line_chars("region", "The region", &a.region)?;
    check_line_chars("size", "The size", &a.size)?;
    check_currency(&a.currency)?;
    check_revenue(a.annual_revenue)?;
    check_lifetime_value_inputs(&a.lifetime_value)?;
    check_referenceability(&a.referenceability)
}

/// What Understand and Analyse write about the account: the word, the strategy, the client's
/// goals.
pub fn check_account_plan(word: &str, strategy: &str, goals: &ClientGoals) -> FieldResult {
    check_relationship_word(word)?;
    check_notes_chars("strategy", "The strategy", strategy)?;
    for (horizon, text) in [
        ("3 months", &goals.months3),
        ("6 months", &goals.months6),
        ("12 months", &goals.months12),
        ("18 months", &goals.months18),
    ] {
        check_notes_chars(
            "clientGoals",
            &format!("The client's goals at {horizon}"),
            text,
        )?;
    }
    Ok(())
}

/// A dated recommendation score of the account: 0 to 10, given on or before `today`. Taken as a
/// wide integer so a negative score typed in the form is refused here, with the field's message.
pub fn check_account_nps(score: i64, date: NaiveDate, today: NaiveDate) -> FieldResult {
    if !(0..=10).contains(&score) {
        return Err(FieldError::new(
            "npsScore",
            "A recommendation score is 0 to 10.",
        ));
    }
    if date > today {
        return Err(FieldError::new(
            "npsDate",
            "Record a score once it was given: choose today or an earlier date.",
        ));
    }
    Ok(())
}

/// The relationship in one word, short enough for the top bar; empty clears it.
pub fn check_relationship_word(word: &str) -> FieldResult {
    let word = word.trim();
    if word.split_whitespace().count() > 1 {
        return Err(FieldError::new(
            "relationshipWord",
            "Describe the relationship in one word, e.g. “Cautious” or “Partnership”.",
        ));
    }
    if word.chars().count() > MAX_RELATIONSHIP_WORD_CHARS {
        return Err(FieldError::new(
            "relationshipWord",
            format!("Keep the word under {MAX_RELATIONSHIP_WORD_CHARS} letters."),
        ));
    }
    Ok(())
}

pub fn normalise_client_goals(goals: &ClientGoals) -> ClientGoals {
    ClientGoals {
        months3: normalise_notes(&goals.months3),
        months6: normalise_notes(&goals.months6),
        months12: normalise_notes(&goals.months12),
        months18: normalise_notes(&goals.months18),
    }
}

/// Reference-ability as stored: lines tidied, each way of speaking for us once, in core's order.
pub fn normalise_referenceability(r: &Referenceability) -> Referenceability {
    Referenceability {
        willing_to: ReferenceKind::ALL
            .into_iter()
            .filter(|k| r.willing_to.contains(k))
            .collect(),
        industry: normalise_line(&r.industry),
        geography: normalise_line(&r.geography),
        size: normalise_line(&r.size),
        problem_solved: normalise_line(&r.problem_solved),
    }
}

/// An account as stored: lines tidied, the currency code in capitals.
pub fn normalise_account(a: &Account) -> Account {
    Account {
        name: normalise_line(&a.name),
        industry: normalise_line(&a.industry),
        region: normalise_line(&a.region),
        size: normalise_line(&a.size),
        currency: normalise_line(&a.currency).to_uppercase(),
        strategy: normalise_notes(&a.strategy),
        client_goals: normalise_client_goals(&a.client_goals),
        relationship_word: normalise_line(&a.relationship_word),
        referenceability: normalise_referenceability(&a.referenceability),
        ..a.clone()
    }
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
