//! What the TUI's screens list, read from the store here so that no front
//! end reads the store itself: each person's row and every ledger line
//! with the names it concerns (what `/` searches is `journal::search`).

use std::collections::HashMap;

use super::{Journal, ListRow, Result};
use crate::domain::text::loose;
use crate::domain::{Id, LedgerEntry};

/// A person as the lists show them, with their folded name for matching.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonRow {
    pub row: ListRow,
    /// The name as the filter compares it (`text::loose`: folded and
    /// transliterated, so "soren" finds Søren).
    pub folded: String,
    /// Aliases, organisation, role, interests and tags, compared the same
    /// way after the name (`domain::search::filter`).
    pub other: String,
}

impl PersonRow {
    /// A row whose aliases and interests are not known yet (see
    /// [`Journal::filter_words`]).
    pub fn new(row: ListRow) -> PersonRow {
        PersonRow::with(row, "")
    }

    /// A row with `more` (aliases and interests) to filter by.
    pub(crate) fn with(row: ListRow, more: &str) -> PersonRow {
        let mut p = PersonRow {
            folded: loose(&row.name),
            other: String::new(),
            row,
        };
        p.set_more(more);
        p
    }

    /// Their aliases and interests are `more`.
    pub fn set_more(&mut self, more: &str) {
        let r = &self.row;
        self.other = loose(&format!("{more} {} {} {}", r.org, r.role, r.tags.join(" ")));
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

    /// Everyone's aliases and interests, by person, for the contacts
    /// filter: read from the name and interest indexes without decoding a
    /// contact, when the filter is first opened (at 10,000 people it would
    /// add a tenth to the TUI's first frame).
    pub fn filter_words(&self) -> Result<HashMap<Id, String>> {
        let mut more: HashMap<Id, String> = HashMap::new();
        let mut add = |id: Id, text: &str| {
            let m = more.entry(id).or_default();
            m.push(' ');
            m.push_str(text);
        };
        for (name, id) in self.store.names()? {
            add(id, &name);
        }
        for interest in self.store.interests() {
            let interest = interest?;
            for id in self.store.interest_members(interest.id)? {
                add(id, &interest.name);
            }
        }
        Ok(more)
    }

    /// `row` with its aliases and interests, as [`Journal::filter_words`]
    /// gives them: a row read again after a write.
    pub fn person_row(&self, row: ListRow) -> Result<PersonRow> {
        let mut more = Vec::new();
        if let Some(c) = self.store.contact(row.id)? {
            more.extend(c.aliases);
            for id in c.interests {
                more.extend(self.store.interest(id)?.map(|i| i.name));
            }
        }
        Ok(PersonRow::with(row, &more.join(" ")))
    }
}
