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

/// A way the client may speak for us to a prospect.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum ReferenceKind {
    /// Named in our reference list and proposals.
    NamedReference,
    /// Takes a call from a prospect.
    ReferenceCall,
    /// Appears in a published case study.
    CaseStudy,
}

labels!(ReferenceKind {
    NamedReference => "Named reference",
    ReferenceCall => "Reference calls",
    CaseStudy => "Case study",
});

/// Whether the client would speak for us, and what a prospect would match them on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Referenceability {
    /// What they are willing to do, in [`ReferenceKind::ALL`] order, each once.
    pub willing_to: Vec<ReferenceKind>,
    pub industry: String,
    pub geography: String,
    /// Free text such as "12,000 employees".
    pub size: String,
    /// The problem we solved for them, as a prospect would recognise it.
    pub problem_solved: String,
}

impl Referenceability {
    /// What reference-ability was before it had details: one word (`unknown`, `no`, `private`,
    /// `public`). A private reference takes calls; a public one is also named.
    pub fn from_word(word: &str) -> Option<Self> {
        let willing_to = match word {
            "unknown" | "no" => vec![],
            "private" => vec![ReferenceKind::ReferenceCall],
            "public" => vec![ReferenceKind::NamedReference, ReferenceKind::ReferenceCall],
            _ => return None,
        };
        Some(Self {
            willing_to,
            ..Self::default()
        })
    }

    pub fn is_willing(&self, kind: ReferenceKind) -> bool {
        self.willing_to.contains(&kind)
    }
}

/// Reads the current shape, and the one word stored before the details existed (older
/// workspaces' review snapshots and exported documents), so no stored account stops loading.
impl<'de> Deserialize<'de> for Referenceability {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize, Default)]
        #[serde(rename_all = "camelCase", default)]
        struct Details {
            willing_to: Vec<ReferenceKind>,
            industry: String,
            geography: String,
            size: String,
            problem_solved: String,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Stored {
            Word(String),
            Details(Details),
        }
        match Stored::deserialize(deserializer)? {
            Stored::Word(word) => Self::from_word(&word).ok_or_else(|| {
                serde::de::Error::custom(format!("unknown reference-ability \"{word}\""))
            }),
            Stored::Details(d) => Ok(Self {
                willing_to: d.willing_to,
                industry: d.industry,
                geography: d.geography,
                size: d.size,
                problem_solved: d.problem_solved,
            }),
        }
    }
}

/// The client's answer to "how likely are you to recommend us?" (0–10) on one day. Kept per
/// account over time, beside each person's own latest score, so the account's NPS has a trend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NpsScore {
    pub date: NaiveDate,
    pub score: u8,
}

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
            referenceability: Referenceability::default(),
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
