//! The stakeholder map as a graph: client stakeholders and our team members, joined by
//! reports-to, covers, influences and conflict lines.
//!
//! [`StakeholderMap`] wraps a petgraph `StableGraph` so indexes survive removals and callers never
//! see raw petgraph types mixed with ids. Every mutator checks the map's rules first and leaves
//! the map untouched when it refuses, returning a [`MapError`] whose message names people by
//! name, ready to show a facilitator. Before persisting an edit, the store calls
//! [`check_reports_to`], [`check_coverage`] or [`check_relation`], which apply the same rules to a
//! snapshot without building a graph.

use crate::ids::{LinkId, PersonId, StakeholderId, TeamMemberId};
use crate::index::{IdMap, IdSet};
use crate::links::{Coverage, Relation, RelationKind, ReportsTo};
use crate::people::{Stakeholder, TeamMember};
use crate::snapshot::AccountSnapshot;
use petgraph::Direction;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::stable_graph::StableGraph;
use petgraph::visit::EdgeRef;

mod check;
mod error;
mod render;

pub use check::{check_coverage, check_relation, check_reports_to};
pub use error::{LineKind, MapError};

pub type NodeIx = NodeIndex<u32>;
pub type LineIx = EdgeIndex<u32>;
pub type MapGraph = StableGraph<MapNode, MapLine, petgraph::Directed, u32>;

/// A card on the map.
#[derive(Debug, Clone, PartialEq)]
pub enum MapNode {
    Stakeholder(Stakeholder),
    TeamMember(TeamMember),
}

impl MapNode {
    pub fn id(&self) -> PersonId {
        match self {
            MapNode::Stakeholder(s) => PersonId::Stakeholder(s.id.clone()),
            MapNode::TeamMember(t) => PersonId::TeamMember(t.id.clone()),
        }
    }

    pub fn name(&self) -> &str {
        match self {
            MapNode::Stakeholder(s) => &s.name,
            MapNode::TeamMember(t) => &t.name,
        }
    }

    pub fn as_stakeholder(&self) -> Option<&Stakeholder> {
        match self {
            MapNode::Stakeholder(s) => Some(s),
            MapNode::TeamMember(_) => None,
        }
    }

    pub fn as_team_member(&self) -> Option<&TeamMember> {
        match self {
            MapNode::TeamMember(t) => Some(t),
            MapNode::Stakeholder(_) => None,
        }
    }
}

/// A line on the map, holding the stored link it came from. Directions: a reports-to line points
/// from the report to the manager, a covers line from our team member to the stakeholder, a
/// relation from `from` to `to` (a conflict is symmetric whatever its direction).
#[derive(Debug, Clone, PartialEq)]
pub enum MapLine {
    ReportsTo(ReportsTo),
    Covers(Coverage),
    Relation(Relation),
}

impl MapLine {
    pub fn id(&self) -> &LinkId {
        match self {
            MapLine::ReportsTo(r) => &r.id,
            MapLine::Covers(c) => &c.id,
            MapLine::Relation(r) => &r.id,
        }
    }

    pub fn kind(&self) -> LineKind {
        match self {
            MapLine::ReportsTo(_) => LineKind::ReportsTo,
            MapLine::Covers(_) => LineKind::Covers,
            MapLine::Relation(r) => match r.kind {
                RelationKind::Influences => LineKind::Influences,
                RelationKind::ConflictsWith => LineKind::ConflictsWith,
            },
        }
    }

    pub fn is_reports_to(&self) -> bool {
        matches!(self, MapLine::ReportsTo(_))
    }
}

/// The map of one account. Invariants (checked by every mutator): no reports-to cycle, solid and
/// dotted lines taken together; no line from a person to themselves; covers lines only from our
/// team to a stakeholder; at most one solid manager per stakeholder; no two lines of the same kind
/// between the same people.
#[derive(Debug, Clone, Default)]
pub struct StakeholderMap {
    graph: MapGraph,
    people: IdMap<PersonId, NodeIx>,
}

