//! Taking out what a person does not have is refused, saying what they do
//! have (trial 28b: `edit anna --drop-phone "+39 333"` said "already has
//! that", which was untrue: she had no such phone and nothing changed).
//! Every `--drop-*` and the forms' emptied fields are checked here, against
//! the card as it was, before anything is taken out.

use super::Dropped;
use crate::domain::text::fold;
use crate::domain::{Address, Contact, Labelled};

/// At most this many of what a person has are named in a refusal, so that
/// it stays one line for someone with twenty tags.
const NAMED: usize = 5;

/// The first item of `d` that `c` does not have, refused in one line
/// (interests aside: the journal knows their names).
pub(super) fn refuse(d: &Dropped, c: &Contact) -> Result<(), String> {
    let plain = |have: &[String]| {
        let have = have.to_vec();
        move |t: &str| have.iter().any(|h| fold(h) == fold(t))
    };
    let values = |l: &[Labelled]| l.iter().map(|x| x.value.clone()).collect::<Vec<_>>();
    let name = c.name.as_str();
    check(
        name,
        Words::of("alias", "aliases"),
        &d.aliases,
        &c.aliases,
        plain(&c.aliases),
    )?;
    check(
        name,
        Words::of("email", "emails"),
        &d.emails,
        &values(&c.emails),
        |t| c.emails.iter().any(|x| x.is_called(t)),
    )?;
    check(
        name,
        Words::of("phone", "phones"),
        &d.phones,
        &values(&c.phones),
        |t| c.phones.iter().any(|x| x.is_number_called(t)),
    )?;
    check(
        name,
        Words::of("URL", "URLs"),
        &d.urls,
        &c.urls,
        plain(&c.urls),
    )?;
    check(
        name,
        Words::of("tag", "tags"),
        &d.tags,
        &c.tags,
        plain(&c.tags),
    )?;
    check(
        name,
        Words::of("need", "needs"),
        &d.needs,
        &c.needs,
        plain(&c.needs),
    )?;
    check(
        name,
        Words::of("offer", "offers"),
        &d.offers,
        &c.offers,
        plain(&c.offers),
    )?;
    let titles: Vec<String> = c.dates.iter().map(|x| x.title().to_string()).collect();
    check(
        name,
        Words::called("date", "dates"),
        &d.dates,
        &titles,
        |t| c.dates.iter().any(|x| x.is_called(t)),
    )?;
    let places: Vec<String> = c.addresses.iter().map(Address::one_line).collect();
    check(
        name,
        Words::called("address", "addresses"),
        &d.addresses,
        &places,
        |t| c.addresses.iter().any(|a| a.is_called(t)),
    )?;
    let related: Vec<String> = c.related.iter().map(ToString::to_string).collect();
    check(
        name,
        Words::of("related name", "related names"),
        &d.related,
        &related,
        |t| c.related.iter().any(|r| r.is_called(t)),
    )
}

/// How a kind of item is named in a refusal.
#[derive(Clone, Copy)]
pub(crate) struct Words {
    one: &'static str,
    many: &'static str,
    /// Taken out by its name ("no date called 'birthday'"), not its value.
    by_name: bool,
}

impl Words {
    pub(crate) fn of(one: &'static str, many: &'static str) -> Words {
        Words {
            one,
            many,
            by_name: false,
        }
    }

    fn called(one: &'static str, many: &'static str) -> Words {
        Words {
            one,
            many,
            by_name: true,
        }
    }
}

fn check(
    name: &str,
    words: Words,
    typed: &[String],
    have: &[String],
    has: impl Fn(&str) -> bool,
) -> Result<(), String> {
    match typed.iter().find(|t| !has(t)) {
        Some(t) => Err(said(name, words, t, have)),
        None => Ok(()),
    }
}

/// "anna has no phone '+39 333' (their phone: +39 111)", "… (their
/// phones: a, b)", or "anna has no phones, so no '+39 333' to take out".
pub(crate) fn said(name: &str, words: Words, typed: &str, have: &[String]) -> String {
    let typed = typed.trim();
    let Words { one, many, by_name } = words;
    let called = if by_name { " called" } else { "" };
    match have {
        [] => format!("{name} has no {many}, so no '{typed}' to take out"),
        [only] => format!("{name} has no {one}{called} '{typed}' (their {one}: {only})"),
        _ => {
            let shown = have.iter().take(NAMED).cloned().collect::<Vec<_>>();
            let more = match have.len().saturating_sub(NAMED) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            format!(
                "{name} has no {one}{called} '{typed}' (their {many}: {}{more})",
                shown.join(", ")
            )
        }
    }
}
