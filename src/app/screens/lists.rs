//! The interests and events screens: a list, then the people of the row
//! selected in it.

use super::Unit;
use crate::app::{Action, App, Effect, Pane};
use crate::domain::Id;
use crate::keymap::Layer;

pub(super) struct Interests;

impl Unit for Interests {
    fn pane(&self, app: &App) -> Pane {
        app.interests.pane
    }

    fn focus(&self, app: &mut App, pane: Pane) {
        app.interests.pane = pane;
    }

    fn selected_person(&self, app: &App) -> Option<Id> {
        app.interests.selected_person(&app.data)
    }

    fn carry(&self, app: &mut App, person: Id) {
        let listed = app.data.interests.get(app.interests.selected);
        if let Some(at) = listed.and_then(|i| i.people.iter().position(|p| p.id == person)) {
            app.interests.person = at;
        }
    }

    fn select(&self, app: &mut App, pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        let state = &mut app.interests;
        match pane {
            Pane::List => {
                state.selected = to(state.selected, app.data.interests.len());
                state.person = 0;
            }
            Pane::Detail => {
                let rows = app.data.interests.get(state.selected);
                state.person = to(state.person, rows.map_or(0, |i| i.people.len()));
            }
        }
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        if app.interests.pane == Pane::List {
            app.interests.pane = Pane::Detail;
            // The person now selected: their card, for the person keys.
            return app.card_effects();
        }
        match app.interests.selected_person(&app.data) {
            Some(id) => app.show_person(id, None),
            None => app.nothing_here("nobody shares this interest"),
        }
    }

    fn back(&self, app: &mut App) {
        app.interests.pane = Pane::List;
    }

    fn key_does(&self, action: Action, layer: Layer) -> Option<&'static str> {
        Some(match action {
            Action::Open => "to the interest's people; on a person, their card",
            Action::FocusNext => "next pane (the interests, the people of the one selected)",
            _ => action.describe_in(layer),
        })
    }
}

pub(super) struct Events;

impl Unit for Events {
    fn pane(&self, app: &App) -> Pane {
        app.events.pane
    }

    fn focus(&self, app: &mut App, pane: Pane) {
        app.events.pane = pane;
    }

    fn selected_person(&self, app: &App) -> Option<Id> {
        app.events.selected_person(&app.data)
    }

    fn carry(&self, app: &mut App, person: Id) {
        let listed = app.data.events.get(app.events.selected);
        if let Some(at) = listed.and_then(|e| e.people.iter().position(|p| p.id == person)) {
            app.events.person = at;
        }
    }

    fn select(&self, app: &mut App, pane: Pane, to: &dyn Fn(usize, usize) -> usize) {
        let state = &mut app.events;
        match pane {
            Pane::List => {
                state.selected = to(state.selected, app.data.events.len());
                state.person = 0;
            }
            Pane::Detail => {
                let rows = app.data.events.get(state.selected);
                state.person = to(state.person, rows.map_or(0, |e| e.people.len()));
            }
        }
    }

    fn open(&self, app: &mut App) -> Vec<Effect> {
        if app.events.pane == Pane::List {
            app.events.pane = Pane::Detail;
            return app.card_effects();
        }
        match app.events.selected_person(&app.data) {
            Some(id) => app.show_person(id, None),
            None => app.nothing_here("nobody was met there"),
        }
    }

    fn back(&self, app: &mut App) {
        app.events.pane = Pane::List;
    }

    fn key_does(&self, action: Action, layer: Layer) -> Option<&'static str> {
        Some(match action {
            Action::Open => "to the people met at the event; on a person, their card",
            Action::FocusNext => "next pane (the events, the people met at the one selected)",
            _ => action.describe_in(layer),
        })
    }
}