impl StakeholderMap {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the map of a stored account, refusing the first line that breaks a rule.
    pub fn from_snapshot(snapshot: &AccountSnapshot) -> Result<Self, MapError> {
        let mut map = Self::new();
        for s in &snapshot.stakeholders {
            map.add_stakeholder(s.clone())?;
        }
        for t in &snapshot.team {
            map.add_team_member(t.clone())?;
        }
        for r in &snapshot.reports_to {
            map.add_reports_to(r.clone())?;
        }
        for c in &snapshot.coverage {
            map.add_coverage(c.clone())?;
        }
        for r in &snapshot.relations {
            map.add_relation(r.clone())?;
        }
        Ok(map)
    }

    /// The underlying graph, for read-only algorithms (e.g. petgraph's cycle checks in tests).
    pub fn graph(&self) -> &MapGraph {
        &self.graph
    }

    pub fn person_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn line_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn node(&self, person: &PersonId) -> Option<NodeIx> {
        self.people.get(person).copied()
    }

    pub fn person(&self, person: &PersonId) -> Option<&MapNode> {
        self.graph.node_weight(self.node(person)?)
    }

    pub fn stakeholder(&self, id: &StakeholderId) -> Option<&Stakeholder> {
        self.person(&PersonId::Stakeholder(id.clone()))?
            .as_stakeholder()
    }

    pub fn team_member(&self, id: &TeamMemberId) -> Option<&TeamMember> {
        self.person(&PersonId::TeamMember(id.clone()))?
            .as_team_member()
    }

    pub fn add_stakeholder(&mut self, stakeholder: Stakeholder) -> Result<NodeIx, MapError> {
        self.add_node(MapNode::Stakeholder(stakeholder))
    }

    pub fn add_team_member(&mut self, member: TeamMember) -> Result<NodeIx, MapError> {
        self.add_node(MapNode::TeamMember(member))
    }

    fn add_node(&mut self, node: MapNode) -> Result<NodeIx, MapError> {
        let id = node.id();
        if self.people.contains_key(&id) {
            return Err(MapError::DuplicatePerson {
                name: node.name().to_owned(),
                person: id,
            });
        }
        let ix = self.graph.add_node(node);
        self.people.insert(id, ix);
        Ok(ix)
    }

    pub fn add_reports_to(&mut self, line: ReportsTo) -> Result<LineIx, MapError> {
        let report = self.stakeholder_node(&line.stakeholder, LineKind::ReportsTo)?;
        let manager = self.stakeholder_node(&line.manager, LineKind::ReportsTo)?;
        if report == manager {
            return Err(self.self_link(report));
        }
        if self.line_between(report, manager, LineKind::ReportsTo) {
            return Err(self.duplicate(report, manager, LineKind::ReportsTo));
        }
        if !line.dotted
            && let Some(existing) = self.solid_manager_of(report)
        {
            return Err(MapError::SecondSolidManager {
                stakeholder: line.stakeholder.clone(),
                stakeholder_name: self.name(report).to_owned(),
                manager: existing.id.clone(),
                manager_name: existing.name.clone(),
            });
        }
        if self.reaches_upward(manager, report) {
            return Err(MapError::ReportsToCycle {
                stakeholder: line.stakeholder.clone(),
                stakeholder_name: self.name(report).to_owned(),
                manager: line.manager.clone(),
                manager_name: self.name(manager).to_owned(),
            });
        }
        Ok(self
            .graph
            .add_edge(report, manager, MapLine::ReportsTo(line)))
    }

    pub fn add_coverage(&mut self, line: Coverage) -> Result<LineIx, MapError> {
        let member = self.team_member_node(&line.team_member)?;
        let stakeholder = self.stakeholder_node(&line.stakeholder, LineKind::Covers)?;
        if self.line_between(member, stakeholder, LineKind::Covers) {
            return Err(self.duplicate(member, stakeholder, LineKind::Covers));
        }
        Ok(self
            .graph
            .add_edge(member, stakeholder, MapLine::Covers(line)))
    }

    pub fn add_relation(&mut self, line: Relation) -> Result<LineIx, MapError> {
        let kind = MapLine::Relation(line.clone()).kind();
        let from = self.stakeholder_node(&line.from, kind)?;
        let to = self.stakeholder_node(&line.to, kind)?;
        if from == to {
            return Err(self.self_link(from));
        }
        let symmetric = line.kind == RelationKind::ConflictsWith;
        if self.line_between(from, to, kind) || (symmetric && self.line_between(to, from, kind)) {
            return Err(self.duplicate(from, to, kind));
        }
        Ok(self.graph.add_edge(from, to, MapLine::Relation(line)))
    }

