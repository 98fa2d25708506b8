//! Page numbers inside the map's SVGs. The map is drawn before typst lays out the document, so
//! nobody knows yet on which PDF page the map starts (the cover and the summary come first and
//! their length depends on the account). A part's notes therefore carry a placeholder naming the
//! map page by its index in the map section; the template, on the page it is placing, swaps each
//! placeholder for `(its own page number − its index) + that index` (plan.typ, "Stakeholder
//! map"), so the numbers are the real PDF page numbers.

/// The placeholder for map page `index` (0 = the overview). The template matches `@@P(\d+)@@`.
pub(crate) fn page_ref(index: usize) -> String {
    format!("@@P{index}@@")
}

/// `text` with every placeholder as wide as it can get once filled in (three digits), for
/// measuring the room it needs.
pub(crate) fn widest(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("@@P") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 3..];
        match after.find("@@") {
            Some(end) if after[..end].chars().all(|c| c.is_ascii_digit()) => {
                out.push_str("888");
                rest = &after[end + 2..];
            }
            _ => {
                out.push_str("@@P");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether any placeholder is in `text` (the template only rewrites images that have one).
pub(crate) fn has_refs(text: &str) -> bool {
    text.contains("@@P")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_measured_at_three_digits() {
        let note = format!("Continued on pages {}, {}", page_ref(2), page_ref(13));
        assert_eq!(widest(&note), "Continued on pages 888, 888");
        assert_eq!(widest("no @@P here"), "no @@P here");
        assert!(has_refs(&note) && !has_refs("Page 4"));
    }
}
