//! Recognising a contacts export by its headers, and what each header means.
//!
//! Headers are compared case-, space- and punctuation-insensitively ("Reports To: Full Name",
//! "reportsToFullName" and "REPORTS_TO_FULL_NAME" are one header). The format is told by the
//! headers only its exports write (Salesforce's API names are CamelCase, its report labels have
//! spaces; HubSpot writes "Record ID" and "Associated Company"; only Rapport writes "Attitude").

use super::field::Field;
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum Format {
    RapportTemplate,
    /// Data Loader / API export: `Id, FirstName, LastName, ReportsToId, AccountId`.
    SalesforceApi,
    /// A contacts report: `Contact ID, First Name, Reports To: Full Name, Account Name`.
    SalesforceReport,
    HubSpot,
    /// Name, title and a manager column (by name, id or e-mail), perhaps dotted lines.
    OrgChart,
    /// Nothing tells: the columns are read by their names alone.
    Unrecognised,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::RapportTemplate => "Rapport template",
            Format::SalesforceApi => "Salesforce (API names)",
            Format::SalesforceReport => "Salesforce report",
            Format::HubSpot => "HubSpot contacts",
            Format::OrgChart => "Org chart",
            Format::Unrecognised => "Contacts (format not recognised)",
        }
    }
}

/// Lower-case letters and digits only: "Reports To: Full Name" → "reportstofullname".
pub fn normalise_header(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Headers that only one format writes, exactly as it writes them (case-insensitively).
const SIGNATURES: [(Format, &[&str]); 4] = [
    (
        Format::RapportTemplate,
        &[
            "attitude",
            "influence",
            "role tag",
            "dotted to",
            "cadence days",
            "crm id",
            "personal notes",
            "last contact",
        ],
    ),
    (
        Format::SalesforceApi,
        &[
            "Id",
            "FirstName",
            "LastName",
            "ReportsToId",
            "AccountId",
            "Account.Name",
            "MobilePhone",
            "OwnerId",
        ],
    ),
    (
        Format::SalesforceReport,
        &[
            "contact id",
            "reports to id",
            "reports to: full name",
            "account name",
            "account id",
            "contact owner",
        ],
    ),
    (
        Format::HubSpot,
        &[
            "record id",
            "associated company",
            "buying role",
            "job title",
            "lifecycle stage",
            "lead status",
            "phone number",
        ],
    ),
];

/// The format whose own headers occur most often; an org chart when nothing else tells but a
/// name and a manager column are there.
pub fn detect_format(headers: &[String]) -> Format {
    let mut best = (Format::Unrecognised, 0usize);
    for (format, signature) in SIGNATURES {
        let hits = signature
            .iter()
            .filter(|wanted| {
                headers.iter().any(|h| {
                    let h = h.trim();
                    // Salesforce's API names are told by their exact CamelCase spelling.
                    if format == Format::SalesforceApi {
                        h == **wanted
                    } else {
                        h.eq_ignore_ascii_case(wanted)
                    }
                })
            })
            .count();
        // A lone "Id" column is no proof of Salesforce.
        let enough = if format == Format::SalesforceApi {
            2
        } else {
            1
        };
        if hits >= enough && hits > best.1 {
            best = (format, hits);
        }
    }
    if best.1 > 0 {
        return best.0;
    }
    let fields: Vec<Option<Field>> = headers
        .iter()
        .map(|h| field_for_header(Format::OrgChart, h))
        .collect();
    let has = |f: Field| fields.contains(&Some(f));
    if (has(Field::Name) || has(Field::LastName)) && has(Field::ReportsTo) {
        Format::OrgChart
    } else {
        Format::Unrecognised
    }
}

/// What a header means in a file of the given format; `None` for a column Rapport ignores.
pub fn field_for_header(format: Format, header: &str) -> Option<Field> {
    let key = normalise_header(header);
    // In org charts "Role" is the job; elsewhere it is the buying role.
    if format == Format::OrgChart && key == "role" {
        return Some(Field::Title);
    }
    field_for_normalised(&key)
}

/// The field a user means by a name typed in a `col=field` override or found as a header.
pub fn field_for_normalised(key: &str) -> Option<Field> {
    if let Some(field) = Field::ALL
        .into_iter()
        .find(|f| normalise_header(f.label()) == key)
    {
        return Some(field);
    }
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&key))
        .map(|(field, _)| *field)
}

