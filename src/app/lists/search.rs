//! The search screen's state: the journal's search index (loaded when `/`
//! first needs it) and the results of the query, ranked by
//! `domain::search`, the engine `givegive search` uses too.

use crate::domain::search::{Hit, Index};

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

    pub fn refresh(&mut self, query: &str) {
        self.query = query.to_string();
        self.selected = 0;
        let found = self
            .index
            .as_ref()
            .map(|i| i.search(query, MAX_RESULTS))
            .unwrap_or_default();
        self.results = found.hits;
        self.total = found.total;
    }
}
