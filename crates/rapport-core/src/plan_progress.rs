//! How far the six-step plan has come: one completeness mark per step ("12 of 15 people have a
//! role"), and the last-three-interactions check of Analyse.
//!
//! Every step is a view over the same account, so its completeness is counted from the snapshot
//! (and the findings and last review date the caller already has), never stored.

use crate::analysis::Finding;
use crate::ids::InteractionId;
use crate::plan::{GoalStatus, GoalTarget, Interaction, InteractionKind, next_review_due};
use crate::snapshot::AccountSnapshot;
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashSet;

/// The six steps, in the method's order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum PlanStep {
    Understand,
    Identify,
    Analyse,
    Determine,
    Implement,
    Review,
}

labels!(PlanStep {
    Understand => "Understand",
    Identify => "Identify",
    Analyse => "Analyse",
    Determine => "Determine",
    Implement => "Implement",
    Review => "Review",
});

/// How complete one step is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StepProgress {
    pub step: PlanStep,
    pub done: u32,
    pub total: u32,
    /// Nothing left to do in this step.
    pub complete: bool,
    /// The short mark on the step's tab, e.g. "12/15 roles".
    pub mark: String,
    /// The sentence behind the mark, e.g. "12 of 15 people have a role".
    pub summary: String,
}

/// "23 Nov 2026", as the room reads a date.
fn long_date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn people(n: u32) -> &'static str {
    if n == 1 { "person" } else { "people" }
}

/// The completeness of every step, in order.
///
/// - Understand: active people with at least one of ours mapped against them, and a word for the
///   relationship.
/// - Identify: active people with a buying role.
/// - Analyse: the client's own goals written for the four horizons (3, 6, 12, 18 months).
/// - Determine: findings answered by a goal (see [`goal_answering`]).
/// - Implement: open goals with an initiative that is not cancelled.
/// - Review: a review within the last 90 days.
pub fn plan_progress(
    snapshot: &AccountSnapshot,
    findings: &[Finding],
    last_review: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<StepProgress> {
    let active: Vec<_> = snapshot
        .stakeholders
        .iter()
        .filter(|s| s.is_active())
        .collect();
    let total_people = count(active.len());

    let covered: HashSet<_> = snapshot.coverage.iter().map(|c| &c.stakeholder).collect();
    let mapped = count(active.iter().filter(|s| covered.contains(&s.id)).count());
    let word = snapshot.account.relationship_word.trim();
    let understand = StepProgress {
        step: PlanStep::Understand,
        done: mapped,
        total: total_people,
        complete: mapped == total_people && !word.is_empty(),
        mark: format!("{mapped}/{total_people} mapped"),
        summary: format!(
            "{mapped} of {total_people} {} have a relationship with one of ours mapped; {}",
            people(total_people),
            if word.is_empty() {
                "no word for the relationship yet".to_owned()
            } else {
                format!("the relationship in one word: “{word}”")
            }
        ),
    };

    let with_role = count(active.iter().filter(|s| !s.roles.is_empty()).count());
    let identify = StepProgress {
        step: PlanStep::Identify,
        done: with_role,
        total: total_people,
        complete: with_role == total_people,
        mark: format!("{with_role}/{total_people} roles"),
        summary: format!(
            "{with_role} of {total_people} {} have a role",
            people(total_people)
        ),
    };

    let goals = &snapshot.account.client_goals;
    let horizons = count(
        [
            &goals.months3,
            &goals.months6,
            &goals.months12,
            &goals.months18,
        ]
        .iter()
        .filter(|g| !g.trim().is_empty())
        .count(),
    );
    let analyse = StepProgress {
        step: PlanStep::Analyse,
        done: horizons,
        total: 4,
        complete: horizons == 4,
        mark: format!("{horizons}/4 client goals"),
        summary: format!(
            "{} findings; the client's own goals written for {horizons} of 4 horizons",
            findings.len()
        ),
    };

    let answered = count(
        findings
            .iter()
            .filter(|f| goal_answering(snapshot, f).is_some())
            .count(),
    );
    let total_findings = count(findings.len());
    let determine = StepProgress {
        step: PlanStep::Determine,
        done: answered,
        total: total_findings,
        complete: answered == total_findings,
        mark: if total_findings == 0 {
            format!("{} goals", snapshot.goals.len())
        } else {
            format!("{answered}/{total_findings} findings")
        },
        summary: if total_findings == 0 {
            "No findings to answer".to_owned()
        } else {
            format!("{answered} of {total_findings} findings have a goal")
        },
    };

    let open_goals: Vec<_> = snapshot
        .goals
        .iter()
        .filter(|g| g.status.is_open())
        .collect();
    let backed = count(
        open_goals
            .iter()
            .filter(|g| {
                snapshot.initiatives.iter().any(|i| {
                    i.status != crate::plan::InitiativeStatus::Cancelled && i.goals.contains(&g.id)
                })
            })
            .count(),
    );
    let total_open = count(open_goals.len());
    let overdue = snapshot
        .initiatives
        .iter()
        .filter(|i| i.is_overdue(today))
        .count();
    let implement = StepProgress {
        step: PlanStep::Implement,
        done: backed,
        total: total_open,
        complete: backed == total_open && overdue == 0,
        mark: format!("{backed}/{total_open} goals"),
        summary: format!(
            "{backed} of {total_open} open goals have an initiative{}",
            match overdue {
                0 => String::new(),
                1 => "; 1 initiative is overdue".to_owned(),
                n => format!("; {n} initiatives are overdue"),
            }
        ),
    };

    let due = next_review_due(last_review, snapshot.account.created_on);
    let on_time = due >= today;
    let reviewed = u32::from(last_review.is_some() && on_time);
    let review = StepProgress {
        step: PlanStep::Review,
        done: reviewed,
        total: 1,
        complete: reviewed == 1,
        mark: if on_time {
            format!("due {}", due.format("%-d %b"))
        } else {
            "overdue".to_owned()
        },
        summary: match (last_review, on_time) {
            (None, true) => format!("No review yet; the first is due by {}", long_date(due)),
            (None, false) => format!("No review yet; one was due by {}", long_date(due)),
            (Some(last), true) => format!(
                "Last review {}; the next is due by {}",
                long_date(last),
                long_date(due)
            ),
            (Some(last), false) => format!(
                "Last review {}; the next was due by {} and is overdue",
                long_date(last),
                long_date(due)
            ),
        },
    };

    vec![understand, identify, analyse, determine, implement, review]
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn same_target_kind(a: &GoalTarget, b: &GoalTarget) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The goal that answers a finding, if any: a goal that is not dropped, about the same person
/// with the same kind of target (attitude, coverage or free), or with the suggested goal's title.
pub fn goal_answering<'a>(
    snapshot: &'a AccountSnapshot,
    finding: &Finding,
) -> Option<&'a crate::plan::Goal> {
    let suggested = &finding.suggested_goal;
    let title = suggested.title.trim();
    snapshot.goals.iter().find(|g| {
        g.status != GoalStatus::Dropped
            && ((suggested.stakeholder.is_some()
                && g.stakeholder == suggested.stakeholder
                && same_target_kind(&g.target, &suggested.target))
                || g.title.trim().eq_ignore_ascii_case(title))
    })
}

