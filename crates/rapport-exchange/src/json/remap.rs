//! Giving every id in an account new values, consistently: the same old id always becomes the
//! same new id, in the account and in every review's frozen snapshot, so lines still join the
//! right people and review diffs still match people across reviews.
//!
//! The walk destructures every type completely, so a field added to core fails to compile here
//! until someone decides whether it holds an id. What happens to each id is the visitor's
//! business: a fresh one ([`IdMap`]), or an existing one of the workspace ([`Rename`]).

use rapport_core::{
    Account, AccountSnapshot, AnalysisNote, Coverage, Goal, GoalTarget, Initiative, Interaction,
    Need, Offering, PersonalDate, Relation, ReportsTo, Review, Stakeholder, StoredReview,
    TeamMember, ThankYou, WhitespaceCell,
};
use std::collections::{BTreeSet, HashMap};

/// Ids live in one namespace per kind (a person and a goal may share a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdKind {
    Account,
    Stakeholder,
    TeamMember,
    Link,
    Goal,
    Initiative,
    Review,
    Interaction,
    Note,
    Offering,
    Need,
    PersonalDate,
    ThankYou,
}

/// Old id → new id, with new ids from the caller's generator in order of first appearance.
pub struct IdMap<'a> {
    fresh: HashMap<(IdKind, String), String>,
    new_id: &'a mut dyn FnMut() -> String,
}

impl<'a> IdMap<'a> {
    pub fn new(new_id: &'a mut dyn FnMut() -> String) -> Self {
        Self {
            fresh: HashMap::new(),
            new_id,
        }
    }

    /// New ids handed out in the order of the old ids of each kind (not of first appearance):
    /// with a generator that counts up, whatever the store sorts by id (people of the same
    /// name, the people of an interaction) keeps its order, so a round trip reads back alike.
    pub fn in_order_of_old_ids(
        new_id: &'a mut dyn FnMut() -> String,
        snapshot: &mut AccountSnapshot,
        reviews: &mut [StoredReview],
    ) -> Self {
        let mut seen = Seen::default();
        remap_account(snapshot, reviews, &mut seen);
        let mut map = Self::new(new_id);
        for (kind, old) in seen.0 {
            let new = (map.new_id)();
            map.fresh.insert((kind, old), new);
        }
        map
    }
}

/// What the walk does with each id it meets.
pub trait VisitIds {
    fn map(&mut self, kind: IdKind, id: &mut String);
}

impl VisitIds for IdMap<'_> {
    fn map(&mut self, kind: IdKind, id: &mut String) {
        let key = (kind, std::mem::take(id));
        *id = match self.fresh.get(&key) {
            Some(new) => new.clone(),
            None => {
                let new = (self.new_id)();
                self.fresh.insert(key, new.clone());
                new
            }
        };
    }
}

/// Every id of the document by kind, sorted (and left as it is).
#[derive(Default)]
struct Seen(BTreeSet<(IdKind, String)>);

impl VisitIds for Seen {
    fn map(&mut self, kind: IdKind, id: &mut String) {
        self.0.insert((kind, id.clone()));
    }
}

/// Replaces the ids of one kind found in `to`, leaving every other id as it is.
pub struct Rename<'a> {
    pub kind: IdKind,
    pub to: &'a HashMap<String, String>,
}

impl VisitIds for Rename<'_> {
    fn map(&mut self, kind: IdKind, id: &mut String) {
        if kind == self.kind
            && let Some(new) = self.to.get(id.as_str())
        {
            id.clone_from(new);
        }
    }
}

/// Walks the account and its reviews in document order.
pub fn remap_account(
    snapshot: &mut AccountSnapshot,
    reviews: &mut [StoredReview],
    ids: &mut impl VisitIds,
) {
    remap_snapshot(snapshot, ids);
    for stored in reviews {
        let StoredReview { review, snapshot } = stored;
        let Review {
            id,
            title: _,
            date: _,
            attendees: _,
            notes: _,
        } = review;
        ids.map(IdKind::Review, &mut id.0);
        remap_snapshot(snapshot, ids);
    }
}

