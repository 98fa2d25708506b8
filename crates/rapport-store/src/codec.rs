//! How domain enums are written to and read from SQLite: as the same camelCase words serde gives
//! them, so the database, the JSON export and the UI all spell a value the same way.

use rusqlite::Row;
use rusqlite::types::Type as SqlType;
use serde::{Serialize, de::DeserializeOwned};

pub(crate) fn word<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        // Every enum stored this way is a unit-variant enum; anything else is a programming error
        // caught by the round-trip tests.
        other => unreachable!("not a word enum: {other:?}"),
    }
}

pub(crate) fn from_word<T: DeserializeOwned>(column: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, SqlType::Text, Box::new(e)))
}

/// The enum stored as a word in `column` of `row`.
pub(crate) fn word_in<T: DeserializeOwned>(row: &Row<'_>, column: &str) -> rusqlite::Result<T> {
    let index = row.as_ref().column_index(column)?;
    from_word(index, &row.get::<_, String>(index)?)
}

/// The value stored as JSON in `column` of `row`.
pub(crate) fn json_in<T: DeserializeOwned>(row: &Row<'_>, column: &str) -> rusqlite::Result<T> {
    let index = row.as_ref().column_index(column)?;
    serde_json::from_str(&row.get::<_, String>(index)?)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, SqlType::Text, Box::new(e)))
}

pub(crate) fn new_id() -> String {
    ulid::Ulid::new().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_core::{Attitude, InteractionKind, StakeholderStatus};

    #[test]
    fn words_round_trip() {
        assert_eq!(word(&StakeholderStatus::LeftCompany), "leftCompany");
        assert_eq!(word(&InteractionKind::UnvaluedWork), "unvaluedWork");
        let back: Attitude = from_word(0, "blocker").expect("known word");
        assert_eq!(back, Attitude::Blocker);
        assert!(from_word::<Attitude>(0, "hostile").is_err());
    }
}
