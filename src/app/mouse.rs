//! What a click or the wheel does, once the runtime has found what is
//! under the pointer (`ui::Regions`): a click on a tab changes screen, on
//! a pane gives it the keyboard, on a row selects it; the wheel moves the
//! selection of the pane under the pointer. The keys do the same things,
//! so every rule (loading the card, keeping the selection) is the keys'.

use super::{Action, App, Effect, Msg, Pane, Prompt, Screen};

/// Something a click can reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    Tab(Screen),
    Pane(Pane),
    /// The row of an item: its index in the pane's list.
    Row(Pane, usize),
}

/// Rows the wheel moves per notch, as in most terminal programs.
const WHEEL_ROWS: usize = 3;

impl App {
    /// Whether a click or the wheel reaches the screen: not while an
    /// overlay or a text field has the input, except the search's results
    /// under its query line (they are moved there while it is typed, and
    /// `enter` opens the one highlighted).
    pub(super) fn mouse_reaches(&self, msg: &Msg) -> bool {
        let results = matches!(
            msg,
            Msg::Click(Spot::Row(Pane::List, _))
                | Msg::Wheel {
                    pane: Pane::List,
                    ..
                }
        ) && matches!(&self.prompt, Some((Prompt::Search, _)));
        self.overlay.is_none() && (self.prompt.is_none() || results)
    }

    pub(super) fn click(&mut self, spot: Spot) -> Vec<Effect> {
        match spot {
            Spot::Tab(screen) => {
                self.screen = screen;
                self.card_effects()
            }
            Spot::Pane(pane) => {
                self.focus(pane);
                self.card_effects()
            }
            Spot::Row(pane, index) => {
                self.focus(pane);
                self.select(pane, index);
                self.card_effects()
            }
        }
    }

    pub(super) fn wheel(&mut self, pane: Pane, down: bool) -> Vec<Effect> {
        self.focus(pane);
        let step = if down { Action::Down } else { Action::Up };
        let mut effects = Vec::new();
        for _ in 0..WHEEL_ROWS {
            effects = self.act(step);
        }
        effects
    }

    /// Gives `pane` the keyboard on the screen in view.
    fn focus(&mut self, pane: Pane) {
        self.screen.unit().focus(self, pane);
    }

    /// Selects row `index` of `pane`, as moving there with the keys would.
    fn select(&mut self, pane: Pane, index: usize) {
        let to = |_: usize, len: usize| index.min(len.saturating_sub(1));
        self.screen.unit().select(self, pane, &to);
    }
}
