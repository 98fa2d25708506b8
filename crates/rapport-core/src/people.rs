//! The people on a map: the client's stakeholders and our own team members.

use crate::ids::{StakeholderId, TeamMemberId};
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The seeds' buying roles. A stakeholder may hold several; other methods' words map onto these
/// through [`crate::crosswalk`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    Budget,
    Gatekeeper,
    User,
}

labels!(Role {
    Budget => "Budget",
    Gatekeeper => "Gatekeeper",
    User => "User",
});

impl Role {
    /// The one-letter badge shown on map cards and in the PDF.
    pub fn letter(self) -> char {
        match self {
            Role::Budget => 'B',
            Role::Gatekeeper => 'G',
            Role::User => 'U',
        }
    }
}

/// How a stakeholder feels about us, from best to worst.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Attitude {
    Champion,
    Supporter,
    Neutral,
    Skeptic,
    Blocker,
}

labels!(Attitude {
    Champion => "Champion",
    Supporter => "Supporter",
    Neutral => "Neutral",
    Skeptic => "Skeptic",
    Blocker => "Blocker",
});

impl Attitude {
    /// The label inside a sentence ("a blocker with influence 5"), without allocating: finding
    /// texts are built by the thousand.
    pub fn word(self) -> &'static str {
        match self {
            Attitude::Champion => "champion",
            Attitude::Supporter => "supporter",
            Attitude::Neutral => "neutral",
            Attitude::Skeptic => "skeptic",
            Attitude::Blocker => "blocker",
        }
    }

    /// +2 for a champion down to -2 for a blocker: the "interest/support" axis of the power grid.
    pub fn score(self) -> i8 {
        match self {
            Attitude::Champion => 2,
            Attitude::Supporter => 1,
            Attitude::Neutral => 0,
            Attitude::Skeptic => -1,
            Attitude::Blocker => -2,
        }
    }

    pub fn is_hostile(self) -> bool {
        matches!(self, Attitude::Skeptic | Attitude::Blocker)
    }
}

/// Whether a stakeholder is still at the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type, Default)]
#[serde(rename_all = "camelCase")]
pub enum StakeholderStatus {
    #[default]
    Active,
    LeftCompany,
}

labels!(StakeholderStatus {
    Active => "Active",
    LeftCompany => "Left the company",
});

/// Where a person's card sits on the map, in map units (the editor's pixels at zoom 1).
///
/// Exported to TypeScript as plain `number`s: specta's default for `f64` is `number | null` to
/// allow for NaN, which a position never holds (the store refuses non-finite coordinates).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type, Default)]
pub struct Position {
    #[specta(type = i32)]
    pub x: f64,
    #[specta(type = i32)]
    pub y: f64,
}

/// A card's place on the map; `pinned` marks a position the facilitator chose, which a layout of
/// unplaced people must keep.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, Type)]
pub struct Placement {
    pub position: Position,
    pub pinned: bool,
}

/// A person at the client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Stakeholder {
    pub id: StakeholderId,
    pub name: String,
    pub title: String,
    pub department: String,
    pub email: String,
    pub phone: String,
    /// The person's contact id in the CRM their details came from (a Salesforce `Id`, a HubSpot
    /// record id), empty when unknown: a re-import matches people by it first, and the
    /// Salesforce export writes it back. Reviews frozen before it existed read it as empty.
    #[serde(default)]
    pub crm_id: String,
    /// Personal notes: birthday, interests, family. Left out of client-safe exports.
    pub personal_notes: String,
    pub birthday: Option<NaiveDate>,
    pub interests: String,
    pub roles: Vec<Role>,
    /// Another method's word for this person (e.g. "coach", "technical buyer"), kept verbatim.
    pub role_tag: String,
    pub attitude: Attitude,
    /// 1 (little say) to 5 (decides).
    pub influence: u8,
    pub status: StakeholderStatus,
    pub last_contact: Option<NaiveDate>,
    /// How often we want to be in touch, in days. `None` means the default of 90 days.
    pub cadence_days: Option<u32>,
    /// The person's last "would you recommend us" score, 0–10.
    pub nps_score: Option<u8>,
    pub placement: Option<Placement>,
}

impl Stakeholder {
    /// A stakeholder with only a name; every other field at its neutral default.
    pub fn named(id: impl Into<StakeholderId>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            title: String::new(),
            department: String::new(),
            email: String::new(),
            phone: String::new(),
            crm_id: String::new(),
            personal_notes: String::new(),
            birthday: None,
            interests: String::new(),
            roles: Vec::new(),
            role_tag: String::new(),
            attitude: Attitude::Neutral,
            influence: 3,
            status: StakeholderStatus::Active,
            last_contact: None,
            cadence_days: None,
            nps_score: None,
            placement: None,
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_active(&self) -> bool {
        self.status == StakeholderStatus::Active
    }
}

/// The blank person `named` makes: what a field missing from an older stored review reads as.
impl Default for Stakeholder {
    fn default() -> Self {
        Self::named("", "")
    }
}

/// What one of our people does for the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum TeamRole {
    AccountManager,
    ExecutiveSponsor,
    Specialist,
    Support,
    Other,
}

labels!(TeamRole {
    AccountManager => "Account manager",
    ExecutiveSponsor => "Executive sponsor",
    Specialist => "Specialist",
    Support => "Support",
    Other => "Other",
});

/// One of our people, as placed on one account's map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    pub id: TeamMemberId,
    pub name: String,
    pub title: String,
    pub team_role: TeamRole,
    pub email: String,
    pub placement: Option<Placement>,
}

impl TeamMember {
    pub fn named(id: impl Into<TeamMemberId>, name: impl Into<String>, role: TeamRole) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            title: String::new(),
            team_role: role,
            email: String::new(),
            placement: None,
        }
    }
}

/// The blank team member `named` makes: what a field missing from an older stored review reads
/// as.
impl Default for TeamMember {
    fn default() -> Self {
        Self::named("", "", TeamRole::Other)
    }
}
