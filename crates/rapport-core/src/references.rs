//! Reference accounts: finding clients willing to speak for us to a prospect, and not asking the
//! same ones over and over.

use crate::account::{Account, ReferenceKind, Referenceability};
use crate::ids::{AccountId, ReferenceRequestId};
use crate::vocabulary::labels;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A prospect asked to speak to a reference account, on a day. Kept on the reference account;
/// when the prospect is an account of the workspace too, it shows on theirs as well.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRequest {
    pub id: ReferenceRequestId,
    /// The account that was asked to be the reference.
    pub reference_account: AccountId,
    pub date: NaiveDate,
    pub prospect_name: String,
    /// The prospect's own account, when it is one of the workspace's.
    pub prospect_account: Option<AccountId>,
    pub note: String,
}

/// A company's size in employees, in the bands prospects compare themselves by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "camelCase")]
pub enum SizeBand {
    /// Fewer than 250 employees.
    Small,
    /// 250 to 999.
    Medium,
    /// 1,000 to 9,999.
    Large,
    /// 10,000 or more.
    Enterprise,
}

labels!(SizeBand {
    Small => "Under 250",
    Medium => "250–999",
    Large => "1,000–9,999",
    Enterprise => "10,000+",
});

impl SizeBand {
    /// The band of a size written as free text. A number wins ("12,000 employees",
    /// "1,000–5,000", "5k"): the first one, thousands separators (`,` `.` `'` and thin spaces
    /// between digit groups) ignored and a `k` read as thousands. Without one, the common words
    /// are read ("startup", "SME", "mid-market", "large", "large enterprise", "global"). `None`
    /// when neither is there, so an account whose size is unknown matches no band rather than the
    /// wrong one.
    pub fn of(size: &str) -> Option<SizeBand> {
        let Some(employees) = first_number(size) else {
            return band_in_words(size);
        };
        Some(match employees {
            0..250 => SizeBand::Small,
            250..1_000 => SizeBand::Medium,
            1_000..10_000 => SizeBand::Large,
            _ => SizeBand::Enterprise,
        })
    }
}

/// The words people write for a company's size, each with its band, tried in this order: the
/// small and medium words first, so "small enterprise" is not read as "enterprise", and "large
/// enterprise" before "large".
const SIZE_WORDS: &[(&[&str], SizeBand)] = &[
    (&["small"], SizeBand::Small),
    (&["sme"], SizeBand::Small),
    (&["smes"], SizeBand::Small),
    (&["smb"], SizeBand::Small),
    (&["startup"], SizeBand::Small),
    (&["start", "up"], SizeBand::Small),
    (&["micro"], SizeBand::Small),
    (&["mid", "market"], SizeBand::Medium),
    (&["midmarket"], SizeBand::Medium),
    (&["mid", "sized"], SizeBand::Medium),
    (&["mid", "size"], SizeBand::Medium),
    (&["midsize"], SizeBand::Medium),
    (&["midsized"], SizeBand::Medium),
    (&["medium"], SizeBand::Medium),
    (&["large", "enterprise"], SizeBand::Enterprise),
    (&["enterprise"], SizeBand::Enterprise),
    (&["global"], SizeBand::Enterprise),
    (&["multinational"], SizeBand::Enterprise),
    (&["large"], SizeBand::Large),
];

/// The band named by whole words of `text` (ignoring case and hyphens), if any.
fn band_in_words(text: &str) -> Option<SizeBand> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    SIZE_WORDS.iter().find_map(|(phrase, band)| {
        words
            .windows(phrase.len())
            .any(|w| w == *phrase)
            .then_some(*band)
    })
}

fn first_number(text: &str) -> Option<u64> {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().position(char::is_ascii_digit)?;
    let mut value: u64 = 0;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = c.to_digit(10) {
            value = value.saturating_mul(10).saturating_add(u64::from(d));
        } else if matches!(c, ',' | '.' | '\'' | '\u{202f}' | '\u{2009}')
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            // A thousands separator between digit groups.
        } else {
            break;
        }
        i += 1;
    }
    if chars.get(i).is_some_and(|c| matches!(c, 'k' | 'K')) {
        value = value.saturating_mul(1_000);
    }
    Some(value)
}

/// What the reference finder is asked; empty text and `None` match every account. Text matches
/// when the account's detail contains it, ignoring case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", default)]
pub struct ReferenceQuery {
    pub industry: String,
    pub geography: String,
    pub size_band: Option<SizeBand>,
    pub problem_solved: String,
    /// Only accounts willing to do this.
    pub kind: Option<ReferenceKind>,
}

