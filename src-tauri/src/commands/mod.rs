//! Thin commands, one file per area: take the state, call the store or core, return.

pub mod accounts;
pub mod analysis;
pub mod workspace;

/// Every command fails with the store's typed error, which the UI branches on.
pub type CommandResult<T> = Result<T, rapport_store::Error>;