/// Other headers for each field, normalised (English as the exports write them, and the
/// German an Excel user in the DACH region types).
const ALIASES: [(Field, &[&str]); 25] = [
    (
        Field::Name,
        &[
            "fullname",
            "contactname",
            "employeename",
            "displayname",
            "employee",
            "person",
            "contact",
        ],
    ),
    (Field::FirstName, &["givenname", "forename", "vorname"]),
    (Field::LastName, &["surname", "familyname", "nachname"]),
    (
        Field::Title,
        &["jobtitle", "position", "designation", "titel", "funktion"],
    ),
    (
        Field::Department,
        &["dept", "division", "businessunit", "abteilung"],
    ),
    (
        Field::Email,
        &[
            "emailaddress",
            "mail",
            "workemail",
            "businessemail",
            "emailadresse",
        ],
    ),
    (
        Field::Phone,
        &[
            "phonenumber",
            "businessphone",
            "workphone",
            "officephone",
            "telephone",
            "tel",
            "telefon",
        ],
    ),
    (
        Field::MobilePhone,
        &[
            "mobile",
            "mobilephonenumber",
            "cell",
            "cellphone",
            "mobil",
            "handy",
        ],
    ),
    (
        Field::CrmId,
        &[
            "id",
            "contactid",
            "recordid",
            "employeeid",
            "personid",
            "staffid",
            "externalid",
        ],
    ),
    (
        Field::ReportsTo,
        &[
            "reportstoid",
            "reportstoemail",
            "manager",
            "managerid",
            "manageremail",
            "supervisor",
            "supervisorid",
            "linemanager",
            "vorgesetzter",
        ],
    ),
    (
        Field::ReportsToName,
        &["reportstofullname", "reportstoname", "supervisorname"],
    ),
    (
        Field::DottedTo,
        &[
            "dottedline",
            "dottedlines",
            "dottedlineto",
            "dottedlinemanager",
            "dottedlinemanagers",
            "matrixmanager",
            "matrixmanagers",
            "indirectmanager",
        ],
    ),
    (
        Field::Roles,
        &["role", "buyingrole", "buyingroles", "buyingcenterrole"],
    ),
    (Field::RoleTag, &["tag", "methodrole"]),
    (Field::Attitude, &["stance", "sentiment"]),
    (Field::Influence, &["power"]),
    (Field::Status, &["contactstatus", "employmentstatus"]),
    (
        Field::LastContact,
        &[
            "lastcontacted",
            "lastcontactdate",
            "lastactivity",
            "lastactivitydate",
        ],
    ),
    (
        Field::CadenceDays,
        &["cadence", "contactcadence", "contactcadencedays"],
    ),
    (Field::NpsScore, &["npsscore"]),
    (Field::Birthday, &["birthdate", "dateofbirth", "geburtstag"]),
    (Field::Interests, &["hobbies"]),
    (
        Field::PersonalNotes,
        &["notes", "note", "description", "comments"],
    ),
    (
        Field::AccountName,
        &[
            "accountname",
            "company",
            "companyname",
            "associatedcompany",
            "organisation",
            "organization",
            "firma",
        ],
    ),
    (Field::AccountCrmId, &["companyid", "associatedcompanyid"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(line: &str) -> Vec<String> {
        line.split(',').map(str::to_owned).collect()
    }

    #[test]
    fn formats_are_told_by_their_own_headers() {
        for (line, format) in [
            (
                "Id,FirstName,LastName,Title,Department,Email,Phone,ReportsToId,AccountId",
                Format::SalesforceApi,
            ),
            (
                "Contact ID,First Name,Last Name,Title,Reports To: Full Name,Account Name",
                Format::SalesforceReport,
            ),
            (
                "Record ID,First Name,Last Name,Email,Job Title,Associated Company,Buying Role",
                Format::HubSpot,
            ),
            ("Full Name,Title,Department,Manager", Format::OrgChart),
            ("Name,Role,Supervisor,Dotted Line", Format::OrgChart),
            (
                "Name,Title,Reports To,Roles,Attitude,Influence",
                Format::RapportTemplate,
            ),
            ("Name,Title", Format::Unrecognised),
        ] {
            assert_eq!(detect_format(&headers(line)), format, "{line}");
        }
    }

    #[test]
    fn headers_match_whatever_their_case_spacing_and_punctuation() {
        for header in ["Reports To", "reports_to", "REPORTSTO", "Reports-To:"] {
            assert_eq!(
                field_for_header(Format::Unrecognised, header),
                Some(Field::ReportsTo)
            );
        }
        assert_eq!(
            field_for_header(Format::SalesforceReport, "Reports To: Full Name"),
            Some(Field::ReportsToName)
        );
        assert_eq!(
            field_for_header(Format::SalesforceApi, "Account.Name"),
            Some(Field::AccountName)
        );
        assert_eq!(
            field_for_header(Format::HubSpot, "E-mail"),
            Some(Field::Email)
        );
        assert_eq!(
            field_for_header(Format::OrgChart, "Role"),
            Some(Field::Title)
        );
        assert_eq!(
            field_for_header(Format::HubSpot, "Role"),
            Some(Field::Roles)
        );
        assert_eq!(field_for_header(Format::HubSpot, "Contact owner"), None);
    }

    #[test]
    fn every_alias_means_one_field() {
        let mut seen = std::collections::HashMap::new();
        for field in Field::ALL {
            assert_eq!(seen.insert(normalise_header(field.label()), field), None);
        }
        for (field, names) in ALIASES {
            for name in names {
                assert_eq!(normalise_header(name), *name, "{name} is not normalised");
                assert_eq!(seen.insert((*name).to_owned(), field), None, "{name}");
            }
        }
    }
}
