//! Saving a form: the command it makes, an edit that changes nothing, or
//! the field that is missing or wrong (focused, its problem shown under it).

use chrono::NaiveDate;

use super::{Form, Slot};
use crate::command::Command;

/// Why a form's values make no command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// Nothing differs from what the form opened with.
    Unchanged,
    /// This field is missing or wrong, and why, in words naming it.
    Field(Slot, String),
    /// The field at this place is missing or wrong (one of several with
    /// the same slot, as a row of the event form).
    At(usize, String),
}

/// What saving a form comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Saved {
    /// The command to run.
    Run(Command),
    /// An edit that changes nothing: the form closes, there is nothing to
    /// save.
    Unchanged,
    /// A field is missing or wrong: the form stays open on it. The words
    /// for the status line.
    Refused(String),
}

impl Form {
    /// Saves the form: on a problem with a field, the focus goes to it and
    /// the problem is kept to be drawn beside it; a save that goes ahead
    /// forgets the last one.
    pub(crate) fn save(&mut self, today: NaiveDate) -> Saved {
        match self.command(today) {
            Ok(command) => {
                self.problem = None;
                Saved::Run(command)
            }
            Err(Problem::Unchanged) => Saved::Unchanged,
            Err(Problem::Field(slot, why)) => {
                match self.fields.iter().position(|f| f.slot == slot) {
                    Some(i) => self.refuse(i, why),
                    None => Saved::Refused(why),
                }
            }
            Err(Problem::At(i, why)) => self.refuse(i, why),
        }
    }

    /// A refusal naming the field at `at`: the focus goes to it, so what is
    /// typed next fixes it (a fix typed into the field that had the focus
    /// saved a person named by a sentence), and the words are kept to be
    /// drawn under it. Every refusal of a form goes through here.
    pub(crate) fn refuse(&mut self, at: usize, why: String) -> Saved {
        self.focus = at;
        self.problem = Some((at, why.clone()));
        Saved::Refused(why)
    }
}
