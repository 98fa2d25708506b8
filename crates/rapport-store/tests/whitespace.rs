//! The offerings catalogue (workspace-wide, in the portfolio's history) and each account's
//! whitespace matrix (needs and cells, in the account's history): every refusal writes nothing.

mod common;

use common::{Demo, refused_everywhere, whole};
use rapport_core::*;
use rapport_store::{Error, HistoryScope, OfferingDraft, Workspace};

fn offering(ws: &Workspace, name: &str) -> Offering {
    ws.offerings()
        .expect("catalogue")
        .into_iter()
        .find(|o| o.name == name)
        .unwrap_or_else(|| panic!("{name} in the catalogue"))
}

fn portfolio_undo(ws: &Workspace) -> Option<String> {
    ws.history_state(HistoryScope::Workspace)
        .expect("history")
        .undo
}

#[test]
fn an_offering_is_added_and_edited_in_the_workspace_history_never_an_accounts() {
    let mut demo = Demo::new();
    let account_undo = demo.undo_label();
    let id = demo
        .ws
        .add_offering(&OfferingDraft {
            name: "  Customs Brokerage ".into(),
            family: "Services".into(),
            typical_deal_size: Some(120_000.0),
        })
        .expect("added");
    let added = offering(&demo.ws, "Customs Brokerage");
    assert_eq!(added.id, id);
    assert_eq!(
        (added.family.as_str(), added.typical_deal_size),
        ("Services", Some(120_000.0))
    );
    assert_eq!(
        portfolio_undo(&demo.ws).as_deref(),
        Some("Add offering “Customs Brokerage”")
    );
    assert_eq!(
        demo.undo_label(),
        account_undo,
        "not in the account's history"
    );
    // Every account's snapshot sees the catalogue.
    assert!(demo.snap().offerings.iter().any(|o| o.id == id));

    demo.ws
        .update_offering(
            &id,
            &OfferingDraft {
                name: "Customs".into(),
                family: "Services".into(),
                typical_deal_size: None,
            },
        )
        .expect("renamed");
    assert_eq!(
        portfolio_undo(&demo.ws).as_deref(),
        Some("Rename offering “Customs Brokerage” to “Customs”")
    );
    assert_eq!(offering(&demo.ws, "Customs").typical_deal_size, None);
    demo.ws.undo(HistoryScope::Workspace).expect("undone");
    assert_eq!(
        offering(&demo.ws, "Customs Brokerage").typical_deal_size,
        Some(120_000.0)
    );
    demo.ws.undo(HistoryScope::Workspace).expect("undone");
    assert!(
        demo.ws
            .offerings()
            .expect("catalogue")
            .iter()
            .all(|o| o.id != id)
    );
}

#[test]
fn offerings_with_no_name_a_taken_name_or_a_negative_deal_size_are_refused() {
    let mut demo = Demo::new();
    let ws = &mut demo.ws;
    let message = refused_everywhere(ws, "name", |ws| ws.add_offering(&OfferingDraft::named(" ")));
    assert!(message.contains("needs a name"), "{message}");
    let message = refused_everywhere(ws, "name", |ws| {
        ws.add_offering(&OfferingDraft::named("fleet TELEMATICS"))
    });
    assert!(message.contains("“Fleet Telematics”"), "{message}");
    let message = refused_everywhere(ws, "typicalDealSize", |ws| {
        ws.add_offering(&OfferingDraft {
            typical_deal_size: Some(-1.0),
            ..OfferingDraft::named("Customs")
        })
    });
    assert!(message.contains("cannot be negative"), "{message}");
    let route = offering(ws, "Route Optimisation").id;
    refused_everywhere(ws, "name", |ws| {
        ws.update_offering(&route, &OfferingDraft::named("Fleet Telematics"))
    });
    refused_everywhere(ws, "typicalDealSize", |ws| {
        ws.update_offering(
            &route,
            &OfferingDraft {
                typical_deal_size: Some(f64::INFINITY),
                ..OfferingDraft::named("Route Optimisation")
            },
        )
    });
}

