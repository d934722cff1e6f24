//! Who is already in the journal, indexed so that each imported row is
//! matched in constant time, whatever the journal's size.
//!
//! The index holds a 128-bit hash of each folded URL, email, identifier,
//! name and name word rather than the text: a million people's index is
//! then a few hundred MB smaller, and two different texts sharing a hash
//! is as likely as guessing a 128-bit key.

use std::collections::HashMap;
use std::collections::hash_map::{DefaultHasher, Entry};
use std::hash::{Hash, Hasher};

use anyhow::Result;

use crate::domain::labelled::Labelled;
use crate::domain::reach;
use crate::domain::text::{fold, loose};
use crate::domain::{Contact, Id, Occasion, OccasionKind};
use crate::journal::{ContactDraft, Journal};
use names::Names;

/// What identifies people already in the journal, indexed so that each
/// imported row is matched in constant time, whatever the journal's size.
#[derive(Default)]
pub(super) struct Known {
    urls: HashMap<Key, Id>,
    emails: HashMap<Key, Id>,
    /// Phone numbers by [`phone_key`]; a number two people share (a
    /// family's landline) identifies neither.
    phones: Many,
    names: Many,
    external: HashMap<Key, Id>,
    /// What says whether a namesake is someone else (see [`Known::find`]).
    facts: HashMap<Id, Facts>,
    /// Name words, for near-duplicate hints ([`near::Near`]).
    near: near::Near,
    display: HashMap<Id, Box<str>>,
    /// Each person's name as a shared phone is checked against it.
    who: HashMap<Id, Names>,
    /// The folded related names on anyone's card: a person of that name
    /// written later may be linked to them.
    awaited: std::collections::HashSet<Key>,
    /// Each person's birthday (month, day, year if known): a namesake
    /// holding the phone is not the draft when their birthdays differ.
    born: HashMap<Id, Day>,
    /// The journal's tag (`backups::tag`), which its own Google export
    /// writes beside each person's id.
    own: Option<String>,
    /// The people this import added: a later row of the same import never
    /// claims one by name alone (a file that lists two Luca Rossi, as an
    /// export of two people does, means two people).
    added: std::collections::HashSet<Id>,
}

/// What a name match is checked against: whether the person has a
/// profile URL, an identifier from another program, an email, and which
/// organisation.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(super) struct Facts {
    pub(super) url: bool,
    pub(super) uid: bool,
    pub(super) email: bool,
    pub(super) org: Option<Key>,
}

impl Facts {
    /// The organisation is compared by its first unit: a card's
    /// `ORG:TheCompany;TheDepartment` is at the journal's "TheCompany".
    pub(super) fn of(urls: &[String], uids: &[String], emails: &[Labelled], org: &str) -> Facts {
        let org = fold(org.split(", ").next().unwrap_or_default());
        Facts {
            url: !urls.is_empty(),
            uid: !uids.is_empty(),
            email: !emails.is_empty(),
            org: (!org.is_empty()).then(|| key(&org)),
        }
    }

    /// Whether two people of the same name, who share no URL, identifier
    /// or email, are two people: each has their own URL, identifier or
    /// email, or their organisations differ.
    pub(super) fn disagree(self, other: Facts) -> bool {
        (self.url && other.url)
            || (self.uid && other.uid)
            || (self.email && other.email)
            || matches!((self.org, other.org), (Some(a), Some(b)) if a != b)
    }

    /// Whether something besides the name says two people are one: the
    /// same organisation, or one of them has nothing but a name (typed
    /// with `add`, or a card with only a phone) to tell them apart by.
    pub(super) fn tie(self, other: Facts) -> bool {
        let bare = |f: Facts| f == Facts::default();
        (self.org.is_some() && self.org == other.org) || bare(self) || bare(other)
    }
}

/// Who a file's person is in the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// This person: the file's person merges into them.
    Same(Id),
    /// Someone of the same name that something says is another person: a
    /// new person, flagged as a possible duplicate of them.
    Namesake(Id),
    /// Someone who has one of the draft's phone numbers but whose name
    /// cannot be the draft's ([`Names::agree`]): a new person, flagged.
    SharesPhone(Id),
    /// Nobody.
    New,
}

