//! Who the generated people are: names, departments, titles and buying roles.

use super::rng::Rng;
use crate::people::Role;

pub(super) const DEPARTMENTS: [&str; 9] = [
    "Finance",
    "IT",
    "Operations",
    "Sales",
    "Marketing",
    "HR",
    "Procurement",
    "R&D",
    // Deliberately never covered, so "nobody in this department" shows up in every large account.
    "Legal",
];

const FIRST: [&str; 40] = [
    "Ana", "Raj", "Tom", "Mia", "Lars", "Yuki", "Omar", "Lena", "Paul", "Ines", "Kofi", "Sara",
    "Jon", "Priya", "Marc", "Elif", "Hugo", "Nora", "Ivan", "Zoe", "Luca", "Aiko", "Ben", "Chloe",
    "Diego", "Eva", "Femi", "Greta", "Hana", "Igor", "Jade", "Karl", "Lina", "Mateo", "Nia",
    "Oscar", "Pia", "Quinn", "Rosa", "Sven",
];

const LAST: [&str; 40] = [
    "Ruiz", "Patel", "Ng", "Schmidt", "Okafor", "Tanaka", "Haddad", "Novak", "Dubois", "Silva",
    "Mensah", "Berg", "Kowalski", "Rao", "Lefebvre", "Yilmaz", "Moreau", "Lind", "Petrov", "Clark",
    "Rossi", "Sato", "Adams", "Martin", "Garcia", "Keller", "Adeyemi", "Holm", "Kim", "Volkov",
    "Evans", "Weber", "Costa", "Lopez", "Diallo", "Nilsson", "Fischer", "Byrne", "Santos",
    "Larsen",
];

const OUR_FIRST: [&str; 12] = [
    "Sam", "Eve", "Alex", "Robin", "Jamie", "Morgan", "Casey", "Drew", "Kai", "Riley", "Sky",
    "Toni",
];

const OUR_LAST: [&str; 12] = [
    "Lee", "Stone", "Hart", "Quinn", "Blake", "Reed", "Frost", "Vale", "Marsh", "Wolfe", "Grant",
    "Hale",
];

/// Distinct names for the first 41,600 people: a seed-shifted permutation of first and last
/// names, with a middle initial from the 1,601st person on.
pub(super) fn person_name(i: usize, seed: u64) -> String {
    // 7919 is prime, so i -> i * 7919 + offset is a permutation of 0..1600.
    let k = (i % 1600 * 7919 + (seed % 1600) as usize) % 1600;
    let (first, last, middle) = (FIRST[k % 40], LAST[k / 40], (i / 1600) % 26);
    if middle == 0 {
        format!("{first} {last}")
    } else {
        format!("{first} {}. {last}", char::from(b'A' + (middle - 1) as u8))
    }
}

pub(super) fn our_name(t: usize) -> String {
    let first = OUR_FIRST[t % OUR_FIRST.len()];
    let last = OUR_LAST[(t / OUR_FIRST.len() + t * 5) % OUR_LAST.len()];
    if t < OUR_FIRST.len() * OUR_LAST.len() {
        format!("{first} {last}")
    } else {
        format!(
            "{first} {last} {}",
            t / (OUR_FIRST.len() * OUR_LAST.len()) + 1
        )
    }
}

pub(super) fn title(level: usize, department: &str, rng: &mut Rng) -> String {
    match level {
        0 => "Chief Executive Officer".to_owned(),
        1 => format!("Head of {department}"),
        2 => format!("Director, {department}"),
        3 => format!("{department} Manager"),
        _ if rng.chance(50) => format!("{department} Specialist"),
        _ => format!("{department} Analyst"),
    }
}

pub(super) fn roles(level: usize, department: &str, rng: &mut Rng) -> Vec<Role> {
    let mut roles = Vec::new();
    let budget = match level {
        0 => true,
        1 => rng.chance(70),
        2 => rng.chance(10),
        _ => false,
    };
    if budget {
        roles.push(Role::Budget);
    }
    if department == "Procurement" || department == "IT" && rng.chance(30) || rng.chance(8) {
        roles.push(Role::Gatekeeper);
    }
    if level >= 3 && rng.chance(50) {
        roles.push(Role::User);
    }
    roles
}
