//! The account JSON document: one whole account (people, lines, positions, plan, interactions,
//! economics) and its reviews with their frozen snapshots, versioned, so a plan can travel to a
//! colleague's workspace.
//!
//! ```json
//! {"format": "rapport-account", "version": 1, "snapshot": {…}, "reviews": [{"review": {…}, "snapshot": {…}}]}
//! ```
//!
//! Reading refuses anything that is not such a document, or is newer than this version, naming
//! where; fields missing because the file is older than a field are read as their defaults
//! (see `defaults`). Importing gives every id a new value, consistently (see `remap`).

mod defaults;
mod error;
mod references;
mod remap;

pub use error::JsonError;

use rapport_core::{AccountSnapshot, Review, StakeholderMap, StoredReview};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The `format` every account document carries.
pub const FORMAT_NAME: &str = "rapport-account";
/// The version this Rapport writes. Bump it when a change is more than an added field with a
/// neutral default (a rename, a change of meaning), and teach the reader the older shape.
pub const FORMAT_VERSION: u64 = 1;

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    snapshot: &'a AccountSnapshot,
    reviews: &'a [StoredReview],
}

#[derive(Deserialize)]
struct DocumentIn {
    snapshot: AccountSnapshot,
    #[serde(default)]
    reviews: Vec<ReviewIn>,
}

#[derive(Deserialize)]
struct ReviewIn {
    review: Review,
    snapshot: AccountSnapshot,
}

/// The account and its reviews as a versioned JSON document (pretty-printed, UTF-8).
pub fn export_account_json(snapshot: &AccountSnapshot, reviews: &[StoredReview]) -> Vec<u8> {
    let document = DocumentOut {
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        snapshot,
        reviews,
    };
    // Core's types always serialise (a non-finite number becomes null); a failure is a bug.
    let mut bytes = serde_json::to_vec_pretty(&document).expect("account serialises to JSON");
    bytes.push(b'\n');
    bytes
}

/// Reads an account document, checks it, and gives every id a new value from `new_id`
/// (account, people, team members, lines, goals, initiatives, interactions, notes, reviews,
/// offerings and needs), the same in the reviews' frozen snapshots.
pub fn import_account_json(
    bytes: &[u8],
    new_id: &mut dyn FnMut() -> String,
) -> Result<(AccountSnapshot, Vec<StoredReview>), JsonError> {
    let (mut snapshot, mut reviews) = read_document(bytes)?;
    remap::remap_account(&mut snapshot, &mut reviews, &mut remap::IdMap::new(new_id));
    Ok((snapshot, reviews))
}

fn read_document(bytes: &[u8]) -> Result<(AccountSnapshot, Vec<StoredReview>), JsonError> {
    let mut value: Value = serde_json::from_slice(bytes).map_err(|e| JsonError::syntax(&e))?;
    check_header(&value)?;
    defaults::Templates::new().fill_document(&mut value);
    let document: DocumentIn = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        JsonError::Content {
            path,
            detail: e.into_inner().to_string(),
        }
    })?;
    check_references(&document)?;
    let reviews = document
        .reviews
        .into_iter()
        .map(|r| StoredReview {
            review: r.review,
            snapshot: r.snapshot,
        })
        .collect();
    Ok((document.snapshot, reviews))
}

fn check_header(value: &Value) -> Result<(), JsonError> {
    let not_ours = |path: &str, detail: &str| JsonError::NotAnAccountFile {
        path: path.to_owned(),
        detail: detail.to_owned(),
    };
    let Value::Object(object) = value else {
        return Err(not_ours(".", "it is not a JSON object"));
    };
    match object.get("format") {
        Some(Value::String(f)) if f == FORMAT_NAME => {}
        Some(_) => return Err(not_ours("format", "it should say “rapport-account”")),
        None => return Err(not_ours("format", "there is no “format”")),
    }
    match object.get("version").map(Value::as_u64) {
        Some(Some(v)) if (1..=FORMAT_VERSION).contains(&v) => Ok(()),
        Some(Some(v)) if v > FORMAT_VERSION => Err(JsonError::NewerVersion {
            version: u32::try_from(v).unwrap_or(u32::MAX),
        }),
        Some(_) => Err(not_ours(
            "version",
            "the version is not a number Rapport wrote",
        )),
        None => Err(not_ours("version", "there is no “version”")),
    }
}

fn check_references(document: &DocumentIn) -> Result<(), JsonError> {
    references::check_snapshot("snapshot", &document.snapshot)?;
    StakeholderMap::from_snapshot(&document.snapshot).map_err(|e| JsonError::MapRule {
        path: "snapshot.reportsTo".to_owned(),
        detail: e.to_string(),
    })?;
    let mut seen = std::collections::HashSet::new();
    for (i, r) in document.reviews.iter().enumerate() {
        if !seen.insert(r.review.id.as_str()) {
            return Err(JsonError::DuplicateId {
                path: format!("reviews[{i}].review.id"),
                id: r.review.id.to_string(),
            });
        }
        references::check_snapshot(&format!("reviews[{i}].snapshot"), &r.snapshot)?;
    }
    Ok(())
}

/// The account with ids replaced by `1`, `2`, … in order of first appearance (per kind), so
/// two documents that differ only in ids compare equal.
pub fn normalise_ids(
    snapshot: &AccountSnapshot,
    reviews: &[StoredReview],
) -> (AccountSnapshot, Vec<StoredReview>) {
    let (mut snapshot, mut reviews) = (snapshot.clone(), reviews.to_vec());
    let mut next = 0u64;
    let mut counter = || {
        next += 1;
        next.to_string()
    };
    remap::remap_account(
        &mut snapshot,
        &mut reviews,
        &mut remap::IdMap::new(&mut counter),
    );
    (snapshot, reviews)
}

/// A document re-exported with normalised ids (see [`normalise_ids`]).
pub fn normalised_document(bytes: &[u8]) -> Result<Vec<u8>, JsonError> {
    let (snapshot, reviews) = read_document(bytes)?;
    let (snapshot, reviews) = normalise_ids(&snapshot, &reviews);
    Ok(export_account_json(&snapshot, &reviews))
}
