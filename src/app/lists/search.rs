//! The search screen's state: the journal's search index (loaded when `/`
//! first needs it) and the results of the query, ranked by
//! `domain::search`, the engine `givegive search` uses too.

use crate::domain::Id;
use crate::domain::search::{Field, Hit, Index};

/// What tells a result apart from every other: whose it is, the record
/// it is in, and the field. A shared meeting is listed under each person
/// in it with the same record, so the record alone would not do.
pub(crate) type HitKey = (Id, Option<Id>, Field);

/// `hit`'s [`HitKey`].
pub(crate) fn key(hit: &Hit) -> HitKey {
    (hit.id, hit.record, hit.field)
}

#[derive(Clone, Debug, Default)]
pub struct SearchState {
    /// `None` until loaded, and again after a write changed what it holds.
    index: Option<Index>,
    pub query: String,
    /// Best match first.
    pub results: Vec<Hit>,
    /// How many matched in all (`results` keeps the first [`MAX_RESULTS`]).
    pub total: usize,
    pub selected: usize,
    /// The results list has the keyboard (the query line is closed).
    pub focused: bool,
}

/// How many search results are kept: enough to scroll, few enough to rank.
const MAX_RESULTS: usize = 500;

impl SearchState {
    pub fn is_loaded(&self) -> bool {
        self.index.is_some()
    }

    /// What to search from now on.
    pub fn set_index(&mut self, index: Index) {
        self.index = Some(index);
    }

    /// The journal changed: load the index again when next needed.
    pub fn forget(&mut self) {
        self.index = None;
    }

    pub fn selected_hit(&self) -> Option<&Hit> {
        self.results.get(self.selected)
    }

    /// Where the result `wanted` is now, if it is listed.
    pub(crate) fn position(&self, wanted: &HitKey) -> Option<usize> {
        self.results.iter().position(|h| key(h) == *wanted)
    }

    /// The results of `query`. The highlighted result stays highlighted
    /// while it is still listed (what `enter` opens is what was moved
    /// to); otherwise the best match is.
    pub fn refresh(&mut self, query: &str) {
        let was = self.selected_hit().map(key);
        self.query = query.to_string();
        let found = self
            .index
            .as_ref()
            .map(|i| i.search(query, MAX_RESULTS))
            .unwrap_or_default();
        self.results = found.hits;
        self.total = found.total;
        self.selected = was.and_then(|k| self.position(&k)).unwrap_or(0);
    }
}
