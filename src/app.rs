//! The TUI's state and its transitions, free of terminal and storage code.
//!
//! The runtime turns key events into [`Msg`]s, calls [`App::update`] and
//! performs the [`Effect`]s it returns (running a command, loading a card);
//! their results come back as messages (`app/results.rs`). Rendering reads it.

pub mod data;
mod event;
pub mod form;
mod keep;
mod lists;
mod modal;
mod mouse;
mod navigate;
mod overlays;
mod owed;
mod person;
mod prompt;
mod ran;
mod reach;
mod results;
pub mod review;
mod screens;
mod view;

use chrono::NaiveDate;
use tui_input::{Input, InputRequest};

pub use crate::keymap::{Action, Layer};
pub use data::{Data, LedgerLine, Loaded, Part, PersonRow};
pub use form::{Form, Verb};
pub use lists::{ContactsState, EventsState, InterestsState, LedgerState, Pane, SearchState, Sort};
pub use mouse::Spot;
pub use navigate::moves::Room;
pub use overlays::{DraftEditor, DraftView, Overlay, Settle};
#[cfg(test)]
pub(crate) use person::acts_on_a_person;
pub use prompt::{Prompt, complete_name};
pub(crate) use results::elsewhere_words;
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
        self.entry().part
    }

    /// The keymap layer of the screen's own keys (the global ones lie
    /// under every screen's).
    pub fn layer(self) -> Layer {
        self.entry().layer
    }
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
    /// A status line that warns (a load failed, an editor could not run).
    Warning(String),
    /// How the clipboard took what the app asked to copy (`warning`: it
    /// cannot confirm it). Said of whomever the copy was: it goes when
    /// someone else is shown, as the copy key's own line does.
    Copied {
        said: String,
        warning: bool,
    },
    /// Changes another shell made while the TUI held the journal, each as
    /// the shell's report said it (the data comes after, in `Loaded`).
    Elsewhere(Vec<String>),
    /// The data, brought up to date after a change.
    Loaded(Box<Data>),
    /// A part a screen needed.
    PartLoaded(Box<Loaded>),
    /// The card of whoever is selected (none: they are gone).
    CardLoaded(Option<Box<Card>>),
    /// Every history text, for the search.
    SearchLoaded(Box<crate::domain::search::Index>),
    /// A draft, or why none could be built.
    DraftLoaded(Box<Result<DraftView, String>>),
    MatchesLoaded(Box<MatchReport>),
    /// How two people know each other now, if they do (for the intro form).
    Knew(Id, Id, Option<crate::domain::matching::Acquaintance>),
    /// The draft's text as the editor left it.
    DraftEdited(String),
    /// Why nothing more can be saved, if so (the runtime watches).
    Refused(Option<String>),
    /// Midnight passed with the TUI open: this is the new day.
    DayTurned(NaiveDate),
    /// What the frame just drawn holds: a page's rows, a panel's end.
    Drawn(Room),
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
    /// Ask the journal whether two people know each other already.
    AskKnows(Id, Id),
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
    /// Its report as the print layer words it (nothing for an error,
    /// which is data: an ambiguity, a refusal).
    pub printed: Printed,
}

/// A report printed, line by line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Printed {
    /// What was asked for.
    pub out: Vec<String>,
    /// Warnings, and why a command did not do what it was asked.
    pub err: Vec<String>,
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
    screen: Screen,
    /// Where `back` returns from the search screen.
    previous: Screen,
    overlay: Option<Overlay>,
    prompt: Option<(Prompt, Input)>,
    /// The open field's text is the last query, selected: the first
    /// character typed replaces it, a move keeps it.
    prompt_selected: bool,
    data: Data,
    contacts: ContactsState,
    card: Option<Card>,
    interests: InterestsState,
    events: EventsState,
    ledger: LedgerState,
    search: SearchState,
    review: ReviewState,
    status: Status,
    /// Why nothing more can be saved and what to do (the disk refused a
    /// write; the journal's folder was moved): shown until the TUI ends.
    refused: Option<String>,
    today: NaiveDate,
    store_path: String,
    running: bool,
    /// Rows a page holds and where a scrolled panel ends, from the last frame.
    room: Room,
    /// An entry to show once its person's card has loaded (from search).
    pending_entry: Option<Id>,
    /// A person just added: selected once the lists hold them.
    pending_person: Option<Id>,
    /// Whom an undo or redo was about: selected where listed again.
    pending_undone: Option<Id>,
    /// What the status said of the key just pressed: stale at the next key.
    fleeting: Option<String>,
    /// A submitted form, reopened if its command fails so nothing typed is
    /// lost.
    submitted: Option<Form>,
    /// An ask put off to record a give first: its form comes back once the
    /// give is saved.
    after_give: Option<(Id, Form)>,
    /// The way to reach someone the copy key took last, on whose card.
    copied: reach::Copied,
    /// A status about one person (what was copied): it goes when another is selected.
    said_of: Option<(Id, String)>,
    /// Every list's selection as it was when the runtime took the data to
    /// bring it up to date: selected again once it is back.
    lent: Option<keep::Kept>,
    /// Selections of parts not loaded since the last reload (and of the
    /// search's texts), selected again when they load.
    kept: Option<keep::Kept>,
}

