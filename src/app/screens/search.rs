//! The history search's results.

use super::Unit;
use crate::app::{Action, App, Effect, Pane};
use crate::domain::Id;
use crate::keymap::Layer;

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

    /// One pane: the results; `h` leaves the search, `l` has nowhere to go.
    fn key_does(&self, action: Action, layer: Layer) -> Option<&'static str> {
        match action {
            Action::Open => Some("the result's person, their card at the entry found"),
            Action::Back => Some("back to the screen the search was opened from"),
            Action::FocusNext | Action::FocusPrev => None,
            _ => Some(action.describe_in(layer)),
        }
    }
}
