//! The growth side of the plan through the API, on the demo workspace: the whitespace finding and
//! totals in Analyse, the portfolio's "coming up", the reference finder and the calendar export.

mod common;

use common::{clock, demo, today};
use rapport_api::analysis::analyse_account;
use rapport_api::calendar::calendar_ics;
use rapport_api::history::undo;
use rapport_api::offerings::{add_offering, offerings};
use rapport_api::personal::{COMING_UP_DAYS, coming_up_in_portfolio};
use rapport_api::references::{
    delete_reference_request, find_reference_accounts, log_reference_request, reference_requests,
};
use rapport_core::*;
use rapport_store::{OfferingDraft, ReferenceRequestDraft};

#[test]
fn analyse_shows_weakly_covered_opportunities_and_the_whitespace_totals() {
    let (ws, helios) = demo();
    let analysis = analyse_account(&ws, &clock(), &helios).expect("analysed");
    let snap = ws.account_snapshot(&helios).expect("loads");
    let name_of = |f: &Finding| match &f.people[0] {
        PersonId::Stakeholder(id) => snap.stakeholder(id).expect("on the map").name.clone(),
        PersonId::TeamMember(_) => panic!("a stakeholder comes first"),
    };
    let mut weak: Vec<(String, Severity)> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::WeaklyCoveredOpportunity)
        .map(|f| (name_of(f), f.severity))
        .collect();
    weak.sort();
    assert_eq!(
        weak,
        [
            ("Carlos Mendes".to_owned(), Severity::High),
            ("Raj Patel".to_owned(), Severity::Medium),
            ("Tom Fischer".to_owned(), Severity::Medium),
        ],
        "Aisha Rahman is trusted, so her depots' opportunities give nothing"
    );
    let fischer = analysis
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::WeaklyCoveredOpportunity && name_of(f) == "Tom Fischer")
        .expect("found");
    assert_eq!(
        fischer.suggested_goal.title,
        "Reach 'trusted' with Tom Fischer before pursuing Route Optimisation"
    );
    let totals = analysis.whitespace;
    assert_eq!(totals.owned_revenue, 315_000.0);
    assert_eq!(totals.open_up_sell, 570_000.0);
    assert_eq!(totals.open_cross_sell, 105_000.0);
    assert_eq!(totals.open_cells_without_value, 1);
}

#[test]
fn coming_up_lists_the_portfolios_next_30_days_soonest_first_with_where_to_jump() {
    let (ws, helios) = demo();
    let list = coming_up_in_portfolio(&ws, &clock(), COMING_UP_DAYS).expect("listed");
    assert!(
        list.windows(2).all(|w| w[0].date <= w[1].date),
        "soonest first"
    );
    let last = today() + chrono::Days::new(u64::from(COMING_UP_DAYS));
    assert!(list.iter().all(|c| c.date <= last));
    let has = |kind: ComingUpKind, who: &str, days: i64| {
        list.iter().any(|c| {
            c.kind == kind
                && c.stakeholder_name == who
                && c.account == helios
                && c.date == today() + chrono::TimeDelta::days(days)
        })
    };
    assert!(has(ComingUpKind::Birthday, "Raj Patel", 20));
    assert!(
        has(ComingUpKind::PersonalDate, "Aisha Rahman", 12),
        "the yearly anniversary"
    );
    assert!(
        has(ComingUpKind::ThankYou, "Noah Schmidt", -2),
        "overdue, still listed"
    );
    assert!(has(ComingUpKind::ThankYou, "Priya Nair", 3));
    assert!(
        !list.iter().any(|c| c.title.contains("Hamburg route")),
        "a thank-you already done is not listed"
    );
    // Raj was last in touch 130 days ago with a 45-day cadence: overdue.
    let raj = list
        .iter()
        .find(|c| c.kind == ComingUpKind::ContactDue && c.stakeholder_name == "Raj Patel")
        .expect("past his cadence");
    assert!(raj.overdue);
    let raj_id = ws
        .account_snapshot(&helios)
        .expect("loads")
        .stakeholders
        .into_iter()
        .find(|s| s.name == "Raj Patel")
        .expect("on the map")
        .id;
    assert_eq!(raj.stakeholder, raj_id, "the card to open");
}

#[test]
fn the_reference_finder_puts_the_least_asked_first_and_filters() {
    let (mut ws, helios) = demo();
    let all = find_reference_accounts(&ws, &ReferenceQuery::default()).expect("found");
    let names: Vec<(&str, u32)> = all
        .iter()
        .map(|c| (c.name.as_str(), c.times_asked))
        .collect();
    assert_eq!(
        names,
        [("Helios Freight", 1), ("Nordlicht Energie", 2)],
        "Atlas is not willing; Helios was asked less"
    );
    let large = ReferenceQuery {
        size_band: Some(SizeBand::Large),
        ..ReferenceQuery::default()
    };
    let found = find_reference_accounts(&ws, &large).expect("found");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name, "Nordlicht Energie");
    assert_eq!(found[0].last_used, Some(today() - chrono::Days::new(40)));

    // Two more requests for Helios make Nordlicht the one to ask next.
    for prospect in ["Baltic Shipping AB", "Rhein Logistik"] {
        let draft = ReferenceRequestDraft {
            date: today(),
            prospect_name: prospect.into(),
            prospect_account: None,
            note: String::new(),
        };
        log_reference_request(&mut ws, &clock(), &helios, &draft).expect("logged");
    }
    let all = find_reference_accounts(&ws, &ReferenceQuery::default()).expect("found");
    assert_eq!(all[0].name, "Nordlicht Energie");
    assert_eq!((all[1].times_asked, all[1].last_used), (3, Some(today())));
}

