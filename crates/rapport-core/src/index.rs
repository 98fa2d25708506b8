//! Read-only lookups over one [`AccountSnapshot`], built once per computation.
//!
//! Analysis, what-if, layout and metrics all need "who covers this person" or "who is this
//! person's manager" thousands of times; a linear search each time would make a 10,000-person
//! account quadratic. The index borrows the snapshot (no cloning), resolves every coverage line's
//! two ends to positions once, and, unlike [`crate::map::StakeholderMap`], tolerates a snapshot
//! that breaks the map's rules (old or imported data): lines naming unknown people are skipped,
//! not refused, so findings can still be computed for everything else.

use crate::ids::StakeholderId;
use crate::links::{Coverage, Strength};
use crate::people::{Stakeholder, TeamMember};
use crate::snapshot::AccountSnapshot;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Positions are indexes into `snapshot.stakeholders` / `snapshot.team`.
pub(crate) struct AccountIndex<'a> {
    pub snapshot: &'a AccountSnapshot,
    stakeholder_at: IdMap<&'a StakeholderId, usize>,
    /// Each coverage line's (stakeholder, team member) positions, when both are known.
    coverage_ends: Vec<Option<(usize, usize)>>,
    /// Coverage lines per stakeholder, as (index into `snapshot.coverage`, team member), and per
    /// team member, as (line, stakeholder).
    coverage_of: Groups,
    coverage_by: Groups,
    /// The first solid manager of each stakeholder, in snapshot order.
    solid_manager: Vec<Option<usize>>,
}

impl<'a> AccountIndex<'a> {
    pub fn new(snapshot: &'a AccountSnapshot) -> Self {
        let stakeholder_at: IdMap<_, _> = snapshot
            .stakeholders
            .iter()
            .enumerate()
            .map(|(i, s)| (&s.id, i))
            .collect();
        let team_at: IdMap<_, _> = snapshot
            .team
            .iter()
            .enumerate()
            .map(|(i, t)| (&t.id, i))
            .collect();

        let coverage_ends: Vec<Option<(usize, usize)>> = snapshot
            .coverage
            .iter()
            .map(|c| {
                Some((
                    *stakeholder_at.get(&c.stakeholder)?,
                    *team_at.get(&c.team_member)?,
                ))
            })
            .collect();
        let ends = || {
            coverage_ends
                .iter()
                .enumerate()
                .filter_map(|(line, e)| e.map(|e| (line, e)))
        };
        let coverage_of = Groups::new(
            snapshot.stakeholders.len(),
            ends().map(|(l, (s, t))| (s, (l, t))),
        );
        let coverage_by = Groups::new(snapshot.team.len(), ends().map(|(l, (s, t))| (t, (l, s))));

        let mut solid_manager = vec![None; snapshot.stakeholders.len()];
        for r in snapshot.reports_to.iter().filter(|r| !r.dotted) {
            if let (Some(&s), Some(&m)) = (
                stakeholder_at.get(&r.stakeholder),
                stakeholder_at.get(&r.manager),
            ) && s != m
                && solid_manager[s].is_none()
            {
                solid_manager[s] = Some(m);
            }
        }

        Self {
            snapshot,
            stakeholder_at,
            coverage_ends,
            coverage_of,
            coverage_by,
            solid_manager,
        }
    }

    pub fn stakeholder_index(&self, id: &StakeholderId) -> Option<usize> {
        self.stakeholder_at.get(id).copied()
    }

