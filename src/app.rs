//! The TUI's state and its transitions, free of terminal and storage code.
//!
//! The runtime turns key events into [`Msg`]s, calls [`App::update`], and
//! performs the [`Effect`]s it returns (running a command, loading a card),
//! handing the results back through [`App::loaded`], [`App::card_loaded`],
//! [`App::search_loaded`] and [`App::executed`]. Rendering reads the state.

pub mod action;
pub mod data;
mod lists;
mod prompt;

use chrono::NaiveDate;
use tui_input::{Input, InputRequest};

pub use action::Action;
pub use data::{Data, LedgerLine, PersonRow, SearchDoc};
pub use lists::{ContactsState, InterestsState, LedgerState, SearchState, Sort};
pub use prompt::{Prompt, Verb, capture_words, complete_name};

use crate::domain::Id;
use crate::journal::Card;

/// The screens, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Contacts,
    Interests,
    Ledger,
    Search,
}

/// Which pane of a two-pane screen has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Detail,
}

/// A layer drawn over the screen that takes the keys while open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    /// Asks before moving something to the trash.
    Confirm {
        id: Id,
        label: String,
    },
    /// The output of a read command typed on the command line.
    Output {
        title: String,
        lines: Vec<String>,
        scroll: usize,
    },
    /// A name was ambiguous: pick who was meant, and the command runs again.
    Picker {
        words: Vec<String>,
        query: String,
        candidates: Vec<(Id, String)>,
        selected: usize,
    },
}

/// Input for [`App::update`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// A bound action (outside text fields).
    Act(Action),
    /// Editing the open text field.
    Edit(InputRequest),
    Submit,
    Cancel,
    /// Complete the name under the cursor.
    Complete,
    /// Answer to a confirmation or a picker.
    Yes,
    No,
}

/// I/O the runtime performs for the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Run a journal command (shell words, no program name).
    Execute(Vec<String>),
    LoadCard(Id),
    LoadSearch,
    /// Edit a person's notes in the user's editor (needs the terminal).
    EditNotes(Id),
}

/// What running a command produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub words: Vec<String>,
    pub ok: bool,
    pub out: String,
    pub err: String,
    /// Set when the command failed on an ambiguous name.
    pub ambiguous: Option<(String, Vec<(Id, String)>)>,
}

/// The last message on the status bar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub warning: bool,
}

/// The whole TUI state.
#[derive(Clone, Debug)]
pub struct App {
    pub screen: Screen,
    /// Where `back` returns from the search screen.
    pub previous: Screen,
    pub overlay: Option<Overlay>,
    pub prompt: Option<(Prompt, Input)>,
    pub data: Data,
    pub contacts: ContactsState,
    pub card: Option<Card>,
    pub interests: InterestsState,
    pub ledger: LedgerState,
    pub search: SearchState,
    pub status: Status,
    pub today: NaiveDate,
    pub store_path: String,
    pub running: bool,
    /// Rows a page holds, from the last frame's size.
    pub page: usize,
    /// An entry to show once its person's card has loaded (from search).
    pending_entry: Option<Id>,
}

impl App {
    pub fn new(data: Data, today: NaiveDate, store_path: String) -> App {
        let mut app = App {
            screen: Screen::Contacts,
            previous: Screen::Contacts,
            overlay: None,
            prompt: None,
            data: Data::default(),
            contacts: ContactsState::default(),
            card: None,
            interests: InterestsState::default(),
            ledger: LedgerState::default(),
            search: SearchState::default(),
            status: Status::default(),
            today,
            store_path,
            running: true,
            page: 10,
            pending_entry: None,
        };
        app.loaded(data);
        if app.data.people.is_empty() {
            app.screen = Screen::Welcome;
        }
        app
    }

    /// The contact whose card is wanted now, if any.
    pub fn selected_person(&self) -> Option<Id> {
        match self.screen {
            Screen::Contacts | Screen::Welcome => self.contacts.selected_id(&self.data),
            Screen::Interests => self.interests.selected_person(&self.data),
            Screen::Ledger => self
                .ledger
                .selected_line(&self.data)
                .map(|l| l.entry.contact),
            Screen::Search => self.search.selected_doc().map(|d| d.contact),
        }
    }

