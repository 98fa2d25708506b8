//! The facilitator's guide: for each of the six steps, the questions to put to the room. Written
//! once here as plain content; the app shows it inside each step (exported with the bindings as
//! `FACILITATOR_GUIDE`), and the PDF can print it as an appendix from the same table.

use crate::plan_progress::PlanStep;
use serde::Serialize;
use specta::Type;

/// One step's questions, in the order a facilitator asks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct StepGuide {
    pub step: PlanStep,
    /// What the step is for, in one sentence.
    pub purpose: &'static str,
    pub questions: &'static [&'static str],
}

/// The guide, one entry per step in the method's order.
pub const GUIDE: &[StepGuide] = &[
    StepGuide {
        step: PlanStep::Understand,
        purpose: "Agree on who the client is and where we stand with them.",
        questions: &[
            "Who are their budget holders, gatekeepers and users?",
            "What do they say about us, in one word?",
            "What must they achieve in the next 3, 6, 12 and 18 months?",
            "Who of ours knows whom there, and how well?",
        ],
    },
    StepGuide {
        step: PlanStep::Identify,
        purpose: "Put a role, an attitude and an influence on every person who matters.",
        questions: &[
            "Who decides, who signs and who can stop a decision?",
            "Who speaks for us when we are not in the room, and who would rather see us gone?",
            "Who has more influence than their title says, and whom do they listen to?",
            "Who is new in the last six months, and who has left?",
        ],
    },
    StepGuide {
        step: PlanStep::Analyse,
        purpose: "Find where the relationship is thin, one-sided or at risk.",
        questions: &[
            "What were the last three interactions about, and who started them?",
            "Where do we depend on one person, on their side or on ours?",
            "Which budget holder does nobody of ours know well?",
            "What problem or opportunity does the room see that the map does not show?",
        ],
    },
    StepGuide {
        step: PlanStep::Determine,
        purpose: "Turn what we found into goals we can measure.",
        questions: &[
            "What do we want from each key person this quarter?",
            "Which relationship must move first, and how will we know it moved?",
            "Which finding do we choose not to act on, and why?",
        ],
    },
    StepGuide {
        step: PlanStep::Implement,
        purpose: "Give every goal an owner, a first step and a date.",
        questions: &[
            "Who of ours does what, and by when?",
            "What can we bring them that they value, not more of the same?",
            "What could stop this plan, and who can clear the way?",
        ],
    },
    StepGuide {
        step: PlanStep::Review,
        purpose: "Measure what changed since the last review and set the next one.",
        questions: &[
            "What moved since the last review, and what did not?",
            "Which goals are done, late, or no longer right?",
            "Who joined or left, on their side or ours?",
            "When do we meet again, and who must be there?",
        ],
    },
];

/// The guide as a list, for the bindings.
pub fn guide() -> Vec<StepGuide> {
    GUIDE.to_vec()
}

/// The questions of one step.
pub fn step_guide(step: PlanStep) -> &'static StepGuide {
    GUIDE.iter().find(|g| g.step == step).unwrap_or(&GUIDE[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_questions_in_the_methods_order() {
        let steps: Vec<_> = GUIDE.iter().map(|g| g.step).collect();
        assert_eq!(steps, PlanStep::ALL);
        for g in GUIDE {
            assert!(g.questions.len() >= 3, "{:?}", g.step);
            assert!(g.questions.iter().all(|q| q.ends_with('?')), "{:?}", g.step);
            assert_eq!(step_guide(g.step), g);
        }
    }

    #[test]
    fn the_methods_key_questions_are_asked() {
        assert!(step_guide(PlanStep::Understand).questions[0].contains("budget holders"));
        assert!(step_guide(PlanStep::Analyse).questions[0].contains("last three interactions"));
        assert!(step_guide(PlanStep::Determine).questions[0].contains("this quarter"));
    }

    #[test]
    fn no_jargon_on_screen() {
        for g in GUIDE {
            for text in g.questions.iter().chain([&g.purpose]) {
                let lower = text.to_lowercase();
                for word in ["node", "edge", " id "] {
                    assert!(!lower.contains(word), "{text}");
                }
            }
        }
    }
}
