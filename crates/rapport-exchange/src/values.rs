//! Cell text to values: cleaned text, role words, attitudes, statuses, numbers and dates.

use crate::csv::{Field, TextSize};
use crate::problem::ProblemKind;
use chrono::NaiveDate;
use rapport_core::{Attitude, Role, StakeholderStatus, roles_for_term};

/// Text as stored: Excel's formula guard (`'=…`) removed; single-line fields with every run of
/// white space (line breaks included) made one space; notes with `\n` line ends.
pub fn clean_cell(field: Field, raw: &str) -> String {
    let raw = raw.trim();
    let raw = match raw.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => raw,
    };
    if field.text_size() == TextSize::Notes {
        raw.replace("\r\n", "\n")
            .replace('\r', "\n")
            .trim()
            .to_owned()
    } else {
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A list in one cell (dotted-line managers): `;`, `|` or line breaks separate; commas do not,
/// because names are often written "Ng, Tom".
pub fn split_list(cell: &str) -> Vec<String> {
    cell.split([';', '|', '\n', '\r'])
        .map(|part| part.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|part| !part.is_empty())
        .collect()
}

/// Lower case, `&` as "and", single spaces: "Legal & Compliance" → "legal and compliance".
fn normalise_word(word: &str) -> String {
    word.replace('&', " and ")
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub fn parse_attitude(word: &str) -> Option<Attitude> {
    match normalise_word(word).as_str() {
        "champion" => Some(Attitude::Champion),
        "supporter" => Some(Attitude::Supporter),
        "neutral" => Some(Attitude::Neutral),
        "skeptic" | "sceptic" => Some(Attitude::Skeptic),
        "blocker" => Some(Attitude::Blocker),
        _ => None,
    }
}

pub fn parse_status(word: &str) -> Option<StakeholderStatus> {
    match normalise_word(word).replace(' ', "").as_str() {
        "active" | "current" => Some(StakeholderStatus::Active),
        "left" | "leftthecompany" | "leftcompany" | "former" | "formeremployee" | "inactive" => {
            Some(StakeholderStatus::LeftCompany)
        }
        _ => None,
    }
}

/// What a roles cell says: Rapport's roles, another method's words kept as the role tag, and an
/// attitude when a word is one ("Champion", "Blocker" in HubSpot's buying roles).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoleWords {
    pub roles: Vec<Role>,
    pub tag: String,
    pub attitude: Option<Attitude>,
}

/// HubSpot's buying roles that core's crosswalk does not name.
const HUBSPOT_ROLES: [(&str, &[Role]); 4] = [
    ("budget holder", &[Role::Budget]),
    ("executive sponsor", &[Role::Budget]),
    ("legal and compliance", &[Role::Gatekeeper]),
    ("other", &[]),
];

/// Reads role words separated by `;`, `,` or `|`; the first word Rapport does not know is the
/// error.
pub fn parse_roles(cell: &str) -> Result<RoleWords, String> {
    let mut out = RoleWords::default();
    let mut tags: Vec<&str> = Vec::new();
    for word in cell.split([';', ',', '|', '\n', '\r']).map(str::trim) {
        if word.is_empty() {
            continue;
        }
        let key = normalise_word(word);
        let plain = match key.as_str() {
            "budget" | "b" => Some(Role::Budget),
            "gatekeeper" | "g" => Some(Role::Gatekeeper),
            "user" | "u" => Some(Role::User),
            _ => None,
        };
        let roles: Vec<Role> = if let Some(role) = plain {
            vec![role]
        } else if let Some(attitude) = parse_attitude(word) {
            out.attitude = Some(attitude);
            Vec::new()
        } else if let Some(entry) = roles_for_term(word) {
            entry.roles
        } else if let Some((_, roles)) = HUBSPOT_ROLES.iter().find(|(k, _)| *k == key) {
            roles.to_vec()
        } else {
            return Err(word.to_owned());
        };
        if plain.is_none() && !tags.contains(&word) {
            tags.push(word);
        }
        for role in roles {
            if !out.roles.contains(&role) {
                out.roles.push(role);
            }
        }
    }
    out.roles.sort();
    out.tag = tags.join(", ");
    Ok(out)
}

/// A whole number in `min..=max`; Excel's "3.0" counts as 3.
pub fn parse_whole(value: &str, min: u32, max: u32) -> Result<u32, ProblemKind> {
    let bad = || ProblemKind::BadNumber {
        value: value.to_owned(),
        min,
        max,
    };
    let number = value
        .trim()
        .strip_suffix(".0")
        .unwrap_or(value.trim())
        .parse::<u32>()
        .map_err(|_| bad())?;
    if (min..=max).contains(&number) {
        Ok(number)
    } else {
        Err(bad())
    }
}

pub fn parse_influence(value: &str) -> Result<u8, ProblemKind> {
    parse_whole(value, 1, 5)
        .ok()
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| ProblemKind::InfluenceOutOfRange {
            value: value.to_owned(),
        })
}

/// Whether `a/b/yyyy` dates in a column put the day or the month first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// The numeric parts of `a/b/y`, `a-b-y` or `a.b.y` (time of day cut off), and the separator.
fn numeric_parts(value: &str) -> Option<([u32; 3], [usize; 3], char)> {
    let token = value.trim().split([' ', 'T']).next()?;
    let separator = token.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = token.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(a) && digits(b) && digits(c)) {
        return None;
    }
    Some((
        [a.parse().ok()?, b.parse().ok()?, c.parse().ok()?],
        [a.len(), b.len(), c.len()],
        separator,
    ))
}