    /// New data from the journal: lists are rebuilt, selections kept by id.
    pub fn loaded(&mut self, data: Data) {
        let keep = self.contacts.selected_id(&self.data);
        self.data = data;
        self.contacts.refresh(&self.data, keep);
        self.interests.clamp(&self.data);
        self.ledger.refresh(&self.data);
        if self.screen == Screen::Welcome && !self.data.people.is_empty() {
            self.screen = Screen::Contacts;
        }
    }

    pub fn card_loaded(&mut self, card: Option<Card>) {
        self.contacts.history_scroll = 0;
        if let (Some(entry), Some(c)) = (self.pending_entry.take(), &card)
            && let Some(pos) = c.history.iter().position(|h| c.headline(h).id == entry)
        {
            self.contacts.history_scroll = pos;
            self.contacts.pane = Pane::Detail;
        }
        self.card = card;
    }

    pub fn search_loaded(&mut self, docs: Vec<SearchDoc>) {
        self.search.docs = docs;
        let query = self.prompt_text();
        self.search.refresh(&query);
    }

    /// The result of a command run from the command line, a capture key or
    /// a picker.
    pub fn executed(&mut self, outcome: Outcome) {
        if let Some((query, candidates)) = outcome.ambiguous {
            self.overlay = Some(Overlay::Picker {
                words: outcome.words,
                query,
                candidates,
                selected: 0,
            });
            self.status = Status {
                text: "several people fit: pick one (enter) or esc".into(),
                warning: true,
            };
            return;
        }
        let out: Vec<String> = outcome.out.lines().map(str::to_string).collect();
        let err = outcome.err.trim();
        if outcome.ok && out.len() > 2 {
            self.overlay = Some(Overlay::Output {
                title: outcome.words.join(" "),
                lines: out,
                scroll: 0,
            });
            return;
        }
        let warning = !outcome.ok || !err.is_empty();
        let mut text = out.join(" · ");
        if !err.is_empty() {
            if !text.is_empty() {
                text.push_str(" · ");
            }
            text.push_str(&err.lines().collect::<Vec<_>>().join(" · "));
        }
        self.status = Status { text, warning };
    }

    fn prompt_text(&self) -> String {
        self.prompt
            .as_ref()
            .map(|(_, i)| i.value().to_string())
            .unwrap_or_default()
    }

    fn open_prompt(&mut self, prompt: Prompt, initial: &str) {
        self.prompt = Some((prompt, Input::new(initial.to_string())));
    }

