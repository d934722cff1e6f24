//! The review screen: today's queue, and the selected person's card and
//! history (its actions are in `app::review`).

use super::Unit;
use crate::app::{Action, App, Effect, Pane};
use crate::domain::Id;

pub(super) struct Review;

impl Unit for Review {
    fn pane(&self, app: &App) -> Pane {
        app.review.pane
    }

    /// The history has the keyboard only once a card is shown.
    fn focus(&self, app: &mut App, pane: Pane) {
        if app.card.is_some() {
            app.review.pane = pane;
        }
    }

    fn selected_person(&self, app: &App) -> Option<Id> {
        app.selected_item().map(|i| i.contact)
    }

    fn carry(&self, app: &mut App, person: Id) {
        let on_them = app.selected_item().is_some_and(|i| i.contact == person);
        if let Some(at) = app
            .data
            .review
            .items
            .iter()
            .position(|i| i.contact == person)
            && !on_them
        {
            app.review.selected = at;
        }
    }

    fn select(&self, app: &mut App, pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        match pane {
            Pane::List => {
                app.review.selected = to(app.review.selected, app.data.review.items.len())
            }
            Pane::Detail => super::contacts::history(app, to),
        }
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        if app.review.pane == Pane::Detail {
            app.show_entry();
            return Vec::new();
        }
        match app.selected_item().map(|i| (i.contact, i.reason.record())) {
            Some((person, entry)) => app.show_person(person, entry),
            None => app.nothing_here("the review is empty"),
        }
    }

    fn back(&self, app: &mut App) {
        app.review.pane = Pane::List;
    }

    fn act(&self, app: &mut App, action: Action) -> Vec<Effect> {
        app.act_on_review(action)
    }
}
