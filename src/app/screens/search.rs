//! The history search's results.

use super::Unit;
use crate::app::{App, Effect, Pane};
use crate::domain::Id;

pub(super) struct Search;

impl Unit for Search {
    fn focus(&self, app: &mut App, _pane: Pane) {
        app.search.focused = true;
    }

    fn selected_person(&self, app: &App) -> Option<Id> {
        app.search.selected_hit().map(|h| h.id)
    }

    fn select(&self, app: &mut App, _pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        app.search.selected = to(app.search.selected, app.search.results.len());
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        match app.search.selected_hit().map(|h| (h.id, h.record)) {
            Some((person, record)) => app.show_person(person, record),
            None => app.nothing_here("no result is selected"),
        }
    }

    /// Back to the screen the search was opened from.
    fn back(&self, app: &mut App) {
        app.screen = app.previous;
        app.search.focused = false;
    }
}
