//! Reading the accounts reviews froze (`reviews.snapshot`, an `AccountSnapshot` as JSON) when
//! they were written by an earlier Rapport: a field added to a core type since is missing from
//! them, and plain deserialising would refuse every stored review — taking the Review step, the
//! plan overview and the PDF down with it. Missing fields are filled from the type's blank value
//! (`Default`), by the array the item sits in, before deserialising.
//!
//! (`serde(default)` on the core types would do the same but makes every field optional in the
//! generated TypeScript, so the filling happens here, on the stored JSON only.)

use rapport_core::{
    AccountSnapshot, AnalysisNote, Coverage, Goal, Initiative, Interaction, Need, Offering,
    PersonalDate, Relation, ReportsTo, Stakeholder, TeamMember, ThankYou, WhitespaceCell,
};
use rusqlite::Row;
use rusqlite::types::Type as SqlType;
use serde::Serialize;
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// Keys holding a tagged enum: filling one variant's fields from another's blank would be wrong.
const NOT_FILLED_INTO: [&str; 1] = ["target"];

struct Templates {
    snapshot: Value,
    /// The blank item of each array of a snapshot, by the array's key.
    items: Vec<(&'static str, Value)>,
}

fn blank<T: Serialize + Default>() -> Value {
    // Core's types always serialise; a failure would be a bug there.
    serde_json::to_value(T::default()).expect("core types serialise to JSON")
}

fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(|| Templates {
        snapshot: blank::<AccountSnapshot>(),
        items: vec![
            ("stakeholders", blank::<Stakeholder>()),
            ("team", blank::<TeamMember>()),
            ("reportsTo", blank::<ReportsTo>()),
            ("coverage", blank::<Coverage>()),
            ("relations", blank::<Relation>()),
            ("goals", blank::<Goal>()),
            ("initiatives", blank::<Initiative>()),
            ("interactions", blank::<Interaction>()),
            ("notes", blank::<AnalysisNote>()),
            ("offerings", blank::<Offering>()),
            ("needs", blank::<Need>()),
            ("whitespace", blank::<WhitespaceCell>()),
            ("personalDates", blank::<PersonalDate>()),
            ("thankYous", blank::<ThankYou>()),
            // A score is its date and its number, both there since scores were first frozen.
            ("npsHistory", Value::Object(Map::new())),
        ],
    })
}

/// Adds the template's keys missing from `value`, recursively into nested objects.
fn fill(value: &mut Value, template: &Value) {
    let (Value::Object(object), Value::Object(template)) = (value, template) else {
        return;
    };
    fill_object(object, template);
}

fn fill_object(object: &mut Map<String, Value>, template: &Map<String, Value>) {
    for (key, blank) in template {
        match object.get_mut(key) {
            Some(_) if NOT_FILLED_INTO.contains(&key.as_str()) => {}
            Some(present) => fill(present, blank),
            None => {
                object.insert(key.clone(), blank.clone());
            }
        }
    }
}

/// An account frozen by any version of Rapport, with the fields it did not know read as blank.
pub fn read_frozen_snapshot(json: &str) -> serde_json::Result<AccountSnapshot> {
    let mut value: Value = serde_json::from_str(json)?;
    let templates = templates();
    fill(&mut value, &templates.snapshot);
    for (key, template) in &templates.items {
        if let Some(Value::Array(items)) = value.get_mut(*key) {
            for item in items {
                fill(item, template);
            }
        }
    }
    serde_json::from_value(value)
}

/// The frozen account in `column` of `row`.
pub(crate) fn frozen_in(row: &Row<'_>, column: &str) -> rusqlite::Result<AccountSnapshot> {
    let index = row.as_ref().column_index(column)?;
    read_frozen_snapshot(&row.get::<_, String>(index)?)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, SqlType::Text, Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_array_of_a_snapshot_has_an_item_template() {
        let Value::Object(snapshot) = &templates().snapshot else {
            panic!("a snapshot is an object")
        };
        for (key, value) in snapshot {
            if value.is_array() {
                assert!(
                    templates().items.iter().any(|(k, _)| k == key),
                    "no blank item for the array `{key}`: add it to `templates`"
                );
            }
        }
    }
}
