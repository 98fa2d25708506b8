//! Random edit sequences on a stakeholder map never break its rules: no reports-to cycle, at
//! most one solid manager, and a refused edit changes nothing. The snapshot checks the store
//! calls before saving an edit must give the same answer as the map.

use petgraph::Direction;
use petgraph::algo::is_cyclic_directed;
use petgraph::visit::{EdgeFiltered, EdgeRef};
use proptest::prelude::*;
use rapport_core::{
    Account, AccountSnapshot, Coverage, LinkId, MapLine, MapNode, PersonId, Relation, RelationKind,
    ReportsTo, Stakeholder, StakeholderId, StakeholderMap, Strength, TeamMember, TeamMemberId,
    TeamRole, check_coverage, check_relation, check_reports_to,
};

#[derive(Debug, Clone)]
enum Edit {
    AddStakeholder,
    AddTeamMember,
    ReportsTo(usize, usize, bool),
    Cover(usize, usize),
    Relate(bool, usize, usize),
    RemoveStakeholder(usize),
    RemoveTeamMember(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => Just(Edit::AddStakeholder),
        1 => Just(Edit::AddTeamMember),
        8 => (any::<usize>(), any::<usize>(), any::<bool>())
            .prop_map(|(a, b, dotted)| Edit::ReportsTo(a, b, dotted)),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Cover(a, b)),
        2 => (any::<bool>(), any::<usize>(), any::<usize>())
            .prop_map(|(conflict, a, b)| Edit::Relate(conflict, a, b)),
        1 => any::<usize>().prop_map(Edit::RemoveStakeholder),
        1 => any::<usize>().prop_map(Edit::RemoveTeamMember),
    ]
}

/// The map and, beside it, the snapshot the store would hold after the same accepted edits.
struct World {
    map: StakeholderMap,
    snapshot: AccountSnapshot,
    /// Every id ever created, so edits also name people who have since been removed.
    stakeholders: usize,
    team: usize,
    links: usize,
}

impl World {
    fn new() -> Self {
        let created = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date");
        Self {
            map: StakeholderMap::new(),
            snapshot: AccountSnapshot::empty(Account::named("a", "Acme", created)),
            stakeholders: 0,
            team: 0,
            links: 0,
        }
    }

    fn stakeholder(&self, pick: usize) -> StakeholderId {
        StakeholderId::new(format!("s{}", pick % self.stakeholders.max(1)))
    }

    fn member(&self, pick: usize) -> TeamMemberId {
        TeamMemberId::new(format!("t{}", pick % self.team.max(1)))
    }

    fn link(&mut self) -> LinkId {
        self.links += 1;
        LinkId::new(format!("l{}", self.links))
    }

