//! One test per contacts format, each on a small fixture file written for it.

mod common;

use common::*;
use rapport_core::{Attitude, Role, StakeholderStatus};
use rapport_exchange::{
    CrmIds, Field, Format, ImportOptions, MappingOverride, TextEncoding, preview,
};

#[test]
fn salesforce_api_names_with_ids_and_another_account() {
    let account = empty_account("Northwind Holdings");
    let options = ImportOptions::default();
    let p = preview(&fixture("salesforce_api.csv"), &options, Some(&account));
    assert_eq!(p.format, Format::SalesforceApi);
    assert_eq!(p.encoding, Some(TextEncoding::Utf8));
    assert_eq!(p.delimiter.as_deref(), Some(","));
    assert_eq!((p.rows, p.people, p.other_company_rows), (6, 5, 1));
    assert_eq!(p.managers_resolved, 4);
    let companies: Vec<(&str, u32, bool)> = p
        .companies
        .iter()
        .map(|c| (c.name.as_str(), c.rows, c.imported))
        .collect();
    assert_eq!(
        companies,
        [("Northwind Holdings", 5, true), ("Contoso Ltd", 1, false)]
    );
    let mut crm_ids = CrmIds::new();
    let map = applied(plan_of(&p), &account, &mut crm_ids);
    assert_eq!(manager(&map, "Raj Patel").as_deref(), Some("Ana Ruiz"));
    assert_eq!(manager(&map, "Mia Schmidt").as_deref(), Some("Raj Patel"));
    assert_eq!(manager(&map, "Lars Okafor").as_deref(), Some("Tom Ng"));
    assert_eq!(manager(&map, "Ana Ruiz"), None);
    assert_eq!(person(&map, "Mia Schmidt").title, "Director, Procurement");
    assert_eq!(person(&map, "Ana Ruiz").phone, "+44 20 7946 0001");
    let ana = &person(&map, "Ana Ruiz").id;
    assert_eq!(crm_ids[ana], "0035g00000NWC01IAQ");
    assert!(p.unknown_columns.is_empty());
}

#[test]
fn without_a_target_account_every_company_is_read() {
    let p = preview(
        &fixture("salesforce_api.csv"),
        &ImportOptions::default(),
        None,
    );
    assert_eq!((p.people, p.other_company_rows), (6, 0));
}

#[test]
fn salesforce_report_labels_with_bom_footer_and_manager_by_name() {
    let options = options_for("Helios Freight");
    let p = preview(&fixture("salesforce_report.csv"), &options, None);
    assert_eq!(p.format, Format::SalesforceReport);
    assert_eq!(p.encoding, Some(TextEncoding::Utf8WithBom));
    assert_eq!((p.people, p.managers_resolved), (4, 3));
    let plan = plan_of(&p);
    let ids: Vec<&str> = plan
        .new_people
        .iter()
        .map(|n| n.stakeholder.id.as_str())
        .collect();
    assert_eq!(ids, ["import:2", "import:3", "import:4", "import:5"]);
    let map = applied(plan, &empty_account("Helios Freight"), &mut CrmIds::new());
    assert_eq!(manager(&map, "Sara Berg").as_deref(), Some("Kofi Mensah"));
    // No "Reports To ID": the report's "Reports To: Full Name" answers.
    assert_eq!(manager(&map, "Jon Kowalski").as_deref(), Some("Ines Silva"));
    assert_eq!(person(&map, "Sara Berg").title, "Sales Manager, Nordics");
    let unknown: Vec<&str> = p
        .unknown_columns
        .iter()
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(unknown, ["Contact Owner"]);
}

#[test]
fn hubspot_with_semicolons_windows_1252_and_buying_roles() {
    let options = options_for("Helios Freight");
    let p = preview(&fixture("hubspot.csv"), &options, None);
    assert_eq!(p.format, Format::HubSpot);
    assert_eq!(p.encoding, Some(TextEncoding::Windows1252));
    assert_eq!(p.delimiter.as_deref(), Some(";"));
    // "Helios Freight GmbH" is the target; "Contoso AG" is not.
    assert_eq!((p.people, p.other_company_rows), (6, 1));
    let map = applied(
        plan_of(&p),
        &empty_account("Helios Freight"),
        &mut CrmIds::new(),
    );
    let joerg = person(&map, "Jörg Müller");
    assert_eq!(
        (joerg.roles.as_slice(), joerg.role_tag.as_str()),
        (&[Role::Budget][..], "Decision Maker")
    );
    assert_eq!(joerg.title, "Geschäftsführer");
    let zoe = person(&map, "Zoë Dubois");
    assert!(zoe.roles.is_empty());
    assert_eq!(zoe.role_tag, "Influencer");
    let bjoern = person(&map, "Björn Åkesson");
    assert_eq!(bjoern.roles, [Role::Budget]);
    assert_eq!(bjoern.attitude, Attitude::Champion);
    assert_eq!(person(&map, "Inès Lefèvre").roles, [Role::Gatekeeper]);
    assert_eq!(person(&map, "Paul Weber").roles, [Role::User]);
    assert_eq!(person(&map, "Greta Holm").attitude, Attitude::Blocker);
}

