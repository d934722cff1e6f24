//! The history search's state: a folded corpus of every history text and
//! the ranked results of the query.

use memchr::memmem;

use crate::app::SearchDoc;
use crate::domain::text::fold;

/// History search: every history text holding all the query's words.
///
/// Words, not fuzzy letters: in long texts almost any short query is a
/// scattered subsequence, and scoring every one of a million texts fuzzily
/// took over a second a keystroke at 100,000 people. The folded texts are
/// kept end to end in one string, so the first search for a word is one
/// SIMD scan (`memchr::memmem`) instead of a million small ones.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    docs: Vec<SearchDoc>,
    /// Every doc's folded text, each followed by [`END`].
    corpus: String,
    /// Where each doc's text starts in `corpus`, plus the corpus length.
    bounds: Vec<usize>,
    pub query: String,
    /// Indexes into `docs`, best match first.
    pub results: Vec<usize>,
    pub selected: usize,
    /// The results list has the keyboard (the query line is closed).
    pub focused: bool,
    /// Every match of `matched_query`, in `docs` order: typing on narrows
    /// these instead of searching everything again.
    matched: Vec<usize>,
    matched_query: String,
}

/// Ends each text in the corpus; taken out of texts and queries, so no
/// word can match across two texts.
const END: char = '\0';

/// How many search results are kept: enough to scroll, few enough to sort.
const MAX_RESULTS: usize = 500;

impl SearchState {
    pub fn docs(&self) -> &[SearchDoc] {
        &self.docs
    }

    /// New texts to search (none: load them again when next needed). They
    /// are kept newest first, so among equally good matches the first found
    /// are the ones shown.
    pub fn set_docs(&mut self, mut docs: Vec<SearchDoc>) {
        docs.reverse();
        docs.sort_by_key(|d| std::cmp::Reverse(d.date));
        self.corpus.clear();
        self.bounds.clear();
        for d in &docs {
            self.bounds.push(self.corpus.len());
            self.corpus
                .extend(fold(&d.text).chars().filter(|c| *c != END));
            self.corpus.push(END);
        }
        self.bounds.push(self.corpus.len());
        self.docs = docs;
        self.matched.clear();
        self.matched_query.clear();
    }

    pub fn selected_doc(&self) -> Option<&SearchDoc> {
        self.results
            .get(self.selected)
            .and_then(|i| self.docs.get(*i))
    }

    /// Doc `i`'s folded text.
    fn text(&self, i: usize) -> &str {
        let end = self.bounds[i + 1].saturating_sub(END.len_utf8());
        self.corpus.get(self.bounds[i]..end).unwrap_or("")
    }

    pub fn refresh(&mut self, query: &str) {
        self.query = query.to_string();
        let q: String = fold(query).chars().filter(|c| *c != END).collect();
        self.selected = 0;
        let words: Vec<&str> = q.split_whitespace().collect();
        let Some(longest) = words.iter().max_by_key(|w| w.len()) else {
            self.results.clear();
            self.matched.clear();
            self.matched_query.clear();
            return;
        };
        let finders: Vec<memmem::Finder<'_>> = words.iter().map(memmem::Finder::new).collect();
        let holds_all = |text: &str| finders.iter().all(|f| f.find(text.as_bytes()).is_some());
        // A query that extends the last one only has longer or more words,
        // so it can only match texts the last one matched.
        let narrowing = !self.matched_query.is_empty() && q.starts_with(&self.matched_query);
        self.matched = if narrowing {
            let last = std::mem::take(&mut self.matched);
            last.into_iter()
                .filter(|i| holds_all(self.text(*i)))
                .collect()
        } else {
            // The longest word's hits, mapped to their texts in one walk
            // (hits come in corpus order); only other words need checking.
            let mut hits = Vec::new();
            let mut doc = 0;
            for at in memmem::find_iter(self.corpus.as_bytes(), longest) {
                while self.bounds[doc + 1] <= at {
                    doc += 1;
                }
                if hits.last() != Some(&doc) && (words.len() == 1 || holds_all(self.text(doc))) {
                    hits.push(doc);
                }
            }
            hits
        };
        self.matched_query = q.clone();
        // Texts where every word starts a word rank first; within a rank the
        // newest, which come first. So the walk stops once the best rank
        // holds a screenful of results.
        let starts = |text: &str| {
            words
                .iter()
                .filter(|w| {
                    text.match_indices(*w)
                        .any(|(at, _)| at == 0 || !text[..at].ends_with(char::is_alphanumeric))
                })
                .count()
        };
        let mut ranks: Vec<Vec<usize>> = vec![Vec::new(); words.len() + 1];
        for i in &self.matched {
            let rank = &mut ranks[starts(self.text(*i))];
            rank.push(*i);
            if ranks[words.len()].len() >= MAX_RESULTS {
                break;
            }
        }
        self.results = ranks
            .into_iter()
            .rev()
            .flatten()
            .take(MAX_RESULTS)
            .collect();
    }
}