fn remap_snapshot(snapshot: &mut AccountSnapshot, ids: &mut impl VisitIds) {
    use IdKind as K;
    let AccountSnapshot {
        account,
        // Dated scores hold no id.
        nps_history: _,
        stakeholders,
        team,
        reports_to,
        coverage,
        relations,
        goals,
        initiatives,
        interactions,
        notes,
        offerings,
        needs,
        whitespace,
        personal_dates,
        thank_yous,
    } = snapshot;
    let Account {
        id,
        name: _,
        industry: _,
        region: _,
        size: _,
        lifecycle_stage: _,
        annual_revenue: _,
        currency: _,
        lifetime_value: _,
        strategy: _,
        client_goals: _,
        relationship_word: _,
        referenceability: _,
        created_on: _,
    } = account;
    ids.map(K::Account, &mut id.0);
    for person in stakeholders {
        let Stakeholder {
            id,
            name: _,
            title: _,
            department: _,
            email: _,
            phone: _,
            crm_id: _,
            personal_notes: _,
            birthday: _,
            interests: _,
            roles: _,
            role_tag: _,
            attitude: _,
            influence: _,
            status: _,
            last_contact: _,
            cadence_days: _,
            nps_score: _,
            placement: _,
        } = person;
        ids.map(K::Stakeholder, &mut id.0);
    }
    for member in team {
        let TeamMember {
            id,
            name: _,
            title: _,
            team_role: _,
            email: _,
            placement: _,
        } = member;
        ids.map(K::TeamMember, &mut id.0);
    }
    for line in reports_to {
        let ReportsTo {
            id,
            stakeholder,
            manager,
            dotted: _,
        } = line;
        ids.map(K::Link, &mut id.0);
        ids.map(K::Stakeholder, &mut stakeholder.0);
        ids.map(K::Stakeholder, &mut manager.0);
    }
    for line in coverage {
        let Coverage {
            id,
            team_member,
            stakeholder,
            strength: _,
            desired: _,
            last_interaction: _,
            notes: _,
        } = line;
        ids.map(K::Link, &mut id.0);
        ids.map(K::TeamMember, &mut team_member.0);
        ids.map(K::Stakeholder, &mut stakeholder.0);
    }
    for line in relations {
        let Relation {
            id,
            kind: _,
            from,
            to,
            note: _,
        } = line;
        ids.map(K::Link, &mut id.0);
        ids.map(K::Stakeholder, &mut from.0);
        ids.map(K::Stakeholder, &mut to.0);
    }
    for goal in goals {
        let Goal {
            id,
            stakeholder,
            title: _,
            priority: _,
            target,
            created_on: _,
            due: _,
            status: _,
        } = goal;
        ids.map(K::Goal, &mut id.0);
        if let Some(s) = stakeholder {
            ids.map(K::Stakeholder, &mut s.0);
        }
        match target {
            GoalTarget::Coverage {
                team_member: Some(t),
                from: _,
                to: _,
            } => ids.map(K::TeamMember, &mut t.0),
            GoalTarget::Coverage {
                team_member: None, ..
            }
            | GoalTarget::Attitude { .. }
            | GoalTarget::Free { .. } => {}
        }
    }
    for initiative in initiatives {
        let Initiative {
            id,
            title: _,
            goals,
            owner,
            due: _,
            status: _,
            notes: _,
        } = initiative;
        ids.map(K::Initiative, &mut id.0);
        for g in goals {
            ids.map(K::Goal, &mut g.0);
        }
        if let Some(o) = owner {
            ids.map(K::TeamMember, &mut o.0);
        }
    }
    for interaction in interactions {
        let Interaction {
            id,
            date: _,
            kind: _,
            stakeholders,
            team_members,
            note: _,
        } = interaction;
        ids.map(K::Interaction, &mut id.0);
        for s in stakeholders {
            ids.map(K::Stakeholder, &mut s.0);
        }
        for t in team_members {
            ids.map(K::TeamMember, &mut t.0);
        }
    }
    for note in notes {
        let AnalysisNote {
            id,
            kind: _,
            text: _,
            stakeholders,
        } = note;
        ids.map(K::Note, &mut id.0);
        for s in stakeholders {
            ids.map(K::Stakeholder, &mut s.0);
        }
    }
    for offering in offerings {
        let Offering {
            id,
            name: _,
            family: _,
            typical_deal_size: _,
        } = offering;
        ids.map(K::Offering, &mut id.0);
    }
    for need in needs {
        let Need { id, name: _ } = need;
        ids.map(K::Need, &mut id.0);
    }
    for cell in whitespace {
        let WhitespaceCell {
            offering,
            need,
            state: _,
            budget_holder,
            estimated_value: _,
            note: _,
        } = cell;
        ids.map(K::Offering, &mut offering.0);
        ids.map(K::Need, &mut need.0);
        if let Some(s) = budget_holder {
            ids.map(K::Stakeholder, &mut s.0);
        }
    }
    for date in personal_dates {
        let PersonalDate {
            id,
            stakeholder,
            label: _,
            date: _,
            yearly: _,
        } = date;
        ids.map(K::PersonalDate, &mut id.0);
        ids.map(K::Stakeholder, &mut stakeholder.0);
    }
    for thanks in thank_yous {
        let ThankYou {
            id,
            stakeholder,
            reason: _,
            text: _,
            due: _,
            done: _,
        } = thanks;
        ids.map(K::ThankYou, &mut id.0);
        ids.map(K::Stakeholder, &mut stakeholder.0);
    }
}
