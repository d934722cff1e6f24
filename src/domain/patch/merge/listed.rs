//! What a merge adds or changes, as an import lists it.

use super::{Kind, Merged};
use crate::domain::labelled::Labelled;
use crate::domain::reach;
use crate::domain::text::fold;
use crate::domain::{Address, Contact};

/// The values a merge adds, as shown, apart from the labels it gives
/// values the journal already holds ("cell on 905 666 1234").
fn split(
    added: &[Labelled],
    have: &[Labelled],
    key: fn(&str) -> String,
) -> (Vec<String>, Vec<String>) {
    let held = |v: &Labelled| have.iter().any(|h| key(h.value()) == key(v.value()));
    let (labels, new): (Vec<&Labelled>, Vec<&Labelled>) = added.iter().partition(|v| held(v));
    let labels = labels
        .iter()
        .map(|l| format!("{} on {}", l.label, l.value()));
    (
        new.into_iter().map(Labelled::shown).collect(),
        labels.collect(),
    )
}

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
    // A value the journal holds that gains a label is no new value
    // (report 27d #5: "2 phones" for one new number): "label cell on …".
    let phones = split(&a.phones, &have.phones, reach::phone_key);
    let emails = split(&a.emails, &have.emails, fold);
    each(Kind::Phone, phones.0);
    each(Kind::Email, emails.0);
    each(Kind::Label, [phones.1, emails.1].concat());
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
