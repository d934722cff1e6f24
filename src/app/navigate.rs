//! Actions outside text fields and overlays: moving, switching screens and
//! panes, opening, and the single-key captures.

use super::{
    Action, App, EditTarget, Effect, Form, Overlay, Pane, Part, Prompt, Screen, Status, Verb,
};
use crate::command::Command;
use crate::domain::Id;
use crate::journal::HistoryItem;

/// The screens in the order of their tabs (and of their number keys).
const TABS: [Screen; 6] = [
    Screen::Review,
    Screen::Contacts,
    Screen::Interests,
    Screen::Ledger,
    Screen::Stats,
    Screen::Events,
];

impl App {
    pub(super) fn act(&mut self, action: Action) -> Vec<Effect> {
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
            Action::ScreenReview => self.go(Screen::Review),
            Action::ScreenContacts => self.go(Screen::Contacts),
            Action::ScreenInterests => self.go(Screen::Interests),
            Action::ScreenLedger => self.go(Screen::Ledger),
            Action::ScreenStats => self.go(Screen::Stats),
            Action::ScreenEvents => self.go(Screen::Events),
            Action::NextScreen | Action::PrevScreen => {
                let n = TABS.len();
                let next = match TABS.iter().position(|s| *s == self.screen) {
                    Some(i) if action == Action::NextScreen => TABS[(i + 1) % n],
                    Some(i) => TABS[(i + n - 1) % n],
                    None => Screen::Contacts,
                };
                self.go(next)
            }
            Action::FocusNext | Action::FocusPrev => {
                // Every screen has at most two panes: forward and back
                // both move to the other one.
                let other = |pane: Pane| match pane {
                    Pane::List => Pane::Detail,
                    Pane::Detail => Pane::List,
                };
                match self.screen {
                    Screen::Contacts | Screen::Welcome => {
                        self.contacts.pane = other(self.contacts.pane)
                    }
                    Screen::Review if self.card.is_some() => {
                        self.review.pane = other(self.review.pane)
                    }
                    Screen::Interests => self.interests.pane = other(self.interests.pane),
                    Screen::Events => self.events.pane = other(self.events.pane),
                    Screen::Review | Screen::Ledger | Screen::Stats | Screen::Search => {}
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
            Action::Export => {
                self.overlay = Some(Overlay::Form(Form::export()));
                Vec::new()
            }
            Action::AddContact => {
                self.overlay = Some(Overlay::Form(Form::add_contact()));
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
            Screen::Review => match self.review.pane {
                Pane::List => {
                    self.review.selected = step(self.review.selected, self.data.review.items.len())
                }
                Pane::Detail => {
                    let len = self.card.as_ref().map_or(0, |c| c.history.len());
                    self.contacts.history_scroll = step(self.contacts.history_scroll, len);
                }
            },
            Screen::Stats => {}
            Screen::Events => match self.events.pane {
                Pane::List => {
                    self.events.selected = step(self.events.selected, self.data.events.len());
                    self.events.person = 0;
                }
                Pane::Detail => {
                    let len = self
                        .data
                        .events
                        .get(self.events.selected)
                        .map_or(0, |e| e.people.len());
                    self.events.person = step(self.events.person, len);
                }
            },
        }
    }

    /// Enter: drill into the selection.
    fn open(&mut self) -> Vec<Effect> {
        let target = match self.screen {
            Screen::Contacts | Screen::Review if self.pane() == Pane::Detail => {
                self.show_entry();
                return Vec::new();
            }
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
            Screen::Search => self.search.selected_hit().map(|h| (h.id, h.record)),
            Screen::Review => self.selected_item().map(|i| (i.contact, i.reason.record())),
            Screen::Stats => None,
            Screen::Events if self.events.pane == Pane::List => {
                self.events.pane = Pane::Detail;
                return self.card_effects();
            }
            Screen::Events => self.events.selected_person(&self.data).map(|id| (id, None)),
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
        if self.screen == Screen::Review {
            return self.act_on_review(action);
        }
        match (self.screen, action) {
            (Screen::Contacts, Action::Filter) => {
                self.contacts.pane = Pane::List;
                let current = self.contacts.filter.clone();
                self.open_prompt(Prompt::Filter, &current);
                if self.data.has(Part::Words) {
                    Vec::new()
                } else {
                    vec![Effect::Load(Part::Words)]
                }
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
                                None => (row.row.id, row.row.name.to_string()),
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
                let selected = self.contacts.selected_id(&self.data);
                if let Some(card) = self
                    .card
                    .as_ref()
                    .filter(|c| Some(c.contact.id) == selected)
                {
                    self.overlay = Some(Overlay::Form(Form::edit_contact(&card.contact)));
                }
                Vec::new()
            }
            (Screen::Contacts, Action::MergeDuplicate) => {
                if let Some(row) = self.contacts.selected_row(&self.data) {
                    self.overlay = Some(Overlay::Form(Form::merge(row.row.id, &row.row.name)));
                }
                Vec::new()
            }
            (Screen::Contacts, Action::CloseRelationship) => {
                if let Some(row) = self.contacts.selected_row(&self.data) {
                    self.overlay = Some(Overlay::Form(Form::close(row.row.id, &row.row.name)));
                }
                Vec::new()
            }
            (Screen::Contacts, Action::WhoCouldHelp) => self
                .contacts
                .selected_id(&self.data)
                .map(Effect::LoadMatches)
                .into_iter()
                .collect(),
            (Screen::Contacts, Action::Draft) => {
                let meeting = match (self.contacts.pane, &self.card) {
                    (Pane::Detail, Some(card)) => {
                        match card.history.get(self.contacts.history_scroll) {
                            Some(HistoryItem::Interaction(i)) => Some(i.id),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                self.contacts
                    .selected_id(&self.data)
                    .map(|contact| Effect::Draft {
                        contact,
                        meeting,
                        follow_up: None,
                    })
                    .into_iter()
                    .collect()
            }
            (Screen::Contacts, Action::EditNotes) => {
                // In the history, `e` is about the entry under the cursor:
                // a meeting's details, or nothing for an entry without any
                // (never the person's notes, which `e` on the list writes).
                if let (Pane::Detail, Some(card)) = (self.contacts.pane, &self.card)
                    && let Some(item) = card.history.get(self.contacts.history_scroll)
                {
                    if let HistoryItem::Interaction(i) = item {
                        return vec![Effect::Edit(EditTarget::Details(i.id))];
                    }
                    let label = card.headline(item).label;
                    self.status = Status {
                        text: format!(
                            "this {label} entry has no details; e writes a meeting's details, or {}'s notes from the list",
                            card.contact.name
                        ),
                        warning: true,
                    };
                    return Vec::new();
                }
                self.contacts
                    .selected_id(&self.data)
                    .map(EditTarget::Notes)
                    .map(Effect::Edit)
                    .into_iter()
                    .collect()
            }
            (Screen::Contacts, a) => match Verb::for_action(a) {
                Some(verb) => {
                    if let Some(row) = self.contacts.selected_row(&self.data) {
                        let form = self.capture_form(verb, row.row.id, &row.row.name);
                        self.overlay = Some(Overlay::Form(form));
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
