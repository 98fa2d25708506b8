//! The interaction log: the year's mix by kind and the latest entries.

use super::format::date;
use super::names::Names;
use chrono::NaiveDate;
use rapport_core::visual::interaction_colour;
use rapport_core::{AccountSnapshot, MixEntry, client_safe};
use serde::Serialize;

#[derive(Serialize)]
pub(crate) struct InteractionsDoc {
    pub period: String,
    pub total: u32,
    pub mix: Vec<MixRow>,
    pub recent: Vec<InteractionRow>,
    pub older: usize,
}

#[derive(Serialize)]
pub(crate) struct MixRow {
    pub label: String,
    pub count: u32,
    pub share: f64,
    pub percent: String,
    pub colour: String,
}

#[derive(Serialize)]
pub(crate) struct InteractionRow {
    pub date: String,
    pub kind: String,
    pub theirs: String,
    pub ours: String,
    pub note: String,
}

/// How many interactions the table lists; older ones are counted, not listed.
const RECENT_INTERACTIONS: usize = 15;

pub(super) fn interactions(
    snapshot: &AccountSnapshot,
    today: NaiveDate,
    safe: bool,
    names: &Names,
    mix: &[MixEntry],
) -> InteractionsDoc {
    let total: u32 = mix.iter().map(|m| m.count).sum();
    let year_ago = today
        .checked_sub_days(chrono::Days::new(364))
        .unwrap_or(today);
    let mut list: Vec<_> = snapshot.interactions.iter().collect();
    list.sort_by(|a, b| (b.date, &a.id).cmp(&(a.date, &b.id)));
    let older = list.len().saturating_sub(RECENT_INTERACTIONS);
    InteractionsDoc {
        period: format!("{} to {}", date(year_ago), date(today)),
        total,
        mix: mix
            .iter()
            .map(|m| MixRow {
                label: m.kind.label().into(),
                count: m.count,
                share: if m.share.is_finite() { m.share } else { 0.0 },
                percent: format!("{:.0} %", m.share * 100.0),
                colour: interaction_colour(m.kind).into(),
            })
            .collect(),
        recent: list
            .into_iter()
            .take(RECENT_INTERACTIONS)
            .map(|i| InteractionRow {
                date: date(i.date),
                kind: i.kind.label().into(),
                theirs: i
                    .stakeholders
                    .iter()
                    .map(|s| names.stakeholder(s))
                    .collect::<Vec<_>>()
                    .join(", "),
                ours: i
                    .team_members
                    .iter()
                    .map(|t| names.member(t))
                    .collect::<Vec<_>>()
                    .join(", "),
                note: if client_safe::internal_notes_shown(safe) {
                    i.note.clone()
                } else {
                    String::new()
                },
            })
            .collect(),
        older,
    }
}
