//! The app's state, read-only: what the drawing, the runtime and the tests
//! read. Every change goes through [`App::update`].

use chrono::NaiveDate;
use tui_input::Input;

use super::{
    App, ContactsState, Data, EventsState, InterestsState, LedgerState, Overlay, Prompt,
    ReviewState, Screen, SearchState, Status,
};
use crate::journal::Card;

impl App {
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// Where `back` returns from the search screen.
    pub fn previous(&self) -> Screen {
        self.previous
    }

    pub fn overlay(&self) -> &Option<Overlay> {
        &self.overlay
    }

    pub fn prompt(&self) -> &Option<(Prompt, Input)> {
        &self.prompt
    }

    /// The open field's text is selected: typing replaces it.
    pub fn prompt_selected(&self) -> bool {
        self.prompt_selected
    }

    pub fn data(&self) -> &Data {
        &self.data
    }

    pub fn contacts(&self) -> &ContactsState {
        &self.contacts
    }

    pub fn card(&self) -> &Option<Card> {
        &self.card
    }

    pub fn interests(&self) -> &InterestsState {
        &self.interests
    }

    pub fn events(&self) -> &EventsState {
        &self.events
    }

    pub fn ledger(&self) -> &LedgerState {
        &self.ledger
    }

    pub fn search(&self) -> &SearchState {
        &self.search
    }

    pub fn review(&self) -> &ReviewState {
        &self.review
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Why nothing more can be saved, if so.
    pub fn refused(&self) -> Option<&str> {
        self.refused.as_deref()
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn store_path(&self) -> &str {
        &self.store_path
    }

    /// False once the user quit.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Rows a page holds.
    pub fn room(&self) -> super::Room {
        self.room
    }
}

#[cfg(test)]
impl App {
    /// The app on `screen` with `overlay` or `prompt` open: the states
    /// whose keys the keymap's tests walk.
    pub(crate) fn showing(
        mut self,
        screen: Screen,
        overlay: Option<Overlay>,
        prompt: Option<Prompt>,
    ) -> App {
        self.screen = screen;
        self.overlay = overlay;
        self.prompt = prompt.map(|p| (p, Input::default()));
        self
    }
}
