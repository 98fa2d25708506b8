//! The client's hierarchy as a compact tree of cards over solid reports-to lines.
//!
//! Every manager sits over their reports; dotted lines do not change the tree, since a matrix
//! manager is not a level. Roots, and each manager's reports, are ordered by department, then
//! name, so people of one department end up side by side under the manager they share.
//!
//! Big accounts stay readable by two rules org-chart tools call "compact":
//! - **Stacks**: a manager's reports who manage nobody ([`STACK_FROM`] or more of them) are
//!   stacked in a few columns under the manager (filled top to bottom, so reading order keeps
//!   departments together) instead of one long row. Their reporting lines run down a spine
//!   beside each column (drawn by the editor and the PDF alike).
//! - **Shelves**: when the blocks under one manager (or the roots) would be wider than
//!   [`WRAP_FROM`] columns, they wrap onto shelves below each other, each shelf about as wide as
//!   makes the manager's whole block roughly [`TARGET_RATIO`] times wider than tall. A map that
//!   wraps anywhere keeps every card on whole columns, so the spine to a report on a lower shelf
//!   runs in the gap between columns and never through a card.
//!
//! The result is in grid units: `column` may be a half step (a manager centred over an even
//! number of reports, only on maps that do not wrap), `row` counts rows from the top.

use crate::index::AccountIndex;

/// A manager with this many reports who manage nobody gets them as a stack.
pub(super) const STACK_FROM: usize = 4;
/// Blocks under one manager wider than this many columns wrap onto shelves.
pub(super) const WRAP_FROM: usize = 16;
/// The shape a wrapped block aims for: width over height, in map units.
const TARGET_RATIO: f64 = 2.2;
/// A card's column and row pitch (map units), for the shapes above.
const COLUMN_PITCH: f64 = super::CARD_WIDTH + super::H_GAP;
const ROW_PITCH: f64 = super::CARD_HEIGHT + super::V_GAP;

/// The layout of the hierarchy in grid units.
pub(super) struct Tree {
    pub column: Vec<f64>,
    pub row: Vec<usize>,
    /// The manager a person was laid out under (`None` for roots).
    pub parent: Vec<Option<usize>>,
    /// Every stakeholder once, managers before their reports.
    pub preorder: Vec<usize>,
}

/// A rectangle of the grid holding one person's subtree, or a stack of leaves.
#[derive(Clone, Copy, Default)]
struct Size {
    width: usize,
    height: usize,
}

/// What sits under one manager (or at the top): subtrees and at most one stack, in order.
enum Block {
    Subtree(usize),
    Stack { leaves: Vec<usize>, columns: usize },
}

/// Where a block goes inside its manager's rectangle.
struct Placed {
    block: Block,
    column: usize,
    row: usize,
}

struct Arrangement {
    placed: Vec<Placed>,
    size: Size,
    wrapped: bool,
}

pub(super) fn hierarchy(index: &AccountIndex<'_>) -> Tree {
    let n = index.snapshot.stakeholders.len();
    let (by_rank, rank) = ranks(index);
    let (parent, preorder, roots) = spanning_forest(index, &by_rank, &rank);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &i in &preorder {
        if let Some(m) = parent[i] {
            children[m].push(i);
        }
    }

    // Bottom up: each person's rectangle and how their reports are arranged in it.
    let mut size = vec![Size::default(); n];
    let mut arranged: Vec<Option<Arrangement>> = (0..n).map(|_| None).collect();
    let mut wrapped = false;
    for &v in preorder.iter().rev() {
        if children[v].is_empty() {
            size[v] = Size {
                width: 1,
                height: 1,
            };
            continue;
        }
        let below = arrange(blocks_under(&children[v], &children), &size);
        wrapped |= below.wrapped;
        size[v] = Size {
            width: below.size.width.max(1),
            height: 1 + below.size.height,
        };
        arranged[v] = Some(below);
    }
    let top = arrange(roots.iter().map(|&r| Block::Subtree(r)).collect(), &size);
    wrapped |= top.wrapped;

    // Top down: rectangles to places. Each manager's column is centred over the reports on their
    // first shelf (on whole columns when the map wraps anywhere).
    let mut tree = Tree {
        column: vec![0.0; n],
        row: vec![0; n],
        parent,
        preorder,
    };
    let mut own = vec![0.0f64; n];
    for &v in tree.preorder.iter().rev() {
        own[v] = match &arranged[v] {
            None => 0.0,
            Some(below) => {
                let centre = first_shelf_centre(below, &own);
                if wrapped { centre.floor() } else { centre }
            }
        };
    }
    let mut origin = vec![(0usize, 0usize); n];
    place(&top, (0, 0), &mut origin);
    for &v in &tree.preorder {
        let (column, row) = origin[v];
        tree.column[v] = column as f64 + own[v];
        tree.row[v] = row;
        if let Some(below) = &arranged[v] {
            place(below, (column, row + 1), &mut origin);
        }
    }
    tree
}

/// Gives each block's people their rectangle's top-left corner.
fn place(arrangement: &Arrangement, at: (usize, usize), origin: &mut [(usize, usize)]) {
    for p in &arrangement.placed {
        let (column, row) = (at.0 + p.column, at.1 + p.row);
        match &p.block {
            Block::Subtree(v) => origin[*v] = (column, row),
            Block::Stack { leaves, columns } => {
                let rows = leaves.len().div_ceil(*columns);
                for (k, &leaf) in leaves.iter().enumerate() {
                    origin[leaf] = (column + k / rows, row + k % rows);
                }
            }
        }
    }
}

