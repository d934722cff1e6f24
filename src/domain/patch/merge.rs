//! What a person read from a file adds to the one the journal has: the
//! one merge rule of imports, over [`PersonFields`] so that a field whose
//! type changes is changed here and nowhere else.
//!
//! The journal's word wins: a list item (phone, email, URL, address, date,
//! alias, tag, need, offer, identifier) the journal lacks is added; a single
//! value (organisation, role, how we met, notes) is filled only where the
//! journal has none; where both have one and they differ it is reported,
//! never applied, as is a differing name (punctuation aside) or a day of the same name on
//! another date. Notes are not appended: an edited card would otherwise
//! add its whole note again at each import. Interests are left out: files
//! carry none. Merging what a merge gave changes nothing, so importing a
//! file again updates nobody.

use super::PersonFields;
use crate::domain::labelled::Labelled;
use crate::domain::text::{fold, tidy};
use crate::domain::{Address, Contact, Occasion};

/// What a file's person adds to the journal's, and where they differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// What the journal lacks, as a patch that only adds (see
    /// [`PersonFields::apply`]).
    pub add: PersonFields,
    /// Identifiers other programs gave them that the journal lacks.
    pub ids: Vec<String>,
    /// Each thing added, as the import lists it: its kind and its text.
    pub added: Vec<(Kind, String)>,
    /// Related names and chat handles the journal lacks (see
    /// [`Merged::with_people`]).
    pub related: Vec<Labelled>,
    pub handles: Vec<Labelled>,
    /// Single values the file has otherwise, kept as the journal has them.
    pub differs: Vec<Differs>,
}

/// A value the file has otherwise than the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Differs {
    pub field: &'static str,
    pub journal: String,
    pub file: String,
}

/// The kinds of thing a merge adds, as a summary counts them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Phone,
    Email,
    Url,
    Address,
    Date,
    Alias,
    Tag,
    Need,
    Offer,
    Org,
    Role,
    Met,
    Notes,
    Id,
    Related,
    Handle,
}

impl Kind {
    /// Whether a person has several of the kind, so that a summary counts
    /// them ("3 phones"), or one ("organisation").
    pub fn counted(self) -> bool {
        !matches!(self, Kind::Org | Kind::Role | Kind::Met | Kind::Notes)
    }

    /// The kind's name, for one and for several.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Kind::Phone => ("phone", "phones"),
            Kind::Email => ("email", "emails"),
            Kind::Url => ("URL", "URLs"),
            Kind::Address => ("address", "addresses"),
            Kind::Date => ("date", "dates"),
            Kind::Alias => ("alias", "aliases"),
            Kind::Tag => ("tag", "tags"),
            Kind::Need => ("need", "needs"),
            Kind::Offer => ("offer", "offers"),
            Kind::Org => ("org", "orgs"),
            Kind::Role => ("role", "roles"),
            Kind::Met => ("how we met", "how we met"),
            Kind::Notes => ("notes", "notes"),
            Kind::Id => ("identifier", "identifiers"),
            Kind::Related => ("related name", "related names"),
            Kind::Handle => ("chat handle", "chat handles"),
        }
    }
}

impl Merged {
    /// Whether the file adds nothing (differences aside: they are kept).
    pub fn adds_nothing(&self) -> bool {
        self.added.is_empty()
    }

    /// The file's related names and chat handles the journal lacks (the
    /// same value is the same whatever its label), added as the rest is.
    /// The caller leaves out a related name that is already a link.
    #[must_use]
    pub fn with_people(
        mut self,
        have: &Contact,
        related: &[Labelled],
        handles: &[Labelled],
    ) -> Merged {
        let value = |l: &Labelled| fold(l.value());
        self.related = missing(&have.related, related, value);
        self.handles = missing(&have.handles, handles, value);
        for (kind, list) in [
            (Kind::Related, &self.related),
            (Kind::Handle, &self.handles),
        ] {
            self.added.extend(list.iter().map(|l| (kind, l.shown())));
        }
        self
    }
}

