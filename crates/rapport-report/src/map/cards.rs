//! The two kinds of card: a client's stakeholder (attitude band and mark, influence dots, role
//! badges) and one of ours (a rounded lane card in the brand colour).

use super::marks::{mark_path, pips, role_badge};
use super::scene::Card;
use super::svg::{num, text};
use crate::fonts::{fit, text_width};
use rapport_core::client_safe::{self, PersonField};
use rapport_core::visual::{
    self, BRAND, FAINT, INK, INK_SOFT, LINE, NEUTRAL_BAND, PAPER, TEAM_FILL,
};
use rapport_core::{CARD_HEIGHT, CARD_WIDTH, Role, Stakeholder, TeamMember};
use std::fmt::Write;

/// A name in bold, shrunk from 16 down to 12 units before it is cut, so long names stay whole
/// wherever they can. Returns the width drawn.
fn name_text(svg: &mut String, x: f64, y: f64, name: &str, room: f64) -> f64 {
    let mut size = 16.0;
    while size > 12.0 && text_width(name, size, true) > room {
        size -= 0.5;
    }
    let shown = fit(name, size, true, room);
    text(svg, x, y, size, true, INK, &shown);
    text_width(&shown, size, true)
}

/// The size of a client's name on a card: 6 pt at the smallest scale a map is printed at.
const NAME_SIZE: f64 = 16.0;

/// A name too long for one line at [`NAME_SIZE`], broken between words: the most words that fit
/// on the first line, the rest on the second (cut with an ellipsis if still too long). `None`
/// when the name fits on one line, or its first word alone does not (it is shrunk instead).
fn name_lines(name: &str, room: f64) -> Option<(String, String)> {
    if text_width(name, NAME_SIZE, true) <= room {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = (1..words.len())
        .rev()
        .find(|&k| text_width(&words[..k].join(" "), NAME_SIZE, true) <= room)?;
    let rest = fit(&words[first..].join(" "), NAME_SIZE, true, room);
    Some((words[..first].join(" "), rest))
}

pub(crate) fn person_card(svg: &mut String, card: &Card, s: &Stakeholder, client_safe: bool) {
    let (x, y) = (card.x, card.y);
    let left = !s.is_active();
    if left {
        svg.push_str("<g opacity=\"0.5\">");
    }
    // Whether the attitude shows is the client-safe definition's, as for the PDF's tables.
    let attitude_shown = client_safe::person_field_shown(client_safe, PersonField::Attitude);
    let band = if attitude_shown {
        visual::attitude_colour(s.attitude)
    } else {
        NEUTRAL_BAND
    };
    // The attitude band: the card's rounded shape in the band colour, the white body over it.
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" rx=\"10\" \
         fill=\"{band}\"/><path d=\"M{} {} H{} A10 10 0 0 1 {} {} V{} A10 10 0 0 1 {} {} H{} Z\" \
         fill=\"{PAPER}\"/><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"10\" \
         fill=\"none\" stroke=\"{LINE}\" stroke-width=\"1\"/>",
        num(x),
        num(y),
        num(x + 8.0),
        num(y + 0.5),
        num(x + CARD_WIDTH - 10.0),
        num(x + CARD_WIDTH - 0.5),
        num(y + 10.0),
        num(y + CARD_HEIGHT - 10.0),
        num(x + CARD_WIDTH - 10.0),
        num(y + CARD_HEIGHT - 0.5),
        num(x + 8.0),
        num(x + 0.5),
        num(y + 0.5),
        num(CARD_WIDTH - 1.0),
        num(CARD_HEIGHT - 1.0),
    );

    let content_x = x + 20.0;
    let right = x + CARD_WIDTH - 12.0;
    let mut name_room = right - content_x;
    if attitude_shown {
        let colour = visual::attitude_colour(s.attitude);
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"{colour}\"/>",
            mark_path(
                visual::attitude_mark(s.attitude),
                right - 7.0,
                y + 19.0,
                14.0
            )
        );
        name_room -= 20.0;
    }
    // A long name takes two lines rather than a smaller size; the title moves down for it.
    let (drawn, name_y, title_y) = match name_lines(&s.name, name_room) {
        Some((first, second)) => {
            text(svg, content_x, y + 23.0, NAME_SIZE, true, INK, &first);
            text(svg, content_x, y + 41.0, NAME_SIZE, true, INK, &second);
            (text_width(&first, NAME_SIZE, true), y + 23.0, y + 58.0)
        }
        None => (
            name_text(svg, content_x, y + 25.0, &s.name, name_room),
            y + 25.0,
            y + 50.0,
        ),
    };
    if left {
        let _ = write!(
            svg,
            "<path d=\"M{} {} H{}\" stroke=\"{INK}\" stroke-width=\"1.2\"/>",
            num(content_x),
            num(name_y - 5.5),
            num(content_x + drawn)
        );
    }

    let title = if left {
        if s.title.is_empty() {
            "Left the company".to_string()
        } else {
            format!("Left the company · {}", s.title)
        }
    } else {
        s.title.clone()
    };
    let title = fit(&title, 14.0, false, right - content_x);
    text(svg, content_x, title_y, 14.0, false, INK_SOFT, &title);

    // Row: the attitude in words (in client-safe output the department instead), influence dots.
    let row_room = right - content_x - 50.0;
    if !attitude_shown {
        let department = fit(&s.department, 13.0, false, row_room);
        text(svg, content_x, y + 75.0, 13.0, false, INK_SOFT, &department);
    } else {
        text(
            svg,
            content_x,
            y + 75.0,
            13.0,
            true,
            visual::attitude_colour(s.attitude),
            s.attitude.label(),
        );
    }
    pips(svg, right, y + 70.5, s.influence.min(5));

    let mut bx = content_x;
    if s.roles.is_empty() {
        text(svg, bx, y + 99.5, 11.0, false, FAINT, "No role yet");
    }
    for &role in Role::ALL.iter().filter(|r| s.has_role(**r)) {
        bx += role_badge(svg, bx, y + 87.0, role) + 4.0;
    }
    if left {
        svg.push_str("</g>");
    }
}

pub(crate) fn team_card(svg: &mut String, card: &Card, member: &TeamMember, covers: usize) {
    let (x, y) = (card.x, card.y);
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"28\" fill=\"{}\" stroke=\"{BRAND}\" \
         stroke-width=\"2\"/>",
        num(x + 1.0),
        num(y + 1.0),
        num(CARD_WIDTH - 2.0),
        num(CARD_HEIGHT - 2.0),
        TEAM_FILL
    );
    let content_x = x + 22.0;
    let right = x + CARD_WIDTH - 22.0;
    name_text(svg, content_x, y + 33.0, &member.name, right - content_x);
    let title = if member.title.is_empty() {
        member.team_role.label().to_string()
    } else {
        member.title.clone()
    };
    text(
        svg,
        content_x,
        y + 56.0,
        14.0,
        false,
        INK_SOFT,
        &fit(&title, 14.0, false, right - content_x),
    );
    let badge = "Our team";
    let bw = text_width(badge, 11.0, true) + 16.0;
    let _ = write!(
        svg,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"17\" rx=\"8.5\" fill=\"{BRAND}\"/>",
        num(content_x),
        num(y + 72.0),
        num(bw)
    );
    text(svg, content_x + 8.0, y + 84.5, 11.0, true, PAPER, badge);
    let count = format!(
        "covers {covers} {}",
        if covers == 1 { "person" } else { "people" }
    );
    let cw = text_width(&count, 13.0, false);
    text(svg, right - cw, y + 85.0, 13.0, false, INK_SOFT, &count);
}
