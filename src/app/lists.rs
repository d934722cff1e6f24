//! The lists the screens show: which rows are visible, in what order, and
//! which one is selected. Filtering and sorting happen here, per keystroke,
//! over data already in memory.

use super::{Action, Data, LedgerLine, PersonRow};
use crate::domain::search::filter;
use crate::domain::text::loose;
use crate::domain::{Direction, EntryState, FavourKind, Id, Nature};

/// Which pane of a two-pane screen has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Detail,
}

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
    /// typed on can only match among them (see `domain::search::filter`),
    /// so a keystroke scores those alone.
    matched: Vec<usize>,
    matched_query: String,
    /// The filter last cleared: `f` opens on it, as `/` opens on the last
    /// search (typing replaces it).
    last_filter: String,
}

impl ContactsState {
    /// Clears the filter, the selected person staying selected; the query
    /// is kept for the next `f`.
    pub(super) fn clear_filter(&mut self, data: &Data) {
        let keep = self.selected_id(data);
        if !self.filter.is_empty() {
            self.last_filter = std::mem::take(&mut self.filter);
        }
        self.refresh(data, keep);
    }

    /// The query `f` opens on: the filter in place, else the last one.
    pub(super) fn reopened_filter(&self) -> String {
        match self.filter.is_empty() {
            true => self.last_filter.clone(),
            false => self.filter.clone(),
        }
    }

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
                let Some((score, hits)) = filter::fit(&p.folded, &p.other, &tokens) else {
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

mod search;
pub use search::SearchState;
pub(crate) use search::{HitKey, key as hit_key};

#[cfg(test)]
mod tests;
