//! Contacts out as CSV: Rapport's template (reads back through the importer unchanged) and a
//! Salesforce-ready file with the CRM ids, so changes made in the workshop can go back.

use crate::CrmIds;
use crate::csv::Field;
use crate::resolve::{email_key, name_key};
use rapport_core::{AccountSnapshot, Stakeholder, StakeholderId, StakeholderStatus};
use std::collections::HashMap;

/// The words the template writes for a status (and reads back).
pub(crate) fn status_text(status: StakeholderStatus) -> &'static str {
    match status {
        StakeholderStatus::Active => "active",
        StakeholderStatus::LeftCompany => "left the company",
    }
}

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula; a leading `'`
/// makes it text (the importer removes it again).
fn guard_formula(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text
    }
}

fn write_rows(rows: Vec<Vec<String>>, byte_order_mark: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if byte_order_mark {
        // Excel reads a UTF-8 file as Windows-1252 unless it starts with the mark.
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    for row in rows {
        // Writing to a Vec cannot fail; a failure here would be a bug in the csv crate.
        writer.write_record(&row).expect("writing CSV to memory");
    }
    writer.into_inner().expect("flushing CSV to memory")
}

/// How a line's other end is written so the importer finds exactly that person: the name when
/// nobody shares it, else the e-mail, else the CRM id.
struct References<'a> {
    people: HashMap<&'a StakeholderId, &'a Stakeholder>,
    names: HashMap<String, usize>,
    emails: HashMap<String, usize>,
    crm_ids: &'a CrmIds,
}

impl<'a> References<'a> {
    fn new(snapshot: &'a AccountSnapshot, crm_ids: &'a CrmIds) -> Self {
        let mut names = HashMap::new();
        let mut emails = HashMap::new();
        for s in &snapshot.stakeholders {
            *names.entry(name_key(&s.name)).or_insert(0) += 1;
            if !s.email.is_empty() {
                *emails.entry(email_key(&s.email)).or_insert(0) += 1;
            }
        }
        Self {
            people: snapshot.stakeholders.iter().map(|s| (&s.id, s)).collect(),
            names,
            emails,
            crm_ids,
        }
    }

    fn reference(&self, id: &StakeholderId) -> String {
        let Some(s) = self.people.get(id) else {
            return String::new();
        };
        if self.names.get(&name_key(&s.name)) == Some(&1) {
            s.name.clone()
        } else if !s.email.is_empty() && self.emails.get(&email_key(&s.email)) == Some(&1) {
            s.email.clone()
        } else {
            self.crm_ids
                .get(id)
                .cloned()
                .unwrap_or_else(|| s.name.clone())
        }
    }
}

/// Rapport's template (see TEMPLATE.md): UTF-8 with a byte-order mark so Excel shows accents,
/// CRLF line ends, one row per stakeholder, managers by name (or e-mail or CRM id where names
/// repeat).
pub fn export_template_csv(snapshot: &AccountSnapshot, crm_ids: &CrmIds) -> Vec<u8> {
    let refs = References::new(snapshot, crm_ids);
    let mut rows = vec![
        Field::TEMPLATE
            .iter()
            .map(|f| f.label().to_owned())
            .collect(),
    ];
    for s in &snapshot.stakeholders {
        let lines = snapshot.reports_to.iter().filter(|l| l.stakeholder == s.id);
        let (dotted, solid): (Vec<_>, Vec<_>) = lines.partition(|l| l.dotted);
        let row = Field::TEMPLATE.map(|field| match field {
            Field::Name => s.name.clone(),
            Field::Title => s.title.clone(),
            Field::Department => s.department.clone(),
            Field::Email => s.email.clone(),
            Field::Phone => s.phone.clone(),
            Field::CrmId => crm_ids.get(&s.id).cloned().unwrap_or_default(),
            Field::ReportsTo => solid
                .first()
                .map(|l| refs.reference(&l.manager))
                .unwrap_or_default(),
            Field::DottedTo => dotted
                .iter()
                .map(|l| refs.reference(&l.manager))
                .collect::<Vec<_>>()
                .join("; "),
            Field::Roles => s
                .roles
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join("; "),
            Field::RoleTag => s.role_tag.clone(),
            Field::Attitude => s.attitude.label().to_owned(),
            Field::Influence => s.influence.to_string(),
            Field::Status => status_text(s.status).to_owned(),
            Field::LastContact => s.last_contact.map(|d| d.to_string()).unwrap_or_default(),
            Field::CadenceDays => s.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
            Field::NpsScore => s.nps_score.map(|n| n.to_string()).unwrap_or_default(),
            Field::Birthday => s.birthday.map(|d| d.to_string()).unwrap_or_default(),
            Field::Interests => s.interests.clone(),
            Field::PersonalNotes => s.personal_notes.clone(),
            _ => String::new(),
        });
        rows.push(row.into_iter().map(guard_formula).collect());
    }
    write_rows(rows, true)
}

/// The Salesforce contact columns the workshop can change, by API name, for Data Loader or the
/// import wizard: `Id` and `ReportsToId` are the CRM ids (empty for people the CRM does not
/// have yet, who are then created). Plain UTF-8 without a byte-order mark, no formula guard.
pub fn export_salesforce_csv(snapshot: &AccountSnapshot, crm_ids: &CrmIds) -> Vec<u8> {
    let header = [
        "Id",
        "FirstName",
        "LastName",
        "Title",
        "Department",
        "Email",
        "Phone",
        "ReportsToId",
    ];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    for s in &snapshot.stakeholders {
        let (first, last) = match s.name.trim().rsplit_once(char::is_whitespace) {
            Some((first, last)) => (first.trim().to_owned(), last.to_owned()),
            None => (String::new(), s.name.trim().to_owned()),
        };
        let manager = snapshot
            .reports_to
            .iter()
            .find(|l| l.stakeholder == s.id && !l.dotted)
            .and_then(|l| crm_ids.get(&l.manager))
            .cloned()
            .unwrap_or_default();
        rows.push(vec![
            crm_ids.get(&s.id).cloned().unwrap_or_default(),
            first,
            last,
            s.title.clone(),
            s.department.clone(),
            s.email.clone(),
            s.phone.clone(),
            manager,
        ]);
    }
    write_rows(rows, false)
}
