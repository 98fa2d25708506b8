//! Finding free room for a card among cards already on the map, without comparing every card
//! with every other.
//!
//! Cards are bucketed by the cell of a grid whose cells are one card plus its gaps wide and high,
//! so the only cards that can be too close to a candidate position sit in the 3×3 cells around it.
//! Placing a card is then a short sweep: jump right past whatever is in the way, a few times, then
//! try the next row down, and as a last resort use a row below everything.

use super::{CARD_HEIGHT, CARD_WIDTH, H_GAP, V_GAP};
use crate::people::Position;
use std::collections::HashMap;

/// The distance between the left edges of two neighbouring cards in a row, and between the tops
/// of two neighbouring rows.
pub(super) const COLUMN: f64 = CARD_WIDTH + H_GAP;
pub(super) const ROW: f64 = CARD_HEIGHT + V_GAP;

/// Float slack so cards exactly one column apart do not count as too close.
const SLACK: f64 = 1e-6;
/// How far right one row's sweep goes before trying the next row down.
const JUMPS_PER_ROW: usize = 16;
/// How many rows below the wanted one are tried before the last-resort row.
const ROWS_DOWN: usize = 8;

pub(super) struct FreeSpace {
    cells: HashMap<(i64, i64), Vec<Position>>,
    lowest_bottom: f64,
    leftmost: f64,
    /// The last-resort row, fixed when first needed so later cards line up in it.
    spill: Option<Position>,
}

impl FreeSpace {
    pub fn new() -> Self {
        Self {
            cells: HashMap::new(),
            lowest_bottom: f64::NEG_INFINITY,
            leftmost: f64::INFINITY,
            spill: None,
        }
    }

    /// Records a card (placed by the facilitator or just placed here) as taken room. Cards at
    /// non-finite positions cannot be drawn, so they take no room.
    pub fn occupy(&mut self, at: Position) {
        if !(at.x.is_finite() && at.y.is_finite()) {
            return;
        }
        self.cells.entry(cell(at)).or_default().push(at);
        self.lowest_bottom = self.lowest_bottom.max(at.y + CARD_HEIGHT);
        self.leftmost = self.leftmost.min(at.x);
    }

    /// Starts a new last-resort row below everything placed so far (used when moving from the
    /// client's cards to our team's lane, so spilled team cards stay below the client).
    pub fn new_spill_row(&mut self) {
        self.spill = None;
    }

    /// The position nearest to `wanted` (same row further right, then rows below) where a card
    /// keeps its gaps to every card already placed; the card is recorded there.
    pub fn place(&mut self, wanted: Position) -> Position {
        let wanted = if wanted.x.is_finite() && wanted.y.is_finite() {
            wanted
        } else {
            Position::default()
        };
        for row in 0..=ROWS_DOWN {
            let mut at = Position {
                x: wanted.x,
                y: wanted.y + row as f64 * ROW,
            };
            for _ in 0..JUMPS_PER_ROW {
                match self.blocked_until(at) {
                    None => {
                        self.occupy(at);
                        return at;
                    }
                    Some(x) => at.x = x,
                }
            }
        }
        self.place_in_spill_row()
    }

    fn place_in_spill_row(&mut self) -> Position {
        let mut at = *self.spill.get_or_insert_with(|| Position {
            x: if self.leftmost.is_finite() {
                self.leftmost
            } else {
                0.0
            },
            y: self.lowest_bottom.max(0.0) + V_GAP,
        });
        // Only ever moves right, so the sweep costs little over all spilled cards together.
        while let Some(x) = self.blocked_until(at) {
            at.x = x;
        }
        self.spill = Some(Position {
            x: at.x + COLUMN,
            y: at.y,
        });
        self.occupy(at);
        at
    }

    /// `None` when a card at `at` keeps its gaps to every placed card; otherwise the x just right
    /// of the rightmost card in the way.
    fn blocked_until(&self, at: Position) -> Option<f64> {
        let (cx, cy) = cell(at);
        let mut until: Option<f64> = None;
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(cards) = self
                    .cells
                    .get(&(cx.saturating_add(dx), cy.saturating_add(dy)))
                else {
                    continue;
                };
                for other in cards {
                    if (other.x - at.x).abs() < COLUMN - SLACK
                        && (other.y - at.y).abs() < ROW - SLACK
                    {
                        let past = other.x + COLUMN;
                        until = Some(until.map_or(past, |u| u.max(past)));
                    }
                }
            }
        }
        until
    }
}

/// The grid cell holding a card's top-left corner. Casting saturates for huge coordinates,
/// which only makes far-away cards share a cell.
fn cell(at: Position) -> (i64, i64) {
    ((at.x / COLUMN).floor() as i64, (at.y / ROW).floor() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Position {
        Position { x, y }
    }

    #[test]
    fn a_free_spot_is_kept_and_a_taken_one_moves_right() {
        let mut space = FreeSpace::new();
        assert_eq!(space.place(p(0.0, 0.0)), p(0.0, 0.0));
        assert_eq!(space.place(p(10.0, 5.0)), p(COLUMN, 5.0));
        assert_eq!(space.place(p(COLUMN, 0.0)), p(COLUMN * 2.0, 0.0));
        // A row below keeps its vertical gap.
        assert_eq!(space.place(p(0.0, ROW)), p(0.0, ROW));
    }

    #[test]
    fn a_long_wall_sends_the_card_down_then_to_the_spill_row() {
        let mut space = FreeSpace::new();
        for row in 0..=ROWS_DOWN {
            for col in 0..(JUMPS_PER_ROW + 2) {
                space.occupy(p(col as f64 * COLUMN, row as f64 * ROW));
            }
        }
        let bottom = space.lowest_bottom;
        let at = space.place(p(0.0, 0.0));
        assert_eq!(at, p(0.0, bottom + V_GAP));
        let next = space.place(p(0.0, 0.0));
        assert_eq!(next, p(COLUMN, bottom + V_GAP));
    }
}
