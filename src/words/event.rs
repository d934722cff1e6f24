//! `event NAME --with WHO... --details "WHO: text" --need "WHO: text"`:
//! the words of an event capture, read into a [`Command::Event`] and
//! written back so that they parse to the same command.
//!
//! A detail or need says whose it is by a prefix: the person's words as
//! given to `--with` (what is written back), or by the one rule of
//! `domain::whom` (their first or last name as people type it: "marco:
//! moving to Berlin" for `--with "Marco Bianchi"`).

use chrono::NaiveDate;

use super::args::EventArgs;
use super::line::Words;
use super::{Toward, date, past, who};
use crate::command::{Command, EventCapture, EventPerson};
use crate::domain::text::fold;
use crate::domain::whom::{self, Whose};

pub(super) fn command(a: EventArgs, today: NaiveDate) -> Result<Command, String> {
    let mut people: Vec<EventPerson> = a
        .with
        .iter()
        .map(|w| EventPerson {
            who: who(w.clone()),
            details: String::new(),
            needs: Vec::new(),
        })
        .collect();
    for text in &a.details {
        let (at, item) = whose(&a.with, text, "--details")?;
        let d = &mut people[at].details;
        if !d.is_empty() {
            d.push_str("; ");
        }
        d.push_str(item);
    }
    for text in &a.need {
        let (at, item) = whose(&a.with, text, "--need")?;
        people[at].needs.push(item.to_string());
    }
    Ok(Command::Event(Box::new(EventCapture {
        name: a.name.join(" "),
        on: past(a.on, today)?,
        people,
        follow_up: a
            .follow_up
            .map(|w| date(&w, today, Toward::Future))
            .transpose()?,
        no_follow_up: a.no_follow_up,
    })))
}

/// Which `--with` person `text` ("WHO: what") is about, and the what.
fn whose<'a>(with: &[String], text: &'a str, flag: &str) -> Result<(usize, &'a str), String> {
    // As written back: the words given to --with, exactly; the longest
    // wins ("Anna" and "Anna Maria").
    let exact = with
        .iter()
        .enumerate()
        .filter_map(|(i, w)| Some((i, text.strip_prefix(w.as_str())?.strip_prefix(':')?)))
        .max_by_key(|(i, _)| with[*i].len());
    if let Some((i, rest)) = exact {
        return Ok((i, rest.trim()));
    }
    if let Some((head, rest)) = crate::domain::whom::prefix(text) {
        // The one rule of whom a detail is about (`domain::whom`), with
        // the names the command line knows: the words given to --with.
        let people: Vec<Vec<String>> = with
            .iter()
            .map(|w| whom::answers_to([w.as_str()]))
            .collect();
        match whom::whose(head, &people) {
            Whose::Person(one) => return Ok((one, rest)),
            Whose::Nobody => {}
            Whose::Several => {
                return Err(format!(
                    "{flag} '{text}': '{}' could be several people at the event; write the name as given to --with",
                    fold(head)
                ));
            }
        }
    }
    match with {
        [_] => Ok((0, text.trim())),
        _ => Err(format!(
            "{flag} '{text}' does not say whose it is: write \"WHO: text\", WHO as given to --with"
        )),
    }
}

/// The words of an event capture.
pub(super) fn written(e: &EventCapture) -> Vec<String> {
    let mut w = Words::new(&["event"]).arg(&e.name);
    w.opt("--on", e.on);
    for p in &e.people {
        w.opt("--with", Some(&p.who));
    }
    for p in &e.people {
        let details = (!p.details.is_empty()).then(|| format!("{}: {}", p.who, p.details));
        w.opt("--details", details);
        for need in &p.needs {
            w.opt("--need", Some(format!("{}: {need}", p.who)));
        }
    }
    w.opt("--follow-up", e.follow_up);
    w.switch("--no-follow-up", e.no_follow_up);
    w.done()
}
