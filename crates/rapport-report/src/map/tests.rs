use super::pages::{self, MIN_SCALE, PART_SCALE};
use super::*;
use crate::options::{Paper, Poster};
use rapport_core::{Account, Attitude, Placement, Position, Stakeholder, StakeholderStatus};

fn account() -> AccountSnapshot {
    let created = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    AccountSnapshot::empty(Account::named("a", "Acme", created))
}

fn placed(id: &str, name: &str, x: f64, y: f64) -> Stakeholder {
    Stakeholder {
        placement: Some(Placement {
            position: Position { x, y },
            pinned: false,
        }),
        ..Stakeholder::named(id, name)
    }
}

#[test]
fn every_person_is_drawn_and_unplaced_people_get_a_place() {
    let mut s = account();
    s.stakeholders.push(placed("1", "Ada Placed", 0.0, 0.0));
    s.stakeholders.push(Stakeholder::named("2", "Ben Unplaced"));
    let scene = Scene::new(&s, false);
    let (a, b) = (scene.cards[0].rect(), scene.cards[1].rect());
    assert!(
        !a.intersects(&b),
        "the unplaced card is put in free room: {a:?} {b:?}"
    );
    let svg = map_svg_of(&s, false);
    assert!(
        svg.contains(">Ada Placed<") && svg.contains(">Ben Unplaced<"),
        "{svg}"
    );
}

fn map_svg_of(s: &AccountSnapshot, safe: bool) -> String {
    standalone_svg(s, safe)
}

#[test]
fn user_text_is_escaped_and_never_becomes_markup() {
    let mut s = account();
    s.stakeholders
        .push(placed("1", "<b>Eve</b> & \"Co\"", 0.0, 0.0));
    let svg = map_svg_of(&s, false);
    assert!(
        svg.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;"),
        "{svg}"
    );
    assert!(!svg.contains("<b>"));
}

#[test]
fn client_safe_maps_have_no_attitude_words_marks_or_colours() {
    let mut s = account();
    for (i, a) in Attitude::ALL.iter().enumerate() {
        let mut p = placed(
            &i.to_string(),
            &format!("Person {i}"),
            i as f64 * 300.0,
            0.0,
        );
        p.attitude = *a;
        s.stakeholders.push(p);
    }
    let internal = map_svg_of(&s, false);
    let safe = map_svg_of(&s, true);
    for a in Attitude::ALL {
        assert!(internal.contains(a.label()));
        assert!(internal.contains(rapport_core::visual::attitude_colour(a)));
        assert!(
            !safe.to_lowercase().contains(a.label()),
            "{} in {safe}",
            a.label()
        );
        // Neutral's grey is also the reporting lines' grey, so only check the others.
        if a != Attitude::Neutral {
            assert!(
                !safe.contains(rapport_core::visual::attitude_colour(a)),
                "{a:?}"
            );
        }
    }
    assert!(safe.contains("Person 4"));
}

#[test]
fn people_who_left_are_faded_and_struck_through() {
    let mut s = account();
    let mut p = placed("1", "Old Timer", 0.0, 0.0);
    p.status = StakeholderStatus::LeftCompany;
    p.title = "CIO".into();
    s.stakeholders.push(p);
    let svg = map_svg_of(&s, false);
    assert!(svg.contains("opacity=\"0.5\""));
    assert!(svg.contains("Left the company · CIO"));
}

#[test]
fn a_small_map_fits_one_page_and_a_huge_one_is_printed_along_its_branches() {
    let demo_like = rapport_core::synthetic_account(12, 7);
    let scene = Scene::new(&demo_like, false);
    let plan = pages::plan(&scene, Paper::A4, None);
    assert_eq!(plan.pages.len(), 1, "12 people fit one page");

    let big = rapport_core::synthetic_account(500, 42);
    let scene = Scene::new(&big, false);
    let plan = pages::plan(&scene, Paper::A4, None);
    assert!(plan.pages.len() > 2, "overview plus parts");
    assert!(plan.pages[0].title.contains("overview"));
    let split = pages::split(&scene, (841.89, 595.276));
    assert_eq!(split.sheets.len() + 1, plan.pages.len());
    assert!(
        (MIN_SCALE..=PART_SCALE).contains(&split.scale),
        "{}",
        split.scale
    );
    // A 16-unit name prints at 6 pt or more on every part.
    const { assert!(16.0 * MIN_SCALE >= 6.0 - 1e-9) };
    // Every card is printed whole on exactly one part.
    let printed = pages::printed_cards(&split);
    assert_eq!(printed.len(), scene.cards.len(), "everyone is on a part");
    let pieces: usize = split.branches.iter().map(|b| b.cards.len()).sum();
    assert_eq!(pieces, scene.cards.len(), "nobody is printed twice");
    // Parts fit their page; the overview and the parts name other pages by placeholder.
    for page in &plan.pages[1..] {
        assert!(page.images[0].width <= page.width - 2.0 * pages::MARGIN_X + 0.01);
    }
    assert!(plan.pages[0].images[0].refs);
    assert!(
        plan.pages
            .iter()
            .skip(1)
            .any(|p| p.images[0].svg.contains("Continued on page"))
    );
    assert!(
        plan.pages
            .iter()
            .skip(1)
            .any(|p| p.images[0].svg.contains(">From page"))
    );
    // The compact layout keeps a big account about as wide as tall: one overview image.
    assert_eq!(plan.pages[0].images.len(), 1);

    // A very wide map (cards dragged into one long row) is wrapped into bands on its overview.
    let mut wide = big.clone();
    for (i, person) in wide.stakeholders.iter_mut().enumerate() {
        person.placement = Some(rapport_core::Placement {
            position: rapport_core::Position {
                x: i as f64 * 280.0,
                y: 0.0,
            },
            pinned: false,
        });
    }
    let wide_scene = Scene::new(&wide, false);
    let plan = pages::plan(&wide_scene, Paper::A4, None);
    assert!(plan.pages[0].images.len() > 1);
    let split = pages::split(&wide_scene, (841.89, 595.276));
    assert_eq!(pages::printed_cards(&split).len(), wide_scene.cards.len());
}

