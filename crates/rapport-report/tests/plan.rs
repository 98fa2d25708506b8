//! The PDF as a reader gets it: text extracted with pdftotext, pages rendered with pdftoppm (kept
//! under `report-artifacts/` in the target folder for people to look at).

mod common;

use common::*;
use rapport_core::{GoalTarget, Stakeholder};
use rapport_report::{Paper, PlanInput, ReportOptions, ReportStage, Sections, render_pdf};

fn options() -> ReportOptions {
    ReportOptions {
        facilitator: "Sarah Collins".into(),
        plan_version: "v3".into(),
        ..ReportOptions::default()
    }
}

fn render(input: &PlanInput, options: &ReportOptions) -> Vec<u8> {
    render_pdf(input, options, &mut |_| {}).expect("the plan renders")
}

#[test]
fn the_demo_plan_names_every_stakeholder_every_goal_and_every_section() {
    let input = demo_input();
    let mut stages = Vec::new();
    let pdf = render_pdf(&input, &options(), &mut |s| stages.push(s)).expect("renders");
    assert_eq!(
        stages,
        [
            ReportStage::Preparing,
            ReportStage::Typesetting,
            ReportStage::Writing
        ]
    );
    assert!(pdf.starts_with(b"%PDF-"));

    let dir = artifacts("demo-a4");
    let text = pdf_text(&pdf, &dir);
    for s in &input.snapshot.stakeholders {
        assert!(text.contains(&s.name), "{} is missing", s.name);
    }
    for t in &input.snapshot.team {
        assert!(text.contains(&t.name), "{} (ours) is missing", t.name);
    }
    for g in &input.snapshot.goals {
        assert!(text.contains(&g.title), "goal {:?} is missing", g.title);
    }
    for i in &input.snapshot.initiatives {
        assert!(
            text.contains(&i.title),
            "initiative {:?} is missing",
            i.title
        );
    }
    for title in SECTION_TITLES {
        assert!(text.contains(title), "section {title:?} is missing");
    }
    // The cover, the summary and the review diff say what they should.
    for expected in [
        "Helios Freight",
        "Sarah Collins",
        "v3",
        "23 Nov 2026",
        "Cautious",
        // The profile and economics on the summary page.
        "Profile and economics",
        "Experience (stage 3 of 5)",
        "Lifetime value",
        "EUR 6,750,000 over 6 years",
        "EUR 450,000 a deal × 2.5 a year",
        "EUR 2,362,500 at 35%",
        "7 of 10 (13 Nov 2026), up 2",
        "Reference calls",
        "Logistics · DACH · 12,000 employees",
        "Q3 account review",
        "Changes since Q3 account review",
        "Raj Patel: aware → acquainted",
        // Internal output keeps attitudes and personal notes.
        "Blocker",
        "Marathon runner",
        "Internal: not for the client",
    ] {
        assert!(text.contains(expected), "{expected:?} is missing");
    }

    let pages = render_pages(&dir);
    let (count, size) = pdf_info(&dir);
    assert_eq!(pages, count, "every page rendered to PNG");
    assert!((8..=20).contains(&count), "{count} pages");
    assert!(size.starts_with("595.276 x 841.89"), "A4 portrait: {size}");
}

#[test]
fn client_safe_output_has_no_attitudes_personal_notes_or_internal_notes() {
    let input = demo_input();
    let pdf = render(
        &input,
        &ReportOptions {
            client_safe: true,
            ..options()
        },
    );
    let dir = artifacts("demo-client-safe");
    let text = pdf_text(&pdf, &dir);
    let lower = text.to_lowercase();
    for word in ATTITUDE_WORDS {
        assert!(!lower.contains(word), "{word:?} in client-safe output");
    }
    for internal in [
        // personal notes
        "Marathon runner",
        "two kids",
        // coverage, initiative, interaction, analysis and review notes
        "Weekly call",
        "Sofia Marin can get us",
        "Third security questionnaire",
        "Security questionnaires repeat",
        "Agreed to focus on the CFO",
        // method role tags, margin, lifetime value and NPS (not asked for)
        "coach",
        "(margin)",
        "As margin",
        "Lifetime value",
        "Net promoter score",
        "of 10 (",
        "Internal: not for the client",
    ] {
        assert!(
            !text.contains(internal),
            "{internal:?} in client-safe output"
        );
    }
    assert!(text.contains("Profile and economics") && text.contains("Reference calls"));
    // Still a whole plan: everyone, every goal not about an attitude, every section.
    for s in &input.snapshot.stakeholders {
        assert!(text.contains(&s.name), "{} is missing", s.name);
    }
    for g in &input.snapshot.goals {
        let about_attitude = matches!(g.target, GoalTarget::Attitude { .. });
        assert_eq!(
            text.contains(&g.title),
            !about_attitude,
            "goal {:?}",
            g.title
        );
    }
    for title in SECTION_TITLES {
        assert!(text.contains(title), "section {title:?} is missing");
    }
    assert!(text.contains("Client version"));
    render_pages(&dir);
}