    pub fn stakeholder(&self, i: usize) -> &'a Stakeholder {
        &self.snapshot.stakeholders[i]
    }

    pub fn team_member(&self, i: usize) -> &'a TeamMember {
        &self.snapshot.team[i]
    }

    /// Every coverage line whose two ends are known, with the (stakeholder, team member)
    /// positions.
    pub fn coverage_lines(&self) -> impl Iterator<Item = (&'a Coverage, usize, usize)> + '_ {
        let lines = &self.snapshot.coverage;
        self.coverage_ends
            .iter()
            .zip(lines)
            .filter_map(|(ends, c)| ends.map(|(s, t)| (c, s, t)))
    }

    /// Coverage lines of stakeholder `i` whose team member is known, with that member's position.
    pub fn coverage_of(&self, i: usize) -> impl Iterator<Item = (&'a Coverage, usize)> + '_ {
        let lines = &self.snapshot.coverage;
        self.coverage_of
            .get(i)
            .iter()
            .map(move |&(l, t)| (&lines[l], t))
    }

    /// Coverage lines held by team member `t` whose stakeholder is known, with that
    /// stakeholder's position.
    pub fn coverage_by(&self, t: usize) -> impl Iterator<Item = (&'a Coverage, usize)> + '_ {
        let lines = &self.snapshot.coverage;
        self.coverage_by
            .get(t)
            .iter()
            .map(move |&(l, s)| (&lines[l], s))
    }

    pub fn solid_manager(&self, i: usize) -> Option<usize> {
        self.solid_manager[i]
    }

    /// Our strongest relationship with stakeholder `i` and who holds it. Ties go to the team
    /// member first by name, so the suggested owner of a goal does not flip between runs.
    pub fn best_coverage(&self, i: usize) -> Option<(Strength, usize)> {
        self.coverage_of(i)
            .map(|(c, t)| (c.strength, t))
            .min_by(|a, b| {
                b.0.cmp(&a.0).then_with(|| {
                    let (ta, tb) = (self.team_member(a.1), self.team_member(b.1));
                    ta.name.cmp(&tb.name).then_with(|| ta.id.cmp(&tb.id))
                })
            })
    }

    /// Whether anyone of ours covers stakeholder `i` at `at_least` or better.
    pub fn covered_at(&self, i: usize, at_least: Strength) -> bool {
        self.coverage_of(i).any(|(c, _)| c.strength >= at_least)
    }

    /// How many managers sit above stakeholder `i` along solid lines. Bounded by the number of
    /// stakeholders so a cycle in bad data cannot loop forever.
    pub fn solid_depth(&self, i: usize) -> usize {
        let mut depth = 0;
        let mut at = i;
        while let Some(m) = self.solid_manager[at] {
            depth += 1;
            at = m;
            if depth >= self.solid_manager.len() {
                break;
            }
        }
        depth
    }
}

/// Items grouped by owner in two flat arrays (compressed rows), instead of one small vector per
/// owner: two allocations for 10,000 people rather than 10,000.
struct Groups {
    start: Vec<usize>,
    items: Vec<(usize, usize)>,
}

impl Groups {
    fn new(owners: usize, pairs: impl Iterator<Item = (usize, (usize, usize))> + Clone) -> Self {
        let mut start = vec![0usize; owners + 1];
        for (owner, _) in pairs.clone() {
            start[owner + 1] += 1;
        }
        for o in 0..owners {
            start[o + 1] += start[o];
        }
        let mut fill = start.clone();
        let mut items = vec![(0, 0); start[owners]];
        for (owner, item) in pairs {
            items[fill[owner]] = item;
            fill[owner] += 1;
        }
        Self { start, items }
    }

    fn get(&self, owner: usize) -> &[(usize, usize)] {
        &self.items[self.start[owner]..self.start[owner + 1]]
    }
}

/// Hash maps and sets keyed by ids. The ids are our own store's ULIDs, not input from strangers, so
/// SipHash's protection against crafted collisions buys nothing here, and it was the largest
/// single cost of analysing a big account.
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
pub(crate) type IdSet<T> = HashSet<T, BuildHasherDefault<IdHasher>>;

/// The multiply-rotate hash used inside rustc (FxHash) over 8-byte words, with a final mix.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // Assembled by hand: a copy into a buffer compiles to a library call per id.
            let word = rest
                .iter()
                .rev()
                .fold(0u64, |w, &b| (w << 8) | u64::from(b));
            self.add(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// Multiplying only carries low bits upwards, and ids differ in their last characters (the
    /// high bytes of the last word), so the result is mixed down again (MurmurHash3's
    /// finaliser) before the table uses its low bits to pick a bucket.
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Build;
    use crate::people::TeamRole;

    #[test]
    fn lines_naming_unknown_people_are_skipped() {
        let snapshot = Build::new()
            .person("raj", "Raj Patel", |_| {})
            .person("kim", "Kim Wu", |_| {})
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .covers("sam", "raj", Strength::Aware)
            .covers("ghost", "raj", Strength::Advisor)
            .covers("sam", "nobody", Strength::Advisor)
            .covers("sam", "kim", Strength::Trusted)
            .reports("raj", "nobody")
            .done();
        let index = AccountIndex::new(&snapshot);
        assert_eq!(index.best_coverage(0), Some((Strength::Aware, 0)));
        assert_eq!(
            index.coverage_by(0).map(|(_, s)| s).collect::<Vec<_>>(),
            vec![0, 1]
        );
        assert_eq!(index.coverage_lines().count(), 2);
        assert_eq!(index.solid_manager(0), None);
    }
}