impl App {
    pub fn new(data: Data, today: NaiveDate, store_path: String) -> App {
        let mut app = App {
            screen: Screen::Contacts,
            previous: Screen::Contacts,
            overlay: None,
            prompt: None,
            prompt_selected: false,
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
            room: Room::default(),
            pending_entry: None,
            pending_person: None,
            pending_undone: None,
            fleeting: None,
            submitted: None,
            after_give: None,
            copied: None,
            said_of: None,
            lent: None,
            kept: None,
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
        self.screen.unit().selected_person(self)
    }

    /// The data, taken out to be updated in place (cheaper than a copy);
    /// every list's selection is kept until [`Msg::Loaded`] brings it back.
    pub fn take_data(&mut self) -> Data {
        self.lent = Some(self.remember());
        std::mem::take(&mut self.data)
    }

    /// New data: lists rebuilt, every selection kept by id (a new person selected).
    fn loaded(&mut self, data: Data) {
        let mut kept = self.lent.take().unwrap_or_else(|| self.remember());
        if let Some(added) = self.pending_person.take() {
            kept.select_person(added);
        }
        kept.prefer = self.pending_undone.take();
        self.data = data;
        self.contacts.people_changed();
        self.interests.clamp(&self.data);
        self.ledger.refresh(&self.data);
        self.restore(kept);
        self.clamp_review();
        if self.screen == Screen::Welcome && !self.data.people.is_empty() {
            self.screen = Screen::Contacts;
        }
    }

    /// Opens a text field on `initial`, selected so that typing starts a
    /// new query and a move or enter goes on with the old one.
    pub(super) fn open_prompt(&mut self, prompt: Prompt, initial: &str) {
        self.prompt_selected = !initial.is_empty();
        self.prompt = Some((prompt, Input::new(initial.to_string())));
    }

    /// Applies one message and says what I/O it needs.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let (screen, said) = (self.screen, self.status.clone());
        let effects = self.step(msg);
        self.forget_said_of();
        // What the status said was of the screen it was said on, warnings
        // too (trial 28c: "nothing to mark done: …" of a review line still
        // showed on Stats and Events): another screen starts without it,
        // unless the step that brought it there said something. What
        // stops every save stays, apart (`refused`); the welcome becoming
        // the contacts is the same place, filled.
        if self.screen != screen && screen != Screen::Welcome && self.status == said {
            self.status = Status::default();
        }
        effects
    }

    fn step(&mut self, msg: Msg) -> Vec<Effect> {
        // What the runtime brought back is taken whatever is open.
        let msg = match self.arrived(msg) {
            Ok(effects) => return effects,
            Err(msg) => msg,
        };
        self.key_pressed(&msg);
        if let Msg::Click(_) | Msg::Wheel { .. } = msg {
            // An overlay or a text field keeps the input while it is open.
            if !self.mouse_reaches(&msg) {
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
        // The keys of the field being typed into, over it.
        if self.prompt.is_some() && msg == Msg::Act(Action::Help) {
            self.overlay = Some(Overlay::help(None));
            return Vec::new();
        }
        if self.prompt.is_some() {
            return self.update_prompt(msg);
        }
        match msg {
            Msg::Act(action) => {
                let before = self.status.clone();
                let effects = self.act(action);
                // A form or window opened on this key: what the status said
                // was of something before it ("nothing saved"); the last
                // message is still shown whole.
                if self.overlay.is_some() && self.status == before && action != Action::ShowStatus {
                    self.status = Status::default();
                }
                effects
            }
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
        self.screen.unit().pane(self)
    }

    fn back(&mut self) {
        self.screen.unit().back(self);
    }

    /// Shows `screen` (what the status said goes with the screen left:
    /// `update`). The person selected comes along, where the new screen
    /// lists them.
    fn go(&mut self, screen: Screen) -> Vec<Effect> {
        let person = (screen != self.screen)
            .then(|| self.selected_person())
            .flatten();
        self.screen = screen;
        if let Some(person) = person {
            screen.unit().carry(self, person);
        }
        self.card_effects()
    }
}
