//! One query without an index: people and records are handed over one at a
//! time, each folded into the same reused buffer and tested there, and only
//! the best results are kept. A one-off search (`givegive search`) holds
//! its results, never the journal: building an [`Index`] for one query at
//! 100,000 people took seconds and hundreds of megabytes.
//!
//! The buffer is an [`Index`] of one doc, so a result is tested, ranked and
//! cut by the very code [`Index::search`] runs.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use memchr::memmem;

use super::{Contact, Found, Hit, Id, Index, Record, Score, floor, person_order, words_of};
use crate::domain::text::loose;

/// Where a result ranks among equal [`Score`]s: people by
/// [`person_order`], before records in the order given, as an [`Index`]
/// built in that order ranks them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Order {
    Person((String, Id)),
    Record(usize),
}

/// A kept result, ordered by its rank alone (the worst on the heap's top).
struct Kept {
    rank: (Score, Order),
    hit: Hit,
}

impl PartialEq for Kept {
    fn eq(&self, other: &Self) -> bool {
        self.rank == other.rank
    }
}

impl Eq for Kept {}

impl PartialOrd for Kept {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Kept {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank.cmp(&other.rank)
    }
}

/// A query being answered by looking at everything once: hand it every
/// person ([`Scan::person`], in any order) and every record
/// ([`Scan::record`], in the order an [`Index`] would get them), then
/// [`Scan::found`] gives what [`Index::search`] would.
pub struct Scan {
    query: String,
    words: Vec<String>,
    finders: Vec<memmem::Finder<'static>>,
    limit: usize,
    /// The one person or record being looked at.
    one: Index,
    best: BinaryHeap<Kept>,
    total: usize,
    records: usize,
}

impl Scan {
    /// A scan for the `limit` best matches of `query`.
    pub fn new(query: &str, limit: usize) -> Scan {
        let words: Vec<String> = words_of(&loose(query))
            .into_iter()
            .map(String::from)
            .collect();
        let finders = words
            .iter()
            .map(|w| memmem::Finder::new(w).into_owned())
            .collect();
        Scan {
            query: query.to_string(),
            words,
            finders,
            limit,
            one: Index::default(),
            best: BinaryHeap::with_capacity(limit.min(4096) + 1),
            total: 0,
            records: 0,
        }
    }

    /// Looks at a person's own fields; `interests` are their interests'
    /// names.
    pub fn person(&mut self, c: &Contact, interests: &[&str]) {
        self.one.clear();
        self.one.add_person(c, interests);
        self.consider(|| Order::Person(person_order(c)));
    }

    /// Looks at a record's texts.
    pub fn record(&mut self, r: Record<'_>) {
        self.records += 1;
        let order = Order::Record(self.records);
        self.one.clear();
        self.one.add_record(r);
        self.consider(|| order);
    }

    /// Counts and perhaps keeps the one doc, if it holds every word.
    fn consider(&mut self, order: impl FnOnce() -> Order) {
        let span = self.one.folded.as_bytes();
        if self.words.is_empty() || !self.finders.iter().all(|f| f.find(span).is_some()) {
            return;
        }
        self.total += 1;
        let full = self.best.len() >= self.limit;
        let floor = floor(&self.one.docs[0]);
        if full && self.best.peek().is_some_and(|worst| floor > worst.rank.0) {
            return;
        }
        let rank = (self.one.score(0, &self.words), order());
        if full {
            if self.best.peek().is_none_or(|worst| rank >= worst.rank) {
                return;
            }
            self.best.pop();
        }
        let hit = self.one.hit(0, &self.words);
        self.best.push(Kept { rank, hit });
    }

    /// The best results, best first, and how many matched in all.
    pub fn found(self) -> Found {
        Found {
            query: self.query,
            total: self.total,
            hits: self
                .best
                .into_sorted_vec()
                .into_iter()
                .map(|k| k.hit)
                .collect(),
        }
    }
}
