//! Search: every word of a query found in one person's fields or in one
//! record's texts. The one engine behind `givegive search` and the TUI's
//! `/`; the contacts filter's rule is [`filter`].
//!
//! Words, not fuzzy letters: in long texts almost any short query is a
//! scattered subsequence. Every text is folded once ([`loose`]: case,
//! accents, ø → o) into one corpus, end to end, so a query is one SIMD scan
//! (`memchr::memmem`) for its longest word, and only the people and records
//! that hold it are looked at again. A query allocates for its words and
//! its results, never for the journal it searches.

mod excerpt;
mod field;
pub mod filter;
mod scan;
#[cfg(test)]
mod tests;

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::Arc;

use chrono::NaiveDate;
use memchr::memmem;
use serde::Serialize;

use super::dates::day_serde;
use super::text::{loose, loose_each};
use super::{Contact, Id};

pub use field::Field;
pub use scan::Scan;

/// One result: whose, which record (none for a person's own fields), and
/// what matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hit {
    pub id: Id,
    pub name: Arc<str>,
    pub closed: bool,
    pub record: Option<Id>,
    #[serde(with = "day_serde::opt")]
    pub date: Option<NaiveDate>,
    pub field: Field,
    /// The record's kind in the history's words ("coffee", "gave"...);
    /// the field's for a person's own fields.
    pub label: &'static str,
    /// A short line of the text that matched, as written.
    pub excerpt: String,
    /// Where the query's words are in `excerpt` (byte ranges), to show them.
    #[serde(skip)]
    pub marks: Vec<(usize, usize)>,
}

/// A query's answer: the best results and how many matched in all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Found {
    pub query: String,
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// A record's texts for [`Index::add_record`].
pub struct Record<'a> {
    pub contact: Id,
    pub name: Arc<str>,
    pub closed: bool,
    pub id: Id,
    pub date: NaiveDate,
    pub label: &'static str,
    pub field: Field,
    pub texts: &'a [&'a str],
}

/// A person or a record, and where its texts start in [`Index::parts`].
#[derive(Clone, Debug, PartialEq)]
struct Doc {
    contact: Id,
    name: Arc<str>,
    closed: bool,
    record: Option<Id>,
    date: Option<NaiveDate>,
    label: &'static str,
    first: usize,
}

/// One text: where it starts in the folded corpus and in the texts as
/// written, what it is, and whose.
#[derive(Clone, Debug, PartialEq)]
struct Part {
    folded: usize,
    shown: usize,
    field: Field,
    doc: usize,
}

/// Ends each folded text: folding drops control characters, so no word
/// can match across two texts.
const END: char = '\0';

/// Everything searchable, folded once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    folded: String,
    shown: String,
    parts: Vec<Part>,
    docs: Vec<Doc>,
}

/// Where a result ranks, smaller first, before ties: the best field, how
/// many words start no word, newest. [`Index`] breaks ties by the order
/// added, [`Scan`] by the same order without holding it.
type Score = (u8, usize, Reverse<Option<NaiveDate>>);

/// Where a person ranks among people of equal [`Score`]: by folded name,
/// then id, the order the lists show. Whoever adds people to an [`Index`]
/// adds them in this order, and [`Scan`] ranks them by it.
pub fn person_order(c: &Contact) -> (String, Id) {
    (loose(&c.name), c.id)
}