/// What `file` (the person named `name`, with identifiers `ids`) adds to
/// `have`, and where they differ.
pub fn merge(have: &Contact, name: &str, file: &PersonFields, ids: &[String]) -> Merged {
    let mut m = Merged::default();
    let text = |s: &String| fold(s);
    // A phone or email is the same whatever its label.
    let value = |l: &Labelled| fold(l.value());
    m.add.phones = missing(&have.phones, &file.phones, value);
    m.add.emails = missing(&have.emails, &file.emails, value);
    m.add.urls = missing(&have.urls, &file.urls, |u| fold(u.trim_end_matches('/')));
    m.add.aliases = missing(&have.aliases, &file.aliases, text);
    m.add.tags = missing(&have.tags, &file.tags, text);
    m.add.needs = missing(&have.needs, &file.needs, text);
    m.add.offers = missing(&have.offers, &file.offers, text);
    m.ids = missing(&have.external_ids, ids, String::clone);
    m.add.addresses = missing(&have.addresses, &file.addresses, address_key);
    m.add.addresses.retain(|a| !a.is_empty());
    for day in &file.dates {
        let named = |d: &&Occasion| d.kind == day.kind && d.is_called(day.title());
        if m.add.dates.iter().any(|d| named(&d)) {
            continue;
        }
        match have.dates.iter().find(named) {
            None => m.add.dates.push(day.clone()),
            Some(mine) if !same_day(mine, day) => m.differs.push(Differs {
                field: "date",
                journal: format!("{} {mine}", mine.title()),
                file: format!("{} {day}", day.title()),
            }),
            Some(_) => {}
        }
    }
    m.add.org = single(&mut m.differs, "org", &have.org, file.org.as_deref());
    m.add.role = single(&mut m.differs, "role", &have.role, file.role.as_deref());
    m.add.notes = single(&mut m.differs, "notes", &have.notes, file.notes.as_deref());
    // How we met is the journal's own story; a file's is only a start.
    m.add.met = file
        .met
        .as_deref()
        .filter(|t| have.met.text.is_empty() && !tidy(t).is_empty())
        .map(str::to_string);
    m.add.on = file.on.filter(|_| have.met.on.is_none());
    let words = |n: &str| {
        fold(n)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let names: Vec<Vec<String>> = have.folded_names().iter().map(|n| words(n)).collect();
    if !name.trim().is_empty() && !names.contains(&words(name)) {
        m.differs.push(Differs {
            field: "name",
            journal: have.name.clone(),
            file: tidy(name),
        });
    }
    m.added = listed(&m);
    m
}

/// The file's items whose key the journal's list lacks, once each.
fn missing<T: Clone>(have: &[T], file: &[T], key: impl Fn(&T) -> String) -> Vec<T> {
    let mut seen: Vec<String> = have.iter().map(&key).collect();
    let mut out = Vec::new();
    for item in file {
        let k = key(item);
        if !k.is_empty() && !seen.contains(&k) {
            seen.push(k);
            out.push(item.clone());
        }
    }
    out
}

/// A single value the journal lacks; a differing one is noted instead.
fn single(
    differs: &mut Vec<Differs>,
    field: &'static str,
    have: &str,
    file: Option<&str>,
) -> Option<String> {
    let file = tidy(file?);
    if file.is_empty() || fold(have) == fold(&file) {
        return None;
    }
    if have.trim().is_empty() {
        return Some(file);
    }
    differs.push(Differs {
        field,
        journal: have.trim().to_string(),
        file,
    });
    None
}

fn address_key(a: &Address) -> String {
    fold(&a.one_line())
}

/// The same day, a year known on one side only aside (a year-less
/// birthday is not another birthday).
fn same_day(a: &Occasion, b: &Occasion) -> bool {
    (a.month, a.day) == (b.month, b.day)
        && (a.year == b.year || a.year.is_none() || b.year.is_none())
}

/// Everything a merge adds, in the order the card shows it.
fn listed(m: &Merged) -> Vec<(Kind, String)> {
    let a = &m.add;
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
            .map(|d| format!("{} {d}", d.title()))
            .collect(),
    );
    each(Kind::Alias, a.aliases.clone());
    each(Kind::Tag, a.tags.clone());
    each(Kind::Need, a.needs.clone());
    each(Kind::Offer, a.offers.clone());
    each(Kind::Org, a.org.iter().cloned().collect());
    each(Kind::Role, a.role.iter().cloned().collect());
    each(Kind::Met, a.met.iter().cloned().collect());
    each(Kind::Met, a.on.iter().map(ToString::to_string).collect());
    each(Kind::Notes, a.notes.iter().map(|_| String::new()).collect());
    each(Kind::Id, m.ids.clone());
    out
}

#[cfg(test)]
mod tests;
