//! The overlays: layers drawn over a screen that take the keys while open.
//! Each is one unit in `overlays/` (its state, its keymap layer and what
//! its keys do; its drawing is in `ui/overlays/`), reached from the one
//! dispatch here: a new overlay is a variant, and the compiler asks for its
//! arm in each `match` below and in `ui::overlays`.

mod confirm;
mod draft;
mod form;
mod give_first;
mod help;
mod matches;
pub(super) mod output;
mod picker;

pub use draft::{DraftEditor, DraftView};
pub use output::Settle;

use super::{App, Effect, Form, Msg};
use crate::command::Command;
use crate::domain::Id;
use crate::journal::MatchReport;
use crate::keymap::Layer;

/// A layer drawn over the screen that takes the keys while open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
        /// The overlay it was opened over: its keys come first, and
        /// closing the help goes back to it.
        over: Option<Box<Overlay>>,
    },
    /// Asks before moving something to the trash.
    Confirm { id: Id, label: String },
    /// The output of a read command typed on the command line.
    Output {
        title: String,
        lines: Vec<String>,
        scroll: usize,
        /// For one open history entry: `y` marks it done, `n` declines it.
        settles: Option<Settle>,
    },
    /// A small form that builds a command (captures, adding, editing).
    Form(Form),
    /// A follow-up message drafted for a person.
    Draft(DraftView),
    /// Who could help a person, and whom they could help.
    Matches {
        report: MatchReport,
        selected: usize,
    },
    /// An ask to someone I never gave to: record a give first, ask anyway,
    /// or go back to the form.
    GiveFirst {
        ask: Command,
        /// The ask's form, for going back to it or bringing it back after
        /// the give.
        form: Form,
        who: Id,
        name: String,
    },
    /// A name was ambiguous: pick who was meant, and the command runs again.
    Picker {
        command: Command,
        query: String,
        candidates: Vec<(Id, String)>,
        selected: usize,
    },
}

impl Overlay {
    /// The help, at its top, over `over` if an overlay is open.
    pub(crate) fn help(over: Option<Overlay>) -> Overlay {
        Overlay::Help {
            scroll: 0,
            over: over.map(Box::new),
        }
    }

    /// The keymap layer that has the keys while this overlay is open.
    pub(crate) fn layer(&self) -> Layer {
        match self {
            Overlay::Help { .. } => help::LAYER,
            Overlay::Confirm { .. } => confirm::LAYER,
            Overlay::Output { .. } => output::LAYER,
            Overlay::Form(_) => form::LAYER,
            Overlay::Draft(_) => draft::LAYER,
            Overlay::Matches { .. } => matches::LAYER,
            Overlay::GiveFirst { .. } => give_first::LAYER,
            Overlay::Picker { .. } => picker::LAYER,
        }
    }

    /// The heading of the help over this overlay where its keys are its
    /// own (a form, who could help): the help then lists them alone, in
    /// [`Overlay::key_does`]'s words. `None`: its layer's title and words.
    pub(crate) fn heading(&self) -> Option<String> {
        match self {
            Overlay::Form(_) => Some(form::LAYER.title().to_string()),
            Overlay::Matches { report, .. } => Some(matches::heading(report)),
            _ => None,
        }
    }

    /// What `action` does on this overlay, said from its state, where
    /// [`Overlay::heading`] is some. `None`: it does nothing here.
    pub(crate) fn key_does(&self, action: crate::keymap::Action) -> Option<&'static str> {
        match self {
            Overlay::Form(form) => form.key_does(action),
            Overlay::Matches { report, .. } => matches::key_does(report, action),
            _ => None,
        }
    }
}

impl App {
    /// A message while `overlay` is open (taken out of the app): its unit
    /// puts it back if it stays open.
    pub(super) fn update_overlay(&mut self, overlay: Overlay, msg: Msg) -> Vec<Effect> {
        // Every overlay's help is its keys, first: one place opens it.
        if msg == Msg::Act(crate::keymap::Action::Help) && !matches!(overlay, Overlay::Help { .. })
        {
            self.overlay = Some(Overlay::help(Some(overlay)));
            return Vec::new();
        }
        match overlay {
            Overlay::Help { scroll, over } => help::update(self, scroll, over, msg),
            Overlay::Confirm { id, label } => confirm::update(self, id, label, msg),
            Overlay::Output {
                title,
                lines,
                scroll,
                settles,
            } => output::update(self, (title, lines), scroll, settles, msg),
            Overlay::Form(form) => form::update(self, form, msg),
            Overlay::Draft(view) => draft::update(self, view, msg),
            Overlay::Matches { report, selected } => matches::update(self, report, selected, msg),
            Overlay::GiveFirst {
                ask,
                form,
                who,
                name,
            } => give_first::update(self, (ask, form), (who, name), msg),
            Overlay::Picker {
                command,
                query,
                candidates,
                selected,
            } => picker::update(self, (command, query), candidates, selected, msg),
        }
    }
}
