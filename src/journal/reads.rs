//! Small reads the front ends and the command layer need, so that none of
//! them reaches into the store.

use std::path::{Path, PathBuf};

use super::{Journal, Result};
use crate::domain::followed::Label;
use crate::domain::labelled;
use crate::domain::text::fold;
use crate::domain::{Contact, FollowUp, Id, Interaction, Occasion, Tallies};

/// One address a query found, as mail programs list it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct MailAddress {
    pub email: String,
    pub name: String,
    /// Their organisation, to tell two people of one name apart.
    pub note: String,
}

impl Journal {
    /// Every email address of the people whose name, alias, address or
    /// organisation holds every word of `query` (case and accents aside),
    /// by name.
    pub fn addresses(&self, query: &str) -> Result<Vec<MailAddress>> {
        let words: Vec<String> = fold(query).split(' ').map(str::to_string).collect();
        let mut found = Vec::new();
        for c in self.contacts() {
            let c = c?;
            if c.emails.is_empty() {
                continue;
            }
            let haystack = fold(&format!(
                "{} {} {} {}",
                c.name,
                c.aliases.join(" "),
                labelled::values(&c.emails).collect::<Vec<_>>().join(" "),
                c.org
            ));
            if words.iter().all(|w| haystack.contains(w.as_str())) {
                for email in labelled::values(&c.emails) {
                    found.push(MailAddress {
                        email: email.to_string(),
                        name: c.name.clone(),
                        note: c.org.clone(),
                    });
                }
            }
        }
        found.sort_by_cached_key(|a| (fold(&a.name), a.email.clone()));
        Ok(found)
    }

    /// Where the journal is: for a copy made in memory, the journal it
    /// copies (its backups are found beside that one).
    pub fn path(&self) -> &Path {
        self.copy_of.as_deref().unwrap_or_else(|| self.store.path())
    }

    pub fn contact_count(&self) -> usize {
        self.store.contact_count()
    }

    /// Every contact, closed ones included.
    pub fn contacts(&self) -> impl Iterator<Item = Result<Contact>> + '_ {
        self.store.contacts().map(|c| Ok(c?))
    }

    pub fn interaction(&self, id: Id) -> Result<Option<Interaction>> {
        Ok(self.store.interaction(id)?)
    }

    /// Whether `id` is a contact (closed or not).
    pub fn is_contact(&self, id: Id) -> Result<bool> {
        Ok(self.store.contact(id)?.is_some())
    }

    /// Whether `id` is a contact or any record.
    pub fn holds(&self, id: Id) -> Result<bool> {
        Ok(self.store.contact(id)?.is_some() || self.store.kind_of(id)?.is_some())
    }

    /// Every follow-up, done ones too, with the name of its person: a
    /// calendar that imported one must learn that it was done.
    pub fn all_follow_ups(&self) -> Result<Vec<(FollowUp, String)>> {
        let mut all = Vec::new();
        for f in self.store.follow_ups() {
            let f = f?;
            let name = self.name_of(f.contact)?;
            all.push((f, name));
        }
        Ok(all)
    }

    /// The birthdays and other days of everyone whose relationship is
    /// kept up, with their id and name.
    pub fn all_dates(&self) -> Result<Vec<(Id, String, Occasion)>> {
        let mut all = Vec::new();
        self.for_each_summary(|s| {
            if !s.closed {
                for d in s.dates.iter() {
                    all.push((s.id, s.name.to_string(), d.clone()));
                }
            }
        })?;
        Ok(all)
    }

    /// What I gave and asked, and they, over the whole journal.
    pub fn totals(&self) -> Result<Tallies> {
        Ok(self.store.totals()?)
    }

    /// What the disk said when it refused a write, if it did.
    pub fn refused(&self) -> Option<String> {
        self.store.refused()
    }

    /// The journal's files that others could read (now owner-only).
    pub fn loose(&self) -> &[PathBuf] {
        self.store.loose()
    }
}

impl Journal {
    /// A record in words, for what undo calls a change: its text, quoted,
    /// and whose it is ("\"send Marco the deck\" (Marco Bianchi)"), or a
    /// person's name; None when `id` names nothing kept.
    pub fn record_words(&self, id: Id) -> Result<Option<String>> {
        let (text, whose) = if let Some(c) = self.store.contact(id)? {
            return Ok(Some(c.name));
        } else if let Some(e) = self.store.ledger_entry(id)? {
            (e.text, vec![e.contact])
        } else if let Some(f) = self.store.follow_up(id)? {
            // A meeting's planned follow-up is stored as "follow up on:
            // coffee" (trial 28d: "undid: done "follow up on: coffee""):
            // its words are what it is about.
            let words = crate::domain::followed::after_label(Label::FollowUp, &f.text);
            (words.to_string(), vec![f.contact])
        } else if let Some(i) = self.store.interaction(id)? {
            (i.summary, i.contacts)
        } else if let Some(s) = self.store.signal(id)? {
            (s.text, vec![s.contact])
        } else {
            return Ok(None);
        };
        let names: Vec<String> = whose
            .iter()
            .map(|c| self.name_of(*c))
            .collect::<Result<_>>()?;
        let text = crate::domain::text::clip(&text, 60);
        Ok(Some(format!("\"{text}\" ({})", names.join(", "))))
    }
}
