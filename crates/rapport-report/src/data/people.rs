//! The stakeholder and team tables.

use super::format::date;
use super::names::Names;
use crate::map::{mark_image, pips_image};
use chrono::NaiveDate;
use rapport_core::client_safe::{self, PersonField};
use rapport_core::visual::{INK_SOFT, attitude_colour, role_colours};
use rapport_core::{
    AccountSnapshot, ContactStatus, Role, Stakeholder, StakeholderId, contact_statuses,
};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PersonRow {
    pub name: String,
    pub title: String,
    pub department: String,
    pub roles: Vec<RoleBadge>,
    pub role_tag: String,
    /// Empty in client-safe output.
    pub attitude: String,
    pub attitude_colour: String,
    /// The image index of the attitude mark (see [`crate::map::glyphs`]).
    pub mark: usize,
    /// The image index of the influence dots.
    pub pips: usize,
    /// The latest contact anywhere in the account (own date, coverage lines, logged interactions).
    pub last_contact: String,
    /// Printed in red: [`rapport_core::contact`] says we are out of touch.
    pub overdue: bool,
    pub reports_to: String,
    pub left: bool,
    /// Personal notes and interests; empty in client-safe output.
    pub personal: String,
}

#[derive(Serialize)]
pub(crate) struct RoleBadge {
    pub letter: String,
    pub label: String,
    pub border: String,
    pub fill: String,
}

#[derive(Serialize)]
pub(crate) struct TeamRow {
    pub name: String,
    pub title: String,
    pub role: String,
    pub covers: usize,
}

/// Everyone on the map: active people first, by department, then the most influential.
pub(super) fn stakeholder_rows(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
) -> Vec<PersonRow> {
    let mut managers: HashMap<&StakeholderId, Vec<String>> = HashMap::new();
    for r in &snapshot.reports_to {
        let name = names.stakeholder(&r.manager);
        managers
            .entry(&r.stakeholder)
            .or_default()
            .push(if r.dotted {
                format!("{name} (dotted)")
            } else {
                name.to_string()
            });
    }
    // Contact as Analyse sees it (own date, coverage lines, logged interactions), so the table
    // and the "out of touch" findings name the same people with the same dates.
    let contact: HashMap<&StakeholderId, ContactStatus> = snapshot
        .stakeholders
        .iter()
        .zip(contact_statuses(snapshot, today))
        .map(|(s, status)| (&s.id, status))
        .collect();
    let mut people: Vec<&Stakeholder> = snapshot.stakeholders.iter().collect();
    people.sort_by(|a, b| {
        (
            !a.is_active(),
            a.department.to_lowercase(),
            std::cmp::Reverse(a.influence),
            a.name.to_lowercase(),
            &a.id,
        )
            .cmp(&(
                !b.is_active(),
                b.department.to_lowercase(),
                std::cmp::Reverse(b.influence),
                b.name.to_lowercase(),
                &b.id,
            ))
    });
    people
        .into_iter()
        .map(|s| {
            let contact = contact.get(&s.id);
            let shown = |field| client_safe::person_field_shown(safe, field);
            let mut personal = Vec::new();
            for (field, text) in [
                (PersonField::PersonalNotes, &s.personal_notes),
                (PersonField::Interests, &s.interests),
            ] {
                if shown(field) && !text.trim().is_empty() {
                    personal.push(text.trim().to_string());
                }
            }
            if let Some(b) = s.birthday.filter(|_| shown(PersonField::Birthday)) {
                personal.push(format!("Birthday {}", b.format("%-d %B")));
            }
            PersonRow {
                name: s.name.clone(),
                title: s.title.clone(),
                department: s.department.clone(),
                roles: Role::ALL
                    .iter()
                    .filter(|r| s.has_role(**r))
                    .map(|&r| {
                        let colours = role_colours(r);
                        RoleBadge {
                            letter: r.letter().to_string(),
                            label: r.label().to_string(),
                            border: colours.border.into(),
                            fill: colours.fill.into(),
                        }
                    })
                    .collect(),
                role_tag: if shown(PersonField::RoleTag) {
                    s.role_tag.trim().to_string()
                } else {
                    String::new()
                },
                attitude: if shown(PersonField::Attitude) {
                    s.attitude.label().into()
                } else {
                    String::new()
                },
                attitude_colour: if shown(PersonField::Attitude) {
                    attitude_colour(s.attitude).into()
                } else {
                    INK_SOFT.into()
                },
                mark: mark_image(s.attitude),
                pips: pips_image(s.influence),
                last_contact: contact
                    .and_then(|c| c.last_contact)
                    .map(date)
                    .unwrap_or_else(|| "never".into()),
                overdue: contact.is_some_and(|c| c.overdue),
                reports_to: managers
                    .get(&s.id)
                    .map(|m| m.join(", "))
                    .unwrap_or_default(),
                left: !s.is_active(),
                personal: personal.join(" · "),
            }
        })
        .collect()
}

pub(super) fn team_rows(snapshot: &AccountSnapshot) -> Vec<TeamRow> {
    snapshot
        .team
        .iter()
        .map(|t| TeamRow {
            name: t.name.clone(),
            title: t.title.clone(),
            role: t.team_role.label().into(),
            covers: snapshot
                .coverage
                .iter()
                .filter(|c| c.team_member == t.id)
                .count(),
        })
        .collect()
}