/// One account the finder offers, with how much it has been asked already.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceCandidate {
    pub account: AccountId,
    pub name: String,
    /// What a prospect is matched on, each detail falling back to the account's profile (its
    /// industry, region and size) when the reference detail is empty.
    pub industry: String,
    pub geography: String,
    pub size: String,
    pub size_band: Option<SizeBand>,
    pub problem_solved: String,
    pub willing_to: Vec<ReferenceKind>,
    /// How many reference requests the account has had.
    pub times_asked: u32,
    /// The day of the latest one.
    pub last_used: Option<NaiveDate>,
}

fn or_profile(reference: &str, profile: &str) -> String {
    if reference.trim().is_empty() {
        profile.to_owned()
    } else {
        reference.to_owned()
    }
}

fn contains(haystack: &str, needle: &str) -> bool {
    let needle = needle.trim();
    needle.is_empty() || haystack.to_lowercase().contains(&needle.to_lowercase())
}

/// The accounts willing to be a reference in some way that match `query`, least used first: the
/// fewest requests, then the longest since the last one (never asked first), then by name. The
/// caller passes the portfolio's current accounts (archived ones left out) and every reference
/// request of the workspace.
pub fn find_references(
    accounts: &[Account],
    requests: &[ReferenceRequest],
    query: &ReferenceQuery,
) -> Vec<ReferenceCandidate> {
    let mut found: Vec<ReferenceCandidate> = accounts
        .iter()
        .filter(|a| !a.referenceability.willing_to.is_empty())
        .filter(|a| query.kind.is_none_or(|k| a.referenceability.is_willing(k)))
        .map(|a| candidate(a, &a.referenceability, requests))
        .filter(|c| {
            contains(&c.industry, &query.industry)
                && contains(&c.geography, &query.geography)
                && contains(&c.problem_solved, &query.problem_solved)
                && query.size_band.is_none_or(|band| c.size_band == Some(band))
        })
        .collect();
    found.sort_by(|a, b| {
        a.times_asked
            .cmp(&b.times_asked)
            .then_with(|| a.last_used.cmp(&b.last_used))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.account.cmp(&b.account))
    });
    found
}

