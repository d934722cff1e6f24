//! Forms that offer the open requests they may answer.

use tui_input::Input;

use super::{Field, Form, Makes, Slot};
use crate::domain::review::Pending;
use crate::domain::{Id, LedgerEntry};

impl Form {
    /// A *got* form offering my requests to them that are still open, so
    /// one favour is counted once without anyone remembering an id: with
    /// one, it answers that one unless its id is cleared; with more, it
    /// lists them, newest first, and the id typed says which.
    pub fn offering(mut self, open: &[&LedgerEntry]) -> Form {
        const SHOWN: usize = 4;
        let Some(field) = self.fields.iter_mut().find(|f| f.slot == Slot::Answers) else {
            return self;
        };
        match open {
            [] => {}
            [one] => {
                // Typed in, not the initial value: it is said unless cleared.
                field.input = Input::new(one.id.to_string());
                self.notes.push(format!(
                    "answers your open request {}: {} (clear the id if it does not)",
                    one.id, one.text
                ));
            }
            many => {
                self.notes.push(format!(
                    "your {} open requests: type the id of the one it answers, or leave it empty",
                    many.len()
                ));
                for e in many.iter().take(SHOWN) {
                    self.notes.push(format!("  {}  {}", e.id, e.text));
                }
                if many.len() > SHOWN {
                    self.notes
                        .push(format!("  and {} older ones", many.len() - SHOWN));
                }
            }
        }
        self
    }

    /// Introducing `a` to `b`: why, how big a favour, the request it
    /// answers, when to check how it went. Why is the one need it is for,
    /// in the words it was written in (so in their language): it is saved
    /// as the give's text, read as "introduced a CFO (with Nicola Longo)";
    /// the needs joined ("investor introductions; an investor", trial 26y)
    /// read as nothing done. The need an open request of `whose` asked
    /// for comes first, and that request is filled in as answered, so `d`
    /// on it later does not count one favour twice (trials 26y, 26z).
    pub fn intro(a: (Id, &str), b: (Id, &str), need: &str, request: Option<(Id, &str)>) -> Form {
        let mut answers = Field::new("answers the request (its id)", Slot::Answers);
        let mut notes = Vec::new();
        if let Some((id, whose)) = request {
            // Typed in, not the initial value: it is said unless cleared.
            answers.input = Input::new(id.to_string());
            notes.push(format!(
                "answers {whose}'s request {id}, for \"{need}\" (clear the id if it does not)"
            ));
        }
        let mut form = Form::of(
            format!("introduce {} and {}", a.1, b.1),
            Makes::Intro(a.0, b.0),
            vec![
                Field::with("why they should meet", Slot::Text, need.to_string()),
                Field::new("weight 1-5", Slot::Weight),
                answers,
                Field::new("check how it went in (30d)", Slot::FollowUpIn),
            ],
        );
        form.notes = notes;
        form
    }

    /// A *gave* form opened from their request's line: what I give answers
    /// that request, so one favour is one record (the request granted),
    /// not a give beside a request still open that `d` grants again.
    pub fn answering(mut self, request: &Pending) -> Form {
        // What they asked for is what I give, unless changed (trial 26y3:
        // the id was filled, "what" left empty to retype their words).
        if let Some(what) = self.fields.iter_mut().find(|f| f.slot == Slot::Text) {
            what.input = Input::new(request.text.to_string());
        }
        let mut field = Field::new("answers their request (its id)", Slot::Answers);
        // Typed in, not the initial value: it is said unless cleared.
        field.input = Input::new(request.id.to_string());
        self.fields.push(field);
        self.notes.push(format!(
            "answers their request {}: {} (clear the id if it does not)",
            request.id, request.text
        ));
        self
    }

    /// A *gave* form filled with what a follow-up of mine promised to
    /// send, which the ledger has no give for yet.
    pub(crate) fn sending(mut self, thing: &str) -> Form {
        if let Some(field) = self.fields.iter_mut().find(|f| f.slot == Slot::Text) {
            // Typed in, not the initial value: it is saved unless changed.
            field.input = Input::new(thing.to_string());
            self.notes.push(
                "filled with what your follow-up said you would send: change it if need be".into(),
            );
        }
        self
    }

    /// Whether the form showed open requests to answer (a *got* form, a
    /// *gave* form from their request's line, an introduction offering a
    /// request): the person chose, and needs no note on how to answer one.
    pub fn offered_requests(&self) -> bool {
        self.fields.iter().any(|f| f.slot == Slot::Answers) && !self.notes.is_empty()
    }
}
