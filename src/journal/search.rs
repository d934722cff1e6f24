//! What `givegive search` and the TUI's `/` search: every person's own
//! fields and every record's texts, folded once into a
//! [`search::Index`](crate::domain::search::Index) for the TUI's query as
//! you type, or looked at once for a single query
//! ([`search::Scan`](crate::domain::search::Scan)), which holds only its
//! results.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Journal, Result};
use crate::domain::search::{Field, Found, Index, Record, Scan, person_order};
use crate::domain::{Contact, FollowUpState, Id, whom};

impl Journal {
    /// Everything searchable: people (in the lists' order, which ranks
    /// equal matches), then meetings and messages, ledger entries,
    /// follow-ups and signals, each under the person it is about.
    pub fn search_index(&self) -> Result<Index> {
        let interests = self.interest_names()?;
        let mut people: Vec<((String, Id), Contact)> = Vec::new();
        for c in self.store.contacts() {
            let c = c?;
            people.push((person_order(&c), c));
        }
        people.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = Index::default();
        let mut whose: HashMap<Id, (Arc<str>, bool)> = HashMap::with_capacity(people.len());
        for (_, c) in &people {
            let theirs = theirs(&interests, c);
            let name = index.add_person(c, &theirs);
            whose.insert(c.id, (name, c.is_closed()));
        }
        drop(people);
        self.each_record(&mut |contact, id, date, label, field, texts| {
            let (name, closed) = whose
                .get(&contact)
                .cloned()
                .unwrap_or_else(|| (contact.to_string().into(), false));
            index.add_record(Record {
                contact,
                name,
                closed,
                id,
                date,
                label,
                field,
                texts,
            });
        })?;
        Ok(index)
    }

    /// The `limit` best matches of `query`, as [`Index::search`] finds
    /// them, from one pass over the journal that keeps only the results:
    /// records are looked at under no name, and the results' names are
    /// read at the end.
    pub fn search(&self, query: &str, limit: usize) -> Result<Found> {
        let interests = self.interest_names()?;
        let mut scan = Scan::new(query, limit);
        for c in self.store.contacts() {
            let c = c?;
            let theirs = theirs(&interests, &c);
            scan.person(&c, &theirs);
        }
        let nameless: Arc<str> = "".into();
        self.each_record(&mut |contact, id, date, label, field, texts| {
            scan.record(Record {
                contact,
                name: Arc::clone(&nameless),
                closed: false,
                id,
                date,
                label,
                field,
                texts,
            });
        })?;
        let mut found = scan.found();
        let mut whose: HashMap<Id, (Arc<str>, bool)> = HashMap::new();
        for hit in found.hits.iter_mut().filter(|h| h.record.is_some()) {
            let (name, closed) = match whose.entry(hit.id) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(new) => {
                    let c = self.store.contact(hit.id)?;
                    let name = c.as_ref().map_or(hit.id.to_string(), |c| c.name.clone());
                    new.insert((name.into(), c.is_some_and(|c| c.is_closed())))
                }
            };
            (hit.name, hit.closed) = (Arc::clone(name), *closed);
        }
        Ok(found)
    }

    /// Every interest's name by its id.
    fn interest_names(&self) -> Result<HashMap<Id, String>> {
        Ok(self
            .store
            .interests()
            .map(|i| i.map(|i| (i.id, i.name)))
            .collect::<std::result::Result<_, _>>()?)
    }

    /// Every record's texts, in the order both searches rank equal ones:
    /// meetings and messages (under each of their people), ledger entries,
    /// follow-ups, signals.
    fn each_record(
        &self,
        add: &mut impl FnMut(Id, Id, NaiveDate, &'static str, Field, &[&str]),
    ) -> Result<()> {
        let mut names: HashMap<Id, Vec<String>> = HashMap::new();
        for i in self.store.interactions() {
            let i = i?;
            // A meeting of several is each one's: listed under each, with
            // only the details the whom rule gives them.
            let mut people = Vec::new();
            if i.contacts.len() > 1 {
                for c in &i.contacts {
                    if let Entry::Vacant(new) = names.entry(*c) {
                        let name = self.store.contact(*c)?.map(|c| c.name);
                        new.insert(whom::answers_to(name.as_deref()));
                    }
                    people.push(names.get(c).cloned().unwrap_or_default());
                }
            }
            for (at, person) in i.contacts.iter().enumerate() {
                let details = if people.is_empty() {
                    std::borrow::Cow::Borrowed(i.details.as_str())
                } else {
                    std::borrow::Cow::Owned(whom::theirs(&i.details, at, &people))
                };
                let texts = [i.summary.as_str(), details.as_ref()];
                add(
                    *person,
                    i.id,
                    i.date,
                    i.kind.as_str(),
                    Field::History,
                    &texts,
                );
            }
        }
        for e in self.store.ledger() {
            let e = e?;
            add(e.contact, e.id, e.date, e.verb(), Field::Ledger, &[&e.text]);
        }
        for f in self.store.follow_ups() {
            let f = f?;
            // Dated by the day that matters: when it was done, or when it
            // is due (trial 26z4 read the day it was planned as its day).
            let (label, day) = match f.state {
                FollowUpState::Done { on } => ("follow-up", on),
                FollowUpState::Snoozed { until } => ("to do", until),
                FollowUpState::Open => ("to do", f.due),
            };
            add(f.contact, f.id, day, label, Field::FollowUp, &[&f.text]);
        }
        for s in self.store.signals() {
            let s = s?;
            add(s.contact, s.id, s.date, "signal", Field::Signal, &[&s.text]);
        }
        Ok(())
    }
}

/// The names of `c`'s interests.
fn theirs<'a>(interests: &'a HashMap<Id, String>, c: &Contact) -> Vec<&'a str> {
    c.interests
        .iter()
        .filter_map(|i| interests.get(i).map(String::as_str))
        .collect()
}
