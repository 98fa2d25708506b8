//! A plain-text picture of the map, for snapshot tests and debugging: people sorted by name,
//! each followed by the lines that start at them.

use super::{MapLine, MapNode, NodeIx, StakeholderMap};
use crate::links::RelationKind;
use crate::people::{Stakeholder, StakeholderStatus};
use petgraph::Direction;
use petgraph::visit::EdgeRef;
use std::fmt::Write as _;

impl StakeholderMap {
    /// A readable, deterministic text picture of the map (people by name, their lines under
    /// them) for snapshot tests and debugging.
    pub fn render_text(&self) -> String {
        let mut nodes: Vec<NodeIx> = self.graph.node_indices().collect();
        nodes.sort_by(|&a, &b| {
            let (na, nb) = (&self.graph[a], &self.graph[b]);
            na.name().cmp(nb.name()).then_with(|| na.id().cmp(&nb.id()))
        });
        let mut out = String::new();
        out.push_str("Stakeholders\n");
        for &ix in &nodes {
            if let MapNode::Stakeholder(s) = &self.graph[ix] {
                out.push_str(&describe_stakeholder(s));
                self.render_lines(ix, &mut out);
            }
        }
        out.push_str("Our team\n");
        for &ix in &nodes {
            if let MapNode::TeamMember(t) = &self.graph[ix] {
                let _ = writeln!(out, "  {} | {}", t.name, t.team_role.label());
                self.render_lines(ix, &mut out);
            }
        }
        out
    }

    fn render_lines(&self, ix: NodeIx, out: &mut String) {
        let mut lines: Vec<(u8, &str, String)> = self
            .graph
            .edges_directed(ix, Direction::Outgoing)
            .map(|e| {
                let other = self.graph[e.target()].name();
                let (order, text) = match e.weight() {
                    MapLine::ReportsTo(r) if r.dotted => {
                        (1, format!("reports to {other} (dotted)"))
                    }
                    MapLine::ReportsTo(_) => (0, format!("reports to {other}")),
                    MapLine::Covers(c) => {
                        let mut text = format!("covers {other}: {}", c.strength.word());
                        if c.desired != c.strength {
                            let _ = write!(text, ", wants {}", c.desired.word());
                        }
                        if let Some(date) = c.last_interaction {
                            let _ = write!(text, ", last met {date}");
                        }
                        (2, text)
                    }
                    MapLine::Relation(r) if r.kind == RelationKind::Influences => {
                        (3, format!("influences {other}"))
                    }
                    MapLine::Relation(_) => (4, format!("in conflict with {other}")),
                };
                (order, other, text)
            })
            .collect();
        lines.sort();
        for (_, _, text) in lines {
            let _ = writeln!(out, "    {text}");
        }
    }
}

fn describe_stakeholder(s: &Stakeholder) -> String {
    let mut parts: Vec<String> = vec![s.name.clone()];
    if !s.title.is_empty() {
        parts.push(s.title.clone());
    }
    if !s.department.is_empty() {
        parts.push(s.department.clone());
    }
    if !s.roles.is_empty() {
        let mut roles = s.roles.clone();
        roles.sort();
        parts.push(roles.iter().map(|r| r.letter()).collect());
    }
    parts.push(s.attitude.word().to_owned());
    parts.push(format!("influence {}", s.influence));
    if s.status == StakeholderStatus::LeftCompany {
        parts.push("left the company".to_owned());
    }
    format!("  {}\n", parts.join(" | "))
}
