//! The client's hierarchy as rows of cards: a tidy tree over solid reports-to lines.
//!
//! Each person's row is their depth below a root (someone with no solid manager); dotted lines
//! do not change rows, since a matrix manager is not a level. Every leaf takes the next free
//! column and every manager sits centred over their reports, so the subtrees of two people in
//! a row never interleave and cards in a row are always at least one column apart. Roots, and
//! each manager's reports, are ordered by department, then name: people of one department end up
//! side by side in their row, under the manager they share.

use crate::index::AccountIndex;

/// The layout of the hierarchy in grid units: `column` may be a half step (a manager centred over
/// an even number of reports), `row` is the depth.
pub(super) struct Tree {
    pub column: Vec<f64>,
    pub row: Vec<usize>,
    /// The manager a person was laid out under (`None` for roots).
    pub parent: Vec<Option<usize>>,
    /// Every stakeholder once, managers before their reports.
    pub preorder: Vec<usize>,
}

pub(super) fn hierarchy(index: &AccountIndex<'_>) -> Tree {
    let n = index.snapshot.stakeholders.len();

    // Sort once; afterwards comparing two people is comparing two numbers.
    let mut by_rank: Vec<usize> = (0..n).collect();
    by_rank.sort_by(|&a, &b| {
        let (sa, sb) = (index.stakeholder(a), index.stakeholder(b));
        (sa.department.trim(), &sa.name, &sa.id).cmp(&(sb.department.trim(), &sb.name, &sb.id))
    });
    let mut rank = vec![0usize; n];
    for (r, &i) in by_rank.iter().enumerate() {
        rank[i] = r;
    }

    let mut reports: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        if let Some(m) = index.solid_manager(i) {
            reports[m].push(i);
        }
    }
    for list in &mut reports {
        list.sort_by_key(|&i| rank[i]);
    }

    let mut tree = Tree {
        column: vec![0.0; n],
        row: vec![0; n],
        parent: vec![None; n],
        preorder: Vec::with_capacity(n),
    };
    let mut visited = vec![false; n];
    let mut first_report: Vec<Option<usize>> = vec![None; n];
    let mut last_report: Vec<Option<usize>> = vec![None; n];
    let mut next_column = 0.0;

    // True roots first, in rank order. Anyone not reached from a root sits on a reports-to cycle
    // (bad data the map would refuse) or below one: the first of them in rank order is treated
    // as a root, which breaks the cycle deterministically.
    let roots = by_rank
        .iter()
        .copied()
        .filter(|&i| index.solid_manager(i).is_none());
    let everyone = by_rank.iter().copied();
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in roots.chain(everyone) {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        tree.preorder.push(root);
        stack.push((root, 0));
        // Depth-first with an explicit stack: a 10,000-deep chain must not overflow the stack.
        while let Some((person, cursor)) = stack.last_mut() {
            let person = *person;
            let next = reports[person][*cursor..]
                .iter()
                .position(|&r| !visited[r])
                .map(|skip| *cursor + skip);
            match next {
                Some(at) => {
                    *cursor = at + 1;
                    let report = reports[person][at];
                    visited[report] = true;
                    tree.parent[report] = Some(person);
                    tree.row[report] = tree.row[person] + 1;
                    first_report[person].get_or_insert(report);
                    last_report[person] = Some(report);
                    tree.preorder.push(report);
                    stack.push((report, 0));
                }
                None => {
                    stack.pop();
                    tree.column[person] = match (first_report[person], last_report[person]) {
                        (Some(first), Some(last)) => (tree.column[first] + tree.column[last]) / 2.0,
                        _ => {
                            next_column += 1.0;
                            next_column - 1.0
                        }
                    };
                }
            }
        }
    }
    tree
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Build;

    #[test]
    fn managers_sit_over_their_reports_and_departments_stay_together() {
        let snapshot = Build::new()
            .person("ceo", "Ana", |s| s.department = "Board".into())
            .person("f1", "Zed", |s| s.department = "Finance".into())
            .person("i1", "Bob", |s| s.department = "IT".into())
            .person("f2", "Amy", |s| s.department = "Finance".into())
            .person("x", "Solo", |s| s.department = "Audit".into())
            .reports("f1", "ceo")
            .reports("i1", "ceo")
            .reports("f2", "ceo")
            .dotted("x", "ceo")
            .done();
        let index = AccountIndex::new(&snapshot);
        let tree = hierarchy(&index);
        // Audit (a root, by department) first; then the CEO's reports: Finance (Amy, Zed), IT.
        assert_eq!(tree.column, vec![2.0, 2.0, 3.0, 1.0, 0.0]);
        assert_eq!(tree.row, vec![0, 1, 1, 1, 0]);
        assert_eq!(tree.preorder, vec![4, 0, 3, 1, 2]);
    }

    #[test]
    fn a_cycle_in_bad_data_is_broken_not_looped() {
        let snapshot = Build::new()
            .person("a", "A", |_| {})
            .person("b", "B", |_| {})
            .reports("a", "b")
            .reports("b", "a")
            .done();
        let tree = hierarchy(&AccountIndex::new(&snapshot));
        assert_eq!(tree.preorder.len(), 2);
        assert_eq!(tree.row, vec![0, 1]);
    }
}