/// A birthday as the index keeps it: month, day and the year if known.
type Day = (u8, u8, Option<i32>);

fn birthday(dates: &[Occasion]) -> Option<Day> {
    let b = dates.iter().find(|d| d.kind == OccasionKind::Birthday)?;
    Some((b.month, b.day, b.year))
}

/// Whether two birthdays say two people: another day, or another year
/// where both know it.
fn born_apart(a: Option<Day>, b: Option<Day>) -> bool {
    match (a, b) {
        (Some((m, d, y)), Some((n, e, z))) => {
            (m, d) != (n, e) || matches!((y, z), (Some(y), Some(z)) if y != z)
        }
        _ => false,
    }
}

/// A text as the index keeps it.
type Key = u128;

fn key<T: Hash + ?Sized>(text: &T) -> Key {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        text.hash(&mut h);
        h.finish()
    };
    (Key::from(half(0)) << 64) | Key::from(half(1))
}

/// Keys to people, most keys to one: that one kept inline, the rest
/// aside, in the order they came.
#[derive(Default)]
struct Many {
    one: HashMap<Key, Id>,
    more: HashMap<Key, Vec<Id>>,
}

impl Many {
    fn push(&mut self, k: Key, id: Id) {
        match self.one.entry(k) {
            Entry::Vacant(v) => {
                v.insert(id);
            }
            Entry::Occupied(o) if *o.get() != id => {
                let more = self.more.entry(k).or_default();
                if !more.contains(&id) {
                    more.push(id);
                }
            }
            Entry::Occupied(_) => {}
        }
    }

    fn ids(&self, k: Key) -> impl Iterator<Item = Id> + '_ {
        let more = self.more.get(&k).into_iter().flatten().copied();
        self.one.get(&k).copied().into_iter().chain(more)
    }
}

fn url_key(url: &str) -> Key {
    key(&fold(url.trim_end_matches('/')))
}

/// A phone number as the index compares it: by the one rule of
/// [`reach::phone_key`]; `None` for fewer than seven digits, too short to
/// say who it is.
pub(super) fn phone_key(number: &str) -> Option<Key> {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    (digits >= 7).then(|| key(&reach::phone_key(number)))
}

/// The words of a name worth comparing (initials and particles aside).
fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

/// The keys of a name's words, in the name's order.
fn word_keys(name: &str) -> Vec<Key> {
    name_words(name).iter().map(|w| key(w.as_str())).collect()
}

impl Known {
    pub(super) fn load(journal: &Journal) -> Result<Known> {
        let mut known = Known {
            own: journal.store().identity().map(|i| crate::backups::tag(&i)),
            ..Known::default()
        };
        for c in journal.contacts() {
            let c = c?;
            known.add(&c);
        }
        Ok(known)
    }

    pub(super) fn add(&mut self, c: &Contact) {
        for u in &c.urls {
            self.urls.insert(url_key(u), c.id);
        }
        for e in &c.emails {
            self.emails.insert(key(&fold(e.value())), c.id);
        }
        for p in &c.phones {
            if let Some(k) = phone_key(p.value()) {
                self.phones.push(k, c.id);
            }
        }
        for x in &c.external_ids {
            self.external.insert(key(x), c.id);
        }
        // Names as people type them (`text::loose`): "Giulia D’Amico" on a
        // phone and "Giulia D'Amico" on LinkedIn are one name (trial 28c:
        // two people or one, by the order of the imports).
        for n in c.folded_names() {
            self.names.push(key(&loose(&n)), c.id);
        }
        for r in &c.related {
            self.awaited.insert(key(&fold(r.value())));
        }
        self.facts
            .insert(c.id, Facts::of(&c.urls, &c.external_ids, &c.emails, &c.org));
        self.near.add(c.id, &word_keys(&c.name));
        self.display.insert(c.id, c.name.as_str().into());
        match birthday(&c.dates) {
            Some(day) => self.born.insert(c.id, day),
            None => self.born.remove(&c.id),
        };
        let names = Names::of(&c.name, c.name_parts.as_ref(), &c.aliases);
        self.who.insert(c.id, names);
    }

