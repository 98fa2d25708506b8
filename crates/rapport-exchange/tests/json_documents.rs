//! Account documents as files: the version-1 fixture still reads, older documents without later
//! fields read with defaults, and every refusal names where (line and column, or a JSON path).

mod common;

use common::fixture;
use common::random::{Ingredients, random_account};
use rapport_exchange::{JsonError, export_account_json, import_account_json};
use serde_json::{Value, json};

fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("new-{n}")
    }
}

fn import(bytes: &[u8]) -> Result<(), JsonError> {
    import_account_json(bytes, &mut ids()).map(|_| ())
}

fn import_value(value: &Value) -> Result<(), JsonError> {
    import(value.to_string().as_bytes())
}

/// The account the version-1 fixture was written from.
fn fixture_account() -> Vec<u8> {
    let words = [
        "Q3 review",
        "Acme Logistics",
        "Ana Ruiz",
        "Head of Finance",
        "Zoë Müller",
        "Renewal",
    ];
    let ingredients = Ingredients {
        seed: 20_261_127,
        people: 5,
        team: 2,
        reviews: 2,
        words: words.map(str::to_owned).to_vec(),
        numbers: vec![1_250_000.5, 0.35, -42.0, 180.25],
    };
    let (snapshot, reviews) = random_account(&ingredients);
    export_account_json(&snapshot, &reviews)
}

#[test]
fn the_version_1_fixture_still_reads() {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/account_v1.json"
        );
        std::fs::write(path, fixture_account()).expect("fixture written");
    }
    let (snapshot, reviews) =
        import_account_json(&fixture("account_v1.json"), &mut ids()).expect("version 1 reads");
    assert_eq!(snapshot.account.name, "Acme Logistics");
    assert_eq!(snapshot.stakeholders.len(), 5);
    assert_eq!(reviews.len(), 2);
    assert!(
        reviews[0]
            .snapshot
            .stakeholders
            .iter()
            .any(|s| s.name == "Gone Since")
    );
    assert!(!snapshot.reports_to.is_empty() && !snapshot.coverage.is_empty());
}

#[test]
fn fields_missing_from_an_older_document_read_as_their_defaults_and_extra_ones_are_ignored() {
    let mut document: Value = serde_json::from_slice(&fixture_account()).expect("json");
    let person = &mut document["snapshot"]["stakeholders"][0];
    let object = person.as_object_mut().expect("object");
    for key in [
        "npsScore",
        "interests",
        "cadenceDays",
        "placement",
        "roleTag",
    ] {
        object.remove(key);
    }
    object.insert("addedInVersion7".into(), json!({"anything": [1, 2]}));
    document["snapshot"]["account"]
        .as_object_mut()
        .expect("object")
        .remove("lifetimeValue");
    document["snapshot"]
        .as_object_mut()
        .expect("object")
        .remove("whitespace");
    document["reviews"][0]["review"]
        .as_object_mut()
        .expect("object")
        .remove("attendees");
    let (snapshot, reviews) =
        import_account_json(document.to_string().as_bytes(), &mut ids()).expect("reads");
    let first = &snapshot.stakeholders[0];
    assert_eq!(
        (first.nps_score, first.interests.as_str(), first.placement),
        (None, "", None)
    );
    assert_eq!(snapshot.account.lifetime_value.average_deal_size, 0.0);
    assert!(snapshot.whitespace.is_empty());
    assert_eq!(reviews[0].review.attendees, "");
}

