//! The prompt's field (the command line, the filter, the search) takes
//! every message while it is open; the overlays are units of their own
//! (`app::overlays`).

use tui_input::Input;

use super::{App, Effect, Form, Msg, Overlay, Prompt, Status, Verb, complete_name};
use crate::domain::Id;
use crate::words::{self, Typed};

impl App {
    pub(super) fn update_prompt(&mut self, msg: Msg) -> Vec<Effect> {
        let Some((prompt, mut input)) = self.prompt.take() else {
            return Vec::new();
        };
        let selected = std::mem::take(&mut self.prompt_selected);
        match msg {
            Msg::Edit(request) => {
                if selected {
                    input = super::prompt::replacing(input, request);
                } else {
                    input.handle(request);
                }
                let text = input.value().to_string();
                self.prompt = Some((prompt.clone(), input));
                match prompt {
                    Prompt::Filter => {
                        self.contacts.filter = text;
                        self.contacts.refresh(&self.data, None);
                        return self.card_effects();
                    }
                    Prompt::Search => self.search.refresh(&text),
                    Prompt::Command => {}
                }
                Vec::new()
            }
            // In the search, tab leaves the query for the results: the
            // query line closes (letters are the query's while it is
            // open), so a person key acts on the highlighted result.
            Msg::Complete if prompt == Prompt::Search => {
                self.search.focused = true;
                self.say(
                    "on the results: person keys act on the highlighted one \
                     (w drafts, g gave, y copies…) · / types the query again"
                        .into(),
                );
                self.card_effects()
            }
            Msg::Complete => {
                if matches!(prompt, Prompt::Command) {
                    match complete_name(input.value(), &self.data) {
                        Ok(completed) => input = Input::new(completed),
                        Err(why) => self.say(why),
                    }
                }
                self.prompt = Some((prompt, input));
                Vec::new()
            }
            Msg::Cancel | Msg::No => {
                match prompt {
                    Prompt::Filter => {
                        self.contacts.clear_filter(&self.data);
                        return self.card_effects();
                    }
                    Prompt::Search => {
                        self.back();
                        return self.card_effects();
                    }
                    Prompt::Command => {}
                }
                Vec::new()
            }
            Msg::Submit | Msg::Yes => {
                let text = input.value().trim().to_string();
                match prompt {
                    Prompt::Filter => Vec::new(),
                    // The highlighted result's person, at once; with no
                    // result the list takes the keys (it says why empty).
                    Prompt::Search => {
                        self.search.focused = true;
                        if self.search.selected_hit().is_some() {
                            return self.screen.unit().open(self);
                        }
                        Vec::new()
                    }
                    Prompt::Command if text.is_empty() => Vec::new(),
                    // The TUI's help, not the shell's.
                    Prompt::Command if matches!(text.as_str(), "help" | "?" | "--help") => {
                        self.overlay = Some(Overlay::help(None));
                        Vec::new()
                    }
                    Prompt::Command => {
                        let words = match super::prompt::words(&text) {
                            Ok(words) => words,
                            Err(e) => {
                                self.status = Status {
                                    text: format!("cannot read that command line: {e}"),
                                    warning: true,
                                };
                                self.prompt = Some((prompt, input));
                                return Vec::new();
                            }
                        };
                        match words::parse(&words, self.today) {
                            Ok(Typed { command, json }) => self.run_or_ask(command, json),
                            Err(e) => {
                                self.status = Status {
                                    text: e,
                                    warning: true,
                                };
                                Vec::new()
                            }
                        }
                    }
                }
            }
            // The list under the field moves while the query is typed,
            // so what enter opens is what is highlighted.
            Msg::Act(action) if super::navigate::moves::is_move(action) => {
                self.prompt_selected = selected;
                let command = prompt == Prompt::Command;
                self.prompt = Some((prompt, input));
                if command {
                    let said = "the command line has no list to move in (esc closes it)";
                    self.status = Status {
                        text: said.into(),
                        warning: false,
                    };
                    self.fleeting = Some(said.into());
                    return Vec::new();
                }
                self.move_selection(action);
                self.card_effects()
            }
            // Other keys, and results (taken before any field).
            _ => {
                self.prompt_selected = selected;
                self.prompt = Some((prompt, input));
                Vec::new()
            }
        }
    }

    /// The capture form of `verb` for one person. A *got* offers my open
    /// requests to them, as their card shows (the card of whoever the form
    /// is for is loaded).
    pub(super) fn capture_form(&self, verb: Verb, who: Id, name: &str) -> Form {
        let form = Form::capture(verb, who, name);
        match self.card.as_ref().filter(|c| c.contact.id == who) {
            Some(card) if verb == Verb::Got => form.offering(&card.open_requests()),
            _ => form,
        }
    }
}
