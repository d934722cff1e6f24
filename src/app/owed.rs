//! What a follow-up done left to record, said once the action is told
//! whole, with the TUI's key: `g` right after gives to that person, filled
//! with what the follow-up promised, wherever the cursor went (trial 26x:
//! after `y` Davide had left the review, the cursor was on Elena, and the
//! status said `:gave davide "…"`, the command line's words).

use super::overlays::output::LAST_MESSAGE;
use super::{App, Effect, Msg, Overlay, Screen, Status, Verb};
use crate::domain::draft::Surface;
use crate::keymap::Action;

impl App {
    /// Says the line only a give ends that a follow-up done left, once
    /// the action's last command is told (a draft's `y` marks the
    /// follow-up done before it logs the message), after where the person
    /// went, and offers its give on `g`.
    pub(super) fn say_owed(&mut self) {
        if self.review.counting.is_some() {
            return;
        }
        let Some(owed) = self.review.owed.take() else {
            return;
        };
        self.status.text = owed.told(&self.status.text, Surface::Tui);
        self.review.offered = Some(owed);
    }

    /// A key pressed: what was said of the one before is stale now, and
    /// the give just offered is `g`'s only as the very next key, reading
    /// the status whole (`L`, and closing it) aside: trial 26y3 read it
    /// with `L`, and `g` then opened an empty form.
    pub(super) fn key_pressed(&mut self, msg: &Msg) {
        if self.fleeting.take().as_ref() == Some(&self.status.text) && !self.status.warning {
            self.status = Status::default();
        }
        let reading = *msg == Msg::Act(Action::ShowStatus)
            || matches!(&self.overlay, Some(Overlay::Output { title, .. }) if title == LAST_MESSAGE);
        if !reading
            && (*msg != Msg::Act(Action::Gave) || self.overlay.is_some() || self.prompt.is_some())
        {
            self.review.offered = None;
        }
    }

    /// `g` right after a give was offered: the gave form for that person,
    /// filled with what the follow-up promised to send, counted in the
    /// review's pass when pressed there, as `g` on a line is.
    pub(super) fn give_offered(&mut self) -> Option<Vec<Effect>> {
        let owed = self.review.offered.take()?;
        let mut form = self.capture_form(Verb::Gave, owed.contact, &owed.name);
        if let Some(thing) = owed.kept() {
            form = form.sending(thing);
        }
        self.overlay = Some(Overlay::Form(form));
        if self.screen == Screen::Review {
            self.review.counting = Some((self.review.offered_give(), None));
        }
        Some(Vec::new())
    }
}