#[test]
fn the_generated_300_person_account_prints_on_at_most_twelve_map_pages_at_6_pt() {
    let big = rapport_core::synthetic_account(300, 1);
    let scene = Scene::new(&big, false);
    let split = pages::split(&scene, (841.89, 595.276));
    // The overview page and the parts: at most twelve map pages.
    assert!(split.sheets.len() < 12, "{} parts", split.sheets.len());
    assert!(
        16.0 * split.scale >= 6.0,
        "names at {} pt",
        16.0 * split.scale
    );
    assert_eq!(pages::printed_cards(&split).len(), scene.cards.len());
}

#[test]
fn every_printed_piece_whose_people_hang_from_another_page_says_which() {
    let big = rapport_core::synthetic_account(300, 1);
    let scene = Scene::new(&big, false);
    let split = pages::split(&scene, (841.89, 595.276));
    let parts = sheets::part_cards(&split.branches, &split.sheets, &split.hierarchy, 1);
    let mut page_of_card = std::collections::HashMap::new();
    for (page, sheet) in split.sheets.iter().enumerate() {
        for &(b, _, _) in &sheet.placed {
            for &c in &split.branches[b].cards {
                page_of_card.insert(c, page);
            }
        }
    }
    let mut tiles = 0;
    for (b, branch) in split.branches.iter().enumerate() {
        let page = page_of_card[&branch.cards[0]];
        let from_elsewhere = branch.cards.iter().any(|c| {
            split
                .hierarchy
                .manager
                .get(c)
                .is_some_and(|m| page_of_card[m] != page)
        });
        if from_elsewhere {
            assert!(
                !parts[b].from.is_empty(),
                "piece {b} has no \"From page\" note"
            );
        }
        if !branch.reports_of.is_empty() {
            tiles += 1;
            for (m, card) in &branch.reports_of {
                assert_eq!(split.hierarchy.manager.get(card), Some(m));
            }
        }
    }
    // The cut that fits the fewest pages tiles some tall stacks of reports: this test covers them.
    assert!(tiles > 0, "no tile among {} pieces", split.branches.len());
}

#[test]
fn a_poster_puts_the_whole_map_on_one_large_page() {
    let big = rapport_core::synthetic_account(300, 1);
    let scene = Scene::new(&big, false);
    for (poster, long_side) in [
        (Poster::A3, 1190.551),
        (Poster::A2, 1683.78),
        (Poster::A1, 2383.937),
    ] {
        let plan = pages::plan(&scene, Paper::A4, Some(poster));
        assert_eq!(plan.pages.len(), 1, "{poster:?}");
        let page = &plan.pages[0];
        assert!(
            (page.width.max(page.height) - long_side).abs() < 0.01,
            "{poster:?}"
        );
        assert!(page.caption.contains(poster.name()), "{}", page.caption);
    }
}

#[test]
fn a_big_map_draws_coverage_as_badges_and_a_small_one_as_lines() {
    let big = rapport_core::synthetic_account(300, 1);
    let svg = standalone_svg(&big, false);
    let badges = rapport_core::coverage_badges(&big);
    let initials = rapport_core::coverage_view::team_initials(&big.team);
    assert!(!badges.is_empty());
    // No coverage line (drawn at the coverage opacity) and no desired-strength band.
    let line_opacity = format!(
        "stroke-opacity=\"{}\"",
        svg::num(rapport_core::visual::COVERAGE_OPACITY)
    );
    assert!(!svg.contains(&line_opacity), "coverage lines on a big map");
    for text in initials.values() {
        assert!(svg.contains(&format!(">{text}<")), "no badge for {text}");
    }
    assert!(
        svg.contains("pale dots = the strength we want"),
        "the legend explains badges"
    );

    let small = rapport_core::synthetic_account(30, 1);
    let svg = standalone_svg(&small, false);
    assert!(
        svg.contains(&line_opacity),
        "a small map keeps its coverage lines"
    );
}

#[test]
fn numbers_are_short_and_stable() {
    assert_eq!(svg::num(12.0), "12");
    assert_eq!(svg::num(12.345), "12.35");
    assert_eq!(svg::num(-0.5), "-0.5");
    assert_eq!(svg::num(0.1 + 0.2), "0.3");
}

/// The font size of each `<text>` whose content is one of `parts`.
fn sizes_of(svg: &str, parts: &[&str]) -> Vec<f64> {
    svg.split("<text")
        .skip(1)
        .filter(|t| parts.iter().any(|p| t.contains(&format!(">{p}<"))))
        .filter_map(|t| {
            t.split("font-size=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse()
                .ok()
        })
        .collect()
}

#[test]
fn a_long_name_takes_two_lines_at_full_size_instead_of_shrinking() {
    let mut s = account();
    s.stakeholders
        .push(placed("1", "Maximiliana Konstantinopoulou", 0.0, 0.0));
    s.stakeholders.push(placed("2", "Ada Short", 400.0, 0.0));
    let svg = map_svg_of(&s, false);
    let parts = ["Maximiliana", "Konstantinopoulou", "Ada Short"];
    let sizes = sizes_of(&svg, &parts);
    assert_eq!(
        sizes.len(),
        3,
        "the long name is broken between its words, both parts whole: {svg}"
    );
    assert!(
        sizes.iter().all(|&size| size >= 16.0),
        "no name below 16 units (6 pt at the smallest print scale): {sizes:?}"
    );
}
