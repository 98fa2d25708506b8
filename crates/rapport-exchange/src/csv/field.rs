//! What a column can mean: every field of a stakeholder the map has, plus the columns contact
//! exports carry around them (first and last name, manager, account).

use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    Name,
    FirstName,
    LastName,
    Title,
    Department,
    Email,
    Phone,
    /// Used when the row's phone is empty.
    MobilePhone,
    /// The contact's id in the file's source (CRM record id, employee id).
    CrmId,
    /// The solid-line manager: their CRM id, e-mail or name, whichever the column holds.
    ReportsTo,
    /// The manager's name, used when the row has no `ReportsTo` (Salesforce reports carry both).
    ReportsToName,
    /// Dotted-line managers, several separated by `;`.
    DottedTo,
    Roles,
    RoleTag,
    Attitude,
    Influence,
    Status,
    LastContact,
    CadenceDays,
    NpsScore,
    Birthday,
    Interests,
    PersonalNotes,
    /// The company the contact belongs to: rows for another company are left out.
    AccountName,
    /// The company's CRM id: rows for another id are left out when the target's id is known.
    AccountCrmId,
}

/// How much text a field may hold, for the size rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSize {
    Name,
    SingleLine,
    Notes,
}

impl Field {
    pub const ALL: [Field; 25] = [
        Field::Name,
        Field::FirstName,
        Field::LastName,
        Field::Title,
        Field::Department,
        Field::Email,
        Field::Phone,
        Field::MobilePhone,
        Field::CrmId,
        Field::ReportsTo,
        Field::ReportsToName,
        Field::DottedTo,
        Field::Roles,
        Field::RoleTag,
        Field::Attitude,
        Field::Influence,
        Field::Status,
        Field::LastContact,
        Field::CadenceDays,
        Field::NpsScore,
        Field::Birthday,
        Field::Interests,
        Field::PersonalNotes,
        Field::AccountName,
        Field::AccountCrmId,
    ];

    /// The column header in Rapport's template (see TEMPLATE.md), also the field's name in the
    /// preview and in `col=field` overrides.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Name",
            Field::FirstName => "First Name",
            Field::LastName => "Last Name",
            Field::Title => "Title",
            Field::Department => "Department",
            Field::Email => "Email",
            Field::Phone => "Phone",
            Field::MobilePhone => "Mobile Phone",
            Field::CrmId => "CRM ID",
            Field::ReportsTo => "Reports To",
            Field::ReportsToName => "Manager Name",
            Field::DottedTo => "Dotted To",
            Field::Roles => "Roles",
            Field::RoleTag => "Role Tag",
            Field::Attitude => "Attitude",
            Field::Influence => "Influence",
            Field::Status => "Status",
            Field::LastContact => "Last Contact",
            Field::CadenceDays => "Cadence Days",
            Field::NpsScore => "NPS",
            Field::Birthday => "Birthday",
            Field::Interests => "Interests",
            Field::PersonalNotes => "Personal Notes",
            Field::AccountName => "Account",
            Field::AccountCrmId => "Account ID",
        }
    }

    pub fn text_size(self) -> TextSize {
        match self {
            Field::Name | Field::FirstName | Field::LastName | Field::ReportsToName => {
                TextSize::Name
            }
            Field::PersonalNotes => TextSize::Notes,
            _ => TextSize::SingleLine,
        }
    }

    /// The columns Rapport's own template writes, in order.
    pub const TEMPLATE: [Field; 19] = [
        Field::Name,
        Field::Title,
        Field::Department,
        Field::Email,
        Field::Phone,
        Field::CrmId,
        Field::ReportsTo,
        Field::DottedTo,
        Field::Roles,
        Field::RoleTag,
        Field::Attitude,
        Field::Influence,
        Field::Status,
        Field::LastContact,
        Field::CadenceDays,
        Field::NpsScore,
        Field::Birthday,
        Field::Interests,
        Field::PersonalNotes,
    ];
}
