//! What an import writes, in core types, for the store to apply in one transaction.
//!
//! New people and new lines carry temporary ids (`import:7` for the person on line 7,
//! `import:line-3` for the third new line) that reference each other; the store gives them
//! fresh ids with [`ImportPlan::assign_ids`] before writing.

use crate::CrmIds;
use crate::csv::{ColumnRef, Field};
use crate::problem::{Problem, ProblemKind};
use crate::reimport::{FieldChange, PersonChange, PersonRef, ReimportChanges, apply_contact};
use crate::resolve::{Person, RowLinks};
use crate::rows::ContactRow;
use rapport_core::{AccountSnapshot, LinkId, ReportsTo, Stakeholder, StakeholderId};
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashMap;

/// Ids starting with this are placeholders that the store replaces before writing.
pub const TEMPORARY_ID_PREFIX: &str = "import:";

/// A person as the import leaves them, with the CRM id the file gave (core's `Stakeholder` has
/// no field for it yet) and the line they came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportedPerson {
    pub stakeholder: Stakeholder,
    pub crm_id: Option<String>,
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
}

impl ImportPlan {
    /// The account as it is once the plan is written: what the store's transaction must
    /// produce, and what layout and the map's checks can run on before anything is written.
    pub fn apply_to(&self, snapshot: &mut AccountSnapshot, crm_ids: &mut CrmIds) {
        for person in &self.updated_people {
            let id = &person.stakeholder.id;
            if let Some(slot) = snapshot.stakeholders.iter_mut().find(|s| &s.id == id) {
                *slot = person.stakeholder.clone();
            }
        }
        for person in self.new_people.iter().chain(&self.updated_people) {
            if let Some(crm) = &person.crm_id {
                crm_ids.insert(person.stakeholder.id.clone(), crm.clone());
            }
        }
        let new = self.new_people.iter().map(|p| p.stakeholder.clone());
        snapshot.stakeholders.extend(new);
        snapshot
            .reports_to
            .retain(|l| !self.remove_lines.contains(&l.id));
        snapshot.reports_to.extend(self.add_lines.iter().cloned());
        for s in &mut snapshot.stakeholders {
            if self.mark_left.contains(&s.id) {
                s.status = rapport_core::StakeholderStatus::LeftCompany;
            }
        }
    }
}

/// What building the plan found out, for the preview.
#[derive(Debug, Default)]
pub struct PlanOutcome {
    pub plan: ImportPlan,
    pub changes: ReimportChanges,
    pub notices: Vec<Problem>,
    pub managers_resolved: u32,
    pub dotted_lines: u32,
}

pub struct PlanInputs<'a> {
    pub rows: &'a [ContactRow],
    pub matched: &'a [Option<StakeholderId>],
    pub links: &'a [RowLinks],
    pub existing: Option<&'a AccountSnapshot>,
    pub crm_ids: &'a CrmIds,
    pub mark_missing_as_left: bool,
    pub dotted_column: Option<&'a ColumnRef>,
}

