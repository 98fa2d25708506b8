//! Other sales methods' words for buying roles, mapped onto Rapport's three (Budget, Gatekeeper,
//! User) so a facilitator can type what they know and the map still speaks one language.

use crate::people::Role;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One row of the crosswalk as stored in the table below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrosswalkTerm {
    pub term: &'static str,
    pub roles: &'static [Role],
    pub note: &'static str,
    /// The word is also what clients call a department ("Procurement", "Legal"). Quick-add then
    /// reads it by position (title, then department) unless it is marked `role: …`, so a
    /// department is never swallowed as a role.
    pub names_a_department: bool,
}

/// One row of the crosswalk as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CrosswalkEntry {
    pub term: String,
    /// Empty when the word describes something other than a buying role.
    pub roles: Vec<Role>,
    pub note: String,
}

impl From<&CrosswalkTerm> for CrosswalkEntry {
    fn from(t: &CrosswalkTerm) -> Self {
        Self {
            term: t.term.to_owned(),
            roles: t.roles.to_vec(),
            note: t.note.to_owned(),
        }
    }
}

pub const CROSSWALK: &[CrosswalkTerm] = &[
    CrosswalkTerm {
        term: "economic buyer",
        roles: &[Role::Budget],
        note: "Signs off the money.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "decision maker",
        roles: &[Role::Budget],
        note: "Makes the final call, which in practice means holding the budget.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "sponsor",
        roles: &[Role::Budget],
        note: "The client's sponsor of the purchase owns its budget.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "technical buyer",
        roles: &[Role::Gatekeeper],
        note: "Can say no on technical grounds, rarely yes on their own.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "evaluator",
        roles: &[Role::Gatekeeper],
        note: "Screens the options against requirements.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "procurement",
        roles: &[Role::Gatekeeper],
        note: "Controls the buying process and terms.",
        names_a_department: true,
    },
    CrosswalkTerm {
        term: "purchasing",
        roles: &[Role::Gatekeeper],
        note: "Another name for procurement: controls the buying process and terms.",
        names_a_department: true,
    },
    CrosswalkTerm {
        term: "legal",
        roles: &[Role::Gatekeeper],
        note: "Can stop a deal over contract terms, rarely start one.",
        names_a_department: true,
    },
    CrosswalkTerm {
        term: "user buyer",
        roles: &[Role::User],
        note: "Judges the impact on their own work.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "end user",
        roles: &[Role::User],
        note: "Works with what we deliver every day.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "coach",
        roles: &[Role::User],
        note: "An inside guide; keep the tag.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "champion",
        roles: &[],
        note: "Champion is an attitude in Rapport, not a buying role: set the attitude.",
        names_a_department: false,
    },
    CrosswalkTerm {
        term: "influencer",
        roles: &[],
        note: "Sways the decision without owning it: set the influence (1–5) and draw influence \
               lines.",
        names_a_department: false,
    },
];

/// Lower-case with single spaces, so "Economic-Buyer" and " economic  buyer " match.
fn normalise(word: &str) -> String {
    word.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The crosswalk row for another method's word, case-insensitively.
pub fn roles_for_term(term: &str) -> Option<CrosswalkEntry> {
    let wanted = normalise(term);
    CROSSWALK
        .iter()
        .find(|t| t.term == wanted)
        .map(CrosswalkEntry::from)
}

/// Whether another method's word is also a department's name ("Procurement"): quick-add reads
/// such a word by position unless it is marked as a role.
pub fn names_a_department(word: &str) -> bool {
    let wanted = normalise(word);
    CROSSWALK
        .iter()
        .any(|t| t.names_a_department && t.term == wanted)
}

/// The whole crosswalk, for the UI's help panel.
pub fn crosswalk_entries() -> Vec<CrosswalkEntry> {
    CROSSWALK.iter().map(CrosswalkEntry::from).collect()
}

/// A role from what someone typed: the role's name, its badge letter, or a crosswalk word that
/// maps to exactly one role. Words that are not roles ("champion") give `None`.
pub fn parse_role(word: &str) -> Option<Role> {
    match normalise(word).as_str() {
        "budget" | "b" => Some(Role::Budget),
        "gatekeeper" | "g" => Some(Role::Gatekeeper),
        "user" | "u" => Some(Role::User),
        other => match CROSSWALK.iter().find(|t| t.term == other)?.roles {
            [role] => Some(*role),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_map_to_roles_whatever_the_case() {
        let roles = |t: &str| roles_for_term(t).map(|e| e.roles);
        assert_eq!(roles("Economic Buyer"), Some(vec![Role::Budget]));
        assert_eq!(roles("decision-maker"), Some(vec![Role::Budget]));
        assert_eq!(roles("SPONSOR"), Some(vec![Role::Budget]));
        assert_eq!(roles("technical buyer"), Some(vec![Role::Gatekeeper]));
        assert_eq!(roles("Evaluator"), Some(vec![Role::Gatekeeper]));
        assert_eq!(roles("procurement"), Some(vec![Role::Gatekeeper]));
        assert_eq!(roles("user buyer"), Some(vec![Role::User]));
        assert_eq!(roles(" end   user "), Some(vec![Role::User]));
        assert_eq!(roles("influencer"), Some(vec![]));
        assert_eq!(roles("astrologer"), None);
    }

    #[test]
    fn coach_and_champion_carry_their_notes() {
        let coach = roles_for_term("Coach").expect("known");
        assert_eq!(coach.roles, vec![Role::User]);
        assert_eq!(coach.note, "An inside guide; keep the tag.");
        let champion = roles_for_term("champion").expect("known");
        assert!(champion.roles.is_empty());
        assert!(champion.note.contains("attitude"));
        assert_eq!(crosswalk_entries().len(), CROSSWALK.len());
    }

    #[test]
    fn roles_parse_from_names_letters_and_crosswalk_words() {
        for (word, role) in [
            ("budget", Some(Role::Budget)),
            ("B", Some(Role::Budget)),
            ("Gatekeeper", Some(Role::Gatekeeper)),
            ("g", Some(Role::Gatekeeper)),
            ("USER", Some(Role::User)),
            ("u", Some(Role::User)),
            ("economic buyer", Some(Role::Budget)),
            ("technical_buyer", Some(Role::Gatekeeper)),
            ("coach", Some(Role::User)),
            ("champion", None),
            ("influencer", None),
            ("", None),
            ("x", None),
        ] {
            assert_eq!(parse_role(word), role, "{word:?}");
        }
    }
}
