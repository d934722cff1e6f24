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

use crate::domain::text::fold;
use crate::domain::{Contact, Id};
use crate::journal::{ContactDraft, Journal};

/// What identifies people already in the journal, indexed so that each
/// imported row is matched in constant time, whatever the journal's size.
#[derive(Default)]
pub(super) struct Known {
    urls: HashMap<Key, Id>,
    emails: HashMap<Key, Id>,
    names: Many,
    external: HashMap<Key, Id>,
    /// Who has a profile URL or an identifier from another program: a name
    /// alone does not make them someone else who has their own.
    identified: HashMap<Id, (bool, bool)>,
    /// Folded name words → people, for near-duplicate hints.
    words: Many,
    display: HashMap<Id, Box<str>>,
}

/// A text as the index keeps it.
type Key = u128;

fn key(text: &str) -> Key {
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

/// The words of a name worth comparing (initials and particles aside).
fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

impl Known {
    pub(super) fn load(journal: &Journal) -> Result<Known> {
        let mut known = Known::default();
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
        for x in &c.external_ids {
            self.external.insert(key(x), c.id);
        }
        for n in c.folded_names() {
            self.names.push(key(&n), c.id);
        }
        self.identified
            .insert(c.id, (!c.urls.is_empty(), !c.external_ids.is_empty()));
        for w in name_words(&c.name) {
            self.words.push(key(&w), c.id);
        }
        self.display.insert(c.id, c.name.as_str().into());
    }

    /// Whether the draft is someone already here: same vCard UID, profile
    /// URL or email, or the exact name of someone whose URL or UID (when
    /// both have one) does not say they are another person.
    pub(super) fn has(&self, d: &ContactDraft) -> bool {
        if d.external_ids
            .iter()
            .any(|x| self.external.contains_key(&key(x)))
            || d.urls.iter().any(|u| self.urls.contains_key(&url_key(u)))
            || d.emails
                .iter()
                .any(|e| self.emails.contains_key(&key(&fold(e.value()))))
        {
            return true;
        }
        // No URL or UID of theirs matched: one on both sides means two people.
        let (has_url, has_uid) = (!d.urls.is_empty(), !d.external_ids.is_empty());
        self.names.ids(key(&fold(&d.name))).any(|id| {
            let (url, uid) = self.identified.get(&id).copied().unwrap_or_default();
            let other_person = (has_url && url) || (has_uid && uid);
            !other_person
        })
    }

    /// Someone whose name shares every word of the draft's (or all of
    /// theirs): "Anna Rossi" and "Anna Maria Rossi".
    pub(super) fn near(&self, d: &ContactDraft) -> Option<&str> {
        let words = name_words(&d.name);
        let first = words.first()?;
        self.words.ids(key(first)).find_map(|id| {
            let name = self.display.get(&id)?;
            let theirs = name_words(name);
            let shared = words.iter().filter(|w| theirs.contains(w)).count();
            (shared >= 2 || (shared == 1 && (words.len() == 1 || theirs.len() == 1)))
                .then_some(&**name)
        })
    }
}

/// The person a LinkedIn profile URL or exact name points at.
pub(super) fn find(known: &Known, url: &str, name: &str) -> Option<Id> {
    known
        .urls
        .get(&url_key(url))
        .copied()
        .or_else(|| known.names.ids(key(&fold(name))).next())
}