#[test]
fn a_client_safe_plan_shows_lifetime_value_and_nps_when_asked_but_never_the_margin() {
    let input = demo_input();
    let pdf = render(
        &input,
        &ReportOptions {
            client_safe: true,
            client_safe_economics: true,
            sections: Sections {
                summary: true,
                ..Sections::NONE
            },
            ..options()
        },
    );
    let dir = artifacts("demo-client-safe-economics");
    let text = pdf_text(&pdf, &dir);
    assert!(text.contains("Lifetime value"), "{text}");
    assert!(text.contains("EUR 6,750,000 over 6 years"), "{text}");
    assert!(text.contains("7 of 10 (13 Nov 2026)"), "{text}");
    assert!(!text.contains("As margin"), "the margin stays ours");
    render_pages(&dir);
}

fn whitespace_only() -> Sections {
    Sections {
        whitespace: true,
        ..Sections::NONE
    }
}

#[test]
fn the_whitespace_section_prints_the_demo_matrix_with_state_words_values_and_totals() {
    let input = demo_input();
    assert!(Sections::default().whitespace, "on by default");
    let pdf = render(
        &input,
        &ReportOptions {
            sections: whitespace_only(),
            ..options()
        },
    );
    let dir = artifacts("demo-whitespace");
    let text = pdf_text(&pdf, &dir);
    for expected in [
        "Whitespace",
        // Offerings, grouped by family (families in capitals), and the needs.
        "Route Optimisation",
        "Fleet Telematics",
        "Customs Connect",
        "PLATFORM",
        "SERVICES",
        "Warehousing",
        "Finance reporting",
        "Depots",
        // Every state's word, values and budget holders.
        "Owned",
        "In progress",
        "Opportunity",
        "Competitor",
        "EUR 300,000",
        "Tom Fischer",
        // The totals of the demo's matrix (see the demo's whitespace).
        "Owned revenue",
        "EUR 315,000",
        "Open cross-sell",
        "EUR 105,000",
        "Open up-sell",
        "EUR 570,000",
        "1 open cell has no estimated value yet.",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in {text}");
    }
    render_pages(&dir);
}

#[test]
fn a_client_safe_whitespace_section_keeps_the_states_but_leaves_values_out_unless_asked() {
    let input = demo_input();
    let safe = |economics: bool| {
        let pdf = render(
            &input,
            &ReportOptions {
                client_safe: true,
                client_safe_economics: economics,
                sections: whitespace_only(),
                ..options()
            },
        );
        pdf_text(
            &pdf,
            &artifacts(if economics {
                "demo-whitespace-safe-values"
            } else {
                "demo-whitespace-safe"
            }),
        )
    };
    let text = safe(false);
    for kept in [
        "Whitespace",
        "Fleet Telematics",
        "Warehousing",
        "Opportunity",
        "Owned",
    ] {
        assert!(text.contains(kept), "{kept:?} missing in {text}");
    }
    for gone in ["EUR", "Owned revenue", "Open cross-sell", "Open up-sell"] {
        assert!(
            !text.contains(gone),
            "{gone:?} printed in a client-safe plan: {text}"
        );
    }
    let asked = safe(true);
    assert!(
        asked.contains("EUR 300,000") && asked.contains("Open up-sell"),
        "{asked}"
    );
}