    /// Removes a person and every line touching them.
    pub fn remove_person(&mut self, person: &PersonId) -> Result<MapNode, MapError> {
        let unknown = || MapError::UnknownPerson {
            person: person.clone(),
        };
        let ix = self.people.remove(person).ok_or_else(unknown)?;
        self.graph.remove_node(ix).ok_or_else(unknown)
    }

    /// Removes one line by its stored id; `None` when no such line is on the map.
    pub fn remove_line(&mut self, id: &LinkId) -> Option<MapLine> {
        let ix = self
            .graph
            .edge_indices()
            .find(|&e| self.graph[e].id() == id)?;
        self.graph.remove_edge(ix)
    }

    /// A stakeholder's managers, solid first, then by name.
    pub fn managers(&self, id: &StakeholderId) -> Vec<(&Stakeholder, &ReportsTo)> {
        let mut found = self.reports_to_lines(id, Direction::Outgoing);
        found.sort_by(|a, b| a.1.dotted.cmp(&b.1.dotted).then_with(|| by_name(a.0, b.0)));
        found
    }

    /// The stakeholder's one solid manager, if any.
    pub fn solid_manager(&self, id: &StakeholderId) -> Option<&Stakeholder> {
        self.managers(id)
            .into_iter()
            .find(|(_, line)| !line.dotted)
            .map(|(s, _)| s)
    }

    /// The people who report to a stakeholder (solid or dotted), by name.
    pub fn reports(&self, id: &StakeholderId) -> Vec<(&Stakeholder, &ReportsTo)> {
        let mut found = self.reports_to_lines(id, Direction::Incoming);
        found.sort_by(|a, b| by_name(a.0, b.0));
        found
    }

    /// Our team members covering a stakeholder, strongest first, then by name.
    pub fn coverers(&self, id: &StakeholderId) -> Vec<(&TeamMember, &Coverage)> {
        let Some(ix) = self.node(&PersonId::Stakeholder(id.clone())) else {
            return Vec::new();
        };
        let mut found: Vec<_> = self
            .graph
            .edges_directed(ix, Direction::Incoming)
            .filter_map(|e| match e.weight() {
                MapLine::Covers(c) => Some((self.graph[e.source()].as_team_member()?, c)),
                _ => None,
            })
            .collect();
        found.sort_by(|a, b| {
            b.1.strength
                .cmp(&a.1.strength)
                .then_with(|| a.0.name.cmp(&b.0.name))
                .then_with(|| a.0.id.cmp(&b.0.id))
        });
        found
    }

    /// The stakeholders a team member covers, by name.
    pub fn covered_by(&self, id: &TeamMemberId) -> Vec<(&Stakeholder, &Coverage)> {
        let Some(ix) = self.node(&PersonId::TeamMember(id.clone())) else {
            return Vec::new();
        };
        let mut found: Vec<_> = self
            .graph
            .edges_directed(ix, Direction::Outgoing)
            .filter_map(|e| match e.weight() {
                MapLine::Covers(c) => Some((self.graph[e.target()].as_stakeholder()?, c)),
                _ => None,
            })
            .collect();
        found.sort_by(|a, b| by_name(a.0, b.0));
        found
    }

