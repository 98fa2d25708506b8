//! The client company and its economics.

use crate::ids::AccountId;
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Where the account is in its life with us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum LifecycleStage {
    Awareness,
    Purchase,
    Experience,
    Loyalty,
    Advocacy,
}

labels!(LifecycleStage {
    Awareness => "Awareness",
    Purchase => "Purchase",
    Experience => "Experience",
    Loyalty => "Loyalty",
    Advocacy => "Advocacy",
});

/// Whether the client would act as a reference for us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Referenceability {
    Unknown,
    No,
    Private,
    Public,
}

labels!(Referenceability {
    Unknown => "Unknown",
    No => "No",
    Private => "Private",
    Public => "Public",
});

/// The inputs of customer lifetime value; money in the account's currency.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type, Default)]
#[serde(rename_all = "camelCase")]
pub struct LifetimeValueInputs {
    pub average_deal_size: f64,
    pub purchases_per_year: f64,
    pub expected_tenure_years: f64,
    /// 0.0–1.0; when set, lifetime value is reported as margin rather than revenue.
    pub gross_margin: Option<f64>,
}

/// The client's own goals over four horizons (Analyse).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
#[serde(rename_all = "camelCase")]
pub struct ClientGoals {
    pub months3: String,
    pub months6: String,
    pub months12: String,
    pub months18: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    pub industry: String,
    pub region: String,
    /// Free text such as "12,000 employees".
    pub size: String,
    pub lifecycle_stage: LifecycleStage,
    pub annual_revenue: f64,
    pub currency: String,
    pub lifetime_value: LifetimeValueInputs,
    pub strategy: String,
    pub client_goals: ClientGoals,
    /// The relationship with the account in one word (Understand).
    pub relationship_word: String,
    pub referenceability: Referenceability,
    pub created_on: NaiveDate,
}

impl Account {
    /// An account with only a name and creation date; every other field empty or neutral.
    pub fn named(id: impl Into<AccountId>, name: impl Into<String>, created_on: NaiveDate) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            industry: String::new(),
            region: String::new(),
            size: String::new(),
            lifecycle_stage: LifecycleStage::Awareness,
            annual_revenue: 0.0,
            currency: String::new(),
            lifetime_value: LifetimeValueInputs::default(),
            strategy: String::new(),
            client_goals: ClientGoals::default(),
            relationship_word: String::new(),
            referenceability: Referenceability::Unknown,
            created_on,
        }
    }
}

/// The blank account `named` makes: what a field missing from an older stored review reads as.
impl Default for Account {
    fn default() -> Self {
        Self::named("", "", NaiveDate::default())
    }
}