    /// Marks `id` as added by this import ([`Known::find`]).
    pub(super) fn added_here(&mut self, id: Id) {
        self.added.insert(id);
    }

    /// Who the draft is. The match rule: the person who shares a vCard
    /// UID, a profile URL or an email with the draft; else the one person
    /// with a phone number of the draft's ([`phone_key`]; a number two
    /// people have identifies neither) when nothing says they are two
    /// people ([`Facts::disagree`]: five people of one office, each with
    /// their own email, share its number) and the names can be one person
    /// ([`Names::agree`]: Giorgio and Sara Bianchi sharing a mobile are
    /// two, flagged as [`Found::SharesPhone`] if no name says more), or
    /// has the draft's full name (`text::loose`) and no other birthday,
    /// whatever else differs (their own emails); failing that, the
    /// one person whose name or alias is the draft's name, when nothing
    /// says they are two people ([`Facts::disagree`]: each has their own
    /// URL, identifier or email, or they name different organisations) and
    /// something ties them ([`Facts::tie`]: the same organisation, or one
    /// of the two is a name and nothing else that says who they are). A
    /// name alone never claims someone: a Yahoo card "Chris Beatle" with
    /// an email is not the Chris Beatle typed at Beatle Bakery, and a name
    /// two people in the journal answer to is neither of them; each is a
    /// new person listed as a possible duplicate.
    pub(super) fn find(&self, d: &ContactDraft) -> Found {
        // A row of this journal's own Google export is the person it
        // names (trial imd #1), if they are still here.
        if let Some(id) = d.own_id.as_deref().and_then(|v| self.own_id(v)) {
            return Found::Same(id);
        }
        let by = |map: &HashMap<Key, Id>, k: Key| map.get(&k).copied();
        let shared = d
            .external_ids
            .iter()
            .find_map(|x| by(&self.external, key(x)))
            .or_else(|| d.urls.iter().find_map(|u| by(&self.urls, url_key(u))))
            .or_else(|| {
                d.emails
                    .iter()
                    .find_map(|e| by(&self.emails, key(&fold(e.value()))))
            });
        if let Some(id) = shared {
            return Found::Same(id);
        }
        let theirs = Facts::of(&d.urls, &d.external_ids, &d.emails, &d.org);
        let names = Names::of(&d.name, d.name_parts.as_ref(), &d.aliases);
        let by_phone = d.phones.iter().find_map(|p| self.phone_holder(p.value()));
        let holder = by_phone.filter(|id| !self.facts(*id).disagree(theirs));
        let other_name = holder.filter(|id| self.who.get(id).is_some_and(|n| !n.agree(&names)));
        if let Some(id) = holder.filter(|_| other_name.is_none()) {
            return Found::Same(id);
        }
        // The one holder of the phone, with the draft's full name, is the
        // draft even where each has their own email (report 27d #2: a home
        // email on the phone, a work one in Google), unless their
        // birthdays say otherwise; never someone this import added (two
        // rows of one name and number in one file are two people).
        // The full name in either order ("Sokolov Ivan", trial imd #5).
        let full_name = |id: &Id| {
            self.display
                .get(id)
                .is_some_and(|n| names::words(n) == names::words(&d.name))
        };
        if let Some(id) = by_phone.filter(|id| {
            !self.added.contains(id)
                && full_name(id)
                && !born_apart(self.born.get(id).copied(), birthday(&d.dates))
        }) {
            return Found::Same(id);
        }
        // Someone this import added is never claimed by name alone, and
        // does not stand in the way of the one person already here by
        // that name (trial 27e: a Satispay namesake added first made the
        // Paymo card a second Luca Rossi, in one order only).
        let all: Vec<Id> = self.names.ids(key(&loose(&d.name))).collect();
        let here: Vec<Id> = all
            .iter()
            .copied()
            .filter(|id| !self.added.contains(id))
            .collect();
        let mut namesakes = if here.is_empty() { all } else { here }.into_iter();
        match (namesakes.next(), namesakes.next()) {
            (Some(id), None) => {
                let mine = self.facts(id);
                if !self.added.contains(&id) && !mine.disagree(theirs) && mine.tie(theirs) {
                    Found::Same(id)
                } else {
                    Found::Namesake(id)
                }
            }
            (Some(id), Some(_)) => Found::Namesake(id),
            (None, _) => other_name.map_or(Found::New, Found::SharesPhone),
        }
    }

