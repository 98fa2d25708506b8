//! Reference requests: logged on the reference account (its history), visible on the
//! prospect's account too; refusals write nothing.

mod common;

use common::{Demo, day, refused_everywhere, today};
use rapport_core::*;
use rapport_store::ReferenceRequestDraft;

fn request(prospect: Option<AccountId>) -> ReferenceRequestDraft {
    ReferenceRequestDraft {
        date: day(2026, 11, 2),
        prospect_name: "Atlas Retail Group".into(),
        prospect_account: prospect,
        note: "Wants to hear about grid planning".into(),
    }
}

#[test]
fn a_request_is_on_the_reference_account_and_the_prospects_and_undone_with_the_reference() {
    let mut demo = Demo::new();
    let nordlicht = demo
        .ws
        .account_id_by_name("Nordlicht Energie")
        .expect("demo");
    let atlas = demo
        .ws
        .account_id_by_name("Atlas Retail Group")
        .expect("demo");
    let id = demo
        .ws
        .log_reference_request(&nordlicht, &request(Some(atlas.clone())), today())
        .expect("logged");
    let on = |demo: &Demo, account: &AccountId| {
        demo.ws
            .reference_requests(account)
            .expect("requests")
            .into_iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert!(on(&demo, &nordlicht).contains(&id));
    assert!(on(&demo, &atlas).contains(&id), "the prospect sees it too");
    assert_eq!(
        demo.ws
            .history_state(&nordlicht)
            .expect("history")
            .undo
            .as_deref(),
        Some("Log a reference request from Atlas Retail Group")
    );
    assert!(
        demo.ws
            .all_reference_requests()
            .expect("all")
            .iter()
            .any(|r| r.id == id)
    );
    demo.ws.undo(&nordlicht).expect("undone");
    assert!(!on(&demo, &atlas).contains(&id));
}

#[test]
fn requests_without_a_prospect_in_the_future_or_naming_a_missing_or_the_same_account_are_refused() {
    let mut demo = Demo::new();
    let nordlicht = demo
        .ws
        .account_id_by_name("Nordlicht Energie")
        .expect("demo");
    let ws = &mut demo.ws;
    let nameless = ReferenceRequestDraft {
        prospect_name: " ".into(),
        ..request(None)
    };
    refused_everywhere(ws, "prospectName", |ws| {
        ws.log_reference_request(&nordlicht, &nameless, today())
    });
    let tomorrow = ReferenceRequestDraft {
        date: day(2026, 11, 24),
        ..request(None)
    };
    refused_everywhere(ws, "date", |ws| {
        ws.log_reference_request(&nordlicht, &tomorrow, today())
    });
    let itself = request(Some(nordlicht.clone()));
    refused_everywhere(ws, "prospectAccount", |ws| {
        ws.log_reference_request(&nordlicht, &itself, today())
    });
    let missing = request(Some("no-such-account".into()));
    refused_everywhere(ws, "prospectAccount", |ws| {
        ws.log_reference_request(&nordlicht, &missing, today())
    });
}
