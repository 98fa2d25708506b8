//! Small hand-built accounts for unit tests: a builder that reads like the map it describes.

use crate::account::Account;
use crate::ids::LinkId;
use crate::links::{Coverage, Relation, RelationKind, ReportsTo, Strength};
use crate::people::{Stakeholder, TeamMember, TeamRole};
use crate::snapshot::AccountSnapshot;
use chrono::NaiveDate;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn empty_snapshot() -> AccountSnapshot {
    AccountSnapshot::empty(Account::named("acme", "Acme", day(2024, 1, 1)))
}

/// Builds an account line by line; ids double as short handles (`"raj"`, `"sam"`).
pub struct Build(pub AccountSnapshot);

impl Build {
    pub fn new() -> Self {
        Self(empty_snapshot())
    }

    pub fn person(mut self, id: &str, name: &str, edit: impl FnOnce(&mut Stakeholder)) -> Self {
        let mut s = Stakeholder::named(id, name);
        edit(&mut s);
        self.0.stakeholders.push(s);
        self
    }

    pub fn ours(mut self, id: &str, name: &str, role: TeamRole) -> Self {
        self.0.team.push(TeamMember::named(id, name, role));
        self
    }

    fn next_link(&self) -> LinkId {
        let n = self.0.reports_to.len() + self.0.coverage.len() + self.0.relations.len();
        LinkId::new(format!("l{n}"))
    }

    pub fn reports(self, who: &str, to: &str) -> Self {
        self.reporting(who, to, false)
    }

    pub fn dotted(self, who: &str, to: &str) -> Self {
        self.reporting(who, to, true)
    }

    fn reporting(mut self, who: &str, to: &str, dotted: bool) -> Self {
        let id = self.next_link();
        self.0.reports_to.push(ReportsTo {
            id,
            stakeholder: who.into(),
            manager: to.into(),
            dotted,
        });
        self
    }

    pub fn covers(self, member: &str, who: &str, strength: Strength) -> Self {
        self.covers_wanting(member, who, strength, strength)
    }

    pub fn covers_wanting(
        mut self,
        member: &str,
        who: &str,
        strength: Strength,
        desired: Strength,
    ) -> Self {
        let id = self.next_link();
        self.0.coverage.push(Coverage {
            id,
            team_member: member.into(),
            stakeholder: who.into(),
            strength,
            desired,
            last_interaction: None,
            notes: String::new(),
        });
        self
    }

    pub fn relation(mut self, kind: RelationKind, from: &str, to: &str) -> Self {
        let id = self.next_link();
        self.0.relations.push(Relation {
            id,
            kind,
            from: from.into(),
            to: to.into(),
            note: String::new(),
        });
        self
    }

    pub fn edit(mut self, edit: impl FnOnce(&mut AccountSnapshot)) -> Self {
        edit(&mut self.0);
        self
    }

    pub fn done(self) -> AccountSnapshot {
        self.0
    }
}
