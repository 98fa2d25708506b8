//! Reading documents written before a field existed: every field missing from an object is
//! taken from a blank value of the current type (`Stakeholder::named`, `Account::named`, …), so
//! a field added to core later reads as its neutral default from older files. Ids, references,
//! names and dates are never made up: without them the document is refused at their path.

use chrono::NaiveDate;
use rapport_core::{
    Account, AccountSnapshot, AnalysisNote, Coverage, Goal, GoalStatus, GoalTarget, Initiative,
    InitiativeStatus, Interaction, InteractionKind, Need, NoteKind, Offering, PersonalDate,
    Priority, Relation, RelationKind, ReportsTo, Review, Stakeholder, Strength, TeamMember,
    TeamRole, ThankYou, ThankYouReason, WhitespaceCell, WhitespaceState,
};
use serde::Serialize;
use serde_json::{Map, Value};

/// Keys that must be in the document: what identifies or links things, and what no default
/// could stand in for.
const NEVER_FILLED: [&str; 16] = [
    "id",
    "name",
    "stakeholder",
    "manager",
    "teamMember",
    "from",
    "to",
    "offering",
    "need",
    "kind",
    "date",
    "createdOn",
    "target",
    "account",
    "review",
    "snapshot",
];

fn blank<T: Serialize>(value: T) -> Value {
    // Core's types always serialise; a failure would be a bug there.
    serde_json::to_value(value).expect("core types serialise to JSON")
}

fn epoch() -> NaiveDate {
    NaiveDate::default()
}

/// The blank value of each array's items in a snapshot, by the array's key.
fn item_templates() -> Vec<(&'static str, Value)> {
    let line = rapport_core::LinkId::new("");
    vec![
        ("stakeholders", blank(Stakeholder::named("", ""))),
        ("team", blank(TeamMember::named("", "", TeamRole::Other))),
        (
            "reportsTo",
            blank(ReportsTo {
                id: line.clone(),
                stakeholder: "".into(),
                manager: "".into(),
                dotted: false,
            }),
        ),
        (
            "coverage",
            blank(Coverage {
                id: line.clone(),
                team_member: "".into(),
                stakeholder: "".into(),
                strength: Strength::None,
                desired: Strength::None,
                last_interaction: None,
                notes: String::new(),
            }),
        ),
        (
            "relations",
            blank(Relation {
                id: line,
                kind: RelationKind::Influences,
                from: "".into(),
                to: "".into(),
                note: String::new(),
            }),
        ),
        (
            "goals",
            blank(Goal {
                id: "".into(),
                stakeholder: None,
                title: String::new(),
                priority: Priority::Medium,
                target: GoalTarget::Free {
                    text: String::new(),
                },
                created_on: epoch(),
                due: None,
                status: GoalStatus::Open,
            }),
        ),
        (
            "initiatives",
            blank(Initiative {
                id: "".into(),
                title: String::new(),
                goals: Vec::new(),
                owner: None,
                due: None,
                status: InitiativeStatus::Planned,
                notes: String::new(),
            }),
        ),
        (
            "interactions",
            blank(Interaction {
                id: "".into(),
                date: epoch(),
                kind: InteractionKind::RelationshipBuilding,
                stakeholders: Vec::new(),
                team_members: Vec::new(),
                note: String::new(),
            }),
        ),
        (
            "notes",
            blank(AnalysisNote {
                id: "".into(),
                kind: NoteKind::Issue,
                text: String::new(),
                stakeholders: Vec::new(),
            }),
        ),
        (
            "offerings",
            blank(Offering {
                id: "".into(),
                name: String::new(),
                family: String::new(),
                typical_deal_size: None,
            }),
        ),
        (
            "needs",
            blank(Need {
                id: "".into(),
                name: String::new(),
            }),
        ),
        (
            "whitespace",
            blank(WhitespaceCell {
                offering: "".into(),
                need: "".into(),
                state: WhitespaceState::NotRelevant,
                budget_holder: None,
                estimated_value: None,
                note: String::new(),
            }),
        ),
        (
            "personalDates",
            blank(PersonalDate {
                id: "".into(),
                stakeholder: "".into(),
                label: String::new(),
                date: epoch(),
                yearly: false,
            }),
        ),
        (
            "thankYous",
            blank(ThankYou {
                id: "".into(),
                stakeholder: "".into(),
                reason: ThankYouReason::Other,
                text: String::new(),
                due: epoch(),
                done: false,
            }),
        ),
    ]
}

/// Adds the template's keys missing from `value` (recursively into nested objects).
fn fill(value: &mut Value, template: &Value) {
    let (Value::Object(object), Value::Object(template)) = (value, template) else {
        return;
    };
    fill_object(object, template);
}

fn fill_object(object: &mut Map<String, Value>, template: &Map<String, Value>) {
    for (key, blank) in template {
        match object.get_mut(key) {
            Some(present) => fill(present, blank),
            None if !NEVER_FILLED.contains(&key.as_str()) => {
                object.insert(key.clone(), blank.clone());
            }
            None => {}
        }
    }
}

/// Blank values of the current types, made once per document.
pub struct Templates {
    snapshot: Value,
    items: Vec<(&'static str, Value)>,
    review: Value,
}

impl Templates {
    pub fn new() -> Self {
        let account = Account::named("", "", epoch());
        Self {
            snapshot: blank(AccountSnapshot::empty(account)),
            items: item_templates(),
            review: blank(Review {
                id: "".into(),
                title: String::new(),
                date: epoch(),
                attendees: String::new(),
                notes: String::new(),
            }),
        }
    }

    /// Fills a whole document: its snapshot and every review with its frozen snapshot.
    pub fn fill_document(&self, document: &mut Value) {
        if let Some(snapshot) = document.get_mut("snapshot") {
            self.fill_snapshot(snapshot);
        }
        if let Some(Value::Array(reviews)) = document.get_mut("reviews") {
            for stored in reviews {
                if let Some(review) = stored.get_mut("review") {
                    fill(review, &self.review);
                }
                if let Some(snapshot) = stored.get_mut("snapshot") {
                    self.fill_snapshot(snapshot);
                }
            }
        }
    }

    fn fill_snapshot(&self, snapshot: &mut Value) {
        fill(snapshot, &self.snapshot);
        for (key, template) in &self.items {
            if let Some(Value::Array(items)) = snapshot.get_mut(*key) {
                for item in items {
                    fill(item, template);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_fields_take_the_blank_value_but_ids_and_names_do_not() {
        let mut document = json!({
            "snapshot": {
                "account": {"id": "a", "name": "Acme", "createdOn": "2025-01-01"},
                "stakeholders": [{"id": "s1", "name": "Ana"}, {"name": "No id"}]
            },
            "reviews": [{"review": {"id": "r", "date": "2025-02-01", "title": "Q1"}}]
        });
        Templates::new().fill_document(&mut document);
        let ana = &document["snapshot"]["stakeholders"][0];
        assert_eq!(ana["influence"], json!(3));
        assert_eq!(ana["attitude"], json!("neutral"));
        assert_eq!(ana["npsScore"], json!(null));
        assert_eq!(document["snapshot"]["stakeholders"][1].get("id"), None);
        assert_eq!(document["snapshot"]["team"], json!([]));
        assert_eq!(
            document["snapshot"]["account"]["lifetimeValue"]["grossMargin"],
            json!(null)
        );
        assert_eq!(document["reviews"][0]["review"]["attendees"], json!(""));
    }
}
