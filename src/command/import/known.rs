//! Who is already in the journal, indexed so that each imported row is
//! matched in constant time, whatever the journal's size.

use std::collections::HashMap;

use anyhow::Result;

use crate::domain::text::fold;
use crate::domain::{Contact, Id};
use crate::journal::{ContactDraft, Journal};

/// What identifies people already in the journal, indexed so that each
/// imported row is matched in constant time, whatever the journal's size.
pub(super) struct Known {
    urls: HashMap<String, Id>,
    emails: HashMap<String, Id>,
    names: HashMap<String, Vec<Id>>,
    external: HashMap<String, Id>,
    /// Who has a profile URL or an identifier from another program: a name
    /// alone does not make them someone else who has their own.
    identified: HashMap<Id, (bool, bool)>,
    /// Folded name words → people, for near-duplicate hints.
    words: HashMap<String, Vec<Id>>,
    display: HashMap<Id, String>,
}

fn url_key(url: &str) -> String {
    fold(url.trim_end_matches('/'))
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
        let mut known = Known {
            urls: HashMap::new(),
            emails: HashMap::new(),
            names: HashMap::new(),
            external: HashMap::new(),
            identified: HashMap::new(),
            words: HashMap::new(),
            display: HashMap::new(),
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
            self.emails.insert(fold(e), c.id);
        }
        for x in &c.external_ids {
            self.external.insert(x.clone(), c.id);
        }
        for n in c.folded_names() {
            let ids = self.names.entry(n).or_default();
            if !ids.contains(&c.id) {
                ids.push(c.id);
            }
        }
        self.identified
            .insert(c.id, (!c.urls.is_empty(), !c.external_ids.is_empty()));
        for w in name_words(&c.name) {
            self.words.entry(w).or_default().push(c.id);
        }
        self.display.insert(c.id, c.name.clone());
    }

    /// Whether the draft is someone already here: same vCard UID, profile
    /// URL or email, or the exact name of someone whose URL or UID (when
    /// both have one) does not say they are another person.
    pub(super) fn has(&self, d: &ContactDraft) -> bool {
        if d.external_ids.iter().any(|x| self.external.contains_key(x))
            || d.urls.iter().any(|u| self.urls.contains_key(&url_key(u)))
            || d.emails.iter().any(|e| self.emails.contains_key(&fold(e)))
        {
            return true;
        }
        // No URL or UID of theirs matched: one on both sides means two people.
        let (has_url, has_uid) = (!d.urls.is_empty(), !d.external_ids.is_empty());
        self.names.get(&fold(&d.name)).is_some_and(|ids| {
            ids.iter().any(|id| {
                let (url, uid) = self.identified.get(id).copied().unwrap_or_default();
                let other_person = (has_url && url) || (has_uid && uid);
                !other_person
            })
        })
    }

    /// Someone whose name shares every word of the draft's (or all of
    /// theirs): "Anna Rossi" and "Anna Maria Rossi".
    pub(super) fn near(&self, d: &ContactDraft) -> Option<&str> {
        let words = name_words(&d.name);
        let first = words.first()?;
        self.words.get(first)?.iter().find_map(|id| {
            let theirs = name_words(self.display.get(id)?);
            let shared = words.iter().filter(|w| theirs.contains(w)).count();
            (shared >= 2 || (shared == 1 && (words.len() == 1 || theirs.len() == 1)))
                .then(|| self.display.get(id).map(String::as_str))
                .flatten()
        })
    }
}

/// The person a LinkedIn profile URL or exact name points at.
pub(super) fn find(known: &Known, url: &str, name: &str) -> Option<Id> {
    known
        .urls
        .get(&url_key(url))
        .copied()
        .or_else(|| known.names.get(&fold(name))?.first().copied())
}
