//! The lists the screens show: which rows are visible, in what order, and
//! which one is selected. Filtering and sorting happen here, per keystroke,
//! over data already in memory.

use chrono::NaiveDate;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::{Action, Data, LedgerLine, Pane, PersonRow, SearchDoc};
use crate::domain::text::fold;
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
        let query = fold(&self.filter);
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
            for index in candidates {
                let Some(p) = data.people.get(index) else {
                    continue;
                };
                let Some((score, hits)) = matcher.fuzzy_indices(&p.folded, &query) else {
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
/// took over a second a keystroke at 100,000 people.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    docs: Vec<SearchDoc>,
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

/// How many search results are kept: enough to scroll, few enough to sort.
const MAX_RESULTS: usize = 500;

impl SearchState {
    pub fn docs(&self) -> &[SearchDoc] {
        &self.docs
    }

    /// New texts to search (none: load them again when next needed).
    pub fn set_docs(&mut self, docs: Vec<SearchDoc>) {
        self.docs = docs;
        self.matched.clear();
        self.matched_query.clear();
    }

    pub fn selected_doc(&self) -> Option<&SearchDoc> {
        self.results
            .get(self.selected)
            .and_then(|i| self.docs.get(*i))
    }

    pub fn refresh(&mut self, query: &str) {
        self.query = query.to_string();
        let q = fold(query);
        self.selected = 0;
        let words: Vec<&str> = q.split_whitespace().collect();
        if words.is_empty() {
            self.results.clear();
            self.matched.clear();
            self.matched_query.clear();
            return;
        }
        let holds_all = |d: &SearchDoc| words.iter().all(|w| d.folded.contains(w));
        // A query that extends the last one only has longer or more words,
        // so it can only match texts the last one matched.
        self.matched = if !self.matched_query.is_empty() && q.starts_with(&self.matched_query) {
            self.matched
                .iter()
                .copied()
                .filter(|i| holds_all(&self.docs[*i]))
                .collect()
        } else {
            (0..self.docs.len())
                .filter(|i| holds_all(&self.docs[*i]))
                .collect()
        };
        self.matched_query = q.clone();
        // Texts where the words start words rank first, then the newest.
        let starts = |d: &SearchDoc| {
            words
                .iter()
                .filter(|w| {
                    d.folded
                        .match_indices(*w)
                        .any(|(at, _)| at == 0 || !d.folded[..at].ends_with(char::is_alphanumeric))
                })
                .count()
        };
        let mut ranked: Vec<(usize, NaiveDate, usize)> = self
            .matched
            .iter()
            .map(|i| (starts(&self.docs[*i]), self.docs[*i].date, *i))
            .collect();
        let keep = MAX_RESULTS.min(ranked.len());
        if keep > 0 && keep < ranked.len() {
            ranked.select_nth_unstable_by(keep - 1, |a, b| b.cmp(a));
            ranked.truncate(keep);
        }
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        self.results = ranked.into_iter().map(|(_, _, i)| i).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn docs(texts: &[String]) -> Vec<SearchDoc> {
        texts
            .iter()
            .enumerate()
            .map(|(n, text)| SearchDoc {
                contact: Id(1),
                name: "Anna".into(),
                record: Id(n as u64 + 2),
                date: NaiveDate::from_num_days_from_ce_opt(739_000 + n as i32 % 40)
                    .unwrap_or_default(),
                label: "note",
                text: text.clone(),
                folded: fold(text),
            })
            .collect()
    }

    #[test]
    fn every_word_must_be_there_and_word_starts_rank_first() {
        let mut s = SearchState::default();
        s.set_docs(docs(&[
            "Intro to her CTO".into(),
            "sent the pricing article".into(),
            "reintroduced the CTO".into(),
            "coffee".into(),
        ]));
        s.refresh("cto intro");
        let texts: Vec<&str> = s
            .results
            .iter()
            .map(|i| s.docs()[*i].text.as_str())
            .collect();
        assert_eq!(texts, ["Intro to her CTO", "reintroduced the CTO"]);
        s.refresh("Prìcing");
        assert_eq!(s.results.len(), 1, "folded like the texts");
        s.refresh("  ");
        assert!(s.results.is_empty());
    }

    fn people(names: &[(String, bool)]) -> Data {
        let people = names
            .iter()
            .enumerate()
            .map(|(n, (name, closed))| PersonRow {
                folded: fold(name),
                row: crate::journal::ListRow {
                    id: Id(n as u64 + 1),
                    name: name.clone(),
                    org: String::new(),
                    role: String::new(),
                    tier: crate::domain::Tier::None,
                    tags: Vec::new(),
                    closed: *closed,
                    last_touch: None,
                    lean: 0,
                },
            })
            .collect();
        Data {
            people,
            ..Data::default()
        }
    }

    proptest! {
        /// Filtering contacts as the query is typed (narrowing the last
        /// matches), with the closed toggle flipped on the way and a
        /// backspace at the end, shows what filtering from scratch shows.
        #[test]
        fn the_contact_filter_narrows_as_you_type(
            names in prop::collection::vec(("[abé ]{0,10}", any::<bool>()), 0..40),
            query in "[abe ]{1,6}",
            flip_at in 0usize..6,
        ) {
            let data = people(&names);
            let fresh = |filter: &str, show_closed: bool| {
                let mut s = ContactsState { show_closed, ..ContactsState::default() };
                s.filter = filter.to_string();
                s.refresh(&data, None);
                s.visible
            };
            let mut typed = ContactsState::default();
            for (n, c) in query.chars().enumerate() {
                if n == flip_at {
                    typed.show_closed = !typed.show_closed;
                }
                typed.filter.push(c);
                typed.refresh(&data, None);
                prop_assert_eq!(&typed.visible, &fresh(&typed.filter, typed.show_closed));
            }
            typed.filter.pop();
            typed.refresh(&data, None);
            prop_assert_eq!(&typed.visible, &fresh(&typed.filter, typed.show_closed));
        }

        /// Typing a query letter by letter (narrowing the last matches), and
        /// deleting one, finds exactly what searching all texts finds.
        #[test]
        fn narrowing_as_you_type_equals_a_fresh_search(
            texts in prop::collection::vec("[abc ]{0,12}", 0..40),
            query in "[abc ]{1,6}",
        ) {
            let mut typed = SearchState::default();
            typed.set_docs(docs(&texts));
            let mut so_far = String::new();
            for c in query.chars() {
                so_far.push(c);
                typed.refresh(&so_far);
            }
            let mut fresh = SearchState::default();
            fresh.set_docs(docs(&texts));
            fresh.refresh(&query);
            prop_assert_eq!(&typed.results, &fresh.results);
            // A backspace widens the search again.
            so_far.pop();
            typed.refresh(&so_far);
            fresh.refresh(&so_far);
            prop_assert_eq!(&typed.results, &fresh.results);
        }
    }
}