/// The order the column's unambiguous dates show (a first part above 12 is a day, a second
/// part above 12 makes the first a month); `None` when nothing shows it, or both do.
pub fn detect_date_order<'a>(values: impl Iterator<Item = &'a str>) -> Option<DateOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for value in values {
        if let Some(([a, b, _], [len_a, _, _], separator)) = numeric_parts(value)
            && len_a <= 2
            && separator != '.'
        {
            day_first |= a > 12 && b <= 12;
            month_first |= b > 12 && a <= 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

const WORD_FORMATS: [&str; 4] = ["%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y"];

/// ISO dates (a time after them is ignored), `14.03.2025`, `14/03/2025` or `03/14/2025` in the
/// column's order, and "14 March 2025".
pub fn parse_date(value: &str, order: Option<DateOrder>) -> Result<NaiveDate, ProblemKind> {
    let bad = || ProblemKind::BadDate {
        value: value.to_owned(),
    };
    if let Some(date) = WORD_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(value.trim(), f).ok())
    {
        return Ok(date);
    }
    let ([a, b, c], [len_a, _, len_c], separator) = numeric_parts(value).ok_or_else(bad)?;
    let full_year = |y: u32, len: usize| match len {
        1 | 2 if y < 50 => y + 2000,
        1 | 2 => y + 1900,
        _ => y,
    };
    let (year, month, day) = if len_a == 4 {
        (a, b, c)
    } else if len_c == 3 || len_a == 3 {
        return Err(bad());
    } else if separator == '.' || a > 12 || a == b {
        (full_year(c, len_c), b, a)
    } else if b > 12 {
        (full_year(c, len_c), a, b)
    } else {
        match order {
            Some(DateOrder::DayFirst) => (full_year(c, len_c), b, a),
            Some(DateOrder::MonthFirst) => (full_year(c, len_c), a, b),
            None => {
                return Err(ProblemKind::AmbiguousDate {
                    value: value.to_owned(),
                });
            }
        }
    };
    let year = i32::try_from(year).map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn cells_are_cleaned_for_their_field() {
        assert_eq!(
            clean_cell(Field::Title, " Head of\r\n  Operations "),
            "Head of Operations"
        );
        assert_eq!(clean_cell(Field::PersonalNotes, "a\r\nb\rc"), "a\nb\nc");
        assert_eq!(clean_cell(Field::Phone, "'+49 30 1234"), "+49 30 1234");
        assert_eq!(clean_cell(Field::Name, "'Tis"), "'Tis");
    }

    #[test]
    fn role_words_from_rapport_crosswalk_and_hubspot() {
        let r = parse_roles("Decision Maker;Champion").expect("known");
        assert_eq!(r.roles, [Role::Budget]);
        assert_eq!(r.attitude, Some(Attitude::Champion));
        assert_eq!(r.tag, "Decision Maker, Champion");
        let r = parse_roles("Budget; User").expect("known");
        assert_eq!(
            (r.roles, r.tag),
            (vec![Role::Budget, Role::User], String::new())
        );
        let r = parse_roles("Legal & Compliance").expect("known");
        assert_eq!(r.roles, [Role::Gatekeeper]);
        let r = parse_roles("Influencer, End User, Budget Holder, Blocker").expect("known");
        assert_eq!(r.roles, [Role::Budget, Role::User]);
        assert_eq!(r.attitude, Some(Attitude::Blocker));
        assert_eq!(parse_roles("Budget; astrologer"), Err("astrologer".into()));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_influence("4"), Ok(4));
        assert_eq!(parse_influence("4.0"), Ok(4));
        assert!(parse_influence("0").is_err());
        assert!(parse_influence("6").is_err());
        assert!(parse_influence("high").is_err());
        assert_eq!(parse_whole("30", 1, 3650), Ok(30));
        assert!(parse_whole("-3", 1, 3650).is_err());
    }

    #[test]
    fn dates_in_the_shapes_spreadsheets_write() {
        assert_eq!(parse_date("2025-03-14", None), Ok(date(2025, 3, 14)));
        assert_eq!(
            parse_date("2025-03-14T09:30:00Z", None),
            Ok(date(2025, 3, 14))
        );
        assert_eq!(parse_date("2025/03/14 09:30", None), Ok(date(2025, 3, 14)));
        assert_eq!(parse_date("14.03.2025", None), Ok(date(2025, 3, 14)));
        assert_eq!(parse_date("14/03/2025", None), Ok(date(2025, 3, 14)));
        assert_eq!(parse_date("03/14/2025", None), Ok(date(2025, 3, 14)));
        assert_eq!(parse_date("14 March 2025", None), Ok(date(2025, 3, 14)));
        assert_eq!(
            parse_date("03/04/25", Some(DateOrder::DayFirst)),
            Ok(date(2025, 4, 3))
        );
        assert!(matches!(
            parse_date("03/04/2025", None),
            Err(ProblemKind::AmbiguousDate { .. })
        ));
        assert!(matches!(
            parse_date("2025-02-30", None),
            Err(ProblemKind::BadDate { .. })
        ));
        assert!(matches!(
            parse_date("soon", None),
            Err(ProblemKind::BadDate { .. })
        ));
    }

    #[test]
    fn a_column_tells_its_date_order() {
        let order = |v: &[&str]| detect_date_order(v.iter().copied());
        assert_eq!(
            order(&["03/04/2025", "25/12/2024"]),
            Some(DateOrder::DayFirst)
        );
        assert_eq!(
            order(&["03/04/2025", "12/25/2024"]),
            Some(DateOrder::MonthFirst)
        );
        assert_eq!(order(&["03/04/2025"]), None);
        assert_eq!(order(&["25/12/2024", "12/25/2024"]), None);
    }
}
