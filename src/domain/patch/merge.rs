//! What a person read from a file adds to the one the journal has: the
//! one merge rule of imports, over [`PersonFields`] so that a field whose
//! type changes is changed here and nowhere else.
//!
//! Where the person was imported from this card before, the three-way
//! rule of [`base`] decides (an edited card updates what the user did not
//! change). Otherwise the journal's word wins: a list item (phone, email, URL, address, date,
//! alias, tag, need, offer, identifier) the journal lacks is added; a single
//! value (organisation, role, how we met, notes) is filled only where the
//! journal has none; where both have one and they differ it is reported,
//! never applied, as is a day of the same name on another date; a name the
//! person is not yet known by is kept as an alias ([`names`]). Labels go the same way ([`labels`]): a phone or email
//! held with no label takes the file's, so the order files are imported
//! in does not decide it; one labelled otherwise is reported, kept.
//! Notes are not appended: an edited card would otherwise
//! add its whole note again at each import. Interests are left out: files
//! carry none. Merging what a merge gave changes nothing, so importing a
//! file again updates nobody.

pub mod base;
mod labels;
mod listed;

use super::{Dropped, PersonFields};
use crate::domain::labelled::Labelled;
use crate::domain::reach;
use crate::domain::relation::{Link, RelationKind};
use crate::domain::text::{fold, same_name, tidy};
use crate::domain::{Address, Contact, NameParts, Occasion};
pub use base::Said;
use labels::{labels, values};
use listed::listed;

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
    /// The phones, emails, URLs and addresses the card lost, taken out
    /// (see [`base`]).
    pub drop: Dropped,
    /// The related names and chat handles the card lost, by value.
    pub drop_related: Vec<String>,
    pub drop_handles: Vec<String>,
    /// The card's new name, where the journal still had its old one,
    /// and the card's parts of it (see [`Merged::with_parts`]).
    pub name: Option<String>,
    pub parts: Option<NameParts>,
    /// Each thing taken out, as the import lists it.
    pub removed: Vec<(Kind, String)>,
    /// Single values and labels the file has otherwise, kept as the
    /// journal has them.
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
    /// A label a phone or email the journal holds gains.
    Label,
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
    /// The day we met, beside how.
    MetOn,
    Notes,
    Id,
    Related,
    Handle,
    Name,
}

impl Kind {
    /// Whether a person has several of the kind, so that a summary counts
    /// them ("3 phones"), or one ("organisation").
    pub fn counted(self) -> bool {
        !matches!(
            self,
            Kind::Org | Kind::Role | Kind::Met | Kind::MetOn | Kind::Notes | Kind::Name
        )
    }

    /// Whether a user sees the kind on the card: an identifier another
    /// program gave is kept (khard's round trips need it) but shown
    /// nowhere, so gaining one is no update a summary reports (trial 28c
    /// #14: "updated 4 (4 identifiers)" for a file that changed nothing).
    pub fn seen(self) -> bool {
        self != Kind::Id
    }

    /// The kind's name, for one and for several.
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Kind::Phone => ("phone", "phones"),
            Kind::Email => ("email", "emails"),
            Kind::Label => ("label", "labels"),
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
            Kind::MetOn => ("met on", "met on"),
            Kind::Notes => ("notes", "notes"),
            Kind::Id => ("identifier", "identifiers"),
            Kind::Related => ("related name", "related names"),
            Kind::Handle => ("chat handle", "chat handles"),
            Kind::Name => ("name", "names"),
        }
    }
}

