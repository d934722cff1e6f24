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
use crate::domain::whom::{self, Said};

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
        // Each item of a --details says whose it is; one that does not
        // goes on with the item before it ("sara: found a job; starts in
        // May").
        let mut last = None;
        for item in whom::items(text) {
            let (at, item) = whose(&a.with, item, last, "--details")?;
            last = Some(at);
            let d = &mut people[at].details;
            if !d.is_empty() {
                d.push_str("; ");
            }
            d.push_str(item);
        }
    }
    // Needs are split as details are: "marta: a designer; luca: a remote
    // job" is two people's needs, never one need of Marta's holding
    // Luca's (trial 26x2).
    for text in &a.need {
        let mut last = None;
        for item in whom::items(text) {
            let (at, item) = whose(&a.with, item, last, "--need")?;
            last = Some(at);
            people[at].needs.push(item.to_string());
        }
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

/// Which `--with` person an item ("WHO: what") is about, and the what;
/// an item naming nobody goes with `last`, the person of the item before
/// it, or with the only person there.
fn whose<'a>(
    with: &[String],
    item: &'a str,
    last: Option<usize>,
    flag: &str,
) -> Result<(usize, &'a str), String> {
    // As written back: the words given to --with, exactly (trimmed, as
    // the item is); the longest wins ("Anna" and "Anna Maria").
    let exact = with
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            Some((
                i,
                item.trim_start()
                    .strip_prefix(w.trim())?
                    .trim_start()
                    .strip_prefix(':')?,
            ))
        })
        .max_by_key(|(i, _)| with[*i].trim().len());
    if let Some((i, rest)) = exact {
        return Ok((i, rest.trim()));
    }
    // The one rule of whom a detail is about (`domain::whom`), with the
    // names the command line knows: the words given to --with.
    let people: Vec<Vec<String>> = with
        .iter()
        .map(|w| whom::answers_to([w.as_str()]))
        .collect();
    let names: Vec<&str> = with.iter().map(String::as_str).collect();
    match whom::said(item, &people, &names).map_err(|e| format!("{flag} {e}"))? {
        Said::Person(one, rest) => return Ok((one, rest)),
        Said::Mine | Said::Unnamed => {}
    }
    match (last, with) {
        (Some(at), _) => Ok((at, item.trim())),
        (None, [_]) => Ok((0, item.trim())),
        _ => Err(format!(
            "{flag} '{item}' does not say whose it is: write \"WHO: text\", WHO as given to --with"
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

#[cfg(test)]
mod tests;
