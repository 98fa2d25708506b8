//! Who a manager cell means: a row of the file or someone already on the map, found by CRM id,
//! then e-mail, then name, whichever the column holds.

use crate::CrmIds;
use crate::csv::ColumnRef;
use crate::problem::ProblemKind;
use crate::rows::ContactRow;
use rapport_core::{AccountSnapshot, StakeholderId};
use std::collections::{HashMap, HashSet};

/// A person a line can end at: a row of the file (which may also be someone already on the
/// map, matched by the re-import) or someone on the map the file does not mention.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Person {
    Row(usize),
    Existing(StakeholderId),
}

/// Lookup keys, so "JANE@x.io" finds "jane@x.io" and "tom  ng" finds "Tom Ng".
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Salesforce writes an 18-character id through its API and the same id's first 15 characters
/// in reports (the last three are a checksum of its capitals).
fn salesforce_short(id: &str) -> Option<&str> {
    (id.len() == 18 && id.bytes().all(|b| b.is_ascii_alphanumeric())).then(|| &id[..15])
}

fn is_salesforce_short(id: &str) -> bool {
    id.len() == 15 && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Whether two ids name the same record: equal, or a report's 15-character id and the
/// 18-character id it begins.
pub fn same_id(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b || salesforce_short(a) == Some(b) || salesforce_short(b) == Some(a)
}

/// Ids to values, matching as [`same_id`] does; the first value for an id stays.
#[derive(Debug)]
pub struct IdIndex<T> {
    exact: HashMap<String, T>,
    long_by_short: HashMap<String, T>,
}

impl<T> Default for IdIndex<T> {
    fn default() -> Self {
        Self {
            exact: HashMap::new(),
            long_by_short: HashMap::new(),
        }
    }
}

impl<T: Clone> IdIndex<T> {
    pub fn insert(&mut self, id: &str, value: T) {
        let id = id.trim();
        if let Some(short) = salesforce_short(id) {
            self.long_by_short
                .entry(short.to_owned())
                .or_insert_with(|| value.clone());
        }
        self.exact.entry(id.to_owned()).or_insert(value);
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        let id = id.trim();
        self.exact
            .get(id)
            .or_else(|| salesforce_short(id).and_then(|short| self.exact.get(short)))
            .or_else(|| {
                is_salesforce_short(id)
                    .then(|| self.long_by_short.get(id))
                    .flatten()
            })
    }
}

/// Every person a manager cell may name, by each kind of key.
#[derive(Debug, Default)]
pub struct Directory {
    by_id: IdIndex<Person>,
    by_email: HashMap<String, Vec<Person>>,
    by_name: HashMap<String, Vec<Person>>,
    row_lines: Vec<u32>,
    has_existing: bool,
}

/// What a manager cell names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    Found(Person),
    NotFound,
    /// Several people answer to the name; the lines of the rows among them.
    Ambiguous(Vec<u32>),
}

impl Directory {
    /// The file's rows, and the people on the map that no row is (`matched[i]` is the person
    /// row `i` was matched to).
    pub fn new(
        rows: &[ContactRow],
        matched: &[Option<StakeholderId>],
        existing: Option<&AccountSnapshot>,
        crm_ids: &CrmIds,
    ) -> Self {
        let mut directory = Directory {
            row_lines: rows.iter().map(|r| r.contact.line).collect(),
            ..Directory::default()
        };
        for (i, row) in rows.iter().enumerate() {
            let c = &row.contact;
            directory.add(
                Person::Row(i),
                c.crm_id.as_deref(),
                c.email.as_deref(),
                &c.name,
            );
        }
        if let Some(existing) = existing {
            directory.has_existing = true;
            let matched: HashSet<&StakeholderId> = matched.iter().flatten().collect();
            for s in &existing.stakeholders {
                if matched.contains(&s.id) {
                    continue;
                }
                let crm_id = crm_ids.get(&s.id).map(String::as_str);
                directory.add(
                    Person::Existing(s.id.clone()),
                    crm_id,
                    Some(&s.email),
                    &s.name,
                );
            }
        }
        directory
    }

    fn add(&mut self, who: Person, id: Option<&str>, email: Option<&str>, name: &str) {
        if let Some(id) = id {
            self.by_id.insert(id, who.clone());
        }
        if let Some(email) = email.filter(|e| !e.trim().is_empty()) {
            self.by_email
                .entry(email_key(email))
                .or_default()
                .push(who.clone());
        }
        if !name.trim().is_empty() {
            self.by_name.entry(name_key(name)).or_default().push(who);
        }
    }