/// The verdict of the last-three-interactions check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum LastThreeVerdict {
    /// Nothing logged yet.
    NoneLogged,
    /// Every one built the relationship or added value.
    Healthy,
    /// Some value, some problems.
    Mixed,
    /// Most were firefighting, escalations or work the client does not value.
    Reactive,
}

/// Are our latest contacts with the account building value, or only putting out fires?
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LastThreeCheck {
    /// The latest (up to) three interactions, newest first.
    pub interactions: Vec<InteractionId>,
    /// Relationship building or value-add.
    pub valuable: u32,
    /// Firefighting, escalation or work the client does not value.
    pub reactive: u32,
    pub verdict: LastThreeVerdict,
    pub message: String,
}

impl InteractionKind {
    /// Relationship building and value-add grow the account; the rest only keeps it.
    pub fn adds_value(self) -> bool {
        matches!(
            self,
            InteractionKind::RelationshipBuilding | InteractionKind::ValueAdd
        )
    }
}

/// Looks at the three latest interactions (by date, then by when they were logged).
pub fn last_three_check(interactions: &[Interaction]) -> LastThreeCheck {
    let mut latest: Vec<&Interaction> = interactions.iter().collect();
    latest.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
    latest.truncate(3);
    let valuable = count(latest.iter().filter(|i| i.kind.adds_value()).count());
    let n = count(latest.len());
    let reactive = n - valuable;
    let which = if n == 1 {
        "The last interaction".to_owned()
    } else {
        format!("Of the last {n} interactions,")
    };
    let (verdict, message) = if n == 0 {
        (
            LastThreeVerdict::NoneLogged,
            "No interactions logged yet: log the last three contacts with the account.".to_owned(),
        )
    } else if reactive == 0 {
        (
            LastThreeVerdict::Healthy,
            if n == 1 {
                "The last interaction built the relationship or added value.".to_owned()
            } else {
                format!("All of the last {n} interactions built the relationship or added value.")
            },
        )
    } else if reactive * 2 > n {
        (
            LastThreeVerdict::Reactive,
            if n == 1 {
                "The last interaction was firefighting, an escalation or work the client does \
                 not value: plan a contact that adds value."
                    .to_owned()
            } else {
                format!(
                    "{which} {reactive} were firefighting, escalations or work the client does \
                     not value: plan a contact that adds value."
                )
            },
        )
    } else {
        (
            LastThreeVerdict::Mixed,
            format!("{which} {valuable} added value and {reactive} dealt with problems."),
        )
    };
    LastThreeCheck {
        interactions: latest.iter().map(|i| i.id.clone()).collect(),
        valuable,
        reactive,
        verdict,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;
    use crate::fixture::{Build, day};
    use crate::ids::GoalId;
    use crate::links::Strength;
    use crate::people::{Attitude, Role, StakeholderStatus, TeamRole};
    use crate::plan::{Goal, Initiative, InitiativeStatus, Priority};

    fn account() -> AccountSnapshot {
        Build::new()
            .person("raj", "Raj Patel", |s| {
                s.roles = vec![Role::Budget];
                s.influence = 5;
                s.attitude = Attitude::Skeptic;
            })
            .person("ana", "Ana Ruiz", |s| s.roles = vec![Role::User])
            .person("tom", "Tom Ng", |_| {})
            .person("old", "Old Hand", |s| {
                s.status = StakeholderStatus::LeftCompany
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .covers("sam", "ana", Strength::Trusted)
            .done()
    }

    fn step(progress: &[StepProgress], step: PlanStep) -> &StepProgress {
        progress
            .iter()
            .find(|p| p.step == step)
            .expect("every step")
    }

    #[test]
    fn identify_counts_active_people_with_a_role() {
        let snap = account();
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        let identify = step(&p, PlanStep::Identify);
        assert_eq!((identify.done, identify.total), (2, 3));
        assert_eq!(identify.mark, "2/3 roles");
        assert_eq!(identify.summary, "2 of 3 people have a role");
        assert!(!identify.complete);
        assert_eq!(
            p.iter().map(|s| s.step).collect::<Vec<_>>(),
            PlanStep::ALL.to_vec()
        );
    }

    #[test]
    fn understand_needs_everyone_mapped_and_a_word() {
        let mut snap = account();
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        let u = step(&p, PlanStep::Understand);
        assert_eq!(u.mark, "1/3 mapped");
        assert!(
            u.summary.ends_with("no word for the relationship yet"),
            "{}",
            u.summary
        );
        for who in ["raj", "tom"] {
            snap.coverage.push(crate::links::Coverage {
                id: format!("c-{who}").as_str().into(),
                team_member: "sam".into(),
                stakeholder: who.into(),
                strength: Strength::None,
                desired: Strength::Aware,
                last_interaction: None,
                notes: String::new(),
            });
        }
        assert!(
            !step(
                &plan_progress(&snap, &[], None, day(2024, 2, 1)),
                PlanStep::Understand
            )
            .complete
        );
        snap.account.relationship_word = "Cautious".into();
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        let u = step(&p, PlanStep::Understand);
        assert!(u.complete);
        assert!(u.summary.contains("“Cautious”"));
    }

    #[test]
    fn analyse_counts_the_client_goal_horizons() {
        let mut snap = account();
        snap.account.client_goals.months3 = "Pick a pilot".into();
        snap.account.client_goals.months12 = "  ".into();
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        assert_eq!(step(&p, PlanStep::Analyse).mark, "1/4 client goals");
    }

    #[test]
    fn a_finding_turned_into_a_goal_counts_as_answered() {
        let mut snap = account();
        let today = day(2024, 2, 1);
        let findings = analyse(&snap, today);
        assert!(!findings.is_empty());
        let before = step(
            &plan_progress(&snap, &findings, None, today),
            PlanStep::Determine,
        )
        .done;
        let first = findings[0].clone();
        assert!(goal_answering(&snap, &first).is_none());
        snap.goals.push(
            first
                .suggested_goal
                .clone()
                .into_goal(GoalId::from("g1"), today),
        );
        assert!(goal_answering(&snap, &first).is_some());
        let p = plan_progress(&snap, &findings, None, today);
        let determine = step(&p, PlanStep::Determine);
        assert!(determine.done > before);
        assert_eq!(
            determine.mark,
            format!("{}/{} findings", determine.done, findings.len())
        );
        // A dropped goal answers nothing.
        snap.goals[0].status = GoalStatus::Dropped;
        assert!(goal_answering(&snap, &first).is_none());
    }

    #[test]
    fn implement_counts_open_goals_with_a_live_initiative_and_flags_overdue_ones() {
        let mut snap = account();
        let goal = |id: &str, status| Goal {
            id: id.into(),
            stakeholder: None,
            title: id.into(),
            priority: Priority::Medium,
            target: GoalTarget::Free { text: "x".into() },
            created_on: day(2024, 1, 1),
            due: None,
            status,
        };
        snap.goals = vec![
            goal("a", GoalStatus::Open),
            goal("b", GoalStatus::InProgress),
            goal("c", GoalStatus::Achieved),
        ];
        let initiative = |id: &str, goals: &[&str], status, due| Initiative {
            id: id.into(),
            title: id.into(),
            goals: goals.iter().map(|g| GoalId::from(*g)).collect(),
            owner: None,
            due,
            status,
            notes: String::new(),
        };
        snap.initiatives = vec![
            initiative(
                "i1",
                &["a"],
                InitiativeStatus::Planned,
                Some(day(2024, 1, 15)),
            ),
            initiative("i2", &["b"], InitiativeStatus::Cancelled, None),
        ];
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        let implement = step(&p, PlanStep::Implement);
        assert_eq!(implement.mark, "1/2 goals");
        assert_eq!(
            implement.summary,
            "1 of 2 open goals have an initiative; 1 initiative is overdue"
        );
    }

    #[test]
    fn review_is_complete_within_ninety_days_of_the_last() {
        let snap = account(); // created 1 Jan 2024
        let p = plan_progress(&snap, &[], None, day(2024, 2, 1));
        let r = step(&p, PlanStep::Review);
        assert_eq!((r.done, r.mark.as_str()), (0, "due 31 Mar"));
        assert_eq!(r.summary, "No review yet; the first is due by 31 Mar 2024");
        let p = plan_progress(&snap, &[], Some(day(2024, 3, 1)), day(2024, 4, 1));
        let r = step(&p, PlanStep::Review);
        assert!(r.complete);
        assert_eq!(
            r.summary,
            "Last review 1 Mar 2024; the next is due by 30 May 2024"
        );
        let p = plan_progress(&snap, &[], Some(day(2024, 3, 1)), day(2024, 6, 1));
        let r = step(&p, PlanStep::Review);
        assert_eq!((r.complete, r.mark.as_str()), (false, "overdue"));
    }

    fn logged(id: &str, date: NaiveDate, kind: InteractionKind) -> Interaction {
        Interaction {
            id: id.into(),
            date,
            kind,
            stakeholders: vec![],
            team_members: vec![],
            note: String::new(),
        }
    }

    #[test]
    fn last_three_looks_at_the_newest_three_only() {
        use InteractionKind::*;
        let log = vec![
            logged("1", day(2024, 1, 1), ValueAdd),
            logged("2", day(2024, 3, 1), Firefighting),
            logged("3", day(2024, 2, 1), Escalation),
            logged("4", day(2024, 3, 1), UnvaluedWork),
        ];
        let check = last_three_check(&log);
        let ids: Vec<_> = check.interactions.iter().map(|i| i.as_str()).collect();
        assert_eq!(ids, vec!["4", "2", "3"]);
        assert_eq!((check.valuable, check.reactive), (0, 3));
        assert_eq!(check.verdict, LastThreeVerdict::Reactive);
        assert!(
            check
                .message
                .starts_with("Of the last 3 interactions, 3 were firefighting")
        );

        let check = last_three_check(&log[..1]);
        assert_eq!(check.verdict, LastThreeVerdict::Healthy);
        assert_eq!(
            check.message,
            "The last interaction built the relationship or added value."
        );

        let mixed = vec![
            logged("1", day(2024, 1, 1), RelationshipBuilding),
            logged("2", day(2024, 1, 2), ValueAdd),
            logged("3", day(2024, 1, 3), Firefighting),
        ];
        let check = last_three_check(&mixed);
        assert_eq!(check.verdict, LastThreeVerdict::Mixed);
        assert_eq!(
            check.message,
            "Of the last 3 interactions, 2 added value and 1 dealt with problems."
        );
        assert_eq!(last_three_check(&[]).verdict, LastThreeVerdict::NoneLogged);
    }
}
