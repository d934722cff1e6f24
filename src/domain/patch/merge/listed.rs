//! What a merge adds or changes, as an import lists it.

use super::{Kind, Merged};
use crate::domain::labelled::Labelled;
use crate::domain::{Address, Contact};

/// Everything a merge adds or changes, in the order the card shows it; a
/// value it replaces as "old → new".
pub(super) fn listed(m: &Merged, have: &Contact) -> Vec<(Kind, String)> {
    let a = &m.add;
    let after = |old: &str, new: &str| match old.trim() {
        "" => new.to_string(),
        old => format!("{old} → {new}"),
    };
    let mut out: Vec<(Kind, String)> = Vec::new();
    let mut each =
        |kind: Kind, items: Vec<String>| out.extend(items.into_iter().map(|i| (kind, i)));
    each(Kind::Phone, a.phones.iter().map(Labelled::shown).collect());
    each(Kind::Email, a.emails.iter().map(Labelled::shown).collect());
    each(Kind::Url, a.urls.clone());
    each(
        Kind::Address,
        a.addresses.iter().map(Address::one_line).collect(),
    );
    each(
        Kind::Date,
        a.dates
            .iter()
            .map(|d| {
                match have
                    .dates
                    .iter()
                    .find(|h| h.kind == d.kind && h.is_called(d.title()))
                {
                    Some(h) => format!("{} {}", d.title(), after(&h.to_string(), &d.to_string())),
                    None => format!("{} {d}", d.title()),
                }
            })
            .collect(),
    );
    each(Kind::Alias, a.aliases.clone());
    each(Kind::Tag, a.tags.clone());
    each(Kind::Need, a.needs.clone());
    each(Kind::Offer, a.offers.clone());
    each(
        Kind::Name,
        m.name.iter().map(|n| after(&have.name, n)).collect(),
    );
    each(
        Kind::Org,
        a.org.iter().map(|o| after(&have.org, o)).collect(),
    );
    each(
        Kind::Role,
        a.role.iter().map(|r| after(&have.role, r)).collect(),
    );
    each(
        Kind::Met,
        a.met.iter().map(|t| after(&have.met.text, t)).collect(),
    );
    each(Kind::MetOn, a.on.iter().map(ToString::to_string).collect());
    each(Kind::Notes, a.notes.iter().map(|_| String::new()).collect());
    each(Kind::Id, m.ids.clone());
    out
}
