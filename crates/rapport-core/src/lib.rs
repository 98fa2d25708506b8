//! Rapport's pure domain: the stakeholder map and everything computed from it (findings, layout,
//! metrics, review diffs).
//!
//! This crate must never do I/O, read the clock or know about Tauri or SQLite: dates come in as
//! arguments (`today`), so every result is reproducible and unit-tested here.

pub mod account;
pub mod analysis;
pub mod client_safe;
pub mod contact;
pub mod contrast;
pub mod coverage_view;
pub mod crosswalk;
pub mod diff;
pub mod erase;
#[cfg(test)]
mod fixture;
pub mod grid;
pub mod guide;
pub mod ids;
pub mod import_plan;
mod index;
pub mod layout;
pub mod links;
pub mod map;
pub mod metrics;
pub mod people;
pub mod personal;
pub mod plan;
pub mod plan_progress;
pub mod quick_add;
pub mod references;
pub mod rules;
pub mod snapshot;
pub mod synthetic;
pub mod visual;
pub mod vocabulary;
pub mod whatif;
pub mod whitespace;

pub use account::*;
pub use analysis::{Finding, FindingKind, Severity, SuggestedGoal, analyse};
pub use contact::{ContactStatus, DEFAULT_CADENCE_DAYS, contact_statuses};
pub use coverage_view::{CoverageBadge, CoverageView, coverage_badges, coverage_view};
pub use crosswalk::{
    CROSSWALK, CrosswalkEntry, CrosswalkTerm, crosswalk_entries, parse_role, roles_for_term,
};
pub use diff::{
    ChangedField, CoverageChange, GoalChange, PersonChange, PersonRef, ReviewDiff, diff_snapshots,
};
pub use erase::erase_stakeholder;
pub use grid::{GridPlacement, Quadrant, power_grid};
pub use ids::*;
pub use import_plan::{ImportPlan, ImportedPerson, TEMPORARY_ID_PREFIX};
pub use layout::{CARD_HEIGHT, CARD_WIDTH, H_GAP, LayoutMode, PersonPosition, V_GAP, layout};
pub use links::*;
pub use map::{
    LineIx, LineKind, MapError, MapLine, MapNode, NodeIx, StakeholderMap, check_coverage,
    check_relation, check_reports_to,
};
pub use metrics::{
    AccountMetrics, AccountShare, Concentration, CoverageRatio, LifetimeValue, MixEntry, Nps,
    NpsTrend, account_metrics, coverage_ratio, interaction_mix, lifetime_value, nps, nps_trend,
    revenue_concentration,
};
pub use people::*;
pub use personal::*;
pub use plan::*;
pub use plan_progress::{
    LastThreeCheck, LastThreeVerdict, PlanStep, StepProgress, goal_answering, last_three_check,
    plan_progress,
};
pub use quick_add::{
    CoversLine, KnownBy, QuickAdd, QuickAddAnswers, QuickAddError, QuickAddLine, QuickAddPart,
    QuickAddPartKind, QuickAddPlan, QuickAddPreview, QuickAddQuestion, ReportsToName,
    parse_quick_add, parse_quick_add_line,
};
pub use references::*;
pub use snapshot::*;
pub use synthetic::{synthetic_account, synthetic_today};
pub use visual::VisualLanguage;
pub use vocabulary::{Term, Vocabulary, vocabulary};
pub use whatif::{Removal, WhatIf, what_if};
pub use whitespace::*;