/// The plan for the valid rows (invalid ones are left out, and lines to them with a notice).
pub fn build_plan(input: &PlanInputs<'_>) -> PlanOutcome {
    let PlanInputs { rows, matched, .. } = *input;
    let mut out = PlanOutcome::default();
    let id_of_row = |i: usize| {
        matched[i].clone().unwrap_or_else(|| {
            StakeholderId::new(format!("{TEMPORARY_ID_PREFIX}{}", rows[i].contact.line))
        })
    };
    let people: HashMap<&StakeholderId, &Stakeholder> = input
        .existing
        .iter()
        .flat_map(|s| &s.stakeholders)
        .map(|s| (&s.id, s))
        .collect();
    let mut lines_of: HashMap<&StakeholderId, Vec<&ReportsTo>> = HashMap::new();
    for line in input.existing.iter().flat_map(|s| &s.reports_to) {
        lines_of.entry(&line.stakeholder).or_default().push(line);
    }
    let row_of: HashMap<&StakeholderId, usize> = matched
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.as_ref().map(|id| (id, i)))
        .collect();
    let name_of = |id: &StakeholderId| -> String {
        match (row_of.get(id), people.get(id)) {
            (Some(i), _) => rows[*i].contact.name.clone(),
            (None, Some(s)) => s.name.clone(),
            (None, None) => id.to_string(),
        }
    };
    let mut next_line = 0usize;
    let mut new_line = |stakeholder: &StakeholderId, manager: &StakeholderId, dotted: bool| {
        next_line += 1;
        ReportsTo {
            id: LinkId::new(format!("{TEMPORARY_ID_PREFIX}line-{next_line}")),
            stakeholder: stakeholder.clone(),
            manager: manager.clone(),
            dotted,
        }
    };
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| r.is_valid()) {
        let c = &row.contact;
        let me = id_of_row(i);
        let solid_column = c.reports_to.as_ref().map(|(_, col)| col);
        // Where a line lands; a row left out for its problems cannot be a manager.
        let target =
            |who: &Person, column: Option<&ColumnRef>, notices: &mut Vec<Problem>| match who {
                Person::Existing(id) => Some(id.clone()),
                Person::Row(j) if rows[*j].is_valid() => Some(id_of_row(*j)),
                Person::Row(j) => {
                    notices.push(Problem::new(
                        c.line,
                        column.cloned(),
                        ProblemKind::ManagerLeftOut {
                            manager: rows[*j].contact.name.clone(),
                            manager_line: rows[*j].contact.line,
                            name: c.name.clone(),
                        },
                    ));
                    None
                }
            };
        let solid = input.links[i]
            .solid
            .as_ref()
            .and_then(|w| target(w, solid_column, &mut out.notices));
        let dotted: Vec<StakeholderId> = input.links[i]
            .dotted
            .iter()
            .filter_map(|w| target(w, input.dotted_column, &mut out.notices))
            .collect();
        out.managers_resolved += u32::from(solid.is_some());
        out.dotted_lines += u32::try_from(dotted.len()).unwrap_or(u32::MAX);

        let Some(person) = matched[i].as_ref().and_then(|id| people.get(id).copied()) else {
            let (stakeholder, _) = apply_contact(&Stakeholder::named(me.clone(), &c.name), c);
            out.plan.new_people.push(ImportedPerson {
                stakeholder,
                crm_id: c.crm_id.clone(),
                line: c.line,
            });
            out.changes.new_people.push(PersonRef {
                id: None,
                name: c.name.clone(),
                line: Some(c.line),
            });
            out.plan
                .add_lines
                .extend(solid.iter().map(|m| new_line(&me, m, false)));
            out.plan
                .add_lines
                .extend(dotted.iter().map(|m| new_line(&me, m, true)));
            continue;
        };

        let (updated, mut changes) = apply_contact(person, c);
        let crm_before = input.crm_ids.get(&person.id);
        if let Some(crm) = &c.crm_id
            && crm_before != Some(crm)
        {
            changes.push(FieldChange {
                field: Field::CrmId,
                from: crm_before.cloned().unwrap_or_default(),
                to: crm.clone(),
            });
        }
        let fields_changed = !changes.is_empty();
        let mut mine: Vec<&ReportsTo> = lines_of.get(&person.id).cloned().unwrap_or_default();
        let old_solid: Option<&ReportsTo> = mine.iter().find(|l| !l.dotted).copied();
        if let Some(manager) = &solid
            && old_solid.map(|l| &l.manager) != Some(manager)
        {
            changes.push(FieldChange {
                field: Field::ReportsTo,
                from: old_solid.map(|l| name_of(&l.manager)).unwrap_or_default(),
                to: name_of(manager),
            });
            // The old solid line goes, and a dotted line to the new manager becomes the solid one.
            let (replaced, kept): (Vec<&ReportsTo>, Vec<&ReportsTo>) = mine
                .into_iter()
                .partition(|l| !l.dotted || &l.manager == manager);
            mine = kept;
            out.plan
                .remove_lines
                .extend(replaced.iter().map(|l| l.id.clone()));
            out.plan
                .add_lines
                .push(new_line(&person.id, manager, false));
        }
        let final_solid = solid.as_ref().or(old_solid.map(|l| &l.manager));
        let old_dotted: Vec<&StakeholderId> = mine
            .iter()
            .filter(|l| l.dotted)
            .map(|l| &l.manager)
            .collect();
        let added: Vec<&StakeholderId> = dotted
            .iter()
            .filter(|m| Some(*m) != final_solid && !mine.iter().any(|l| &l.manager == *m))
            .collect();
        if !added.is_empty() {
            let names = |ids: &[&StakeholderId]| {
                ids.iter()
                    .map(|id| name_of(id))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let all: Vec<&StakeholderId> = old_dotted.iter().chain(&added).copied().collect();
            changes.push(FieldChange {
                field: Field::DottedTo,
                from: names(&old_dotted),
                to: names(&all),
            });
            for m in added {
                out.plan.add_lines.push(new_line(&person.id, m, true));
            }
        }
        if fields_changed {
            out.plan.updated_people.push(ImportedPerson {
                stakeholder: updated,
                crm_id: c.crm_id.clone().or_else(|| crm_before.cloned()),
                line: c.line,
            });
        }
        if changes.is_empty() {
            out.changes.unchanged += 1;
        } else {
            out.changes.changed.push(PersonChange {
                person: PersonRef {
                    id: Some(person.id.clone()),
                    name: c.name.clone(),
                    line: Some(c.line),
                },
                changes,
            });
        }
    }
    if let Some(existing) = input.existing {
        for s in existing.stakeholders.iter().filter(|s| s.is_active()) {
            if row_of.contains_key(&s.id) {
                continue;
            }
            out.changes.missing.push(PersonRef {
                id: Some(s.id.clone()),
                name: s.name.clone(),
                line: None,
            });
            if input.mark_missing_as_left {
                out.plan.mark_left.push(s.id.clone());
            }
        }
    }
    out
}
