//! The lists the screens show: which rows are visible, in what order, and
//! which one is selected. Filtering and sorting happen here, per keystroke,
//! over data already in memory.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;

use super::{Action, Data, LedgerLine, Pane, PersonRow, SearchDoc};
use crate::domain::text::{fold, loose};
use crate::domain::{Direction, EntryState, FavourKind, Id, Nature};

/// How the contact list is ordered when no filter is typed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    /// Longest without contact first: who needs attention.
    LastTouch,
    /// Most one-sided first.
    Balance,
    Tier,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Name => Sort::LastTouch,
            Sort::LastTouch => Sort::Balance,
            Sort::Balance => Sort::Tier,
            Sort::Tier => Sort::Name,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::LastTouch => "last touch",
            Sort::Balance => "balance",
            Sort::Tier => "tier",
        }
    }
}

/// A visible contact: its index in [`Data::people`] and the matched
/// character positions of its name, for highlighting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visible {
    pub index: usize,
    pub hits: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct ContactsState {
    pub filter: String,
    pub sort: Sort,
    pub show_closed: bool,
    pub visible: Vec<Visible>,
    pub selected: usize,
    pub pane: Pane,
    pub history_scroll: usize,
    /// The people `matched_query` matched, closed ones included: a query
    /// typed on can only match among them (a fuzzy match of a longer query
    /// holds one of its prefix), so a keystroke scores those alone.
    matched: Vec<usize>,
    matched_query: String,
}

impl ContactsState {
    pub fn selected_row<'d>(&self, data: &'d Data) -> Option<&'d PersonRow> {
        self.visible
            .get(self.selected)
            .and_then(|v| data.people.get(v.index))
    }

    pub fn selected_id(&self, data: &Data) -> Option<Id> {
        self.selected_row(data).map(|p| p.row.id)
    }

    /// The people list changed: what the last query matched means nothing
    /// now.
    pub fn people_changed(&mut self) {
        self.matched.clear();
        self.matched_query.clear();
    }

    /// Rebuilds the visible rows for the current filter, sort and closed
    /// toggle, keeping `keep` selected when it is still visible.
    pub fn refresh(&mut self, data: &Data, keep: Option<Id>) {
        let query = loose(&self.filter);
        let matcher = SkimMatcherV2::default();
        let mut scored: Vec<(i64, Visible)> = Vec::new();
        let filtering = !query.is_empty();
        if !filtering {
            self.people_changed();
            for (index, p) in data.people.iter().enumerate() {
                if !p.row.closed || self.show_closed {
                    let hits = Vec::new();
                    scored.push((0, Visible { index, hits }));
                }
            }
        } else {
            let candidates: Vec<usize> =
                if !self.matched_query.is_empty() && query.starts_with(&self.matched_query) {
                    std::mem::take(&mut self.matched)
                } else {
                    (0..data.people.len()).collect()
                };
            self.matched.clear();
            let tokens: Vec<&str> = query.split_whitespace().collect();
            for index in candidates {
                let Some(p) = data.people.get(index) else {
                    continue;
                };
                let Some((score, hits)) = rank(&matcher, p, &query, &tokens) else {
                    continue;
                };
                self.matched.push(index);
                if p.row.closed && !self.show_closed {
                    continue;
                }
                // Folding keeps one character per character for almost all
                // names; when it does not, matches are shown unhighlighted.
                let aligned = p.folded.chars().count() == p.row.name.chars().count();
                let hits = if aligned { hits } else { Vec::new() };
                scored.push((score, Visible { index, hits }));
            }
            self.matched_query = query;
        }
        if !filtering {
            let key = |v: &Visible| &data.people[v.index];
            match self.sort {
                Sort::Name => {}
                Sort::LastTouch => scored.sort_by_key(|(_, v)| key(v).row.last_touch),
                Sort::Balance => {
                    scored.sort_by_key(|(_, v)| std::cmp::Reverse(key(v).row.lean.abs()))
                }
                Sort::Tier => scored.sort_by_key(|(_, v)| key(v).row.tier),
            }
        } else {
            scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        }
        self.visible = scored.into_iter().map(|(_, v)| v).collect();
        self.selected = keep
            .and_then(|id| {
                self.visible
                    .iter()
                    .position(|v| data.people[v.index].row.id == id)
            })
            .unwrap_or(0)
            .min(self.visible.len().saturating_sub(1));
    }
}