fn candidate(
    a: &Account,
    r: &Referenceability,
    requests: &[ReferenceRequest],
) -> ReferenceCandidate {
    let asked: Vec<&ReferenceRequest> = requests
        .iter()
        .filter(|q| q.reference_account == a.id)
        .collect();
    let size = or_profile(&r.size, &a.size);
    ReferenceCandidate {
        account: a.id.clone(),
        name: a.name.clone(),
        industry: or_profile(&r.industry, &a.industry),
        geography: or_profile(&r.geography, &a.region),
        size_band: SizeBand::of(&size),
        size,
        problem_solved: r.problem_solved.clone(),
        willing_to: r.willing_to.clone(),
        times_asked: u32::try_from(asked.len()).unwrap_or(u32::MAX),
        last_used: asked.iter().map(|q| q.date).max(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::day;

    fn account(id: &str, willing: &[ReferenceKind], edit: impl FnOnce(&mut Account)) -> Account {
        let mut a = Account::named(id, id.to_uppercase(), day(2024, 1, 1));
        a.referenceability.willing_to = willing.to_vec();
        edit(&mut a);
        a
    }

    fn asked(id: &str, account: &str, date: NaiveDate) -> ReferenceRequest {
        ReferenceRequest {
            id: id.into(),
            reference_account: account.into(),
            date,
            prospect_name: "Prospect".into(),
            ..ReferenceRequest::default()
        }
    }

    const CALLS: &[ReferenceKind] = &[ReferenceKind::ReferenceCall];

    fn portfolio() -> Vec<Account> {
        vec![
            account("helios", CALLS, |a| {
                a.industry = "Logistics".into();
                a.region = "Germany".into();
                a.size = "12,000 employees".into();
                a.referenceability.problem_solved = "Late deliveries".into();
            }),
            account(
                "nord",
                &[ReferenceKind::CaseStudy, ReferenceKind::ReferenceCall],
                |a| {
                    a.industry = "Logistics".into();
                    a.referenceability.geography = "Nordics".into();
                    a.referenceability.size = "800".into();
                },
            ),
            account("kappa", CALLS, |a| a.industry = "Retail".into()),
            account("quiet", &[], |a| a.industry = "Logistics".into()),
        ]
    }

    fn names(found: &[ReferenceCandidate]) -> Vec<&str> {
        found.iter().map(|c| c.account.as_str()).collect()
    }

    #[test]
    fn only_willing_accounts_matching_every_filter_are_found() {
        let all = find_references(&portfolio(), &[], &ReferenceQuery::default());
        assert_eq!(
            names(&all),
            ["helios", "kappa", "nord"],
            "unwilling left out, by name"
        );
        let logistics = ReferenceQuery {
            industry: "logist".into(),
            ..ReferenceQuery::default()
        };
        assert_eq!(
            names(&find_references(&portfolio(), &[], &logistics)),
            ["helios", "nord"]
        );
        let big = ReferenceQuery {
            size_band: Some(SizeBand::Enterprise),
            ..logistics.clone()
        };
        assert_eq!(names(&find_references(&portfolio(), &[], &big)), ["helios"]);
        let nordic = ReferenceQuery {
            geography: "NORDICS".into(),
            ..ReferenceQuery::default()
        };
        let found = find_references(&portfolio(), &[], &nordic);
        assert_eq!(names(&found), ["nord"]);
        assert_eq!(found[0].size_band, Some(SizeBand::Medium));
        let problem = ReferenceQuery {
            problem_solved: "late".into(),
            ..ReferenceQuery::default()
        };
        assert_eq!(
            names(&find_references(&portfolio(), &[], &problem)),
            ["helios"]
        );
        let case_study = ReferenceQuery {
            kind: Some(ReferenceKind::CaseStudy),
            ..ReferenceQuery::default()
        };
        assert_eq!(
            names(&find_references(&portfolio(), &[], &case_study)),
            ["nord"]
        );
    }

    #[test]
    fn the_least_used_come_first_with_their_count_and_last_use() {
        let requests = [
            asked("r1", "helios", day(2026, 1, 5)),
            asked("r2", "helios", day(2026, 3, 9)),
            asked("r3", "kappa", day(2026, 2, 1)),
            asked("r4", "nord", day(2025, 12, 1)),
        ];
        let found = find_references(&portfolio(), &requests, &ReferenceQuery::default());
        assert_eq!(names(&found), ["nord", "kappa", "helios"]);
        assert_eq!(
            (found[2].times_asked, found[2].last_used),
            (2, Some(day(2026, 3, 9)))
        );
        assert_eq!(
            (found[0].times_asked, found[0].last_used),
            (1, Some(day(2025, 12, 1)))
        );
    }

    #[test]
    fn a_size_band_is_read_from_the_first_number_in_the_text() {
        assert_eq!(SizeBand::of("12,000 employees"), Some(SizeBand::Enterprise));
        assert_eq!(SizeBand::of("1.000–5.000"), Some(SizeBand::Large));
        assert_eq!(SizeBand::of("about 5k staff"), Some(SizeBand::Large));
        assert_eq!(SizeBand::of("249"), Some(SizeBand::Small));
        assert_eq!(SizeBand::of("250 people"), Some(SizeBand::Medium));
        assert_eq!(SizeBand::of(""), None);
    }

    #[test]
    fn without_a_number_the_common_words_give_the_band() {
        for (text, band) in [
            ("Startup", SizeBand::Small),
            ("start-up", SizeBand::Small),
            ("SME", SizeBand::Small),
            ("a small business", SizeBand::Small),
            ("small enterprise", SizeBand::Small),
            ("Mid-market", SizeBand::Medium),
            ("mid-sized manufacturer", SizeBand::Medium),
            ("large", SizeBand::Large),
            ("Large enterprise", SizeBand::Enterprise),
            ("global", SizeBand::Enterprise),
            ("Multinational group", SizeBand::Enterprise),
        ] {
            assert_eq!(SizeBand::of(text), Some(band), "{text}");
        }
        assert_eq!(
            SizeBand::of("large, 600 staff"),
            Some(SizeBand::Medium),
            "a number wins over a word"
        );
    }

    #[test]
    fn words_that_only_look_like_a_size_give_no_band() {
        for text in [
            "unknown",
            "Largo Foods",
            "smallholder farms",
            "globally curious",
            "enterprises of every kind?",
            "n/a",
        ] {
            assert_eq!(SizeBand::of(text), None, "{text}");
        }
    }

    #[test]
    fn an_account_sized_in_words_is_found_by_its_band() {
        let accounts = vec![
            account("words", CALLS, |a| a.size = "large enterprise".into()),
            account("blank", CALLS, |a| a.size = "to be checked".into()),
        ];
        let query = ReferenceQuery {
            size_band: Some(SizeBand::Enterprise),
            ..ReferenceQuery::default()
        };
        let found = find_references(&accounts, &[], &query);
        assert_eq!(names(&found), ["words"]);
        let all = find_references(&accounts, &[], &ReferenceQuery::default());
        assert_eq!(
            all[0].size_band, None,
            "what the finder shows: no band read"
        );
    }
}
