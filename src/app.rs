//! The TUI's state and its transitions, free of terminal and storage code.
//!
//! The runtime turns key events into [`Msg`]s, calls [`App::update`], and
//! performs the [`Effect`]s it returns (running a command, loading a card),
//! handing the results back through [`App::loaded`], [`App::card_loaded`],
//! [`App::search_loaded`] and [`Msg::Ran`]. Rendering reads the state.

pub mod data;
pub mod form;
mod lists;
mod modal;
mod mouse;
mod navigate;
mod overlay;
mod prompt;
mod ran;
pub mod review;

use chrono::NaiveDate;
use tui_input::{Input, InputRequest};

pub use crate::keymap::Action;
pub use data::{Data, LedgerLine, Loaded, Part, PersonRow};
pub use form::{Form, Verb};
pub use lists::{ContactsState, EventsState, InterestsState, LedgerState, SearchState, Sort};
pub use mouse::Spot;
pub use overlay::{DraftEditor, DraftView, Overlay, Settle};
pub use prompt::{Prompt, complete_name};
pub use review::{ReviewState, Summary};

use crate::command::{self, Command};
use crate::domain::Id;
use crate::journal::{Card, MatchReport};

/// The screens, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Review,
    Contacts,
    Interests,
    Ledger,
    Stats,
    Events,
    Search,
}

impl Screen {
    /// The part of the data this screen shows beyond what every screen has.
    pub fn part(self) -> Option<Part> {
        match self {
            Screen::Interests => Some(Part::Interests),
            Screen::Ledger => Some(Part::Ledger),
            Screen::Stats => Some(Part::Stats),
            Screen::Events => Some(Part::Events),
            Screen::Welcome | Screen::Review | Screen::Contacts | Screen::Search => None,
        }
    }
}

/// Which pane of a two-pane screen has the keyboard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    List,
    Detail,
}

/// Input for [`App::update`].
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A bound action (outside text fields).
    Act(Action),
    /// Editing the open text field.
    Edit(InputRequest),
    Submit,
    Cancel,
    /// Complete the name under the cursor.
    Complete,
    /// Answer to a confirmation or a picker; on a draft, "mark sent".
    Yes,
    No,
    /// On a draft: copy it to the clipboard.
    Copy,
    /// On a draft: edit it in `$EDITOR`.
    EditText,
    /// On a draft: edit it right here.
    EditHere,
    /// A key for the draft being edited here.
    DraftKey(ratatui_textarea::Input),
    /// A command the app asked for ran.
    Ran(Box<Ran>),
    /// A line for the status bar (where a key's action moved).
    Notice(String),
    /// A click on what was drawn there.
    Click(Spot),
    /// The wheel over a pane.
    Wheel {
        pane: Pane,
        down: bool,
    },
}

/// I/O the runtime performs for the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Run a journal command; its report comes back as [`Msg::Ran`].
    Run {
        command: Command,
        /// Its report as JSON (typed on the command line with `--json`).
        json: bool,
    },
    /// Load a part of the data the screen in view needs.
    Load(Part),
    LoadCard(Id),
    LoadSearch,
    /// Edit a long text in the user's editor (needs the terminal).
    Edit(EditTarget),
    /// Draft a follow-up for a person (about one meeting, completing one
    /// follow-up, when given).
    Draft {
        contact: Id,
        meeting: Option<Id>,
        follow_up: Option<Id>,
    },
    /// Put text on the clipboard (OSC 52, needs the terminal).
    Copy(String),
    LoadMatches(Id),
}

/// A long text to edit in `$EDITOR`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditTarget {
    /// A person's notes.
    Notes(Id),
    /// The details of an interaction.
    Details(Id),
    /// The open draft; the edited text comes back to it.
    Draft(String),
}

/// A command that ran, and what came of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Ran {
    pub command: Command,
    pub json: bool,
    pub result: command::Ran,
}