/// How well the filter's `query` fits a person, or `None`: their name
/// first (every word typed a whole word of it, then the start of one, then
/// scattered letters), then their organisation, role and tags (whole words,
/// then word starts: scattered letters over a whole line of work would
/// match nearly anyone, and scoring them cost five times the keystroke). A
/// person a longer query fits is one its prefix fits, whichever the tier,
/// which is what lets a keystroke score only the last matches.
fn rank(
    matcher: &SkimMatcherV2,
    p: &PersonRow,
    query: &str,
    tokens: &[&str],
) -> Option<(i64, Vec<usize>)> {
    const TIER: i64 = 1 << 40;
    let words = |text: &str, whole: bool| {
        !tokens.is_empty()
            && tokens.iter().all(|t| {
                text.split(' ')
                    .any(|w| if whole { w == *t } else { w.starts_with(t) })
            })
    };
    if let Some((score, hits)) = matcher.fuzzy_indices(&p.folded, query) {
        let tier = if words(&p.folded, true) {
            5
        } else if words(&p.folded, false) {
            4
        } else {
            3
        };
        return Some((tier * TIER + score, hits));
    }
    if words(&p.other, true) {
        Some((2 * TIER, Vec::new()))
    } else if words(&p.other, false) {
        Some((TIER, Vec::new()))
    } else {
        None
    }
}

#[derive(Clone, Debug, Default)]
pub struct InterestsState {
    pub selected: usize,
    pub person: usize,
    pub pane: Pane,
}

impl InterestsState {
    pub fn selected_person(&self, data: &Data) -> Option<Id> {
        let interest = data.interests.get(self.selected)?;
        match self.pane {
            Pane::Detail => interest.people.get(self.person).map(|p| p.id),
            Pane::List => None,
        }
    }

    pub fn clamp(&mut self, data: &Data) {
        self.selected = self.selected.min(data.interests.len().saturating_sub(1));
        let people = data
            .interests
            .get(self.selected)
            .map_or(0, |i| i.people.len());
        self.person = self.person.min(people.saturating_sub(1));
    }
}

/// The events screen: an event, then one of the people met there.
#[derive(Clone, Debug, Default)]
pub struct EventsState {
    pub selected: usize,
    pub person: usize,
    pub pane: Pane,
}

impl EventsState {
    pub fn selected_person(&self, data: &Data) -> Option<Id> {
        match self.pane {
            Pane::Detail => data
                .events
                .get(self.selected)?
                .people
                .get(self.person)
                .map(|p| p.id),
            Pane::List => None,
        }
    }
}

/// The ledger screen's filters and selection.
#[derive(Clone, Debug, Default)]
pub struct LedgerState {
    pub direction: Option<Direction>,
    pub nature: Option<Nature>,
    pub state: Option<EntryState>,
    pub kind: Option<FavourKind>,
    /// Indexes into [`Data::ledger`]: open entries first, then newest.
    pub visible: Vec<usize>,
    pub selected: usize,
}

impl LedgerState {
    pub fn selected_line<'d>(&self, data: &'d Data) -> Option<&'d LedgerLine> {
        self.visible
            .get(self.selected)
            .and_then(|i| data.ledger.get(*i))
    }

    pub fn cycle(&mut self, action: Action) {
        match action {
            Action::CycleDirection => {
                self.direction = match self.direction {
                    None => Some(Direction::MeToThem),
                    Some(Direction::MeToThem) => Some(Direction::ThemToMe),
                    Some(Direction::ThemToMe) => None,
                }
            }
            Action::CycleNature => {
                self.nature = match self.nature {
                    None => Some(Nature::Give),
                    Some(Nature::Give) => Some(Nature::Ask),
                    Some(Nature::Ask) => None,
                }
            }
            Action::CycleKind => {
                let all = FavourKind::ALL;
                self.kind = match self.kind {
                    None => all.first().copied(),
                    Some(k) => all
                        .iter()
                        .position(|x| *x == k)
                        .and_then(|i| all.get(i + 1))
                        .copied(),
                }
            }
            Action::CycleState => {
                self.state = match self.state {
                    None => Some(EntryState::Open),
                    Some(EntryState::Open) => Some(EntryState::Done),
                    Some(EntryState::Done) => Some(EntryState::Declined),
                    Some(EntryState::Declined) => None,
                }
            }
            _ => {}
        }
        self.selected = 0;
    }

    pub fn refresh(&mut self, data: &Data) {
        let mut visible: Vec<usize> = data
            .ledger
            .iter()
            .enumerate()
            .filter(|(_, l)| {
                let e = &l.entry;
                self.direction.is_none_or(|d| e.direction == d)
                    && self.nature.is_none_or(|n| e.nature == n)
                    && self.state.is_none_or(|s| e.state == s)
                    && self.kind.is_none_or(|k| e.kind == k)
            })
            .map(|(i, _)| i)
            .collect();
        visible.sort_by_key(|i| {
            let e = &data.ledger[*i].entry;
            (
                e.state != EntryState::Open,
                std::cmp::Reverse(e.date),
                std::cmp::Reverse(e.id),
            )
        });
        self.visible = visible;
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }
}

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

#[cfg(test)]
mod tests;