    fn apply(&mut self, edit: Edit) -> Result<(), String> {
        match edit {
            Edit::AddStakeholder => {
                let s = Stakeholder::named(
                    format!("s{}", self.stakeholders),
                    format!("Person {}", self.stakeholders),
                );
                self.stakeholders += 1;
                self.map
                    .add_stakeholder(s.clone())
                    .map_err(|e| e.to_string())?;
                self.snapshot.stakeholders.push(s);
            }
            Edit::AddTeamMember => {
                let t = TeamMember::named(
                    format!("t{}", self.team),
                    format!("Ours {}", self.team),
                    TeamRole::Specialist,
                );
                self.team += 1;
                self.map
                    .add_team_member(t.clone())
                    .map_err(|e| e.to_string())?;
                self.snapshot.team.push(t);
            }
            Edit::ReportsTo(a, b, dotted) => {
                let line = ReportsTo {
                    id: self.link(),
                    stakeholder: self.stakeholder(a),
                    manager: self.stakeholder(b),
                    dotted,
                };
                let checked =
                    check_reports_to(&self.snapshot, &line.stakeholder, &line.manager, dotted);
                let done = self.map.add_reports_to(line.clone()).map(|_| ());
                assert_eq!(checked, done, "snapshot check and map disagree");
                done.map_err(|e| e.to_string())?;
                self.snapshot.reports_to.push(line);
            }
            Edit::Cover(a, b) => {
                let line = Coverage {
                    id: self.link(),
                    team_member: self.member(a),
                    stakeholder: self.stakeholder(b),
                    strength: Strength::Aware,
                    desired: Strength::Trusted,
                    last_interaction: None,
                    notes: String::new(),
                };
                let checked = check_coverage(&self.snapshot, &line.team_member, &line.stakeholder);
                let done = self.map.add_coverage(line.clone()).map(|_| ());
                assert_eq!(checked, done, "snapshot check and map disagree");
                done.map_err(|e| e.to_string())?;
                self.snapshot.coverage.push(line);
            }
            Edit::Relate(conflict, a, b) => {
                let kind = if conflict {
                    RelationKind::ConflictsWith
                } else {
                    RelationKind::Influences
                };
                let line = Relation {
                    id: self.link(),
                    kind,
                    from: self.stakeholder(a),
                    to: self.stakeholder(b),
                    note: String::new(),
                };
                let checked = check_relation(&self.snapshot, kind, &line.from, &line.to);
                let done = self.map.add_relation(line.clone()).map(|_| ());
                assert_eq!(checked, done, "snapshot check and map disagree");
                done.map_err(|e| e.to_string())?;
                self.snapshot.relations.push(line);
            }
            Edit::RemoveStakeholder(a) => {
                let id = self.stakeholder(a);
                self.map
                    .remove_person(&PersonId::Stakeholder(id.clone()))
                    .map_err(|e| e.to_string())?;
                let s = &mut self.snapshot;
                s.stakeholders.retain(|p| p.id != id);
                s.reports_to
                    .retain(|r| r.stakeholder != id && r.manager != id);
                s.coverage.retain(|c| c.stakeholder != id);
                s.relations.retain(|r| r.from != id && r.to != id);
            }
            Edit::RemoveTeamMember(a) => {
                let id = self.member(a);
                self.map
                    .remove_person(&PersonId::TeamMember(id.clone()))
                    .map_err(|e| e.to_string())?;
                self.snapshot.team.retain(|t| t.id != id);
                self.snapshot.coverage.retain(|c| c.team_member != id);
            }
        }
        Ok(())
    }
}

fn assert_rules_hold(map: &StakeholderMap) {
    let graph = map.graph();
    let reporting = EdgeFiltered::from_fn(graph, |e| e.weight().is_reports_to());
    assert!(
        !is_cyclic_directed(&reporting),
        "reports-to cycle:\n{}",
        map.render_text()
    );
    for node in graph.node_indices() {
        let solid = graph
            .edges_directed(node, Direction::Outgoing)
            .filter(|e| matches!(e.weight(), MapLine::ReportsTo(r) if !r.dotted))
            .count();
        assert!(solid <= 1, "two solid managers:\n{}", map.render_text());
        for e in graph.edges_directed(node, Direction::Outgoing) {
            assert_ne!(e.source(), e.target(), "self link");
            if let MapLine::Covers(_) = e.weight() {
                assert!(matches!(graph[e.source()], MapNode::TeamMember(_)));
                assert!(matches!(graph[e.target()], MapNode::Stakeholder(_)));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_edits_never_break_the_map(edits in proptest::collection::vec(edit(), 1..120)) {
        let mut world = World::new();
        let state = |m: &StakeholderMap| (m.render_text(), m.person_count(), m.line_count());
        for edit in edits {
            let before = state(&world.map);
            if world.apply(edit).is_err() {
                prop_assert_eq!(before, state(&world.map), "a refused edit changed the map");
            }
            assert_rules_hold(&world.map);
        }
        // The store's snapshot, rebuilt from scratch, is the same map.
        let rebuilt =
            StakeholderMap::from_snapshot(&world.snapshot).expect("accepted edits stay valid");
        prop_assert_eq!(rebuilt.render_text(), world.map.render_text());
    }
}