/// The middle of the first and the last report on the first shelf, in columns of the rectangle.
fn first_shelf_centre(below: &Arrangement, own: &[f64]) -> f64 {
    let first_shelf = below.placed.iter().take_while(|p| p.row == 0);
    let mut ends = first_shelf.map(|p| match &p.block {
        Block::Subtree(v) => (p.column as f64 + own[*v], p.column as f64 + own[*v]),
        Block::Stack { columns, .. } => (p.column as f64, (p.column + columns - 1) as f64),
    });
    let Some((left, mut right)) = ends.next() else {
        return 0.0;
    };
    for (_, r) in ends {
        right = r;
    }
    (left + right) / 2.0
}

/// A manager's reports as blocks: those who manage nobody stacked when there are enough of
/// them (the stack first), everyone else a subtree of their own, in rank order.
fn blocks_under(reports: &[usize], children: &[Vec<usize>]) -> Vec<Block> {
    let leaves: Vec<usize> = reports
        .iter()
        .copied()
        .filter(|&r| children[r].is_empty())
        .collect();
    if leaves.len() < STACK_FROM {
        return reports.iter().map(|&r| Block::Subtree(r)).collect();
    }
    // About as wide as tall on screen.
    let columns = ((leaves.len() as f64 * ROW_PITCH / COLUMN_PITCH)
        .sqrt()
        .round() as usize)
        .clamp(1, leaves.len());
    let mut blocks = vec![Block::Stack { leaves, columns }];
    blocks.extend(
        reports
            .iter()
            .copied()
            .filter(|&r| !children[r].is_empty())
            .map(Block::Subtree),
    );
    blocks
}

/// Lays blocks left to right, wrapping onto a new shelf when a shelf is full.
fn arrange(blocks: Vec<Block>, size: &[Size]) -> Arrangement {
    let sizes: Vec<Size> = blocks
        .iter()
        .map(|b| match b {
            Block::Subtree(v) => size[*v],
            Block::Stack { leaves, columns } => Size {
                width: *columns,
                height: leaves.len().div_ceil(*columns),
            },
        })
        .collect();
    let total: usize = sizes.iter().map(|s| s.width).sum();
    let widest = sizes.iter().map(|s| s.width).max().unwrap_or(0);
    let shelf_width = if total <= WRAP_FROM {
        total
    } else {
        let area: usize = sizes.iter().map(|s| s.width * s.height).sum();
        let wanted = (area as f64 * TARGET_RATIO * ROW_PITCH / COLUMN_PITCH)
            .sqrt()
            .ceil() as usize;
        wanted.clamp(widest.max(WRAP_FROM), total)
    };

    let mut placed = Vec::with_capacity(blocks.len());
    let (mut column, mut row, mut shelf_height, mut width) = (0, 0, 0, 0);
    for (block, s) in blocks.into_iter().zip(sizes) {
        if column > 0 && column + s.width > shelf_width {
            row += shelf_height;
            column = 0;
            shelf_height = 0;
        }
        placed.push(Placed { block, column, row });
        column += s.width;
        width = width.max(column);
        shelf_height = shelf_height.max(s.height);
    }
    Arrangement {
        size: Size {
            width,
            height: row + shelf_height,
        },
        wrapped: row > 0,
        placed,
    }
}

/// Everyone in the order "department, then name, then id", and each person's place in it.
fn ranks(index: &AccountIndex<'_>) -> (Vec<usize>, Vec<usize>) {
    let n = index.snapshot.stakeholders.len();
    let mut by_rank: Vec<usize> = (0..n).collect();
    by_rank.sort_by(|&a, &b| {
        let (sa, sb) = (index.stakeholder(a), index.stakeholder(b));
        (sa.department.trim(), &sa.name, &sa.id).cmp(&(sb.department.trim(), &sb.name, &sb.id))
    });
    let mut rank = vec![0usize; n];
    for (r, &i) in by_rank.iter().enumerate() {
        rank[i] = r;
    }
    (by_rank, rank)
}

/// The tree the layout draws: each person under their solid manager, roots in rank order.
/// Anyone not reached from a root sits on a reports-to cycle (bad data the map would refuse) or
/// below one: the first of them in rank order is treated as a root, which breaks the cycle
/// deterministically. Returns parents, the preorder and the roots.
fn spanning_forest(
    index: &AccountIndex<'_>,
    by_rank: &[usize],
    rank: &[usize],
) -> (Vec<Option<usize>>, Vec<usize>, Vec<usize>) {
    let n = rank.len();
    let mut reports: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        if let Some(m) = index.solid_manager(i) {
            reports[m].push(i);
        }
    }
    for list in &mut reports {
        list.sort_by_key(|&i| rank[i]);
    }

    let mut parent = vec![None; n];
    let mut preorder = Vec::with_capacity(n);
    let mut roots = Vec::new();
    let mut visited = vec![false; n];
    let true_roots = by_rank
        .iter()
        .copied()
        .filter(|&i| index.solid_manager(i).is_none());
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in true_roots.chain(by_rank.iter().copied()) {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        roots.push(root);
        preorder.push(root);
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
                    parent[report] = Some(person);
                    preorder.push(report);
                    stack.push((report, 0));
                }
                None => {
                    stack.pop();
                }
            }
        }
    }
    (parent, preorder, roots)
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
