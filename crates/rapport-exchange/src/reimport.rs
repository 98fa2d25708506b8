//! Importing into an account that already has people: which row is which person on the map
//! (by CRM id, then e-mail, then name), and what a row changes about them.

use crate::CrmIds;
use crate::csv::Field;
use crate::problem::ProblemKind;
use crate::resolve::{IdIndex, email_key, name_key};
use crate::rows::{Contact, ContactRow};
use chrono::NaiveDate;
use rapport_core::{AccountSnapshot, Role, Stakeholder, StakeholderId};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// A person in the preview: on the map (`id`), in the file (`line`), or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonRef {
    pub id: Option<StakeholderId>,
    pub name: String,
    pub line: Option<u32>,
}

/// One field of a person that the file changes, as shown: `from` and `to` are the values in
/// words (empty when there was or will be none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    pub field: Field,
    pub from: String,
    pub to: String,
}

impl FieldChange {
    /// “Title: “Director” → “VP Sales””.
    pub fn describe(&self) -> String {
        let show = |v: &str| {
            if v.is_empty() {
                "(none)".to_owned()
            } else {
                format!("“{v}”")
            }
        };
        format!(
            "{}: {} → {}",
            self.field.label(),
            show(&self.from),
            show(&self.to)
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonChange {
    pub person: PersonRef,
    pub changes: Vec<FieldChange>,
}

/// What a re-import does to the people already on the map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReimportChanges {
    pub new_people: Vec<PersonRef>,
    pub changed: Vec<PersonChange>,
    pub unchanged: u32,
    /// Active people on the map whom the file does not mention: offered as "left the company",
    /// never deleted.
    pub missing: Vec<PersonRef>,
}

/// The person on the map each row is, if any. Two rows for one person, and a name that two
/// people on the map share, are problems on the row.
pub fn match_existing(
    rows: &mut [ContactRow],
    existing: Option<&AccountSnapshot>,
    crm_ids: &CrmIds,
) -> Vec<Option<StakeholderId>> {
    let Some(existing) = existing else {
        return vec![None; rows.len()];
    };
    let mut by_id: IdIndex<&StakeholderId> = IdIndex::default();
    let mut by_email: HashMap<String, &StakeholderId> = HashMap::new();
    let mut by_name: HashMap<String, Vec<&StakeholderId>> = HashMap::new();
    for s in &existing.stakeholders {
        if let Some(crm_id) = crm_ids.get(&s.id) {
            by_id.insert(crm_id, &s.id);
        }
        if !s.email.trim().is_empty() {
            by_email.entry(email_key(&s.email)).or_insert(&s.id);
        }
        by_name.entry(name_key(&s.name)).or_default().push(&s.id);
    }
    let mut taken: HashMap<StakeholderId, u32> = HashMap::new();
    let mut matched = Vec::with_capacity(rows.len());
    for row in rows.iter_mut() {
        let c = &row.contact;
        let by_crm = c.crm_id.as_deref().and_then(|id| by_id.get(id).copied());
        let by_mail = || {
            c.email
                .as_deref()
                .and_then(|e| by_email.get(&email_key(e)).copied())
        };
        let found = match by_crm.or_else(by_mail) {
            Some(id) => Some(id.clone()),
            None => match by_name.get(&name_key(&c.name)).map(Vec::as_slice) {
                Some([one]) if !c.name.is_empty() => Some((*one).clone()),
                Some([_, _, ..]) => {
                    let name = c.name.clone();
                    row.problem(None, ProblemKind::AmbiguousExistingPerson { name });
                    None
                }
                _ => None,
            },
        };
        let found = match found {
            Some(id) => match taken.get(&id) {
                Some(first_line) => {
                    let kind = ProblemKind::SamePersonTwice {
                        name: row.contact.name.clone(),
                        first_line: *first_line,
                    };
                    row.problem(None, kind);
                    None
                }
                None => {
                    taken.insert(id.clone(), row.contact.line);
                    Some(id)
                }
            },
            None => None,
        };
        matched.push(found);
    }
    matched
}

fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.label())
        .collect::<Vec<_>>()
        .join(", ")
}

