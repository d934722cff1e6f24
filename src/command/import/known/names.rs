//! Whether two names can be one person: what a shared phone number needs
//! besides the number to say who someone is (report 27d #1). Families
//! share a landline and parents' mobiles sit on children's cards: Giorgio
//! and Sara Bianchi with one number are two people.
//!
//! Names are compared as search compares what a person types with a name
//! ([`loose`]: folded, then spelled as on a plain keyboard), so "Giulia
//! D'Amico" on a Google row and "Giulia D’Amico" on a phone's card agree
//! (trial 27t #2), as `show "D’Amico"` finds D'Amico.
//!
//! The rule: the names are equal once so folded, or hold the same words in
//! another order ("Sokolov Ivan" is "Иван Соколов": trial imd #5, a card
//! written family name first, in another script); or the family names agree
//! (equal so folded, or one side has none) and so do the given names, where
//! a side answers to its given name's first word and to each nickname's
//! (vCard `NICKNAME`, an alias) first word. Two given names agree when
//! one side has none, they are equal, one is the other's initial ("J."),
//! or one is a short form of the other: its letters in order, from the
//! same first two ("Jon" of "John", "Alex" of "Alexander").

use super::{Key, key};
use crate::domain::contact::NameParts;
use crate::domain::text::loose;

/// Titles before or after a name typed whole, which are no given or
/// family name ("Mr. Michael Angstadt Jr." is Michael Angstadt).
const TITLES: [&str; 10] = [
    "mr", "mrs", "ms", "miss", "dr", "prof", "jr", "sr", "ii", "iii",
];

/// A name as the phone rule compares it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Names {
    /// The whole name [`loose`]ly folded, hashed.
    whole: Key,
    /// Its words so folded, in any order ([`words`]), hashed.
    words: Key,
    family: Box<str>,
    /// The given names it answers to (empty: none given).
    given: Box<[Box<str>]>,
}

impl Names {
    /// A name from its parts as an address book gave them, else its first
    /// word as the given name and its last as the family name, titles aside.
    pub(super) fn of(name: &str, parts: Option<&NameParts>, aliases: &[String]) -> Names {
        let first = |s: &str| {
            let s = loose(s);
            let word = s.split_whitespace().next().unwrap_or_default();
            word.trim_end_matches('.').to_string()
        };
        let (family, given) = match parts.filter(|p| !(p.family.is_empty() && p.given.is_empty())) {
            Some(p) => (loose(&p.family), first(&p.given)),
            None => {
                let folded = loose(name);
                let words: Vec<&str> = folded
                    .split_whitespace()
                    .filter(|w| !TITLES.contains(&w.trim_end_matches('.')))
                    .collect();
                match words.as_slice() {
                    [] => (String::new(), String::new()),
                    [one] => (String::new(), first(one)),
                    [one, .., last] => (last.to_string(), first(one)),
                }
            }
        };
        let nicks = aliases.iter().map(|a| first(a));
        let given = std::iter::once(given)
            .filter(|g| !g.is_empty())
            .chain(nicks.filter(|g| !g.is_empty()))
            .map(Into::into)
            .collect();
        Names {
            whole: key(&loose(name)),
            words: key(&words(name)),
            family: family.into(),
            given,
        }
    }

    /// Whether the two names can be one person (see the module's rule).
    pub(super) fn agree(&self, other: &Names) -> bool {
        if self.whole == other.whole || self.words == other.words {
            return true;
        }
        let family =
            self.family.is_empty() || other.family.is_empty() || self.family == other.family;
        let given = self.given.is_empty()
            || other.given.is_empty()
            || self
                .given
                .iter()
                .any(|a| other.given.iter().any(|b| same_given(a, b)));
        family && given
    }
}

/// A name's words [`loose`]ly folded, titles aside, in one order
/// whichever the name was written in: given name first or family name
/// first ("Sokolov Ivan", as Russian, Hungarian or Japanese lists write
/// it) is one name.
pub(super) fn words(name: &str) -> String {
    let folded = loose(name);
    let mut words: Vec<&str> = folded
        .split_whitespace()
        .filter(|w| !TITLES.contains(&w.trim_end_matches('.')))
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// Equal, an initial of the other, or a short form of it.
fn same_given(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    if short == long {
        return true;
    }
    let mut s = short.chars();
    let mut l = long.chars();
    match short.chars().count() {
        0 => true,
        1 => s.next() == l.next(),
        _ => {
            if s.next() != l.next() || s.next() != l.next() {
                return false;
            }
            // The rest of the short form, in order, within the long one.
            s.all(|c| l.any(|d| d == c))
        }
    }
}