/// A query's words, folded, each once.
fn words_of(folded: &str) -> Vec<&str> {
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The lowest [`Score`] doc `d` could have: a record's texts are never a
/// name, so once enough people are kept a record need not be ranked.
fn floor(d: &Doc) -> Score {
    (2 * u8::from(d.record.is_some()), 0, Reverse(d.date))
}

impl Index {
    /// Adds a person's own fields; `interests` are their interests' names.
    /// Returns their name, for their records to share.
    pub fn add_person(&mut self, c: &Contact, interests: &[&str]) -> Arc<str> {
        let name: Arc<str> = c.name.as_str().into();
        let doc = self.doc(Doc {
            contact: c.id,
            name: Arc::clone(&name),
            closed: c.is_closed(),
            record: None,
            date: None,
            label: "",
            first: self.parts.len(),
        });
        self.part(doc, Field::Name, &c.name);
        c.aliases
            .iter()
            .for_each(|t| self.part(doc, Field::Alias, t));
        self.part(doc, Field::Organisation, &c.org);
        self.part(doc, Field::Role, &c.role);
        interests
            .iter()
            .for_each(|t| self.part(doc, Field::Interest, t));
        // Labels are not searched: "work" would find everyone's work email.
        for (field, items) in [(Field::Email, &c.emails), (Field::Phone, &c.phones)] {
            items.iter().for_each(|t| self.part(doc, field, t.value()));
        }
        let lists: [(Field, &[String]); 3] = [
            (Field::Tag, &c.tags),
            (Field::Need, &c.needs),
            (Field::Offer, &c.offers),
        ];
        for (field, texts) in lists {
            texts.iter().for_each(|t| self.part(doc, field, t));
        }
        // A number is typed without its spaces and dashes as often as with.
        for phone in crate::domain::labelled::values(&c.phones) {
            let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
            if digits.len() > 1 && digits != phone {
                self.part(doc, Field::Phone, &digits);
            }
        }
        self.part(doc, Field::HowWeMet, &c.met.text);
        self.part(doc, Field::Note, &c.notes);
        name
    }

    pub fn add_record(&mut self, r: Record<'_>) {
        let doc = self.doc(Doc {
            contact: r.contact,
            name: r.name,
            closed: r.closed,
            record: Some(r.id),
            date: Some(r.date),
            label: r.label,
            first: self.parts.len(),
        });
        r.texts.iter().for_each(|t| self.part(doc, r.field, t));
    }

    /// Empties it, keeping what it allocated, for [`Scan`]'s one doc.
    fn clear(&mut self) {
        self.folded.clear();
        self.shown.clear();
        self.parts.clear();
        self.docs.clear();
    }

    fn doc(&mut self, doc: Doc) -> usize {
        self.docs.push(doc);
        self.docs.len() - 1
    }

    fn part(&mut self, doc: usize, field: Field, text: &str) {
        let start = self.folded.len();
        let folded = &mut self.folded;
        loose_each(text, |_, c| folded.push(c));
        if folded.len() == start {
            return;
        }
        self.parts.push(Part {
            folded: start,
            shown: self.shown.len(),
            field,
            doc,
        });
        self.folded.push(END);
        self.shown.push_str(text);
    }

    /// How many people and records are searched.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The parts of doc `doc`.
    fn parts_of(&self, doc: usize) -> std::ops::Range<usize> {
        let end = self.docs.get(doc + 1).map_or(self.parts.len(), |d| d.first);
        self.docs[doc].first..end
    }

    /// Part `p`'s folded text.
    fn folded_of(&self, p: usize) -> &str {
        let end = self
            .parts
            .get(p + 1)
            .map_or(self.folded.len(), |n| n.folded);
        &self.folded[self.parts[p].folded..end - END.len_utf8()]
    }

    /// Part `p`'s text as written.
    fn shown_of(&self, p: usize) -> &str {
        let end = self.parts.get(p + 1).map_or(self.shown.len(), |n| n.shown);
        &self.shown[self.parts[p].shown..end]
    }

    /// The part holding folded byte `at`, found from part `from` (one
    /// before it), galloping: the next hit is most often near the last,
    /// and a binary search of millions of parts is a cache miss a step.
    fn part_at(&self, from: usize, at: usize) -> usize {
        let (mut lo, mut step) = (from, 1);
        while self.parts.get(lo + step).is_some_and(|p| p.folded <= at) {
            lo += step;
            step *= 2;
        }
        let hi = (lo + step).min(self.parts.len());
        lo + self.parts[lo..hi]
            .partition_point(|p| p.folded <= at)
            .saturating_sub(1)
    }

    /// Where all of doc `doc`'s folded texts are, end to end.
    fn span_range(&self, doc: usize) -> std::ops::Range<usize> {
        let parts = self.parts_of(doc);
        if parts.is_empty() {
            return 0..0;
        }
        let end = self
            .parts
            .get(parts.end)
            .map_or(self.folded.len(), |n| n.folded);
        self.parts[parts.start].folded..end
    }

    /// The `limit` best people and records that hold every word of
    /// `query`, best first, and how many did in all.
    pub fn search(&self, query: &str, limit: usize) -> Found {
        let q = loose(query);
        let words = words_of(&q);
        let mut found = Found {
            query: query.to_string(),
            ..Found::default()
        };
        let Some(longest) = words.iter().copied().max_by_key(|w| w.len()) else {
            return found;
        };
        let finders: Vec<memmem::Finder<'_>> = words.iter().map(memmem::Finder::new).collect();
        // The worst kept result on top, so a better one replaces it.
        let mut best: BinaryHeap<(Score, usize)> = BinaryHeap::with_capacity(limit.min(4096) + 1);
        let corpus = self.folded.as_bytes();
        let first = memmem::Finder::new(longest);
        let (mut from, mut part) = (0, 0);
        while let Some(at) = corpus.get(from..).and_then(|rest| first.find(rest)) {
            let at = from + at;
            part = self.part_at(part, at);
            let doc = self.parts[part].doc;
            let span = self.span_range(doc);
            from = span.end.max(at + 1);
            let span = &corpus[span];
            if !finders.iter().all(|f| f.find(span).is_some()) {
                continue;
            }
            found.total += 1;
            // Ranking reads each text again: not for one that cannot
            // make the cut even at its best (a record once enough people
            // matched).
            let floor = (floor(&self.docs[doc]), doc);
            if best.len() >= limit && best.peek().is_some_and(|worst| floor >= *worst) {
                continue;
            }
            let rank = (self.score(doc, &words), doc);
            if best.len() < limit {
                best.push(rank);
            } else if best.peek().is_some_and(|worst| rank < *worst) {
                best.pop();
                best.push(rank);
            }
        }
        found.hits = best
            .into_sorted_vec()
            .into_iter()
            .map(|(_, doc)| self.hit(doc, &words))
            .collect();
        found
    }

    /// Where doc `doc` ranks for `words`, all of which it holds: by the
    /// best field any word is in (a name first), then by how many words
    /// start no word of it, then newest.
    fn score(&self, doc: usize, words: &[impl AsRef<str>]) -> Score {
        let mut class = u8::MAX;
        let mut inside = 0;
        for w in words {
            let mut starts = false;
            for p in self.parts_of(doc) {
                let text = self.folded_of(p);
                if let Some(at_start) = excerpt::occurs(text, w.as_ref()) {
                    class = class.min(self.parts[p].field.class());
                    starts |= at_start;
                }
            }
            inside += usize::from(!starts);
        }
        (class, inside, Reverse(self.docs[doc].date))
    }

    /// Doc `doc` as a result: the text holding most of `words` (the first
    /// such, so a name before a note), cut around them.
    fn hit(&self, doc: usize, words: &[impl AsRef<str>]) -> Hit {
        let held = |p: usize| {
            let text = self.folded_of(p);
            words
                .iter()
                .filter(|w| excerpt::occurs(text, w.as_ref()).is_some())
                .count()
        };
        let mut shown = None;
        let mut most = 0;
        for p in self.parts_of(doc) {
            let n = held(p);
            if n > most {
                (shown, most) = (Some(p), n);
            }
        }
        let d = &self.docs[doc];
        let (field, (excerpt, marks)) = match shown {
            Some(p) => (
                self.parts[p].field,
                excerpt::cut(self.shown_of(p), self.folded_of(p), words),
            ),
            None => (Field::Name, (d.name.to_string(), Vec::new())),
        };
        Hit {
            id: d.contact,
            name: Arc::clone(&d.name),
            closed: d.closed,
            record: d.record,
            date: d.date,
            field,
            label: if d.label.is_empty() {
                field.words()
            } else {
                d.label
            },
            excerpt,
            marks,
        }
    }
}
