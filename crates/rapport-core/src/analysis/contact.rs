//! Contact rule: people nobody of ours has spoken to within their cadence (the rule itself is
//! [`crate::contact`], which the PDF uses too).

use super::text::text;
use super::{Finding, FindingKind, Severity, SuggestedGoal, stakeholder_person, who};
use crate::contact::statuses;
use crate::index::AccountIndex;
use crate::people::Role;
use crate::plan::GoalTarget;
use chrono::NaiveDate;

/// Everyone [`crate::contact`] marks overdue. Influential people and budget holders going quiet
/// matters more, so they are medium; everyone else low.
pub(super) fn stale_contacts(index: &AccountIndex<'_>, today: NaiveDate, out: &mut Vec<Finding>) {
    let snapshot = index.snapshot;
    for (s, status) in snapshot.stakeholders.iter().zip(statuses(index, today)) {
        if !status.overdue {
            continue;
        }
        let cadence = status.cadence_days;
        let days_since = status.days_since;
        let severity = if s.influence >= 4 || s.has_role(Role::Budget) {
            Severity::Medium
        } else {
            Severity::Low
        };
        let explanation = match days_since {
            Some(days) => text!(
                "Nobody of ours has been in touch with ",
                who(s),
                " for ",
                days,
                " days; we aim for every ",
                cadence,
                " days."
            ),
            None => text!("Nobody of ours has been in touch with ", who(s), " yet."),
        };
        out.push(Finding {
            key: FindingKind::StaleContact.key(&[s.id.as_str()]),
            kind: FindingKind::StaleContact,
            severity,
            people: vec![stakeholder_person(s)],
            title: text!("Out of touch with ", s.name),
            explanation,
            suggested_goal: SuggestedGoal {
                stakeholder: Some(s.id.clone()),
                title: text!("Get back in touch with ", s.name),
                priority: severity.priority(),
                target: GoalTarget::Free {
                    text: text!(
                        "A conversation with ",
                        s.name,
                        " at least every ",
                        cadence,
                        " days"
                    ),
                },
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, FindingKind, Severity, tests::of_kind};
    use crate::fixture::{Build, day};
    use crate::ids::InteractionId;
    use crate::links::Strength;
    use crate::people::TeamRole;
    use crate::plan::{Interaction, InteractionKind};

    fn stale(build: Build) -> Vec<Finding> {
        of_kind(build, FindingKind::StaleContact)
    }

    fn raj(last: Option<chrono::NaiveDate>) -> Build {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.title = "CFO".into();
                s.last_contact = last;
                s.influence = 2;
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
    }

    #[test]
    fn contact_older_than_the_cadence_is_stale() {
        let found = stale(raj(Some(day(2025, 3, 1))));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Low);
        assert_eq!(
            found[0].explanation,
            "Nobody of ours has been in touch with Raj Patel (CFO) for 92 days; we aim for every \
             90 days."
        );
    }

    #[test]
    fn exactly_at_the_cadence_is_not_yet_stale_and_own_cadence_wins() {
        assert!(stale(raj(Some(day(2025, 3, 3)))).is_empty());
        let monthly =
            raj(Some(day(2025, 4, 20))).edit(|a| a.stakeholders[0].cadence_days = Some(30));
        assert_eq!(stale(monthly).len(), 1);
    }

    #[test]
    fn never_contacted_is_stale() {
        let found = stale(raj(None));
        assert_eq!(
            found[0].explanation,
            "Nobody of ours has been in touch with Raj Patel (CFO) yet."
        );
    }

    #[test]
    fn coverage_and_logged_interactions_count_as_contact() {
        let by_coverage = raj(None)
            .covers("sam", "raj", Strength::Aware)
            .edit(|a| a.coverage[0].last_interaction = Some(day(2025, 5, 1)));
        assert!(stale(by_coverage).is_empty());
        let by_log = raj(Some(day(2024, 1, 1))).edit(|a| {
            a.interactions.push(Interaction {
                id: InteractionId::from("i1"),
                date: day(2025, 5, 20),
                kind: InteractionKind::ValueAdd,
                stakeholders: vec!["raj".into()],
                team_members: vec![],
                note: String::new(),
            })
        });
        assert!(stale(by_log).is_empty());
    }
}