fn date_text(date: &Option<NaiveDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

fn number_text<T: ToString>(n: &Option<T>) -> String {
    n.as_ref().map(T::to_string).unwrap_or_default()
}

/// Sets `slot` to `value` (when the row has one) and records the change.
fn set<T: PartialEq>(
    changes: &mut Vec<FieldChange>,
    field: Field,
    slot: &mut T,
    value: Option<T>,
    show: impl Fn(&T) -> String,
) {
    if let Some(value) = value
        && *slot != value
    {
        changes.push(FieldChange {
            field,
            from: show(slot),
            to: show(&value),
        });
        *slot = value;
    }
}

/// The person with what the row says applied, and what changed. Empty cells keep what the map
/// has; the card's position is never touched.
pub fn apply_contact(person: &Stakeholder, c: &Contact) -> (Stakeholder, Vec<FieldChange>) {
    let mut s = person.clone();
    let mut ch = Vec::new();
    let text = |v: &String| v.clone();
    let name = (!c.name.is_empty()).then(|| c.name.clone());
    set(&mut ch, Field::Name, &mut s.name, name, text);
    set(&mut ch, Field::Title, &mut s.title, c.title.clone(), text);
    let department = c.department.clone();
    set(
        &mut ch,
        Field::Department,
        &mut s.department,
        department,
        text,
    );
    // The same address in other capitals is no change.
    let email = c
        .email
        .clone()
        .filter(|e| email_key(e) != email_key(&s.email));
    set(&mut ch, Field::Email, &mut s.email, email, text);
    set(&mut ch, Field::Phone, &mut s.phone, c.phone.clone(), text);
    let roles = c.roles.as_ref().map(|r| r.roles.clone());
    set(&mut ch, Field::Roles, &mut s.roles, roles, |r| {
        roles_text(r)
    });
    let derived_tag = c
        .roles
        .as_ref()
        .map(|r| r.tag.clone())
        .filter(|t| !t.is_empty());
    let tag = c.role_tag.clone().or(derived_tag);
    set(&mut ch, Field::RoleTag, &mut s.role_tag, tag, text);
    let attitude = c.attitude.or(c.roles.as_ref().and_then(|r| r.attitude));
    set(&mut ch, Field::Attitude, &mut s.attitude, attitude, |a| {
        a.label().to_owned()
    });
    set(
        &mut ch,
        Field::Influence,
        &mut s.influence,
        c.influence,
        u8::to_string,
    );
    set(&mut ch, Field::Status, &mut s.status, c.status, |st| {
        crate::export_csv::status_text(*st).to_owned()
    });
    let last_contact = c.last_contact.map(Some);
    set(
        &mut ch,
        Field::LastContact,
        &mut s.last_contact,
        last_contact,
        date_text,
    );
    let cadence = c.cadence_days.map(Some);
    set(
        &mut ch,
        Field::CadenceDays,
        &mut s.cadence_days,
        cadence,
        number_text,
    );
    let nps = c.nps_score.map(Some);
    set(&mut ch, Field::NpsScore, &mut s.nps_score, nps, number_text);
    let birthday = c.birthday.map(Some);
    set(
        &mut ch,
        Field::Birthday,
        &mut s.birthday,
        birthday,
        date_text,
    );
    let interests = c.interests.clone();
    set(&mut ch, Field::Interests, &mut s.interests, interests, text);
    let notes = c.personal_notes.clone();
    set(
        &mut ch,
        Field::PersonalNotes,
        &mut s.personal_notes,
        notes,
        text,
    );
    (s, ch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::RoleWords;
    use rapport_core::Attitude;

    #[test]
    fn empty_cells_keep_what_the_map_has_and_changes_say_from_what_to_what() {
        let mut person = Stakeholder::named("s1", "Ana Ruiz");
        person.title = "Director".into();
        person.department = "Finance".into();
        person.attitude = Attitude::Supporter;
        let contact = Contact {
            line: 4,
            name: "Ana Ruiz".into(),
            title: Some("VP Finance".into()),
            roles: Some(RoleWords {
                roles: vec![Role::Budget],
                tag: "Decision Maker".into(),
                attitude: None,
            }),
            ..Contact::default()
        };
        let (updated, changes) = apply_contact(&person, &contact);
        assert_eq!(updated.department, "Finance");
        assert_eq!(updated.attitude, Attitude::Supporter);
        assert_eq!(updated.role_tag, "Decision Maker");
        let described: Vec<String> = changes.iter().map(FieldChange::describe).collect();
        assert_eq!(
            described,
            [
                "Title: “Director” → “VP Finance”",
                "Roles: (none) → “Budget”",
                "Role Tag: (none) → “Decision Maker”"
            ]
        );
    }
}