impl Merged {
    /// Whether the file adds nothing (differences aside: they are kept).
    pub fn adds_nothing(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    /// Whether nothing the merge adds or takes out is [`Kind::seen`]: the
    /// person is unchanged as the user sees them, though what is kept
    /// (an identifier) is still written.
    pub fn shows_nothing(&self) -> bool {
        self.added
            .iter()
            .chain(&self.removed)
            .all(|(kind, _)| !kind.seen())
    }

    /// Gives `c` what the merge does besides its patch (which the journal
    /// applies, interests and all): the new name, identifiers, related
    /// names and chat handles.
    pub fn apply_rest(&self, c: &mut Contact) {
        if let Some(name) = &self.name {
            name.clone_into(&mut c.name);
            // The parts were the old name's; the card's go with its name.
            c.name_parts.clone_from(&self.parts);
            // A name is never also an alias (trial 28c #7: renamed back
            // by a card, the name stayed among the aliases, and exports
            // wrote it as a nickname).
            c.aliases.retain(|a| !same_name(a, name));
        }
        c.related
            .retain(|r| !self.drop_related.iter().any(|d| r.is_called(d)));
        c.handles
            .retain(|h| !self.drop_handles.iter().any(|d| h.is_called(d)));
        for r in &self.related {
            crate::domain::labelled::add(&mut c.related, r);
        }
        for h in &self.handles {
            crate::domain::labelled::add(&mut c.handles, h);
        }
        for id in &self.ids {
            if !c.external_ids.contains(id) {
                c.external_ids.push(id.clone());
            }
        }
    }

    /// The card's name in parts (its `N`), taken with its new name: a
    /// rename by a card that dropped them left the exports to write the
    /// whole name as the given one (report 27d #1). A card that renames
    /// nobody changes no parts.
    #[must_use]
    pub fn with_parts(mut self, parts: Option<&NameParts>) -> Merged {
        if self.name.is_some() {
            self.parts = parts.cloned();
        }
        self
    }

    /// The file's related names and chat handles the journal lacks (the
    /// same value is the same whatever its label), added as the rest is,
    /// and those the card lost taken out, by the rule of [`base::many`]
    /// (`was` is what the card's last import said). The caller leaves out
    /// a related name that is already a link, and gives the links as
    /// `linked` (the word, the other person's name). A partner the file
    /// names where the journal has another, whom the file does not name,
    /// differs, as an org does (trial imd #4: a card's spouse Mario beside
    /// the journal's Marco was added unsaid): listed, the journal's kept,
    /// and the card's added beside it rather than lost (the Evolution and
    /// Mac cards of one John Doe name two spouses; neither is dropped),
    /// unless the card's last import named the journal's and the card has
    /// since changed it, which replaces it.
    #[must_use]
    pub fn with_people(
        mut self,
        have: &Contact,
        linked: &[Labelled],
        related: &[Labelled],
        handles: &[Labelled],
        was: Option<&Said>,
    ) -> Merged {
        let value = |l: &Labelled| l.value().to_string();
        let (add, lost) = base::many(
            &have.related,
            related,
            was.map(|w| &w.related[..]),
            fold,
            value,
        );
        let lost = values(&lost);
        let partners: Vec<&Labelled> = have
            .related
            .iter()
            .chain(linked)
            .filter(|r| partner(&r.label) && !lost.iter().any(|l| r.is_called(l)))
            .collect();
        let named = |p: &&Labelled| related.iter().any(|r| r.is_called(p.value()));
        // As the card shows it: "spouse Marco Rossi".
        let said = |l: &Labelled| format!("{} {}", l.label, l.value()).trim().to_string();
        if let Some(mine) = partners.first().filter(|_| !partners.iter().any(named)) {
            for r in add.iter().filter(|r| partner(&r.label)) {
                self.differs.push(Differs {
                    field: "related name",
                    journal: said(mine),
                    file: said(r),
                });
            }
        }
        (self.related, self.drop_related) = (add, lost);
        let (add, lost) = base::many(
            &have.handles,
            handles,
            was.map(|w| &w.handles[..]),
            fold,
            value,
        );
        (self.handles, self.drop_handles) = (add, values(&lost));
        for (kind, list) in [
            (Kind::Related, &self.related),
            (Kind::Handle, &self.handles),
        ] {
            self.added.extend(list.iter().map(|l| (kind, l.shown())));
        }
        for (kind, list) in [
            (Kind::Related, &self.drop_related),
            (Kind::Handle, &self.drop_handles),
        ] {
            self.removed.extend(list.iter().map(|v| (kind, v.clone())));
        }
        self
    }
}

/// What `file` (the person named `name`, with identifiers `ids`) adds to
/// `have`, and where they differ, by the two-way rule.
pub fn merge(have: &Contact, name: &str, file: &PersonFields, ids: &[String]) -> Merged {
    merge_since(have, name, file, ids, None)
}

/// [`merge`], by the three-way rule where `was` is what the last import
/// of the same card said.
pub fn merge_since(
    have: &Contact,
    name: &str,
    file: &PersonFields,
    ids: &[String],
    was: Option<&Said>,
) -> Merged {
    let mut m = Merged::default();
    let text = |s: &String| fold(s);
    let value = |l: &Labelled| l.value().to_string();
    let url = |u: &str| fold(u.trim_end_matches('/'));
    let (phones, lost) = base::many(
        &have.phones,
        &file.phones,
        was.map(|w| &w.phones[..]),
        reach::phone_key,
        value,
    );
    (m.add.phones, m.drop.phones) = (phones, values(&lost));
    let (emails, lost) = base::many(
        &have.emails,
        &file.emails,
        was.map(|w| &w.emails[..]),
        fold,
        value,
    );
    (m.add.emails, m.drop.emails) = (emails, values(&lost));
    labels(&mut m, "phone label", &have.phones, &file.phones);
    labels(&mut m, "email label", &have.emails, &file.emails);
    (m.add.urls, m.drop.urls) = base::many(
        &have.urls,
        &file.urls,
        was.map(|w| &w.urls[..]),
        url,
        String::clone,
    );
    m.add.aliases = missing(&have.aliases, &file.aliases, text);
    m.add.tags = missing(&have.tags, &file.tags, text);
    m.add.needs = missing(&have.needs, &file.needs, text);
    m.add.offers = missing(&have.offers, &file.offers, text);
    m.ids = missing(&have.external_ids, ids, String::clone);
    let file_addresses: Vec<Address> = file
        .addresses
        .iter()
        .filter(|a| !a.is_empty())
        .cloned()
        .collect();
    let (addresses, lost) = base::many(
        &have.addresses,
        &file_addresses,
        was.map(|w| &w.addresses[..]),
        fold,
        Address::one_line,
    );
    m.add.addresses = addresses;
    m.drop.addresses = lost.iter().map(Address::one_line).collect();
    dates(&mut m, have, file, was);
    let mut single = |field: &'static str, have: &str, file: &Option<String>, was: Option<&str>| {
        match base::one(have, file.as_deref(), was) {
            base::One::Keep => None,
            base::One::Take(v) => Some(v),
            base::One::Differs(v) => {
                m.differs.push(Differs {
                    field,
                    journal: have.trim().to_string(),
                    file: v,
                });
                None
            }
        }
    };
    let org = single("org", &have.org, &file.org, was.map(|w| w.org.as_str()));
    let role = single("role", &have.role, &file.role, was.map(|w| w.role.as_str()));
    let notes = single(
        "notes",
        &have.notes,
        &file.notes,
        was.map(|w| w.notes.as_str()),
    );
    (m.add.org, m.add.role, m.add.notes) = (org, role, notes);
    // How we met is the journal's own story: a file's is only a start,
    // never reported, but an edited card's replaces its own.
    m.add.met = match base::one(
        &have.met.text,
        file.met.as_deref(),
        was.map(|w| w.met.as_str()),
    ) {
        base::One::Take(t) if !tidy(&t).is_empty() => Some(t),
        _ => None,
    };
    m.add.on = file.on.filter(|_| have.met.on.is_none());
    names(&mut m, have, name, was);
    m.added = listed(&m, have);
    let d = &m.drop;
    m.removed = [
        (Kind::Phone, &d.phones),
        (Kind::Email, &d.emails),
        (Kind::Url, &d.urls),
        (Kind::Address, &d.addresses),
    ]
    .into_iter()
    .flat_map(|(kind, list)| list.iter().map(move |v| (kind, v.clone())))
    .collect();
    m
}