    /// Influence and conflict lines touching a stakeholder, with the person at the other end.
    pub fn relations_of(&self, id: &StakeholderId) -> Vec<(&Stakeholder, &Relation)> {
        let Some(ix) = self.node(&PersonId::Stakeholder(id.clone())) else {
            return Vec::new();
        };
        let mut found: Vec<_> = [Direction::Outgoing, Direction::Incoming]
            .into_iter()
            .flat_map(|dir| {
                self.graph.edges_directed(ix, dir).filter_map(move |e| {
                    let other = if dir == Direction::Outgoing {
                        e.target()
                    } else {
                        e.source()
                    };
                    match e.weight() {
                        MapLine::Relation(r) => Some((self.graph[other].as_stakeholder()?, r)),
                        _ => None,
                    }
                })
            })
            .collect();
        found.sort_by(|a, b| by_name(a.0, b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        found
    }

    /// Whether `above` is `person`'s manager, directly or through others (solid or dotted).
    pub fn reports_up_to(&self, person: &StakeholderId, above: &StakeholderId) -> bool {
        match (
            self.node(&PersonId::Stakeholder(person.clone())),
            self.node(&PersonId::Stakeholder(above.clone())),
        ) {
            (Some(p), Some(a)) if p != a => self.reaches_upward(p, a),
            _ => false,
        }
    }

    fn name(&self, ix: NodeIx) -> &str {
        self.graph[ix].name()
    }

    /// The node of a stakeholder named on a line; a team member's id in that place is refused
    /// with a message saying what the line needs.
    fn stakeholder_node(&self, id: &StakeholderId, line: LineKind) -> Result<NodeIx, MapError> {
        if let Some(ix) = self.node(&PersonId::Stakeholder(id.clone())) {
            return Ok(ix);
        }
        let as_member = PersonId::TeamMember(TeamMemberId::new(id.as_str()));
        match self.person(&as_member) {
            Some(node) => Err(MapError::NotAStakeholder {
                person: TeamMemberId::new(id.as_str()),
                name: node.name().to_owned(),
                line,
            }),
            None => Err(MapError::UnknownPerson {
                person: PersonId::Stakeholder(id.clone()),
            }),
        }
    }

    fn team_member_node(&self, id: &TeamMemberId) -> Result<NodeIx, MapError> {
        if let Some(ix) = self.node(&PersonId::TeamMember(id.clone())) {
            return Ok(ix);
        }
        let as_stakeholder = PersonId::Stakeholder(StakeholderId::new(id.as_str()));
        match self.person(&as_stakeholder) {
            Some(node) => Err(MapError::NotOnOurTeam {
                person: StakeholderId::new(id.as_str()),
                name: node.name().to_owned(),
            }),
            None => Err(MapError::UnknownPerson {
                person: PersonId::TeamMember(id.clone()),
            }),
        }
    }

    fn self_link(&self, ix: NodeIx) -> MapError {
        MapError::SelfLink {
            person: self.graph[ix].id(),
            name: self.name(ix).to_owned(),
        }
    }

    fn duplicate(&self, from: NodeIx, to: NodeIx, line: LineKind) -> MapError {
        MapError::DuplicateLine {
            from: self.graph[from].id(),
            from_name: self.name(from).to_owned(),
            to: self.graph[to].id(),
            to_name: self.name(to).to_owned(),
            line,
        }
    }

    fn line_between(&self, from: NodeIx, to: NodeIx, kind: LineKind) -> bool {
        self.graph
            .edges_connecting(from, to)
            .any(|e| e.weight().kind() == kind)
    }

    fn solid_manager_of(&self, report: NodeIx) -> Option<&Stakeholder> {
        self.graph
            .edges_directed(report, Direction::Outgoing)
            .filter(|e| matches!(e.weight(), MapLine::ReportsTo(r) if !r.dotted))
            .find_map(|e| self.graph[e.target()].as_stakeholder())
    }

    /// Whether `target` is reached by walking up reports-to lines (solid or dotted) from `start`.
    fn reaches_upward(&self, start: NodeIx, target: NodeIx) -> bool {
        // A set, not a vector over all people: the walk up is usually a handful of managers, and
        // this runs for every line added while loading a 10,000-person map.
        let mut seen: IdSet<NodeIx> = IdSet::default();
        let mut stack = vec![start];
        while let Some(at) = stack.pop() {
            if at == target {
                return true;
            }
            if !seen.insert(at) {
                continue;
            }
            stack.extend(
                self.graph
                    .edges_directed(at, Direction::Outgoing)
                    .filter(|e| e.weight().is_reports_to())
                    .map(|e| e.target()),
            );
        }
        false
    }

    fn reports_to_lines(
        &self,
        id: &StakeholderId,
        dir: Direction,
    ) -> Vec<(&Stakeholder, &ReportsTo)> {
        let Some(ix) = self.node(&PersonId::Stakeholder(id.clone())) else {
            return Vec::new();
        };
        self.graph
            .edges_directed(ix, dir)
            .filter_map(|e| {
                let other = if dir == Direction::Outgoing {
                    e.target()
                } else {
                    e.source()
                };
                match e.weight() {
                    MapLine::ReportsTo(r) => Some((self.graph[other].as_stakeholder()?, r)),
                    _ => None,
                }
            })
            .collect()
    }
}

fn by_name(a: &Stakeholder, b: &Stakeholder) -> std::cmp::Ordering {
    a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests;