#[test]
fn the_calendar_has_stable_uids_from_the_workspace_id_and_covers_the_portfolio() {
    let (ws, helios) = demo();
    let workspace_id = ws.workspace_id().expect("id");
    assert_ne!(workspace_id, rapport_store::UNNAMED_WORKSPACE_ID);
    // Long lines are folded (CRLF and a space); read them unfolded.
    let unfold = |text: String| text.replace("\r\n ", "");
    let one = unfold(calendar_ics(&ws, &clock(), Some(&helios)).expect("exported"));
    assert_eq!(
        one,
        unfold(calendar_ics(&ws, &clock(), Some(&helios)).expect("exported"))
    );
    assert!(one.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(one.contains("X-WR-CALNAME:Rapport — Helios Freight\r\n"));
    assert!(one.contains(&format!(
        "UID:next-review-{helios}@{workspace_id}.rapport\r\n"
    )));
    assert!(
        one.contains("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n"),
        "Priya's leap-day birthday"
    );
    assert!(one.contains("SUMMARY:Thank Priya Nair (Helios Freight)\r\n"));
    assert!(!one.contains("Nordlicht Energie)"), "one account only");
    let all = unfold(calendar_ics(&ws, &clock(), None).expect("exported"));
    assert!(all.contains("SUMMARY:Account review due: Nordlicht Energie\r\n"));
    assert!(all.contains("SUMMARY:Account review due: Helios Freight\r\n"));
}

#[test]
fn the_catalogue_answers_with_the_portfolios_undo() {
    let (mut ws, _) = demo();
    let before = offerings(&ws).expect("catalogue").offerings.len();
    assert_eq!(before, 6);
    let after = add_offering(&mut ws, &OfferingDraft::named("Customs Brokerage")).expect("added");
    assert_eq!(after.offerings.len(), before + 1);
    assert_eq!(
        after.history.undo.as_deref(),
        Some("Add offering “Customs Brokerage”")
    );
}

#[test]
fn a_request_lists_on_the_reference_and_on_the_prospect_and_its_removal_is_the_references_undo_step()
 {
    let (mut ws, helios) = demo();
    let atlas = ws
        .account_id_by_name("Atlas Retail Group")
        .expect("demo account");
    let nordlicht = ws
        .account_id_by_name("Nordlicht Energie")
        .expect("demo account");
    let on_nordlicht = reference_requests(&ws, &nordlicht).expect("listed");
    let prospects: Vec<&str> = on_nordlicht
        .as_reference
        .iter()
        .map(|l| l.request.prospect_name.as_str())
        .collect();
    assert_eq!(
        prospects,
        ["Hanse Energie", "Atlas Retail Group"],
        "oldest first"
    );
    assert!(on_nordlicht.as_prospect.is_empty());
    assert_eq!(
        on_nordlicht.as_reference[1]
            .prospect_account_name
            .as_deref(),
        Some("Atlas Retail Group")
    );
    let on_atlas = reference_requests(&ws, &atlas).expect("listed");
    assert!(on_atlas.as_reference.is_empty());
    assert_eq!(on_atlas.as_prospect.len(), 1);
    assert_eq!(on_atlas.as_prospect[0].reference_name, "Nordlicht Energie");

    // Atlas asks Helios too: listed on both, removed on Helios, back with Helios's undo.
    let draft = ReferenceRequestDraft {
        date: today(),
        prospect_name: "Atlas Retail Group".into(),
        prospect_account: Some(atlas.clone()),
        note: "Warehouse visibility".into(),
    };
    log_reference_request(&mut ws, &clock(), &helios, &draft).expect("logged");
    let asked = reference_requests(&ws, &atlas).expect("listed").as_prospect;
    let names: Vec<&str> = asked.iter().map(|l| l.reference_name.as_str()).collect();
    assert_eq!(names, ["Nordlicht Energie", "Helios Freight"]);
    let id = asked[1].request.id.clone();
    let removed = delete_reference_request(&mut ws, &helios, &id).expect("removed");
    assert_eq!(
        removed.history.undo.as_deref(),
        Some("Remove the reference request from Atlas Retail Group")
    );
    assert_eq!(
        reference_requests(&ws, &atlas)
            .expect("listed")
            .as_prospect
            .len(),
        1
    );
    assert_eq!(
        reference_requests(&ws, &helios)
            .expect("listed")
            .as_reference
            .len(),
        1
    );
    undo(&mut ws, &helios).expect("undone");
    assert_eq!(
        reference_requests(&ws, &atlas)
            .expect("listed")
            .as_prospect
            .len(),
        2
    );
    assert!(
        reference_requests(&ws, &helios)
            .expect("listed")
            .as_reference
            .iter()
            .any(|l| l.request.id == id)
    );
}
