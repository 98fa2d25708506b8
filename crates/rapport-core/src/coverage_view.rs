//! How coverage is drawn: as lines on a small map, as badges on the client's cards on a big one.
//!
//! On a map of a few dozen people every "who of ours covers whom" line can be followed by eye; on
//! a strategic account of hundreds they become a band of crossing lines that hides the reporting
//! structure. From [`BADGES_FROM_PEOPLE`] client people on, each client card carries a badge per
//! team member who covers them (their initials, the strength as a number of dots) and the full
//! lines are drawn only for the person or team member in focus. The editor and the SVG/PDF map
//! take the decision and the initials from here, so the screen and the document agree.

use crate::ids::{StakeholderId, TeamMemberId};
use crate::links::Strength;
use crate::people::TeamMember;
use crate::snapshot::AccountSnapshot;
use serde::Serialize;
use specta::Type;
use std::collections::BTreeMap;

/// From this many client people on, coverage is drawn as badges rather than lines.
pub const BADGES_FROM_PEOPLE: usize = 60;

/// How the map draws coverage: lines or badges, and each covered person's badges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageView {
    /// Coverage is drawn as badges on client cards (full lines only for what is in focus).
    pub as_badges: bool,
    /// Every covered client person's badges, strongest relationship first.
    pub badges: BTreeMap<StakeholderId, Vec<CoverageBadge>>,
}

/// One badge on a client card: who of ours covers them and how strongly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageBadge {
    pub team_member: TeamMemberId,
    pub initials: String,
    /// The team member's full name (the badge's tooltip and the PDF legend).
    pub name: String,
    pub strength: Strength,
    pub desired: Strength,
}

/// How this account's map draws coverage.
pub fn coverage_view(snapshot: &AccountSnapshot) -> CoverageView {
    CoverageView {
        as_badges: draws_badges(snapshot.stakeholders.len()),
        badges: coverage_badges(snapshot),
    }
}

/// Whether a map with this many client people draws coverage as badges.
pub fn draws_badges(client_people: usize) -> bool {
    client_people >= BADGES_FROM_PEOPLE
}

/// The badges of every covered client person, strongest relationship first (then by initials,
/// so the order is stable).
pub fn coverage_badges(snapshot: &AccountSnapshot) -> BTreeMap<StakeholderId, Vec<CoverageBadge>> {
    let initials = team_initials(&snapshot.team);
    let names: BTreeMap<&TeamMemberId, &str> = snapshot
        .team
        .iter()
        .map(|m| (&m.id, m.name.as_str()))
        .collect();
    let mut badges: BTreeMap<_, Vec<CoverageBadge>> = BTreeMap::new();
    for line in &snapshot.coverage {
        let Some(text) = initials.get(&line.team_member) else {
            continue;
        };
        badges
            .entry(line.stakeholder.clone())
            .or_default()
            .push(CoverageBadge {
                team_member: line.team_member.clone(),
                initials: text.clone(),
                name: names
                    .get(&line.team_member)
                    .copied()
                    .unwrap_or("")
                    .to_owned(),
                strength: line.strength,
                desired: line.desired,
            });
    }
    for list in badges.values_mut() {
        list.sort_by(|a, b| {
            b.strength
                .cmp(&a.strength)
                .then_with(|| a.initials.cmp(&b.initials))
        });
    }
    badges
}

/// Initials for each team member, unique within the team: first and last name's first letters
/// ("Dana Whitfield" → "DW"); when two share them, more of the last name is taken ("DWh", "DWi"),
/// and a number as the last resort.
pub fn team_initials(team: &[TeamMember]) -> BTreeMap<TeamMemberId, String> {
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = BTreeMap::new();
    for member in team {
        let mut candidates = initial_candidates(&member.name).into_iter();
        let first = candidates.next().unwrap_or_else(|| "?".to_owned());
        let chosen = std::iter::once(first.clone())
            .chain(candidates)
            .find(|c| !taken.contains_key(c))
            .unwrap_or_else(|| {
                let n = taken.get(&first).copied().unwrap_or(1) + 1;
                format!("{first}{n}")
            });
        *taken.entry(first).or_insert(0) += 1;
        taken.entry(chosen.clone()).or_insert(1);
        out.insert(member.id.clone(), chosen);
    }
    out
}

/// "Dana Whitfield" → ["DW", "DWh", "DWhi", …]; one word → ["D", "Da", …].
fn initial_candidates(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let upper_first = |w: &str| {
        w.chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
    };
    match words.as_slice() {
        [] => Vec::new(),
        [only] => prefixes(&upper_first(only).unwrap_or_default(), only),
        [first, .., last] => {
            let head = format!(
                "{}{}",
                upper_first(first).unwrap_or_default(),
                upper_first(last).unwrap_or_default()
            );
            prefixes(&head, last)
        }
    }
}

/// `head`, then `head` followed by more and more of `word` after its first letter.
fn prefixes(head: &str, word: &str) -> Vec<String> {
    let rest: Vec<char> = word.chars().skip(1).collect();
    std::iter::once(head.to_owned())
        .chain((1..=rest.len()).map(|n| {
            let more: String = rest[..n].iter().collect();
            format!("{head}{more}")
        }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::TeamRole;

    fn member(id: &str, name: &str) -> TeamMember {
        TeamMember::named(id, name, TeamRole::AccountManager)
    }

    #[test]
    fn initials_are_first_and_last_letters() {
        let team = [
            member("t1", "Dana Whitfield"),
            member("t2", "raj van der Berg"),
        ];
        let initials = team_initials(&team);
        assert_eq!(initials[&TeamMemberId::from("t1")], "DW");
        assert_eq!(initials[&TeamMemberId::from("t2")], "RB");
    }

    #[test]
    fn shared_initials_take_more_of_the_last_name() {
        let team = [
            member("t1", "Dana Whitfield"),
            member("t2", "Dan Wilson"),
            member("t3", "Dora Whitaker"),
        ];
        let initials = team_initials(&team);
        assert_eq!(initials[&TeamMemberId::from("t1")], "DW");
        assert_eq!(initials[&TeamMemberId::from("t2")], "DWi");
        assert_eq!(initials[&TeamMemberId::from("t3")], "DWh");
    }

    #[test]
    fn identical_names_are_numbered() {
        let team = [
            member("t1", "Al Li"),
            member("t2", "Al Li"),
            member("t3", "Al Li"),
        ];
        let initials = team_initials(&team);
        let mut texts: Vec<_> = initials.values().cloned().collect();
        texts.sort();
        texts.dedup();
        assert_eq!(texts.len(), 3, "every badge text differs: {initials:?}");
    }

    #[test]
    fn badges_start_at_the_threshold() {
        assert!(!draws_badges(BADGES_FROM_PEOPLE - 1));
        assert!(draws_badges(BADGES_FROM_PEOPLE));
    }

    #[test]
    fn badges_list_the_strongest_relationship_first() {
        let snapshot = crate::synthetic_account(120, 7);
        let view = coverage_view(&snapshot);
        assert!(view.as_badges);
        let badges = coverage_badges(&snapshot);
        assert!(!badges.is_empty());
        let covered: usize = badges.values().map(Vec::len).sum();
        assert_eq!(covered, snapshot.coverage.len());
        for list in badges.values() {
            assert!(list.windows(2).all(|w| w[0].strength >= w[1].strength));
        }
    }
}
