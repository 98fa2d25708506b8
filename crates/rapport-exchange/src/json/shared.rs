//! What an imported account shares with the workspace it lands in: our team members and our
//! offerings are workspace-wide, so the account's copies of them are matched to the ones the
//! workspace has (team members by e-mail, then by name; offerings by name) instead of being
//! added a second time.

use super::remap::{IdKind, Rename, remap_account};
use crate::resolve::{email_key, name_key};
use rapport_core::rules::normalise_line;
use rapport_core::{AccountSnapshot, Offering, StoredReview, TeamMember};
use std::collections::{HashMap, HashSet};

/// Offerings are one per name, whatever the case or spacing (the workspace's `UNIQUE NOCASE`).
pub fn offering_key(name: &str) -> String {
    normalise_line(name).to_lowercase()
}

/// Which of the workspace's team members each of the account's is: the same e-mail, or else
/// the same name when only one of ours has it. Each of ours is matched at most once.
fn match_team(theirs: &[TeamMember], ours: &[TeamMember]) -> HashMap<String, String> {
    let mut taken: HashSet<&str> = HashSet::new();
    let mut by_email: HashMap<String, &TeamMember> = HashMap::new();
    let mut by_name: HashMap<String, Vec<&TeamMember>> = HashMap::new();
    for t in ours {
        if !t.email.trim().is_empty() {
            by_email.entry(email_key(&t.email)).or_insert(t);
        }
        by_name.entry(name_key(&t.name)).or_default().push(t);
    }
    let mut matched = HashMap::new();
    for member in theirs {
        let same_email = (!member.email.trim().is_empty())
            .then(|| by_email.get(&email_key(&member.email)).copied())
            .flatten();
        let same_name = || match by_name.get(&name_key(&member.name)).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        };
        let found = same_email
            .or_else(same_name)
            .filter(|t| !taken.contains(t.id.as_str()));
        if let Some(t) = found {
            taken.insert(t.id.as_str());
            matched.insert(member.id.0.clone(), t.id.0.clone());
        }
    }
    matched
}

fn match_offerings(theirs: &[Offering], ours: &[Offering]) -> HashMap<String, String> {
    let by_name: HashMap<String, &Offering> =
        ours.iter().map(|o| (offering_key(&o.name), o)).collect();
    theirs
        .iter()
        .filter_map(|o| {
            let found = by_name.get(&offering_key(&o.name))?;
            Some((o.id.0.clone(), found.id.0.clone()))
        })
        .collect()
}

/// Points the account (and its reviews' frozen snapshots, so review diffs still match) at the
/// workspace's own team members and offerings wherever they are the same, by id. The store then
/// places those team members on the new account's map without changing their details.
pub fn use_workspace_team_and_offerings(
    snapshot: &mut AccountSnapshot,
    reviews: &mut [StoredReview],
    team: &[TeamMember],
    offerings: &[Offering],
) {
    let team_ids = match_team(&snapshot.team, team);
    let offering_ids = match_offerings(&snapshot.offerings, offerings);
    remap_account(
        snapshot,
        reviews,
        &mut Rename {
            kind: IdKind::TeamMember,
            to: &team_ids,
        },
    );
    remap_account(
        snapshot,
        reviews,
        &mut Rename {
            kind: IdKind::Offering,
            to: &offering_ids,
        },
    );
}
