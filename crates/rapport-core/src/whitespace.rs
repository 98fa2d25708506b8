//! Our offerings against the account's needs: where we sell, could sell, or lose to others.
//!
//! The offerings are a catalogue of the whole workspace; the needs (or business units) are the
//! account's own. A cell says where one offering stands in one need, what it is worth and who at
//! the client holds the budget for it.

use crate::ids::{NeedId, OfferingId, StakeholderId};
use crate::vocabulary::labels;
use serde::{Deserialize, Serialize};
use specta::Type;
use std::collections::HashSet;

/// One of our products or services, shared by every account of the workspace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Offering {
    pub id: OfferingId,
    /// Unique in the workspace, ignoring case.
    pub name: String,
    /// The product family or practice it belongs to, e.g. "Platform"; may be empty. Older
    /// documents and reviews, written before it existed, read it as empty.
    #[serde(default)]
    pub family: String,
    /// A typical deal or list price in the workspace's usual currency, 0 or more; `None` when
    /// nobody has said.
    #[serde(default)]
    pub typical_deal_size: Option<f64>,
}

/// A need or business unit of the account.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Need {
    pub id: NeedId,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum WhitespaceState {
    Owned,
    InProgress,
    Opportunity,
    Competitor,
    #[default]
    NotRelevant,
}

labels!(WhitespaceState {
    Owned => "Owned",
    InProgress => "In progress",
    Opportunity => "Opportunity",
    Competitor => "Competitor",
    NotRelevant => "Not relevant",
});

impl WhitespaceState {
    /// Business still to win: an opportunity, or a deal in progress.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            WhitespaceState::Opportunity | WhitespaceState::InProgress
        )
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WhitespaceCell {
    pub offering: OfferingId,
    pub need: NeedId,
    pub state: WhitespaceState,
    /// Who holds the budget for this cell: a stakeholder of the same account.
    pub budget_holder: Option<StakeholderId>,
    /// What the cell is worth a year in the account's currency, 0 or more: revenue we have when
    /// owned, the deal we hope for when open. `None` when not estimated. Absent from documents
    /// written before it existed.
    #[serde(default)]
    pub estimated_value: Option<f64>,
    #[serde(default)]
    pub note: String,
}

/// The whitespace matrix's sums, in the account's currency.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WhitespaceTotals {
    /// The estimated values of every [`WhitespaceState::Owned`] cell.
    pub owned_revenue: f64,
    /// Open cells (opportunity or in progress) on offerings the account owns in no need yet:
    /// selling it something new.
    pub open_cross_sell: f64,
    /// Open cells on offerings the account already owns in at least one other need: selling
    /// more of what it has.
    pub open_up_sell: f64,
    /// Open cells with no estimated value, so the totals can say they are incomplete.
    pub open_cells_without_value: u32,
}

/// The totals of the account's cells (see [`WhitespaceTotals`] for each sum). An offering counts
/// as owned by the account when any of its cells is owned; a cell without an estimated value adds
/// nothing to any sum.
pub fn whitespace_totals(cells: &[WhitespaceCell]) -> WhitespaceTotals {
    let owned: HashSet<&OfferingId> = cells
        .iter()
        .filter(|c| c.state == WhitespaceState::Owned)
        .map(|c| &c.offering)
        .collect();
    let mut totals = WhitespaceTotals::default();
    for cell in cells {
        let value = cell.estimated_value.unwrap_or(0.0);
        if cell.state == WhitespaceState::Owned {
            totals.owned_revenue += value;
        } else if cell.state.is_open() {
            if cell.estimated_value.is_none() {
                totals.open_cells_without_value += 1;
            }
            if owned.contains(&cell.offering) {
                totals.open_up_sell += value;
            } else {
                totals.open_cross_sell += value;
            }
        }
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;
    use WhitespaceState::*;

    fn cell(
        offering: &str,
        need: &str,
        state: WhitespaceState,
        value: Option<f64>,
    ) -> WhitespaceCell {
        WhitespaceCell {
            offering: offering.into(),
            need: need.into(),
            state,
            estimated_value: value,
            ..WhitespaceCell::default()
        }
    }

    #[test]
    fn owned_revenue_sums_owned_cells_only() {
        let totals = whitespace_totals(&[
            cell("fleet", "road", Owned, Some(100.0)),
            cell("fleet", "sea", Owned, Some(50.0)),
            cell("wms", "road", Competitor, Some(999.0)),
            cell("wms", "sea", NotRelevant, Some(999.0)),
        ]);
        assert_eq!(totals.owned_revenue, 150.0);
        assert_eq!((totals.open_cross_sell, totals.open_up_sell), (0.0, 0.0));
    }

    #[test]
    fn open_cells_are_up_sell_when_the_offering_is_owned_elsewhere_and_cross_sell_otherwise() {
        let totals = whitespace_totals(&[
            cell("fleet", "road", Owned, Some(100.0)),
            cell("fleet", "sea", Opportunity, Some(30.0)),
            cell("fleet", "air", InProgress, Some(20.0)),
            cell("wms", "road", Opportunity, Some(70.0)),
            cell("wms", "sea", InProgress, Some(5.0)),
            cell("wms", "air", Opportunity, None),
        ]);
        assert_eq!(totals.owned_revenue, 100.0);
        assert_eq!(totals.open_up_sell, 50.0);
        assert_eq!(totals.open_cross_sell, 75.0);
        assert_eq!(totals.open_cells_without_value, 1);
    }

    #[test]
    fn an_offering_owned_only_through_a_later_cell_still_counts_as_owned() {
        // The owned set is built before open cells are summed, whatever the cells' order.
        let totals = whitespace_totals(&[
            cell("wms", "sea", Opportunity, Some(40.0)),
            cell("wms", "road", Owned, None),
        ]);
        assert_eq!((totals.open_up_sell, totals.open_cross_sell), (40.0, 0.0));
        assert_eq!(totals.owned_revenue, 0.0);
    }
}
