//! Rapport's pure domain: the stakeholder map and everything computed from it (findings, layout,
//! metrics, review diffs).
//!
//! This crate must never do I/O, read the clock or know about Tauri or SQLite: dates come in as
//! arguments (`today`), so every result is reproducible and unit-tested here.

pub mod account;
pub mod ids;
pub mod links;
pub mod people;
pub mod plan;
pub mod snapshot;
pub mod whitespace;

pub use account::*;
pub use ids::*;
pub use links::*;
pub use people::*;
pub use plan::*;
pub use snapshot::*;
pub use whitespace::*;
