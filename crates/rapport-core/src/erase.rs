//! Erasing one person from an account as a review froze it: the person, every line that ends at
//! them, the goals about them (their titles often carry the name), and every reference to them
//! elsewhere (interactions, notes, budget holders, initiatives towards those goals), with their
//! personal dates and the thank-yous owed to them. This is what
//! "Erase this person's personal data" does to the frozen copies; the live account loses them
//! through the schema's cascades.

use crate::ids::{GoalId, StakeholderId};
use crate::snapshot::AccountSnapshot;

/// Removes every trace of stakeholder `id` from `snapshot`. Returns whether anything changed.
pub fn erase_stakeholder(snapshot: &mut AccountSnapshot, id: &StakeholderId) -> bool {
    let before = snapshot.clone();
    snapshot.stakeholders.retain(|s| &s.id != id);
    snapshot
        .reports_to
        .retain(|r| &r.stakeholder != id && &r.manager != id);
    snapshot.coverage.retain(|c| &c.stakeholder != id);
    snapshot.relations.retain(|r| &r.from != id && &r.to != id);
    let goals_about: Vec<GoalId> = snapshot
        .goals
        .iter()
        .filter(|g| g.stakeholder.as_ref() == Some(id))
        .map(|g| g.id.clone())
        .collect();
    snapshot.goals.retain(|g| !goals_about.contains(&g.id));
    for initiative in &mut snapshot.initiatives {
        initiative.goals.retain(|g| !goals_about.contains(g));
    }
    for interaction in &mut snapshot.interactions {
        interaction.stakeholders.retain(|s| s != id);
    }
    for note in &mut snapshot.notes {
        note.stakeholders.retain(|s| s != id);
    }
    snapshot.personal_dates.retain(|d| &d.stakeholder != id);
    snapshot.thank_yous.retain(|t| &t.stakeholder != id);
    for cell in &mut snapshot.whitespace {
        if cell.budget_holder.as_ref() == Some(id) {
            cell.budget_holder = None;
        }
    }
    *snapshot != before
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    #[test]
    fn the_person_and_everything_pointing_at_them_go() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        let mut snap = AccountSnapshot::empty(Account::named("a", "Acme", day));
        snap.stakeholders = vec![
            Stakeholder::named("ana", "Ana"),
            Stakeholder::named("bo", "Bo"),
        ];
        snap.reports_to = vec![ReportsTo {
            id: "l1".into(),
            stakeholder: "bo".into(),
            manager: "ana".into(),
            dotted: false,
        }];
        snap.goals = vec![Goal {
            id: "g".into(),
            stakeholder: Some("ana".into()),
            title: "Win Ana's trust".into(),
            created_on: day,
            ..Goal::default()
        }];
        snap.initiatives = vec![Initiative {
            id: "i".into(),
            goals: vec!["g".into()],
            ..Initiative::default()
        }];
        snap.interactions = vec![Interaction {
            stakeholders: vec!["ana".into(), "bo".into()],
            ..Interaction::default()
        }];
        assert!(erase_stakeholder(&mut snap, &"ana".into()));
        assert_eq!(snap.stakeholders.len(), 1);
        assert!(snap.reports_to.is_empty() && snap.goals.is_empty());
        assert!(snap.initiatives[0].goals.is_empty());
        assert_eq!(
            snap.interactions[0].stakeholders,
            vec![StakeholderId::from("bo")]
        );
        assert!(
            !erase_stakeholder(&mut snap, &"ana".into()),
            "nothing left to erase"
        );
    }
}
