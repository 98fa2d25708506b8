//! Analyse: what the map says about the account, as findings a facilitator can act on.
//!
//! Each rule family lives in its own file and appends its findings; [`analyse`] builds the
//! lookups once (the crate's `index` module), so every rule is a single pass over people or
//! lines and a 10,000-person account is analysed in milliseconds. Only active stakeholders count,
//! except for the rule about people who have left. Texts are written for a workshop room: names
//! and titles, never database words.

mod attitude;
mod contact;
mod coverage;
mod departed;
mod departments;
mod finding;
mod order;
mod sponsor;
mod text;
mod threading;
mod whitespace;

pub use finding::{Finding, FindingKind, Severity, SuggestedGoal};

use crate::ids::PersonId;
use crate::index::AccountIndex;
use crate::people::{Stakeholder, TeamMember};
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;
use text::text;

pub use crate::contact::DEFAULT_CADENCE_DAYS;

/// All findings for the account, most severe first, then by key so the order never changes
/// between runs.
pub fn analyse(snapshot: &AccountSnapshot, today: NaiveDate) -> Vec<Finding> {
    let index = AccountIndex::new(snapshot);
    // About one finding per person is typical; reserving it spares copying thousands of
    // findings each time the list would otherwise outgrow itself.
    let mut found = Vec::with_capacity(snapshot.stakeholders.len() + 8);
    coverage::budget_holders_uncovered(&index, &mut found);
    coverage::champions_under_covered(&index, &mut found);
    coverage::below_desired(&index, &mut found);
    threading::single_threaded_stakeholders(&index, &mut found);
    threading::single_threaded_account(&index, &mut found);
    attitude::hostile_influencers(&index, &mut found);
    contact::stale_contacts(&index, today, &mut found);
    sponsor::no_executive_sponsor(&index, &mut found);
    departments::departments_uncovered(&index, &mut found);
    departed::departed_still_mapped(&index, &mut found);
    whitespace::weakly_covered_opportunities(&index, &mut found);
    let mut sorted = order::by_severity_then_key(found);
    // Bad data (two identical lines) could repeat a finding; one is enough.
    sorted.dedup_by(|a, b| a.key == b.key);
    sorted
}

/// "Raj Patel (CFO)", or just the name when the title is unknown.
fn who(s: &Stakeholder) -> text::Part<'_> {
    text::Part::Who(s)
}

fn stakeholder_person(s: &Stakeholder) -> PersonId {
    PersonId::Stakeholder(s.id.clone())
}

fn member_person(t: &TeamMember) -> PersonId {
    PersonId::TeamMember(t.id.clone())
}

/// "1 open goal", "2 open goals".
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        text!("1 ", one)
    } else {
        text!(n, " ", many)
    }
}

/// Picks the stakeholder to name when a rule concerns a group: the most influential, then the
/// one with the fewest managers above them, then by name.
fn most_senior(index: &AccountIndex<'_>, people: impl IntoIterator<Item = usize>) -> Option<usize> {
    people.into_iter().min_by(|&a, &b| {
        let (sa, sb) = (index.stakeholder(a), index.stakeholder(b));
        sb.influence
            .cmp(&sa.influence)
            .then_with(|| index.solid_depth(a).cmp(&index.solid_depth(b)))
            .then_with(|| sa.name.cmp(&sb.name))
            .then_with(|| sa.id.cmp(&sb.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Build, day};
    use crate::links::Strength;
    use crate::people::{Attitude, Role, TeamRole};

    /// The findings of one kind in the account, analysed on 1 June 2025: what each rule's tests
    /// look at.
    pub(super) fn of_kind(build: Build, kind: FindingKind) -> Vec<Finding> {
        analyse(&build.done(), day(2025, 6, 1))
            .into_iter()
            .filter(|f| f.kind == kind)
            .collect()
    }

    #[test]
    fn findings_come_most_severe_first_then_by_key() {
        let snapshot = Build::new()
            .person("raj", "Raj Patel", |s| {
                s.roles = vec![Role::Budget];
                s.attitude = Attitude::Blocker;
                s.influence = 5;
                s.last_contact = Some(day(2025, 1, 1));
            })
            .person("ana", "Ana Ruiz", |s| {
                s.last_contact = Some(day(2025, 1, 1))
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .covers_wanting("sam", "ana", Strength::Aware, Strength::Trusted)
            .done();
        let found = analyse(&snapshot, day(2025, 6, 1));
        let keys: Vec<_> = found.iter().map(|f| (f.severity, f.key.as_str())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(found[0].severity, Severity::High);
        assert!(
            found
                .iter()
                .any(|f| f.kind == FindingKind::HostileInfluencer)
        );
        assert!(
            found
                .iter()
                .any(|f| f.kind == FindingKind::CoverageBelowDesired)
        );

        // The shortcut comparison (kind first, then what follows the prefix) orders a large
        // account exactly as comparing whole keys would.
        let big = analyse(
            &crate::synthetic::synthetic_account(500, 1),
            crate::synthetic::synthetic_today(),
        );
        assert!(
            big.windows(2)
                .all(|w| (w[0].severity, &w[0].key) < (w[1].severity, &w[1].key))
        );
    }

    #[test]
    fn texts_never_use_database_words() {
        let snapshot = crate::synthetic::synthetic_account(300, 7);
        let found = analyse(&snapshot, crate::synthetic::synthetic_today());
        assert!(!found.is_empty());
        for f in &found {
            for text in [&f.title, &f.explanation, &f.suggested_goal.title] {
                let lower = text.to_lowercase();
                for word in ["node", "edge", " id", "null", "none of none"] {
                    assert!(!lower.contains(word), "{word:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn every_kind_can_be_found_in_a_synthetic_account() {
        let snapshot = crate::synthetic::synthetic_account(2_000, 3);
        let found = analyse(&snapshot, crate::synthetic::synthetic_today());
        for kind in FindingKind::ALL {
            if kind == FindingKind::SingleThreadedAccount || kind == FindingKind::NoExecutiveSponsor
            {
                continue; // account-wide: depends on the team's shape, tested on their own
            }
            assert!(found.iter().any(|f| f.kind == kind), "{kind:?}");
        }
    }
}
