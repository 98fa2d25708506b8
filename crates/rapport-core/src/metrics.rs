//! The numbers of Understand and Review: lifetime value, NPS, revenue concentration, the mix of
//! interactions and how much of the client we cover.

use crate::account::{LifetimeValueInputs, NpsScore};
use crate::ids::AccountId;
use crate::index::AccountIndex;
use crate::links::Strength;
use crate::plan::{Interaction, InteractionKind};
use crate::snapshot::AccountSnapshot;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct LifetimeValue {
    /// Average deal size × purchases per year × expected tenure in years.
    pub revenue: f64,
    /// The revenue × gross margin, when a margin is set.
    pub margin: Option<f64>,
}

pub fn lifetime_value(inputs: &LifetimeValueInputs) -> LifetimeValue {
    let revenue =
        inputs.average_deal_size * inputs.purchases_per_year * inputs.expected_tenure_years;
    LifetimeValue {
        revenue,
        margin: inputs.gross_margin.map(|m| revenue * m),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Nps {
    /// % promoters − % detractors: −100 to 100.
    pub score: f64,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    pub responses: u32,
}

/// Net promoter score: 9–10 promote, 7–8 are passive, 0–6 detract. Scores above 10 are not
/// answers to the question and are ignored; no answers give `None`, not a misleading zero.
pub fn nps(scores: impl IntoIterator<Item = u8>) -> Option<Nps> {
    let (mut promoters, mut passives, mut detractors) = (0u32, 0u32, 0u32);
    for score in scores {
        match score {
            9..=10 => promoters += 1,
            7..=8 => passives += 1,
            0..=6 => detractors += 1,
            _ => {}
        }
    }
    let responses = promoters + passives + detractors;
    (responses > 0).then(|| Nps {
        score: (f64::from(promoters) - f64::from(detractors)) * 100.0 / f64::from(responses),
        promoters,
        passives,
        detractors,
        responses,
    })
}

/// The account's recommendation score over time, for a trend mark: the latest score and how it
/// moved from the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct NpsTrend {
    pub latest: Option<NpsScore>,
    /// Latest minus the score before it; `None` with fewer than two scores.
    pub change: Option<i8>,
}

/// The latest of the account's dated scores (by date, whatever order they come in) and its
/// change from the previous one.
pub fn nps_trend(history: &[NpsScore]) -> NpsTrend {
    let mut by_date: Vec<NpsScore> = history.to_vec();
    by_date.sort_by_key(|s| s.date);
    let latest = by_date.last().copied();
    let previous = by_date.len().checked_sub(2).map(|i| by_date[i]);
    NpsTrend {
        latest,
        change: latest
            .zip(previous)
            .and_then(|(l, p)| i8::try_from(i16::from(l.score) - i16::from(p.score)).ok()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountShare {
    pub account: AccountId,
    pub revenue: f64,
    /// 0.0–1.0 of the total.
    pub share: f64,
    /// This share plus every larger account's: how much of the revenue the accounts down to this
    /// one hold (the concentration curve), 0.0–1.0.
    pub cumulative: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Concentration {
    /// The share of revenue from the `top_n` largest accounts, 0.0–1.0.
    pub top_share: f64,
    /// Every account, largest first (ties by id).
    pub shares: Vec<AccountShare>,
}

impl Concentration {
    /// The share of revenue the `n` largest accounts hold (all of it when there are fewer).
    pub fn top(&self, n: usize) -> f64 {
        match n.min(self.shares.len()) {
            0 => 0.0,
            k => self.shares[k - 1].cumulative,
        }
    }
}

/// How much of our revenue the largest accounts bring. A negative or non-finite revenue counts as
/// zero towards the total (a refund must not make other shares exceed 100%); a zero total gives
/// every share as zero.
pub fn revenue_concentration(revenues: &[(AccountId, f64)], top_n: usize) -> Concentration {
    let usable = |r: f64| if r.is_finite() && r > 0.0 { r } else { 0.0 };
    let total: f64 = revenues.iter().map(|(_, r)| usable(*r)).sum();
    let mut shares: Vec<AccountShare> = revenues
        .iter()
        .map(|(account, revenue)| AccountShare {
            account: account.clone(),
            revenue: *revenue,
            share: if total > 0.0 {
                usable(*revenue) / total
            } else {
                0.0
            },
            cumulative: 0.0,
        })
        .collect();
    shares.sort_by(|a, b| {
        b.revenue
            .total_cmp(&a.revenue)
            .then_with(|| a.account.cmp(&b.account))
    });
    let mut running = 0.0;
    for s in &mut shares {
        running += s.share;
        // Rounding must not make the curve end above the whole.
        s.cumulative = running.min(1.0);
    }
    let top_share = shares.iter().take(top_n).map(|s| s.share).sum();
    Concentration { top_share, shares }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct MixEntry {
    pub kind: InteractionKind,
    pub count: u32,
    /// 0.0–1.0 of the interactions in the range; 0 when there were none.
    pub share: f64,
}

/// How the interactions between `from` and `to` (both included) split by kind. All five kinds
/// are always listed, in their fixed order, so charts keep their colours.
pub fn interaction_mix(
    interactions: &[Interaction],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<MixEntry> {
    let mut counts = [0u32; InteractionKind::ALL.len()];
    for i in interactions
        .iter()
        .filter(|i| from <= i.date && i.date <= to)
    {
        if let Some(slot) = InteractionKind::ALL.iter().position(|&k| k == i.kind) {
            counts[slot] += 1;
        }
    }
    let total: u32 = counts.iter().sum();
    InteractionKind::ALL
        .iter()
        .zip(counts)
        .map(|(&kind, count)| MixEntry {
            kind,
            count,
            share: if total == 0 {
                0.0
            } else {
                f64::from(count) / f64::from(total)
            },
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct CoverageRatio {
    /// Active stakeholders someone of ours knows (aware or better).
    pub covered: u32,
    /// Active stakeholders.
    pub total: u32,
    /// Active stakeholders someone of ours is trusted by (trusted or better).
    pub strong: u32,
}

pub fn coverage_ratio(snapshot: &AccountSnapshot) -> CoverageRatio {
    let index = AccountIndex::new(snapshot);
    let mut ratio = CoverageRatio {
        covered: 0,
        total: 0,
        strong: 0,
    };
    for (i, s) in snapshot.stakeholders.iter().enumerate() {
        if !s.is_active() {
            continue;
        }
        ratio.total += 1;
        let best = index.coverage_of(i).map(|(c, _)| c.strength).max();
        ratio.covered += u32::from(best >= Some(Strength::Aware));
        ratio.strong += u32::from(best.is_some_and(Strength::is_strong));
    }
    ratio
}

/// The account's figures for its dashboard and reviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct AccountMetrics {
    pub lifetime_value: LifetimeValue,
    /// From the active stakeholders' last scores.
    pub nps: Option<Nps>,
    pub coverage: CoverageRatio,
    /// The last 365 days, today included.
    pub interaction_mix: Vec<MixEntry>,
}

pub fn account_metrics(snapshot: &AccountSnapshot, today: NaiveDate) -> AccountMetrics {
    let year_ago = today
        .checked_sub_days(Days::new(364))
        .unwrap_or(NaiveDate::MIN);
    AccountMetrics {
        lifetime_value: lifetime_value(&snapshot.account.lifetime_value),
        // People who have left are no longer the client's voice.
        nps: nps(snapshot
            .stakeholders
            .iter()
            .filter(|s| s.is_active())
            .filter_map(|s| s.nps_score)),
        coverage: coverage_ratio(snapshot),
        interaction_mix: interaction_mix(&snapshot.interactions, year_ago, today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{Build, day};
    use crate::ids::InteractionId;
    use crate::people::{StakeholderStatus, TeamRole};

    #[test]
    fn lifetime_value_multiplies_and_applies_margin() {
        let mut inputs = LifetimeValueInputs {
            average_deal_size: 50_000.0,
            purchases_per_year: 2.0,
            expected_tenure_years: 5.0,
            gross_margin: None,
        };
        assert_eq!(
            lifetime_value(&inputs),
            LifetimeValue {
                revenue: 500_000.0,
                margin: None
            }
        );
        inputs.gross_margin = Some(0.4);
        assert_eq!(lifetime_value(&inputs).margin, Some(200_000.0));
    }

    #[test]
    fn nps_counts_promoters_passives_and_detractors() {
        let n = nps([10, 9, 9, 8, 7, 6, 0, 3, 10, 5]).expect("answers");
        assert_eq!(
            (n.promoters, n.passives, n.detractors, n.responses),
            (4, 2, 4, 10)
        );
        assert_eq!(n.score, 0.0);
        assert_eq!(nps([10, 9, 8]).expect("answers").score, 200.0 / 3.0);
        assert_eq!(nps([0]).expect("answers").score, -100.0);
        assert_eq!(nps([11, 200]), None);
        assert_eq!(nps([]), None);
    }

    #[test]
    fn concentration_sorts_and_sums_the_top() {
        let c = revenue_concentration(
            &[
                ("b".into(), 125.0),
                ("a".into(), 250.0),
                ("c".into(), 125.0),
                ("d".into(), 500.0),
            ],
            2,
        );
        let order: Vec<_> = c
            .shares
            .iter()
            .map(|s| (s.account.as_str(), s.share))
            .collect();
        assert_eq!(
            order,
            vec![("d", 0.5), ("a", 0.25), ("b", 0.125), ("c", 0.125)]
        );
        assert_eq!(c.top_share, 0.75);
        let curve: Vec<_> = c.shares.iter().map(|s| s.cumulative).collect();
        assert_eq!(curve, vec![0.5, 0.75, 0.875, 1.0]);
        assert_eq!(
            (c.top(0), c.top(1), c.top(3), c.top(10)),
            (0.0, 0.5, 0.875, 1.0)
        );
        let zero = revenue_concentration(&[("a".into(), 0.0), ("b".into(), 0.0)], 1);
        assert!(zero.shares.iter().all(|s| s.share == 0.0));
        assert_eq!(zero.top_share, 0.0);
    }

    #[test]
    fn the_nps_trend_is_the_latest_score_and_its_move_from_the_one_before() {
        let at = |m, score| NpsScore {
            date: day(2026, m, 1),
            score,
        };
        assert_eq!(
            nps_trend(&[]),
            NpsTrend {
                latest: None,
                change: None
            }
        );
        assert_eq!(nps_trend(&[at(3, 6)]).change, None);
        let t = nps_trend(&[at(9, 8), at(3, 6), at(6, 9)]);
        assert_eq!(t.latest, Some(at(9, 8)));
        assert_eq!(t.change, Some(-1), "from June's 9 to September's 8");
    }

    fn interaction(n: u32, date: NaiveDate, kind: InteractionKind) -> Interaction {
        Interaction {
            id: InteractionId::new(format!("i{n}")),
            date,
            kind,
            stakeholders: vec![],
            team_members: vec![],
            note: String::new(),
        }
    }

    #[test]
    fn mix_lists_all_kinds_within_an_inclusive_range() {
        let log = [
            interaction(1, day(2025, 1, 1), InteractionKind::ValueAdd),
            interaction(2, day(2025, 1, 31), InteractionKind::ValueAdd),
            interaction(3, day(2025, 1, 15), InteractionKind::Firefighting),
            interaction(4, day(2025, 1, 20), InteractionKind::Escalation),
            interaction(5, day(2025, 2, 1), InteractionKind::Escalation),
        ];
        let mix = interaction_mix(&log, day(2025, 1, 1), day(2025, 1, 31));
        let got: Vec<_> = mix.iter().map(|m| (m.kind, m.count, m.share)).collect();
        assert_eq!(
            got,
            vec![
                (InteractionKind::RelationshipBuilding, 0, 0.0),
                (InteractionKind::ValueAdd, 2, 0.5),
                (InteractionKind::Firefighting, 1, 0.25),
                (InteractionKind::Escalation, 1, 0.25),
                (InteractionKind::UnvaluedWork, 0, 0.0),
            ]
        );
        let empty = interaction_mix(&log, day(2026, 1, 1), day(2026, 12, 31));
        assert_eq!(empty.len(), 5);
        assert!(empty.iter().all(|m| m.count == 0 && m.share == 0.0));
    }

    fn account() -> AccountSnapshot {
        Build::new()
            .person("a", "Ana Ruiz", |s| s.nps_score = Some(10))
            .person("b", "Ben Cho", |s| s.nps_score = Some(4))
            .person("c", "Cy Dunn", |s| s.nps_score = Some(9))
            .person("d", "Di Eze", |s| {
                s.nps_score = Some(0);
                s.status = StakeholderStatus::LeftCompany;
            })
            .ours("sam", "Sam Lee", TeamRole::AccountManager)
            .ours("eve", "Eve Stone", TeamRole::ExecutiveSponsor)
            .covers("sam", "a", Strength::Trusted)
            .covers("eve", "a", Strength::Aware)
            .covers("sam", "b", Strength::Aware)
            .covers("sam", "c", Strength::None)
            .covers("sam", "d", Strength::Advisor)
            .edit(|a| {
                a.account.lifetime_value = LifetimeValueInputs {
                    average_deal_size: 10_000.0,
                    purchases_per_year: 3.0,
                    expected_tenure_years: 4.0,
                    gross_margin: Some(0.25),
                };
                a.interactions = vec![
                    interaction(1, day(2024, 6, 1), InteractionKind::Firefighting),
                    interaction(2, day(2024, 6, 2), InteractionKind::ValueAdd),
                    interaction(3, day(2025, 6, 1), InteractionKind::ValueAdd),
                ];
            })
            .done()
    }

    #[test]
    fn coverage_ratio_counts_active_people_only() {
        assert_eq!(
            coverage_ratio(&account()),
            CoverageRatio {
                covered: 2,
                total: 3,
                strong: 1
            }
        );
    }

    #[test]
    fn account_metrics_bundle_the_figures() {
        let m = account_metrics(&account(), day(2025, 6, 1));
        assert_eq!(m.lifetime_value.revenue, 120_000.0);
        assert_eq!(m.lifetime_value.margin, Some(30_000.0));
        let nps = m.nps.expect("three active answers");
        assert_eq!((nps.promoters, nps.detractors, nps.responses), (2, 1, 3));
        assert_eq!(nps.score, 100.0 / 3.0);
        assert_eq!(m.coverage.total, 3);
        // 2024-06-02 is 364 days before 2025-06-01: inside; 2024-06-01 is outside.
        let counts: Vec<u32> = m.interaction_mix.iter().map(|e| e.count).collect();
        assert_eq!(counts, vec![0, 2, 0, 0, 0]);
    }
}
