//! Finding texts, built by plain concatenation.
//!
//! A large account produces thousands of findings with four or five texts each; `format!`'s
//! general machinery was a quarter of analysis time. Every text here is names, labels and small
//! numbers glued together, so [`text!`] sizes one allocation exactly and copies the pieces in.

use crate::people::Stakeholder;

/// One piece of a text.
#[derive(Clone, Copy)]
pub(super) enum Part<'a> {
    Str(&'a str),
    Number(i64),
    /// "Raj Patel (CFO)", or just the name when the title is unknown.
    Who(&'a Stakeholder),
}

/// Anything [`text!`] accepts as a piece: text, a small number, or a [`Part`].
pub(super) trait Piece {
    fn part(&self) -> Part<'_>;
}

impl Piece for str {
    fn part(&self) -> Part<'_> {
        Part::Str(self)
    }
}

impl Piece for String {
    fn part(&self) -> Part<'_> {
        Part::Str(self)
    }
}

impl Piece for Part<'_> {
    fn part(&self) -> Part<'_> {
        *self
    }
}

impl<T: Piece + ?Sized> Piece for &T {
    fn part(&self) -> Part<'_> {
        (**self).part()
    }
}

macro_rules! number_piece {
    ($($t:ty),*) => {$(
        impl Piece for $t {
            fn part(&self) -> Part<'_> {
                Part::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_piece!(u8, u32, usize, i32, i64);

impl Part<'_> {
    fn len(&self) -> usize {
        match self {
            Part::Str(s) => s.len(),
            Part::Number(n) => {
                usize::from(*n < 0)
                    + n.unsigned_abs()
                        .checked_ilog10()
                        .map_or(1, |d| d as usize + 1)
            }
            Part::Who(s) => {
                let title = s.title.trim();
                s.name.len() + if title.is_empty() { 0 } else { title.len() + 3 }
            }
        }
    }

    fn push_to(&self, out: &mut String) {
        match self {
            Part::Str(s) => out.push_str(s),
            Part::Number(n) => {
                if *n < 0 {
                    out.push('-');
                }
                let mut digits = [0u8; 20];
                let mut at = digits.len();
                let mut rest = n.unsigned_abs();
                loop {
                    at -= 1;
                    digits[at] = b'0' + (rest % 10) as u8;
                    rest /= 10;
                    if rest == 0 {
                        break;
                    }
                }
                out.extend(digits[at..].iter().map(|&d| char::from(d)));
            }
            Part::Who(s) => {
                out.push_str(&s.name);
                let title = s.title.trim();
                if !title.is_empty() {
                    out.push_str(" (");
                    out.push_str(title);
                    out.push(')');
                }
            }
        }
    }
}

pub(super) fn join(parts: &[Part<'_>]) -> String {
    let mut out = String::with_capacity(parts.iter().map(Part::len).sum());
    for part in parts {
        part.push_to(&mut out);
    }
    out
}

/// `text!(who(s), " holds budget but ", n, " of ours ...")`: the pieces in order, as one string.
macro_rules! text {
    ($($part:expr),+ $(,)?) => {
        $crate::analysis::text::join(&[$($crate::analysis::text::Piece::part(&$part)),+])
    };
}
pub(super) use text;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_join_in_order_with_numbers_and_titles() {
        let mut raj = Stakeholder::named("raj", "Raj Patel");
        assert_eq!(
            text!(
                Part::Who(&raj),
                " is ",
                0u32,
                "/",
                90u32,
                "/",
                12345usize,
                "/",
                -7i64
            ),
            "Raj Patel is 0/90/12345/-7"
        );
        raj.title = " CFO ".into();
        let joined = text!("Hello ", Part::Who(&raj), ".");
        assert_eq!(joined, "Hello Raj Patel (CFO).");
        assert_eq!(joined.capacity(), joined.len());
    }
}