#[test]
fn the_facilitator_guide_is_an_appendix_only_when_asked_for() {
    let input = demo_input();
    let plain = render(
        &input,
        &ReportOptions {
            sections: Sections {
                reviews: true,
                ..Sections::NONE
            },
            ..options()
        },
    );
    let dir = artifacts("demo-without-guide");
    assert!(!pdf_text(&plain, &dir).contains("what to ask the room"));
    // The default plan (the executive review's) leaves it out too.
    assert!(!ReportOptions::default().sections.guide);

    let with_guide = render(
        &input,
        &ReportOptions {
            sections: Sections {
                reviews: true,
                guide: true,
                ..Sections::NONE
            },
            ..options()
        },
    );
    let dir = artifacts("demo-guide-appendix");
    let text = pdf_text(&with_guide, &dir);
    assert!(text.contains("Appendix: what to ask the room"), "{text}");
    // Every step's questions, from the one guide the app shows.
    for (i, step) in rapport_core::guide::GUIDE.iter().enumerate() {
        assert!(
            text.contains(&format!("{} {}", i + 1, step.step.label())),
            "step {i}"
        );
        for q in step.questions {
            let words: String = q.split_whitespace().take(5).collect::<Vec<_>>().join(" ");
            assert!(text.contains(&words), "{q}");
        }
    }
    render_pages(&dir);
}

#[test]
fn letter_paper_gives_letter_pages() {
    let input = demo_input();
    let pdf = render(
        &input,
        &ReportOptions {
            paper: Paper::Letter,
            ..options()
        },
    );
    let dir = artifacts("demo-letter");
    let text = pdf_text(&pdf, &dir);
    assert!(text.contains("Stakeholder map"));
    let (_, size) = pdf_info(&dir);
    assert!(size.starts_with("612 x 792"), "Letter portrait: {size}");
    render_pages(&dir);
}

#[test]
fn the_same_data_and_date_give_the_same_bytes() {
    let input = demo_input();
    let first = render(&input, &options());
    let second = render(&input, &options());
    assert!(first == second, "two renders of the same plan differ");
    let mut later = input.clone();
    later.today = later.today.succ_opt().expect("a date");
    assert!(
        render(&later, &options()) != first,
        "the date is part of the plan"
    );
}

#[test]
fn user_text_is_printed_literally_never_run_as_typst() {
    let hostile = [
        "#let x = 1",
        "*bold* $x$",
        "#panic(\"boom\")",
        "]} #{ [ // not a comment",
        "<label> @ref _under_ `raw` \\ backslash",
    ];
    let mut input = demo_input();
    input.snapshot.account.name = "#set page(width: 1cm) Acme".into();
    for (i, name) in hostile.iter().enumerate() {
        let mut s = Stakeholder::named(format!("hostile-{i}"), *name);
        s.title = (*name).into();
        input.snapshot.stakeholders.push(s);
    }
    input.snapshot.goals[0].title = "$ x^2 $ = #sys.inputs".into();

    let pdf = render(&input, &options());
    let dir = artifacts("user-text");
    let text = pdf_text(&pdf, &dir);
    for name in hostile {
        assert!(text.contains(name), "{name:?} not printed literally");
    }
    assert!(text.contains("#set page(width: 1cm) Acme"));
    assert!(text.contains("$ x^2 $ = #sys.inputs"));
    // The page width was not changed by the account's name.
    let (_, size) = pdf_info(&dir);
    assert!(size.starts_with("595.276 x 841.89"), "{size}");
    render_pages(&dir);
}

#[test]
fn sections_switched_off_are_left_out() {
    let input = demo_input();
    let pdf = render(
        &input,
        &ReportOptions {
            sections: Sections {
                stakeholders: true,
                plan: true,
                ..Sections::NONE
            },
            ..options()
        },
    );
    let dir = artifacts("two-sections");
    let text = pdf_text(&pdf, &dir);
    assert!(text.contains("Stakeholders") && text.contains("Goals and initiatives"));
    for gone in [
        "Executive summary",
        "Stakeholder map",
        "Findings and analysis",
        "Interaction mix",
        "Review history",
        "ACCOUNT PLAN",
    ] {
        assert!(!text.contains(gone), "{gone:?} was switched off");
    }
}

#[test]
fn an_empty_account_still_makes_a_plan() {
    let mut input = demo_input();
    let account = input.snapshot.account.clone();
    input.snapshot = rapport_core::AccountSnapshot::empty(account);
    input.reviews.clear();
    let pdf = render(&input, &options());
    let dir = artifacts("empty-account");
    let text = pdf_text(&pdf, &dir);
    assert!(text.contains("No goals yet."), "{text}");
    assert!(text.contains("No review has been recorded yet."));
    render_pages(&dir);
}