    pub fn has_existing(&self) -> bool {
        self.has_existing
    }

    /// By id, then e-mail, then name ("Ng, Tom" also as "Tom Ng"). A repeated id or e-mail is
    /// reported on its own row, so the first row with it answers here.
    pub fn lookup(&self, value: &str) -> Lookup {
        if let Some(who) = self.by_id.get(value) {
            return Lookup::Found(who.clone());
        }
        if let Some(first) = self.by_email.get(&email_key(value)).and_then(|p| p.first()) {
            return Lookup::Found(first.clone());
        }
        let mut names = vec![name_key(value)];
        if let Some((last, first)) = value.split_once(',') {
            names.push(name_key(&format!("{first} {last}")));
        }
        for name in names {
            match self.by_name.get(&name).map(Vec::as_slice) {
                Some([one]) => return Lookup::Found(one.clone()),
                Some(many @ [_, _, ..]) => {
                    return Lookup::Ambiguous(
                        many.iter()
                            .filter_map(|p| match p {
                                Person::Row(i) => self.row_lines.get(*i).copied(),
                                Person::Existing(_) => None,
                            })
                            .collect(),
                    );
                }
                _ => {}
            }
        }
        Lookup::NotFound
    }
}

/// The lines one row asks for, resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowLinks {
    pub solid: Option<Person>,
    pub dotted: Vec<Person>,
}

/// What to do about a manager nobody answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownManagers {
    Refuse,
    /// Import the person without that line, and say so in the notices.
    KeepPerson,
}

/// Resolves every row's manager and dotted-line managers. Problems go on the rows; what is
/// dropped under [`UnknownManagers::KeepPerson`] goes to `notices`.
pub fn resolve_links(
    rows: &mut [ContactRow],
    directory: &Directory,
    dotted_column: Option<&ColumnRef>,
    unknown: UnknownManagers,
    notices: &mut Vec<crate::Problem>,
) -> Vec<RowLinks> {
    let mut all = Vec::with_capacity(rows.len());
    for i in 0..rows.len() {
        let mut links = RowLinks::default();
        if let Some((value, column)) = rows[i].contact.reports_to.clone() {
            links.solid = resolve_one(i, &value, &column, rows, directory, unknown, notices);
        }
        for value in rows[i].contact.dotted_to.clone() {
            let Some(column) = dotted_column else { break };
            if let Some(who) = resolve_one(i, &value, column, rows, directory, unknown, notices)
                && links.solid.as_ref() != Some(&who)
                && !links.dotted.contains(&who)
            {
                links.dotted.push(who);
            }
        }
        all.push(links);
    }
    all
}

fn resolve_one(
    i: usize,
    value: &str,
    column: &ColumnRef,
    rows: &mut [ContactRow],
    directory: &Directory,
    unknown: UnknownManagers,
    notices: &mut Vec<crate::Problem>,
) -> Option<Person> {
    match directory.lookup(value) {
        Lookup::Found(Person::Row(j)) if j == i => {
            let name = rows[i].contact.name.clone();
            rows[i].problem(Some(column), ProblemKind::ReportsToSelf { name });
            None
        }
        Lookup::Found(who) => Some(who),
        Lookup::Ambiguous(lines) => {
            let value = value.to_owned();
            rows[i].problem(Some(column), ProblemKind::AmbiguousManager { value, lines });
            None
        }
        Lookup::NotFound => {
            let value = value.to_owned();
            match unknown {
                UnknownManagers::Refuse => {
                    let on_map_too = directory.has_existing();
                    rows[i].problem(
                        Some(column),
                        ProblemKind::UnknownManager { value, on_map_too },
                    );
                }
                UnknownManagers::KeepPerson => {
                    let name = rows[i].contact.name.clone();
                    notices.push(crate::Problem::new(
                        rows[i].contact.line,
                        Some(column.clone()),
                        ProblemKind::ManagerDropped { value, name },
                    ));
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salesforce_ids_match_in_their_15_and_18_character_forms_only() {
        let mut index = IdIndex::default();
        index.insert("0035g00000NWC01IAQ", 1);
        index.insert("0035g00000NWC02", 2);
        assert_eq!(index.get("0035g00000NWC01"), Some(&1));
        assert_eq!(index.get("0035g00000NWC02IAQ"), Some(&2));
        assert_eq!(
            index.get("0035g00000NWC01XYZ"),
            None,
            "two long ids must be equal"
        );
        assert!(same_id("0035g00000NWC01IAQ", "0035g00000NWC01"));
        assert!(!same_id("0035g00000NWC01IAQ", "0035g00000NWC01XYZ"));
    }
}