#[test]
fn an_offering_in_use_cannot_be_removed_and_the_message_names_the_accounts() {
    let mut demo = Demo::new();
    let fleet = offering(&demo.ws, "Fleet Telematics").id;
    let before = whole(&demo.ws);
    let err = demo.ws.remove_offering(&fleet).expect_err("refused");
    assert_eq!(before, whole(&demo.ws), "nothing written");
    match err {
        Error::Conflict { message } => assert!(message.contains("“Helios Freight”"), "{message}"),
        other => panic!("expected a conflict, got {other:?}"),
    }

    // Once every cell on it is cleared, it goes; the portfolio's undo brings it back.
    for cell in demo
        .snap()
        .whitespace
        .iter()
        .filter(|c| c.offering == fleet)
    {
        let blank = WhitespaceCell {
            offering: cell.offering.clone(),
            need: cell.need.clone(),
            ..WhitespaceCell::default()
        };
        demo.ws
            .set_whitespace_cell(&demo.id, &blank)
            .expect("cleared");
    }
    assert!(demo.snap().whitespace.iter().all(|c| c.offering != fleet));
    demo.ws.remove_offering(&fleet).expect("removed");
    assert!(
        demo.ws
            .offerings()
            .expect("catalogue")
            .iter()
            .all(|o| o.id != fleet)
    );
    demo.ws.undo(HistoryScope::Workspace).expect("undone");
    assert_eq!(offering(&demo.ws, "Fleet Telematics").id, fleet);
}

#[test]
fn a_cell_is_set_as_one_step_of_the_account_history() {
    let mut demo = Demo::new();
    let fleet = offering(&demo.ws, "Fleet Telematics").id;
    let need = demo
        .ws
        .add_need(&demo.id, "Cold chain")
        .expect("need added");
    assert_eq!(demo.undo_label().as_deref(), Some("Add need “Cold chain”"));
    let holder = demo.person("Aisha Rahman").id;
    let cell = WhitespaceCell {
        offering: fleet.clone(),
        need: need.clone(),
        state: WhitespaceState::Opportunity,
        budget_holder: Some(holder.clone()),
        estimated_value: Some(80_000.0),
        note: "  Pilot in Q2 \n".into(),
    };
    let portfolio = portfolio_undo(&demo.ws);
    demo.ws.set_whitespace_cell(&demo.id, &cell).expect("set");
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Set Fleet Telematics for Cold chain")
    );
    assert_eq!(
        portfolio_undo(&demo.ws),
        portfolio,
        "not the portfolio's step"
    );
    let stored = demo
        .snap()
        .whitespace
        .into_iter()
        .find(|c| c.need == need)
        .expect("stored");
    assert_eq!(stored.note, "Pilot in Q2");
    assert_eq!(stored.estimated_value, Some(80_000.0));
    assert_eq!(stored.budget_holder, Some(holder));

    // Changing it again replaces the cell; undo puts the earlier one back.
    let owned = WhitespaceCell {
        state: WhitespaceState::Owned,
        ..cell.clone()
    };
    demo.ws.set_whitespace_cell(&demo.id, &owned).expect("set");
    demo.ws.undo(&demo.id).expect("undone");
    let back = demo
        .snap()
        .whitespace
        .into_iter()
        .find(|c| c.need == need)
        .expect("cell");
    assert_eq!(back.state, WhitespaceState::Opportunity);
}

#[test]
fn a_cell_with_a_negative_value_a_stranger_as_budget_holder_or_an_unknown_need_is_refused() {
    let mut demo = Demo::new();
    let fleet = offering(&demo.ws, "Fleet Telematics").id;
    let need = demo.snap().needs[0].id.clone();
    let cell = WhitespaceCell {
        offering: fleet,
        need,
        state: WhitespaceState::Opportunity,
        ..WhitespaceCell::default()
    };
    let negative = WhitespaceCell {
        estimated_value: Some(-10.0),
        ..cell.clone()
    };
    demo.refused("estimatedValue", |ws, id| {
        ws.set_whitespace_cell(id, &negative)
    });
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
    let elsewhere = WhitespaceCell {
        budget_holder: Some(stranger),
        ..cell.clone()
    };
    demo.refused("budgetHolder", |ws, id| {
        ws.set_whitespace_cell(id, &elsewhere)
    });
    let nowhere = WhitespaceCell {
        need: "no-such-need".into(),
        ..cell.clone()
    };
    demo.refused("need", |ws, id| ws.set_whitespace_cell(id, &nowhere));
    let unknown = WhitespaceCell {
        offering: "no-such-offering".into(),
        ..cell
    };
    demo.refused("offering", |ws, id| ws.set_whitespace_cell(id, &unknown));
}

