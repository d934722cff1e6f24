//! Actions outside text fields and overlays: moving, switching screens and
//! panes, opening, and the single-key captures.

use super::{Action, App, Effect, Form, Overlay, Pane, Prompt, Screen};
use crate::command::Command;
use crate::domain::Id;

pub(super) mod moves;

impl App {
    pub(super) fn act(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::Gave
            && let Some(effects) = self.give_offered()
        {
            return effects;
        }
        if let Some(screen) = Screen::for_action(action) {
            return self.go(screen);
        }
        match action {
            Action::Quit => {
                self.running = false;
                Vec::new()
            }
            Action::Help => {
                self.overlay = Some(Overlay::help(None));
                Vec::new()
            }
            Action::Back => {
                self.back();
                self.card_effects()
            }
            Action::NextScreen | Action::PrevScreen => {
                let tabs: Vec<Screen> = Screen::tabs().map(|(s, _)| s).collect();
                let n = tabs.len();
                let next = match tabs.iter().position(|s| *s == self.screen) {
                    Some(i) if action == Action::NextScreen => tabs[(i + 1) % n],
                    Some(i) => tabs[(i + n - 1) % n],
                    None => Screen::Contacts,
                };
                self.go(next)
            }
            Action::FocusNext | Action::FocusPrev => {
                // Every screen has at most two panes: forward and back
                // both move to the other one.
                let other = match self.pane() {
                    Pane::List => Pane::Detail,
                    Pane::Detail => Pane::List,
                };
                self.screen.unit().focus(self, other);
                if self.pane() != other && self.screen != Screen::Search {
                    return self.nothing_here("this screen has one pane now");
                }
                self.card_effects()
            }
            Action::CommandLine => {
                self.open_prompt(Prompt::Command, "");
                Vec::new()
            }
            Action::Search => {
                if self.screen != Screen::Search {
                    self.previous = self.screen;
                }
                self.screen = Screen::Search;
                self.search.focused = false;
                self.open_prompt(Prompt::Search, &self.search.query.clone());
                if !self.search.is_loaded() {
                    vec![Effect::LoadSearch]
                } else {
                    Vec::new()
                }
            }
            Action::Import => {
                self.overlay = Some(Overlay::Form(Form::import()));
                Vec::new()
            }
            // The same commands as the shell's, so the step undone is the
            // newest change whoever made it, and the status line says which.
            Action::Undo => vec![Effect::run(Command::Undo)],
            Action::Redo => vec![Effect::run(Command::Redo)],
            Action::ShowStatus => self.show_status(),
            Action::Export => {
                self.overlay = Some(Overlay::Form(Form::export()));
                Vec::new()
            }
            Action::AddContact => {
                self.overlay = Some(Overlay::Form(Form::add_contact()));
                Vec::new()
            }
            Action::LogEvent => {
                self.overlay = Some(Overlay::Form(Form::event(
                    self.data.settings.follow_up_days,
                )));
                Vec::new()
            }
            action if moves::is_move(action) => {
                self.move_selection(action);
                self.card_effects()
            }
            Action::Open => self.screen.unit().open(self),
            Action::CopyAddress => self.copy_reach(),
            _ => self.screen.unit().act(self, action),
        }
    }

    pub(super) fn move_selection(&mut self, action: Action) {
        let page = self.room.page;
        let step = |pos: usize, len: usize| -> usize {
            moves::moved(action, pos, page, len.saturating_sub(1))
        };
        let pane = self.pane();
        self.screen.unit().select(self, pane, &step);
    }

    /// Jumps to a person on the contacts screen, optionally to one entry of
    /// their history.
    pub(super) fn show_person(&mut self, person: Id, entry: Option<Id>) -> Vec<Effect> {
        self.screen = Screen::Contacts;
        self.search.focused = false;
        self.contacts.filter.clear();
        if self
            .data
            .people
            .iter()
            .any(|p| p.row.id == person && p.row.closed)
        {
            self.contacts.show_closed = true;
        }
        self.contacts.refresh(&self.data, Some(person));
        self.pending_entry = entry;
        self.contacts.pane = Pane::Detail;
        self.card = None;
        vec![Effect::LoadCard(person)]
    }
}
