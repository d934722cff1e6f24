//! What `givegive search` and the TUI's `/` search: every person's own
//! fields and every record's texts, folded once into a
//! [`search::Index`](crate::domain::search::Index).

use std::collections::HashMap;
use std::sync::Arc;

use super::{Journal, Result};
use crate::domain::search::{Field, Found, Index, Record};
use crate::domain::text::loose;
use crate::domain::{Contact, FollowUpState, Id};

impl Journal {
    /// Everything searchable: people (in the lists' order, which ranks
    /// equal matches), then meetings and messages, ledger entries,
    /// follow-ups and signals, each under the person it is about.
    pub fn search_index(&self) -> Result<Index> {
        let interests: HashMap<Id, String> = self
            .store
            .interests()
            .map(|i| i.map(|i| (i.id, i.name)))
            .collect::<std::result::Result<_, _>>()?;
        let mut people: Vec<(String, Contact)> = Vec::new();
        for c in self.store.contacts() {
            let c = c?;
            people.push((loose(&c.name), c));
        }
        people.sort_unstable_by(|a, b| (&a.0, a.1.id).cmp(&(&b.0, b.1.id)));
        let mut index = Index::default();
        let mut whose: HashMap<Id, (Arc<str>, bool)> = HashMap::with_capacity(people.len());
        for (_, c) in &people {
            let theirs: Vec<&str> = c
                .interests
                .iter()
                .filter_map(|i| interests.get(i).map(String::as_str))
                .collect();
            let name = index.add_person(c, &theirs);
            whose.insert(c.id, (name, c.is_closed()));
        }
        drop(people);
        let mut add = |contact: Id, id, date, label, field, texts: &[&str]| {
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
        };
        for i in self.store.interactions() {
            let i = i?;
            if let Some(first) = i.contacts.first() {
                let texts = [i.summary.as_str(), i.details.as_str()];
                add(
                    *first,
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
            let label = if matches!(f.state, FollowUpState::Done { .. }) {
                "follow-up"
            } else {
                "to do"
            };
            add(
                f.contact,
                f.id,
                f.created,
                label,
                Field::FollowUp,
                &[&f.text],
            );
        }
        for s in self.store.signals() {
            let s = s?;
            add(s.contact, s.id, s.date, "signal", Field::Signal, &[&s.text]);
        }
        Ok(index)
    }

    /// The `limit` best matches of `query` (see [`Index::search`]).
    pub fn search(&self, query: &str, limit: usize) -> Result<Found> {
        Ok(self.search_index()?.search(query, limit))
    }
}
