//! The values the workspace would refuse, found before anything is written and named by their
//! JSON path: a nameless person, influence 7, a goal due before it was set, two lines between
//! the same two people. These are the rules the store's schema holds (core's where core has
//! them), not the editor's stricter ones, so every account a workspace holds travels.

use super::error::JsonError;
use rapport_core::rules::{
    FieldError, check_cadence, check_influence, check_nps, check_person_name, required_text,
};
use rapport_core::{Account, AccountSnapshot, StoredReview};
use std::collections::HashSet;
use std::hash::Hash;

fn refused(path: String, detail: impl Into<String>) -> JsonError {
    JsonError::Content {
        path,
        detail: detail.into().trim_end_matches('.').to_owned(),
    }
}

/// A core rule's refusal at `at`, pointing at the field it names.
fn field_rule(at: &str, result: Result<(), FieldError>) -> Result<(), JsonError> {
    result.map_err(|e| refused(format!("{at}.{}", e.field), e.message))
}

/// The first item of `items` whose key was seen before, as a refusal at `path[i]`.
fn once_each<T, K: Eq + Hash>(
    path: &str,
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> K,
    what: &str,
) -> Result<(), JsonError> {
    let mut seen = HashSet::new();
    for (i, item) in items.into_iter().enumerate() {
        if !seen.insert(key(&item)) {
            return Err(refused(format!("{path}[{i}]"), what));
        }
    }
    Ok(())
}

fn check_account(at: &str, a: &Account) -> Result<(), JsonError> {
    required_text("name", &a.name, "An account needs a name.")
        .map_err(|e| refused(format!("{at}.name"), e.message))?;
    let amounts = [
        ("annualRevenue", a.annual_revenue),
        (
            "lifetimeValue.averageDealSize",
            a.lifetime_value.average_deal_size,
        ),
        (
            "lifetimeValue.purchasesPerYear",
            a.lifetime_value.purchases_per_year,
        ),
        (
            "lifetimeValue.expectedTenureYears",
            a.lifetime_value.expected_tenure_years,
        ),
    ];
    for (field, value) in amounts {
        if !(value >= 0.0 && value.is_finite()) {
            return Err(refused(
                format!("{at}.{field}"),
                "an amount cannot be negative",
            ));
        }
    }
    if let Some(margin) = a.lifetime_value.gross_margin
        && !(0.0..=1.0).contains(&margin)
    {
        return Err(refused(
            format!("{at}.lifetimeValue.grossMargin"),
            "the gross margin is a share from 0 to 1",
        ));
    }
    Ok(())
}

/// Whether a workspace would store the account (the reviews' frozen snapshots are stored as
/// they are, so only the reviews' own fields are checked), refusing by the document's path.
/// Apart from the reading, because a document may hold what no workspace does (a negative
/// amount) and still be read, compared and written back.
pub fn check_values(s: &AccountSnapshot, reviews: &[StoredReview]) -> Result<(), JsonError> {
    let at = "snapshot";
    check_account(&format!("{at}.account"), &s.account)?;
    for (i, p) in s.stakeholders.iter().enumerate() {
        let here = format!("{at}.stakeholders[{i}]");
        field_rule(&here, check_person_name(&p.name))?;
        field_rule(&here, check_influence(p.influence))?;
        field_rule(&here, check_nps(p.nps_score))?;
        field_rule(&here, check_cadence(p.cadence_days))?;
        once_each(
            &format!("{here}.roles"),
            &p.roles,
            |r| **r,
            "this role is listed twice",
        )?;
    }
    for (i, t) in s.team.iter().enumerate() {
        field_rule(&format!("{at}.team[{i}]"), check_person_name(&t.name))?;
    }
    once_each(
        &format!("{at}.reportsTo"),
        &s.reports_to,
        |l| (l.stakeholder.clone(), l.manager.clone()),
        "a second line between the same two people",
    )?;
    once_each(
        &format!("{at}.coverage"),
        &s.coverage,
        |c| (c.team_member.clone(), c.stakeholder.clone()),
        "a second coverage line between the same two people",
    )?;
    for (i, r) in s.relations.iter().enumerate() {
        if r.from == r.to {
            return Err(refused(
                format!("{at}.relations[{i}].to"),
                "a line from a person to themselves",
            ));
        }
    }
    once_each(
        &format!("{at}.relations"),
        &s.relations,
        |r| (r.kind, r.from.clone(), r.to.clone()),
        "a second line of this kind between the same two people",
    )?;
    for (i, g) in s.goals.iter().enumerate() {
        let here = format!("{at}.goals[{i}]");
        required_text("title", &g.title, "A goal needs a title.")
            .map_err(|e| refused(format!("{here}.title"), e.message))?;
        if g.due.is_some_and(|due| due < g.created_on) {
            return Err(refused(
                format!("{here}.due"),
                "the due date is before the goal was set",
            ));
        }
    }
    for (i, x) in s.initiatives.iter().enumerate() {
        let here = format!("{at}.initiatives[{i}]");
        required_text("title", &x.title, "An initiative needs a title.")
            .map_err(|e| refused(format!("{here}.title"), e.message))?;
        once_each(
            &format!("{here}.goals"),
            &x.goals,
            |g| *g,
            "this goal is listed twice",
        )?;
    }
    for (i, x) in s.interactions.iter().enumerate() {
        let here = format!("{at}.interactions[{i}]");
        let twice = "this person is listed twice";
        once_each(
            &format!("{here}.stakeholders"),
            &x.stakeholders,
            |p| *p,
            twice,
        )?;
        once_each(
            &format!("{here}.teamMembers"),
            &x.team_members,
            |t| *t,
            twice,
        )?;
    }
    for (i, n) in s.notes.iter().enumerate() {
        let here = format!("{at}.notes[{i}]");
        required_text("text", &n.text, "A note needs a text.")
            .map_err(|e| refused(format!("{here}.text"), e.message))?;
        once_each(
            &format!("{here}.stakeholders"),
            &n.stakeholders,
            |p| *p,
            "this person is listed twice",
        )?;
    }
    for (i, o) in s.offerings.iter().enumerate() {
        required_text("name", &o.name, "An offering needs a name.")
            .map_err(|e| refused(format!("{at}.offerings[{i}].name"), e.message))?;
    }
    once_each(
        &format!("{at}.offerings"),
        &s.offerings,
        |o| super::shared::offering_key(&o.name),
        "a second offering with this name",
    )?;
    for (i, n) in s.needs.iter().enumerate() {
        required_text("name", &n.name, "A need needs a name.")
            .map_err(|e| refused(format!("{at}.needs[{i}].name"), e.message))?;
    }
    once_each(
        &format!("{at}.whitespace"),
        &s.whitespace,
        |c| (c.offering.clone(), c.need.clone()),
        "a second cell for the same offering and need",
    )?;
    for (i, r) in reviews.iter().enumerate() {
        required_text("title", &r.review.title, "A review needs a title.")
            .map_err(|e| refused(format!("reviews[{i}].review.title"), e.message))?;
    }
    Ok(())
}
