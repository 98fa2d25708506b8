//! Typed string ids. They are strings (ULIDs made by the store) because the UI reads them and
//! specta refuses 64-bit integers; the newtypes keep a stakeholder id from being passed where a
//! team member id is expected.

use serde::{Deserialize, Serialize};
use specta::Type;
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }
    };
}

string_id!(
    /// A client company.
    AccountId
);
string_id!(
    /// A person at the client.
    StakeholderId
);
string_id!(
    /// One of our people.
    TeamMemberId
);
string_id!(
    /// A reports-to, covers, influences or conflict line.
    LinkId
);
string_id!(
    /// A goal (Determine).
    GoalId
);
string_id!(
    /// An initiative (Implement).
    InitiativeId
);
string_id!(
    /// A dated review (Review and measure).
    ReviewId
);
string_id!(
    /// An entry in the interaction log.
    InteractionId
);
string_id!(
    /// A manual issue, problem or opportunity written in Analyse.
    NoteId
);
string_id!(
    /// One of our products or services.
    OfferingId
);
string_id!(
    /// A need or business unit of the account.
    NeedId
);
string_id!(
    /// A date that matters to a stakeholder besides their birthday.
    PersonalDateId
);
string_id!(
    /// A thank-you we owe a stakeholder.
    ThankYouId
);
string_id!(
    /// A prospect's request to speak to a reference account.
    ReferenceRequestId
);

/// Either side of a map line: a client stakeholder or one of our team members.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type)]
#[serde(tag = "kind", content = "id", rename_all = "camelCase")]
pub enum PersonId {
    Stakeholder(StakeholderId),
    TeamMember(TeamMemberId),
}

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PersonId::Stakeholder(id) => write!(f, "{id}"),
            PersonId::TeamMember(id) => write!(f, "{id}"),
        }
    }
}