impl Effect {
    /// Runs `command`, its report shown as text.
    pub fn run(command: Command) -> Effect {
        Effect::Run {
            command,
            json: false,
        }
    }
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
    pub events: EventsState,
    pub ledger: LedgerState,
    pub search: SearchState,
    pub review: ReviewState,
    pub status: Status,
    /// Why nothing more can be saved and what to do (the disk refused a
    /// write; the journal's folder was moved): shown until the TUI ends.
    pub refused: Option<String>,
    pub today: NaiveDate,
    pub store_path: String,
    pub running: bool,
    /// Rows a page holds, from the last frame's size.
    pub page: usize,
    /// An entry to show once its person's card has loaded (from search).
    pending_entry: Option<Id>,
    /// A person just added: selected once the lists hold them.
    pending_person: Option<Id>,
    /// A submitted form, reopened if its command fails so nothing typed is
    /// lost.
    submitted: Option<Form>,
    /// An ask put off to record a give first: its form comes back once the
    /// give is saved.
    after_give: Option<(Id, Form)>,
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
            events: EventsState::default(),
            ledger: LedgerState::default(),
            search: SearchState::default(),
            review: ReviewState::default(),
            status: Status::default(),
            refused: None,
            today,
            store_path,
            running: true,
            page: 10,
            pending_entry: None,
            pending_person: None,
            submitted: None,
            after_give: None,
        };
        app.loaded(data);
        if app.data.people.is_empty() {
            app.screen = Screen::Welcome;
        } else if !app.data.review.items.is_empty() {
            app.screen = Screen::Review;
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
            Screen::Search => self.search.selected_hit().map(|h| h.id),
            Screen::Review => self.selected_item().map(|i| i.contact),
            Screen::Events => self.events.selected_person(&self.data),
            Screen::Stats => None,
        }
    }

    /// A part the screen in view needed, as loaded.
    pub fn part_loaded(&mut self, loaded: Loaded) {
        let words = matches!(loaded, Loaded::Words(_));
        self.data.put(loaded);
        if words {
            self.contacts.people_changed();
            let keep = self.contacts.selected_id(&self.data);
            self.contacts.refresh(&self.data, keep);
        }
        self.interests.clamp(&self.data);
        self.ledger.refresh(&self.data);
    }

    /// New data from the journal: lists are rebuilt, selections kept by id.
    pub fn loaded(&mut self, data: Data) {
        let keep = self
            .pending_person
            .take()
            .or_else(|| self.contacts.selected_id(&self.data));
        self.data = data;
        self.contacts.people_changed();
        self.contacts.refresh(&self.data, keep);
        self.interests.clamp(&self.data);
        self.ledger.refresh(&self.data);
        self.clamp_review();
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

    /// A draft was built (or could not be, and says why).
    pub fn draft_loaded(&mut self, draft: Result<DraftView, String>) {
        match draft {
            Ok(view) => self.overlay = Some(Overlay::Draft(view)),
            Err(why) => {
                self.status = Status {
                    text: why,
                    warning: true,
                };
            }
        }
    }

    pub fn matches_loaded(&mut self, report: MatchReport) {
        if report.all().is_empty() {
            self.status = Status {
                text: format!(
                    "no matches for {} yet: add needs and offers (E edits)",
                    report.person.name
                ),
                warning: true,
            };
            return;
        }
        self.overlay = Some(Overlay::Matches {
            report,
            selected: 0,
        });
    }

    /// The draft came back from the editor.
    pub fn draft_edited(&mut self, text: String) {
        if let Some(Overlay::Draft(view)) = &mut self.overlay {
            view.text = text.trim_end().to_string();
        }
    }

    pub fn search_loaded(&mut self, index: crate::domain::search::Index) {
        self.search.set_index(index);
        let query = self.prompt_text();
        self.search.refresh(&query);
    }

    /// A line for the status bar that no command made (the editor's).
    pub fn notice(&mut self, text: String, warning: bool) {
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
        if let Msg::Ran(ran) = msg {
            self.ran(*ran);
            return Vec::new();
        }
        if let Msg::Notice(text) = msg {
            self.notice(text, false);
            return Vec::new();
        }
        if let Msg::Click(_) | Msg::Wheel { .. } = msg {
            // An overlay or a text field keeps the input while it is open.
            if self.overlay.is_some() || self.prompt.is_some() {
                return Vec::new();
            }
            return match msg {
                Msg::Click(spot) => self.click(spot),
                Msg::Wheel { pane, down } => self.wheel(pane, down),
                _ => Vec::new(),
            };
        }
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
    /// On the contacts screen, an empty list shows no card.
    pub fn card_effects(&mut self) -> Vec<Effect> {
        if let Some(part) = self.screen.part()
            && !self.data.has(part)
        {
            // The runtime asks again once the part is there.
            return vec![Effect::Load(part)];
        }
        let wanted = self.selected_person();
        let current = self.card.as_ref().map(|c| c.contact.id);
        match wanted {
            Some(id) if Some(id) != current => vec![Effect::LoadCard(id)],
            None if matches!(self.screen, Screen::Contacts | Screen::Review) => {
                self.card = None;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The pane with the keyboard on the screen in view.
    pub fn pane(&self) -> Pane {
        match self.screen {
            Screen::Contacts | Screen::Welcome => self.contacts.pane,
            Screen::Review => self.review.pane,
            Screen::Interests => self.interests.pane,
            Screen::Events => self.events.pane,
            Screen::Ledger | Screen::Stats | Screen::Search => Pane::List,
        }
    }

    fn back(&mut self) {
        match self.screen {
            Screen::Review if self.review.pane == Pane::Detail => self.review.pane = Pane::List,
            Screen::Search => {
                self.screen = self.previous;
                self.search.focused = false;
            }
            Screen::Contacts if self.contacts.pane == Pane::Detail => {
                self.contacts.pane = Pane::List
            }
            Screen::Contacts if !self.contacts.filter.is_empty() => {
                // The person picked through the filter stays picked.
                let keep = self.contacts.selected_id(&self.data);
                self.contacts.filter.clear();
                self.contacts.refresh(&self.data, keep);
            }
            Screen::Interests if self.interests.pane == Pane::Detail => {
                self.interests.pane = Pane::List
            }
            Screen::Events if self.events.pane == Pane::Detail => self.events.pane = Pane::List,
            _ => {}
        }
    }

    fn go(&mut self, screen: Screen) -> Vec<Effect> {
        self.screen = screen;
        self.card_effects()
    }
}
