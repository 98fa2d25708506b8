//! The whitespace matrix: our offerings (rows, grouped by family) against the account's needs
//! (columns), each cell's state word and value, and the totals. A client-safe plan leaves the
//! values out unless the facilitator asks for the economics.

use super::format::money;
use super::names::Names;
use rapport_core::{AccountSnapshot, Offering, WhitespaceCell, WhitespaceState, whitespace_totals};
use serde::Serialize;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WhitespaceDoc {
    /// One table per few needs, so every column stays wide enough on a portrait page.
    pub tables: Vec<WhitespaceTable>,
    /// Owned revenue, open cross-sell and open up-sell; empty when values are left out.
    pub totals: Vec<super::Pair>,
    /// Said under the totals when some open cells have no value yet; else empty.
    pub totals_note: String,
    pub values_shown: bool,
}

#[derive(Serialize)]
pub(crate) struct WhitespaceTable {
    pub columns: Vec<String>,
    pub groups: Vec<FamilyRows>,
}

#[derive(Serialize)]
pub(crate) struct FamilyRows {
    pub family: String,
    pub rows: Vec<OfferingRow>,
}

#[derive(Serialize)]
pub(crate) struct OfferingRow {
    pub name: String,
    pub cells: Vec<Cell>,
}

#[derive(Serialize)]
pub(crate) struct Cell {
    /// The state's key for the template's colour ("owned", "opportunity", …; "" when unset).
    pub key: &'static str,
    /// The state's word, or empty where nothing was set.
    pub word: &'static str,
    /// The estimated value, or empty (none, or values left out).
    pub value: String,
    /// Who holds the budget, or empty.
    pub holder: String,
}

/// Needs per table: an offering column and five cells fit a portrait page legibly.
const NEED_COLUMNS: usize = 5;

/// The families' order: by name, the unnamed family ("Other offerings") last.
fn families(offerings: &[&Offering]) -> Vec<String> {
    let mut names: Vec<String> = offerings.iter().map(|o| o.family.clone()).collect();
    names.sort_by_key(|f| (f.is_empty(), f.to_lowercase()));
    names.dedup();
    names
}

fn key(state: WhitespaceState) -> &'static str {
    match state {
        WhitespaceState::Owned => "owned",
        WhitespaceState::InProgress => "inProgress",
        WhitespaceState::Opportunity => "opportunity",
        WhitespaceState::Competitor => "competitor",
        WhitespaceState::NotRelevant => "notRelevant",
    }
}

pub(super) fn whitespace(
    snapshot: &AccountSnapshot,
    values_shown: bool,
    names: &Names,
) -> WhitespaceDoc {
    let currency = &snapshot.account.currency;
    let cell_at = |o: &Offering, need: &rapport_core::NeedId| -> Option<&WhitespaceCell> {
        snapshot
            .whitespace
            .iter()
            .find(|c| c.offering == o.id && &c.need == need)
    };
    // Only the offerings this account's matrix says something about: the catalogue is the whole
    // workspace's, and rows of blanks would bury the ones that matter.
    let mut offerings: Vec<&Offering> = snapshot
        .offerings
        .iter()
        .filter(|o| snapshot.whitespace.iter().any(|c| c.offering == o.id))
        .collect();
    offerings.sort_by_key(|o| o.name.to_lowercase());

    let tables = snapshot
        .needs
        .chunks(NEED_COLUMNS)
        .map(|needs| WhitespaceTable {
            columns: needs.iter().map(|n| n.name.clone()).collect(),
            groups: families(&offerings)
                .into_iter()
                .map(|family| FamilyRows {
                    rows: offerings
                        .iter()
                        .filter(|o| o.family == family)
                        .map(|o| OfferingRow {
                            name: o.name.clone(),
                            cells: needs
                                .iter()
                                .map(|n| match cell_at(o, &n.id) {
                                    None => Cell {
                                        key: "",
                                        word: "",
                                        value: String::new(),
                                        holder: String::new(),
                                    },
                                    Some(c) => Cell {
                                        key: key(c.state),
                                        word: c.state.label(),
                                        value: match c.estimated_value {
                                            Some(v) if values_shown => money(currency, v),
                                            _ => String::new(),
                                        },
                                        holder: c
                                            .budget_holder
                                            .as_ref()
                                            .map(|h| names.stakeholder(h).to_string())
                                            .unwrap_or_default(),
                                    },
                                })
                                .collect(),
                        })
                        .collect(),
                    family: if family.is_empty() {
                        "Other offerings".into()
                    } else {
                        family
                    },
                })
                .collect(),
        })
        .filter(|_| !offerings.is_empty())
        .collect();

    let sums = whitespace_totals(&snapshot.whitespace);
    let (totals, totals_note) = if values_shown {
        let missing = sums.open_cells_without_value;
        (
            vec![
                pair("Owned revenue", money(currency, sums.owned_revenue)),
                pair("Open cross-sell", money(currency, sums.open_cross_sell)),
                pair("Open up-sell", money(currency, sums.open_up_sell)),
            ],
            match missing {
                0 => String::new(),
                1 => "1 open cell has no estimated value yet.".into(),
                n => format!("{n} open cells have no estimated value yet."),
            },
        )
    } else {
        (Vec::new(), String::new())
    };
    WhitespaceDoc {
        tables,
        totals,
        totals_note,
        values_shown,
    }
}

fn pair(label: &str, value: String) -> super::Pair {
    super::Pair {
        label: label.into(),
        value,
    }
}