    /// The person an id of this journal's Google export names
    /// ("givegive-contact-12@1a2b3c4d"): another journal's is nobody here.
    fn own_id(&self, value: &str) -> Option<Id> {
        let (id, journal) = value.strip_prefix("givegive-contact-")?.split_once('@')?;
        let id = Id(id.parse().ok()?);
        (Some(journal) == self.own.as_deref() && self.display.contains_key(&id)).then_some(id)
    }

    fn facts(&self, id: Id) -> Facts {
        self.facts.get(&id).copied().unwrap_or_default()
    }

    /// The one person who has the number, if one alone has it.
    fn phone_holder(&self, number: &str) -> Option<Id> {
        let mut ids = self.phones.ids(phone_key(number)?);
        match (ids.next(), ids.next()) {
            (Some(id), None) => Some(id),
            _ => None,
        }
    }

    /// Whether someone's related name is `name`: writing a person so
    /// named may link them.
    pub(super) fn awaited(&self, name: &str) -> bool {
        self.awaited.contains(&key(&fold(name)))
    }

    /// Report 27c #4: a related person a card names by a URI, as vCard
    /// 4.0 may: `urn:uuid:…` is the person whose card had that UID,
    /// `mailto:…` the one with that email, else the address alone. `None`
    /// for an identifier of nobody known, which is no name to show.
    pub(super) fn named(&self, related: &Labelled) -> Option<Labelled> {
        let value = related.value();
        let lower = value.to_ascii_lowercase();
        let name = |map: &HashMap<Key, Id>, k: Key| map.get(&k).and_then(|id| self.name(*id));
        let value = if lower.starts_with("urn:") {
            name(&self.external, key(&format!("vcard:{value}")))?
        } else if let Some(address) = lower.strip_prefix("mailto:") {
            let address = &value[value.len() - address.len()..];
            name(&self.emails, key(&fold(address))).unwrap_or(address)
        } else {
            value
        };
        Some(Labelled::new(&related.label, value))
    }

    /// A person's name as the journal shows it.
    pub(super) fn name(&self, id: Id) -> Option<&str> {
        self.display.get(&id).map(|n| &**n)
    }

    /// Someone whose name shares the draft's first word and another of
    /// its words, or its first word when either name is one word: "Anna
    /// Rossi" and "Anna Maria Rossi" (the rule is [`near::Near`]'s).
    /// A nickname stands for the first name too ("Mike" for "Mr. Michael
    /// Angstadt Jr." is "Mike Angstadt"); of the people so found, the one
    /// at the draft's organisation is named first.
    pub(super) fn near_one(&self, d: &ContactDraft) -> Option<Id> {
        let rest = name_words(&d.name).into_iter().skip(1).collect::<Vec<_>>();
        let found: Vec<Id> = std::iter::once(d.name.clone())
            .chain(d.aliases.iter().map(|a| format!("{a} {}", rest.join(" "))))
            .filter_map(|n| self.near_id(&n))
            .collect();
        let org = fold(&d.org);
        let orgs = [org.as_str(), org.split(", ").next().unwrap_or_default()];
        let at_org = |id: &Id| {
            let theirs = self.facts.get(id).and_then(|f| f.org);
            orgs.iter()
                .any(|o| !o.is_empty() && theirs == Some(key(*o)))
        };
        found
            .iter()
            .find(|id| at_org(id))
            .or(found.first())
            .copied()
    }

    fn near_id(&self, name: &str) -> Option<Id> {
        self.near.find(&word_keys(name))
    }
}

mod names;
mod near;
#[cfg(test)]
mod tests;

/// The person a LinkedIn profile URL or exact name points at.
pub(super) fn find(known: &Known, url: &str, name: &str) -> Option<Id> {
    known
        .urls
        .get(&url_key(url))
        .copied()
        .or_else(|| known.names.ids(key(&loose(name))).next())
}