#[test]
fn org_chart_by_manager_name_with_dotted_lines_and_multi_line_cells() {
    let p = preview(&fixture("org_chart.csv"), &ImportOptions::default(), None);
    assert_eq!(p.format, Format::OrgChart);
    assert_eq!((p.people, p.managers_resolved, p.dotted_lines), (5, 4, 3));
    let plan = plan_of(&p);
    let lines: Vec<u32> = plan.new_people.iter().map(|n| n.line).collect();
    assert_eq!(lines, [2, 3, 6, 7, 8], "Hugo's row spans lines 3 to 5");
    let map = applied(plan, &empty_account("Orbis"), &mut CrmIds::new());
    let hugo = person(&map, "Hugo Moreau");
    assert_eq!(hugo.title, "Head of Operations");
    assert_eq!(
        hugo.personal_notes,
        "Runs the night shift.\nPrefers calls to e-mail."
    );
    assert_eq!(
        manager(&map, "Zoe Clark").as_deref(),
        Some("Nora Lind"),
        "“Lind, Nora”"
    );
    assert_eq!(dotted(&map, "Ivan Petrov"), ["Elif Yilmaz", "Nora Lind"]);
    assert_eq!(dotted(&map, "Zoe Clark"), ["Hugo Moreau"]);
}

#[test]
fn rapport_template_reads_every_field() {
    let p = preview(
        &fixture("rapport_template.csv"),
        &ImportOptions::default(),
        None,
    );
    assert_eq!(p.format, Format::RapportTemplate);
    assert!(p.unknown_columns.is_empty());
    let mut crm_ids = CrmIds::new();
    let map = applied(plan_of(&p), &empty_account("Acme"), &mut crm_ids);
    let priya = person(&map, "Priya Rao");
    assert_eq!(
        priya.phone, "+1 555 0100",
        "the spreadsheet's formula guard is removed"
    );
    assert_eq!(
        (priya.roles.as_slice(), priya.role_tag.as_str()),
        (&[Role::Budget][..], "economic buyer")
    );
    assert_eq!((priya.attitude, priya.influence), (Attitude::Supporter, 5));
    assert_eq!(priya.last_contact, Some(date(2026, 5, 2)));
    assert_eq!((priya.cadence_days, priya.nps_score), (Some(30), Some(9)));
    assert_eq!(priya.birthday, Some(date(1975, 4, 12)));
    assert_eq!(priya.interests, "Sailing");
    assert_eq!(
        priya.personal_notes,
        "Met at the 2025 summit.\nAsk about the regatta."
    );
    assert_eq!(crm_ids[&priya.id], "C-001");
    let omar = person(&map, "Omar Haddad");
    assert_eq!(omar.roles, [Role::Gatekeeper, Role::User]);
    assert_eq!(omar.attitude, Attitude::Skeptic);
    assert_eq!(
        manager(&map, "Ben Adams").as_deref(),
        Some("Omar Haddad"),
        "by e-mail"
    );
    assert_eq!(
        manager(&map, "Chloe Martin").as_deref(),
        Some("Lena Novak"),
        "by CRM id"
    );
    assert_eq!(dotted(&map, "Lena Novak"), ["Omar Haddad"]);
    assert_eq!(
        person(&map, "Chloe Martin").status,
        StakeholderStatus::LeftCompany
    );
    assert_eq!(person(&map, "Ben Adams").role_tag, "coach");
}

#[test]
fn columns_can_be_mapped_by_hand_and_unknown_ones_are_listed() {
    let text = "Mitarbeiter\tChef\tLieblingsfarbe\nAna\t\tblau\nRaj\tAna\tgrün\n";
    let p = preview_text(text);
    assert_eq!(p.format, Format::Unrecognised);
    assert_eq!(p.delimiter.as_deref(), Some("\t"));
    assert!(p.plan.is_none(), "no name column yet");
    assert!(messages(&p)[0].starts_with("Line 1: no column holds the people's names"));
    let options = ImportOptions {
        mapping: ["Mitarbeiter=name", "Chef=reports to"]
            .iter()
            .map(|pair| MappingOverride::parse(pair).expect("pair"))
            .collect(),
        ..ImportOptions::default()
    };
    let p = preview(text.as_bytes(), &options, None);
    let mapping = p.mapping.as_ref().expect("mapped");
    assert_eq!(
        mapping
            .column_of(Field::ReportsTo)
            .map(|c| c.letter.as_str()),
        Some("B")
    );
    let unknown: Vec<&str> = p
        .unknown_columns
        .iter()
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(unknown, ["Lieblingsfarbe"]);
    let map = applied(plan_of(&p), &empty_account("X"), &mut CrmIds::new());
    assert_eq!(manager(&map, "Raj").as_deref(), Some("Ana"));
}

#[test]
fn a_mapping_to_a_missing_column_or_unknown_field_is_refused_on_the_header_line() {
    let bad_column = ImportOptions {
        mapping: vec![MappingOverride::parse("Boss=reports to").expect("pair")],
        ..ImportOptions::default()
    };
    let p = preview(b"Name,Manager\nAna,\n", &bad_column, None);
    assert_eq!(
        messages(&p),
        ["Line 1: there is no column “Boss” in this file."]
    );
    let bad_field = ImportOptions {
        mapping: vec![MappingOverride::parse("Manager=shoe size").expect("pair")],
        ..ImportOptions::default()
    };
    let p = preview(b"Name,Manager\nAna,\n", &bad_field, None);
    assert!(messages(&p)[0].starts_with("Line 1, column “Manager” (B): “shoe size” is not"));
}

#[test]
fn excel_sep_line_and_empty_files() {
    let p = preview_text("sep=;\nName;Manager\nAna;\nRaj;Ana\n");
    assert_eq!((p.people, p.managers_resolved), (2, 1));
    assert_eq!(plan_of(&p).new_people[1].line, 4);
    assert_eq!(
        messages(&preview_text("\n\n")),
        ["Line 1: the file is empty: there are no rows to read."]
    );
}