    /// Applies one message and says what I/O it needs.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        if let Some(overlay) = self.overlay.take() {
            return self.update_overlay(overlay, msg);
        }
        if self.prompt.is_some() {
            return self.update_prompt(msg);
        }
        match msg {
            Msg::Act(action) => self.act(action),
            _ => Vec::new(),
        }
    }

    /// Loading the card of whoever is selected now, unless it is shown.
    pub fn card_effects(&self) -> Vec<Effect> {
        let wanted = self.selected_person();
        let current = self.card.as_ref().map(|c| c.contact.id);
        match wanted {
            Some(id) if Some(id) != current => vec![Effect::LoadCard(id)],
            _ => Vec::new(),
        }
    }

    fn update_overlay(&mut self, overlay: Overlay, msg: Msg) -> Vec<Effect> {
        match overlay {
            Overlay::Help { scroll } => {
                let scroll = match msg {
                    Msg::Act(Action::Help | Action::Back | Action::Quit)
                    | Msg::Cancel
                    | Msg::No => {
                        return Vec::new();
                    }
                    Msg::Act(Action::Down) => scroll + 1,
                    Msg::Act(Action::Up) => scroll.saturating_sub(1),
                    Msg::Act(Action::PageDown) => scroll + self.page,
                    Msg::Act(Action::PageUp) => scroll.saturating_sub(self.page),
                    Msg::Act(Action::Top) => 0,
                    _ => scroll,
                };
                self.overlay = Some(Overlay::Help { scroll });
            }
            Overlay::Confirm { id, label } => match msg {
                Msg::Yes => {
                    return vec![Effect::Execute(vec!["rm".into(), id.0.to_string()])];
                }
                Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                    self.status = Status {
                        text: format!("kept {label}"),
                        warning: false,
                    };
                }
                _ => self.overlay = Some(Overlay::Confirm { id, label }),
            },
            Overlay::Output {
                title,
                lines,
                scroll,
            } => {
                let max = lines.len().saturating_sub(1);
                let scroll = match msg {
                    Msg::Act(Action::Down) => (scroll + 1).min(max),
                    Msg::Act(Action::Up) => scroll.saturating_sub(1),
                    Msg::Act(Action::PageDown) => (scroll + self.page).min(max),
                    Msg::Act(Action::PageUp) => scroll.saturating_sub(self.page),
                    Msg::Act(Action::Back | Action::Quit | Action::Open) | Msg::Cancel => {
                        return Vec::new();
                    }
                    _ => scroll,
                };
                self.overlay = Some(Overlay::Output {
                    title,
                    lines,
                    scroll,
                });
            }
            Overlay::Picker {
                words,
                query,
                candidates,
                selected,
            } => {
                let last = candidates.len().saturating_sub(1);
                let selected = match msg {
                    Msg::Act(Action::Down) => (selected + 1).min(last),
                    Msg::Act(Action::Up) => selected.saturating_sub(1),
                    Msg::Yes | Msg::Submit | Msg::Act(Action::Open) => {
                        let Some((id, _)) = candidates.get(selected) else {
                            return Vec::new();
                        };
                        let mut words = words;
                        if let Some(w) = words.iter_mut().find(|w| w.trim() == query) {
                            *w = id.0.to_string();
                        }
                        return vec![Effect::Execute(words)];
                    }
                    Msg::No | Msg::Cancel | Msg::Act(Action::Back | Action::Quit) => {
                        self.status = Status {
                            text: "nothing was done".into(),
                            warning: false,
                        };
                        return Vec::new();
                    }
                    _ => selected,
                };
                self.overlay = Some(Overlay::Picker {
                    words,
                    query,
                    candidates,
                    selected,
                });
            }
        }
        Vec::new()
    }

    fn update_prompt(&mut self, msg: Msg) -> Vec<Effect> {
        let Some((prompt, mut input)) = self.prompt.take() else {
            return Vec::new();
        };
        match msg {
            Msg::Edit(request) => {
                input.handle(request);
                let text = input.value().to_string();
                self.prompt = Some((prompt.clone(), input));
                match prompt {
                    Prompt::Filter => {
                        self.contacts.filter = text;
                        self.contacts.refresh(&self.data, None);
                        return self.card_effects();
                    }
                    Prompt::Search => self.search.refresh(&text),
                    Prompt::Command | Prompt::Capture { .. } => {}
                }
                Vec::new()
            }
            Msg::Complete => {
                if matches!(prompt, Prompt::Command) {
                    let completed = complete_name(input.value(), &self.data);
                    input = Input::new(completed);
                }
                self.prompt = Some((prompt, input));
                Vec::new()
            }
            Msg::Cancel | Msg::No => {
                match prompt {
                    Prompt::Filter => {
                        self.contacts.filter.clear();
                        self.contacts.refresh(&self.data, None);
                        return self.card_effects();
                    }
                    Prompt::Search => self.back(),
                    Prompt::Command | Prompt::Capture { .. } => {}
                }
                Vec::new()
            }
            Msg::Submit | Msg::Yes => {
                let text = input.value().trim().to_string();
                match prompt {
                    Prompt::Filter => Vec::new(),
                    Prompt::Search => {
                        self.prompt = None;
                        self.search.focused = true;
                        Vec::new()
                    }
                    Prompt::Command if text.is_empty() => Vec::new(),
                    Prompt::Command => match shell_words::split(&text) {
                        Ok(words) => vec![Effect::Execute(words)],
                        Err(e) => {
                            self.status = Status {
                                text: format!("cannot read that command line: {e}"),
                                warning: true,
                            };
                            self.prompt = Some((prompt, input));
                            Vec::new()
                        }
                    },
                    Prompt::Capture { verb, who, .. } => match capture_words(verb, who, &text) {
                        Ok(words) => vec![Effect::Execute(words)],
                        Err(e) => {
                            self.status = Status {
                                text: e,
                                warning: true,
                            };
                            self.prompt = Some((prompt, input));
                            Vec::new()
                        }
                    },
                }
            }
            Msg::Act(_) => {
                self.prompt = Some((prompt, input));
                Vec::new()
            }
        }
    }

    fn back(&mut self) {
        match self.screen {
            Screen::Search => {
                self.screen = self.previous;
                self.search.focused = false;
            }
            Screen::Contacts if self.contacts.pane == Pane::Detail => {
                self.contacts.pane = Pane::List
            }
            Screen::Contacts if !self.contacts.filter.is_empty() => {
                self.contacts.filter.clear();
                self.contacts.refresh(&self.data, None);
            }
            Screen::Interests if self.interests.pane == Pane::Detail => {
                self.interests.pane = Pane::List
            }
            _ => {}
        }
    }

    fn go(&mut self, screen: Screen) -> Vec<Effect> {
        self.screen = screen;
        self.card_effects()
    }

    fn act(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.running = false;
                Vec::new()
            }
            Action::Help => {
                self.overlay = Some(Overlay::Help { scroll: 0 });
                Vec::new()
            }
            Action::Back => {
                self.back();
                self.card_effects()
            }
            Action::ScreenContacts => self.go(Screen::Contacts),
            Action::ScreenInterests => self.go(Screen::Interests),
            Action::ScreenLedger => self.go(Screen::Ledger),
            Action::NextScreen => {
                let next = match self.screen {
                    Screen::Welcome | Screen::Search | Screen::Ledger => Screen::Contacts,
                    Screen::Contacts => Screen::Interests,
                    Screen::Interests => Screen::Ledger,
                };
                self.go(next)
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
                if self.search.docs.is_empty() {
                    vec![Effect::LoadSearch]
                } else {
                    Vec::new()
                }
            }
            Action::AddContact => {
                self.open_prompt(Prompt::Command, "add ");
                Vec::new()
            }
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => {
                self.move_selection(action);
                self.card_effects()
            }
            Action::Open => self.open(),
            _ => self.act_on_screen(action),
        }
    }

    fn move_selection(&mut self, action: Action) {
        let page = self.page.max(1);
        let step = |pos: usize, len: usize| -> usize {
            let last = len.saturating_sub(1);
            match action {
                Action::Up => pos.saturating_sub(1),
                Action::Down => (pos + 1).min(last),
                Action::PageUp => pos.saturating_sub(page),
                Action::PageDown => (pos + page).min(last),
                Action::Top => 0,
                _ => last,
            }
        };
        match self.screen {
            Screen::Contacts | Screen::Welcome => match self.contacts.pane {
                Pane::List => {
                    self.contacts.selected =
                        step(self.contacts.selected, self.contacts.visible.len())
                }
                Pane::Detail => {
                    let len = self.card.as_ref().map_or(0, |c| c.history.len());
                    self.contacts.history_scroll = step(self.contacts.history_scroll, len);
                }
            },
            Screen::Interests => match self.interests.pane {
                Pane::List => {
                    self.interests.selected =
                        step(self.interests.selected, self.data.interests.len());
                    self.interests.person = 0;
                }
                Pane::Detail => {
                    let len = self
                        .data
                        .interests
                        .get(self.interests.selected)
                        .map_or(0, |i| i.people.len());
                    self.interests.person = step(self.interests.person, len);
                }
            },
            Screen::Ledger => {
                self.ledger.selected = step(self.ledger.selected, self.ledger.visible.len())
            }
            Screen::Search => {
                self.search.selected = step(self.search.selected, self.search.results.len())
            }
        }
    }

    /// Enter: drill into the selection.
    fn open(&mut self) -> Vec<Effect> {
        let target = match self.screen {
            Screen::Contacts | Screen::Welcome => {
                self.contacts.pane = Pane::Detail;
                return self.card_effects();
            }
            Screen::Interests if self.interests.pane == Pane::List => {
                self.interests.pane = Pane::Detail;
                return Vec::new();
            }
            Screen::Interests => self
                .interests
                .selected_person(&self.data)
                .map(|id| (id, None)),
            Screen::Ledger => self
                .ledger
                .selected_line(&self.data)
                .map(|l| (l.entry.contact, Some(l.entry.id))),
            Screen::Search => self
                .search
                .selected_doc()
                .map(|d| (d.contact, Some(d.record))),
        };
        let Some((person, entry)) = target else {
            return Vec::new();
        };
        self.show_person(person, entry)
    }

    /// Jumps to a person on the contacts screen, optionally to one entry of
    /// their history.
    fn show_person(&mut self, person: Id, entry: Option<Id>) -> Vec<Effect> {
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

    fn act_on_screen(&mut self, action: Action) -> Vec<Effect> {
        match (self.screen, action) {
            (Screen::Contacts, Action::FocusNext) => {
                self.contacts.pane = match self.contacts.pane {
                    Pane::List => Pane::Detail,
                    Pane::Detail => Pane::List,
                };
                Vec::new()
            }
            (Screen::Interests, Action::FocusNext) => {
                self.interests.pane = Pane::Detail;
                Vec::new()
            }
            (Screen::Contacts, Action::Filter) => {
                self.contacts.pane = Pane::List;
                let current = self.contacts.filter.clone();
                self.open_prompt(Prompt::Filter, &current);
                Vec::new()
            }
            (Screen::Contacts, Action::CycleSort) => {
                self.contacts.sort = self.contacts.sort.next();
                self.contacts
                    .refresh(&self.data, self.contacts.selected_id(&self.data));
                self.status = Status {
                    text: format!("sorted by {}", self.contacts.sort.label()),
                    warning: false,
                };
                Vec::new()
            }
            (Screen::Contacts, Action::ToggleClosed) => {
                self.contacts.show_closed = !self.contacts.show_closed;
                self.contacts
                    .refresh(&self.data, self.contacts.selected_id(&self.data));
                self.status = Status {
                    text: if self.contacts.show_closed {
                        "showing closed relationships".into()
                    } else {
                        "closed relationships hidden".into()
                    },
                    warning: false,
                };
                self.card_effects()
            }
            (Screen::Contacts, Action::Delete) => {
                if let Some(row) = self.contacts.selected_row(&self.data) {
                    let (id, label) = match (self.contacts.pane, &self.card) {
                        (Pane::Detail, Some(card)) => {
                            match card.history.get(self.contacts.history_scroll) {
                                Some(item) => {
                                    let h = card.headline(item);
                                    (h.id, format!("{} {}", h.label, h.text))
                                }
                                None => (row.row.id, row.row.name.clone()),
                            }
                        }
                        _ => (row.row.id, format!("{} and their history", row.row.name)),
                    };
                    self.overlay = Some(Overlay::Confirm { id, label });
                }
                Vec::new()
            }
            (Screen::Ledger, Action::Delete) => {
                if let Some(line) = self.ledger.selected_line(&self.data) {
                    self.overlay = Some(Overlay::Confirm {
                        id: line.entry.id,
                        label: format!("{} {}: {}", line.entry.verb(), line.names, line.entry.text),
                    });
                }
                Vec::new()
            }
            (Screen::Contacts, Action::EditContact) => {
                if let Some(id) = self.contacts.selected_id(&self.data) {
                    self.open_prompt(Prompt::Command, &format!("edit {} ", id.0));
                }
                Vec::new()
            }
            (Screen::Contacts, Action::EditNotes) => self
                .contacts
                .selected_id(&self.data)
                .map(Effect::EditNotes)
                .into_iter()
                .collect(),
            (Screen::Contacts, a) => match Verb::for_action(a) {
                Some(verb) => {
                    if let Some(row) = self.contacts.selected_row(&self.data) {
                        let (who, name) = (row.row.id, row.row.name.clone());
                        self.open_prompt(Prompt::Capture { verb, who, name }, "");
                    }
                    Vec::new()
                }
                None => Vec::new(),
            },
            (
                Screen::Ledger,
                Action::CycleDirection
                | Action::CycleNature
                | Action::CycleState
                | Action::CycleKind,
            ) => {
                self.ledger.cycle(action);
                self.ledger.refresh(&self.data);
                self.card_effects()
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
