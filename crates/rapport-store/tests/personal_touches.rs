//! A stakeholder's personal dates and the thank-yous we owe them: their own records, each edit
//! one undoable step of the account's history, refusals writing nothing.

mod common;

use common::{Demo, day};
use rapport_core::*;
use rapport_store::{PersonalDateDraft, ThankYouDraft};

fn anniversary(stakeholder: StakeholderId) -> PersonalDateDraft {
    PersonalDateDraft {
        stakeholder,
        label: " Work anniversary ".into(),
        date: day(2019, 2, 28),
        yearly: true,
    }
}

fn thanks(stakeholder: StakeholderId) -> ThankYouDraft {
    ThankYouDraft {
        stakeholder,
        reason: ThankYouReason::ReferenceCall,
        text: "The call with Nordlicht".into(),
        due: day(2026, 12, 1),
        done: false,
    }
}

#[test]
fn a_personal_date_is_added_edited_and_undone_on_the_account() {
    let mut demo = Demo::new();
    let raj = demo.person("Raj Patel").id;
    let before = demo.snap().personal_dates.len();
    let id = demo
        .ws
        .add_personal_date(&demo.id, &anniversary(raj.clone()))
        .expect("added");
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Add “Work anniversary” for Raj Patel")
    );
    let stored = demo
        .snap()
        .personal_dates
        .into_iter()
        .find(|d| d.id == id)
        .expect("stored");
    assert_eq!(
        (stored.label.as_str(), stored.yearly),
        ("Work anniversary", true)
    );
    assert_eq!(stored.stakeholder, raj);

    let once = PersonalDateDraft {
        label: "Daughter's graduation".into(),
        date: day(2027, 6, 30),
        yearly: false,
        ..anniversary(raj.clone())
    };
    demo.ws
        .update_personal_date(&demo.id, &id, &once)
        .expect("edited");
    demo.ws.undo(&demo.id).expect("undone");
    let back = demo
        .snap()
        .personal_dates
        .into_iter()
        .find(|d| d.id == id)
        .expect("stored");
    assert_eq!(back.label, "Work anniversary");
    demo.ws
        .delete_personal_date(&demo.id, &id)
        .expect("removed");
    assert_eq!(demo.snap().personal_dates.len(), before);
    demo.ws.undo(&demo.id).expect("undone");
    assert_eq!(demo.snap().personal_dates.len(), before + 1);
}

#[test]
fn a_date_without_a_label_or_for_someone_elses_person_is_refused() {
    let mut demo = Demo::new();
    let raj = demo.person("Raj Patel").id;
    let no_label = PersonalDateDraft {
        label: "  ".into(),
        ..anniversary(raj)
    };
    demo.refused("label", |ws, id| ws.add_personal_date(id, &no_label));
    let nordlicht = demo
        .ws
        .account_id_by_name("Nordlicht Energie")
        .expect("demo");
    let stranger = demo
        .ws
        .account_snapshot(&nordlicht)
        .expect("loads")
        .stakeholders[0]
        .id
        .clone();
    demo.refused("stakeholder", |ws, id| {
        ws.add_personal_date(id, &anniversary(stranger.clone()))
    });
    demo.refused("stakeholder", |ws, id| {
        ws.add_thank_you(id, &thanks(stranger.clone()))
    });
}

#[test]
fn a_thank_you_is_owed_marked_done_and_undone() {
    let mut demo = Demo::new();
    let aisha = demo.person("Aisha Rahman").id;
    let id = demo
        .ws
        .add_thank_you(&demo.id, &thanks(aisha.clone()))
        .expect("added");
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Add a thank-you for Aisha Rahman")
    );
    let done = ThankYouDraft {
        done: true,
        ..thanks(aisha.clone())
    };
    demo.ws
        .update_thank_you(&demo.id, &id, &done)
        .expect("done");
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Mark the thank-you for Aisha Rahman done")
    );
    let stored = |demo: &Demo| demo.snap().thank_yous.into_iter().find(|t| t.id == id);
    assert!(stored(&demo).expect("stored").done);
    demo.ws.undo(&demo.id).expect("undone");
    assert!(!stored(&demo).expect("stored").done);
    demo.ws.delete_thank_you(&demo.id, &id).expect("removed");
    assert!(stored(&demo).is_none());
}

#[test]
fn a_thank_you_for_something_else_must_say_what_for() {
    let mut demo = Demo::new();
    let aisha = demo.person("Aisha Rahman").id;
    let vague = ThankYouDraft {
        reason: ThankYouReason::Other,
        text: " ".into(),
        ..thanks(aisha)
    };
    let message = demo.refused("text", |ws, id| ws.add_thank_you(id, &vague));
    assert!(message.contains("what the thank-you is for"), "{message}");
}

#[test]
fn erasing_a_person_takes_their_dates_and_thank_yous_with_them() {
    let mut demo = Demo::new();
    let raj = demo.person("Raj Patel").id;
    demo.ws
        .add_personal_date(&demo.id, &anniversary(raj.clone()))
        .expect("added");
    demo.ws
        .add_thank_you(&demo.id, &thanks(raj.clone()))
        .expect("added");
    demo.ws.erase_person(&demo.id, &raj).expect("erased");
    let snap = demo.snap();
    assert!(snap.personal_dates.iter().all(|d| d.stakeholder != raj));
    assert!(snap.thank_yous.iter().all(|t| t.stakeholder != raj));
}
