//! Reporting cycles: lines (solid or dotted, as the map's own rule says) that lead from a
//! person back to themselves once the file's lines join those already on the map.

use crate::problem::ProblemKind;
use crate::resolve::{Person, RowLinks};
use crate::rows::ContactRow;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use rapport_core::{AccountSnapshot, StakeholderId};
use std::collections::{HashMap, HashSet, VecDeque};

/// A line in the combined graph; `from_row` is set for the lines the file adds.
#[derive(Debug, Clone, Copy)]
struct Edge {
    from_row: Option<usize>,
    dotted: bool,
}

/// The graph the account would have after the import.
struct Combined<'a> {
    graph: DiGraph<Person, Edge>,
    nodes: HashMap<Person, NodeIndex>,
    rows: &'a [ContactRow],
    existing: Option<&'a AccountSnapshot>,
}

impl Combined<'_> {
    fn node(&mut self, who: Person) -> NodeIndex {
        if let Some(ix) = self.nodes.get(&who) {
            return *ix;
        }
        let ix = self.graph.add_node(who.clone());
        self.nodes.insert(who, ix);
        ix
    }

    fn name(&self, ix: NodeIndex) -> String {
        match &self.graph[ix] {
            Person::Row(i) => self.rows[*i].contact.name.clone(),
            Person::Existing(id) => self
                .existing
                .and_then(|s| s.stakeholder(id))
                .map_or_else(|| id.to_string(), |s| s.name.clone()),
        }
    }

    /// The shortest way from `from` back to `to` inside one strongly connected set.
    fn path(&self, from: NodeIndex, to: NodeIndex, inside: &HashSet<NodeIndex>) -> Vec<NodeIndex> {
        let mut came_from: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            if at == to {
                break;
            }
            for next in self.graph.neighbors(at) {
                if inside.contains(&next) && next != from && !came_from.contains_key(&next) {
                    came_from.insert(next, at);
                    queue.push_back(next);
                }
            }
        }
        let mut path = vec![to];
        let mut at = to;
        while let Some(prev) = came_from.get(&at) {
            path.push(*prev);
            at = *prev;
        }
        path.reverse();
        path
    }
}

/// Marks every valid row whose new line closes a cycle. `matched[i]` is the person on the map
/// row `i` updates; only valid rows' lines count, since the others are not imported.
pub fn mark_cycles(
    rows: &mut [ContactRow],
    links: &[RowLinks],
    matched: &[Option<StakeholderId>],
    existing: Option<&AccountSnapshot>,
    columns: (Option<&crate::ColumnRef>, Option<&crate::ColumnRef>),
) {
    let row_of: HashMap<&StakeholderId, usize> = matched
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.as_ref().map(|id| (id, i)))
        .collect();
    let who = |id: &StakeholderId| {
        row_of
            .get(id)
            .map_or_else(|| Person::Existing(id.clone()), |i| Person::Row(*i))
    };
    let valid: Vec<bool> = rows.iter().map(ContactRow::is_valid).collect();
    let mut combined = Combined {
        graph: DiGraph::new(),
        nodes: HashMap::new(),
        rows,
        existing,
    };
    // Lines already on the map stay unless a valid row replaces its person's solid manager.
    for line in existing.map_or(&[][..], |s| &s.reports_to[..]) {
        let from = who(&line.stakeholder);
        let to = who(&line.manager);
        if let Person::Row(i) = from
            && valid[i]
            && (links[i].solid.is_some() && !line.dotted || links[i].solid == Some(to.clone()))
        {
            continue;
        }
        let (a, b) = (combined.node(from), combined.node(to));
        let edge = Edge {
            from_row: None,
            dotted: line.dotted,
        };
        combined.graph.add_edge(a, b, edge);
    }
    let lands = |t: &Person| !matches!(t, Person::Row(j) if !valid[*j]);
    for (i, row_links) in links.iter().enumerate().filter(|(i, _)| valid[*i]) {
        let solid = row_links.solid.iter().map(|t| (t, false));
        for (target, dotted) in solid.chain(row_links.dotted.iter().map(|t| (t, true))) {
            if lands(target) {
                let (a, b) = (combined.node(Person::Row(i)), combined.node(target.clone()));
                let edge = Edge {
                    from_row: Some(i),
                    dotted,
                };
                combined.graph.add_edge(a, b, edge);
            }
        }
    }

    let mut found: Vec<(usize, bool, Vec<String>)> = Vec::new();
    for set in tarjan_scc(&combined.graph) {
        if set.len() < 2 {
            continue;
        }
        let inside: HashSet<NodeIndex> = set.iter().copied().collect();
        for &ix in &set {
            for edge in combined.graph.edges(ix) {
                use petgraph::visit::EdgeRef;
                let (Some(row), true) = (edge.weight().from_row, inside.contains(&edge.target()))
                else {
                    continue;
                };
                let cycle = combined.path(edge.target(), ix, &inside);
                let mut names = vec![combined.name(ix)];
                names.extend(
                    cycle
                        .iter()
                        .filter(|n| **n != ix)
                        .map(|n| combined.name(*n)),
                );
                found.push((row, edge.weight().dotted, names));
            }
        }
    }
    let (solid_column, dotted_column) = columns;
    for (row, dotted, names) in found {
        let column = if dotted {
            dotted_column
        } else {
            rows[row]
                .contact
                .reports_to
                .as_ref()
                .map(|(_, c)| c)
                .or(solid_column)
        }
        .cloned();
        rows[row].problem(column.as_ref(), ProblemKind::ReportingCycle { names });
    }
}
