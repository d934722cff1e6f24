//! What the TUI's screens list, read from the store here so that no front
//! end reads the store itself: each person's row, every ledger line with
//! the names it concerns, and every history text `/` searches.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Journal, ListRow, Result};
use crate::domain::text::loose;
use crate::domain::{FollowUpState, Id, LedgerEntry};

/// A person as the lists show them, with their folded name for matching.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonRow {
    pub row: ListRow,
    /// The name as the filter compares it (`text::loose`: folded and
    /// transliterated, so "soren" finds Søren).
    pub folded: String,
    /// Organisation, role and tags, compared the same way after the name.
    pub other: String,
}

impl PersonRow {
    pub fn new(row: ListRow) -> PersonRow {
        PersonRow {
            folded: loose(&row.name),
            other: loose(&format!("{} {} {}", row.org, row.role, row.tags.join(" "))),
            row,
        }
    }

    /// The lists' order: folded name, then id.
    pub fn key(&self) -> (&str, Id) {
        (&self.folded, self.row.id)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LedgerLine {
    pub entry: LedgerEntry,
    pub names: String,
}

/// One piece of history text that `/` searches.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchDoc {
    pub contact: Id,
    /// Shared by all of a person's texts: a large journal has millions.
    pub name: Arc<str>,
    pub record: Id,
    pub date: NaiveDate,
    pub label: &'static str,
    pub text: String,
}

impl Journal {
    /// Every ledger entry with the names of the people it concerns, labelled
    /// from `people`: a scan of the people per line added half a second to
    /// opening a 10,000-person journal.
    pub fn ledger_lines(&self, people: &[PersonRow]) -> Result<Vec<LedgerLine>> {
        let names: HashMap<Id, &str> = people.iter().map(|p| (p.row.id, &*p.row.name)).collect();
        let label = |id: Id| {
            names
                .get(&id)
                .map_or_else(|| id.to_string(), |n| (*n).to_string())
        };
        let mut ledger = Vec::new();
        for entry in self.store.ledger() {
            let entry = entry?;
            let names = entry.people().map(label).collect::<Vec<_>>().join(" & ");
            ledger.push(LedgerLine { entry, names });
        }
        Ok(ledger)
    }

    /// Everything `/` searches: interaction summaries and details, ledger
    /// texts, follow-ups and signals, named from `people`.
    pub fn search_docs(&self, people: &[PersonRow]) -> Result<Vec<SearchDoc>> {
        let names: HashMap<Id, Arc<str>> = people
            .iter()
            .map(|p| (p.row.id, Arc::clone(&p.row.name)))
            .collect();
        let name = |id: Id| {
            names
                .get(&id)
                .cloned()
                .unwrap_or_else(|| id.to_string().into())
        };
        let mut docs = Vec::new();
        let mut push = |contact: Id, record: Id, date, label: &'static str, text: String| {
            docs.push(SearchDoc {
                contact,
                name: name(contact),
                record,
                date,
                label,
                text,
            });
        };
        for i in self.store.interactions() {
            let i = i?;
            let text = if i.details.is_empty() {
                i.summary.clone()
            } else {
                format!("{} — {}", i.summary, i.details)
            };
            if let Some(first) = i.contacts.first() {
                push(*first, i.id, i.date, i.kind.as_str(), text);
            }
        }
        for e in self.store.ledger() {
            let e = e?;
            push(e.contact, e.id, e.date, e.verb(), e.text);
        }
        for f in self.store.follow_ups() {
            let f = f?;
            let label = if matches!(f.state, FollowUpState::Done { .. }) {
                "follow-up"
            } else {
                "to do"
            };
            push(f.contact, f.id, f.created, label, f.text);
        }
        for s in self.store.signals() {
            let s = s?;
            push(s.contact, s.id, s.date, "signal", s.text);
        }
        Ok(docs)
    }
}