#[test]
fn needs_are_renamed_and_removed_with_their_cells_and_bad_names_are_refused() {
    let mut demo = Demo::new();
    let need = demo
        .snap()
        .needs
        .iter()
        .find(|n| n.name == "Fleet")
        .expect("demo need")
        .clone();
    let cells = |demo: &Demo| {
        demo.snap()
            .whitespace
            .iter()
            .filter(|c| c.need == need.id)
            .count()
    };
    let had = cells(&demo);
    assert!(had > 0);
    demo.refused("name", |ws, id| ws.add_need(id, "  "));
    let message = demo.refused("name", |ws, id| ws.add_need(id, "WAREHOUSING"));
    assert!(message.contains("“Warehousing”"), "{message}");
    demo.refused("name", |ws, id| ws.rename_need(id, &need.id, "warehousing"));
    demo.ws
        .rename_need(&demo.id, &need.id, "Fleet & yard")
        .expect("renamed");
    assert!(demo.snap().needs.iter().any(|n| n.name == "Fleet & yard"));
    demo.ws.remove_need(&demo.id, &need.id).expect("removed");
    assert_eq!(cells(&demo), 0);
    assert_eq!(
        demo.undo_label().as_deref(),
        Some("Remove need “Fleet & yard”")
    );
    demo.ws.undo(&demo.id).expect("undone");
    assert_eq!(cells(&demo), had, "the cells come back with their need");
}

#[test]
fn undoing_add_offering_after_cells_were_put_on_it_is_refused_naming_the_accounts() {
    let mut demo = Demo::new();
    let atlas = demo
        .ws
        .account_id_by_name("Atlas Retail Group")
        .expect("demo account");
    let customs = demo
        .ws
        .add_offering(&OfferingDraft::named("Customs Brokerage"))
        .expect("added");
    let mut cells = Vec::new();
    for account in [demo.id.clone(), atlas.clone()] {
        let need = demo.ws.add_need(&account, "Imports").expect("need");
        let cell = WhitespaceCell {
            offering: customs.clone(),
            need,
            state: WhitespaceState::Opportunity,
            estimated_value: Some(50_000.0),
            ..WhitespaceCell::default()
        };
        demo.ws.set_whitespace_cell(&account, &cell).expect("set");
        cells.push((account, cell));
    }

    let before = whole(&demo.ws);
    let err = demo
        .ws
        .undo(HistoryScope::Workspace)
        .expect_err("refused while the cells are there");
    assert_eq!(
        before,
        whole(&demo.ws),
        "nothing changed, histories included"
    );
    match err {
        Error::Conflict { message } => {
            assert!(message.contains("“Customs Brokerage”"), "{message}");
            assert!(
                message.contains("“Atlas Retail Group”, “Helios Freight”"),
                "{message}"
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }

    // Cleared in both accounts (by their own undo), the add is undone and redone as before.
    for (account, _) in &cells {
        demo.ws.undo(account).expect("cell undone");
    }
    assert_eq!(
        demo.ws
            .undo(HistoryScope::Workspace)
            .expect("undone")
            .as_deref(),
        Some("Add offering “Customs Brokerage”")
    );
    assert!(
        demo.ws
            .offerings()
            .expect("catalogue")
            .iter()
            .all(|o| o.id != customs)
    );
    demo.ws.redo(HistoryScope::Workspace).expect("redone");
    assert_eq!(offering(&demo.ws, "Customs Brokerage").id, customs);
}

#[test]
fn redoing_remove_offering_after_cells_were_put_on_it_again_is_refused() {
    let mut demo = Demo::new();
    let customs = demo
        .ws
        .add_offering(&OfferingDraft::named("Customs Brokerage"))
        .expect("added");
    demo.ws.remove_offering(&customs).expect("removed");
    demo.ws.undo(HistoryScope::Workspace).expect("back");
    let need = demo.ws.add_need(&demo.id, "Imports").expect("need");
    let cell = WhitespaceCell {
        offering: customs.clone(),
        need,
        state: WhitespaceState::Owned,
        ..WhitespaceCell::default()
    };
    demo.ws.set_whitespace_cell(&demo.id, &cell).expect("set");
    let before = whole(&demo.ws);
    let err = demo.ws.redo(HistoryScope::Workspace).expect_err("refused");
    assert_eq!(before, whole(&demo.ws), "nothing changed");
    assert!(
        matches!(&err, Error::Conflict { message } if message.contains("then redo again")),
        "{err:?}"
    );
}