#[test]
fn text_that_is_not_json_is_refused_with_its_line_and_column() {
    let error =
        import(b"{\n  \"format\": \"rapport-account\",\n  \"version\": 1,,\n}").unwrap_err();
    assert!(
        matches!(
            error,
            JsonError::Syntax {
                line: 3,
                column: 16,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.location(), "line 3, column 16");
    assert!(
        error
            .to_string()
            .starts_with("Line 3, column 16: this is not a valid account file")
    );
    let cut_short = &fixture_account()[..200];
    assert!(matches!(import(cut_short), Err(JsonError::Syntax { .. })));
}

#[test]
fn other_documents_and_newer_versions_are_refused() {
    let refused = |value: Value| import_value(&value).unwrap_err();
    assert_eq!(refused(json!([1, 2])).location(), ".");
    assert_eq!(refused(json!({"version": 1})).location(), "format");
    assert_eq!(
        refused(json!({"format": "vcard", "version": 1})).location(),
        "format"
    );
    assert_eq!(
        refused(json!({"format": "rapport-account", "version": "one"})).location(),
        "version"
    );
    let newer = refused(json!({"format": "rapport-account", "version": 2, "snapshot": {}}));
    assert_eq!(newer, JsonError::NewerVersion { version: 2 });
    assert!(newer.to_string().contains("newer Rapport"));
}

#[test]
fn wrong_content_is_refused_at_its_json_path() {
    let document: Value = serde_json::from_slice(&fixture_account()).expect("json");
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut d = document.clone();
        edit(&mut d);
        import_value(&d).unwrap_err()
    };
    let error = with(&|d| d["snapshot"]["stakeholders"][1]["influence"] = json!("high"));
    assert_eq!(error.location(), "snapshot.stakeholders[1].influence");
    let error = with(&|d| d["snapshot"]["stakeholders"][2]["attitude"] = json!("fan"));
    assert_eq!(error.location(), "snapshot.stakeholders[2].attitude");
    assert!(error.to_string().contains("fan"), "{error}");
    let error = with(&|d| {
        d["snapshot"]["stakeholders"][0]
            .as_object_mut()
            .expect("object")
            .remove("id");
    });
    assert_eq!(error.location(), "snapshot.stakeholders[0]");
    assert!(error.to_string().contains("missing field `id`"), "{error}");
    let error = with(&|d| d["reviews"][1]["snapshot"]["team"][0]["teamRole"] = json!(7));
    assert_eq!(error.location(), "reviews[1].snapshot.team[0].teamRole");
}

#[test]
fn lines_to_nobody_and_ids_used_twice_are_refused_at_their_path() {
    let document: Value = serde_json::from_slice(&fixture_account()).expect("json");
    let mut d = document.clone();
    d["snapshot"]["reportsTo"][0]["manager"] = json!("nobody");
    assert_eq!(
        import_value(&d).unwrap_err(),
        JsonError::UnknownReference {
            path: "snapshot.reportsTo[0].manager".into(),
            id: "nobody".into()
        }
    );
    let mut d = document.clone();
    let first_id = d["snapshot"]["stakeholders"][0]["id"].clone();
    d["snapshot"]["stakeholders"][3]["id"] = first_id;
    let error = import_value(&d).unwrap_err();
    assert_eq!(error.location(), "snapshot.stakeholders[3].id");
    let mut d = document;
    d["reviews"][0]["snapshot"]["coverage"][0]["teamMember"] = json!("ghost");
    assert_eq!(
        import_value(&d).unwrap_err().location(),
        "reviews[0].snapshot.coverage[0].teamMember"
    );
}

#[test]
fn a_reporting_cycle_is_refused() {
    let mut d: Value = serde_json::from_slice(&fixture_account()).expect("json");
    let line = d["snapshot"]["reportsTo"][0].clone();
    let mut back = line.clone();
    back["id"] = json!("back");
    back["stakeholder"] = line["manager"].clone();
    back["manager"] = line["stakeholder"].clone();
    back["dotted"] = json!(true);
    d["snapshot"]["reportsTo"]
        .as_array_mut()
        .expect("array")
        .push(back);
    let error = import_value(&d).unwrap_err();
    assert!(matches!(error, JsonError::MapRule { .. }), "{error:?}");
    assert_eq!(error.location(), "snapshot.reportsTo");
}
