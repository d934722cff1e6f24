//! What a key does to the person selected, wherever they are selected (the
//! contacts, the review, an interest's or an event's people, the search's
//! results): one action, one meaning. Each screen's unit says who is
//! selected ([`super::screens`]); what the key does to them is here. And
//! the word a key with nothing to do on the screen in view gives instead
//! of silence.

use super::{Action, App, EditTarget, Effect, Form, Overlay, Pane, Screen, Status, Verb};
use crate::command::Command;
use crate::domain::{EntryState, Id};
use crate::journal::HistoryItem;

impl App {
    /// `action` for the person the screen in view has selected: a screen
    /// that lists people gets every person key by saying who is selected.
    pub(super) fn act_on_selected(&mut self, action: Action) -> Vec<Effect> {
        if !acts_on_a_person(action) {
            return self.not_here(action);
        }
        let Some(id) = self.selected_person() else {
            return self.nothing_here("nobody is selected: pick a person first");
        };
        let name = self
            .data
            .people
            .iter()
            .find(|p| p.row.id == id)
            .map_or_else(|| id.to_string(), |p| p.row.name.to_string());
        if let Some(verb) = Verb::for_action(action) {
            let form = self.capture_form(verb, id, &name);
            self.overlay = Some(Overlay::Form(form));
            return Vec::new();
        }
        match action {
            Action::Draft => vec![Effect::Draft {
                contact: id,
                meeting: None,
                follow_up: None,
            }],
            _ => self
                .act_on_person(action, id, &name)
                .unwrap_or_else(|| self.not_here(action)),
        }
    }

    /// `action` for the person `id` called `name`, if it is one that acts
    /// on a person.
    pub(super) fn act_on_person(
        &mut self,
        action: Action,
        id: Id,
        name: &str,
    ) -> Option<Vec<Effect>> {
        match action {
            Action::EditContact => {
                match self.card.as_ref().filter(|c| c.contact.id == id) {
                    Some(card) => self.overlay = Some(Overlay::Form(Form::edit_card(card))),
                    // Their card is on its way: the form needs all of it.
                    None => self.say(format!("{name}'s card is still loading: press again")),
                }
                Some(Vec::new())
            }
            Action::MergeDuplicate => {
                self.overlay = Some(Overlay::Form(Form::merge(id, name)));
                Some(Vec::new())
            }
            Action::CloseRelationship => {
                self.overlay = Some(Overlay::Form(Form::close(id, name)));
                Some(Vec::new())
            }
            Action::WhoCouldHelp => Some(vec![Effect::LoadMatches(id)]),
            Action::Delete => {
                self.ask_to_delete(id, name);
                Some(Vec::new())
            }
            Action::EditNotes => Some(vec![Effect::Edit(EditTarget::Notes(id))]),
            _ => None,
        }
    }

    /// Asks before moving `id` (called `name`) to the trash, or, with the
    /// card's history in focus, the entry under the cursor.
    fn ask_to_delete(&mut self, id: Id, name: &str) {
        // Only the contacts' and the review's detail pane is a history (an
        // interest's or an event's is its people).
        let history = matches!(
            self.screen,
            Screen::Contacts | Screen::Review | Screen::Welcome
        ) && self.pane() == Pane::Detail;
        let entry = match (history, &self.card) {
            (true, Some(card)) if card.contact.id == id => card
                .history
                .get(self.contacts.history_scroll)
                .map(|item| card.headline(item)),
            _ => None,
        };
        let (id, label) = match entry {
            Some(h) => (h.id, format!("{} {}", h.label, h.text)),
            None => (id, format!("{name} and their history")),
        };
        self.overlay = Some(Overlay::Confirm { id, label });
    }

    /// `e` in a card's history: the details of the meeting under the
    /// cursor, or a word on why an entry of another kind has none (never
    /// the person's notes, which `e` on the list writes).
    pub(super) fn edit_entry_details(&mut self) -> Vec<Effect> {
        let Some(card) = &self.card else {
            return Vec::new();
        };
        let Some(item) = card.history.get(self.contacts.history_scroll) else {
            return self.nothing_here("the history is empty");
        };
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
        Vec::new()
    }

    /// `d` (done) or `x` (decline) on the ledger's selected entry, by the
    /// same commands as the shell's.
    pub(super) fn settle_entry(&mut self, action: Action) -> Vec<Effect> {
        let Some(line) = self.ledger.selected_line(&self.data) else {
            return self.nothing_here("no entry is selected");
        };
        let entry = &line.entry;
        if entry.state != EntryState::Open {
            let text = format!(
                "this entry is {} already: only an open one can be marked done or declined",
                entry.state.as_str()
            );
            return self.nothing_here(&text);
        }
        let id = entry.id;
        vec![Effect::run(match action {
            Action::Dismiss => Command::Decline { id },
            _ => Command::Done { id },
        })]
    }

    /// Says why a key did nothing, rather than nothing.
    pub(super) fn nothing_here(&mut self, why: &str) -> Vec<Effect> {
        self.say(format!("{why} (? lists this screen's keys)"));
        self.fleeting = Some(self.status.text.clone());
        Vec::new()
    }

    /// Says that `action` has no meaning on the screen in view.
    pub(super) fn not_here(&mut self, action: Action) -> Vec<Effect> {
        self.nothing_here(&format!("not on this screen: {}", action.describe()))
    }

    pub(super) fn say(&mut self, text: String) {
        self.status = Status {
            text,
            warning: false,
        };
    }
}

/// Whether `action` is one of the keys that act on the selected person
/// (the copy key is answered by [`App::copy_reach`], on every screen).
pub(crate) fn acts_on_a_person(action: Action) -> bool {
    Verb::for_action(action).is_some()
        || matches!(
            action,
            Action::Draft
                | Action::EditContact
                | Action::MergeDuplicate
                | Action::CloseRelationship
                | Action::WhoCouldHelp
                | Action::Delete
                | Action::EditNotes
        )
}