/// Whether a related name's label says a partner ("spouse", "wife",
/// "partner"...: [`RelationKind::Partner`]), whom a person has one of.
fn partner(label: &str) -> bool {
    Link::parse(crate::domain::Id(0), label).is_ok_and(|l| l.kind == RelationKind::Partner)
}

/// A name's words, punctuation aside.
fn words(n: &str) -> Vec<String> {
    fold(n)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The card's new name where the journal still has the one the card had,
/// the old one kept as an alias; otherwise a name of the file's that is
/// none of theirs ([`same_name`]: Дмитрий Соколов for Dmitry Sokolov, an
/// address book's other spelling) is kept as an alias, so they are found
/// by either whatever the order the files came in (report 27t #7). A card
/// whose name did not change since its last import says nothing new.
fn names(m: &mut Merged, have: &Contact, name: &str, was: Option<&Said>) {
    if name.trim().is_empty() {
        return;
    }
    let (file, mine) = (words(name), words(&have.name));
    let alias = |m: &mut Merged, alias: &str, name: &str| {
        let known = std::iter::once(name)
            .chain(have.aliases.iter().map(String::as_str))
            .chain(m.add.aliases.iter().map(String::as_str))
            .any(|n| same_name(n, alias));
        if !known {
            m.add.aliases.push(tidy(alias));
        }
    };
    if let Some(was) = was.map(|w| words(&w.name))
        && was != file
        && was == mine
    {
        m.name = Some(tidy(name));
        alias(m, &have.name, name);
        return;
    }
    let unchanged = was.is_some_and(|w| words(&w.name) == file);
    if !unchanged {
        alias(m, name, &have.name);
    }
}

/// The file's days: one the journal lacks is added, and so is the year of
/// the journal's year-less day on the same date; one of the same name on
/// another date takes the card's date where the journal still has the one
/// the card had, and is reported otherwise (trial 27t #1: `--12-09` edited to
/// `1979-12-09` was "unchanged"). A file that only leaves out the
/// year the journal knows says nothing new.
fn dates(m: &mut Merged, have: &Contact, file: &PersonFields, was: Option<&Said>) {
    for day in &file.dates {
        // By title alone: a day named "anniversary" before names were read
        // as their kind is the anniversary (trial 27e: doubled on import).
        let named = |d: &&Occasion| d.is_called(day.title());
        // Two of one name in the file: the one with the year goes in.
        if let Some(added) = m.add.dates.iter_mut().find(|d| d.is_called(day.title())) {
            if added.year.is_none() && (added.month, added.day) == (day.month, day.day) {
                day.clone_into(added);
            }
            continue;
        }
        let before = was.map(|w| w.dates.iter().find(named));
        match (have.dates.iter().find(named), before) {
            // The user took out a day the card still has unchanged.
            (None, Some(Some(b))) if says_no_more(b, day) => {}
            (None, _) => m.add.dates.push(day.clone()),
            (Some(mine), _) if says_no_more(mine, day) => {}
            (Some(mine), Some(Some(b))) if same_day(mine, b) => {
                m.add.dates.push(day.clone());
            }
            // The card did not change it: the user's date stands, unsaid.
            (Some(_), Some(Some(b))) if says_no_more(b, day) => {}
            // The year the journal lacks, on the same day: added, as any
            // value the journal lacks is (trial 28c #3: a Google row's
            // birth year was only listed).
            (Some(mine), _)
                if mine.year.is_none() && (mine.month, mine.day) == (day.month, day.day) =>
            {
                m.add.dates.push(day.clone());
            }
            (Some(mine), _) => m.differs.push(Differs {
                field: "date",
                journal: format!("{} {mine}", mine.title()),
                file: format!("{} {day}", day.title()),
            }),
        }
    }
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

/// The same day, year and all.
fn same_day(a: &Occasion, b: &Occasion) -> bool {
    (a.year, a.month, a.day) == (b.year, b.month, b.day)
}

/// Whether `said` tells nothing `known` does not: the same day, its year
/// left out or the same (a year-less birthday is not another birthday,
/// but a year given to one is news).
fn says_no_more(known: &Occasion, said: &Occasion) -> bool {
    (known.month, known.day) == (said.month, said.day)
        && (said.year.is_none() || said.year == known.year)
}

#[cfg(test)]
mod tests;
