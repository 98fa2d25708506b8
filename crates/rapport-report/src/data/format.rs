//! How the plan writes dates, money and counts.

use chrono::NaiveDate;

/// "23 Nov 2026".
pub(super) fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// A date, or a dash where there is none.
pub(super) fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_else(|| "—".into())
}

/// 1234567.8 → "1,234,568".
pub(super) fn thousands(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let rounded = v.round().abs() as u64;
    let digits = rounded.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if v < -0.5 { format!("-{out}") } else { out }
}

/// "EUR 1,800,000", or just the number when the account has no currency.
pub(super) fn money(currency: &str, v: f64) -> String {
    if currency.is_empty() {
        thousands(v)
    } else {
        format!("{currency} {}", thousands(v))
    }
}

/// "1 answer", "3 answers".
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A value that may be blank, as a review diff prints it.
pub(super) fn blank(s: &str) -> &str {
    if s.trim().is_empty() { "(none)" } else { s }
}
