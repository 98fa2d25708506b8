//! What a contacts import writes, in core types: the change set the file formats produce
//! (`rapport-exchange`'s preview) and the store writes in one transaction.
//!
//! New people and new lines carry temporary ids (`import:7` for the person on line 7,
//! `import:line-3` for the third new line) that reference each other; the store gives them
//! fresh ids with [`ImportPlan::assign_ids`] before writing. [`ImportPlan::apply_to`] is the
//! same change made in memory: the store's tests check that what it writes equals it, and the
//! store lays the map out and checks the map's rules on it before anything is written.

use crate::ids::{LinkId, StakeholderId};
use crate::links::ReportsTo;
use crate::people::{Stakeholder, StakeholderStatus};
use crate::snapshot::AccountSnapshot;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::{HashMap, HashSet};

/// Ids starting with this are placeholders that the store replaces before writing.
pub const TEMPORARY_ID_PREFIX: &str = "import:";

/// A person as the import leaves them (the CRM id in `stakeholder.crm_id`), with the line of
/// the file they came from, for messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportedPerson {
    pub stakeholder: Stakeholder,
    pub line: u32,
}

/// Everything one import writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportPlan {
    /// People to insert, with temporary ids; `placement` is `None`, so layout places them
    /// around the people already placed.
    pub new_people: Vec<ImportedPerson>,
    /// People already on the map with their new values (positions untouched).
    pub updated_people: Vec<ImportedPerson>,
    /// Reports-to lines to insert (solid and dotted), after `remove_lines` are gone.
    pub add_lines: Vec<ReportsTo>,
    /// Existing lines replaced by the file: a solid manager that changed, or a dotted line that
    /// became the solid one.
    pub remove_lines: Vec<LinkId>,
    /// People missing from the file whom the user agreed to mark as having left the company.
    pub mark_left: Vec<StakeholderId>,
}

impl ImportPlan {
    pub fn is_empty(&self) -> bool {
        self.new_people.is_empty()
            && self.updated_people.is_empty()
            && self.add_lines.is_empty()
            && self.remove_lines.is_empty()
            && self.mark_left.is_empty()
    }

    /// Replaces every temporary id with one from `new_id`, the same placeholder always with the
    /// same new id, so lines keep pointing at the right people.
    pub fn assign_ids(&mut self, new_id: &mut dyn FnMut() -> String) {
        let mut fresh: HashMap<String, String> = HashMap::new();
        let mut swap = |id: &mut String| {
            if id.starts_with(TEMPORARY_ID_PREFIX) {
                *id = fresh.entry(id.clone()).or_insert_with(&mut *new_id).clone();
            }
        };
        for p in &mut self.new_people {
            swap(&mut p.stakeholder.id.0);
        }
        for line in &mut self.add_lines {
            swap(&mut line.id.0);
            swap(&mut line.stakeholder.0);
            swap(&mut line.manager.0);
        }
    }

    /// The account as it is once the plan is written: what the store's transaction must
    /// produce, and what layout and the map's checks can run on before anything is written.
    pub fn apply_to(&self, snapshot: &mut AccountSnapshot) {
        let updated: HashMap<&StakeholderId, &Stakeholder> = self
            .updated_people
            .iter()
            .map(|p| (&p.stakeholder.id, &p.stakeholder))
            .collect();
        let left: HashSet<&StakeholderId> = self.mark_left.iter().collect();
        for slot in &mut snapshot.stakeholders {
            if let Some(person) = updated.get(&slot.id) {
                *slot = (*person).clone();
            }
            if left.contains(&slot.id) {
                slot.status = StakeholderStatus::LeftCompany;
            }
        }
        let new = self.new_people.iter().map(|p| p.stakeholder.clone());
        snapshot.stakeholders.extend(new);
        let removed: HashSet<&LinkId> = self.remove_lines.iter().collect();
        snapshot.reports_to.retain(|l| !removed.contains(&l.id));
        snapshot.reports_to.extend(self.add_lines.iter().cloned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Account;
    use chrono::NaiveDate;

    fn line(id: &str, who: &str, manager: &str, dotted: bool) -> ReportsTo {
        ReportsTo {
            id: id.into(),
            stakeholder: who.into(),
            manager: manager.into(),
            dotted,
        }
    }

    #[test]
    fn temporary_ids_become_fresh_ones_consistently() {
        let mut plan = ImportPlan {
            new_people: vec![ImportedPerson {
                stakeholder: Stakeholder::named("import:3", "Nia"),
                line: 3,
            }],
            add_lines: vec![line("import:line-1", "import:3", "raj", false)],
            ..ImportPlan::default()
        };
        let mut n = 0;
        plan.assign_ids(&mut || {
            n += 1;
            format!("new-{n}")
        });
        assert_eq!(plan.new_people[0].stakeholder.id.as_str(), "new-1");
        assert_eq!(plan.add_lines[0], line("new-2", "new-1", "raj", false));
    }

    #[test]
    fn applying_updates_in_place_adds_replaces_lines_and_marks_left() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
        let mut snapshot = AccountSnapshot::empty(Account::named("a", "Acme", day));
        snapshot.stakeholders = vec![
            Stakeholder::named("raj", "Raj"),
            Stakeholder::named("mia", "Mia"),
            Stakeholder::named("lars", "Lars"),
        ];
        snapshot.reports_to = vec![line("l1", "mia", "raj", false)];
        let mut mia = Stakeholder::named("mia", "Mia");
        mia.title = "CIO".into();
        let plan = ImportPlan {
            new_people: vec![ImportedPerson {
                stakeholder: Stakeholder::named("nia", "Nia"),
                line: 4,
            }],
            updated_people: vec![ImportedPerson {
                stakeholder: mia,
                line: 3,
            }],
            add_lines: vec![line("l2", "mia", "nia", false)],
            remove_lines: vec!["l1".into()],
            mark_left: vec!["lars".into()],
        };
        plan.apply_to(&mut snapshot);
        let names: Vec<&str> = snapshot
            .stakeholders
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["Raj", "Mia", "Lars", "Nia"]);
        assert_eq!(snapshot.stakeholders[1].title, "CIO");
        assert_eq!(
            snapshot.stakeholders[2].status,
            StakeholderStatus::LeftCompany
        );
        assert_eq!(snapshot.reports_to, [line("l2", "mia", "nia", false)]);
    }
}
