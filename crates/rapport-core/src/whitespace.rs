//! Our offerings against the account's needs: where we sell, could sell, or lose to others.

use crate::ids::{NeedId, OfferingId, StakeholderId};
use crate::vocabulary::labels;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Offering {
    pub id: OfferingId,
    pub name: String,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct WhitespaceCell {
    pub offering: OfferingId,
    pub need: NeedId,
    pub state: WhitespaceState,
    /// Who holds the budget for this cell.
    pub budget_holder: Option<StakeholderId>,
}
