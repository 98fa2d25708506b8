//! The coverage matrix: how well one of ours knows one of theirs, now and wanted, and the notes
//! on that relationship.

use crate::codec::new_id;
use crate::error::{Error, Result};
use crate::snapshot::load_snapshot;
use crate::tables::coverage;
use crate::workspace::Workspace;
use rapport_core::{
    AccountId, AccountSnapshot, Coverage, LinkId, StakeholderId, Strength, TeamMemberId,
    check_coverage, rules,
};

/// The names of one of ours and one of theirs, for undo labels.
fn pair_names(
    snapshot: &AccountSnapshot,
    team_member: &TeamMemberId,
    stakeholder: &StakeholderId,
) -> Result<(String, String)> {
    match (
        snapshot.team_member(team_member),
        snapshot.stakeholder(stakeholder),
    ) {
        (Some(t), Some(s)) => Ok((t.name.clone(), s.name.clone())),
        _ => Err(Error::not_found("This person is no longer on the map.")),
    }
}

fn line_between<'a>(
    snapshot: &'a AccountSnapshot,
    team_member: &TeamMemberId,
    stakeholder: &StakeholderId,
) -> Option<&'a Coverage> {
    snapshot
        .coverage
        .iter()
        .find(|c| &c.team_member == team_member && &c.stakeholder == stakeholder)
}

impl Workspace {
    /// A coverage-matrix cell: how well one of ours knows one of theirs now, and how well we want
    /// them to. Draws the covers line when there is none yet.
    pub fn set_coverage_strength(
        &mut self,
        account: &AccountId,
        team_member: &TeamMemberId,
        stakeholder: &StakeholderId,
        strength: Strength,
        desired: Strength,
    ) -> Result<()> {
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let line = line_between(&snapshot, team_member, stakeholder);
            if line.is_none() {
                check_coverage(&snapshot, team_member, stakeholder)
                    .map_err(|e| Error::conflict(format!("{e}.")))?;
            }
            if line.is_some_and(|c| c.strength == strength && c.desired == desired) {
                return Ok((String::new(), ()));
            }
            let (ours, theirs) = pair_names(&snapshot, team_member, stakeholder)?;
            match line {
                Some(line) => {
                    let changed = Coverage {
                        strength,
                        desired,
                        ..line.clone()
                    };
                    coverage::update(tx, account, &changed, coverage::STRENGTHS)?;
                }
                None => coverage::insert(
                    tx,
                    account,
                    &Coverage {
                        id: LinkId(new_id()),
                        team_member: team_member.clone(),
                        stakeholder: stakeholder.clone(),
                        strength,
                        desired,
                        last_interaction: None,
                        notes: String::new(),
                    },
                )?,
            }
            Ok((format!("Set how well {ours} knows {theirs}"), ()))
        })
    }

    /// The strengths and weaknesses of one relationship (a coverage line that exists).
    pub fn set_coverage_notes(
        &mut self,
        account: &AccountId,
        team_member: &TeamMemberId,
        stakeholder: &StakeholderId,
        notes: &str,
    ) -> Result<()> {
        rules::check_coverage_notes(notes)?;
        self.edit_recorded(account, |tx| {
            let snapshot = load_snapshot(tx, account)?;
            let (ours, theirs) = pair_names(&snapshot, team_member, stakeholder)?;
            let Some(line) = line_between(&snapshot, team_member, stakeholder) else {
                return Err(Error::validation(
                    "notes",
                    format!("Set how well {ours} knows {theirs} first, then describe it."),
                ));
            };
            let changed = rules::normalise_coverage(&Coverage {
                notes: notes.to_owned(),
                ..line.clone()
            });
            if changed.notes == line.notes {
                return Ok((String::new(), ()));
            }
            coverage::update(tx, account, &changed, coverage::NOTES)?;
            Ok((format!("Edit notes on {ours} and {theirs}"), ()))
        })
    }
}
